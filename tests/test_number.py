"""Reading numbers: read_number, its JSON and its log line (model/data/number.py)."""

from __future__ import annotations

import io

import numpy as np
import pytest

from model.data.number import DigitReading, Reading, read_number, status_of
from model.data.pieces import SPLIT_WIDTH
from model.network.decision import Decision
from tests.test_segment import ONE, TWO, ZERO, compose, place, render

SEVEN = [[(0.0, 0.0), (1.0, 0.0), (0.35, 1.3)]]


@pytest.fixture(scope="module")
def classifier():
    from model.network.checkpoints import BUNDLED_DIR, load_for_serving
    from model.network.classifier import Classifier

    loaded = load_for_serving(BUNDLED_DIR)
    return Classifier(loaded.model, loaded.metadata, loaded.path)


def decision(digit, confidence=0.9, status="digit"):
    probabilities = np.full(10, (1 - confidence) / 9, np.float32)
    probabilities[digit] = confidence
    return Decision(status, digit if status == "digit" else None, digit, probabilities)


def reading_of(*decisions):
    digits = tuple(DigitReading((10 * i, 5, 8, 12), np.zeros((28, 28), np.float32), d)
                   for i, d in enumerate(decisions))
    return Reading(status_of(decisions), digits)


def test_a_drawn_number_is_read_left_to_right(classifier):
    strokes, _ = compose([TWO, ZERO, ONE, SEVEN], size=100, gap=0.35, slant=0.1)
    pixels = render(strokes, (300, 900), 13)
    for reading in (read_number(pixels, classifier, strokes), read_number(pixels, classifier)):
        assert reading.status == "number"
        assert reading.number == "2017"
        boxes = [d.box for d in reading.digits]
        assert [b[0] for b in boxes] == sorted(b[0] for b in boxes)


def test_one_digit_reads_as_a_digit_and_blank_as_blank(classifier):
    strokes, _ = compose([SEVEN], size=120, gap=0.3)
    pixels = render(strokes, (300, 400), 14)
    reading = read_number(pixels, classifier, strokes)
    assert reading.status == "digit" and reading.number == "7"
    assert reading.as_json()["digit"] == 7
    blank = read_number(np.full((200, 300), 255, np.uint8), classifier, [])
    assert blank.status == "blank" and blank.number is None and blank.digits == ()


def test_each_piece_takes_the_single_digit_path(classifier):
    from model.data.preprocess import prepare

    strokes, _ = compose([SEVEN], size=120, gap=0.3, left=80, top=60)
    pixels = render(strokes, (300, 400), 14)
    reading = read_number(pixels, classifier, strokes)
    expected = prepare(pixels)
    np.testing.assert_allclose(reading.digits[0].network_input, expected, atol=1e-6)
    np.testing.assert_allclose(reading.digits[0].decision.probabilities,
                               classifier.predict(expected).probabilities, atol=1e-6)


def test_json_of_a_number_is_exactly_the_interface():
    reading = reading_of(decision(2), decision(9, 0.8), decision(1), decision(7, 0.5))
    data = reading.as_json()
    assert set(data) == {"status", "number", "digit", "probabilities", "digits"}
    assert data["status"] == "number" and data["number"] == "2917"
    assert data["digit"] is None and data["probabilities"] is None
    assert [set(d) for d in data["digits"]] == [{"digit", "probabilities", "box"}] * 4
    assert [d["digit"] for d in data["digits"]] == [2, 9, 1, 7]
    assert data["digits"][1]["box"] == [10, 5, 8, 12]
    assert len(data["digits"][0]["probabilities"]) == 10


def test_a_piece_that_is_not_a_digit_makes_the_whole_not_a_digit():
    reading = reading_of(decision(2), decision(4, 0.3, "not_a_digit"), decision(7))
    data = reading.as_json()
    assert data["status"] == "not_a_digit" and data["number"] is None and data["digit"] is None
    assert data["digits"][1]["digit"] is None
    assert len(data["digits"][1]["probabilities"]) == 10
    single = reading_of(decision(4, 0.3, "not_a_digit")).as_json()
    assert single["status"] == "not_a_digit" and single["digit"] is None
    assert single["probabilities"][4] == pytest.approx(0.3)


def test_log_lines():
    assert reading_of(decision(2, 0.9), decision(9, 0.5)).log_text() == \
        "number=29 confidence=0.450"
    assert reading_of(decision(7, 0.987)).log_text() == "digit=7 confidence=0.987"
    assert reading_of(decision(7, 0.4, "not_a_digit")).log_text() == "not-a-digit"
    assert Reading("blank").log_text() == "none"


@pytest.mark.parametrize("templates, expected", [([ZERO, ZERO], "00"), ([TWO, ZERO], "20"),
                                                 ([SEVEN, ZERO], "70")])
def test_touching_digits_in_an_image_are_cut_where_the_classifier_reads_them(
        classifier, templates, expected):
    strokes, _ = compose(templates, size=100, gap=-0.05)  # the ink touches: one component
    reading = read_number(render(strokes, (320, 600), 12), classifier)
    assert reading.number == expected


def test_a_wide_zero_in_an_image_stays_one_digit(classifier):
    from PIL import Image, ImageDraw

    page = Image.new("L", (400, 300), 255)
    ImageDraw.Draw(page).ellipse((60, 80, 330, 230), outline=0, width=30)  # 1.8x wider than tall
    reading = read_number(np.asarray(page), classifier)
    assert (reading.status, reading.number) == ("digit", "0")


def _cursive(word: str, stretch: float) -> tuple[np.ndarray, list[np.ndarray]]:
    """A cursive word written in one stroke, ``stretch`` times as wide as usual."""
    from model.synthetic import cursive
    from model.synthetic.heldout_reading import paint

    stroke = cursive.word_stroke(word)
    stroke = (stroke - stroke.min(axis=0)) * [300 * stretch, 300] + 40
    return paint([stroke], 22), [stroke]


@pytest.mark.parametrize(("word", "stretch"), [("m", 1.6), ("m", 2.2), ("mm", 2.2),
                                               ("nn", 1.6), ("minimum", 1.0), ("anna", 1.3)])
def test_a_cursive_word_in_one_stroke_is_one_piece_and_not_a_digit(classifier, word, stretch):
    # Wide enough to be cut, and its arches read as digits on their own
    # (without the rule a wide m drawn on the canvas read 172, nn three pieces).
    image, strokes = _cursive(word, stretch)
    drawn = read_number(image, classifier, strokes)
    assert (drawn.status, len(drawn.digits)) == ("not_a_digit", 1)
    # As an image (no strokes): one ink component, held to the one stroke's bar
    # (a wide m read 172 before).
    pixels = read_number(image, classifier)
    assert (pixels.status, len(pixels.digits)) == ("not_a_digit", 1)


@pytest.mark.parametrize("templates, expected", [
    ([TWO, ZERO, TWO, ZERO], "2020"), ([SEVEN, TWO, SEVEN, TWO], "7272"),
    ([TWO, SEVEN, TWO, SEVEN, TWO], "27272"), ([TWO] * 5, "22222")])
@pytest.mark.parametrize("gap", [-0.04, 0.0])
def test_numbers_of_four_and_five_touching_digits_are_read_whole(classifier, templates,
                                                                expected, gap):
    # Every digit touches the next: one ink component (an image) or one group of
    # strokes a hair apart; at most three parts were cut before.
    strokes, _ = compose(templates, size=100, gap=gap)
    image = render(strokes, (320, 900), 12)
    assert read_number(image, classifier).number == expected
    assert read_number(image, classifier, strokes).number == expected


@pytest.mark.parametrize("pen, expected", [(3, "7"), (14, "71")])
def test_a_hairline_beside_a_scanned_digit_is_left_out(classifier, pen, expected):
    # A scanned form's crop can hold a bit of the box's edge: a line far thinner
    # than the digit's pen (a 9 read 91 before). Written with the digit's pen, a
    # line beside it is a 1.
    from PIL import Image, ImageDraw

    page = Image.fromarray(render(place(SEVEN, 40, 40, 120), (260, 300), 14))
    draw = ImageDraw.Draw(page)
    for top in range(40, 200, 40 if pen < 14 else 200):  # dashed, as the box's edge often is
        draw.line((220, top, 220, top + (30 if pen < 14 else 156)), fill=0, width=pen)
    assert read_number(np.asarray(page), classifier).number == expected


@pytest.mark.parametrize("text", ["172", "717", "1272", "7172"])
def test_touching_numbers_with_narrow_digits_are_cut_into_all_their_digits(classifier, text):
    # A 1 takes little width: cuts into as many parts as digits 0.7 of a height wide
    # fit were too few (172 was refused, 7172 read 772).
    digits = {"1": ONE, "2": TWO, "7": SEVEN}
    strokes, _ = compose([digits[d] for d in text], size=100, gap=0.0)
    assert read_number(render(strokes, (320, 900), 12), classifier).number == text


@pytest.mark.parametrize("templates, expected", [([ZERO, TWO], "02"), ([TWO, ZERO, TWO], "202"),
                                                 ([SEVEN, TWO, ZERO], "720"),
                                                 ([TWO, ZERO, SEVEN], "207")])
def test_digits_drawn_a_hair_apart_are_parted_between_their_strokes(classifier, templates,
                                                                    expected):
    # One digit a stroke, the inks overlapping: one group, and a cut by columns
    # takes a slice of the neighbour (720 read 727, 207 read 257 without the split).
    strokes, _ = compose(templates, size=100, gap=-0.07)
    reading = read_number(render(strokes, (320, 900), 12), classifier, strokes)
    assert reading.number == expected


@pytest.mark.parametrize("templates, expected", [([TWO, ONE], "21"), ([ONE, ZERO], "10"),
                                                 ([SEVEN, ONE], "71")])
@pytest.mark.parametrize("gap", [0.0, 0.04])
def test_two_digits_written_close_are_parted_though_no_wider_than_one(classifier, templates,
                                                                      expected, gap):
    # A 1 beside another digit, written close: one group narrower than
    # SPLIT_WIDTH digit heights, so it was never parted (21 read "not a digit",
    # 71 read 7).
    strokes, _ = compose(templates, size=100, gap=gap)
    every = np.concatenate(strokes)
    assert np.ptp(every[:, 0]) < SPLIT_WIDTH * np.ptp(every[:, 1])
    image = render(strokes, (320, 600), 12)
    assert read_number(image, classifier, strokes).number == expected
    # The live preview does not search: it says a search could change its answer.
    assert read_number(image, classifier, strokes, search_cuts=False).rough


def test_a_digit_in_two_strokes_written_close_to_the_next_is_parted_whole(classifier):
    # A 9's loop and its stem hardly overlap: three parts by overlap, which are no
    # digits side by side (the loop is half as tall), and "91" read 9. Neighbouring
    # parts are joined back: the 9 and the 1.
    loop = [(0.45 + 0.42 * np.cos(a), 0.4 + 0.38 * np.sin(a)) for a in np.linspace(0, 6.3, 30)]
    nine = [loop, [(1.0, 0.2), (1.0, 1.3)]]
    strokes, _ = compose([nine, ONE], size=100, gap=0.05)
    image = render(strokes, (320, 600), 12)
    assert read_number(image, classifier, strokes).number == "91"
    assert read_number(image, classifier).number == "91"


def test_a_sevens_bar_over_the_next_digit_still_parts_them(classifier):
    # The bar reaches a quarter of a height over the 0: side by side allowed 15 %
    # (70 read "not a digit"); a d's stem over its bowl stays one piece (below).
    strokes, _ = compose([SEVEN, ZERO], size=100, gap=-0.25)
    image = render(strokes, (320, 600), 12)
    assert read_number(image, classifier, strokes).number == "70"


@pytest.mark.parametrize("name, strokes", [
    ("d", [[(0.45 + 0.4 * np.cos(a), 0.95 + 0.35 * np.sin(a)) for a in np.linspace(0, 6.3, 30)],
           [(0.9, 0.0), (0.9, 1.3)]]),
    ("^", [[(0.0, 1.3), (0.45, 0.0)], [(0.5, 0.0), (0.95, 1.3)]]),
    ("+", [[(0.0, 0.65), (1.0, 0.65)], [(0.5, 0.1), (0.5, 1.2)]]),
    ("wide ^ in one stroke", [[(0.0, 1.3), (0.85, 0.0), (1.7, 1.3)]]),
    ("check mark", [[(0.0, 0.8), (0.45, 1.3), (1.8, 0.0)]]),
    ("∞ in one stroke", [[(1.0 + 0.9 * np.sin(t), 0.65 + 0.6 * np.sin(t) * np.cos(t))
                          for t in np.linspace(0, 2 * np.pi, 60)]]),
    ("?", [[(0.1 + 0.4 * (1 + np.cos(a)), 0.4 + 0.4 * np.sin(a)) for a in np.linspace(
        -np.pi, 0.5 * np.pi, 20)] + [(0.5, 1.0)], [(0.5, 1.3)]]),
    ("!", [[(0.5, 0.0), (0.5, 0.95)], [(0.5, 1.3)]]),
    # The dot drawn close under it, a few pixels apart (read 7 and 1 before).
    ("? with its dot close", [[(0.1 + 0.4 * (1 + np.cos(a)), 0.4 + 0.4 * np.sin(a))
                               for a in np.linspace(-np.pi, 0.5 * np.pi, 20)] + [(0.5, 1.0)],
                              [(0.5, 1.16)]]),
    ("! with its dot close", [[(0.5, 0.0), (0.5, 0.95)], [(0.5, 1.1)]])])
def test_letters_and_marks_are_not_parted_into_digits(classifier, name, strokes):
    # Their strokes or halves are digit-like alone (a 0 and a 1; two 1s), but
    # lie over each other, differ in height or lean apart, as two digits of a
    # number do not (a wide ^ read 11 before), or a pen stroke that ends where
    # it started, crossing every cut an even number of times (the ∞ read 00).
    placed = place([np.asarray(p) for p in strokes], 40, 40, 100)
    image = render(placed, (320, 400), 12)
    reading = read_number(image, classifier, placed)
    assert (reading.status, len(reading.digits)) == ("not_a_digit", 1), name


@pytest.mark.parametrize("seed", [116, 170])
def test_an_equals_sign_is_not_cut_into_digits(classifier, seed):
    # A hand-drawn = wider than a digit: cut by columns, each part's two dashes
    # read 5 (5555 before); no part has connected ink as tall as a digit.
    from bench.words import SIZE, place
    from model.synthetic.hand import HAND, handwrite
    from model.synthetic.heldout_reading import paint
    from model.synthetic.nondigit_templates import SYMBOLS

    rng = np.random.default_rng(seed)
    strokes, pen = place(handwrite(SYMBOLS["="][seed % 2], rng, HAND), rng)
    assert read_number(paint(strokes, pen, SIZE), classifier, strokes).status == "not_a_digit"


def test_a_percent_sign_is_not_read_as_a_number(classifier):
    # Its rings alone read 0 and its slash 1 ("010" before), but the digits of a number
    # are about as tall as each other: rings a third of the slash's height are not digits.
    ring = [(0.13 * np.cos(a), 0.17 * np.sin(a)) for a in np.linspace(0, 2 * np.pi, 24)]
    strokes = [[(x + 0.15, y + 0.2) for x, y in ring], [(1.0, 0.0), (0.35, 1.3)],
               [(x + 1.2, y + 1.1) for x, y in ring]]
    placed = place([np.asarray(s) for s in strokes], 40, 40, 100)
    image = render(placed, (320, 400), 9)
    for reading in (read_number(image, classifier, placed), read_number(image, classifier)):
        assert reading.status == "not_a_digit" and len(reading.digits) == 3
        assert [d.decision.status for d in reading.digits][0::2] == ["not_a_digit"] * 2


def test_digits_of_a_number_a_little_shorter_than_its_tallest_stay_digits(classifier):
    strokes, _ = compose([ONE, ZERO, ZERO], size=100, gap=0.4)
    strokes[1:] = [s * (0.7, 0.7) + (s[:, 0].min() * 0.3, 30) for s in strokes[1:]]
    image = render(strokes, (300, 700), 11)
    assert read_number(image, classifier, strokes).number == "100"


def test_a_number_written_small_on_a_scanned_page_is_read(classifier):
    from PIL import Image, ImageDraw

    # 27 written 90 px tall on an A4 page at 300 dpi (under 3 % of its height, the
    # size of a speck beside a canvas): it was "no digit".
    page = Image.new("L", (2480, 3508), 250)
    draw = ImageDraw.Draw(page)
    draw.line([(1000, 1415), (1030, 1400), (1055, 1420), (1000, 1490), (1060, 1490)], fill=20,
              width=9)
    draw.line([(1090, 1400), (1150, 1400), (1105, 1490)], fill=20, width=9)
    assert read_number(page, classifier).number == "27"
    # A hair or a scratch alone on a page stays a speck.
    dusty = Image.new("L", (2480, 3508), 250)
    ImageDraw.Draw(dusty).line([(1200, 1700), (1203, 1725)], fill=30, width=3)
    assert read_number(dusty, classifier).status == "blank"


def test_a_phone_s_grainy_photo_file_is_read_as_the_window_reads_it(classifier):
    from PIL import Image, ImageDraw

    # 3000x2250 with a sensor's grain: read at full size, a clump of grain at the left
    # edge was what was read; the window reads it at the canvas's size.
    rng = np.random.default_rng(0)
    paper = np.clip(0.8 + rng.normal(0, 0.04, (2250, 3000)), 0, 1)
    photo = Image.fromarray(np.uint8(paper * 255))
    ImageDraw.Draw(photo).line([(1600, 1500), (1600, 700), (1250, 1250), (1750, 1250)], fill=40,
                               width=50)
    reading = read_number(photo, classifier)
    assert reading.number == "4"
    x, y, w, h = reading.digits[0].box  # where the 4 is in the photo's own pixels
    assert 1200 <= x <= 1260 and 650 <= y <= 700 and 1750 <= x + w <= 1800


def test_a_photo_with_coloured_grain_over_the_page_reads_its_digit(classifier):
    from PIL import Image, ImageDraw

    # 640x480 with strong colour noise: its grain of one or two pixels lay above and
    # below the 8 and joined it with the whole page ("not a digit", a white oval).
    rng = np.random.default_rng(3)
    photo = Image.new("RGB", (640, 480), (200, 180, 150))
    ImageDraw.Draw(photo).ellipse([265, 140, 335, 205], outline=(40, 35, 35), width=18)
    ImageDraw.Draw(photo).ellipse([255, 195, 345, 290], outline=(40, 35, 35), width=18)
    noisy = np.asarray(photo, np.float32) + rng.normal(0, 30, (480, 640, 3))
    jpeg = io.BytesIO()
    Image.fromarray(np.uint8(np.clip(noisy, 0, 255))).save(jpeg, "JPEG", quality=75)
    reading = read_number(Image.open(jpeg), classifier)
    assert reading.number == "8"
    x, y, w, h = reading.digits[0].box
    assert 250 <= x <= 265 and 135 <= y <= 150 and w < 100 and h < 160


def test_a_photo_with_a_shadow_s_soft_edge_across_the_page_reads_its_digit(classifier):
    from PIL import Image, ImageDraw, ImageFilter

    # The shadow's edge, blurred, stayed a faint band of "ink" once the paper's
    # light was followed: a long stroke beside the 4 ("not a number").
    page = Image.new("L", (600, 800), 215)
    ImageDraw.Draw(page).polygon([(0, 0), (380, 0), (0, 600)], fill=80)  # the shadow
    page = page.filter(ImageFilter.GaussianBlur(12))
    ImageDraw.Draw(page).line([(360, 600), (360, 300), (250, 500), (420, 500)], fill=30,
                              width=22)
    assert read_number(page.convert("RGB"), classifier).number == "4"
    # A digit written lighter than the others (0.6 as dark) is still writing.
    page = Image.new("L", (600, 400), 215)
    ImageDraw.Draw(page).line([(200, 80), (200, 320)], fill=30, width=20)
    ImageDraw.Draw(page).line([(400, 80), (400, 320)], fill=100, width=20)
    assert read_number(page, classifier).number == "11"


def _with_a_mark(where, mark="point"):
    """2 1 7 written apart, a point or a comma ``where``: "between" 2 and 1 or "after" the 7."""
    size, pen, top = 100, 12, 40
    strokes, groups = compose([TWO, ONE, SEVEN], size=size, gap=0.6, left=40, top=top)
    two_right = max(s[:, 0].max() for s in strokes[:len(groups[0])])
    one_left = min(s[:, 0].min() for s in strokes[groups[1][0]:groups[1][-1] + 1])
    x = (two_right + one_left) / 2 if where == "between" else max(
        s[:, 0].max() for s in strokes) + 0.4 * size
    dot = np.array([[x, top + 1.3 * size - pen / 2]])
    if mark == "comma":  # as German and Spanish write the decimal point
        dot = np.vstack([dot, dot + [-0.05 * size, 0.15 * size]])
    strokes = strokes[:len(groups[0])] + [dot] + strokes[len(groups[0]):]
    return strokes, render(strokes, (320, 900), pen)


@pytest.mark.parametrize("mark", ["point", "comma"])
@pytest.mark.parametrize("way", ["strokes", "image"])
def test_a_point_between_digits_is_not_dropped_from_the_number(classifier, way, mark):
    # "2.17" is not the whole number 217: the point is a piece, and not a digit.
    strokes, pixels = _with_a_mark("between", mark)
    reading = read_number(pixels, classifier, strokes if way == "strokes" else None)
    assert reading.status == "not_a_digit" and reading.number is None
    assert [d.decision.digit for d in reading.digits] == [2, None, 1, 7]
    # A full stop after the number, and the same number without a point, read whole.
    strokes, pixels = _with_a_mark("after")
    assert read_number(pixels, classifier, strokes if way == "strokes" else None).number == "217"
    plain, _ = compose([TWO, ONE, SEVEN], size=100, gap=0.6, left=40, top=40)
    pixels = render(plain, (320, 900), 12)
    assert read_number(pixels, classifier, plain if way == "strokes" else None).number == "217"


@pytest.mark.parametrize("way", ["strokes", "image"])
def test_a_point_under_a_sevens_bar_is_not_taken_for_part_of_the_seven(classifier, way):
    # "7.1": the point lies in the 7's columns, under its bar, beside its foot.
    strokes, _ = compose([SEVEN, ONE], size=100, gap=0.5, left=40, top=40)
    strokes.insert(1, np.array([[40 + 70.0, 40 + 130.0 - 6]]))
    pixels = render(strokes, (320, 600), 12)
    reading = read_number(pixels, classifier, strokes if way == "strokes" else None)
    assert [d.decision.digit for d in reading.digits] == [7, None, 1]


def test_a_speck_of_dust_between_scanned_digits_is_not_a_point(classifier):
    strokes, _ = compose([TWO, ONE, SEVEN], size=100, gap=0.6, left=40, top=40)
    pixels = render(strokes, (320, 900), 12).copy()
    two_right = max(s[:, 0].max() for s in strokes[:1])
    pixels[161:166, int(two_right) + 40:int(two_right) + 45] = 0  # 5 px, under half the pen
    assert read_number(pixels, classifier).number == "217"
