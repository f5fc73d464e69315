"""Never a worse model by surprise: a finished run is compared with the model in use.

The trainer scores both models on the digits both held out (``comparison`` in
the new model's metadata, model/network/compare.py); here both are also scored
on the person's drawings (NumPy, in a worker). Mistakes on the two are counted
together: no more mistakes than the model in use, and the new model is used;
more, and the model in use stays and the new one is offered in the message
bar. A new model trained on the drawings (a fine-tune, or a run that included
them) that reads more of them right is used too when its extra mistakes on the
held-out digits are within chance: five fewer of 5,000 outweighed every
drawing taught. Either way the new one is kept in the store (the Models window).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import numpy as np
from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from app.feedback import tell
from app.language import percent
from app.message_bar import message_bar_of
from app.session import Session
from app.trainer import TrainingResult

log = logging.getLogger("app.trainer")  # the training log lines speak with one voice

CHANCE_Z = 1.96
"""McNemar's test at 95 %: extra mistakes within this many deviations could be chance."""


@dataclass(frozen=True)
class Verdict:
    """Both models on the same footing: held-out digits, then the person's drawings."""

    accuracy: float | None  # the new model's, on ``images`` held-out (or test) digits
    previous_accuracy: float | None  # the model in use's, on the same digits
    images: int = 0
    drawings: int = 0
    own: int = 0  # drawings the new model reads right
    previous_own: int = 0
    only_new: int | None = None  # held-out digits only the new model reads right
    only_previous: int | None = None  # ... only the model in use
    learned: bool = False  # the new model trained on the drawings (a fine-tune, or included)

    def mistakes(self, accuracy: float | None, own: int) -> int:
        """Mistakes on the held-out digits and the drawings together."""
        held_out = 0 if accuracy is None else round((1.0 - accuracy) * self.images)
        return held_out + self.drawings - own

    @property
    def within_chance(self) -> bool:
        """The held-out digits cannot tell the two models apart (McNemar's test)."""
        if self.only_new is None or self.only_previous is None:
            return False
        return (self.only_previous - self.only_new
                <= CHANCE_Z * math.sqrt(self.only_new + self.only_previous))

    @property
    def adopt(self) -> bool:
        """No more mistakes in all; or it learned the drawings, and is worse only by chance."""
        if self.previous_accuracy is None and not self.drawings:
            return True
        if (self.mistakes(self.accuracy, self.own)
                <= self.mistakes(self.previous_accuracy, self.previous_own)):
            return True
        return self.learned and self.own > self.previous_own and self.within_chance


def verdict(result: TrainingResult, previous: object,
            drawings: tuple[np.ndarray, np.ndarray] | None) -> Verdict:
    """Score the new model and ``previous`` (a Classifier, or None) on the same footing.

    Without the trainer's comparison (an older trainer, or the model in use could
    not be read there) the MNIST test accuracies of the metadata stand in.
    """
    from model.network.calibration import answers
    from model.network.classifier import Classifier

    if previous is None:
        return Verdict(result.metadata.get("test_accuracy"), None)
    compared = result.compared or {}
    apart = {"only_new": compared.get("only_new"), "only_previous": compared.get("only_previous")}
    if "accuracy" in compared and "previous_accuracy" in compared:
        scores = (compared["accuracy"], compared["previous_accuracy"], compared.get("images", 0))
    else:
        scores, apart = (result.metadata.get("test_accuracy"),
                         previous.metadata.get("test_accuracy"), 10_000), {}
    if drawings is None:
        return Verdict(*scores, **apart)
    images, labels = drawings
    new = Classifier(result.model, result.metadata, tensorflow=False)
    own, previous_own = (int(np.sum(answers(c.logits_batch(images), c.rule) == labels))
                         for c in (new, previous))
    learned = bool(result.metadata.get("fine_tuned") or result.metadata.get("samples"))
    return Verdict(*scores, len(labels), own, previous_own, **apart, learned=learned)


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def set_aside_text(judged: Verdict, kept: bool) -> str:
    """": of 5,000 digits set aside from training, it reads 12 more right than ...".

    Counted, not in percent: the percentages shown beside it are MNIST test
    accuracies, and two more on other digits read as a contradiction.
    ``kept``: "it" is the model in use, kept; else the new one, now used.
    """
    if judged.accuracy is None or judged.previous_accuracy is None or not judged.images:
        return ""
    new, old = (round(a * judged.images) for a in (judged.accuracy, judged.previous_accuracy))
    ahead = old - new if kept else new - old
    if ahead > 0:
        than = (translate("Adoption", "%1 more right than the new one") if kept
                else translate("Adoption", "%1 more right than the previous one"))
    elif ahead == 0:
        than = (translate("Adoption", "as many right as the new one") if kept
                else translate("Adoption", "as many right as the previous one"))
    elif kept:
        than = translate("Adoption", "%1 fewer right than the new one")
    elif judged.within_chance:
        than = translate("Adoption", "%1 fewer right than the previous one, a difference "
                         "within chance")
    else:
        than = translate("Adoption", "%1 fewer right than the previous one")
    return translate("Adoption", ": of %1 digits set aside from training, it reads %2").replace(
        "%1", QLocale().toString(judged.images)).replace(
        "%2", than.replace("%1", QLocale().toString(abs(ahead))))


def drawings_text(judged: Verdict, kept: bool) -> str:
    """". On your drawings, the new model reads 2 of 3 right, the previous one 0 of 3"; or "".

    A sentence of its own: after " · " the message ran on as one sentence. ``kept``:
    the other model is the one still in use ("the previous one" read as a third).
    """
    if not judged.drawings:
        return ""
    text = (translate("Adoption", "On your drawings, the new model reads %1 of %2 right, the "
                      "one in use %3 of %2") if kept
            else translate("Adoption", "On your drawings, the new model reads %1 of %2 right, "
                           "the previous one %3 of %2"))
    return ". " + text.replace("%1", QLocale().toString(judged.own)).replace(
        "%2", QLocale().toString(judged.drawings)).replace(
        "%3", QLocale().toString(judged.previous_own))


def basis_text(adopted: bool, new_test: float | None, other_test: float | None) -> str:
    """" · chosen on the digits set aside ...": where the test accuracies point the other way.

    A model used though its test accuracy is lower (or kept though the new one's is
    higher) read as a contradiction: the choice is made on other digits, so that the
    test digits stay a fair measure.
    """
    if new_test is None or other_test is None:
        return ""
    if (new_test < other_test) if adopted else (new_test > other_test):
        return " · " + translate("Adoption", "chosen on the digits set aside from training; the "
                                 "test digits are kept for measuring")
    return ""


def _points(difference: float) -> str:
    """A difference of two accuracies in percentage points, signed: "+0.02"."""
    points = difference * 100
    return ("+" if points >= 0 else "") + QLocale().toString(points, "f", 2)


class Adoption(QObject):
    """Decides, at the end of each successful run, which model is in use; says so.

    Signals:
        decided(text): what the training panel shows ("Done: ...").
    """

    decided = Signal(str)

    def __init__(self, session: Session, window: QWidget) -> None:
        super().__init__(window)
        self.session, self.window = session, window
        # "Use the new one anyway?" is answered once another model is chosen (in Models).
        # A question waits through strokes and passing messages: not ended by ``until``.
        self._offer: Callable[[], None] | None = None
        session.classifierChanged.connect(self.withdraw_offer)

    def consider(self, result: TrainingResult) -> None:
        """Compare ``result`` with the model in use (in a worker), then use or offer it."""
        self.session.modelsChanged.emit()  # kept in the store either way
        previous, drawings = self.session.classifier, self.session.training_drawings()
        self.session.run(lambda: verdict(result, previous, drawings),
                         lambda judged: self._decide(result, judged), self._on_error, "adoption")

    @Slot()
    def withdraw_offer(self) -> None:
        """Drop the offer of the last run kept out (another model chosen, a new run)."""
        bar = message_bar_of(self.window)
        if self._offer is not None and bar is not None:
            bar.withdraw(self._offer)
        self._offer = None

    def _on_error(self, message: str) -> None:
        log.warning("models not compared: %s", message)
        self.decided.emit(self.tr("Done: the new model is kept; the model in use has not "
                                  "changed"))

    def _percent(self, value: float | None) -> str:
        return "?" if value is None else percent(value, 2)

    def _decide(self, result: TrainingResult, judged: Verdict) -> None:
        log.info("training: finished accuracy=%s adopted=%s previous=%s",
                 "none" if judged.accuracy is None else f"{judged.accuracy:.4f}",
                 "yes" if judged.adopt else "no",
                 "none" if judged.previous_accuracy is None else f"{judged.previous_accuracy:.4f}")
        log.info("training: compared only_new=%s only_previous=%s drawings=%d own=%d "
                 "previous_own=%d", judged.only_new, judged.only_previous, judged.drawings,
                 judged.own, judged.previous_own)
        drawings = drawings_text(judged, kept=not judged.adopt)
        if not judged.adopt:
            self.decided.emit(self._summary(result, None))
            self.withdraw_offer()  # a newer run's question replaces it
            self._offer = partial(self._use_anyway, result)
            tell(self.window, self.tr("Kept your current model%1%2. Use the new one anyway?")
                 .replace("%1", set_aside_text(judged, kept=True))
                 .replace("%2", drawings), "info",
                 self.tr("Use the new one"), self._offer, timeout_ms=0)
            return
        previous_test = self.session.adopt(result)
        self.decided.emit(self._summary(result, previous_test))
        # Until closed or the next stroke: the panel's "(-0.01 points)" on MNIST's test
        # digits read as "worse, used anyway" once this had gone after five seconds.
        tell(self.window, self.tr("Now using the new model%1%2")
             .replace("%1", set_aside_text(judged, kept=False))
             .replace("%2", drawings), "positive", timeout_ms=0)

    def _summary(self, result: TrainingResult, previous_test: float | None) -> str:
        """The training panel's line: the run's MNIST test accuracy, and what became of it."""
        accuracy = result.metadata.get("test_accuracy")
        # "the new model's": beside "kept your current model" it read as the kept one's.
        text = self.tr("Done: the new model's test accuracy %1").replace(
            "%1", self._percent(accuracy))
        if previous_test is not None and accuracy is not None:
            text += " " + self.tr("(%1 points)").replace("%1", _points(accuracy - previous_test))
            text += basis_text(True, accuracy, previous_test)
        elif previous_test is None and self.session.classifier.path != result.path:
            text += " · " + self.tr("kept your current model")
            text += basis_text(False, accuracy,
                               self.session.classifier.metadata.get("test_accuracy"))
        if result.own_accuracy is not None:
            # Read right by a model trained on them: said, or 100 % reads as proof.
            text += " · " + self.tr("your drawings (trained on): %1").replace(
                "%1", percent(result.own_accuracy))
        return text

    def _use_anyway(self, result: TrainingResult) -> None:
        from model.network.errors import CheckpointError

        try:  # from its folder: it may have been deleted since
            self.session.use_model(result.path)
        except CheckpointError as exc:
            tell(self.window, self.tr("The new model cannot be used: %1").replace(
                "%1", str(exc)), "error")
            return
        self.decided.emit(self._summary(result, None))  # no longer "kept your current model"
        tell(self.window, self.tr("Now using the new model"), "positive")
