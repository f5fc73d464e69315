"""The person's own labelled drawings, kept in SQLite.

Each sample is the exact 28x28 network input (uint8, ``round(x * 255)``), the
original drawing as PNG (optional), its label, when it was made and which
digit the network had predicted. Deleting is a soft delete, so it can be
undone until :meth:`SampleStore.purge_deleted`, which removes the bytes from
the file too (the app purges when the undo window has passed and on closing).

Durability: WAL journal with ``synchronous=FULL``, every write is one
transaction, and :meth:`SampleStore.add` returns only after COMMIT, so a
sample reported saved survives the process being killed. A damaged database
file is never deleted: it is renamed to ``<name>.broken-<timestamp>``, what
can still be read is copied into a fresh database, and the store says so in
``recovered_from``.

Export writes PNGs (white ink on black, like MNIST) in one folder per digit;
import reads such folders or zip archives, entirely in memory, never
extracting a member to disk, and refuses archives that are too large.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import logging
import os
import re
import sqlite3
import tempfile
import threading
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import numpy as np
from PIL import Image, PngImagePlugin

from model import preprocess

log = logging.getLogger(__name__)

SIDE = 28
SCHEMA_VERSION = 1
MAX_DRAWING_BYTES = 8 * 1024 * 1024
"""A drawing PNG larger than this is refused by :meth:`SampleStore.add`."""

MAX_MEMBERS = 100_000
"""An archive or folder with more entries than this is refused as a whole."""

MAX_MEMBER_BYTES = 4 * 1024 * 1024
"""An image file or archive member larger than this (uncompressed) is skipped."""

MAX_ARCHIVE_BYTES = 512 * 1024 * 1024
"""An archive whose members add up to more than this (uncompressed) is refused."""

MAX_IMPORT_PIXELS = 4096 * 4096
"""An imported image with more pixels than this is skipped before it is decoded."""

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp"})

_COLUMNS = ("id", "label", "image", "drawing", "created", "predicted", "deleted")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS samples (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    label     INTEGER NOT NULL CHECK (label BETWEEN 0 AND 9),
    image     BLOB    NOT NULL CHECK (length(image) = 784),
    drawing   BLOB,
    created   TEXT    NOT NULL,
    predicted INTEGER CHECK (predicted IS NULL OR predicted BETWEEN 0 AND 9),
    deleted   INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
)
"""
_MARKER_KEY, _MARKER_VALUE = "digit-canvas", "network input 28x28"
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_LABEL_PREFIX = re.compile(r"^([0-9])_")
_BROKEN_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
_READ_ONLY_CODES = (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM)


class SampleStoreError(OSError):
    """The store cannot do what was asked (read-only, disk full, bad archive...).

    The message is meant for the person; the store's previous state is intact.
    A subclass of OSError, so code that reports file errors reports these too.
    """


class _BrokenDatabase(Exception):
    """The database file is corrupt or is not a samples database."""


class _CannotWrite(Exception):
    """The database file cannot be opened for writing (the message says why)."""


@dataclass(frozen=True, eq=False)
class Sample:
    """One stored drawing (its PNG is read on demand with :meth:`SampleStore.drawing`).

    Attributes:
        id: Row id; never reused, even after a purge.
        label: The digit the person says it is.
        predicted: The digit the network had predicted, or None.
        created: When it was stored, ISO 8601 in UTC.
        image: The network input, uint8 (28, 28), white ink on black (read-only).
        has_drawing: Whether the original drawing was stored.
    """

    id: int
    label: int
    predicted: int | None
    created: str
    image: np.ndarray
    has_drawing: bool = False


@dataclass
class ImportResult:
    """What an import did.

    Attributes:
        added: Samples stored.
        blank: Images without a digit (no ink, or only a dot), skipped.
        duplicates: Images already stored with the same label, skipped.
        ignored: Entries without a digit label, hidden files or unsafe names.
        failed: ``"name: reason"`` for images that could not be read or were too large.
    """

    added: int = 0
    blank: int = 0
    duplicates: int = 0
    ignored: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

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
class _Incoming:
    """One decoded image waiting to be stored."""

    label: int
    image: bytes
    created: str | None
    predicted: int | None


# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------


def now_iso() -> str:
    """The current time, ISO 8601 in UTC with milliseconds."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def to_uint8_input(network_input: np.ndarray) -> np.ndarray:
    """Validate a network input and return it as uint8 (28, 28).

    Args:
        network_input: uint8 (28, 28), or a float (28, 28) array in [0, 1].

    Returns:
        A C-contiguous uint8 copy; floats become ``round(x * 255)``.

    Raises:
        ValueError: Wrong shape or dtype, or floats outside [0, 1] or not finite.
    """
    array = np.asarray(network_input)
    if array.shape != (SIDE, SIDE):
        raise ValueError(f"a sample must be a {SIDE}x{SIDE} array, not shape {array.shape}")
    if array.dtype == np.uint8:
        return np.array(array, dtype=np.uint8, order="C")
    if not np.issubdtype(array.dtype, np.floating):
        raise ValueError(f"a sample must be uint8 or float in [0, 1], not {array.dtype}")
    if not np.all(np.isfinite(array)) or array.min() < 0.0 or array.max() > 1.0:
        raise ValueError("a float sample must hold finite values in [0, 1]")
    return np.rint(array.astype(np.float64) * 255.0).astype(np.uint8)


def _check_digit(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int | np.integer) or not 0 <= value <= 9:
        raise ValueError(f"{what} must be a digit 0-9, not {value!r}")
    return int(value)


def _check_drawing(drawing_png: bytes | None) -> bytes | None:
    if drawing_png is None:
        return None
    if not isinstance(drawing_png, bytes | bytearray | memoryview):
        raise ValueError(f"the drawing must be PNG bytes, not {type(drawing_png).__name__}")
    data = bytes(drawing_png)
    if not data.startswith(_PNG_SIGNATURE):
        raise ValueError("the drawing is not a PNG image")
    if len(data) > MAX_DRAWING_BYTES:
        raise ValueError(f"the drawing is larger than {MAX_DRAWING_BYTES // 2**20} MB")
    return data


def _describe(exc: sqlite3.Error, doing: str, path: Path, change: bool = True) -> str:
    """A message for the person about a failed database operation."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code == sqlite3.SQLITE_READONLY:
        reason = "the database or its folder is read-only"
    elif code == sqlite3.SQLITE_FULL:
        reason = "the disk is full"
    elif code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        reason = "another program is using the database"
    elif code == sqlite3.SQLITE_CANTOPEN:
        reason = "the file cannot be opened"
    else:
        reason = str(exc)
    return f"Cannot {doing}: {reason} ({path})." + (" Nothing was changed." if change else "")


def _row_to_sample(row: tuple) -> Sample:
    sample_id, label, image, has_drawing, created, predicted = row
    array = np.frombuffer(image, dtype=np.uint8).reshape(SIDE, SIDE)
    return Sample(sample_id, label, predicted, created, array, bool(has_drawing))


# --------------------------------------------------------------------------
# Opening, checking and recovering the database file
# --------------------------------------------------------------------------


def _connect(path: Path) -> sqlite3.Connection:
    """A raw connection (autocommit; transactions are explicit). Patched by fault tests."""
    return sqlite3.connect(path, timeout=5.0, isolation_level=None, check_same_thread=False)


def _prepare_connection(conn: sqlite3.Connection) -> None:
    """Set the pragmas, check the file and create the table if needed.

    Raises:
        _BrokenDatabase: The file is corrupt or holds something else.
        SampleStoreError: The file was written by a newer version.
        sqlite3.Error: Anything else (read-only, locked, I/O).
    """
    problems = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    if problems != ["ok"]:
        raise _BrokenDatabase("; ".join(problems[:3]))
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise SampleStoreError(
            f"The drawings database was made by a newer version of the app (format {version})."
        )
    columns = tuple(row[1] for row in conn.execute("PRAGMA table_info(samples)"))
    if columns and columns != _COLUMNS:  # checked before anything is written to the file
        raise _BrokenDatabase(f"not a drawings database: its samples table has {columns}")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(_SCHEMA)
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        conn.execute("COMMIT")
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


def _open_checked(path: Path) -> sqlite3.Connection:
    """Open the database file for writing and check it.

    Raises:
        _BrokenDatabase: The file is corrupt or not a samples database.
        _CannotWrite: It cannot be opened for writing (read-only, no permission).
        SampleStoreError: It cannot be opened for another reason (locked, I/O).
    """
    try:
        conn = _connect(path)
    except sqlite3.Error as exc:
        raise _classify(exc, path) from exc
    try:
        _prepare_connection(conn)
    except sqlite3.Error as exc:
        conn.close()
        raise _classify(exc, path) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _classify(exc: sqlite3.Error, path: Path) -> Exception:
    """The exception that an SQLite error at open time stands for."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code in _BROKEN_CODES:
        return _BrokenDatabase(str(exc))
    message = _describe(exc, "open your saved drawings for writing", path, change=False)
    if code in _READ_ONLY_CODES or "readonly" in str(exc) or "unable to open" in str(exc):
        return _CannotWrite(message)
    return SampleStoreError(message)


def _open_read_only(path: Path) -> sqlite3.Connection:
    """The existing file opened read-only, or an empty read-only store in memory."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               isolation_level=None, check_same_thread=False)
    except sqlite3.Error:
        return _empty_read_only()
    try:
        problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
        columns = tuple(row[1] for row in conn.execute("PRAGMA table_info(samples)"))
        if problems == ["ok"] and columns == _COLUMNS:
            return conn
    except sqlite3.Error:
        pass
    conn.close()
    return _empty_read_only()


def _empty_read_only() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.execute(_SCHEMA)
    conn.execute("PRAGMA query_only=ON")
    return conn


def _move_aside(path: Path) -> Path:
    """Rename a broken database (and its -wal/-shm files) to ``<name>.broken-<time>``."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.broken-{stamp}-{counter}")
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    return target


def _readable_rows(broken: Path) -> dict[int, tuple]:
    """Rows still readable from a broken database (forwards, then backwards), by id."""
    rows: dict[int, tuple] = {}
    try:
        conn = sqlite3.connect(f"{broken.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return rows
    try:
        for order in ("ASC", "DESC"):
            query = f"SELECT {', '.join(_COLUMNS)} FROM samples ORDER BY id {order}"
            with contextlib.suppress(sqlite3.Error):
                for row in conn.execute(query):
                    if _valid_row(row):
                        rows.setdefault(row[0], row)
    finally:
        conn.close()
    return rows


def _valid_row(row: tuple) -> bool:
    sample_id, label, image, drawing, created, predicted, deleted = row
    return (
        isinstance(sample_id, int) and isinstance(label, int) and 0 <= label <= 9
        and isinstance(image, bytes) and len(image) == SIDE * SIDE
        and (drawing is None or isinstance(drawing, bytes))
        and isinstance(created, str)
        and (predicted is None or (isinstance(predicted, int) and 0 <= predicted <= 9))
        and deleted in (0, 1)
    )


def _salvage(broken: Path, conn: sqlite3.Connection) -> int:
    """Copy the readable rows of a broken database into a fresh one; how many."""
    rows = _readable_rows(broken)
    if not rows:
        return 0
    placeholders = ", ".join("?" * len(_COLUMNS))
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany(
            f"INSERT INTO samples ({', '.join(_COLUMNS)}) VALUES ({placeholders})",
            [rows[key] for key in sorted(rows)],
        )
        conn.execute("COMMIT")
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    return len(rows)


# --------------------------------------------------------------------------
# The store
# --------------------------------------------------------------------------


class SampleStore:
    """The person's labelled drawings in one SQLite file.

    Safe to share between threads (one connection behind a lock). Several
    processes may use the same file (WAL; writers wait up to 5 s).

    Attributes:
        path: The database file.
        recovered_from: Where a damaged database file was moved when this store
            was opened (a fresh one was started), else None.
        salvaged: How many samples were copied out of that damaged file.
        read_only: The file could not be opened for writing (read-only folder or
            file, no permission): what it holds can be read, every change raises
            SampleStoreError.
        problem: Why the store is read-only, for the person; else None.

    Raises:
        SampleStoreError: (from the constructor) The file cannot be opened at
            all for a reason other than damage or read-only (locked, I/O error),
            or it was written by a newer version.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.recovered_from: Path | None = None
        self.salvaged = 0
        self.read_only = False
        self.problem: str | None = None
        self._lock = threading.RLock()
        self._conn = self._open()

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return self._read_only(f"Cannot create the folder for your drawings "
                                   f"({self.path.parent}): {exc.strerror or exc}")
        try:
            return _open_checked(self.path)
        except _CannotWrite as exc:
            return self._read_only(str(exc))
        except _BrokenDatabase:
            pass
        try:
            self.recovered_from = _move_aside(self.path)
        except OSError as exc:
            return self._read_only(f"Your drawings database ({self.path}) is damaged and "
                                   f"cannot be moved aside: {exc.strerror or exc}")
        try:
            conn = _open_checked(self.path)
        except _CannotWrite as exc:
            return self._read_only(str(exc))
        with contextlib.suppress(sqlite3.Error):
            self.salvaged = _salvage(self.recovered_from, conn)
        return conn

    def _read_only(self, problem: str) -> sqlite3.Connection:
        self.read_only, self.problem = True, problem
        return _open_read_only(self.path)

    # ------------------------------------------------------------ plumbing

    def close(self) -> None:
        """Close the database (further calls fail)."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> SampleStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _write(self, doing: str) -> Iterator[sqlite3.Connection]:
        """One write transaction; any failure rolls it back completely."""
        with self._lock:
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
                yield conn
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback()
                raise SampleStoreError(_describe(exc, doing, self.path)) from exc
            except BaseException:
                self._rollback()
                raise

    def _rollback(self) -> None:
        if self._conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")

    def _read(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise SampleStoreError(
                    _describe(exc, "read your saved drawings", self.path, change=False)) from exc

    # -------------------------------------------------------------- writing

    def add(self, network_input: np.ndarray, label: int, drawing_png: bytes | None = None,
            predicted: int | None = None) -> int:
        """Store one labelled drawing; return its id once it is committed to disk.

        Args:
            network_input: The 28x28 network input: float in [0, 1] or uint8.
            label: The right digit, 0-9.
            drawing_png: The original drawing as PNG bytes, or None.
            predicted: The digit the network had said (the one corrected), or None.

        Returns:
            The new sample's id.

        Raises:
            ValueError: Bad shape, dtype, values, label, predicted or drawing.
            SampleStoreError: It could not be saved (read-only, disk full...).
        """
        image = to_uint8_input(network_input).tobytes()
        label = _check_digit(label, "the label")
        predicted = None if predicted is None else _check_digit(predicted, "the prediction")
        drawing = _check_drawing(drawing_png)
        with self._write("save the drawing") as conn:
            cursor = conn.execute(
                "INSERT INTO samples (label, image, drawing, created, predicted) "
                "VALUES (?, ?, ?, ?, ?)", (label, image, drawing, now_iso(), predicted))
            return int(cursor.lastrowid)

    def relabel(self, sample_id: int, label: int) -> None:
        """Give one sample another label (see :meth:`relabel_many`)."""
        self.relabel_many([sample_id], label)

    def relabel_many(self, sample_ids: Iterable[int], label: int) -> int:
        """Give samples another label, in one transaction.

        Returns:
            How many samples were relabelled.

        Raises:
            ValueError: The label is not a digit.
            KeyError: An id does not exist (nothing is changed).
            SampleStoreError: The change could not be saved.
        """
        label = _check_digit(label, "the label")
        return self._update_many(sample_ids, "label = ?", (label,), "change the label")

    def delete(self, sample_id: int) -> None:
        """Delete one sample; :meth:`undelete` brings it back until a purge."""
        self.delete_many([sample_id])

    def delete_many(self, sample_ids: Iterable[int]) -> int:
        """Soft-delete samples in one transaction; returns how many (KeyError if unknown)."""
        return self._update_many(sample_ids, "deleted = 1", (), "delete the drawing")

    def undelete(self, sample_id: int) -> None:
        """Undo the deletion of one sample."""
        self.undelete_many([sample_id])

    def undelete_many(self, sample_ids: Iterable[int]) -> int:
        """Undo the deletion of samples in one transaction; returns how many."""
        return self._update_many(sample_ids, "deleted = 0", (), "restore the drawing")

    def _update_many(self, sample_ids: Iterable[int], assignment: str, values: tuple,
                     doing: str) -> int:
        ids = [int(sample_id) for sample_id in sample_ids]
        with self._write(doing) as conn:
            for sample_id in ids:
                cursor = conn.execute(
                    f"UPDATE samples SET {assignment} WHERE id = ?",
                    (*values, sample_id))
                if cursor.rowcount != 1:
                    raise KeyError(f"no sample with id {sample_id}")
        return len(ids)

    def purge_deleted(self) -> int:
        """Remove deleted samples for good, their bytes too; returns how many.

        After the rows are gone the file is rebuilt (VACUUM: a deleted row's
        bytes would otherwise linger in free pages) and the write-ahead log,
        which still holds the pages as they were written, is emptied.

        Raises:
            SampleStoreError: The deletion could not be saved (read-only, I/O).
        """
        with self._write("remove deleted drawings") as conn:
            count = conn.execute("DELETE FROM samples WHERE deleted = 1").rowcount
        if count:
            self._compact()
        return count

    def _compact(self) -> None:
        """VACUUM and truncate the WAL; a failure (no space for the copy) is only logged."""
        with self._lock:
            try:
                self._conn.execute("VACUUM")
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except sqlite3.Error as exc:
                log.warning("drawings database not compacted (%s): %s", self.path, exc)

    # -------------------------------------------------------------- reading

    def list(self, label: int | None = None) -> list[Sample]:
        """The stored samples (not deleted), newest first, optionally of one digit."""
        sql = ("SELECT id, label, image, drawing IS NOT NULL, created, predicted "
               "FROM samples WHERE deleted = 0")
        params: tuple = ()
        if label is not None:
            sql += " AND label = ?"
            params = (_check_digit(label, "the label"),)
        return [_row_to_sample(row) for row in self._read(sql + " ORDER BY id DESC", params)]

    def get(self, sample_id: int) -> Sample:
        """One sample by id, deleted or not.

        Raises:
            KeyError: No such id.
        """
        rows = self._read("SELECT id, label, image, drawing IS NOT NULL, created, predicted "
                          "FROM samples WHERE id = ?", (int(sample_id),))
        if not rows:
            raise KeyError(f"no sample with id {sample_id}")
        return _row_to_sample(rows[0])

    def drawing(self, sample_id: int) -> bytes | None:
        """The original drawing of a sample as PNG bytes, or None (KeyError if unknown)."""
        rows = self._read("SELECT drawing FROM samples WHERE id = ?", (int(sample_id),))
        if not rows:
            raise KeyError(f"no sample with id {sample_id}")
        return rows[0][0]

    def counts(self) -> dict[int, int]:
        """How many samples of each digit (all ten digits, zeros included)."""
        counts = dict.fromkeys(range(10), 0)
        rows = self._read("SELECT label, COUNT(*) FROM samples WHERE deleted = 0 GROUP BY label")
        counts.update(rows)
        return counts

    def __len__(self) -> int:
        return self._read("SELECT COUNT(*) FROM samples WHERE deleted = 0")[0][0]

    def training_arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """Images uint8 (N, 28, 28) and labels uint8 (N,) of the samples, oldest first."""
        rows = self._read("SELECT image, label FROM samples WHERE deleted = 0 ORDER BY id")
        images = np.frombuffer(b"".join(row[0] for row in rows), dtype=np.uint8)
        labels = np.array([row[1] for row in rows], dtype=np.uint8)
        return images.reshape(len(rows), SIDE, SIDE).copy(), labels

    def integrity_check(self) -> list[str]:
        """SQLite's full ``PRAGMA integrity_check``: ``["ok"]`` when all is well."""
        return [row[0] for row in self._read("PRAGMA integrity_check")]

    # --------------------------------------------------------------- export

    def export_folder(self, folder: str | os.PathLike[str]) -> int:
        """Write every sample as ``<folder>/<label>/sample-<id>.png``; returns how many.

        The PNG is the 28x28 network input, white ink on black like MNIST; its
        text chunks keep the prediction and the date (import reads them back).

        Raises:
            SampleStoreError: The folder or a file cannot be written.
        """
        folder = Path(folder)
        samples = self.list()
        try:
            for sample in samples:
                target = folder / str(sample.label) / _export_name(sample)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(_sample_png(sample))
        except OSError as exc:
            raise SampleStoreError(f"Cannot export to {folder}: {exc.strerror or exc}") from exc
        return len(samples)

    def export_archive(self, archive: str | os.PathLike[str]) -> int:
        """Write every sample into a zip (``<label>/sample-<id>.png``); returns how many.

        The archive is written to a temporary file and renamed into place, so a
        failure never leaves a half-written zip under the requested name.

        Raises:
            SampleStoreError: The archive cannot be written.
        """
        archive = Path(archive)
        samples = self.list()
        temporary = None
        try:
            archive.parent.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(prefix=f".{archive.name}.", dir=archive.parent)
            temporary = Path(name)
            with os.fdopen(handle, "wb") as file, zipfile.ZipFile(
                    file, "w", zipfile.ZIP_DEFLATED) as zipped:
                for sample in samples:
                    zipped.writestr(f"{sample.label}/{_export_name(sample)}", _sample_png(sample))
            os.replace(temporary, archive)
        except OSError as exc:
            if temporary is not None:
                temporary.unlink(missing_ok=True)
            raise SampleStoreError(f"Cannot write {archive}: {exc.strerror or exc}") from exc
        return len(samples)

    # --------------------------------------------------------------- import

    def import_folder(self, folder: str | os.PathLike[str]) -> ImportResult:
        """Import images from ``<folder>/<digit>/*`` and ``<folder>/<digit>_*``.

        A 28x28 gray image on a black background (as exported) is stored
        exactly as it is; any other image goes through ``preprocess.prepare``.
        Images already stored with the same label are skipped. Everything is
        added in one transaction.

        Raises:
            SampleStoreError: Not a folder, too many files, or the store cannot write.
        """
        folder = Path(folder)
        if not folder.is_dir():
            raise SampleStoreError(f"Not a folder: {folder}")
        result = ImportResult()
        entries = _folder_entries(folder, result)
        return self._import(_read_files(entries, result), result)

    def import_archive(self, archive: str | os.PathLike[str]) -> ImportResult:
        """Import images from a zip, laid out as for :meth:`import_folder`.

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
                return self._import(_read_members(zipped, result), result)
        except SampleStoreError:
            raise
        except (zipfile.BadZipFile, zipfile.LargeZipFile) as exc:
            raise SampleStoreError(f"{archive} is not a readable zip archive: {exc}") from exc
        except OSError as exc:
            raise SampleStoreError(f"Cannot read {archive}: {exc.strerror or exc}") from exc

    def import_path(self, path: str | os.PathLike[str]) -> ImportResult:
        """Import a folder, or a zip archive (any file that is not a folder)."""
        path = Path(path)
        if path.is_dir():
            return self.import_folder(path)
        if not path.exists():
            raise SampleStoreError(f"No such file or folder: {path}")
        return self.import_archive(path)

    def _import(self, files: Iterator[tuple[str, int, bytes]], result: ImportResult
                ) -> ImportResult:
        incoming = [item for item in (_decode(name, label, data, result)
                                      for name, label, data in files) if item is not None]
        with self._write("import the drawings") as conn:
            known = set(conn.execute("SELECT label, image FROM samples WHERE deleted = 0"))
            for item in incoming:
                if (item.label, item.image) in known:
                    result.duplicates += 1
                    continue
                conn.execute(
                    "INSERT INTO samples (label, image, created, predicted) VALUES (?, ?, ?, ?)",
                    (item.label, item.image, item.created or now_iso(), item.predicted))
                result.added += 1
        return result


# --------------------------------------------------------------------------
# Export and import helpers
# --------------------------------------------------------------------------


def _export_name(sample: Sample) -> str:
    return f"sample-{sample.id:06d}.png"


def _sample_png(sample: Sample) -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text(_MARKER_KEY, _MARKER_VALUE)
    info.add_text("label", str(sample.label))
    info.add_text("created", sample.created)
    if sample.predicted is not None:
        info.add_text("predicted", str(sample.predicted))
    buffer = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(sample.image)).save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue()


def entry_label(name: str) -> int | None:
    """The digit label of a relative path like ``7/x.png`` or ``7_x.png``, else None.

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
    if len(parts) >= 2 and len(parts[-2]) == 1 and parts[-2].isdigit():
        return int(parts[-2])
    match = _LABEL_PREFIX.match(parts[-1])
    return int(match.group(1)) if match else None


def _folder_entries(folder: Path, result: ImportResult) -> list[tuple[str, int, Path]]:
    """The image files of an import folder with their labels (one level of digit folders)."""
    entries: list[tuple[str, int, Path]] = []
    for child in sorted(folder.iterdir()):
        if child.is_dir() and len(child.name) == 1 and child.name.isdigit():
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
                raise SampleStoreError(f"{folder} holds more than {MAX_MEMBERS} images")
    return entries


def _read_files(entries: list[tuple[str, int, Path]], result: ImportResult
                ) -> Iterator[tuple[str, int, bytes]]:
    for name, label, path in entries:
        try:
            with path.open("rb") as file:
                data = file.read(MAX_MEMBER_BYTES + 1)
        except OSError as exc:
            result.failed.append(f"{name}: {exc.strerror or exc}")
            continue
        if len(data) > MAX_MEMBER_BYTES:
            result.failed.append(f"{name}: larger than {MAX_MEMBER_BYTES // 2**20} MB")
            continue
        yield name, label, data


def _read_members(zipped: zipfile.ZipFile, result: ImportResult
                  ) -> Iterator[tuple[str, int, bytes]]:
    members = zipped.infolist()
    if len(members) > MAX_MEMBERS:
        raise SampleStoreError(f"The archive has too many members ({len(members)}; "
                               f"at most {MAX_MEMBERS})")
    if sum(member.file_size for member in members) > MAX_ARCHIVE_BYTES:
        raise SampleStoreError(f"The archive is too large once unpacked "
                               f"(more than {MAX_ARCHIVE_BYTES // 2**20} MB)")
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
    too_large = f"{member.filename}: larger than {MAX_MEMBER_BYTES // 2**20} MB"
    if member.file_size > MAX_MEMBER_BYTES:
        result.failed.append(too_large)
        return None
    try:
        with zipped.open(member) as file:
            data = file.read(MAX_MEMBER_BYTES + 1)
    except (zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError, ValueError) as exc:
        result.failed.append(f"{member.filename}: {exc}")
        return None
    if len(data) > MAX_MEMBER_BYTES:
        result.failed.append(too_large)
        return None
    return data


def _decode(name: str, label: int, data: bytes, result: ImportResult) -> _Incoming | None:
    """Turn one image file's bytes into a sample, or count it as blank or failed."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > MAX_IMPORT_PIXELS:
                raise ValueError(f"too many pixels ({width}x{height})")
            image.load()
            array = _network_input_or_none(image)
            info = dict(image.info)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        result.failed.append(f"{name}: not a usable image ({exc})")
        return None
    if array is None:
        result.blank += 1
        return None
    return _Incoming(label, array.tobytes(), _created_from(info), _predicted_from(info))


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

