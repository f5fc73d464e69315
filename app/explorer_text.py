"""What the test-set explorer says about one test image: its card's title and its line.

The app's own answer comes first: an image the decision rule refuses is "not a
digit" here too, as it would be on the canvas (the confusion matrix and the
accuracy stay MNIST's usual ones, over the most likely digit).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from app.evaluation import Evaluation
from app.language import percent

# lupdate reads translate("Context", "text"); these are the explorer window's strings.
translate = QCoreApplication.translate


def card_title(evaluation: Evaluation | None, index: int, truth: int) -> str:
    """A card's title: "read 7", "read 7 · true 3", "not a digit · true 8" or "true 3"."""
    if evaluation is None:
        return translate("ExplorerWindow", "true %1").replace("%1", str(truth))
    if evaluation.refused[index]:
        return translate("ExplorerWindow", "not a digit · true %1").replace("%1", str(truth))
    predicted = int(evaluation.predicted[index])
    title = (translate("ExplorerWindow", "read %1 · true %2") if predicted != truth else
             translate("ExplorerWindow", "read %1"))
    return title.replace("%1", str(predicted)).replace("%2", str(truth))


def describe(evaluation: Evaluation | None, index: int, truth: int) -> str:
    """One line about an image: truth, the app's answer, the top two digits and their odds."""
    if evaluation is None:
        return translate("ExplorerWindow", "Test image #%1 · true digit %2").replace(
            "%1", str(index)).replace("%2", str(truth))
    probs = evaluation.probabilities[index]
    first, second = (int(d) for d in np.argsort(probs)[::-1][:2])
    if evaluation.refused[index]:
        text = translate("ExplorerWindow", "Test image #%1 · true digit %2 · not a digit "
                         "(closest %3 (%4), then %5 (%6)) · refused")
    elif first != truth:
        text = translate("ExplorerWindow",
                         "Test image #%1 · true digit %2 · predicted %3 (%4), then %5 (%6) · wrong")
    else:
        text = translate("ExplorerWindow",
                         "Test image #%1 · true digit %2 · predicted %3 (%4), then %5 (%6) · right")
    then = percent(probs[second], 1) if probs[second] >= 0.0005 else "< " + percent(0.001, 1)
    return (text.replace("%1", str(index)).replace("%2", str(truth)).replace("%3", str(first))
            .replace("%4", percent(probs[first], 1)).replace("%5", str(second))
            .replace("%6", then))  # "then 3 (< 0.1 %)", not "(0.0 %)"
