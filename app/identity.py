"""Who the app is to the desktop: its names, where its settings live, where dialogs start.

With the organisation and application both ``digit-canvas``, QSettings write
``~/.config/digit-canvas/digit-canvas.conf``. Earlier versions set no
organisation (``~/.config/Unknown Organization/digit-canvas.conf``); their
settings are copied over once, the first time the new file is missing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from model.paths import APP_NAME

OLD_ORGANIZATION = "Unknown Organization"  # what Qt used while none was set


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


def pictures_dir() -> str:
    """Where Open and Export dialogs start: the Pictures folder, or home."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    if location and Path(location).is_dir():
        return location
    return str(Path.home())


def in_pictures(file_name: str) -> str:
    """A suggested file name in the Pictures folder (or home)."""
    return str(Path(pictures_dir()) / file_name)
