# Shortcuts; the scripts do the work (and install what is missing first).
PY := .venv/bin/python

.PHONY: help run test lint bench train setup

help:
	@echo "make run    open the app                       (./run)"
	@echo "make test   ruff + lint-imports + pytest       (./scripts/test.sh)"
	@echo "make lint   ruff + lint-imports only"
	@echo "make bench  benchmarks, ~20 min                (python -m bench.all; BENCH_ARGS=--quick: ~10 min)"
	@echo "make train  retrain the bundled model          (python main.py train --seed 1 --out assets/model)"

run:
	./run

test:
	./scripts/test.sh

lint:
	./scripts/test.sh --lint-only

setup:
	./scripts/setup.sh --test

bench:
	./scripts/setup.sh --platform offscreen
	QT_QPA_PLATFORM=offscreen TF_CPP_MIN_LOG_LEVEL=2 $(PY) -m bench.all $(BENCH_ARGS)

train:
	./run train --seed 1 --out assets/model
