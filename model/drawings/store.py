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

Opening and recovering the file is :mod:`model.drawings.recovery`; export and
import, :mod:`model.drawings.exchange`; what a drawing must be,
:mod:`model.drawings.validation`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from model.drawings import exchange, recovery
from model.drawings.exchange import ImportResult
from model.drawings.validation import (
    LABELS,
    SIDE,
    Sample,
    SampleStoreError,
    check_digit,
    check_drawing,
    check_label,
    describe,
    now_iso,
    row_to_sample,
    to_uint8_input,
)

if TYPE_CHECKING:
    from model.drawings.exchange import Incoming

log = logging.getLogger(__name__)


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
        problem: Why the store is read-only (a SampleStoreError: its message in English,
            its reason code for the window); else None.

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
        self.problem: SampleStoreError | None = None
        self._lock = threading.RLock()
        self._conn = self._open()

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return self._read_only(SampleStoreError(
                f"Cannot create the folder for your drawings ({self.path.parent}): "
                f"{exc.strerror or exc}", "no-folder", path=self.path.parent))
        try:
            return recovery.open_checked(self.path)
        except recovery.CannotWrite as exc:
            return self._read_only(exc)
        except recovery.BrokenDatabase:
            pass
        try:
            self.recovered_from = recovery.move_aside(self.path)
        except OSError as exc:
            return self._read_only(SampleStoreError(
                f"Your drawings database ({self.path}) is damaged and cannot be moved aside: "
                f"{exc.strerror or exc}", "cannot-move-aside", path=self.path))
        try:
            conn = recovery.open_checked(self.path)
        except recovery.CannotWrite as exc:
            return self._read_only(exc)
        with contextlib.suppress(sqlite3.Error):
            self.salvaged = recovery.salvage(self.recovered_from, conn)
        return conn

    def _read_only(self, problem: SampleStoreError) -> sqlite3.Connection:
        self.read_only, self.problem = True, problem
        return recovery.open_read_only(self.path)

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
                raise describe(exc, doing, self.path) from exc
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
                raise describe(exc, "read your saved drawings", self.path, change=False) from exc

    # -------------------------------------------------------------- writing

    def add(self, network_input: np.ndarray, label: int, drawing_png: bytes | None = None,
            predicted: int | None = None) -> int:
        """Store one labelled drawing; return its id once it is committed to disk.

        Args:
            network_input: The 28x28 network input: float in [0, 1] or uint8.
            label: The right digit, 0-9, or NOT_A_DIGIT.
            drawing_png: The original drawing as PNG bytes, or None.
            predicted: The digit the network had said (the one corrected), or None.

        Returns:
            The new sample's id.

        Raises:
            ValueError: Bad shape, dtype, values, label, predicted or drawing.
            SampleStoreError: It could not be saved (read-only, disk full...).
        """
        image = to_uint8_input(network_input).tobytes()
        label = check_label(label, "the label")
        predicted = None if predicted is None else check_digit(predicted, "the prediction")
        drawing = check_drawing(drawing_png)
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
            ValueError: The label is not a digit or NOT_A_DIGIT.
            KeyError: An id does not exist (nothing is changed).
            SampleStoreError: The change could not be saved.
        """
        label = check_label(label, "the label")
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
        """The stored samples (not deleted), newest first, optionally of one label."""
        sql = ("SELECT id, label, image, drawing IS NOT NULL, created, predicted "
               "FROM samples WHERE deleted = 0")
        params: tuple = ()
        if label is not None:
            sql += " AND label = ?"
            params = (check_label(label, "the label"),)
        return [row_to_sample(row) for row in self._read(sql + " ORDER BY id DESC", params)]

    def labels_of(self, sample_ids: Iterable[int]) -> dict[int, int]:
        """The labels of those of ``sample_ids`` stored and not deleted, by id."""
        ids = [int(i) for i in sample_ids]
        if not ids:
            return {}
        marks = ", ".join("?" * len(ids))
        return dict(self._read(f"SELECT id, label FROM samples WHERE deleted = 0 AND id IN "
                               f"({marks})", tuple(ids)))

    def get(self, sample_id: int) -> Sample:
        """One sample by id, deleted or not.

        Raises:
            KeyError: No such id.
        """
        rows = self._read("SELECT id, label, image, drawing IS NOT NULL, created, predicted "
                          "FROM samples WHERE id = ?", (int(sample_id),))
        if not rows:
            raise KeyError(f"no sample with id {sample_id}")
        return row_to_sample(rows[0])

    def drawing(self, sample_id: int) -> bytes | None:
        """The original drawing of a sample as PNG bytes, or None (KeyError if unknown)."""
        rows = self._read("SELECT drawing FROM samples WHERE id = ?", (int(sample_id),))
        if not rows:
            raise KeyError(f"no sample with id {sample_id}")
        return rows[0][0]

    def counts(self) -> dict[int, int]:
        """How many samples of each label (NOT_A_DIGIT and all ten digits, zeros included)."""
        counts = dict.fromkeys(LABELS, 0)
        rows = self._read("SELECT label, COUNT(*) FROM samples WHERE deleted = 0 GROUP BY label")
        counts.update(rows)
        return counts

    def __len__(self) -> int:
        return self._read("SELECT COUNT(*) FROM samples WHERE deleted = 0")[0][0]

    def training_arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """Images uint8 (N, 28, 28) and labels int32 (N,) of the samples, oldest first.

        A drawing that is not a digit has the label NOT_A_DIGIT (-1), as the
        generated non-digits have in training.
        """
        return self.numbered_arrays()[1:]

    def numbered_arrays(self) -> tuple[list[int], np.ndarray, np.ndarray]:
        """The ids of the samples, and their images and labels as ``training_arrays`` has them."""
        rows = self._read("SELECT id, image, label FROM samples WHERE deleted = 0 ORDER BY id")
        images = np.frombuffer(b"".join(row[1] for row in rows), dtype=np.uint8)
        labels = np.array([row[2] for row in rows], dtype=np.int32)
        return [row[0] for row in rows], images.reshape(len(rows), SIDE, SIDE).copy(), labels

    def integrity_check(self) -> list[str]:
        """SQLite's full ``PRAGMA integrity_check``: ``["ok"]`` when all is well."""
        return [row[0] for row in self._read("PRAGMA integrity_check")]

    # ------------------------------------------------------- export, import

    def export_folder(self, folder: str | os.PathLike[str], label: int | None = None) -> int:
        """Write every drawing (of ``label``) as ``<folder>/<label>/sample-<id>.png``."""
        return exchange.export_folder(self.list(label), folder)

    def export_archive(self, archive: str | os.PathLike[str], label: int | None = None) -> int:
        """Write every drawing (of ``label``) into a zip (:func:`exchange.export_archive`)."""
        return exchange.export_archive(self.list(label), archive)

    def import_folder(self, folder: str | os.PathLike[str]) -> ImportResult:
        """Import images from ``<folder>/<label>/*`` and ``<folder>/<label>_*``."""
        return exchange.import_folder(self, folder)

    def import_archive(self, archive: str | os.PathLike[str]) -> ImportResult:
        """Import images from a zip (:func:`exchange.import_archive`)."""
        return exchange.import_archive(self, archive)

    def import_path(self, path: str | os.PathLike[str]) -> ImportResult:
        """Import a folder, or a zip archive (any file that is not a folder)."""
        return exchange.import_path(self, path)

    def add_imported(self, incoming: list[Incoming], result: ImportResult) -> ImportResult:
        """Store decoded imports in one transaction, skipping those already stored."""
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
