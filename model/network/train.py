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

import numpy as np
import tensorflow as tf

from model.data.mnist import Mnist
from model.network import calibration
from model.network.augment import augment as augment_batch
from model.network.convnet import ConvNet
from model.network.decision import RejectRule
from model.network.evaluate import accuracy, logits
from model.network.optimizer import Adam
from model.network.recipe import TrainConfig, cpu_has_bf16
from model.network.train_events import Cancelled, EpochEnd, Preparing, Snapshot, Step


def compute_dtype(precision: str) -> tf.DType:
    """The dtype the training step computes in for a precision setting."""
    if precision == "auto":
        precision = "bfloat16" if cpu_has_bf16() else "float32"
    return tf.bfloat16 if precision == "bfloat16" else tf.float32


@dataclass(frozen=True)
class Finished:
    """The run completed: the trained copy, its decision rule and what produced it."""

    model: ConvNet
    optimizer: Adam
    test_accuracy: float
    config: TrainConfig
    seconds: float
    rule: RejectRule = RejectRule()
    calibration: dict = dataclasses.field(default_factory=dict)
    history: tuple[EpochEnd, ...] = ()


Event = Preparing | Step | EpochEnd | Finished | Cancelled | Snapshot


def snapshot(model: ConvNet, step: int) -> Snapshot:
    """Numpy copies of the variables as they are now (call between steps)."""
    return Snapshot(step, {key: np.array(value) for key, value in model.get_numpy().items()})


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


def augment_strength_at(config: TrainConfig, step: int, total_steps: int) -> float:
    """Augmentation strength, falling linearly from 1 to ``augment_end`` over the run.

    Strong distortions early teach robustness; milder ones late let the network
    settle on the digits as they really look.
    """
    return 1.0 - (1.0 - config.augment_end) * step / max(1, total_steps)


def split_validation(config: TrainConfig, mnist: Mnist) -> tuple[np.ndarray, np.ndarray,
                                                                  np.ndarray, np.ndarray]:
    """(train images, train labels, validation images, validation labels) from MNIST's train set.

    The validation images are the last ``config.validation`` ones, never trained on.
    """
    cut = len(mnist.x_train) - config.validation
    x, y = mnist.x_train[:cut], mnist.y_train[:cut]
    if config.train_limit is not None:
        x, y = x[: config.train_limit], y[: config.train_limit]
    return x, y, mnist.x_train[cut:], mnist.y_train[cut:]


def training_arrays(
    config: TrainConfig, mnist: Mnist, extra: tuple[np.ndarray, np.ndarray] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Training images (uint8) and labels: MNIST, generated data, the person's samples.

    Non-digits have the label -1 (trained toward flat probabilities).
    """
    x, y, _, _ = split_validation(config, mnist)
    parts = [(x, y)]
    if config.styles or config.negatives:
        from model.synthetic.training_set import training_extras

        # One fixed generated set (seed 0), cached: every run after the first reuses it.
        # Its fragments come from the whole training split whatever train_limit is,
        # so a fine-tune finds the set a Retrain made (or the one bundled).
        whole = mnist.x_train[: len(mnist.x_train) - config.validation]
        generated = training_extras(0, styles=config.styles, negatives=config.negatives,
                                    mnist_images=whole)
        if config.generated_share < 1:
            keep = round(len(generated[1]) * config.generated_share)
            chosen = np.sort(np.random.default_rng(0).permutation(len(generated[1]))[:keep])
            generated = (generated[0][chosen], generated[1][chosen])
        parts.append(generated)
    if extra is not None and len(extra[0]) and config.samples_repeat:
        parts += [extra] * config.samples_repeat
    images = np.concatenate([p[0] for p in parts])
    labels = np.concatenate([np.asarray(p[1], np.int32) for p in parts])
    return images, labels


class _Trainer(tf.Module):
    """The compiled step functions for one model + optimiser pair."""

    def __init__(self, model: ConvNet, config: TrainConfig) -> None:
        super().__init__()
        self.model = model
        self.optimizer = Adam(list(model.trainable_variables))
        self.config = config
        self.compute_dtype = compute_dtype(config.precision)
        # The averaged weights are what gets evaluated, saved and served.
        self.average = model.copy() if config.ema_decay else model
        self.rng = (
            tf.random.Generator.from_seed(config.seed)
            if config.seed is not None
            else tf.random.Generator.from_non_deterministic_state()
        )
        self.images = self.labels = None
        scalar = tf.TensorSpec([], tf.float32)
        spec = (tf.TensorSpec([None, 28, 28], tf.uint8), tf.TensorSpec([None], tf.int32),
                scalar, scalar)
        # No autograph: the steps have no tensor-dependent control flow, and tracing
        # without it takes a third of the time (GIL time the GUI thread wants).
        self.step_python = tf.function(self._step, input_signature=spec, autograph=False)
        self.step_graph = tf.function(self._step_at, autograph=False, input_signature=(
            tf.TensorSpec([None], tf.int32), scalar, scalar))

    def hold(self, images: np.ndarray, labels: np.ndarray) -> None:
        """Keep the training set in TensorFlow, for steps that pick their batch by index."""
        self.images, self.labels = tf.constant(images), tf.constant(labels, tf.int32)

    def _loss(self, logits: tf.Tensor, labels: tf.Tensor) -> tf.Tensor:
        """Cross-entropy (label-smoothed) for digits; toward uniform for non-digits (-1)."""
        log_probs = tf.nn.log_softmax(logits)
        smoothing = self.config.label_smoothing
        target = tf.one_hot(tf.maximum(labels, 0), 10) * (1.0 - smoothing) + smoothing / 10.0
        digit_loss = -tf.reduce_sum(target * log_probs, axis=1)
        flat_loss = -tf.reduce_mean(log_probs, axis=1) * self.config.outlier_weight
        return tf.reduce_mean(tf.where(labels >= 0, digit_loss, flat_loss))

    def _step(
        self, images: tf.Tensor, labels: tf.Tensor, lr: tf.Tensor, strength: tf.Tensor
    ) -> tf.Tensor:
        # Data stays uint8 until here: scaling in the graph is cheaper than feeding floats.
        x = tf.cast(images, tf.float32)[..., tf.newaxis] / 255.0
        if self.config.augment:
            x = augment_batch(x, self.rng, strength)
        variables = self.model.trainable_variables
        with tf.GradientTape() as tape:
            logits = self.model(x, training=True, compute_dtype=self.compute_dtype)
            loss = self._loss(logits, labels)
        grads = tape.gradient(loss, variables)
        self.optimizer.apply(grads, list(variables), lr)
        if self.config.ema_decay:
            self._update_average()
        return loss

    def _update_average(self) -> None:
        # The decay grows with the step count, (1+t)/(10+t), up to ema_decay: the average
        # covers about the last ninth of the steps so far, and never the random start.
        t = tf.cast(self.optimizer.iterations, tf.float32)
        decay = tf.minimum(self.config.ema_decay, (1.0 + t) / (10.0 + t))
        for avg, var in zip(self.average.trainable_variables, self.model.trainable_variables,
                            strict=True):
            avg.assign(decay * avg + (1.0 - decay) * var)

    def _step_at(self, indices: tf.Tensor, lr: tf.Tensor, strength: tf.Tensor) -> tf.Tensor:
        # Gathering in the graph beats a tf.data pipeline here: no per-image work in
        # background threads competing with the step for the two cores.
        return self._step(tf.gather(self.images, indices), tf.gather(self.labels, indices),
                          lr, strength)


def _batch_indices(count: int, batch: int, rng: np.random.Generator) -> Iterator[np.ndarray]:
    """A new shuffle of ``range(count)`` cut into batches (the last one may be short)."""
    order = rng.permutation(count).astype(np.int32)
    for start in range(0, count, batch):
        yield order[start : start + batch]


StepFn = Callable[[tf.Tensor, tf.Tensor], tf.Tensor]  # (learning rate, strength) -> loss


def _epoch_steps(
    trainer: _Trainer, x: np.ndarray, y: np.ndarray, config: TrainConfig,
    rng: np.random.Generator,
) -> Iterator[StepFn]:
    """One callable per step of an epoch, for either feed mode."""
    for idx in _batch_indices(len(x), config.batch_size, rng):
        if config.feed == "graph":
            yield lambda lr, strength, idx=idx: trainer.step_graph(idx, lr, strength)
        else:  # the tutorial's placeholder feeding: batches cut in Python
            yield lambda lr, strength, idx=idx: trainer.step_python(x[idx], y[idx], lr, strength)


def _starting_model(config: TrainConfig, start_from: ConvNet | dict | None) -> ConvNet:
    if start_from is None:
        return ConvNet(config.hidden, config.seed)
    if isinstance(start_from, ConvNet):
        return start_from.copy()
    model = ConvNet(hidden=int(start_from["w_d1"].shape[1]), seed=0)
    model.set_numpy(start_from)
    return model


def calibrate(model: ConvNet, config: TrainConfig, mnist: Mnist) -> tuple[RejectRule, dict]:
    """The decision rule fitted on the validation split (plain softmax when there is none)."""
    _, _, x_val, y_val = split_validation(config, mnist)
    return calibration.fit(logits(model, x_val), y_val)


def train(
    config: TrainConfig,
    mnist: Mnist,
    start_from: ConvNet | dict[str, np.ndarray] | None = None,
    cancel: threading.Event | None = None,
    extra: tuple[np.ndarray, np.ndarray] | None = None,
    snapshot_every: int | None = None,
) -> Iterator[Event]:
    """Train and yield progress; the last event is Finished or Cancelled.

    Args:
        config: the recipe (validated here).
        mnist: verified MNIST arrays.
        start_from: weights to start from (a ConvNet or its NumPy parameters; copied,
            never modified); fresh if None.
        cancel: checked before every step; when set the run stops.
        extra: the person's own samples (uint8 images, labels) to mix in.
        snapshot_every: also yield a Snapshot of the weights that would be served (the
            average, with EMA) before the first step and after every this many steps.
    """
    config.validate()
    if config.seed is not None:
        tf.random.set_seed(config.seed)  # dropout draws from it: a seeded run repeats exactly
    cancel = cancel or threading.Event()
    model = _starting_model(config, start_from)
    # A fine-tune keeps its start's dense width, whatever the recipe says: the
    # checkpoint's metadata must name the width its weights have.
    config = dataclasses.replace(config, hidden=model.hidden)
    trainer = _Trainer(model, config)
    if config.styles or config.negatives:
        yield Preparing("Preparing generated digits and non-digits (slow only the first time)")
    x, y = training_arrays(config, mnist, extra)
    total = math.ceil(len(x) / config.batch_size) * config.epochs
    if config.feed == "graph":
        trainer.hold(x, y)
    rng = np.random.default_rng(config.seed)
    step, started, test_acc, history = 0, time.perf_counter(), float("nan"), []
    if snapshot_every:
        yield snapshot(trainer.average, 0)
    for epoch in range(1, config.epochs + 1):
        epoch_start, losses = time.perf_counter(), []
        window_start, window_images = time.perf_counter(), 0
        for run_step in _epoch_steps(trainer, x, y, config, rng):
            if cancel.is_set():
                yield Cancelled(step)
                return
            loss = run_step(tf.constant(learning_rate_at(config, step, total), tf.float32),
                            tf.constant(augment_strength_at(config, step, total), tf.float32))
            step += 1
            losses.append(float(loss))
            window_images += config.batch_size
            elapsed = time.perf_counter() - window_start
            yield Step(step, total, epoch, config.epochs, losses[-1], window_images / elapsed)
            if elapsed > 2.0:  # a moving window keeps images/s current
                window_start, window_images = time.perf_counter(), 0
            if snapshot_every and step % snapshot_every == 0:
                yield snapshot(trainer.average, step)
        test_acc = accuracy(trainer.average, mnist.x_test, mnist.y_test)
        history.append(EpochEnd(epoch, config.epochs, test_acc, float(np.mean(losses)),
                                time.perf_counter() - epoch_start))
        yield history[-1]
    rule, report = calibrate(trainer.average, config, mnist)
    yield Finished(trainer.average, trainer.optimizer, test_acc, config,
                   time.perf_counter() - started, rule, report, tuple(history))


def metadata_for(finished: Finished, data: dict | None = None, **extra: object) -> dict:
    """Checkpoint metadata for a finished run: recipe, accuracy, decision rule, calibration.

    Args:
        finished: the run's last event.
        data: ``mnist.provenance()``, the kind of source and checksum of the data.
        **extra: further fields (samples, fine_tuned, ...).
    """
    from model.network.checkpoints import make_metadata

    history = [{"epoch": e.epoch, "loss": round(e.train_loss, 5), "seconds": round(e.seconds, 1),
                "test_accuracy": e.test_accuracy} for e in finished.history]
    return make_metadata(
        finished.config.recipe(), finished.test_accuracy,
        int(finished.optimizer.iterations.numpy()), data=data,
        train_seconds=round(finished.seconds, 1), history=history,
        kind="fine-tune" if extra.get("fine_tuned") else "retrain",
        decision=finished.rule.as_metadata(), calibration=finished.calibration, **extra,
    )
