"""Who the app is to the desktop: its names, where its settings live, where dialogs start.

With the organisation and application both ``digit-canvas``, QSettings write
``~/.config/digit-canvas/digit-canvas.conf``. Earlier versions set no
organisation (``~/.config/Unknown Organization/digit-canvas.conf``); their
settings are copied over once, the first time the new file is missing.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from model.paths import APP_NAME

log = logging.getLogger(__name__)
SAMPLES_FILE = "samples.sqlite3"

OLD_ORGANIZATION = "Unknown Organization"  # what Qt used while none was set
LAST_FOLDER_KEY = "files/lastFolder"


def set_identity() -> None:
    """Set the organisation, application and display names (before any QSettings)."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    migrate_old_settings()


def migrate_old_settings() -> bool:
    """Copy the settings of earlier versions into the new place, once; True if it did."""
    new = QSettings()
    if new.allKeys():
        return False
    old = QSettings(OLD_ORGANIZATION, QCoreApplication.applicationName())
    keys = old.allKeys()
    for key in keys:
        new.setValue(key, old.value(key))
    new.sync()
    return bool(keys)


def move_back_doubled_data(folder: Path) -> list[str]:
    """Move what the app kept in ``folder``/digit-canvas into ``folder``; the names moved.

    Setting the organisation made Qt's data folder ``~/.local/share/digit-canvas/
    digit-canvas``, apart from the command line's and the earlier releases'
    ``~/.local/share/digit-canvas``. Nothing is overwritten: what ``folder``
    already has stays, and the doubled copy is left where it is (and logged).
    """
    doubled = folder / APP_NAME
    if not doubled.is_dir():
        return []
    moved = []
    for source, target in _moves(doubled, folder):
        try:
            source.rename(target)
            moved.append(str(target.relative_to(folder)))
        except OSError as exc:
            log.warning("not moved from %s: %s", source, exc)
    left = [str(p.relative_to(doubled)) for p in doubled.rglob("*") if not p.is_dir()]
    if left:
        log.warning("left in %s (%s already has them): %s", doubled, folder, ", ".join(left))
    else:
        shutil.rmtree(doubled, ignore_errors=True)
    return moved


def _moves(doubled: Path, folder: Path) -> list[tuple[Path, Path]]:
    """(source, target) pairs: every entry the target lacks; checkpoints one by one."""
    pairs = []
    for entry in sorted(doubled.iterdir()):
        if entry.name == "checkpoints" and (folder / entry.name).is_dir():
            pairs += [(one, folder / entry.name / one.name) for one in sorted(entry.iterdir())
                      if not (folder / entry.name / one.name).exists()]
        elif entry.name.startswith(SAMPLES_FILE):  # the database and its journal go together
            if not any(p.name.startswith(SAMPLES_FILE) for p in folder.iterdir()):
                pairs.append((entry, folder / entry.name))
        elif not (folder / entry.name).exists():
            pairs.append((entry, folder / entry.name))
    return pairs


def pictures_dir() -> str:
    """Where Open and Export dialogs start: where a file was last chosen, Pictures, or home."""
    last = QSettings().value(LAST_FOLDER_KEY, "", str)
    if last and Path(last).is_dir():  # not a folder since deleted or unplugged
        return last
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    if location and Path(location).is_dir():
        return location
    return str(Path.home())


def remember_folder(chosen: str) -> str:
    """The next Open or Export dialog starts where ``chosen`` (a file or a folder) is."""
    path = Path(chosen)
    QSettings().setValue(LAST_FOLDER_KEY, str(path if path.is_dir() else path.parent))
    return chosen


def in_pictures(file_name: str) -> str:
    """A suggested file name in the Pictures folder (or home)."""
    return str(Path(pictures_dir()) / file_name)
