"""The app on the desktop: a freedesktop.org menu entry and icon for the person's account.

``--install-desktop`` writes ``applications/digit-canvas.desktop`` and
``icons/hicolor/scalable/apps/digit-canvas.svg`` under ``$XDG_DATA_HOME``
(default ``~/.local/share``); ``--uninstall-desktop`` removes exactly those two
files. Neither needs a display, and neither imports Qt.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from model.paths import APP_NAME, assets_dir

ICON_FILE = f"{APP_NAME}.svg"
DESKTOP_FILE = f"{APP_NAME}.desktop"
_RESERVED = set(' \t\n"\'\\><~|&;$*?#()`')  # Exec arguments with these must be quoted


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share."""
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def icon_source() -> Path:
    """The bundled icon (also the window icon)."""
    return assets_dir() / ICON_FILE


def targets(home: Path | None = None) -> tuple[Path, Path]:
    """Where the entry and the icon go: (desktop file, icon file)."""
    home = home or data_home()
    return (home / "applications" / DESKTOP_FILE,
            home / "icons" / "hicolor" / "scalable" / "apps" / ICON_FILE)


def launch_command() -> list[str]:
    """How to start the app from a menu: the way this command was started.

    ``./run`` says where it is (``DC_LAUNCHER``); an installed ``digit-canvas``
    command (pipx) is ``sys.argv[0]``; else this interpreter with this main.py.
    """
    launcher = os.environ.get("DC_LAUNCHER")
    if launcher:
        return [str(Path(launcher).absolute())]
    script = Path(sys.argv[0]).absolute() if sys.argv and sys.argv[0] else None
    if script is not None and script.name == APP_NAME and script.is_file():
        return [str(script)]
    return [sys.executable, str(Path(__file__).resolve().parent.parent / "main.py")]


def exec_argument(argument: str) -> str:
    """One argument as the Desktop Entry Specification wants it in ``Exec``."""
    argument = argument.replace("%", "%%")
    if not _RESERVED.intersection(argument):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return '"' + escaped.replace("\\", "\\\\") + '"'  # then the string escape: \ -> \\


def desktop_entry(command: list[str]) -> str:
    """The text of the .desktop file for ``command``."""
    exec_line = " ".join(exec_argument(a) for a in command)
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.5",
        "Name=Digit Canvas",
        "GenericName=Digit Recogniser",
        "Comment=Draw a digit and watch a small neural network read it",
        f"Exec={exec_line}",
        f"Icon={APP_NAME}",
        "Terminal=false",
        "Categories=Education;Science;ArtificialIntelligence;",
        "Keywords=digit;handwriting;MNIST;neural network;TensorFlow;",
        "StartupNotify=true",
        "",
    ])


def install(home: Path | None = None) -> tuple[Path, Path]:
    """Write the menu entry and the icon; returns where.

    Raises:
        OSError: A folder or file cannot be written.
    """
    entry, icon = targets(home)
    for folder in (entry.parent, icon.parent):
        folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(icon_source(), icon)
    temporary = entry.with_name(f".{entry.name}.tmp")
    temporary.write_text(desktop_entry(launch_command()), encoding="utf-8")
    os.replace(temporary, entry)  # a menu never sees half an entry
    return entry, icon


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove the menu entry and the icon; returns the files that were there.

    Raises:
        OSError: A file exists but cannot be removed.
    """
    removed = []
    for path in targets(home):
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed


def run_desktop_command(uninstalling: bool) -> int:
    """``--install-desktop`` / ``--uninstall-desktop``: report on stdout, errors on stderr."""
    try:
        if uninstalling:
            removed = uninstall()
            for path in removed:
                print(f"removed {path}")
            if not removed:
                print(f"nothing to remove: no {DESKTOP_FILE} or icon under {data_home()}")
            return 0
        entry, icon = install()
    except OSError as exc:
        what = "remove" if uninstalling else "install"
        print(f"error: cannot {what} the desktop entry: {exc}", file=sys.stderr)
        return 1
    print(f"installed {entry}\ninstalled {icon}")
    return 0
