"""The training loop, as a generator of progress events shared by the CLI and the app.

Training always runs on a copy of the starting weights; the caller gets the new
network only in the final :class:`Finished` event, so a cancelled or failed run
leaves the model in use untouched.
"""

from __future__ import annotations

import dataclasses
import math
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import tensorflow as tf

from model.augment import augment as augment_batch
from model.convnet import ConvNet
from model.data import Mnist, train_dataset
from model.evaluate import accuracy
from model.optimizer import Adam

FEEDS = ("graph", "python")
PRECISIONS = ("auto", "float32", "bfloat16")
SCHEDULES = ("cosine", "constant")


@dataclass(frozen=True)
class TrainConfig:
    """A training recipe. ``validate()`` rejects values that cannot work."""

    epochs: int = 20
    batch_size: int = 128
    learning_rate: float = 3e-3
    schedule: str = "cosine"
    warmup_epochs: float = 1.0
    augment: bool = True
    feed: str = "graph"
    precision: str = "auto"  # bfloat16 compute where the CPU has it natively (1.4x faster)
    hidden: int = 32
    seed: int | None = None
    train_limit: int | None = None  # use only the first N training images (tests, quick runs)
    samples_repeat: int = 20  # how often each of the person's samples is seen per epoch

    def validate(self) -> TrainConfig:
        """Return self, or raise ValueError naming the bad setting."""
        checks = [
            (1 <= self.epochs <= 1000, f"epochs must be 1..1000, got {self.epochs}"),
            (1 <= self.batch_size <= 8192, f"batch size must be 1..8192, got {self.batch_size}"),
            (
                math.isfinite(self.learning_rate) and 0 < self.learning_rate <= 1,
                f"learning rate must be in (0, 1], got {self.learning_rate}",
            ),
            (self.schedule in SCHEDULES, f"schedule must be one of {SCHEDULES}"),
            (self.warmup_epochs >= 0, "warm-up epochs must not be negative"),
            (self.feed in FEEDS, f"feed must be one of {FEEDS}, got {self.feed!r}"),
            (
                self.precision in PRECISIONS,
                f"precision must be one of {PRECISIONS}, got {self.precision!r}",
            ),
            (1 <= self.hidden <= 4096, f"hidden width must be 1..4096, got {self.hidden}"),
            (
                self.train_limit is None or self.train_limit >= 1,
                f"train limit must be positive, got {self.train_limit}",
            ),
            (0 <= self.samples_repeat <= 1000, "samples repeat must be 0..1000"),
        ]
        for ok, message in checks:
            if not ok:
                raise ValueError(message)
        return self

    def recipe(self) -> dict:
        """The settings as a plain dict, for metadata."""
        return dataclasses.asdict(self)


PRESETS = {
    "default": TrainConfig(),
    "tutorial": TrainConfig(
        epochs=5, batch_size=128, learning_rate=1e-4, schedule="constant", warmup_epochs=0,
        augment=False, precision="float32",
    ),
}


def cpu_has_bf16() -> bool:
    """Whether this CPU computes bfloat16 natively (elsewhere bf16 is slower than float32)."""
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


def compute_dtype(precision: str) -> tf.DType:
    """The dtype the training step computes in for a precision setting."""
    if precision == "auto":
        precision = "bfloat16" if cpu_has_bf16() else "float32"
    return tf.bfloat16 if precision == "bfloat16" else tf.float32


def fine_tune_config(samples: int) -> TrainConfig:
    """A quick run from the current model: a slice of MNIST plus the person's samples.

    The MNIST slice keeps the network from forgetting the other digits; each
    sample is repeated so that a handful of drawings weigh enough to matter
    (about 500 copies in all: more tilts similar digits, e.g. 7s, toward the
    taught label; measured on 11 European 1s: 7->1 errors 6 instead of 11).
    """
    return TrainConfig(
        epochs=1, learning_rate=3e-4, schedule="constant", warmup_epochs=0,
        train_limit=12000, samples_repeat=max(5, min(100, 500 // max(1, samples))),
    )


@dataclass(frozen=True)
class Step:
    """One training step done."""

    step: int
    total_steps: int
    epoch: int
    epochs: int
    loss: float
    images_per_second: float


@dataclass(frozen=True)
class EpochEnd:
    """An epoch done, with the test accuracy after it."""

    epoch: int
    epochs: int
    test_accuracy: float
    train_loss: float
    seconds: float


@dataclass(frozen=True)
class Finished:
    """The run completed: the trained copy and what produced it."""

    model: ConvNet
    optimizer: Adam
    test_accuracy: float
    config: TrainConfig
    seconds: float


@dataclass(frozen=True)
class Cancelled:
    """The run stopped at the cancel flag; nothing was produced."""

    step: int


Event = Step | EpochEnd | Finished | Cancelled


def learning_rate_at(config: TrainConfig, step: int, total_steps: int) -> float:
    """Linear warm-up then cosine decay to zero (or constant)."""
    if config.schedule == "constant":
        return config.learning_rate
    steps_per_epoch = total_steps / config.epochs
    warmup = config.warmup_epochs * steps_per_epoch
    if step < warmup:
        return config.learning_rate * (step + 1) / warmup
    progress = (step - warmup) / max(1.0, total_steps - warmup)
    return config.learning_rate * 0.5 * (1.0 + math.cos(math.pi * min(1.0, progress)))


def training_arrays(
    config: TrainConfig, mnist: Mnist, extra: tuple[np.ndarray, np.ndarray] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """MNIST training images (uint8) and labels, plus the person's samples repeated."""
    x, y = mnist.x_train, mnist.y_train
    if config.train_limit is not None:
        x, y = x[: config.train_limit], y[: config.train_limit]
    if extra is not None and len(extra[0]) and config.samples_repeat:
        ex, ey = extra
        x = np.concatenate([x] + [ex] * config.samples_repeat)
        y = np.concatenate([y] + [ey] * config.samples_repeat)
    return x, y.astype(np.int32)


class _Trainer(tf.Module):
    """The compiled step functions for one model + optimiser pair."""

    def __init__(self, model: ConvNet, config: TrainConfig) -> None:
        super().__init__()
        self.model = model
        self.optimizer = Adam(list(model.trainable_variables))
        self.augment = config.augment
        self.compute_dtype = compute_dtype(config.precision)
        self.rng = (
            tf.random.Generator.from_seed(config.seed)
            if config.seed is not None
            else tf.random.Generator.from_non_deterministic_state()
        )
        spec = (
            tf.TensorSpec([None, 28, 28], tf.uint8),
            tf.TensorSpec([None], tf.int32),
            tf.TensorSpec([], tf.float32),
        )
        # No autograph: the steps have no tensor-dependent control flow, and tracing
        # without it takes a third of the time (GIL time the GUI thread wants).
        self.step_python = tf.function(self._step, input_signature=spec, autograph=False)
        self.step_graph = tf.function(self._step_from_iterator, autograph=False)

    def _step(self, images: tf.Tensor, labels: tf.Tensor, lr: tf.Tensor) -> tf.Tensor:
        # Data stays uint8 until here: scaling in the graph is cheaper than feeding floats.
        x = tf.cast(images, tf.float32)[..., tf.newaxis] / 255.0
        if self.augment:
            x = augment_batch(x, self.rng)
        variables = self.model.trainable_variables
        with tf.GradientTape() as tape:
            logits = self.model(x, training=True, compute_dtype=self.compute_dtype)
            loss = tf.reduce_mean(
                tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits)
            )
        grads = tape.gradient(loss, variables)
        self.optimizer.apply(grads, list(variables), lr)
        return loss

    def _step_from_iterator(self, iterator: tf.data.Iterator, lr: tf.Tensor) -> tf.Tensor:
        images, labels = next(iterator)
        return self._step(images, labels, lr)


def _python_batches(
    x: np.ndarray, y: np.ndarray, batch: int, rng: np.random.Generator
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Batches cut in Python (the tutorial's placeholder feeding)."""
    order = rng.permutation(len(x))
    for start in range(0, len(x), batch):
        idx = order[start : start + batch]
        yield x[idx], y[idx]


StepFn = Callable[[tf.Tensor], tf.Tensor]  # learning rate -> batch loss


def _epoch_steps(
    trainer: _Trainer, x: np.ndarray, y: np.ndarray, config: TrainConfig,
    dataset: tf.data.Dataset | None, rng: np.random.Generator,
) -> Iterator[StepFn]:
    """One callable per step of an epoch, for either feed mode."""
    if dataset is not None:
        iterator = iter(dataset)
        for _ in range(math.ceil(len(x) / config.batch_size)):
            yield lambda lr: trainer.step_graph(iterator, lr)
    else:
        for images, labels in _python_batches(x, y, config.batch_size, rng):
            yield lambda lr, images=images, labels=labels: trainer.step_python(images, labels, lr)


def _starting_model(config: TrainConfig, start_from: ConvNet | dict | None) -> ConvNet:
    if start_from is None:
        return ConvNet(config.hidden, config.seed)
    if isinstance(start_from, ConvNet):
        return start_from.copy()
    model = ConvNet(hidden=int(start_from["w_d1"].shape[1]), seed=0)
    model.set_numpy(start_from)
    return model


def train(
    config: TrainConfig,
    mnist: Mnist,
    start_from: ConvNet | dict[str, np.ndarray] | None = None,
    cancel: threading.Event | None = None,
    extra: tuple[np.ndarray, np.ndarray] | None = None,
) -> Iterator[Event]:
    """Train and yield progress; the last event is Finished or Cancelled.

    Args:
        config: the recipe (validated here).
        mnist: verified MNIST arrays.
        start_from: weights to start from (a ConvNet or its NumPy parameters; copied,
            never modified); fresh if None.
        cancel: checked before every step; when set the run stops.
        extra: the person's own samples (uint8 images, labels) to mix in.
    """
    config.validate()
    cancel = cancel or threading.Event()
    model = _starting_model(config, start_from)
    trainer = _Trainer(model, config)
    x, y = training_arrays(config, mnist, extra)
    total = math.ceil(len(x) / config.batch_size) * config.epochs
    graph_feed = config.feed == "graph"
    dataset = train_dataset(x, y, config.batch_size, config.seed) if graph_feed else None
    rng = np.random.default_rng(config.seed)
    step, started, test_acc = 0, time.perf_counter(), float("nan")
    for epoch in range(1, config.epochs + 1):
        epoch_start, losses = time.perf_counter(), []
        window_start, window_images = time.perf_counter(), 0
        for run_step in _epoch_steps(trainer, x, y, config, dataset, rng):
            if cancel.is_set():
                yield Cancelled(step)
                return
            loss = run_step(tf.constant(learning_rate_at(config, step, total), tf.float32))
            step += 1
            losses.append(float(loss))
            window_images += config.batch_size
            elapsed = time.perf_counter() - window_start
            yield Step(step, total, epoch, config.epochs, losses[-1], window_images / elapsed)
            if elapsed > 2.0:  # a moving window keeps images/s current
                window_start, window_images = time.perf_counter(), 0
        test_acc = accuracy(model, mnist.x_test, mnist.y_test)
        yield EpochEnd(epoch, config.epochs, test_acc, float(np.mean(losses)),
                       time.perf_counter() - epoch_start)
    yield Finished(model, trainer.optimizer, test_acc, config, time.perf_counter() - started)
