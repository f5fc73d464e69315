"""Training throughput at equal precision: the app's low-level training loop against Keras ``fit``.

Same network (model.network.convnet.ConvNet / model.network.keras_reference.build()) with the
default recipe's hidden width and batch size on both sides, same number of
steps per timed window. The low-level modes run through ``model.network.train.train()``
itself (the generator the app runs) with the default recipe
(``PRESETS["default"]``) cut to one epoch, without augmentation (Keras does
none); the recipe as the app runs it, with its augmentation, is one more row.
Both precisions on both sides: float32, and bfloat16 compute with float32
weights (low-level ``precision="bfloat16"``; Keras ``mixed_bfloat16`` policy).
All modes are measured in one process, round-robin (one window of each mode
per round, in a rotating order) so that load from other processes hits them
alike; figures are medians over rounds with their range, ratios are medians of
per-round ratios.

    python -m bench.train_throughput            # 7 rounds (~1.5 minutes)
    python -m bench.train_throughput --quick    # 3 rounds, noisier
    python -m bench.train_throughput --explore  # + XLA, steps per call,
                                                #   threads, oneDNN (~4 minutes)
    python -m bench.train_throughput --child-only  # the trainer child against
                                                   #   in-process (bench/train_child.py)

Last line (images/s, no augmentation on either side):
``train_throughput: lowlevel_fp32=N lowlevel_bf16=N keras_fp32=N keras_bf16=N
ratio_fp32=R ratio_bf16=R ratio_vs_keras=R``; ratio_fp32 and ratio_bf16 compare
equal precisions; ratio_vs_keras is the low-level loop at the app's default
precision against Keras' default (float32).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from bench import common

WARM_STEPS = 8  # tracing and start-up; not timed
BATCH = 128  # replaced by the default recipe's batch size and hidden width in main()
HIDDEN = 32


def use_default_recipe() -> object:
    """Measure at the default recipe's batch size and hidden width; returns the recipe."""
    global BATCH, HIDDEN
    from model.network.recipe import PRESETS

    recipe = PRESETS["default"]
    BATCH, HIDDEN = recipe.batch_size, recipe.hidden
    return recipe


@dataclass
class Result:
    """Images/s of one mode, one figure per round."""

    label: str
    per_round: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return common.median(self.per_round)


# --------------------------------------------------------------------- runners


class TrainRunner:
    """Steps of ``model.network.train.train()`` (optionally with a variant trainer), on demand."""

    def __init__(self, label: str, config: object, mnist: object,
                 trainer_cls: type | None = None) -> None:
        from model.network.train import train

        self.label = label
        self.config = config
        self.losses: list[float] = []
        self._trainer_cls = trainer_cls
        self._gen = train(config, mnist)
        self._started = False

    def steps(self, n: int) -> float:
        """Run n training steps; return the wall-clock seconds they took."""
        from model.network.train import Cancelled, Finished, Step

        patch = contextlib.nullcontext()
        if self._trainer_cls is not None and not self._started:
            from bench.train_variants import patched_trainer

            patch = patched_trainer(self._trainer_cls)  # train() builds its trainer lazily
        start, done = time.perf_counter(), 0
        with patch:
            while done < n:
                event = next(self._gen)
                self._started = True
                if isinstance(event, Finished | Cancelled):
                    raise RuntimeError(f"{self.label}: ran out of steps ({event})")
                if isinstance(event, Step):
                    self.losses.append(event.loss)
                    done += 1
        return time.perf_counter() - start


class KerasRunner:
    """Keras ``model.fit`` on float32 arrays in memory, one ``fit`` call per window.

    The window is timed from the end of its first batch to the end of its last
    (batch callbacks), so per-``fit`` set-up is not charged to Keras.
    """

    def __init__(self, label: str, x: object, y: object, jit_compile: object = "auto",
                 policy: str | None = None) -> None:
        import keras

        from model.network.keras_reference import build

        self.label = label
        if policy is not None:  # layers read the global policy when they are built
            previous = keras.mixed_precision.dtype_policy()
            keras.mixed_precision.set_dtype_policy(policy)
            try:
                self.model = build(HIDDEN)
            finally:
                keras.mixed_precision.set_dtype_policy(previous)
        else:
            self.model = build(HIDDEN)
        self.model.compile(
            optimizer=keras.optimizers.Adam(),
            loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
            jit_compile=jit_compile,
        )
        self.x, self.y, self._offset = x, y, 0
        self._ends: list[float] = []

        runner = self

        class _Timer(keras.callbacks.Callback):
            def on_train_batch_end(self, batch: int, logs: dict | None = None) -> None:
                runner._ends.append(time.perf_counter())

        self._timer = _Timer()

    def steps(self, n: int) -> float:
        """Fit on the next n batches; return seconds for n steps (measured over n - 1)."""
        count = n * BATCH
        if self._offset + count > len(self.x):
            self._offset = 0
        x = self.x[self._offset : self._offset + count]
        y = self.y[self._offset : self._offset + count]
        self._offset += count
        self._ends = []
        self.model.fit(x, y, batch_size=BATCH, epochs=1, verbose=0, shuffle=True,
                       callbacks=[self._timer])
        if len(self._ends) < 2:
            raise RuntimeError("Keras ran fewer than 2 batches")
        per_step = (self._ends[-1] - self._ends[0]) / (len(self._ends) - 1)
        return per_step * n


class RawLoopRunner:
    """The compiled step called in a bare Python loop (no generator, one sync per window)."""

    def __init__(self, label: str, config: object, mnist: object, steps_per_call: int) -> None:
        import numpy as np
        import tensorflow as tf

        from bench.train_variants import MultiStepTrainer
        from model.network.convnet import ConvNet
        from model.network.train import training_arrays

        self.label = label
        self.k = steps_per_call
        self.trainer = MultiStepTrainer(ConvNet(config.hidden, 0), config, steps_per_call)
        x, y = training_arrays(config, mnist)
        self.trainer.hold(x, y)
        self._rng = np.random.default_rng(0)
        self._count = len(x)
        self._lr = tf.constant(1e-3)
        self._strength = tf.constant(1.0)

    def steps(self, n: int) -> float:
        calls = max(1, n // self.k)
        start = time.perf_counter()
        loss = None
        for _ in range(calls):
            rows = self._rng.integers(0, self._count, (self.k, BATCH), dtype="int32")
            if self.k == 1:
                loss = self.trainer.step_graph(rows[0], self._lr, self._strength)
            else:
                loss = self.trainer.step_many(rows, self._lr, self._strength)
        float(loss)
        return (time.perf_counter() - start) * n / (calls * self.k)


# ------------------------------------------------------------------ measuring


def measure(runners: Sequence[object], rounds: int, window: int,
            progress: bool = True) -> list[Result]:
    """Warm every runner up, then time ``rounds`` windows of each, round-robin."""
    for runner in runners:
        runner.steps(WARM_STEPS)
    results = [Result(r.label) for r in runners]
    for round_index in range(rounds):
        shift = round_index % len(runners)
        order = list(range(len(runners)))[shift:] + list(range(len(runners)))[:shift]
        for i in order:
            seconds = runners[i].steps(window)
            results[i].per_round.append(window * BATCH / seconds)
        if progress:
            print(f"  round {round_index + 1}/{rounds} done (load {common.load_average()})",
                  file=sys.stderr, flush=True)
    return results


def ratio(a: Result, b: Result) -> float:
    """Median over rounds of a / b (pairs measured close together in time)."""
    return common.median([x / y for x, y in zip(a.per_round, b.per_round, strict=True)])


def images_needed(rounds: int, window: int) -> int:
    """Training images so that no runner reaches the end of its epoch."""
    return BATCH * (WARM_STEPS + rounds * window + 4)


def keras_arrays(mnist: object, count: int) -> tuple[object, object]:
    """What a typical Keras user feeds: float32 (N, 28, 28, 1) in [0, 1] and int labels."""
    import numpy as np

    x = mnist.x_train[:count].astype(np.float32)[..., np.newaxis] / np.float32(255.0)
    return x, mnist.y_train[:count].astype(np.int32)


def lowlevel_config(feed: str, augment: bool, count: int, precision: str = "auto") -> object:
    """The app's default recipe, cut to one epoch of ``count`` images."""
    import dataclasses

    from model.network.recipe import PRESETS

    return dataclasses.replace(PRESETS["default"], epochs=1, train_limit=count, feed=feed,
                               augment=augment, hidden=HIDDEN, batch_size=BATCH, seed=0,
                               precision=precision)


def result_rows(results: list[Result], keras: Result) -> list[list[object]]:
    """Table rows: mode, images/s (median, range), GFLOP/s, ratio vs Keras."""
    flops = common.training_flops(HIDDEN)
    rows = []
    for r in results:
        rows.append([r.label, r.median, common.spread(r.per_round), r.median * flops / 1e9,
                     ratio(r, keras)])
    return rows


HEADERS = ["mode", "images/s", "range", "GFLOP/s", "vs keras"]


# ----------------------------------------------------------------------- main


def bf16_note() -> str:
    """Whether bfloat16 is native here, and what that means for the bf16 figures."""
    from model.network.recipe import cpu_has_bf16
    from model.network.train import compute_dtype

    auto = compute_dtype("auto").name
    if cpu_has_bf16():
        return (f"bfloat16: native on this CPU (avx512_bf16/amx_bf16); the app's precision "
                f"'auto' computes in {auto} here.")
    return (f"bfloat16: EMULATED on this CPU (no avx512_bf16/amx_bf16): the bf16 rows are "
            f"slower than float32 here and say nothing about a CPU with native bf16; the "
            f"app's precision 'auto' computes in {auto} here.")


MAIN_SET = ("lowlevel_fp32", "lowlevel_bf16", "keras_fp32", "keras_bf16")


def main_measurement(args: object, mnist: object) -> dict[str, Result]:
    from model.network.recipe import PRESETS
    from model.network.train import compute_dtype

    count = images_needed(args.rounds, args.window)
    x, y = keras_arrays(mnist, count)
    default = PRESETS["default"]
    auto = compute_dtype(default.precision).name
    runners: dict[str, object] = {
        "lowlevel_fp32": TrainRunner("low-level train(), float32, no augment [fp32]",
                                     lowlevel_config(default.feed, False, count, "float32"),
                                     mnist),
        "lowlevel_bf16": TrainRunner("low-level train(), bfloat16 compute, no augment [bf16]",
                                     lowlevel_config(default.feed, False, count, "bfloat16"),
                                     mnist),
        "keras_fp32": KerasRunner("keras fit, float32 (Keras' default policy) [fp32]", x, y),
        "keras_bf16": KerasRunner("keras fit, mixed_bfloat16 policy [bf16]", x, y,
                                  policy="mixed_bfloat16"),
        "app": TrainRunner(f"low-level train(), the app's default recipe as it runs "
                           f"(augment={default.augment}, precision {default.precision}="
                           f"{auto})", lowlevel_config(default.feed, default.augment, count,
                                                       default.precision), mnist),
    }
    if not args.quick:
        runners["keras_xla"] = KerasRunner("keras fit, float32, jit_compile=True", x, y,
                                           jit_compile=True)
    results = dict(zip(runners, measure(list(runners.values()), args.rounds, args.window),
                       strict=True))
    keras = results["keras_fp32"]
    print()
    print(f"Training throughput, images/s: batch {BATCH}, hidden {HIDDEN}, feed "
          f"{default.feed}, {args.window} steps per window, {args.rounds} rounds (median; "
          f"range = min..max over rounds; 'vs keras' = against Keras float32)")
    print(common.table(HEADERS, result_rows(list(results.values()), keras)))
    flops = common.training_flops(HIDDEN)
    print(f"GFLOP/s counts {flops / 3 / 1e6:.2f} MFLOP forward per image "
          f"(convs 2*K*K*Cin*Cout*H*W + dense), training = 3x forward.")
    print(bf16_note())
    print("Low-level rows: model.network.train.train() with the default recipe (its optimiser, "
          "schedule and loss) cut to one epoch; timed over whole steps including the "
          "generator's progress events. Keras rows: model.fit on float32 arrays in memory, "
          "Adam, sparse CE from logits, per-fit set-up and the first batch excluded.")
    print(f"Equal precision: float32 {ratio(results['lowlevel_fp32'], keras):.2f}x Keras, "
          f"bfloat16 {ratio(results['lowlevel_bf16'], results['keras_bf16']):.2f}x Keras "
          f"mixed_bfloat16. Against Keras' default (float32), the low-level loop at the app's "
          f"precision ({auto}): {ratio(results[headline_key(auto)], keras):.2f}x.")
    return results


def headline_key(dtype_name: str) -> str:
    """The main-set low-level row for a compute dtype name."""
    return "lowlevel_bf16" if dtype_name == "bfloat16" else "lowlevel_fp32"


def headline(results: dict[str, Result]) -> str:
    """The last line: both precisions on both sides, then the ratio against Keras' default."""
    from model.network.recipe import PRESETS
    from model.network.train import compute_dtype

    app = results[headline_key(compute_dtype(PRESETS["default"].precision).name)]
    figures = " ".join(f"{key}={results[key].median:.0f}" for key in MAIN_SET)
    return (f"train_throughput: {figures} "
            f"ratio_fp32={ratio(results['lowlevel_fp32'], results['keras_fp32']):.2f} "
            f"ratio_bf16={ratio(results['lowlevel_bf16'], results['keras_bf16']):.2f} "
            f"ratio_vs_keras={ratio(app, results['keras_fp32']):.2f}")


def explore(args: object, mnist: object) -> None:
    """What else could make training faster: measured, not guessed."""
    from bench.train_variants import Bf16Trainer, XlaTrainer

    count = images_needed(args.rounds, args.window)
    x, y = keras_arrays(mnist, count)
    cfg = lowlevel_config("graph", False, count)
    cfg_aug = lowlevel_config("graph", True, count)
    runners: list[object] = [
        TrainRunner("train(): graph, no augment (as today)", cfg, mnist),
        TrainRunner("train(): graph + XLA (jit_compile on fwd+bwd+Adam), no augment",
                    cfg, mnist, XlaTrainer),
        TrainRunner("train(): graph + augment (as today)", cfg_aug, mnist),
        TrainRunner("train(): graph + augment + XLA (augment outside XLA)",
                    cfg_aug, mnist, XlaTrainer),
        TrainRunner("train(): graph, bf16 compute, no augment", cfg, mnist, Bf16Trainer),
        TrainRunner("train(): graph + augment, bf16 compute", cfg_aug, mnist, Bf16Trainer),
        RawLoopRunner("bare loop, 1 step per call, no augment", cfg, mnist, 1),
        RawLoopRunner("bare loop, 8 steps per call (tf.range), no augment", cfg, mnist, 8),
        KerasRunner("keras fit, mixed_bfloat16 policy", x, y, policy="mixed_bfloat16"),
        KerasRunner("keras fit (defaults)", x, y),
    ]
    print("\nExplore (in-process variants, same round-robin method):", flush=True)
    results = measure(runners, args.rounds, args.window)
    print(common.table(HEADERS + ["vs row 1"],
                       [row + [ratio(r, results[0])] for row, r in
                        zip(result_rows(results, results[-1]), results, strict=True)]))
    explore_processes(args)
    from bench.train_same_maths import check_trajectories

    check_trajectories(mnist, HIDDEN, BATCH)


# ------------------------------------------------- process-wide settings (children)


CHILD_VARIANTS: list[tuple[str, dict, dict]] = [
    ("TF defaults", {}, {}),
    ("intra_op=1 inter_op=1", {"intra": 1, "inter": 1}, {}),
    ("intra_op=2 inter_op=1", {"intra": 2, "inter": 1}, {}),
    ("intra_op=1 inter_op=2", {"intra": 1, "inter": 2}, {}),
    ("TF_ENABLE_ONEDNN_OPTS=0", {}, {"TF_ENABLE_ONEDNN_OPTS": "0"}),
    ("grappler auto_mixed_precision_onednn_bfloat16", {"amp_bf16": True}, {}),
    ("TF defaults (again)", {}, {}),
]


def explore_processes(args: object) -> None:
    """Thread pools and oneDNN are process-wide: one child process per setting."""
    rows = []
    print("\nProcess-wide settings (one child process each; low-level graph no-augment "
          "and Keras fit measured round-robin inside each child):", flush=True)
    for label, spec, env in CHILD_VARIANTS:
        spec = dict(spec, rounds=max(3, args.rounds // 2), window=args.window)
        child_args = ["-m", "bench.train_throughput", "--child", json.dumps(spec)]
        try:
            out = common.run_json_child(child_args, env=common.child_env(**env))
        except (RuntimeError, OSError) as error:
            rows.append([label, "failed", "", "", str(error).splitlines()[0][:60]])
            continue
        rows.append([label, out["lowlevel"], out["keras"], out["ratio"], out["load"]])
        print(f"  {label}: {out}", file=sys.stderr, flush=True)
    headers = ["setting", "low-level img/s", "keras img/s", "ratio", "others' cores"]
    print(common.table(headers, rows))


def child(spec_text: str) -> int:
    """Child process: apply process-wide settings, measure graph-no-augment and Keras."""
    import tensorflow as tf

    from model.data.mnist import load_mnist

    spec = json.loads(spec_text)
    use_default_recipe()
    monitor = common.LoadMonitor()
    if "intra" in spec:
        tf.config.threading.set_intra_op_parallelism_threads(spec["intra"])
    if "inter" in spec:
        tf.config.threading.set_inter_op_parallelism_threads(spec["inter"])
    if spec.get("amp_bf16"):
        tf.config.optimizer.set_experimental_options(
            {"auto_mixed_precision_onednn_bfloat16": True})
    mnist = load_mnist()
    count = images_needed(spec["rounds"], spec["window"])
    x, y = keras_arrays(mnist, count)
    runners = [TrainRunner("low", lowlevel_config("graph", False, count), mnist),
               KerasRunner("keras", x, y)]
    low, keras = measure(runners, spec["rounds"], spec["window"], progress=False)
    print(json.dumps({"lowlevel": round(low.median), "keras": round(keras.median),
                      "ratio": round(ratio(low, keras), 2), "load": f"{monitor.cores()[0]:.2f}"}))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    p = common.parser(__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=None, help="timed windows per mode")
    p.add_argument("--window", type=int, default=None, help="training steps per window")
    p.add_argument("--explore", action="store_true",
                   help="also try XLA, bf16, steps per call, threads, oneDNN")
    p.add_argument("--child", help=argparse.SUPPRESS)
    p.add_argument("--child-only", action="store_true",
                   help="only the trainer child against in-process training (bench.train_child)")
    args = p.parse_args(argv)
    if args.child:
        return child(args.child)
    args.rounds = args.rounds or (3 if args.quick else 7)
    args.window = args.window or (12 if args.quick else 25)
    common.isolate()
    monitor = common.print_header("bench.train_throughput")
    from bench.train_child import measure as child_against_in_process
    from model.data.mnist import load_mnist

    child_runs = 3 if args.quick else 5
    if args.child_only:
        line = child_against_in_process(child_runs)
        print(monitor.summary())
        print(line)
        return 0
    use_default_recipe()
    mnist = load_mnist()
    results = main_measurement(args, mnist)
    if args.explore:
        explore(args, mnist)
    line = child_against_in_process(child_runs)
    print(monitor.summary())
    print(line)
    print(headline(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
