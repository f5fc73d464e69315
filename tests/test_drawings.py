"""model.drawings.SampleStore: storing, editing, crashes and damaged files.

Export and import are tested in tests/test_drawings_exchange.py.

Read-only and disk-full are simulated inside SQLite, which enforces them even
for root (chmod does not stop root): a connection opened with ``mode=ro`` or
switched to ``PRAGMA query_only`` (SQLITE_READONLY), and ``PRAGMA
max_page_count`` capped at the current size (SQLITE_FULL, "database or disk is
full"), plus a patched ``_connect`` that raises like a folder that cannot be
written.
"""

from __future__ import annotations

import io
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from model.drawings import SampleStore, SampleStoreError, recovery

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def store(tmp_path):
    with SampleStore(tmp_path / "samples.sqlite3") as opened:
        yield opened


def image(seed: int) -> np.ndarray:
    """A distinct uint8 28x28 input with a black border (like an exported one)."""
    rng = np.random.default_rng(seed)
    values = np.zeros((28, 28), np.uint8)
    values[4:24, 4:24] = rng.integers(1, 256, (20, 20), dtype=np.uint8)
    return values


def drawing_png(side: int = 60) -> bytes:
    canvas = Image.new("L", (side, side), 255)
    canvas.paste(0, (side // 2 - 3, 5, side // 2 + 3, side - 5))  # a vertical bar: a one
    buffer = io.BytesIO()
    canvas.save(buffer, "PNG")
    return buffer.getvalue()


def fill(store: SampleStore, labels: list[int]) -> list[int]:
    return [store.add(image(i), label, None, (label + 1) % 10) for i, label in enumerate(labels)]


def snapshot(store: SampleStore) -> dict[int, tuple[int, bytes]]:
    return {s.id: (s.label, s.image.tobytes()) for s in store.list()}


# --- adding, listing, counting ---------------------------------------------------


def test_a_correction_stores_one_row_with_its_label_input_and_drawing(store):
    network_input = np.linspace(0, 1, 784, dtype=np.float32).reshape(28, 28)
    png = drawing_png()
    sample_id = store.add(network_input, 7, png, predicted=1)
    [sample] = store.list()
    assert (sample.id, sample.label, sample.predicted) == (sample_id, 7, 1) and sample.has_drawing
    np.testing.assert_array_equal(sample.image, np.rint(network_input * 255).astype(np.uint8))
    assert sample.created.endswith("+00:00")
    assert store.drawing(sample_id) == png
    assert len(store) == 1 and store.counts() == {d: int(d == 7) for d in range(-1, 10)}


@pytest.mark.parametrize(
    ("network_input", "label", "predicted", "png"),
    [
        (np.zeros((28, 27), np.float32), 1, None, None),
        (np.zeros((28, 28), np.int64), 1, None, None),
        (np.full((28, 28), 1.5, np.float32), 1, None, None),
        (np.full((28, 28), np.nan, np.float32), 1, None, None),
        (np.zeros((28, 28), np.float32), 10, None, None),
        (np.zeros((28, 28), np.float32), -2, None, None),
        (np.zeros((28, 28), np.float32), 3, -1, None),
        (np.zeros((28, 28), np.float32), True, None, None),
        (np.zeros((28, 28), np.float32), 3, 11, None),
        (np.zeros((28, 28), np.float32), 3, None, b"GIF89a not a png"),
    ],
)
def test_add_refuses_bad_input_and_stores_nothing(store, network_input, label, predicted, png):
    with pytest.raises(ValueError):
        store.add(network_input, label, png, predicted)
    assert len(store) == 0


def test_counts_cover_all_digits_and_list_filters_by_digit(store):
    ids = fill(store, [3, 3, 5, 0, 3])
    assert store.counts() == {-1: 0, 0: 1, 1: 0, 2: 0, 3: 3, 4: 0, 5: 1, 6: 0, 7: 0, 8: 0, 9: 0}
    assert [s.id for s in store.list(3)] == [ids[4], ids[1], ids[0]]  # newest first
    assert [s.label for s in store.list()] == [3, 0, 5, 3, 3]
    assert store.list(9) == []


def test_training_arrays_are_uint8_images_and_labels_of_live_samples(store):
    ids = fill(store, [4, 2, 9])
    store.delete(ids[1])
    images, labels = store.training_arrays()
    assert images.dtype == np.uint8 and images.shape == (2, 28, 28)
    assert labels.tolist() == [4, 9]
    np.testing.assert_array_equal(images[1], image(2))


def test_training_arrays_of_an_empty_store(store):
    images, labels = store.training_arrays()
    assert images.shape == (0, 28, 28) and labels.shape == (0,)


# --- relabel / delete / undo / purge --------------------------------------------


def test_relabel_changes_the_label_and_keeps_the_rest(store):
    [first, second] = fill(store, [1, 2])
    store.relabel(first, 7)
    assert store.get(first).label == 7 and store.get(second).label == 2
    assert store.get(first).predicted == 2  # what the network said is kept
    with pytest.raises(ValueError):
        store.relabel(first, 12)
    with pytest.raises(KeyError):
        store.relabel(9999, 3)


def test_relabel_many_is_all_or_nothing(store):
    ids = fill(store, [1, 1, 1])
    with pytest.raises(KeyError):
        store.relabel_many([ids[0], 9999, ids[2]], 4)
    assert [s.label for s in store.list()] == [1, 1, 1]
    assert store.relabel_many(ids, 4) == 3
    assert store.counts()[4] == 3


def test_delete_then_undelete_then_purge(store):
    ids = fill(store, [1, 2, 3])
    store.delete(ids[1])
    assert [s.id for s in store.list()] == [ids[2], ids[0]] and len(store) == 2
    assert store.counts()[2] == 0
    store.undelete(ids[1])
    assert len(store) == 3 and store.get(ids[1]).label == 2
    store.delete_many([ids[0], ids[1]])
    assert store.purge_deleted() == 2
    assert [s.id for s in store.list()] == [ids[2]]
    with pytest.raises(KeyError):
        store.undelete(ids[0])
    assert store.add(image(9), 5) > ids[2]  # ids are never reused after a purge




# --- killed writer (fault injection) ----------------------------------------------

SAMPLE_FOR = """
def sample_for(n):
    import numpy as np
    values = ((np.arange(784, dtype=np.int64) * (n + 1) + n) % 256).astype(np.uint8)
    drawing = b"\\x89PNG\\r\\n\\x1a\\n" + bytes([n % 251]) * (2000 + n % 3000)
    return values.reshape(28, 28), n % 10, drawing, None if n % 3 == 0 else (n + 1) % 10
"""

WRITER = SAMPLE_FOR + """
import sys
from model.drawings import SampleStore
store = SampleStore(sys.argv[1])
n = int(sys.argv[2])
while True:
    values, label, drawing, predicted = sample_for(n)
    sample_id = store.add(values, label, drawing, predicted)
    print(sample_id, n, flush=True)
    n += 1
"""


def _sample_for(n: int) -> tuple:
    namespace: dict = {}
    exec(SAMPLE_FOR, namespace)  # the writer process runs this same code
    return namespace["sample_for"](n)


def _kill_writer_after(path: Path, start: int, lines: int, pause: float) -> list[tuple[int, int]]:
    """Run a writer, read ``lines`` reported ids, wait ``pause`` s, SIGKILL it."""
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(start)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True)
    reported = []
    try:
        while len(reported) < lines:
            line = writer.stdout.readline()
            assert line, f"the writer stopped early: {writer.stderr.read()}"
            sample_id, n = map(int, line.split())
            reported.append((sample_id, n))
        time.sleep(pause)
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        writer.stdout.close()
        writer.stderr.close()
    return reported  # lines printed after we stopped reading are not counted as reported


@pytest.mark.faults
def test_every_reported_sample_survives_a_kill(tmp_path):
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    path = tmp_path / "samples.sqlite3"
    reported: list[tuple[int, int]] = []
    for round_ in range(10):
        reported += _kill_writer_after(path, round_ * 100_000, rng.randint(1, 25),
                                       rng.choice([0, 0.001, 0.005, 0.02]))
    with SampleStore(path) as store:
        assert store.recovered_from is None, f"seed {seed}"
        assert store.integrity_check() == ["ok"], f"seed {seed}"
        for sample_id, n in reported:
            values, label, drawing, predicted = _sample_for(n)
            sample = store.get(sample_id)
            assert (sample.label, sample.predicted) == (label, predicted), f"seed {seed}"
            np.testing.assert_array_equal(sample.image, values, err_msg=f"seed {seed}")
            assert store.drawing(sample_id) == drawing, f"seed {seed}"
        assert len({sample_id for sample_id, _ in reported}) == len(reported)
        assert len(store) >= len(reported)


# --- damaged files, read-only, disk full (fault injection) ------------------------


def _write_garbage(path: Path) -> None:
    path.write_bytes(random.Random(1).randbytes(8192))


def _truncate(path: Path) -> None:
    with SampleStore(path) as full:
        fill(full, list(range(10)) * 5)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _overwrite_a_page(path: Path) -> None:
    with SampleStore(path) as full:
        fill(full, list(range(10)) * 5)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 4096] = b"\xa5" * 4096
    path.write_bytes(data)


def _other_database(path: Path) -> None:
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE samples (name TEXT)")
        other.execute("INSERT INTO samples VALUES ('someone else')")
    other.close()


@pytest.mark.faults
@pytest.mark.parametrize("damage", [_write_garbage, _truncate, _overwrite_a_page, _other_database])
def test_damaged_database_is_kept_aside_and_a_fresh_one_works(tmp_path, damage):
    path = tmp_path / "samples.sqlite3"
    damage(path)
    damaged = path.read_bytes()
    with SampleStore(path) as store:
        assert store.recovered_from is not None and store.recovered_from.exists()
        assert store.recovered_from.name.startswith("samples.sqlite3.broken-")
        assert store.recovered_from.read_bytes() == damaged  # kept byte for byte
        assert store.integrity_check() == ["ok"] and not store.read_only
        for sample in store.list():  # salvaged rows are real samples, unchanged
            assert sample.label == (sample.id - 1) % 10
            np.testing.assert_array_equal(sample.image, image(sample.id - 1))
        assert len(store) == store.salvaged
        new_id = store.add(image(99), 4)
        assert store.get(new_id).label == 4
    with SampleStore(path) as again:  # the fresh file is healthy on the next start
        assert again.recovered_from is None and again.get(new_id).label == 4


@pytest.mark.faults
def test_a_page_of_garbage_loses_only_that_page(tmp_path):
    path = tmp_path / "samples.sqlite3"
    _overwrite_a_page(path)
    with SampleStore(path) as store:
        assert 0 < store.salvaged < 50


@pytest.mark.faults
def test_zero_length_file_is_an_empty_store(tmp_path):
    path = tmp_path / "samples.sqlite3"
    path.write_bytes(b"")
    with SampleStore(path) as store:  # SQLite's own view: a valid, empty database
        assert store.recovered_from is None and len(store) == 0
        store.add(image(1), 1)
        assert store.integrity_check() == ["ok"]


@pytest.mark.faults
def test_damaged_files_are_never_overwritten(tmp_path):
    path = tmp_path / "samples.sqlite3"
    kept = []
    for attempt in range(3):
        path.write_bytes(b"garbage %d " % attempt * 100)
        with SampleStore(path) as store:
            kept.append(store.recovered_from)
    assert len(set(kept)) == 3
    assert [p.read_bytes()[:9] for p in kept] == [b"garbage 0", b"garbage 1", b"garbage 2"]


@pytest.mark.faults
def test_newer_format_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "samples.sqlite3"
    with sqlite3.connect(path) as newer:
        newer.execute("PRAGMA user_version = 99")
    newer.close()
    with pytest.raises(SampleStoreError, match="newer version"):
        SampleStore(path)
    assert list(tmp_path.iterdir()) == [path]


@pytest.mark.faults
def test_read_only_database_opens_for_reading_and_refuses_changes(tmp_path, monkeypatch):
    path = tmp_path / "samples.sqlite3"
    with SampleStore(path) as writable:
        ids = fill(writable, [1, 2, 3])
        expected = snapshot(writable)

    def read_only_connect(target):  # SQLite enforces mode=ro, even for root
        return sqlite3.connect(f"{Path(target).as_uri()}?mode=ro", uri=True,
                               isolation_level=None, check_same_thread=False)

    monkeypatch.setattr(recovery, "_connect", read_only_connect)
    with SampleStore(path) as store:
        assert store.read_only and "read-only" in str(store.problem)
        assert snapshot(store) == expected
        for change in (lambda: store.add(image(9), 9), lambda: store.relabel(ids[0], 5),
                       lambda: store.delete(ids[1]), lambda: store.purge_deleted()):
            with pytest.raises(SampleStoreError, match="read-only"):
                change()
        assert snapshot(store) == expected
    monkeypatch.undo()
    with SampleStore(path) as after:
        assert snapshot(after) == expected and not after.read_only


@pytest.mark.faults
def test_folder_that_cannot_be_written_gives_an_empty_read_only_store(tmp_path, monkeypatch):
    def refuse(target):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(recovery, "_connect", refuse)
    with SampleStore(tmp_path / "samples.sqlite3") as store:
        assert store.read_only and len(store) == 0 and store.counts()[0] == 0
        with pytest.raises(SampleStoreError, match="Cannot save the drawing"):
            store.add(image(1), 1)


@pytest.mark.faults
def test_read_only_mid_session_leaves_the_previous_state(store):
    ids = fill(store, [1, 2])
    before = snapshot(store)
    store._conn.execute("PRAGMA query_only = ON")  # the file turned read-only
    with pytest.raises(SampleStoreError, match="read-only.*Nothing was changed"):
        store.add(image(5), 5)
    with pytest.raises(SampleStoreError):
        store.delete_many(ids)
    assert snapshot(store) == before
    store._conn.execute("PRAGMA query_only = OFF")
    store.add(image(5), 5)
    assert len(store) == 3


@pytest.mark.faults
def test_disk_full_on_add_and_import_leaves_the_previous_state(store, tmp_path):
    fill(store, [1, 2])
    before = snapshot(store)
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLITE_FULL on growth
    with pytest.raises(SampleStoreError, match="disk is full"):
        for n in range(200):  # the first adds may still fit in free pages
            store.add(image(n), n % 10, drawing_png(200))
    folder = tmp_path / "many"
    for n in range(40):
        (folder / str(n % 10)).mkdir(parents=True, exist_ok=True)
        Image.fromarray(image(1000 + n)).save(folder / str(n % 10) / f"{n}.png")
    full = snapshot(store)
    with pytest.raises(SampleStoreError, match="disk is full"):
        store.import_folder(folder)
    assert snapshot(store) == full  # the import was one transaction: none of it went in
    assert {k: v for k, v in full.items() if k in before} == before
    assert store.integrity_check() == ["ok"]


def test_store_is_usable_from_several_threads(store):
    import threading
    from concurrent.futures import ThreadPoolExecutor

    lock = threading.Lock()
    begun = committed = 0

    def add(n):
        nonlocal begun, committed
        with lock:
            begun += 1
        sample_id = store.add(image(n), n % 10)
        with lock:
            committed += 1
        return sample_id

    def count(_):
        with lock:
            at_least = committed  # adds that had returned before this read began
        seen = sum(store.counts().values())
        with lock:
            at_most = begun  # adds that had begun before this read ended
        return at_least, seen, at_most

    with ThreadPoolExecutor(4) as pool:
        adds, reads = [], []
        for n in range(40):  # reads interleaved with the writes
            adds.append(pool.submit(add, n))
            reads.append(pool.submit(count, n))
        ids = [future.result() for future in adds]
        counts = [future.result() for future in reads]
    assert len(set(ids)) == 40 and len(store) == 40
    assert store.counts() == {-1: 0, **dict.fromkeys(range(10), 4)}
    # Each read saw every add that had returned and none that had not begun.
    assert all(low <= seen <= high for low, seen, high in counts), counts


def _file_bytes(path: Path) -> bytes:
    """The database file and its write-ahead log, as they are on disk."""
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_purge_removes_the_bytes_from_the_file(store):
    drawings = {label: drawing_png(40 + 4 * label) for label in (1, 2, 3)}
    ids = [store.add(image(100 + label), label, drawings[label]) for label in (1, 2, 3)]
    gone, kept = image(102).tobytes(), image(103).tobytes()
    store.delete(ids[1])
    assert gone in _file_bytes(store.path)  # a soft delete keeps it, for undo
    assert store.purge_deleted() == 1
    on_disk = _file_bytes(store.path)
    assert gone not in on_disk and drawings[2] not in on_disk
    assert kept in on_disk and drawings[3] in on_disk
    assert [s.id for s in store.list()] == [ids[2], ids[0]]


def test_purge_with_nothing_deleted_changes_nothing(store):
    fill(store, [4, 5])
    before = snapshot(store)
    assert store.purge_deleted() == 0
    assert snapshot(store) == before
