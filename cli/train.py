"""The ``train`` command: one training path for a person at a terminal and for the app.

At a terminal it shows a progress bar. With ``--events`` it is the app's trainer
process: progress goes to stdout as JSON lines (:mod:`model.network.train_events`), a
``cancel`` line on stdin stops it, and every failure ends in a ``failed`` event
rather than a traceback. The app's window never imports TensorFlow; this
process does, and if it crashes the window and the model in use stay as they were.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from cli.common import positive_float, positive_int
from model.network.recipe import PRESETS, TrainConfig
from model.network.train_events import EventWriter, listen_for_cancel, write_snapshot

if TYPE_CHECKING:
    from model.data.mnist import Mnist
    from model.network.train import Finished

log = logging.getLogger(__name__)


class TrainCommandError(Exception):
    """A bad argument or input file of the train command (one line for the person)."""


def add_parser(commands: argparse._SubParsersAction) -> None:
    """The ``train`` command's arguments."""
    train = commands.add_parser("train", help="train the network on MNIST")
    train.add_argument("--preset", choices=list(PRESETS), default="default",
                       help="default: 99.5 %% in about a minute; best: 15 epochs; tutorial: "
                            "the tutorial's own recipe")
    train.add_argument("--recipe", type=Path,
                       help="a JSON recipe (or a checkpoint's metadata.json) to train with; "
                            "the options below override it")
    train.add_argument("--epochs", type=positive_int)
    train.add_argument("--batch-size", type=positive_int)
    train.add_argument("--learning-rate", type=positive_float)
    train.add_argument("--hidden", type=positive_int)
    train.add_argument("--feed", choices=["graph", "python"])
    train.add_argument("--no-augment", action="store_true", help="turn augmentation off")
    train.add_argument("--precision", choices=["auto", "float32", "bfloat16"],
                       help="compute dtype (auto: bfloat16 on CPUs that have it natively)")
    train.add_argument("--seed", type=int)
    train.add_argument("--limit", type=positive_int, help="use only the first N training images")
    train.add_argument("--start-from", type=Path,
                       help="fine-tune: start from a checkpoint folder or a weights .npz")
    samples = train.add_mutually_exclusive_group()
    samples.add_argument("--include-samples", action="store_true",
                         help="mix in your own corrected drawings")
    samples.add_argument("--samples", type=Path,
                         help="mix in labelled images from an .npz (arrays images, labels)")
    train.add_argument("--compare-with", type=Path,
                       help="a checkpoint folder (the model in use) to score on the same "
                            "held-out digits as the new model")
    train.add_argument("--data-dir", type=Path)
    train.add_argument("--out", type=Path,
                       help="checkpoint folder to write (default: a new one in your data folder)")
    train.add_argument("--keep", type=positive_int, default=5,
                       help="without --out: how many of your checkpoints to keep")
    train.add_argument("--events", action="store_true",
                       help="JSON lines on stdout instead of a progress bar; 'cancel' on stdin "
                            "stops (the app's trainer process)")
    train.add_argument("--snapshot-every", type=positive_int,
                       help="with --events: save the weights every N steps for watching")
    train.add_argument("--snapshot-dir", type=Path, help="where those snapshots go")


def train_config(args: argparse.Namespace) -> TrainConfig:
    """The recipe file or preset, with the command line's overrides, validated."""
    base = read_recipe(args.recipe) if args.recipe else PRESETS[args.preset]
    overrides = {
        "epochs": args.epochs, "batch_size": args.batch_size,
        "learning_rate": args.learning_rate, "hidden": args.hidden, "feed": args.feed,
        "seed": args.seed, "train_limit": args.limit, "precision": args.precision,
    }
    overrides = {k: v for k, v in overrides.items() if v is not None}
    if args.no_augment:
        overrides["augment"] = False
    return dataclasses.replace(base, **overrides).validate()


def read_recipe(path: Path) -> TrainConfig:
    """A TrainConfig from a recipe JSON file or a checkpoint's metadata.json."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TrainCommandError(f"cannot read the recipe {path}: {exc}") from exc
    if isinstance(data, dict) and isinstance(data.get("recipe"), dict):
        data = data["recipe"]
    if not isinstance(data, dict):
        raise TrainCommandError(f"{path}: a recipe is a JSON object of settings")
    known = {field.name for field in dataclasses.fields(TrainConfig)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise TrainCommandError(f"{path}: unknown settings {', '.join(unknown)}")
    try:
        return TrainConfig(**data).validate()
    except (TypeError, ValueError) as exc:
        raise TrainCommandError(f"{path}: {exc}") from exc


def _start_from(path: Path | None) -> dict[str, np.ndarray] | None:
    if path is None:
        return None
    if path.is_dir():
        from model.network.checkpoints import load_for_serving

        loaded = load_for_serving(path)
        params = loaded.model
        return params if isinstance(params, dict) else params.get_numpy()
    try:
        with np.load(path) as data:
            return {key: data[key] for key in data.files}
    except (OSError, ValueError) as exc:
        raise TrainCommandError(f"cannot read the starting weights {path}: {exc}") from exc


def _extra(args: argparse.Namespace) -> tuple[np.ndarray, np.ndarray] | None:
    """The person's drawings (labels 0-9, and -1 for not a digit), checked, or None."""
    from model.drawings.validation import check_training_arrays

    if args.samples is not None:
        try:
            with np.load(args.samples) as data:
                images, labels = data["images"], data["labels"]
        except (OSError, ValueError, KeyError) as exc:
            raise TrainCommandError(f"cannot read the drawings {args.samples}: {exc}") from exc
    elif args.include_samples:
        from model import paths
        from model.drawings import SampleStore

        images, labels = SampleStore(paths.data_dir() / "samples.sqlite3").training_arrays()
    else:
        return None
    try:
        images, labels = check_training_arrays(images, labels)
    except ValueError as exc:
        where = f" {args.samples}" if args.samples else ""
        raise TrainCommandError(f"cannot use the drawings{where}: {exc}") from exc
    return (images, labels) if len(labels) else None


def describe(exc: BaseException) -> dict[str, str]:
    """The ``failed`` event's fields: a paragraph for the person, not a traceback.

    ``reason`` says it in English; ``code`` is what the window says in its language:
    out-of-memory, disk-full, no-mnist (with ``cache``, where mnist.npz may go),
    bad-input, bad-checkpoint, or error (the window shows ``reason``).
    """
    from model.data.mnist import MnistError, MnistNotFound, cache_file
    from model.network.errors import CheckpointError

    name = type(exc).__name__
    if isinstance(exc, MemoryError) or "ResourceExhausted" in name:
        return {"code": "out-of-memory",
                "reason": "Training ran out of memory. Try a smaller batch size."}
    if isinstance(exc, OSError) and exc.errno == 28:
        return {"code": "disk-full",
                "reason": f"The disk is full: the checkpoint could not be saved ({exc})."}
    if isinstance(exc, MnistNotFound):
        return {"code": "no-mnist", "reason": str(exc), "cache": str(cache_file())}
    code = ("bad-input" if isinstance(exc, TrainCommandError | MnistError) else
            "bad-checkpoint" if isinstance(exc, CheckpointError) else "error")
    return {"code": code, "reason": f"{exc}" if str(exc) else name}


class _Bar:
    """A person at a terminal: a tqdm bar and one line per epoch."""

    def __init__(self) -> None:
        self.bar = None

    def __call__(self, event: str, **fields: object) -> None:
        from tqdm import tqdm

        if event == "progress":
            self.bar = self.bar or tqdm(total=fields["total_steps"], unit="step",
                                        dynamic_ncols=True)
            self.bar.update(1)
            self.bar.set_postfix(epoch=f"{fields['epoch']}/{fields['epochs']}",
                                 loss=f"{fields['loss']:.4f}",
                                 img_s=f"{fields['images_per_s']:.0f}", refresh=False)
        elif event == "status" and fields["phase"] == "preparing":
            print(fields["message"], file=sys.stderr, flush=True)
        elif event == "epoch":
            tqdm.write(f"epoch {fields['epoch']}/{fields['epochs']}: test accuracy "
                       f"{fields['test_accuracy']:.4f}, mean loss {fields['train_loss']:.4f}, "
                       f"{fields['seconds']:.1f} s")
        elif event in ("finished", "cancelled", "failed") and self.bar:
            self.bar.close()


def run(args: argparse.Namespace) -> int:
    """Train, report progress, write the checkpoint at the end."""
    cancel = threading.Event()
    if not args.events:
        return _run(args, _Bar(), cancel)
    emit = EventWriter()
    listen_for_cancel(sys.stdin, cancel)
    try:
        os.nice(5)  # the window shares these cores; the person's drawing comes first
    except OSError:
        pass
    code = 1
    try:
        code = _run(args, emit, cancel)
    except Exception as exc:  # noqa: BLE001 - the app must hear every failure as an event
        log.error("training failed", exc_info=True)
        try:
            emit("failed", **describe(exc))
        except OSError:  # the app has gone: nobody to tell
            pass
    finally:
        # Everything is said and saved: skip TensorFlow's slow teardown, the app waits for it.
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except OSError:
                pass
        os._exit(code)


def _run(args: argparse.Namespace, emit: object, cancel: threading.Event) -> int:
    from model.data.mnist import load_mnist

    config = train_config(args)
    start_from, extra = _start_from(args.start_from), _extra(args)
    emit("started", kind="fine-tune" if start_from is not None else "retrain", pid=os.getpid())
    mnist = load_mnist(args.data_dir, on_source=lambda description: emit(
        "status", phase="loading", message=f"Loading MNIST: {description}"))
    finished = _train(args, config, mnist, start_from, extra, emit, cancel)
    if finished is None:
        return 0
    own = None
    if extra is not None:
        from model.network.evaluate import decided_accuracy

        own = decided_accuracy(finished.model, extra[0], extra[1], finished.rule)
    if cancel.is_set():  # asked while the last epoch was evaluated: nothing is written
        emit("cancelled", step=int(finished.optimizer.iterations.numpy()))
        return 0
    held_out, compared = _compare(args, finished, mnist, start_from is not None)
    emit("status", phase="saving", message="Saving checkpoint")
    path = _save(args, finished, mnist, extra, start_from is not None, own,
                 held_out=held_out, **({"comparison": compared} if compared else {}))
    emit("finished", checkpoint=str(path), test_accuracy=finished.test_accuracy,
         own_accuracy=own, seconds=round(finished.seconds, 1), compared=compared)
    if not args.events:
        print(f"test accuracy {finished.test_accuracy:.4f}; checkpoint written to {path}")
        if compared:
            print(f"on {compared['images']} {compared['split']} digits: "
                  f"{compared['accuracy']:.4f} against {compared['previous_accuracy']:.4f}")
    return 0


def _compare(args: argparse.Namespace, finished: Finished, mnist: Mnist,
             fine_tuned: bool) -> tuple[int, dict | None]:
    """(held_out of the new model, its comparison with --compare-with, or None)."""
    from model.network.checkpoints import read_metadata
    from model.network.compare import compare, held_out_after
    from model.network.errors import CheckpointError

    recipe = finished.config.recipe()
    try:
        start = None
        if fine_tuned:  # from a weights file: from the model it is compared with (the app's)
            folder = args.start_from if args.start_from.is_dir() else args.compare_with
            start = read_metadata(folder) if folder else {}
        held_out = held_out_after(recipe, start, len(mnist.x_train))
    except CheckpointError as exc:
        log.warning("what the starting model held out is unknown: %s", exc)
        held_out = 0
    if args.compare_with is None:
        return held_out, None
    try:
        return held_out, compare(finished.model, {"recipe": recipe, "held_out": held_out},
                                 args.compare_with, mnist)
    except CheckpointError as exc:
        log.warning("not compared with %s: %s", args.compare_with, exc)
        return held_out, None


def _train(args: argparse.Namespace, config: TrainConfig, mnist: Mnist,
           start_from: dict | None, extra: tuple | None, emit: object,
           cancel: threading.Event) -> Finished | None:
    from model.network.train import Cancelled, EpochEnd, Finished, Preparing, Snapshot, Step, train

    snapshots = args.snapshot_dir if args.events and args.snapshot_every else None
    emit("status", phase="training", message="Training")
    events = train(config, mnist, start_from, cancel, extra,
                   snapshot_every=args.snapshot_every if snapshots else None)
    for event in events:
        if isinstance(event, Step):
            emit("progress", step=event.step, total_steps=event.total_steps, epoch=event.epoch,
                 epochs=event.epochs, loss=event.loss, images_per_s=event.images_per_second)
        elif isinstance(event, Preparing):
            emit("status", phase="preparing", message=event.message)
        elif isinstance(event, Snapshot):
            emit("snapshot", step=event.step, path=str(write_snapshot(snapshots, event)))
        elif isinstance(event, EpochEnd):
            emit("epoch", epoch=event.epoch, epochs=event.epochs,
                 test_accuracy=event.test_accuracy, train_loss=event.train_loss,
                 seconds=event.seconds)
        elif isinstance(event, Cancelled):
            emit("cancelled", step=event.step)
            return None
        elif isinstance(event, Finished):
            return event
    raise RuntimeError("training ended without a result")


def _save(args: argparse.Namespace, finished: Finished, mnist: Mnist, extra: tuple | None,
          fine_tuned: bool, own: float | None, **more: object) -> Path:
    from model import paths
    from model.network.checkpoints import CheckpointStore, write_checkpoint
    from model.network.train import metadata_for

    started = time.perf_counter()
    metadata = metadata_for(finished, data=mnist.provenance(),
                            samples=0 if extra is None else len(extra[1]),
                            fine_tuned=fine_tuned, own_accuracy=own, **more)
    if args.out is not None:
        path = write_checkpoint(args.out, finished.model, metadata, finished.optimizer)
    else:
        store = CheckpointStore(paths.checkpoint_dir(), keep=args.keep)
        path = store.save(finished.model, metadata, finished.optimizer)
    log.info("checkpoint written in %.1f s", time.perf_counter() - started)
    return path
