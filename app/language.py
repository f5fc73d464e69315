"""The language the window speaks, and numbers written the person's way.

At start-up :func:`install_language` reads the Preferences choice ("System",
English, Deutsch, Español, Français; a bad stored value counts as System), installs the
app's translations (``assets/translations/digit_canvas_<lang>.qm``) and Qt's
own (``qtbase_<lang>.qm``: file dialogs, message-box buttons), and makes that
locale the default, so :func:`percent` and every ``QLocale()`` follow it.
A new choice takes effect at the next start (the Preferences say so).

How strings are marked: ``self.tr("...")`` in QObject subclasses,
``QCoreApplication.translate("Context", "...")`` elsewhere, ``%n`` for
counts. ``scripts/translations.sh update`` collects them into the ``.ts``
files; ``... build`` makes the ``.qm`` files the app loads.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTime,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QShowEvent
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from model.paths import assets_dir

LANGUAGE_KEY = "ui/language"
SYSTEM = "system"
LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Español",  # code: its own name
             "fr": "Français"}
APP_CATALOGUE = "digit_canvas"


def translations_dir() -> Path:
    """Where the app's ``.qm`` files are (installed with the package too)."""
    return assets_dir() / "translations"


def stored_language() -> str:
    """The Preferences choice: a code of LANGUAGES, or "system" (also for a bad value)."""
    value = QSettings().value(LANGUAGE_KEY, SYSTEM)
    return value if isinstance(value, str) and value in LANGUAGES else SYSTEM


def locale_for(choice: str) -> QLocale:
    """The locale of a choice; the system's own when it speaks the chosen language.

    A system without a language (LANG unset or C: a container, a service) is taken as
    English the US way: Qt's C locale writes "5000" and "6 12 2026".
    """
    system = QLocale.system()
    if system.language() == QLocale.Language.C:
        system = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    if choice not in LANGUAGES or system.name().split("_")[0] == choice:
        return system
    return QLocale(choice)


def catalogue_locale(locale: QLocale) -> QLocale:
    """Whose catalogues to load: English for a language the app does not speak (or "C")."""
    if locale.name().split("_")[0] in LANGUAGES:
        return locale
    return QLocale(QLocale.Language.English)


def install_language(app: QCoreApplication, choice: str | None = None) -> QLocale:
    """Install the translators of ``choice`` (default: the stored one); return its locale."""
    locale = locale_for(stored_language() if choice is None else choice)
    speaks = catalogue_locale(locale)
    for old in getattr(app, "_digit_canvas_translators", []):
        app.removeTranslator(old)
    translators = []
    ours = str(translations_dir())
    # Installed last, looked in first: what qtbase lacks (Spanish: the file dialog's labels).
    for name, folder in ((APP_CATALOGUE, ours),
                         ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("qtbase_extra", ours)):
        translator = QTranslator(app)
        # English too: its catalogue holds the plural forms ("1 drawing", "2 drawings").
        if translator.load(speaks, name, "_", folder):
            app.installTranslator(translator)
            translators.append(translator)
    app._digit_canvas_translators = translators  # kept alive as long as the app
    QLocale.setDefault(locale)
    return locale


def percent(fraction: float, decimals: int = 0) -> str:
    """A fraction as a percentage in the person's locale: 0.995 -> "99.5 %" ("99,5 %").

    Short of certain is never written as certain: cut, not rounded, to at least
    one decimal: 0.996 -> "99.6 %", 0.99996 -> "99.9 %" (with one decimal too, so
    the answer and its bar say the same), never "100 %".
    """
    scaled = float(fraction) * 100
    # Cut whenever a whole percentage would round up to 100, at any number of decimals:
    # the answer (one decimal) said 99.8 % where its bar (none, so cut) said 99.7 %.
    if fraction < 1.0 and round(scaled) >= 100:
        decimals = max(decimals, 1)
        scaled = math.floor(scaled * 10**decimals + 1e-9) / 10**decimals  # 0.997 * 100 < 99.7
    return QCoreApplication.translate("Numbers", "%1 %").replace(
        "%1", QLocale().toString(scaled, "f", decimals))


def labelled(label: object, value: str) -> str:
    """"7: 3" as the language writes it ("7 : 3" in French, a space before the colon)."""
    return QCoreApplication.translate("Numbers", "%1: %2").replace("%1", str(label)).replace(
        "%2", value)


def in_list(parts: Iterable[str]) -> str:
    """Items one after another with a semicolon, as the language writes it ("a ; b" in French).

    Not a comma: most of the languages write decimals with one.
    """
    return QCoreApplication.translate("Numbers", "; ").join(parts)


def number(value: float, decimals: int = 0) -> str:
    """A number in the person's locale: 12345 -> "12,345" ("12.345")."""
    if decimals == 0:
        return QLocale().toString(int(round(value)))
    return QLocale().toString(float(value), "f", decimals)


def day(value: object) -> str:
    """An ISO date as a person reads it in their locale ("5 Dec 2026"), or ""."""
    try:
        when = dt.datetime.fromisoformat(str(value)).date()
    except ValueError:
        return ""
    return QLocale().toString(QDate(when.year, when.month, when.day), _day_format())


def _day_format() -> str:
    """Qt's date format for a day, as the language writes it ("d. MMM yyyy" in German)."""
    return QCoreApplication.translate("Numbers", "d MMM yyyy")


def date_time(value: object) -> str:
    """An ISO time (UTC if it names no zone) in local time, or "".

    The day as :func:`day` writes it (the status bar's), then the locale's short
    time: "5 Dec 2026 11:28 PM", "5. Dez. 2026 23:28".
    """
    try:
        when = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return ""
    when = (when if when.tzinfo else when.replace(tzinfo=dt.UTC)).astimezone()
    clock = QTime(when.hour, when.minute)
    locale = QLocale()
    time = (clock.toString("HH:mm") if locale.language() == QLocale.Language.C  # no seconds
            else locale.toString(clock, QLocale.FormatType.ShortFormat))
    return f"{locale.toString(QDate(when.year, when.month, when.day), _day_format())} {time}"


class LanguageChoice(QWidget):
    """Preferences › Language: a list of languages and a line saying when it applies."""

    restartWanted = Signal()  # noqa: N815 - Qt's naming
    """"Restart now" was pressed: the window closes and the app starts in the new language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageChoice")
        self.setAccessibleName(self.tr("Language"))  # a named group, not an unnamed filler
        self.combo = QComboBox(objectName="languageCombo")
        for code, name in choices():
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(self.combo.findData(stored_language()))
        self.combo.setAccessibleName(self.tr("Language"))
        self.combo.activated.connect(self._store)
        # Hidden until a language is chosen (said before any choice, it read as a fault).
        # Wrapped, but with no height-for-width: that would make the scrolling panel
        # it sits in as tall as the narrowest width needs. Three lines fit.
        self.note = QLabel(objectName="languageNote", wordWrap=True, visible=False)
        policy = self.note.sizePolicy()
        policy.setHeightForWidth(False)
        self.note.setSizePolicy(policy)
        self.note.setMinimumHeight(3 * self.note.fontMetrics().lineSpacing())
        self.restart_button = QPushButton(self.tr("Restart now"), objectName="restartNow")
        self.restart_button.clicked.connect(self.restartWanted)
        self.restart_button.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("&Language"), buddy=self.combo))
        layout.addWidget(self.combo)
        layout.addWidget(self.note)
        layout.addWidget(self.restart_button)
        layout.addStretch()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """The choice as stored now (Edit › Language may have changed it)."""
        super().showEvent(event)
        self.show_stored()

    def show_stored(self) -> None:
        """Show the choice stored (Edit › Language, chosen while this is open too)."""
        choice = stored_language()
        self.combo.setCurrentIndex(self.combo.findData(choice))
        if needs_restart(choice):  # chosen in the menu: the restart is offered here too
            self._tell(choice)

    def _store(self, index: int) -> None:
        choice = self.combo.itemData(index)
        QSettings().setValue(LANGUAGE_KEY, choice)
        self._tell(choice)
        from app.accessibility import announce  # here: app.accessibility imports this module

        announce(self.note, self.note.text())  # the menu's message bar says it aloud too

    def _tell(self, choice: str) -> None:
        self.note.setText(language_note(choice))  # restart, or no need
        self.note.show()
        self.combo.setAccessibleDescription(self.note.text())
        self.restart_button.setVisible(needs_restart(choice))


def choices() -> list[tuple[str, str]]:
    """(code, name) of each choice: the system's language first, then each by its own name."""
    system = QCoreApplication.translate("LanguageChoice", "System (%1)").replace(
        "%1", QLocale.system().nativeLanguageName() or "English")
    return [(SYSTEM, system), *LANGUAGES.items()]


def needs_restart(choice: str) -> bool:
    """Whether ``choice`` is another language than the one the window speaks now."""
    return catalogue_locale(locale_for(choice)).language() != catalogue_locale(
        QLocale()).language()


def language_note(choice: str) -> str:
    """What choosing a language changes: nothing now, or the language after a restart."""
    if not needs_restart(choice):
        return QCoreApplication.translate("LanguageChoice", "Digit Canvas already speaks this "
                                          "language.")
    return QCoreApplication.translate("LanguageChoice",
                                      "A new language is used after Digit Canvas restarts.")


def language_menu(parent: QWidget, chosen: Callable[[str], None]) -> QMenu:
    """Edit › Language: the Preferences' choice, where a person looks for it.

    ``chosen`` gets the chosen code after it is stored.
    """
    menu = QMenu(QCoreApplication.translate("LanguageChoice", "&Language"), parent)
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)  # one choice
    for code, name in choices():
        action = menu.addAction(name)
        action.setCheckable(True)
        action.setData(code)
        group.addAction(action)

    def show_stored() -> None:
        for action in group.actions():
            action.setChecked(action.data() == stored_language())

    def store(action: QAction) -> None:
        QSettings().setValue(LANGUAGE_KEY, action.data())
        chosen(action.data())

    menu.aboutToShow.connect(show_stored)
    group.triggered.connect(store)
    show_stored()
    return menu
