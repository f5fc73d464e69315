"""model.drawings export and import: folders and zips, round trips, unsafe archives, errors."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from model.drawings import ImportResult, SampleStore, SampleStoreError, exchange
from model.drawings.exchange import entry_label
from tests import test_drawings
from tests.test_drawings import drawing_png, fill, image

store = test_drawings.store  # its fixture: a new store in tmp_path


def test_export_folder_layout_is_one_folder_per_digit(store, tmp_path):
    ids = fill(store, [7, 0])
    assert store.export_folder(tmp_path / "out") == 2
    written = sorted(p.relative_to(tmp_path / "out").as_posix()
                     for p in (tmp_path / "out").rglob("*.png"))
    assert written == [f"0/sample-{ids[1]:06d}.png", f"7/sample-{ids[0]:06d}.png"]
    with Image.open(tmp_path / "out" / written[1]) as png:
        assert png.size == (28, 28) and png.mode == "L"
        np.testing.assert_array_equal(np.asarray(png), image(0))  # white ink on black


@pytest.mark.parametrize("kind", ["folder", "zip"])
def test_export_then_import_round_trips_every_sample(store, tmp_path, kind):
    labels = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 3, 3]
    fill(store, labels)
    store.add(np.random.default_rng(5).random((28, 28)).astype(np.float32), 8)  # float input
    store.add(image(0), 2)  # the same picture under another label
    before = store.list()
    target = tmp_path / ("export.zip" if kind == "zip" else "export")
    exported = store.export_archive(target) if kind == "zip" else store.export_folder(target)
    assert exported == len(before)

    with SampleStore(tmp_path / "other.sqlite3") as other:
        result = other.import_path(target)
        assert (result.added, result.blank) == (len(before), 0)
        assert result.failed == result.ignored == []
        after = other.list()

    def key(sample):
        return sample.label, sample.image.tobytes(), sample.predicted, sample.created

    assert sorted(map(key, after)) == sorted(map(key, before))


def test_importing_the_same_export_twice_adds_nothing_new(store, tmp_path):
    fill(store, [1, 2, 3])
    store.export_folder(tmp_path / "out")
    result = store.import_folder(tmp_path / "out")
    assert (result.added, result.duplicates) == (0, 3) and len(store) == 3


def test_import_prepares_ordinary_images_and_counts_blanks(store, tmp_path):
    folder = tmp_path / "mine"
    (folder / "1").mkdir(parents=True)
    (folder / "1" / "bar.png").write_bytes(drawing_png(200))  # black on white, large
    Image.new("L", (100, 100), 255).save(folder / "1" / "blank.png")  # no ink
    Image.new("L", (28, 28), 0).save(folder / "4_empty.png")  # an empty network input
    (folder / "7_top_level.png").write_bytes(drawing_png(90))
    (folder / "unlabelled.png").write_bytes(drawing_png(90))
    (folder / "notes.txt").write_text("not an image, not counted")
    (folder / "2").mkdir()
    (folder / "2" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n garbage")

    result = store.import_folder(folder)
    assert (result.added, result.blank) == (2, 2)
    assert result.ignored == ["unlabelled.png"]
    assert len(result.failed) == 1 and result.failed[0].startswith("2/broken.png")
    [seven, one] = store.list()
    assert (seven.label, one.label) == (7, 1)
    assert one.image.max() == 255 and one.image[0].max() == 0  # prepared: ink high, centred
    assert "2 drawings imported" in result.summary()


@pytest.mark.parametrize(
    ("name", "label"),
    [("7/x.png", 7), ("export/3/x.PNG", 3), ("5_x.jpg", 5), ("misc/6_x.png", 6),
     ("../7/evil.png", None), ("/7/abs.png", None), ("7/../../x.png", None),
     ("C:/7/x.png", None), ("7\\x.png", None), ("x.png", None), ("12/x.png", None),
     ("7/x.txt", None), ("__MACOSX/7/._x.png", None), ("7/.hidden.png", None), ("7/", None),
     ("7//x.png", None), ("not-a-digit/x.png", -1), ("not-a-digit_x.png", -1),
     ("-1/x.png", None), ("not_a_digit/x.png", None), ("not-a-digitx.png", None)],
)
def test_entry_labels_and_unsafe_names(name, label):
    assert entry_label(name) == label


def test_zip_slip_members_are_ignored_and_nothing_is_written(store, tmp_path):
    archive = tmp_path / "inside" / "evil.zip"
    archive.parent.mkdir()
    png = io.BytesIO()
    Image.fromarray(image(1)).save(png, "PNG")
    with zipfile.ZipFile(archive, "w") as zipped:
        for name in ("../evil.png", "../7/evil.png", "/abs.png", "/7/abs.png",
                     "7/../../escape.png", "x/evil.png", "3/good.png"):
            zipped.writestr(zipfile.ZipInfo(name), png.getvalue())
    everything_before = sorted(tmp_path.rglob("*"))

    result = store.import_archive(archive)
    assert result.added == 1 and [s.label for s in store.list()] == [3]
    assert len(result.ignored) == 6
    assert sorted(tmp_path.rglob("*")) == everything_before
    assert not Path("/abs.png").exists() and not Path("/7/abs.png").exists()


def test_too_large_member_is_refused_without_reading_it_all(store, tmp_path, monkeypatch):
    monkeypatch.setattr(exchange, "MAX_MEMBER_BYTES", 10_000)
    archive = tmp_path / "bomb.zip"
    png = io.BytesIO()
    Image.fromarray(image(1)).save(png, "PNG")
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr("1/bomb.png", b"\0" * 5_000_000)  # compresses to ~5 KB
        zipped.writestr("2/fine.png", png.getvalue())
    result = store.import_archive(archive)
    assert result.added == 1 and len(result.failed) == 1 and "1/bomb.png" in result.failed[0]


def test_member_that_lies_about_its_size_is_cut_off(store, tmp_path, monkeypatch):
    monkeypatch.setattr(exchange, "MAX_MEMBER_BYTES", 10_000)
    archive = tmp_path / "liar.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr("1/liar.png", b"\0" * 200_000)
    data = bytearray(archive.read_bytes())
    for header, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):  # uncompressed size := 100
        at = data.index(header)
        data[at + offset : at + offset + 4] = (100).to_bytes(4, "little")
    archive.write_bytes(data)
    result = store.import_archive(archive)
    assert result.added == 0 and len(result.failed) == 1 and len(store) == 0


def test_archive_with_too_many_members_is_refused(store, tmp_path, monkeypatch):
    monkeypatch.setattr(exchange, "MAX_MEMBERS", 5)
    archive = tmp_path / "many.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for i in range(6):
            zipped.writestr(f"1/{i}.png", b"x")
    with pytest.raises(SampleStoreError, match="too many members"):
        store.import_archive(archive)
    assert len(store) == 0


def test_archive_too_large_in_total_is_refused(store, tmp_path, monkeypatch):
    monkeypatch.setattr(exchange, "MAX_ARCHIVE_BYTES", 1000)
    archive = tmp_path / "big.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr("1/a.png", b"\0" * 2000)
    with pytest.raises(SampleStoreError, match="too large"):
        store.import_archive(archive)


def test_not_a_zip_and_missing_paths_give_clear_errors(store, tmp_path):
    bad = tmp_path / "bad.zip"
    bad.write_text("no zip here")
    with pytest.raises(SampleStoreError, match="not a readable zip"):
        store.import_path(bad)
    with pytest.raises(SampleStoreError, match="No such file"):
        store.import_path(tmp_path / "missing")
    with pytest.raises(SampleStoreError, match="Not a folder"):
        store.import_folder(bad)


def test_failed_archive_export_leaves_no_file(store, tmp_path, monkeypatch):
    fill(store, [1, 2])

    def broken_writestr(self, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", broken_writestr)
    with pytest.raises(SampleStoreError, match="No space left"):
        store.export_archive(tmp_path / "out.zip")
    assert list(tmp_path.glob("*.zip")) == [] and list(tmp_path.glob(".out.zip*")) == []


def test_import_result_summary_mentions_everything():
    result = ImportResult(added=1, blank=2, duplicates=3, ignored=["a"], failed=["b: bad"])
    assert result.summary() == ("1 drawing imported, 2 blank skipped, 3 already present, "
                                "1 without a digit label ignored, 1 unreadable")
