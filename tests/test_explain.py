"""`explain`: the JSON interface of issue 13, the PNG sheets, and bad files."""

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

import main
from model.data.drawn import synthesize
from model.data.preprocess import prepare_file
from model.network.checkpoints import BUNDLED_DIR
from tests.helpers import mnist

ROOT = Path(__file__).resolve().parent.parent
LAYERS = [("c1", [28, 28, 16]), ("c2", [28, 28, 16]), ("p1", [14, 14, 16]),
          ("c3", [14, 14, 32]), ("c4", [14, 14, 32]), ("p2", [7, 7, 32]), ("d1", [256]),
          ("logits", [10])]


def run(capsys, *argv):
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def explain(capsys, *argv):
    return run(capsys, "explain", "--checkpoint", str(BUNDLED_DIR), *argv)


@pytest.fixture
def drawings(tmp_path):
    """Two drawn digits (400x400 canvases, ink on white) and an MNIST digit, as PNG files."""
    files = []
    data = mnist()
    for i, sample in enumerate(synthesize(data.x_test, data.y_test, 2, seed=3)):
        path = tmp_path / f"drawn{i}.png"
        Image.fromarray(255 - sample.canvas).save(path)
        files.append(path)
    path = tmp_path / "mnist.png"
    Image.fromarray(255 - data.x_test[0]).save(path)
    return [*files, path]


def json_lines(out):
    return [json.loads(line) for line in out.splitlines()]


def test_json_has_exactly_the_issues_keys_shapes_and_a_saliency_distribution(capsys,
                                                                            drawings):
    code, out, _ = explain(capsys, "--json", *map(str, drawings))
    assert code == 0
    records = json_lines(out)
    assert [r["path"] for r in records] == [str(p) for p in drawings]
    for record, path in zip(records, drawings, strict=True):
        assert list(record) == ["path", "digit", "probabilities", "input", "layers",
                                "saliency", "error"]
        assert record["error"] is None
        assert [(layer["name"], layer["shape"]) for layer in record["layers"]] == LAYERS
        for layer in record["layers"]:
            assert set(layer) == {"name", "shape", "max", "mean"}
            assert layer["max"] >= layer["mean"]
        network_input = np.array(record["input"])
        assert network_input.shape == (28, 28)
        np.testing.assert_allclose(network_input, prepare_file(path), atol=1e-6)
        saliency = np.array(record["saliency"])
        assert saliency.shape == (28, 28) and saliency.min() >= 0
        assert abs(saliency.sum() - 1.0) < 1e-9
        assert len(record["probabilities"]) == 10
        # A digit is the most likely one; None when the network says "not a digit".
        assert record["digit"] in (None, int(np.argmax(record["probabilities"])))
    assert records[2]["digit"] == int(mnist().y_test[0])


def test_probabilities_are_the_values_predict_gives(capsys, drawings):
    _, explained, _ = explain(capsys, "--json", *map(str, drawings))
    _, predicted, _ = run(capsys, "predict", "--checkpoint", str(BUNDLED_DIR), "--json",
                          *map(str, drawings))
    for a, b in zip(json_lines(explained), json_lines(predicted), strict=True):
        assert (a["digit"], a["probabilities"]) == (b["digit"], b["probabilities"])


def test_full_adds_every_layers_values(capsys, drawings):
    code, out, _ = explain(capsys, "--json", "--full", str(drawings[0]))
    assert code == 0
    (record,) = json_lines(out)
    for layer in record["layers"]:
        values = np.array(layer["values"])
        assert list(values.shape) == layer["shape"]
        assert values.max() == pytest.approx(layer["max"], abs=1e-6)
    logits = np.array(record["layers"][-1]["values"])
    assert int(np.argmax(logits)) == int(np.argmax(record["probabilities"]))


def test_pngs_are_written_per_image_and_the_filters_once(capsys, drawings, tmp_path):
    out_dir = tmp_path / "sheets"
    twin = tmp_path / "other" / drawings[0].name  # the same file name from another folder
    twin.parent.mkdir()
    twin.write_bytes(drawings[0].read_bytes())
    code, out, _ = explain(capsys, "--out", str(out_dir), *map(str, drawings), str(twin))
    assert code == 0
    expected = {"filters.png", "drawn0-inside.png", "drawn0-saliency.png", "drawn1-inside.png",
                "drawn1-saliency.png", "mnist-inside.png", "mnist-saliency.png",
                "drawn0-2-inside.png", "drawn0-2-saliency.png"}
    assert {p.name for p in out_dir.iterdir()} == expected
    for name in expected:
        with Image.open(out_dir / name) as image:
            assert image.format == "PNG" and image.width >= 400 and image.height >= 400
    assert "drawn0.png: " in out and str(out_dir / "drawn0-inside.png") in out


def test_without_out_the_pngs_go_to_the_current_folder_and_json_alone_writes_none(
        capsys, drawings, tmp_path, monkeypatch):
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    assert explain(capsys, "--json", str(drawings[2]))[0] == 0
    assert list(here.iterdir()) == []
    assert explain(capsys, str(drawings[2]))[0] == 0
    assert {p.name for p in here.iterdir()} == {"filters.png", "mnist-inside.png",
                                                "mnist-saliency.png"}


@pytest.mark.faults
def test_a_bad_file_gives_a_clear_error_and_a_non_zero_exit_the_others_still_explained(
        capsys, drawings, tmp_path):
    bad = tmp_path / "broken.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    missing = tmp_path / "missing.png"
    code, out, err = explain(capsys, "--json", str(bad), str(drawings[2]), str(missing))
    assert code == 1
    first, second, third = json_lines(out)
    assert first["path"] == str(bad) and "broken.png" in first["error"]
    assert first["saliency"] is None and first["digit"] is None
    assert second["error"] is None and second["digit"] == int(mnist().y_test[0])
    assert third["error"] and "missing.png" in third["error"]
    assert f"{bad}: error: " in err and f"{missing}: error: " in err
    code, out, err = explain(capsys, "--out", str(tmp_path / "o"), str(bad))
    assert code == 1 and "error" in err and "Traceback" not in err
    assert not (tmp_path / "o" / "broken-inside.png").exists()


def test_a_blank_image_has_nothing_to_explain(capsys, tmp_path):
    blank = tmp_path / "blank.png"
    Image.new("L", (120, 120), 255).save(blank)
    code, out, _ = explain(capsys, "--json", str(blank))
    assert code == 0
    assert json_lines(out) == [{"path": str(blank), "digit": None, "probabilities": None,
                                "input": None, "layers": None, "saliency": None,
                                "error": None}]


def test_explain_runs_without_tensorflow(drawings):
    script = ("import sys, main; code = main.main(['explain', '--checkpoint', sys.argv[1], "
              "'--json', sys.argv[2]]); assert 'tensorflow' not in sys.modules; sys.exit(code)")
    result = subprocess.run([sys.executable, "-c", script, str(BUNDLED_DIR), str(drawings[2])],
                            cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["digit"] == int(mnist().y_test[0])
