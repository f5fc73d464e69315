"""Training throughput: the app's low-level training loop against Keras ``model.fit``.

Same network (model.convnet.ConvNet / model.keras_reference.build(), hidden 32),
batch 128, same number of steps per timed window. The low-level modes run
through ``model.train.train()`` itself, the generator the app runs. All modes
are measured in one process, round-robin (one window of each mode per round,
in a rotating order) so that load from other processes hits them alike;
figures are medians over rounds, ratios are medians of per-round ratios.

    python -m bench.train_throughput            # ~1 minute
    python -m bench.train_throughput --quick    # ~25 s, noisier
    python -m bench.train_throughput --explore  # + XLA, bf16, steps per call,
                                                #   threads, oneDNN (~4 minutes)

Last line: ``train_throughput: lowlevel=N keras=N ratio_vs_keras=R`` (images/s,
low-level graph feed WITHOUT augmentation vs Keras, which has none).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bench import common
from bench.common import BATCH, HIDDEN

WARM_STEPS = 8  # tracing + tf.data start-up; not timed


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
    """Steps of ``model.train.train()`` (optionally with a variant trainer), on demand."""

    def __init__(self, label: str, config: object, mnist: object,
                 trainer_cls: type | None = None) -> None:
        from model.train import train

        self.label = label
        self.config = config
        self.losses: list[float] = []
        self._trainer_cls = trainer_cls
        self._gen = train(config, mnist)
        self._started = False

    def steps(self, n: int) -> float:
        """Run n training steps; return the wall-clock seconds they took."""
        from bench.train_variants import patched_trainer
        from model.train import Step

        patch = contextlib.nullcontext()
        if self._trainer_cls is not None and not self._started:
            patch = patched_trainer(self._trainer_cls)  # train() builds its trainer lazily
        start, done = time.perf_counter(), 0
        with patch:
            while done < n:
                event = next(self._gen)
                self._started = True
                if not isinstance(event, Step):
                    raise RuntimeError(f"{self.label}: unexpected {type(event).__name__}")
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

        from model.keras_reference import build

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
        import tensorflow as tf

        from bench.train_variants import MultiStepTrainer
        from model.convnet import ConvNet
        from model.data import train_dataset
        from model.train import training_arrays

        self.label = label
        self.k = steps_per_call
        self.trainer = MultiStepTrainer(ConvNet(config.hidden, 0), config, steps_per_call)
        x, y = training_arrays(config, mnist)
        dataset = train_dataset(x, y, config.batch_size, config.seed)
        self._it = iter(dataset.repeat())
        self._lr = tf.constant(1e-3)

    def steps(self, n: int) -> float:
        calls = max(1, n // self.k)
        start = time.perf_counter()
        loss = None
        for _ in range(calls):
            if self.k == 1:
                loss = self.trainer.step_graph(self._it, self._lr)
            else:
                loss = self.trainer.step_many(self._it, self._lr)
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

    from model.train import TrainConfig

    return dataclasses.replace(TrainConfig(), epochs=1, train_limit=count, feed=feed,
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


def main_measurement(args: object, mnist: object) -> tuple[Result, Result]:
    from model.train import TrainConfig, compute_dtype

    count = images_needed(args.rounds, args.window)
    x, y = keras_arrays(mnist, count)
    default = TrainConfig()
    dtype = compute_dtype(default.precision).name
    runners: list[object] = [
        TrainRunner(f"low-level feed={default.feed} augment={default.augment} {dtype} "
                    "(app default)", lowlevel_config(default.feed, default.augment, count), mnist),
        TrainRunner(f"low-level feed=graph, no augment, {dtype} [1]",
                    lowlevel_config("graph", False, count), mnist),
        TrainRunner("low-level feed=python, no augment, " + dtype,
                    lowlevel_config("python", False, count), mnist),
        TrainRunner("low-level feed=graph, no augment, float32",
                    lowlevel_config("graph", False, count, "float32"), mnist),
        KerasRunner("keras fit float32 (defaults: no XLA on CPU) [2]", x, y),
    ]
    if not args.quick:
        runners.append(KerasRunner("keras fit, jit_compile=True", x, y, jit_compile=True))
    results = measure(runners, args.rounds, args.window)
    keras = results[4]
    print()
    print(f"Training throughput, batch {BATCH}, hidden {HIDDEN}, {args.window} steps per window, "
          f"{args.rounds} rounds (median; range = min..max over rounds)")
    print(common.table(HEADERS, result_rows(results, keras)))
    flops = common.training_flops(HIDDEN)
    print(f"GFLOP/s counts {flops / 3 / 1e6:.2f} MFLOP forward per image "
          f"(convs 2*K*K*Cin*Cout*H*W + dense), training = 3x forward.")
    print("[1] headline 'lowlevel': the app's default mode (graph feed, precision 'auto': "
          "bfloat16 compute on CPUs with native bf16, float32 variables) without augmentation, "
          "since Keras does none. The app's default recipe augments on the fly (first row).")
    print("[2] headline 'keras': Keras 3 model.fit with its defaults (jit_compile='auto' "
          "means no XLA on a CPU-only machine), float32 arrays in memory, Adam, "
          "sparse CE from logits; warm-up fit excluded.")
    return results[1], keras


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
    check_trajectories(mnist)


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

    from model.data import load_mnist

    spec = json.loads(spec_text)
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


# ------------------------------------------------------------- same maths?


def check_trajectories(mnist: object) -> None:
    """XLA and bf16 variants: same loss trajectory and accuracy as the plain step?"""
    import numpy as np
    import tensorflow as tf

    from bench.train_variants import Bf16Trainer, XlaTrainer, bf16_forward
    from model.convnet import ConvNet
    from model.train import EpochEnd, Step, train

    # 1. One deterministic loss + gradient evaluation (no dropout): plain vs XLA vs bf16.
    model = ConvNet(HIDDEN, seed=0)
    xb = tf.constant(mnist.x_train[:BATCH, ..., None].astype(np.float32) / 255.0)
    yb = tf.constant(mnist.y_train[:BATCH].astype(np.int32))

    def loss_and_grads(forward: Callable) -> tuple[float, list]:
        with tf.GradientTape() as tape:
            logits = forward(xb)
            loss = tf.reduce_mean(
                tf.nn.sparse_softmax_cross_entropy_with_logits(labels=yb, logits=logits))
        return loss, tape.gradient(loss, model.trainable_variables)

    plain = tf.function(lambda: loss_and_grads(lambda v: model(v, training=False)))()
    xla = tf.function(lambda: loss_and_grads(lambda v: model(v, training=False)),
                      jit_compile=True)()
    bf16 = tf.function(lambda: loss_and_grads(lambda v: bf16_forward(model, v, False)))()

    def max_rel_grad_diff(other: tuple) -> float:
        return max(float(tf.reduce_max(tf.abs(a - b)) / (tf.reduce_max(tf.abs(a)) + 1e-12))
                   for a, b in zip(plain[1], other[1], strict=True))

    print("\nSame maths? One batch, no dropout, fresh weights:")
    print(common.table(
        ["step", "loss", "max |dgrad| / max |grad|"],
        [["plain tf.function", float(plain[0]), 0.0],
         ["jit_compile=True", float(xla[0]), max_rel_grad_diff(xla)],
         ["bf16 compute", float(bf16[0]), max_rel_grad_diff(bf16)]],
    ))

    # 2. Loss trajectory and accuracy over one short epoch, same seed (dropout draws differ).
    from dataclasses import replace

    from model.train import TrainConfig

    cfg = replace(TrainConfig(), epochs=1, train_limit=100 * BATCH, augment=False, seed=0)
    rows = []
    for label, cls in (("plain", None), ("XLA", XlaTrainer), ("bf16", Bf16Trainer)):
        from bench.train_variants import patched_trainer

        losses, acc = [], float("nan")
        with patched_trainer(cls) if cls else contextlib.nullcontext():
            for event in train(cfg, mnist):
                if isinstance(event, Step):
                    losses.append(event.loss)
                elif isinstance(event, EpochEnd):
                    acc = event.test_accuracy
        rows.append([label] + [float(np.mean(losses[a:b])) for a, b in
                               ((0, 10), (20, 30), (45, 55), (90, 100))] + [acc])
    print("\nLoss trajectory, 100 steps of the default recipe (1 epoch of 12,800 images, "
          "no augment, seed 0); mean loss over steps:")
    print(common.table(["step", "1-10", "21-30", "46-55", "91-100", "test acc"], rows))


def main(argv: Sequence[str] | None = None) -> int:
    p = common.parser(__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=None, help="timed windows per mode")
    p.add_argument("--window", type=int, default=None, help="training steps per window")
    p.add_argument("--explore", action="store_true",
                   help="also try XLA, bf16, steps per call, threads, oneDNN")
    p.add_argument("--child", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        return child(args.child)
    args.rounds = args.rounds or (3 if args.quick else 7)
    args.window = args.window or (12 if args.quick else 25)
    monitor = common.print_header("bench.train_throughput")
    from model.data import load_mnist

    mnist = load_mnist()
    low, keras = main_measurement(args, mnist)
    if args.explore:
        explore(args, mnist)
    print(monitor.summary())
    print(f"train_throughput: lowlevel={low.median:.0f} keras={keras.median:.0f} "
          f"ratio_vs_keras={ratio(low, keras):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
