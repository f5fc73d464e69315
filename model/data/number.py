"""Reading a whole drawing: one digit, a number, not a digit, or nothing.

The drawing is split into pieces (model/data/segment.py); every piece then takes
exactly the single-digit path: MNIST-style preparation, the same classifier,
the same not-a-digit decision.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

import numpy as np
from PIL import Image

from model.data.ink import without_faint_marks, without_form_boxes, without_ruled_lines
from model.data.pieces import Box
from model.data.preprocess import prepare, to_gray_ink
from model.data.segment import segment
from model.network.classifier import BIG_BATCH

if TYPE_CHECKING:
    from collections.abc import Sequence

    from model.network.decision import Decision

STATUSES = ("blank", "digit", "number", "not_a_digit")
# The digits of a number are about as tall as each other: a piece under half the tallest
# beside them is part of something else (the rings of a %, a letter's tail), not a digit.
SMALL_PIECE = 0.5
# Image files larger than this (longer side) are read shrunk to it, as the window reads them.
READ_SIDE = 1200


class DigitClassifier(Protocol):
    """What reading needs from model.network.classifier.Classifier."""

    def predict(self, image: np.ndarray) -> Decision:
        """The Decision for one 28x28 image."""

    def predict_many(self, images: np.ndarray) -> list[Decision]:
        """One Decision per image of an (N, 28, 28) batch."""


@dataclass(frozen=True)
class DigitReading:
    """One piece of a drawing and what the classifier decided about it.

    Attributes:
        box: [x, y, w, h] of the piece in the image's pixels.
        network_input: The 28x28 array the network was given.
        decision: The classifier's Decision for it.
    """

    box: Box
    network_input: np.ndarray
    decision: Decision

    @property
    def confidence(self) -> float:
        """Calibrated probability of the most likely digit."""
        return self.decision.confidence

    def as_json(self) -> dict:
        """{"digit", "probabilities", "box"} as ``predict --json`` prints it."""
        return {"digit": self.decision.digit,
                "probabilities": _rounded(self.decision.probabilities),
                "box": [int(v) for v in self.box]}


@dataclass(frozen=True)
class Reading:
    """What a drawing says, read left to right.

    Attributes:
        status: "blank" (no digit-sized ink), "digit" (one digit), "number"
            (two or more digits) or "not_a_digit" (some piece is not a digit).
        digits: The pieces in reading order, each with its decision.
        rough: Digits that touch were cut at the thinnest ink, not where the
            classifier reads them best, or ink that may be two digits was
            left whole (``search_cuts=False``): reading again with the search
            may give another answer.
    """

    status: str
    digits: tuple[DigitReading, ...] = ()
    rough: bool = False

    @property
    def number(self) -> str | None:
        """The digits read, left to right ("2917"); None if blank or not a digit."""
        if self.status not in ("digit", "number"):
            return None
        return "".join(str(d.decision.digit) for d in self.digits)

    @property
    def confidence(self) -> float:
        """The product of the digits' confidences (0 when blank)."""
        if not self.digits:
            return 0.0
        return float(np.prod([d.confidence for d in self.digits]))

    @property
    def single(self) -> DigitReading | None:
        """The only piece, when there is exactly one."""
        return self.digits[0] if len(self.digits) == 1 else None

    def placed(self, scale: float, left: float, top: float) -> Reading:
        """The reading with its boxes where the image is shown: scaled, then moved."""
        def moved(box: Box) -> Box:
            x, y, w, h = box
            return (round(left + x * scale), round(top + y * scale),
                    max(1, round(w * scale)), max(1, round(h * scale)))

        return replace(self, digits=tuple(replace(d, box=moved(d.box)) for d in self.digits))

    def as_json(self) -> dict:
        """The reading's part of a ``predict --json`` object.

        "digit" and "probabilities" describe the one piece when there is exactly
        one (the digit only if it is one), and are null otherwise.
        """
        one = self.single
        return {
            "status": self.status,
            "number": self.number,
            "digit": one.decision.digit if one is not None else None,
            "probabilities": _rounded(one.decision.probabilities) if one is not None else None,
            "digits": [d.as_json() for d in self.digits],
        }

    def log_text(self) -> str:
        """The app's log line after "prediction: ", e.g. "number=2917 confidence=0.870"."""
        if self.status == "blank":
            return "none"
        if self.status == "not_a_digit":
            return "not-a-digit"
        kind = "number" if self.status == "number" else "digit"
        return f"{kind}={self.number} confidence={self.confidence:.3f}"


def _rounded(probabilities: np.ndarray | None) -> list[float] | None:
    return None if probabilities is None else [round(float(p), 6) for p in probabilities]


def status_of(decisions: Sequence[Decision]) -> str:
    """The overall status of a drawing from its pieces' decisions."""
    if not decisions:
        return "blank"
    if any(d.status != "digit" for d in decisions):
        return "not_a_digit"
    return "digit" if len(decisions) == 1 else "number"


def _ink_near_the_drawing(image: np.ndarray | Image.Image, margin: int = 2
                          ) -> tuple[np.ndarray, tuple[int, int], int]:
    """The image's ink, computed only around the drawing.

    A canvas is mostly paper: for a gray uint8 array whose border is all white,
    the ink of a crop with a white border (``margin``) equals that part of the
    whole image's ink (same background, same scale), at a fraction of the cost.
    With no margin (an opened image shown on the canvas) the crop is what is
    not the canvas's white, so the image's own paper and shadows are its
    background, even where it fills the canvas from side to side.

    Returns:
        The ink, the (top, left) of the crop in the image, and the image's longer side.
    """
    side = max(np.shape(image)[:2]) if isinstance(image, np.ndarray) else max(image.size)
    if not (isinstance(image, np.ndarray) and image.dtype == np.uint8 and image.ndim == 2
            and image.shape[0] > 2 and image.shape[1] > 2):
        return to_gray_ink(image, photo=not margin), (0, 0), side
    border = np.concatenate((image[0], image[-1], image[:, 0], image[:, -1]))
    if margin and border.min() < 255:
        return to_gray_ink(image), (0, 0), side
    rows = np.flatnonzero((image < 255).any(axis=1))
    if rows.size == 0:
        return np.zeros(image.shape, np.float32), (0, 0), side
    cols = np.flatnonzero((image[rows[0] : rows[-1] + 1] < 255).any(axis=0))
    top, left = max(rows[0] - margin, 0), max(cols[0] - margin, 0)
    bottom, right = rows[-1] + 1 + margin, cols[-1] + 1 + margin
    return (to_gray_ink(image[top:bottom, left:right], photo=not margin), (int(top), int(left)),
            side)


def _moved(box: tuple[int, int, int, int], top: int, left: int, scale: int = 1
           ) -> tuple[int, int, int, int]:
    x, y, w, h = box
    return ((x + left) * scale, (y + top) * scale, w * scale, h * scale)


def _at_reading_size(image: np.ndarray | Image.Image) -> tuple[np.ndarray | Image.Image, int]:
    """An image file shrunk by a whole factor to at most READ_SIDE, and the factor.

    The window reads an opened picture at the canvas's size; a file read as it is
    (``predict``) is read at about the same size, which also averages a phone
    photo's grain away, and in a fraction of the time.
    """
    if isinstance(image, np.ndarray):
        return image, 1
    scale = -(-max(image.size) // READ_SIDE)
    if scale < 2:
        return image, 1
    try:
        return image.resize((max(1, image.width // scale), max(1, image.height // scale)),
                            Image.Resampling.BOX), scale
    except (ValueError, OSError):  # a mode Pillow cannot resize: read it as it is
        return image, 1


def _sureness(decision: Decision) -> float:
    return decision.confidence if decision.status == "digit" else 0.0


def _predict_in_batches(classifier: DigitClassifier, images: list[np.ndarray]) -> list[Decision]:
    # Batches the NumPy network serves: larger ones go to TensorFlow, which must not
    # be imported on the GUI thread just to read a drawing.
    return [decision for start in range(0, len(images), BIG_BATCH)
            for decision in classifier.predict_many(np.stack(images[start:start + BIG_BATCH]))]


def read_number(image: np.ndarray | Image.Image, classifier: DigitClassifier,
                strokes: Sequence[np.ndarray] | None = None, search_cuts: bool = True) -> Reading:
    """Read every digit of a drawing or an image, left to right.

    Args:
        image: Anything ``model.data.preprocess.to_gray_ink`` accepts (a canvas's
            gray pixels, an opened image).
        classifier: The classifier in use (model.network.classifier.Classifier).
        strokes: The drawing's strokes, (N, 2) arrays of x, y in the image's
            pixels, when known (the canvas); None for an image.
        search_cuts: Let the classifier choose where touching digits are cut
            (scores dozens of candidate parts); False cuts at the thinnest
            ink, for the live preview while a stroke is drawn.

    Returns:
        The Reading: its status and one DigitReading per piece.

    Raises:
        ValueError: The image cannot be read.
    """
    image, scale = _at_reading_size(image) if strokes is None else (image, 1)
    ink, (top, left), side = _ink_near_the_drawing(image, 2 if strokes is not None else 0)
    if strokes is None:  # a scan or photo may hold ruled lines, a form's box, a shadow
        ink = without_faint_marks(without_ruled_lines(without_form_boxes(ink)))
    if strokes is not None and (top or left):
        strokes = [np.asarray(s, dtype=np.float64).reshape(-1, 2) - (left, top) for s in strokes]

    def score(crops: Sequence[np.ndarray]) -> list[float]:
        # How sure the classifier is that each candidate part is one digit; a part
        # it calls not a digit (or that prepare finds empty) counts as nothing.
        inputs = [prepare(crop) for crop in crops]
        ready = [x for x in inputs if x is not None]
        decisions = iter(_predict_in_batches(classifier, ready))
        return [0.0 if x is None else _sureness(next(decisions)) for x in inputs]

    pieces = segment(ink, strokes, score if search_cuts else None, side)
    kept = [(piece, prepare(piece.ink)) for piece in pieces]
    kept = [(piece, x) for piece, x in kept if x is not None]
    rough = not search_cuts and any(piece.wide or piece.joined for piece in pieces)
    if not kept:
        return Reading("blank", rough=rough)
    decisions = classifier.predict_many(np.stack([x for _, x in kept]))
    tallest = max(piece.box[3] for piece, _ in kept)
    decisions = [replace(d, status="not_a_digit", digit=None)
                 if d.status == "digit" and (piece.box[3] < SMALL_PIECE * tallest
                                             or piece.dotted) else d
                 for (piece, _), d in zip(kept, decisions, strict=True)]
    digits = tuple(DigitReading(_moved(piece.box, top, left, scale), x, decision)
                   for (piece, x), decision in zip(kept, decisions, strict=True))
    return Reading(status_of(decisions), digits, rough)
