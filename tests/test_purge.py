"""Deleted means deleted: the app purges deleted drawings after the undo window and on close."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import numpy as np
import pytest

from app.samples_view import UNDO_WINDOW_MS, SamplesView
from model.drawings import SampleStore, recovery

pytestmark = pytest.mark.gui


def image(seed: int) -> np.ndarray:
    values = np.zeros((28, 28), np.uint8)
    values[4:24, 4:24] = np.random.default_rng(seed).integers(1, 256, (20, 20), dtype=np.uint8)
    return values


def on_disk(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def stored_blobs(path: Path) -> list[bytes]:
    with closing(sqlite3.connect(path)) as conn:
        return [bytes(row[0]) for row in conn.execute("SELECT drawing FROM samples")]


@pytest.fixture
def store(tmp_path):
    with SampleStore(tmp_path / "samples.sqlite3") as opened:
        for n, label in enumerate([3, 1, 7]):
            opened.add(image(n), label)
        yield opened


def test_deleted_drawings_go_for_good_when_the_undo_window_has_passed(qtbot, store):
    view = SamplesView(store)
    qtbot.addWidget(view)
    view.show()
    assert view.purge_timer.interval() == UNDO_WINDOW_MS
    target = view.shown_ids()[0]
    view.select_ids([target])
    view.purge_timer.setInterval(20)  # the window, shortened for the test
    assert view.delete_selected()
    assert view.undo_action.isEnabled() and image(2).tobytes() in on_disk(store.path)
    qtbot.waitUntil(lambda: not view.undo_action.isEnabled())
    with pytest.raises(KeyError):
        store.get(target)
    assert image(2).tobytes() not in on_disk(store.path)
    assert view.shown_ids() == [target - 1, target - 2] and len(store) == 2


def test_undo_within_the_window_keeps_the_drawing(qtbot, store):
    view = SamplesView(store)
    qtbot.addWidget(view)
    target = view.shown_ids()[1]
    view.select_ids([target])
    assert view.delete_selected() and view.purge_timer.isActive()
    assert "10 minutes" in view.message()
    view.undo()
    assert view.purge_deleted() == 0  # the window ends: nothing was left deleted
    assert store.get(target).label == 1 and len(store) == 3


def test_a_read_only_store_keeps_its_deleted_drawings_without_an_error(qtbot, tmp_path,
                                                                       monkeypatch):
    path = tmp_path / "samples.sqlite3"
    with SampleStore(path) as writable:
        deleted = writable.add(image(1), 1)
        writable.delete(deleted)

    def read_only_connect(target):  # SQLite enforces mode=ro, even for root
        return sqlite3.connect(f"{Path(target).as_uri()}?mode=ro", uri=True,
                               isolation_level=None, check_same_thread=False)

    monkeypatch.setattr(recovery, "_connect", read_only_connect)
    with SampleStore(path) as store:
        view = SamplesView(store)
        qtbot.addWidget(view)
        assert store.read_only and view.purge_deleted() == 0
        assert store.get(deleted).label == 1


def test_closing_the_app_purges_a_drawing_taken_back_with_ctrl_z(app_window, qtbot):
    window = app_window
    window.canvas.draw_stroke([(200, 80), (200, 320)])
    assert window.teaching.save_sample(1)
    store = window.session.drawings
    [blob] = stored_blobs(store.path)  # the bytes as the database holds them
    window.undo_action.trigger()  # takes the drawing just saved back out
    assert len(store) == 0 and blob in on_disk(store.path)
    window.close()
    assert blob not in on_disk(store.path)


def test_drawings_left_deleted_by_an_earlier_session_are_purged_when_opened(app_window):
    window = app_window
    path = window.data_dir / "samples.sqlite3"
    with SampleStore(path) as earlier:
        kept = earlier.add(image(5), 5)
        earlier.delete(earlier.add(image(6), 6))
    assert image(6).tobytes() in on_disk(path)
    assert [s.id for s in window.session.drawings.list()] == [kept]
    assert image(6).tobytes() not in on_disk(path)
