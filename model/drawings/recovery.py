"""Opening the drawings database: checked, read-only when it must, a damaged file moved aside.

A damaged database file is never deleted: it is renamed to
``<name>.broken-<timestamp>``, and what can still be read is copied into a
fresh database (:func:`salvage`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path

from model.drawings.validation import LABELS, SIDE, SampleStoreError, describe

SCHEMA_VERSION = 2  # 2: the label NOT_A_DIGIT (-1) is allowed
COLUMNS = ("id", "label", "image", "drawing", "created", "predicted", "deleted")
SCHEMA = """
CREATE TABLE IF NOT EXISTS samples (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    label     INTEGER NOT NULL CHECK (label BETWEEN -1 AND 9),
    image     BLOB    NOT NULL CHECK (length(image) = 784),
    drawing   BLOB,
    created   TEXT    NOT NULL,
    predicted INTEGER CHECK (predicted IS NULL OR predicted BETWEEN 0 AND 9),
    deleted   INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
)
"""
_BROKEN_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
_READ_ONLY_CODES = (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM)


class BrokenDatabase(Exception):
    """The database file is corrupt or is not a samples database."""


class CannotWrite(SampleStoreError):
    """The database file cannot be opened for writing (the message says why)."""



def _connect(path: Path) -> sqlite3.Connection:
    """A raw connection (autocommit; transactions are explicit). Patched by fault tests."""
    return sqlite3.connect(path, timeout=5.0, isolation_level=None, check_same_thread=False)


def _prepare_connection(conn: sqlite3.Connection) -> None:
    """Set the pragmas, check the file and create the table if needed.

    Raises:
        BrokenDatabase: The file is corrupt or holds something else.
        SampleStoreError: The file was written by a newer version.
        sqlite3.Error: Anything else (read-only, locked, I/O).
    """
    problems = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    if problems != ["ok"]:
        raise BrokenDatabase("; ".join(problems[:3]))
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise SampleStoreError(
            f"The drawings database was made by a newer version of the app (format {version}).",
            "newer-version")
    columns = tuple(row[1] for row in conn.execute("PRAGMA table_info(samples)"))
    if columns and columns != COLUMNS:  # checked before anything is written to the file
        raise BrokenDatabase(f"not a drawings database: its samples table has {columns}")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("BEGIN IMMEDIATE")
    try:
        if columns and version < SCHEMA_VERSION:
            _widen_labels(conn)
        conn.execute(SCHEMA)
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        conn.execute("COMMIT")
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


def _widen_labels(conn: sqlite3.Connection) -> None:
    """A version 1 table (labels 0-9 only) rebuilt with the version 2 check, rows and ids kept.

    SQLite cannot change a CHECK constraint in place. The table's id counter
    goes along, so an id purged before is still never reused.
    """
    conn.execute("ALTER TABLE samples RENAME TO samples_v1")
    conn.execute(SCHEMA)
    conn.execute(f"INSERT INTO samples ({', '.join(COLUMNS)}) "
                 f"SELECT {', '.join(COLUMNS)} FROM samples_v1")
    conn.execute("DELETE FROM sqlite_sequence WHERE name = 'samples'")
    conn.execute("INSERT INTO sqlite_sequence (name, seq) "
                 "SELECT 'samples', seq FROM sqlite_sequence WHERE name = 'samples_v1'")
    conn.execute("DROP TABLE samples_v1")


def open_checked(path: Path) -> sqlite3.Connection:
    """Open the database file for writing and check it.

    Raises:
        BrokenDatabase: The file is corrupt or not a samples database.
        CannotWrite: It cannot be opened for writing (read-only, no permission).
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
        return BrokenDatabase(str(exc))
    doing = "open your saved drawings for writing"
    if code in _READ_ONLY_CODES or "readonly" in str(exc) or "unable to open" in str(exc):
        error = describe(exc, doing, path, change=False, kind=CannotWrite)
        error.reason = error.reason or "read-only"
        return error
    return describe(exc, doing, path, change=False)


def open_read_only(path: Path) -> sqlite3.Connection:
    """The existing file opened read-only, or an empty read-only store in memory."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               isolation_level=None, check_same_thread=False)
    except sqlite3.Error:
        return _empty_read_only()
    try:
        problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
        columns = tuple(row[1] for row in conn.execute("PRAGMA table_info(samples)"))
        if problems == ["ok"] and columns == COLUMNS:
            return conn
    except sqlite3.Error:
        pass
    conn.close()
    return _empty_read_only()


def _empty_read_only() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.execute(SCHEMA)
    conn.execute("PRAGMA query_only=ON")
    return conn


def move_aside(path: Path) -> Path:
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
            query = f"SELECT {', '.join(COLUMNS)} FROM samples ORDER BY id {order}"
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
        isinstance(sample_id, int) and isinstance(label, int) and label in LABELS
        and isinstance(image, bytes) and len(image) == SIDE * SIDE
        and (drawing is None or isinstance(drawing, bytes))
        and isinstance(created, str)
        and (predicted is None or (isinstance(predicted, int) and 0 <= predicted <= 9))
        and deleted in (0, 1)
    )


def salvage(broken: Path, conn: sqlite3.Connection) -> int:
    """Copy the readable rows of a broken database into a fresh one; how many."""
    rows = _readable_rows(broken)
    if not rows:
        return 0
    placeholders = ", ".join("?" * len(COLUMNS))
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany(
            f"INSERT INTO samples ({', '.join(COLUMNS)}) VALUES ({placeholders})",
            [rows[key] for key in sorted(rows)],
        )
        conn.execute("COMMIT")
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    return len(rows)
