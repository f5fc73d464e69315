"""What the message bar says of the two models after a run: counted, never a third percentage."""

from __future__ import annotations

import dataclasses

import pytest

from app.adoption import Verdict, drawings_text, set_aside_text
from app.language import install_language


@pytest.mark.parametrize(("new", "old", "kept", "said"), [
    (0.9940, 0.9960, True, ": of 5,000 digits set aside from training, it reads 10 more right "
                           "than the new one"),
    (0.9972, 0.9960, False, ": of 5,000 digits set aside from training, it reads 6 more right "
                            "than the previous one"),
    (0.9960, 0.9960, False, ": of 5,000 digits set aside from training, it reads as many right "
                            "as the previous one"),
    # Used though it reads fewer of them: it reads more of the person's drawings.
    (0.9956, 0.9960, False, ": of 5,000 digits set aside from training, it reads 2 fewer right "
                            "than the previous one"),
])
def test_the_two_models_are_compared_in_digits_read_right(qapp, new, old, kept, said):
    assert set_aside_text(Verdict(new, old, 5000), kept) == said
    assert "%" not in said  # the percentages on the screen are test accuracies


def test_a_new_model_that_learned_the_drawings_is_used_when_worse_only_by_chance(qapp):
    # A fine-tune that reads the taught 7 right but 4 fewer of 5,000 set-aside digits:
    # 11 read right by the new model alone, 15 by the old one alone. It was kept out.
    learned = Verdict(0.9950, 0.9958, 5000, drawings=1, own=1, previous_own=0,
                      only_new=11, only_previous=15, learned=True)
    assert learned.within_chance and learned.adopt
    assert set_aside_text(learned, kept=False) == (
        ": of 5,000 digits set aside from training, it reads 4 fewer right than the previous "
        "one, a difference within chance")
    # Forty more mistakes is no chance: the drawing taught does not buy them.
    worse = Verdict(0.9878, 0.9958, 5000, drawings=1, own=1, previous_own=0,
                    only_new=0, only_previous=40, learned=True)
    assert not worse.within_chance and not worse.adopt
    # The same held-out digits without the drawings to gain: the fewer mistakes win.
    assert not Verdict(0.9950, 0.9958, 5000, only_new=11, only_previous=15).adopt
    # Without the counts (an older trainer) chance cannot be told: as before.
    assert not Verdict(0.9950, 0.9958, 5000, drawings=1, own=1, previous_own=0,
                       learned=True).adopt
    # A run that never saw the drawings reads one more right by chance: no tolerance.
    assert not dataclasses.replace(learned, learned=False).adopt


def test_nothing_to_compare_says_nothing(qapp):
    assert set_aside_text(Verdict(0.99, None, 5000), kept=False) == ""


@pytest.mark.parametrize(("lang", "said"), [
    ("de", ": Von 5.000 beiseitegelegten Ziffern erkennt es 10 mehr "
           "richtig als das neue"),
    ("es", ": de 5000 dígitos apartados del entrenamiento, acierta 10 más que el nuevo"),
    ("fr", "\u00a0: sur 5\u202f000 chiffres écartés de l'entraînement, il en lit bien 10 de plus "
           "que le nouveau")])
def test_it_is_said_in_the_language(qapp, lang, said):
    install_language(qapp, lang)
    try:
        assert set_aside_text(Verdict(0.9940, 0.9960, 5000), kept=True) == said
    finally:
        install_language(qapp, "en")


def test_the_drawings_are_a_sentence_of_their_own(qapp):
    # "... than the new one · your drawings: the new model reads 2 of 3 right, the previous
    # one 0. Use the new one anyway?" ran on as one sentence.
    judged = Verdict(0.9950, 0.9960, 5000, drawings=3, own=2, previous_own=0)
    assert drawings_text(judged, kept=False) == (
        ". On your drawings, the new model reads 2 of 3 right, the previous one 0 of 3")
    # Kept, the other is the one still in use: "the previous one" read as a third model.
    assert drawings_text(judged, kept=True) == (
        ". On your drawings, the new model reads 2 of 3 right, the one in use 0 of 3")
    assert drawings_text(Verdict(0.9950, 0.9960, 5000), kept=False) == ""


def test_a_choice_the_test_accuracies_seem_to_contradict_says_what_it_was_made_on(
        qapp, qtbot, tmp_path):
    # "Now using the new model" beside "(-0.09 points)"; "kept your current model" beside a
    # higher test accuracy than the one in use: the learner saw two verdicts at odds.
    import types

    from PySide6.QtWidgets import QWidget

    from app.adoption import Adoption, basis_text

    said = (" · chosen on the digits set aside from training; the test digits are kept for "
            "measuring")
    assert basis_text(True, 0.9945, 0.9954) == said
    assert basis_text(False, 0.9954, 0.9945) == said
    assert basis_text(True, 0.9954, 0.9945) == basis_text(False, 0.9945, 0.9954) == ""
    assert basis_text(True, 0.9954, None) == ""
    window = QWidget()
    qtbot.addWidget(window)
    in_use = types.SimpleNamespace(path=tmp_path / "in use", metadata={"test_accuracy": 0.9945})
    unheard = types.SimpleNamespace(connect=lambda _slot: None)  # no model changes here
    adoption = Adoption(types.SimpleNamespace(classifier=in_use, classifierChanged=unheard),
                        window)
    run = types.SimpleNamespace(path=tmp_path / "new", metadata={"test_accuracy": 0.9954},
                                own_accuracy=None)
    assert adoption._summary(run, None) == (
        "Done: the new model's test accuracy 99.54 % · kept your current model" + said)
    assert adoption._summary(run, 0.9960) == (
        "Done: the new model's test accuracy 99.54 % (-0.06 points)" + said)


def test_the_offer_of_a_kept_run_goes_when_another_model_is_chosen(app_window, qtbot,
                                                                   tmp_path, monkeypatch):
    # "Kept your current model... Use the new one anyway?" stayed after the bundled model
    # was chosen in Models, still offering a choice already made.
    import types

    from app.adoption import Adoption
    from app.feedback import tell
    from tests.window_driver import SEVEN, draw

    window = app_window
    run = types.SimpleNamespace(path=tmp_path / "new", metadata={"test_accuracy": 0.98},
                                own_accuracy=None)
    Adoption(window.session, window)._decide(run, Verdict(0.9940, 0.9960, 5000))
    bar = window.message_bar
    asked = bar.text()
    assert bar.isVisible() and asked.endswith("Use the new one anyway?")
    # A question waits: through a stroke and a passing message it comes back.
    draw(qtbot, window.canvas, SEVEN)
    assert bar.isVisible() and bar.text() == asked
    tell(window, "Saved as a 7")
    bar.dismiss()
    assert bar.isVisible() and bar.text() == asked
    tell(window, "Saved as a 7")  # and withdrawn while it waits under another message
    window.session.use_bundled()
    bar.dismiss()
    assert not bar.isVisible()
    Adoption(window.session, window)._decide(run, Verdict(0.9940, 0.9960, 5000))
    window.session.use_bundled()  # withdrawn where it shows
    assert not bar.isVisible()
    # A new run withdraws it too: it stayed through the run, and the same words came back.
    window.training.adoption._decide(run, Verdict(0.9940, 0.9960, 5000))
    assert bar.isVisible()
    monkeypatch.setattr(window.session.trainer, "start", lambda job: job)
    assert window.training.start_retrain()
    assert not bar.isVisible()
