"""PNG and zip exchange of the drawings: export to folders or a zip, import from them.

Export writes PNGs (white ink on black, like MNIST) in one folder per label
(``0``-``9``, and ``not-a-digit`` for drawings that are not a digit); import
reads such folders or zip archives, entirely in memory, never extracting a
member to disk, and refuses archives that are too large. An export made
before "not a digit" existed is the same layout without that folder.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Protocol

import numpy as np
from PIL import Image, PngImagePlugin

from model.data import preprocess
from model.drawings.validation import (
    NOT_A_DIGIT,
    SIDE,
    Sample,
    SampleStoreError,
    to_uint8_input,
)

MAX_MEMBERS = 100_000
"""An archive or folder with more entries than this is refused as a whole."""

MAX_MEMBER_BYTES = 4 * 1024 * 1024
"""An image file or archive member larger than this (uncompressed) is skipped."""

MAX_ARCHIVE_BYTES = 512 * 1024 * 1024
"""An archive whose members add up to more than this (uncompressed) is refused."""

MAX_IMPORT_PIXELS = 4096 * 4096
"""An imported image with more pixels than this is skipped before it is decoded."""

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp"})

NOT_A_DIGIT_NAME = "not-a-digit"
"""The folder (and file name prefix) of drawings that are not a digit."""

_MARKER_KEY, _MARKER_VALUE = "digit-canvas", "network input 28x28"
_LABEL_PREFIX = re.compile(rf"^([0-9]|{NOT_A_DIGIT_NAME})_")


class FileProblem(str):
    """One file an import skipped: ``"name: reason"`` in English, with its parts.

    Attributes:
        name: The file (or archive member).
        code: Why, a stable code the window says in its language: "unreadable",
            "too-large" (detail: the limit in MB), "not-an-image" or "damaged-label"
            (detail: the label as written).
        detail: What the system or the decoder said, or the value concerned.
    """

    _ENGLISH = {"unreadable": "{}", "too-large": "larger than {} MB",
                "not-an-image": "not a usable image ({})",
                "damaged-label": f"its label {{}} is damaged (not a digit 0-9 or "
                                 f"{NOT_A_DIGIT_NAME})"}

    def __new__(cls, name: str, code: str, detail: object = "") -> FileProblem:
        """The problem of file ``name``, its English text made from ``code`` and ``detail``."""
        text = super().__new__(cls, f"{name}: {cls._ENGLISH[code].format(detail)}")
        text.name, text.code, text.detail = name, code, str(detail)
        return text


@dataclass
class ImportResult:
    """What an import did.

    Attributes:
        added: Samples stored.
        blank: Images without ink (no ink, or only a dot), skipped.
        duplicates: Images already stored with the same label, skipped.
        ignored: Entries without a label, hidden files or unsafe names.
        failed: A :class:`FileProblem` (``"name: reason"``) for each image that could
            not be read, was too large or carries a damaged label.
    """

    added: int = 0
    blank: int = 0
    duplicates: int = 0
    ignored: list[str] = field(default_factory=list)
    failed: list[FileProblem] = field(default_factory=list)

    def summary(self) -> str:
        """One line for a status bar or the terminal."""
        parts = [f"{self.added} drawing{'' if self.added == 1 else 's'} imported"]
        if self.blank:
            parts.append(f"{self.blank} blank skipped")
        if self.duplicates:
            parts.append(f"{self.duplicates} already present")
        if self.ignored:
            parts.append(f"{len(self.ignored)} without a digit label ignored")
        if self.failed:
            parts.append(f"{len(self.failed)} unreadable")
        return ", ".join(parts)


@dataclass(frozen=True)
class Incoming:
    """One decoded image waiting to be stored."""

    label: int
    image: bytes
    created: str | None
    predicted: int | None


def export_folder(samples: list[Sample], folder: str | os.PathLike[str]) -> int:
    """Write every sample as ``<folder>/<label name>/sample-<id>.png``; returns how many.

    The PNG is the 28x28 network input, white ink on black like MNIST; its
    text chunks keep the prediction and the date (import reads them back).

    Raises:
        SampleStoreError: The folder or a file cannot be written.
    """
    folder = Path(folder)
    try:
        for sample in samples:
            target = folder / label_name(sample.label) / _export_name(sample)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(_sample_png(sample))
    except OSError as exc:
        why = exc.strerror or exc
        raise SampleStoreError(f"Cannot export to {folder}: {why}", "cannot-export",
                               path=folder, detail=why) from exc
    return len(samples)

def export_archive(samples: list[Sample], archive: str | os.PathLike[str]) -> int:
    """Write every sample into a zip (``<label name>/sample-<id>.png``); returns how many.

    The archive is written to a temporary file and renamed into place, so a
    failure never leaves a half-written zip under the requested name.

    Raises:
        SampleStoreError: The archive cannot be written.
    """
    archive = Path(archive)
    temporary = None
    try:
        archive.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{archive.name}.", dir=archive.parent)
        temporary = Path(name)
        with os.fdopen(handle, "wb") as file, zipfile.ZipFile(
                file, "w", zipfile.ZIP_DEFLATED) as zipped:
            for sample in samples:
                zipped.writestr(f"{label_name(sample.label)}/{_export_name(sample)}",
                                _sample_png(sample))
        os.replace(temporary, archive)
    except OSError as exc:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        why = exc.strerror or exc
        raise SampleStoreError(f"Cannot write {archive}: {why}", "cannot-write-archive",
                               path=archive, detail=why) from exc
    return len(samples)


class Destination(Protocol):
    """Where imports go (a SampleStore): it stores decoded images in one transaction."""

    def add_imported(self, incoming: list[Incoming], result: ImportResult) -> ImportResult:
        """Store the new ones, count the duplicates; the result."""


def import_folder(store: Destination, folder: str | os.PathLike[str]) -> ImportResult:
    """Import images from ``<folder>/<label>/*`` and ``<folder>/<label>_*``.

    A label is a digit 0-9 or ``not-a-digit``. A 28x28 gray image on a black
    background (as exported) is stored exactly as it is; any other image goes
    through ``preprocess.prepare``. Images already stored with the same label
    are skipped. Everything is added in one transaction.

    Raises:
        SampleStoreError: Not a folder, too many files, or the store cannot write.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise SampleStoreError(f"Not a folder: {folder}", "not-a-folder", path=folder)
    result = ImportResult()
    entries = _folder_entries(folder, result)
    return _add(store, _read_files(entries, result), result)

def import_archive(store: Destination, archive: str | os.PathLike[str]) -> ImportResult:
    """Import images from a zip, laid out as for :func:`import_folder`.

    Members are read into memory, never extracted. Members whose names
    hold ``..``, are absolute or lack a digit label are ignored; members
    larger than :data:`MAX_MEMBER_BYTES` are skipped; archives with more
    than :data:`MAX_MEMBERS` members or more than :data:`MAX_ARCHIVE_BYTES`
    in total are refused.

    Raises:
        SampleStoreError: Not a zip, too large, or the store cannot write.
    """
    archive = Path(archive)
    result = ImportResult()
    try:
        with zipfile.ZipFile(archive) as zipped:
            return _add(store, _read_members(zipped, result), result)
    except SampleStoreError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile) as exc:
        raise SampleStoreError(f"{archive} is not a readable zip archive: {exc}", "not-a-zip",
                               path=archive) from exc
    except OSError as exc:
        why = exc.strerror or exc
        raise SampleStoreError(f"Cannot read {archive}: {why}", "cannot-read-archive",
                               path=archive, detail=why) from exc

def import_path(store: Destination, path: str | os.PathLike[str]) -> ImportResult:
    """Import a folder, or a zip archive (any file that is not a folder)."""
    path = Path(path)
    if path.is_dir():
        return import_folder(store, path)
    if not path.exists():
        raise SampleStoreError(f"No such file or folder: {path}", "not-found", path=path)
    return import_archive(store, path)


def _add(store: Destination, files: Iterator[tuple[str, int, bytes]], result: ImportResult
         ) -> ImportResult:
    """Decode every file, then store the new ones in one transaction."""
    incoming = [item for item in (_decode(name, label, data, result)
                                  for name, label, data in files) if item is not None]
    return store.add_imported(incoming, result)


def _export_name(sample: Sample) -> str:
    return f"sample-{sample.id:06d}.png"


def _sample_png(sample: Sample) -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text(_MARKER_KEY, _MARKER_VALUE)
    info.add_text("label", label_name(sample.label))
    info.add_text("created", sample.created)
    if sample.predicted is not None:
        info.add_text("predicted", str(sample.predicted))
    buffer = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(sample.image)).save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue()


def label_name(label: int) -> str:
    """A label as an export names it: the digit, or ``not-a-digit``."""
    return NOT_A_DIGIT_NAME if label == NOT_A_DIGIT else str(label)


def parse_label(text: object) -> int | None:
    """The label a folder name, file name prefix or PNG text names ("7", "not-a-digit"), or None."""
    if text == NOT_A_DIGIT_NAME:
        return NOT_A_DIGIT
    if isinstance(text, str) and len(text) == 1 and text.isdigit():
        return int(text)
    return None


def entry_label(name: str) -> int | None:
    """The label of a relative path like ``7/x.png``, ``7_x.png``, ``not-a-digit/x.png``, else None.

    Unsafe names (absolute, ``..``, backslashes, drive letters, empty parts),
    hidden files, ``__MACOSX`` entries and non-image suffixes give None.
    """
    if not name or name.startswith("/") or "\\" in name or ":" in name or "//" in name:
        return None
    parts = PurePosixPath(name).parts
    if any(part in ("", ".", "..") or part.startswith(".") or part == "__MACOSX"
           for part in parts) or name.endswith("/"):
        return None
    if PurePosixPath(name).suffix.lower() not in IMAGE_SUFFIXES:
        return None
    if len(parts) >= 2 and parse_label(parts[-2]) is not None:
        return parse_label(parts[-2])
    match = _LABEL_PREFIX.match(parts[-1])
    return parse_label(match.group(1)) if match else None


def _folder_entries(folder: Path, result: ImportResult) -> list[tuple[str, int, Path]]:
    """The image files of an import folder with their labels (one level of label folders)."""
    entries: list[tuple[str, int, Path]] = []
    for child in sorted(folder.iterdir()):
        if child.is_dir() and parse_label(child.name) is not None:
            files = [(f"{child.name}/{item.name}", item) for item in sorted(child.iterdir())]
        else:
            files = [(child.name, child)]
        for name, path in files:
            if not path.is_file() or path.suffix.lower() not in IMAGE_SUFFIXES:
                continue
            label = entry_label(name)
            if label is None:
                result.ignored.append(name)
            else:
                entries.append((name, label, path))
            if len(entries) + len(result.ignored) > MAX_MEMBERS:
                raise SampleStoreError(f"{folder} holds more than {MAX_MEMBERS} images",
                                       "too-many-files", path=folder, detail=MAX_MEMBERS)
    return entries


def _read_files(entries: list[tuple[str, int, Path]], result: ImportResult
                ) -> Iterator[tuple[str, int, bytes]]:
    for name, label, path in entries:
        try:
            with path.open("rb") as file:
                data = file.read(MAX_MEMBER_BYTES + 1)
        except OSError as exc:
            result.failed.append(FileProblem(name, "unreadable", exc.strerror or exc))
            continue
        if len(data) > MAX_MEMBER_BYTES:
            result.failed.append(FileProblem(name, "too-large", MAX_MEMBER_BYTES // 2**20))
            continue
        yield name, label, data


def _read_members(zipped: zipfile.ZipFile, result: ImportResult
                  ) -> Iterator[tuple[str, int, bytes]]:
    members = zipped.infolist()
    if len(members) > MAX_MEMBERS:
        raise SampleStoreError(f"The archive has too many members ({len(members)}; "
                               f"at most {MAX_MEMBERS})", "too-many-files", detail=MAX_MEMBERS)
    if sum(member.file_size for member in members) > MAX_ARCHIVE_BYTES:
        raise SampleStoreError(f"The archive is too large once unpacked (more than "
                               f"{MAX_ARCHIVE_BYTES // 2**20} MB)", "archive-too-large",
                               detail=MAX_ARCHIVE_BYTES // 2**20)
    for member in members:
        if member.is_dir():
            continue
        label = entry_label(member.filename)
        if label is None:
            result.ignored.append(member.filename)
            continue
        data = _read_member(zipped, member, result)
        if data is not None:
            yield member.filename, label, data


def _read_member(zipped: zipfile.ZipFile, member: zipfile.ZipInfo, result: ImportResult
                 ) -> bytes | None:
    """A member's bytes, read in memory and never past the size limit (whatever its header says)."""
    too_large = FileProblem(member.filename, "too-large", MAX_MEMBER_BYTES // 2**20)
    if member.file_size > MAX_MEMBER_BYTES:
        result.failed.append(too_large)
        return None
    try:
        with zipped.open(member) as file:
            data = file.read(MAX_MEMBER_BYTES + 1)
    except (zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError, ValueError) as exc:
        result.failed.append(FileProblem(member.filename, "unreadable", exc))
        return None
    if len(data) > MAX_MEMBER_BYTES:
        result.failed.append(too_large)
        return None
    return data


def _decode(name: str, label: int, data: bytes, result: ImportResult) -> Incoming | None:
    """Turn one image file's bytes into a sample, or count it as blank or failed.

    The folder (or name prefix) gives the label, so moving an exported file to
    another folder relabels it; an exported file whose own label text is
    damaged is refused.
    """
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > MAX_IMPORT_PIXELS:
                raise ValueError(f"too many pixels ({width}x{height})")
            image.load()
            array = _network_input_or_none(image)
            info = dict(image.info)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        result.failed.append(FileProblem(name, "not-an-image", exc))
        return None
    written = info.get("label")
    if info.get(_MARKER_KEY) == _MARKER_VALUE and written is not None and (
            parse_label(written) is None):
        result.failed.append(FileProblem(name, "damaged-label", repr(str(written)[:20])))
        return None
    if array is None:
        result.blank += 1
        return None
    return Incoming(label, array.tobytes(), _created_from(info), _predicted_from(info))


def _network_input_or_none(image: Image.Image) -> np.ndarray | None:
    """An exported 28x28 input as it is; anything else prepared the MNIST way.

    A 28x28 gray PNG is taken as a network input when it was exported by this
    app (its text chunk says so) or looks like MNIST (white ink on black).
    """
    if image.size == (SIDE, SIDE) and image.mode == "L":
        array = np.asarray(image, dtype=np.uint8)
        border = np.concatenate([array[0], array[-1], array[:, 0], array[:, -1]])
        if image.info.get(_MARKER_KEY) == _MARKER_VALUE or np.median(border) < 128:
            return array.copy() if array.max() > 0 else None
    prepared = preprocess.prepare(image)
    return None if prepared is None else to_uint8_input(prepared)


def _created_from(info: dict) -> str | None:
    text = info.get("created")
    if not isinstance(text, str):
        return None
    try:
        return dt.datetime.fromisoformat(text).astimezone(dt.UTC).isoformat(
            timespec="milliseconds")
    except ValueError:
        return None


def _predicted_from(info: dict) -> int | None:
    text = info.get("predicted")
    if isinstance(text, str) and len(text) == 1 and text.isdigit():
        return int(text)
    return None
