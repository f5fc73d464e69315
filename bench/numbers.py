"""Numbers of 2-5 digits written naturally, read whole: as strokes on the canvas and as images.

Each number is composed from digit stroke templates the way people write:
one digit height with +-8 % per digit, gaps between the digits' ink of
15-60 % of the digit height, a slant of up to +-11 degrees for the whole
number and +-3 more per digit, a wobbling baseline, jittered points and a pen
of 6-16 % of the digit height. Two sets of digits (``--styles``):

- ``bench`` (default): the templates of ``bench.strokes`` (as
  ``bench.canvas_digits``) plus digits in several strokes: a 5 with a separate
  bar, a 4 and a 7 in two strokes (a 7 with a bar is already there);
- ``world``: every style of ``model.synthetic.digit_templates`` (1 with a flag and a
  foot, crossed 7 and 0, open 4, looped 2, ...), each digit varied by
  ``model.synthetic.hand.handwrite`` (its own slant replaced by the number's).

Every number is drawn through the real canvas widget
(``DrawingCanvas.draw_stroke``, the mouse path) at the size the canvas has in
the default window, then read twice with the app's own
``model.data.number.read_number``: with the canvas's strokes (as the app reads a
drawing) and from the pixels alone (as the app and ``predict`` read an opened
image). A number counts as read when every digit is, in order; "split right"
counts numbers cut into as many pieces as they have digits (segmentation
alone, whatever the classifier says).

Both sets are in-distribution, and the output says so: ``world`` draws the
very templates the network is trained on (model/synthetic/training_set.py), and ``bench``
the hand-made templates the segmenter and the preprocessing were developed
and tested against. The figures say how well the app reads what it was built around, not
how it reads handwriting it has never seen.

The process runs with throw-away user folders (HOME, XDG_*, KERAS_HOME;
``bench.common.isolate``): a person's files are never read or written.

With ``--point`` every number has a decimal point, a click, a short dab of
the pen or a comma on the baseline between two of its digits (gaps 35-70 % of the
height, room for it): "3.14" is not the whole number 314, so a number counts
as read right when it is *not* read as a whole number.

    python -m bench.numbers [--count 400] [--seed 0] [--styles bench|world] [--point] [--quick]

Last line: ``numbers: strokes_accuracy=A image_accuracy=B count=N styles=S
point=yes|no in_distribution=yes``.
"""

from __future__ import annotations

import dataclasses
import sys
import time
from collections.abc import Sequence

import numpy as np

from bench import common
from bench.strokes import TEMPLATES, Stroke, _arc

# The canvas in the default window (1280x760, app.main_window.DEFAULT_SIZE) is 786x688.
CANVAS_SIZE = (780, 680)

# Digits people write in several strokes (unit box, y down, 1.3 tall).
MULTI_STROKE: dict[int, list[list[Stroke]]] = {
    4: [[[(0.7, 0.0), (0.0, 0.85), (1.0, 0.85)], [(0.7, 0.0), (0.7, 1.3)]]],
    5: [[[(0.15, 0.08), (0.1, 0.6)] + _arc(0.45, 0.9, 0.45, 0.38, -120, 150),
         [(0.25, -0.02), (0.95, -0.06)]]],
    7: [[[(0.0, 0.0), (1.0, 0.0)], [(1.0, 0.02), (0.35, 1.3)]]],
}


# Neither set is held out: say so wherever a figure is printed.
IN_DISTRIBUTION = {
    "bench": "in-distribution: bench.strokes, the templates the segmenter was developed against",
    "world": ("in-distribution: model.synthetic.digit_templates, "
              "the styles the network is trained on"),
}


def styles(digit: int) -> list[list[Stroke]]:
    """Every ``bench`` template of a digit."""
    return TEMPLATES[digit] + MULTI_STROKE.get(digit, [])


def pick_glyph(digit: int, rng: np.random.Generator, world: bool) -> tuple[str, list]:
    """A style name and the strokes of one way of writing ``digit``."""
    if not world:
        options = styles(digit)
        index = int(rng.integers(len(options)))
        return f"{digit} bench #{index}", options[index]
    from model.synthetic.digit_templates import STYLE_TEMPLATES, style_hand
    from model.synthetic.hand import handwrite

    names = [name for name, (d, _) in STYLE_TEMPLATES.items() if d == digit]
    name = names[int(rng.integers(len(names)))]
    variants = STYLE_TEMPLATES[name][1]
    glyph = variants[int(rng.integers(len(variants)))]
    hand = dataclasses.replace(style_hand(name), slant=0.0)  # the number's slant instead
    return name, [np.asarray(s, float) for s in handwrite(glyph, rng, hand)]


def digit_strokes(template: list[Stroke], left: float, baseline: float, height: float,
                  shear: float, rng: np.random.Generator) -> list[np.ndarray]:
    """A template scaled to ``height``, sheared, with its ink's left edge at ``left``."""
    points = np.vstack([np.asarray(s, float) for s in template])
    top, bottom = points[:, 1].min(), points[:, 1].max()
    scale = height / (bottom - top)
    placed = []
    for stroke in template:
        p = np.asarray(stroke, float)
        y = (p[:, 1] - bottom) * scale  # 0 at the baseline, negative upwards
        x = p[:, 0] * scale - shear * y
        placed.append(np.column_stack([x, y + baseline]))
    xs = np.concatenate([s[:, 0] for s in placed])
    shift = left - xs.min()
    return [s + [shift, 0.0] + rng.normal(0, 0.8, s.shape) for s in placed]


def compose(digits: Sequence[int], rng: np.random.Generator,
            size: tuple[int, int] = CANVAS_SIZE, world: bool = False,
            names: list[str] | None = None, gaps: tuple[float, float] = (0.15, 0.6),
            counts: list[int] | None = None) -> tuple[list[np.ndarray], float]:
    """Strokes of a number written naturally on a canvas of ``size``, and the pen width.

    Args:
        digits: The number's digits.
        rng: Where the randomness comes from.
        size: The canvas (width, height).
        world: Draw ``model.synthetic.digit_templates``'s styles instead of ``bench``'s.
        names: If given, receives each digit's style name.
        gaps: Range of the gaps between the digits' ink, in digit heights
            (below 0 the ink of neighbours overlaps).
        counts: If given, receives how many strokes each digit has.

    Returns:
        The strokes (logical canvas pixels) and the pen width in pixels.
    """
    width, height = size
    digit_height = rng.uniform(0.22, 0.42) * height
    shear = float(np.tan(np.radians(rng.uniform(-11, 11))))
    picked = [pick_glyph(d, rng, world) for d in digits]
    templates = [glyph for _, glyph in picked]
    if names is not None:
        names.extend(name for name, _ in picked)
    if counts is not None:
        counts.extend(len(glyph) for glyph in templates)
    pen_share = rng.uniform(0.06, 0.16)
    for _ in range(20):  # shrink until the number fits the canvas
        strokes, right = [], 0.0
        x = 0.0
        for template in templates:
            h = digit_height * rng.uniform(0.92, 1.08)
            wobble = rng.normal(0, 0.04 * digit_height)
            tilt = shear + float(np.tan(np.radians(rng.uniform(-3, 3))))
            placed = digit_strokes(template, x, wobble, h, tilt, rng)
            strokes += placed
            right = max(s[:, 0].max() for s in placed)
            # The gap is between the ink: centre lines one pen width further apart.
            x = right + (pen_share + rng.uniform(*gaps)) * digit_height
        xs = np.concatenate([s[:, 0] for s in strokes])
        if xs.max() - xs.min() + 2 * pen_share * digit_height < 0.95 * width:
            break
        digit_height *= 0.9
    pen = pen_share * digit_height
    xs = np.concatenate([s[:, 0] for s in strokes])
    ys = np.concatenate([s[:, 1] for s in strokes])
    dx = rng.uniform(pen, width - pen - (xs.max() - xs.min())) - xs.min()
    dy = rng.uniform(pen, height - pen - (ys.max() - ys.min())) - ys.min()
    return [s + [dx, dy] for s in strokes], float(pen)


def with_point(strokes: list[np.ndarray], counts: Sequence[int], after: int, pen: float,
               rng: np.random.Generator) -> list[np.ndarray]:
    """The strokes with a point after digit ``after``: a click, a dab or a comma."""
    cut = sum(counts[:after + 1])
    ys = np.concatenate([s[:, 1] for s in strokes])
    baseline, low = ys.max(), ys.max() - 0.3 * (ys.max() - ys.min())
    # The gap as seen at the baseline: slanted digits lean over it higher up.
    left = max(s[s[:, 1] >= low, 0].max(initial=-np.inf) for s in strokes[:cut])
    right = min(s[s[:, 1] >= low, 0].min(initial=np.inf) for s in strokes[cut:])
    dot = np.array([[(left + right) / 2, baseline - pen / 2]]) + rng.normal(0, 2, (1, 2))
    kind = rng.integers(3)
    if kind == 1:  # a dab
        dot = np.vstack([dot, dot + rng.normal(0, pen / 3, 2)])
    elif kind == 2:  # a comma, as German and Spanish write the decimal point
        height = baseline - ys.min()
        dot = np.vstack([dot, dot + [-0.06 * height, 0.18 * height] + rng.normal(0, 2, 2)])
    return strokes[:cut] + [dot] + strokes[cut:]


def render(strokes: Sequence[np.ndarray], pen: float,
           size: tuple[int, int] = CANVAS_SIZE) -> np.ndarray:
    """Strokes as dark round-capped ink on white (uint8), like the canvas, without Qt."""
    from model.synthetic.heldout_reading import paint

    return paint(strokes, pen, size)


def run(count: int, seed: int, world: bool = False, point: bool = False) -> dict:
    """Draw ``count`` numbers through the canvas and read each both ways.

    With ``point``, a decimal point between two digits: read right is not read whole.
    """
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from app.canvas import DrawingCanvas
    from model.data.number import read_number
    from model.network.checkpoints import BUNDLED_DIR, load_for_serving
    from model.network.classifier import Classifier

    loaded = load_for_serving(BUNDLED_DIR)
    classifier = Classifier(loaded.model, loaded.metadata, loaded.path)
    canvas = DrawingCanvas()
    canvas.resize(*CANVAS_SIZE)
    canvas.show()
    app.processEvents()  # one layout pass so the backing store has its size
    rng = np.random.default_rng(seed)
    ways = ("strokes", "image")
    right = {way: 0 for way in ways}
    split = {way: 0 for way in ways}
    by_length: dict[int, list[int]] = {n: [0, 0] for n in range(2, 6)}
    by_style: dict[str, list[int]] = {}  # style -> [read right, seen] (strokes, split right)
    seconds: list[float] = []
    for i in range(count):
        length = 2 + i % 4
        digits = [int(d) for d in rng.integers(0, 10, length)]
        names: list[str] = []
        counts: list[int] = []
        strokes, pen = compose(digits, rng, world=world, names=names, counts=counts,
                               gaps=(0.35, 0.7) if point else (0.15, 0.6))
        if point:
            strokes = with_point(strokes, counts, int(rng.integers(0, length - 1)), pen, rng)
        canvas.clear()
        canvas.set_pen_width(round(pen))
        for stroke in strokes:
            canvas.draw_stroke(stroke)
        pixels = canvas.to_array()
        truth = "".join(map(str, digits))
        start = time.perf_counter()
        readings = {"strokes": read_number(pixels, classifier, canvas.strokes())}
        seconds.append(time.perf_counter() - start)
        readings["image"] = read_number(pixels, classifier)
        for column, way in enumerate(ways):
            ok = (readings[way].number == truth) != point
            right[way] += ok
            by_length[length][column] += ok
            split[way] += len(readings[way].digits) == length + point  # the point a piece
        if not point and len(readings["strokes"].digits) == length:
            for name, digit, piece in zip(names, digits, readings["strokes"].digits,
                                          strict=True):
                seen = by_style.setdefault(name, [0, 0])
                seen[0] += piece.decision.digit == digit
                seen[1] += 1
    return {"strokes": right["strokes"] / count, "image": right["image"] / count,
            "split": {way: split[way] / count for way in ways}, "count": count,
            "by_length": by_length, "by_style": by_style, "seconds": seconds}


def main(argv: Sequence[str] | None = None) -> int:
    """Print accuracy per number length and per style, and the headline line."""
    p = common.parser(__doc__.splitlines()[0])
    p.add_argument("--count", type=int, default=400)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--styles", choices=["bench", "world"], default="bench")
    p.add_argument("--point", action="store_true",
                   help="a decimal point between two digits: right is not read whole")
    args = p.parse_args(argv)
    common.isolate()
    monitor = common.print_header("bench.numbers")
    result = run(100 if args.quick else args.count, args.seed, args.styles == "world",
                 args.point)
    per_length = max(1, result["count"] // 4)
    rows = [[f"{n} digits", v[0] / per_length, v[1] / per_length]
            for n, v in result["by_length"].items()]
    rows.append(["split right", result["split"]["strokes"], result["split"]["image"]])
    print(f"styles: {args.styles} ({IN_DISTRIBUTION[args.styles]}); "
          + ("numbers with a point not read as a whole number" if args.point
             else "numbers read whole"))
    print(common.table(["number", "strokes", "image"], rows))
    styles_rows = [[name, seen[0] / seen[1], seen[1]]
                   for name, seen in sorted(result["by_style"].items())]
    print("\ndigits read right by style (strokes, numbers split right)")
    print(common.table(["style", "accuracy", "digits"], styles_rows))
    ms = [s * 1000 for s in result["seconds"]]
    print(f"reading with strokes (segment + prepare + classify per number): "
          f"p50 {common.percentile(ms, 50):.2f} ms, p90 {common.percentile(ms, 90):.2f} ms")
    print(monitor.summary())
    print(f"numbers: strokes_accuracy={result['strokes']:.3f} "
          f"image_accuracy={result['image']:.3f} count={result['count']} "
          f"styles={args.styles} point={'yes' if args.point else 'no'} in_distribution=yes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
