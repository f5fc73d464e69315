"""``main.py samples list|export|import`` and the store behind ``train --include-samples``."""

from __future__ import annotations

import sqlite3
import zipfile

import numpy as np
import pytest
from PIL import Image

import cli
import main
from model.drawings import SampleStore
from model.drawings import recovery as samples


@pytest.fixture
def data_home(tmp_path, monkeypatch):
    home = tmp_path / "data-home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home / "digit-canvas"


def run(capsys, *argv):
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def image(seed: int) -> np.ndarray:
    values = np.zeros((28, 28), np.uint8)
    values[4:24, 4:24] = np.random.default_rng(seed).integers(1, 256, (20, 20), dtype=np.uint8)
    return values


def labelled_folder(root, labels):
    for n, label in enumerate(labels):
        (root / str(label)).mkdir(parents=True, exist_ok=True)
        Image.fromarray(image(n)).save(root / str(label) / f"d{n}.png")
    return root


def test_list_without_a_database_creates_nothing(capsys, data_home):
    code, out, _ = run(capsys, "samples", "list")
    assert code == 0 and "no drawings yet" in out
    assert not data_home.exists()


def test_import_then_list_shows_rows_and_counts(capsys, data_home, tmp_path):
    folder = labelled_folder(tmp_path / "in", [3, 3, 8])
    code, out, err = run(capsys, "samples", "import", str(folder))
    assert code == 0 and out.strip() == "3 drawings imported" and err == ""

    code, out, _ = run(capsys, "samples", "list")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["id", "label", "predicted", "created", "(UTC)"]
    assert [line.split()[:3] for line in lines[1:4]] == [["1", "3", "-"], ["2", "3", "-"],
                                                        ["3", "8", "-"]]
    assert "3 drawing(s)" in out
    count_row = next(line for line in lines if line.startswith("count")).split()[1:]
    assert count_row == ["0", "0", "0", "2", "0", "0", "0", "0", "1", "0", "0"]

    code, out, _ = run(capsys, "samples", "list", "--digit", "8")
    assert [line.split()[1] for line in out.splitlines()[1:2]] == ["8"]


def test_not_a_digit_drawings_are_imported_listed_filtered_and_counted(
        capsys, data_home, tmp_path):
    folder = labelled_folder(tmp_path / "in", [3, "not-a-digit", "not-a-digit"])
    code, out, _ = run(capsys, "samples", "import", str(folder))
    assert code == 0 and out.strip() == "3 drawings imported"

    code, out, _ = run(capsys, "samples", "list", "--not-a-digit")
    assert [line.split()[1] for line in out.splitlines()[1:3]] == ["not-a-digit"] * 2
    assert code == 0 and "3" not in [line.split()[1] for line in out.splitlines()[1:3]]
    count_row = next(line for line in out.splitlines() if line.startswith("count")).split()[1:]
    assert count_row == ["0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "2"]


def test_export_folder_and_zip_round_trip_into_another_data_folder(
        capsys, data_home, tmp_path, monkeypatch):
    with SampleStore(data_home / "samples.sqlite3") as store:
        for n, label in enumerate([0, 4, 9, 4]):
            store.add(image(n), label, None, 1)
        before = sorted((s.label, s.image.tobytes(), s.predicted) for s in store.list())
    code, out, _ = run(capsys, "samples", "export", str(tmp_path / "out.zip"))
    assert code == 0 and "exported 4" in out
    assert sorted(zipfile.ZipFile(tmp_path / "out.zip").namelist())[0] == "0/sample-000001.png"
    code, _, _ = run(capsys, "samples", "export", str(tmp_path / "out"))
    assert code == 0 and len(list((tmp_path / "out").rglob("*.png"))) == 4

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "elsewhere"))
    code, out, _ = run(capsys, "samples", "import", str(tmp_path / "out.zip"))
    assert code == 0 and "4 drawings imported" in out
    with SampleStore(tmp_path / "elsewhere" / "digit-canvas" / "samples.sqlite3") as other:
        after = sorted((s.label, s.image.tobytes(), s.predicted) for s in other.list())
    assert after == before


def test_import_reports_bad_files_and_exits_1_but_keeps_the_good_ones(capsys, data_home, tmp_path):
    folder = labelled_folder(tmp_path / "in", [5])
    (folder / "5" / "broken.png").write_bytes(b"not a png")
    (folder / "nolabel.png").write_bytes((folder / "5" / "d0.png").read_bytes())
    code, out, err = run(capsys, "samples", "import", str(folder))
    assert code == 1 and "1 drawing imported" in out
    assert "warning: 5/broken.png" in err and "warning: nolabel.png: no digit label" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("target", ["missing-folder", "bad.zip"])
def test_import_errors_are_one_line_and_exit_1(capsys, data_home, tmp_path, target):
    (tmp_path / "bad.zip").write_text("not a zip")
    code, _, err = run(capsys, "samples", "import", str(tmp_path / target))
    assert code == 1 and err.startswith("error:") and len(err.strip().splitlines()) == 1


@pytest.mark.faults
def test_damaged_database_is_reported_and_the_command_still_works(capsys, data_home):
    data_home.mkdir(parents=True)
    (data_home / "samples.sqlite3").write_bytes(b"garbage" * 1000)
    code, out, err = run(capsys, "samples", "list")
    assert code == 0 and "0 drawing(s)" in out
    assert err.startswith("warning: the drawings database was damaged")
    assert len(list(data_home.glob("samples.sqlite3.broken-*"))) == 1


@pytest.mark.faults
def test_read_only_database_import_fails_with_one_line(capsys, data_home, tmp_path, monkeypatch):
    with SampleStore(data_home / "samples.sqlite3") as store:
        store.add(image(1), 2)

    def read_only_connect(target):  # SQLite enforces mode=ro, even for root
        return sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True, isolation_level=None,
                               check_same_thread=False)

    monkeypatch.setattr(samples, "_connect", read_only_connect)
    folder = labelled_folder(tmp_path / "in", [7])
    code, _, err = run(capsys, "samples", "import", str(folder))
    assert code == 1 and err.startswith("error:") and "read-only" in err
    assert len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, "samples", "list")  # reading still works
    assert code == 0 and "1 drawing(s)" in out


def test_include_samples_reads_the_same_store(capsys, data_home, tmp_path):
    from cli.train import _extra

    args = cli.build_parser().parse_args(["train", "--include-samples", "--epochs", "1"])
    assert args.include_samples and _extra(args) is None
    run(capsys, "samples", "import", str(labelled_folder(tmp_path / "in", [1, 6])))
    images, labels = _extra(args)
    assert images.shape == (2, 28, 28) and images.dtype == np.uint8
    assert labels.tolist() == [1, 6]


def test_list_never_shows_deleted_drawings(capsys, data_home):
    data_home.mkdir(parents=True)
    with SampleStore(data_home / "samples.sqlite3") as store:
        kept, deleted, purged = (store.add(image(n), label) for n, label in enumerate([4, 6, 7]))
        store.delete_many([deleted, purged])
        store.undelete(deleted)
        store.delete(deleted)
        store.purge_deleted()
        store.add(image(9), 2)
        store.delete(deleted + 2)  # soft-deleted, not purged yet
    code, out, _ = run(capsys, "samples", "list")
    table = out.split("\n\n")[0].splitlines()[1:]  # the rows between header and counts
    assert code == 0 and [line.split()[0] for line in table] == [str(kept)]
    assert "1 drawing(s)" in out
