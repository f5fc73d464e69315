"""``predict`` reads numbers: the JSON interface and the human-readable line."""

from __future__ import annotations

import json

from PIL import Image

import main
from tests.test_segment import ONE, TWO, ZERO, compose, render

SEVEN = [[(0.0, 0.0), (1.0, 0.0), (0.35, 1.3)]]


def run(capsys, *argv):
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def save_number(path, templates, shape=(300, 900)):
    strokes, _ = compose(templates, size=100, gap=0.35, slant=0.08, left=40, top=50)
    Image.fromarray(render(strokes, shape, 13)).save(path)
    return strokes


def test_predict_json_reads_a_number(capsys, tmp_path):
    path = tmp_path / "2017.png"
    strokes = save_number(path, [TWO, ZERO, ONE, SEVEN])
    code, out, _ = run(capsys, "predict", "--json", str(path))
    result = json.loads(out)
    assert code == 0 and result["error"] is None
    assert result["status"] == "number" and result["number"] == "2017"
    assert result["digit"] is None
    assert [d["digit"] for d in result["digits"]] == [2, 0, 1, 7]
    for digit in result["digits"]:
        assert set(digit) == {"digit", "probabilities", "box"}
        assert len(digit["probabilities"]) == 10
    # Boxes in the image's pixels, around each digit's strokes.
    x, y, w, h = result["digits"][2]["box"]
    one = strokes[-2]  # the 1's only stroke
    assert x <= one[:, 0].min() and one[:, 0].max() <= x + w
    assert y <= one[:, 1].min() and one[:, 1].max() <= y + h


def test_predict_json_for_one_digit_keeps_the_top_level_digit(capsys, tmp_path):
    path = tmp_path / "7.png"
    save_number(path, [SEVEN], shape=(300, 300))
    code, out, _ = run(capsys, "predict", "--json", str(path))
    result = json.loads(out)
    assert result["status"] == "digit" and result["digit"] == 7 and result["number"] == "7"
    assert len(result["probabilities"]) == 10 and len(result["digits"]) == 1
    assert result["digits"][0]["probabilities"] == result["probabilities"]


def test_predict_json_blank_and_broken_files(capsys, tmp_path):
    blank = tmp_path / "blank.png"
    Image.new("L", (300, 200), 255).save(blank)
    bad = tmp_path / "notes.png"
    bad.write_text("not an image")
    code, out, _ = run(capsys, "predict", "--json", str(blank), str(bad))
    first, second = (json.loads(line) for line in out.strip().splitlines())
    assert code == 1
    assert first["status"] == "blank" and first["number"] is None and first["digits"] == []
    assert first["digit"] is None and first["error"] is None
    assert second["status"] is None and "notes.png" in second["error"]


def test_predict_prints_a_number_in_one_line(capsys, tmp_path):
    path = tmp_path / "10.png"
    save_number(path, [ONE, ZERO], shape=(300, 500))
    code, out, _ = run(capsys, "predict", str(path))
    assert code == 0
    assert out.startswith(f"{path}: 10 (") and out.strip().endswith("%)")
