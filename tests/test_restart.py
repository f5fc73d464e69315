"""Restart now: a new language is used at once, the drawing kept (Edit › Language, Preferences)."""

from __future__ import annotations

import sys
import textwrap

import pytest
from PySide6.QtWidgets import QMenu

from app import restart
from app.main_window import MainWindow
from app.recovery import FILE_NAME
from tests.window_driver import click

pytestmark = pytest.mark.gui

STROKE = [(210, 80), (200, 330)]


def open_window(qtbot, data_dir, restarted=False) -> MainWindow:
    window = MainWindow(data_dir=data_dir, load_model=False, restarted=restarted)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    return window


def choose_in_menu(window, name):
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    languages = next(a.menu() for a in edit.actions() if isinstance(a.menu(), QMenu))
    next(a for a in languages.actions() if a.text().startswith(name)).trigger()


def test_restart_now_closes_the_window_and_the_next_start_has_the_drawing(qtbot, tmp_path):
    # The note said "after Digit Canvas restarts" and left the person to find out how.
    window = open_window(qtbot, tmp_path)
    window.canvas.draw_stroke(STROKE)
    drawn = [s.tolist() for s in window.canvas.strokes()]
    choose_in_menu(window, "Deutsch")
    bar = window.message_bar
    assert "restart" in bar.text() and bar.action_button.isVisible()
    assert bar.action_button.text() == "Restart now"
    click(qtbot, bar.action_button)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.restart_wanted
    assert (tmp_path / FILE_NAME).exists()  # kept for the next start, not discarded
    again = open_window(qtbot, tmp_path, restarted=True)
    assert [s.tolist() for s in again.canvas.strokes()] == drawn
    assert again.message_bar.text() == "Your drawing is back."  # not "did not close normally"
    again.canvas.undo()  # the restore taken back: the note no longer holds
    assert again.canvas.is_empty() and again.message_bar.text() == ""


def test_no_restart_is_offered_for_the_language_the_window_speaks(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    choose_in_menu(window, "System (")
    assert not window.message_bar.action_button.isVisible()
    choice = window.training_panel.language
    window.training_panel.settings_toggle.setChecked(True)
    assert not choice.note.isVisible() and not choice.restart_button.isVisible()
    choice.combo.setCurrentIndex(choice.combo.findData("es"))
    choice.combo.activated.emit(choice.combo.currentIndex())
    qtbot.waitUntil(choice.restart_button.isVisible)
    assert "restart" in choice.note.text()
    click(qtbot, choice.restart_button)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.restart_wanted


def test_a_restart_refused_by_a_running_training_leaves_the_window_as_it_was(qtbot, tmp_path,
                                                                           monkeypatch):
    window = open_window(qtbot, tmp_path)
    window.canvas.draw_stroke(STROKE)
    monkeypatch.setattr(window.session.trainer, "is_running", lambda: True)
    monkeypatch.setattr(window, "confirm_stop_training", lambda: False)  # "No"
    restart.restart(window)
    assert window.isVisible() and not window.restart_wanted
    monkeypatch.undo()


def test_relaunch_starts_the_app_as_it_was_started_and_says_it_is_a_restart(
        qtbot, tmp_path, monkeypatch):
    said = tmp_path / "said.txt"
    script = tmp_path / "app.py"
    script.write_text(textwrap.dedent(f"""
        import os, sys
        open("said.tmp", "w").write(repr((sys.argv[1:], os.environ.get({restart.RESTARTED!r}))))
        os.replace("said.tmp", {str(said)!r})  # whole or not at all
    """))
    monkeypatch.setattr(sys, "orig_argv", ["python", str(script), "--log-level", "info"])
    monkeypatch.chdir(tmp_path)  # started where this process runs (a relative main.py)
    assert restart.relaunch()
    qtbot.waitUntil(said.exists, timeout=30_000)
    assert said.read_text() == repr((["--log-level", "info"], "1"))


def test_the_keyboard_reaches_restart_now_and_the_preferences_offer_it_too(qtbot, tmp_path):
    # The bar's button was no Tab stop, and the bar went after 10 s: a keyboard user
    # was offered a restart that could not be pressed.
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = open_window(qtbot, tmp_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.canvas.setFocus(Qt.FocusReason.TabFocusReason)
    choose_in_menu(window, "Español")
    bar = window.message_bar
    assert bar.action_button.isVisible() and not bar.timer.isActive()  # until answered
    qtbot.keyClick(window.canvas, Qt.Key.Key_Tab)
    qtbot.waitUntil(bar.action_button.hasFocus)
    window.training_panel.settings_toggle.setChecked(True)  # Preferences, after the menu
    choice = window.training_panel.language
    qtbot.waitUntil(choice.restart_button.isVisible)
    assert "restart" in choice.note.text()
