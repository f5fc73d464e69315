"""Checkpoints: one folder each (weights + metadata.json), made current in one rename.

A checkpoint folder holds ``weights.index``/``weights.data-*`` written by
``tf.train.Checkpoint`` (model, optimiser, step) and ``metadata.json`` (recipe,
test accuracy, date, library versions). It is written into a hidden temporary
folder first and renamed into place only when complete, so a crash or kill
while saving never leaves a half-written checkpoint that looks current.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import platform
import re
import shutil
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from model.network.checkpoint_metadata import FORMAT, check_metadata
from model.network.decision import describe
from model.network.errors import CheckpointError, CheckpointWarning
from model.network.numpy_net import WeightsError, load_weights, save_weights
from model.paths import assets_dir, checkpoint_dir

if TYPE_CHECKING:
    import tensorflow as tf

    from model.network.convnet import ConvNet

log = logging.getLogger(__name__)

PREFIX = "weights"
METADATA = "metadata.json"
MAX_METADATA_BYTES = 1 << 20  # a real one is about 1 kB; refuse to parse a huge file
BUNDLED_DIR = assets_dir() / "model"


@dataclass
class Loaded:
    """A restored network with its metadata and where it came from.

    ``model`` is a ConvNet, or only its parameters as NumPy arrays when loaded
    without TensorFlow (:func:`load_for_serving`).
    """

    model: ConvNet | dict[str, np.ndarray]
    metadata: dict
    path: Path
    # What the person should know: damaged metadata fields (each replaced by a
    # safe default) and, from CheckpointStore, checkpoints that were skipped.
    warnings: list[str] = field(default_factory=list)


def make_metadata(recipe: dict, test_accuracy: float, step: int,
                  data: dict | str | None = None, **extra: object) -> dict:
    """Metadata for a new checkpoint: recipe, accuracy, date, versions and ``extra``.

    ``data`` is ``Mnist.provenance()``: the kind of source and the checksum, never
    a machine's path (a string from an older caller is kept only if not a path).
    """
    import tensorflow as tf

    metadata = {
        "format": FORMAT,
        "hidden": int(recipe.get("hidden", 32)),
        "recipe": recipe,
        "test_accuracy": float(test_accuracy),
        "step": int(step),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "versions": {
            "python": platform.python_version(),
            "tensorflow": tf.__version__,
            "numpy": np.__version__,
        },
    }
    if isinstance(data, str):
        # Older callers pass a description; a machine's path means nothing elsewhere
        # and can hold a user name.
        is_path = re.search(r"[/\\]|^[A-Za-z]:", data) is not None
        if is_path:
            log.warning("training data given as a path, recorded as an unknown source "
                        "(pass Mnist.provenance())")
        data = {"source": "unknown" if is_path else data}
    if data is not None:
        metadata["data"] = dict(data)
    return {**metadata, **extra}


def _fsync_tree(folder: Path) -> None:
    for path in folder.iterdir():
        with open(path, "rb") as handle:
            os.fsync(handle.fileno())
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_checkpoint(
    target: str | os.PathLike[str],
    model: ConvNet,
    metadata: dict,
    optimizer: tf.Module | None = None,
) -> Path:
    """Write a complete checkpoint folder at ``target``, replacing any old one atomically.

    Besides TensorFlow's files it holds ``weights.npz`` (checksum in the metadata),
    which the app loads without TensorFlow.
    """
    import tensorflow as tf

    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.parent / f".tmp-{target.name}-{uuid.uuid4().hex[:8]}"
    staging.mkdir()
    try:
        objects = {"model": model}
        if optimizer is not None:
            objects["optimizer"] = optimizer
        tf.train.Checkpoint(**objects).write(str(staging / PREFIX))
        metadata = {**metadata, "weights_npz_sha256": save_weights(staging, model.get_numpy())}
        (staging / METADATA).write_text(json.dumps(metadata, indent=2) + "\n", encoding="utf-8")
        _fsync_tree(staging)
        _replace_dir(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def _replace_dir(new: Path, target: Path) -> None:
    # A folder cannot be renamed over a non-empty one: move the old one aside first.
    old = None
    if target.exists():
        old = target.parent / f".old-{target.name}-{uuid.uuid4().hex[:8]}"
        os.rename(target, old)
    os.rename(new, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _recover_moved_aside(folder: Path) -> None:
    """A kill between _replace_dir's two renames leaves only the old copy: put it back."""
    if folder.exists():
        return
    aside = sorted(folder.parent.glob(f".old-{folder.name}-*")) if folder.parent.is_dir() else []
    if aside:
        os.rename(aside[-1], folder)


def read_metadata(folder: str | os.PathLike[str]) -> dict:
    """The metadata of a checkpoint folder as written (other fields: :func:`check_metadata`).

    Raises:
        CheckpointError: no file, unreadable or invalid JSON, not a table, or no
            usable hidden width: the whole checkpoint is unusable.
    """
    path = Path(folder) / METADATA
    try:
        if path.stat().st_size > MAX_METADATA_BYTES:
            raise CheckpointError(f"{path}: metadata is {path.stat().st_size} bytes, "
                                  f"more than {MAX_METADATA_BYTES} (not a checkpoint's)")
        metadata = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CheckpointError(f"{folder}: no {METADATA} (not a checkpoint folder)") from exc
    # ValueError: also a number too long for int(); RecursionError: absurdly deep nesting.
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise CheckpointError(f"{path}: unreadable metadata ({exc})") from exc
    if not isinstance(metadata, dict):
        raise CheckpointError(f"{path}: metadata is {describe(metadata)}, not a table")
    hidden = metadata.get("hidden")
    if isinstance(hidden, bool) or not isinstance(hidden, int):
        raise CheckpointError(f"{path}: metadata lacks the network's hidden width")
    if not 1 <= hidden <= 4096:
        raise CheckpointError(f"{path}: hidden width {describe(hidden)} out of range")
    return metadata


# metadata.json can be hand-edited or damaged. Each field is checked; a bad one is
# replaced by a safe default and reported (Loaded.warnings), so a typo never stops
# a good network loading.

def _read_checked(folder: Path) -> tuple[dict, list[str]]:
    return check_metadata(read_metadata(folder), folder / METADATA)


def update_metadata(folder: str | os.PathLike[str], changes: dict) -> dict:
    """Merge ``changes`` into a checkpoint's metadata, replacing the file in one rename."""
    path = Path(folder) / METADATA
    metadata = {**read_metadata(folder), **changes}
    staging = path.with_name(f".{METADATA}.{uuid.uuid4().hex[:8]}")
    try:
        staging.write_text(json.dumps(metadata, indent=2) + "\n", encoding="utf-8")
        os.replace(staging, path)
    finally:
        staging.unlink(missing_ok=True)
    return metadata


def load_checkpoint(folder: str | os.PathLike[str]) -> Loaded:
    """Restore a network from a checkpoint folder.

    Raises:
        CheckpointError: missing, incomplete, corrupt, or with non-finite weights.
    """
    import tensorflow as tf

    from model.network.convnet import ConvNet

    folder = Path(folder)
    _recover_moved_aside(folder)
    metadata, problems = _read_checked(folder)
    model = ConvNet(hidden=metadata["hidden"], seed=0)
    try:
        status = tf.train.Checkpoint(model=model).read(str(folder / PREFIX))
        status.expect_partial().assert_existing_objects_matched()
    except Exception as exc:  # noqa: BLE001 - TF raises many types for a damaged file
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise CheckpointError(f"{folder}: cannot restore weights ({first_line})") from exc
    if not all(np.isfinite(v.numpy()).all() for v in model.trainable_variables):
        raise CheckpointError(f"{folder}: weights contain NaN or infinity")
    return Loaded(model, metadata, folder, problems)


def load_for_serving(folder: str | os.PathLike[str], tensorflow: bool = True) -> Loaded:
    """The checkpoint's NumPy weights (milliseconds, no TensorFlow), else a full restore.

    Checkpoints written before ``weights.npz`` existed fall back to TensorFlow,
    unless ``tensorflow`` is False: then they are a CheckpointError.
    """
    folder = Path(folder)
    _recover_moved_aside(folder)
    metadata, problems = _read_checked(folder)
    try:
        params = load_weights(folder, metadata.get("weights_npz_sha256"))
    except WeightsError as exc:
        if not tensorflow:
            raise CheckpointError(f"{folder}: {exc}") from exc
        log.info("%s; restoring with TensorFlow instead", exc)
        return load_checkpoint(folder)
    if params["w_d1"].shape[1] != metadata["hidden"]:
        raise CheckpointError(f"{folder}: weights do not match the metadata's hidden width")
    return Loaded(params, metadata, folder, problems)


def quarantine(folder: Path) -> Path | None:
    """Rename a broken checkpoint aside (never delete what a user had)."""
    aside = folder.with_name(f"{folder.name}.broken-{uuid.uuid4().hex[:6]}")
    try:
        os.rename(folder, aside)
    except OSError as exc:
        log.warning("could not move broken checkpoint %s aside: %s", folder, exc)
        return None
    return aside


IN_USE = "in-use"  # the store's file naming the model in use: a folder name or "bundled"
BUNDLED = "bundled"
TRASH = ".trash"  # deleted checkpoints wait here until purged (Undo moves them back)
_NAME = re.compile(r"ckpt-[0-9A-Za-z_.-]{1,80}")


def _is_name(name: str) -> bool:
    return _NAME.fullmatch(name) is not None and ".broken-" not in name


def checkpoint_name() -> str:
    """A new checkpoint's folder name: its time (names sort by it), then pid and random part.

    Two app instances or runs in the same instant never collide (48 random bits: 4 hex
    digits made two of 50 names in one microsecond equal once in ~50 tries).
    """
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f")
    return f"ckpt-{stamp}-{os.getpid()}-{uuid.uuid4().hex[:12]}"


class CheckpointStore:
    """The user's checkpoints in one folder, newest first, and which one is in use.

    Keeping: the pinned ones, the one in use and the newest ``keep``; older ones
    are pruned after each new checkpoint. "The model in use" is the person's
    choice, a small ``in-use`` file written atomically (the bundled model is
    "bundled"); :func:`load_in_use` honours it.
    """

    def __init__(self, root: str | os.PathLike[str], keep: int = 5) -> None:
        if keep < 1:
            raise ValueError("keep must be at least 1")
        self.root = Path(root)
        self.keep = keep

    def checkpoints(self) -> list[Path]:
        """Complete checkpoint folders, newest first (names sort by time)."""
        if not self.root.is_dir():
            return []
        found = [p for p in self.root.glob("ckpt-*") if p.is_dir() and _is_name(p.name)]
        return sorted(found, key=lambda p: p.name, reverse=True)

    def save(self, model: ConvNet, metadata: dict, optimizer: tf.Module | None = None) -> Path:
        """Write a new checkpoint and prune the oldest beyond ``keep``."""
        path = write_checkpoint(self.root / checkpoint_name(), model, metadata, optimizer)
        self._prune()
        return path

    def adopt(self, written: Path) -> Path:
        """Move a complete checkpoint folder written elsewhere on this disk into the store.

        One rename: the store never holds a half-moved checkpoint. It does not
        become the model in use (that is :meth:`choose`).
        """
        read_metadata(written)  # only a complete checkpoint has its metadata
        path = self.root / written.name
        self.root.mkdir(parents=True, exist_ok=True)
        os.rename(written, path)
        self._prune()
        return path

    def _prune(self) -> None:
        chosen = self.chosen()
        for old in self.checkpoints()[self.keep :]:
            if old.name != chosen and not self.pinned(old):
                shutil.rmtree(old, ignore_errors=True)

    @staticmethod
    def pinned(folder: Path) -> bool:
        """Whether the person pinned this checkpoint (never pruned); damaged metadata: not."""
        try:
            return read_metadata(folder).get("pinned") is True
        except CheckpointError:
            return False

    # ------------------------------------------------------------ the model in use

    def chosen(self) -> str | None:
        """The name in the ``in-use`` file ("bundled" or a folder name), None if none or damaged."""
        try:
            name = (self.root / IN_USE).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            return None
        return name if name == BUNDLED or _is_name(name) else None

    def choose(self, folder: str | os.PathLike[str]) -> None:
        """Make ``folder`` (one of the store's, or the bundled model) the model in use."""
        folder = Path(folder)
        name = BUNDLED if folder == BUNDLED_DIR else folder.name
        if name != BUNDLED and not (self.root / name).is_dir():
            raise CheckpointError(f"{folder}: not a checkpoint of {self.root}")
        self.root.mkdir(parents=True, exist_ok=True)
        staging = self.root / f".{IN_USE}.{uuid.uuid4().hex[:8]}"
        try:
            staging.write_text(name + "\n", encoding="utf-8")
            os.replace(staging, self.root / IN_USE)
        finally:
            staging.unlink(missing_ok=True)

    def path_of(self, name: str) -> Path:
        """The folder of a name as :meth:`chosen` gives it."""
        return BUNDLED_DIR if name == BUNDLED else self.root / name

    # ------------------------------------------------------------ delete, undo, purge

    def delete(self, folder: Path) -> Path:
        """Move a checkpoint into the store's trash (:meth:`restore` undoes it).

        Raises:
            CheckpointError: it is the model in use, the bundled model or not the store's.
        """
        if folder == BUNDLED_DIR:
            raise CheckpointError("the bundled model cannot be deleted")
        if folder.parent != self.root or not _is_name(folder.name):
            raise CheckpointError(f"{folder}: not a checkpoint of {self.root}")
        if folder.name == self.chosen():
            raise CheckpointError(f"{folder.name} is the model in use: use another one first")
        trash = self.root / TRASH
        trash.mkdir(exist_ok=True)
        aside = trash / folder.name
        shutil.rmtree(aside, ignore_errors=True)  # an older copy of the same name
        os.rename(folder, aside)
        return aside

    def restore(self, name: str) -> Path:
        """Bring a deleted checkpoint back from the trash."""
        path = self.root / name
        os.rename(self.root / TRASH / name, path)
        return path

    def purge_trash(self) -> None:
        """Remove deleted checkpoints for good (nothing can bring them back any more)."""
        shutil.rmtree(self.root / TRASH, ignore_errors=True)

    # ------------------------------------------------------------ loading

    def load_newest(self, fallbacks: Iterable[Path] = (BUNDLED_DIR,),
                    loader: Callable[[Path], Loaded] | None = None) -> Loaded:
        """The newest checkpoint that loads, else the first fallback that does.

        Broken user checkpoints are renamed aside and reported in ``warnings``.
        ``loader`` defaults to :func:`load_checkpoint` (a ConvNet);
        :func:`load_for_serving` gives NumPy weights when it can.
        """
        loader = loader or load_checkpoint
        warnings: list[str] = []
        for folder in self.checkpoints():
            try:
                loaded = loader(folder)
            except CheckpointError as exc:
                aside = (quarantine(folder) or folder).name
                warnings.append(CheckpointWarning(f"{exc}; kept aside as {aside}", "set-aside",
                                                  folder=folder.name, aside=aside))
                continue
            loaded.warnings = warnings + loaded.warnings
            return loaded
        for folder in fallbacks:
            try:
                loaded = loader(folder)
            except CheckpointError as exc:
                warnings.append(CheckpointWarning(str(exc), "not-loaded", folder=_name(folder)))
                continue
            loaded.warnings = warnings + loaded.warnings
            return loaded
        raise CheckpointError("no usable checkpoint:\n" + "\n".join(warnings))


def _name(folder: Path) -> str:
    """A checkpoint's name in a warning: its folder's, or "bundled"."""
    return BUNDLED if folder == BUNDLED_DIR else folder.name


def load_in_use(loader: Callable[[Path], Loaded] | None = None,
                folder: str | os.PathLike[str] | None = None) -> Loaded:
    """The model in use: the person's choice (the store's ``in-use`` file) if it loads.

    Without a choice: the newest of the person's checkpoints that loads, else the
    bundled one. A damaged choice, or one that is gone or does not load, falls
    back to that rule with a warning. ``folder`` defaults to
    :func:`model.paths.checkpoint_dir`; ``loader`` as for
    :meth:`CheckpointStore.load_newest`. Broken checkpoints are set aside and
    reported in ``warnings``.
    """
    store = CheckpointStore(checkpoint_dir() if folder is None else folder)
    loader = loader or load_checkpoint
    name = store.chosen()
    if name is None:
        loaded = store.load_newest(loader=loader)
        if (store.root / IN_USE).exists():
            loaded.warnings.insert(0, CheckpointWarning(
                f"{store.root / IN_USE}: the choice of the model in use is damaged; using "
                f"{loaded.path.name} instead", "choice-damaged", using=_name(loaded.path)))
        return loaded
    chosen = store.path_of(name)
    try:
        if name != BUNDLED and not chosen.is_dir():
            raise CheckpointError(f"{chosen}: the model chosen for use is gone")
        return loader(chosen)
    except CheckpointError as exc:
        problem, aside = str(exc), ""
        if name != BUNDLED and chosen.is_dir():
            aside = (quarantine(chosen) or chosen).name
            problem += f"; kept aside as {aside}"
    loaded = store.load_newest(loader=loader)
    loaded.warnings.insert(0, CheckpointWarning(
        f"{problem}; using {loaded.path.name} instead", "choice-failed", chosen=name,
        using=_name(loaded.path), aside=aside))
    return loaded
