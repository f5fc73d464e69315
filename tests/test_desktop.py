"""At home on the desktop: menu entry and icon, window icon, window state kept (issue 16)."""

from __future__ import annotations

import configparser
import os
import shlex
import stat
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QPoint, QSettings, QSize

import main
from app import desktop, screen_fit
from app.main_window import MainWindow


def run(capsys, *argv):
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def read_entry(path):
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.fixture
def data_home(tmp_path, monkeypatch):
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def test_the_icon_is_an_svg_that_qt_can_draw(qtbot):
    from PySide6.QtSvg import QSvgRenderer

    source = desktop.icon_source()
    assert ET.parse(source).getroot().tag == "{http://www.w3.org/2000/svg}svg"
    assert QSvgRenderer(str(source)).isValid()


def test_install_writes_a_menu_entry_and_the_icon(capsys, data_home, monkeypatch):
    monkeypatch.setenv("DC_LAUNCHER", "/opt/digit canvas/run")
    code, out, err = run(capsys, "--install-desktop")
    entry_path = data_home / "applications" / "digit-canvas.desktop"
    icon_path = data_home / "icons" / "hicolor" / "scalable" / "apps" / "digit-canvas.svg"
    assert code == 0 and err == ""
    assert out.splitlines() == [f"installed {entry_path}", f"installed {icon_path}"]
    assert icon_path.read_bytes() == desktop.icon_source().read_bytes()
    entry = read_entry(entry_path)
    assert entry["Type"] == "Application" and entry["Name"] == "Digit Canvas"
    assert entry["Icon"] == "digit-canvas" and entry["Terminal"] == "false"
    assert shlex.split(entry["Exec"]) == ["/opt/digit canvas/run"]
    assert entry["Categories"].endswith(";")
    assert not list(data_home.rglob(".*.tmp"))


def test_installing_twice_replaces_the_entry(capsys, data_home, monkeypatch):
    monkeypatch.setenv("DC_LAUNCHER", "/first/run")
    assert run(capsys, "--install-desktop")[0] == 0
    monkeypatch.setenv("DC_LAUNCHER", "/second/run")
    assert run(capsys, "--install-desktop")[0] == 0
    assert read_entry(data_home / "applications" / "digit-canvas.desktop")["Exec"] == "/second/run"


def test_without_run_the_entry_starts_this_interpreter_with_main_py(data_home, monkeypatch):
    monkeypatch.delenv("DC_LAUNCHER", raising=False)
    monkeypatch.setattr("sys.argv", ["main.py", "--install-desktop"])
    entry_path, _ = desktop.install()
    program, script = shlex.split(read_entry(entry_path)["Exec"])
    assert os.access(program, os.X_OK)
    assert script.endswith("main.py") and os.path.isfile(script)


def test_an_installed_command_is_what_the_entry_starts(data_home, monkeypatch, tmp_path):
    command = tmp_path / "bin" / "digit-canvas"
    command.parent.mkdir()
    command.write_text("#!/bin/sh\n")
    command.chmod(command.stat().st_mode | stat.S_IXUSR)
    monkeypatch.delenv("DC_LAUNCHER", raising=False)
    monkeypatch.setattr("sys.argv", [str(command), "--install-desktop"])
    entry_path, _ = desktop.install()
    assert read_entry(entry_path)["Exec"] == str(command)


@pytest.mark.parametrize("argument, expected", [
    ("/usr/bin/digit-canvas", "/usr/bin/digit-canvas"),
    ("/home/a b/run", '"/home/a b/run"'),
    ("/opt/100%/run", "/opt/100%%/run"),
    ('/x/"q"$`/run', r'"/x/\\"q\\"\\$\\`/run"'),
])
def test_exec_arguments_are_quoted_as_the_specification_says(argument, expected):
    assert desktop.exec_argument(argument) == expected


def test_uninstall_removes_both_files_and_says_so(capsys, data_home):
    assert run(capsys, "--install-desktop")[0] == 0
    code, out, _ = run(capsys, "--uninstall-desktop")
    assert code == 0 and len(out.splitlines()) == 2 and out.startswith("removed ")
    assert not list(data_home.rglob("digit-canvas*"))
    code, out, _ = run(capsys, "--uninstall-desktop")
    assert code == 0 and out.startswith("nothing to remove")


@pytest.mark.faults
def test_a_folder_that_cannot_be_made_is_one_error_line_and_exit_1(capsys, data_home):
    data_home.mkdir(parents=True)
    (data_home / "applications").write_text("a file where a folder should be")
    code, out, err = run(capsys, "--install-desktop")
    assert code == 1 and out == ""
    assert err.startswith("error: cannot install the desktop entry") and len(err.splitlines()) == 1


@pytest.mark.faults
def test_install_and_uninstall_together_are_refused(capsys):
    with pytest.raises(SystemExit) as info:
        main.main(["--install-desktop", "--uninstall-desktop"])
    assert info.value.code == 2


# --- the window -------------------------------------------------------------------


@pytest.mark.gui
def test_the_window_has_the_app_icon(qtbot, tmp_app_dirs):
    window = MainWindow(data_dir=tmp_app_dirs.data, load_model=False)
    qtbot.addWidget(window)
    assert not window.windowIcon().isNull()
    assert window.windowIcon().availableSizes() or window.windowIcon().pixmap(32).width() == 32


@pytest.fixture
def window_settings_removed():
    """The window state this test saves is gone afterwards (QSettings last the session)."""
    yield
    QSettings().remove("window")


@pytest.mark.gui
def test_size_position_and_splitter_are_restored(qtbot, tmp_app_dirs, window_settings_removed):
    first = MainWindow(data_dir=tmp_app_dirs.data, load_model=False)
    qtbot.addWidget(first)
    first.show()
    # Inside the offscreen screen (800x800), below where a title bar would go.
    first.resize(QSize(790, 740))
    first.move(QPoint(4, 30))
    total = sum(first.splitter.sizes())
    first.splitter.setSizes([220, total - 220])  # the canvas narrower than by default
    qtbot.waitUntil(lambda: first.splitter.sizes()[0] == 220)
    geometry, sizes = first.geometry(), first.splitter.sizes()
    first.close()

    second = MainWindow(data_dir=tmp_app_dirs.data, load_model=False)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitUntil(lambda: second.geometry() == geometry)
    assert second.splitter.sizes() == sizes
    second.close()


@pytest.mark.gui
@pytest.mark.faults
def test_hand_edited_window_state_is_ignored(qtbot, tmp_app_dirs, window_settings_removed):
    settings = QSettings()
    settings.setValue("window/geometry", "enormous")
    settings.setValue("window/splitter", "left")
    settings.sync()
    window = MainWindow(data_dir=tmp_app_dirs.data, load_model=False)
    qtbot.addWidget(window)
    window.show()
    area = screen_fit.available_area(window)  # the first geometry: centred on the screen
    assert screen_fit.fits(window.geometry(), area)
    assert window.geometry().center() == area.center()
    assert all(size > 0 for size in window.splitter.sizes())
    window.close()


def test_the_divider_beside_the_canvas_can_be_seen_and_dragged(tmp_app_dirs, qtbot):
    # A 3 px divider, drawn as nothing but a line, was missed by a touchpad's pointer.
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QImage, QMouseEvent
    from PySide6.QtWidgets import QApplication

    window = MainWindow(data_dir=tmp_app_dirs.data, load_model=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    handle = window.splitter.handle(1)
    assert handle.width() >= 8
    picture = QImage(handle.size(), QImage.Format.Format_RGB32)
    handle.render(picture)
    colours = {picture.pixel(x, y) for x in range(picture.width())
               for y in range(picture.height())}
    assert len(colours) > 1  # a grip is drawn on it
    window.resize(1100, 700)  # room on both sides of the divider
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] > 400)
    canvas_width = window.splitter.sizes()[0]
    middle = QPointF(handle.rect().center())
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, at, buttons in ((QEvent.Type.MouseButtonPress, middle, left),
                              (QEvent.Type.MouseMove, middle - QPointF(60, 0), left),
                              (QEvent.Type.MouseButtonRelease, middle - QPointF(60, 0), none)):
        QApplication.sendEvent(handle, QMouseEvent(kind, at, handle.mapToGlobal(at), left,
                                                   buttons, Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] <= canvas_width - 50)
    window.close()
