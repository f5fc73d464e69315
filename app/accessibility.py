"""What a screen reader hears: custom-painted widgets as text, and the answer announced.

Widgets that paint their content (the canvas, the histogram, the preview, the
training chart, the Look inside maps) put it in their accessible description
with these helpers; :func:`announce` tells a screen reader that the answer
changed (``QAccessibleAnnouncementEvent`` on Qt 6.8+, else a description
change on the widget, which Orca and NVDA read for the focused widget).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleEvent,
    QAccessibleStateChangeEvent,
)
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QWidget

from app.language import in_list, labelled, percent

try:  # Qt 6.8+
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older PySide6
    QAccessibleAnnouncementEvent = None


def probabilities_text(values: Sequence[float] | np.ndarray | None) -> str:
    """The ten class probabilities as one line: "0: 1 %, 1: 0 %, ... 9: 0 %"."""
    if values is None or len(values) == 0 or float(np.max(values)) <= 0.0:
        return QCoreApplication.translate(
            "Accessibility", "No probabilities yet: draw a digit on the canvas.")
    return ", ".join(labelled(digit, percent(value)) for digit, value in enumerate(values))


def ink_text(values: np.ndarray | None, why_empty: str = "") -> str:
    """How much of a picture is ink, in words (for the 28×28 preview and the maps)."""
    if values is None and why_empty:
        return QCoreApplication.translate("Accessibility", "Empty. %1.").replace("%1", why_empty)
    if values is None:
        return QCoreApplication.translate("Accessibility", "Empty: nothing drawn yet.")
    inked = int(np.count_nonzero(np.asarray(values) > 0.1))
    if inked == 0:
        return QCoreApplication.translate("Accessibility", "Empty: no ink.")
    return QCoreApplication.translate("Accessibility", "%1 of %2 pixels have ink.").replace(
        "%1", QLocale().toString(inked)).replace(
        "%2", QLocale().toString(int(np.asarray(values).size)))


PICTURE_NAMES = {  # Look inside's pictures (object name: accessible name, translated where used)
    "saliencyView": QT_TRANSLATE_NOOP("Accessibility", "Where the drawing mattered to the answer"),
    "detailView": QT_TRANSLATE_NOOP("Accessibility", "The chosen map, enlarged"),
    "fieldView": QT_TRANSLATE_NOOP("Accessibility", "The part of the input the chosen cell sees"),
    "detailFilters": QT_TRANSLATE_NOOP("Accessibility", "The filters that made the chosen map"),
}


def maps_text(values: np.ndarray | None, clickable: bool = False,
              labels: list[str] | None = None) -> str:
    """A layer's maps in words: how many, their size, the strongest (numbered from 1)."""
    if values is None:
        return QCoreApplication.translate("Accessibility", "Empty: draw a digit to see this layer.")
    values = np.asarray(values)
    if values.ndim == 1 or (labels and values.size == len(labels)):
        flat = values.reshape(-1)
        names = labels or [str(i + 1) for i in range(flat.size)]
        return ", ".join(labelled(name, QLocale().toString(float(v), 'f', 2))
                         for name, v in zip(names, flat, strict=False))
    maps = values.shape[-1]
    peaks = values.reshape(-1, maps).max(axis=0)
    strongest = int(np.argmax(peaks))
    if maps == 1:  # the input
        text = QCoreApplication.translate("Accessibility", "One map of %2 by %3 cells.")
    else:
        text = QCoreApplication.translate(
            "Accessibility", "%1 maps of %2 by %3 cells; the strongest is map %4.")
    text = text.replace("%1", str(maps)).replace("%2", str(values.shape[1])).replace(
        "%3", str(values.shape[0])).replace("%4", str(strongest + 1))
    if clickable:
        text += " " + QCoreApplication.translate(
            "Accessibility", "Click a map, or choose one with the arrow keys, to see it enlarged.")
    return text


def describe(widget: QWidget, name: str, description: str | None = None) -> None:
    """Give ``widget`` an accessible name (and description) unless it has the same."""
    if widget.accessibleName() != name:
        widget.setAccessibleName(name)
    if description is not None:
        set_description(widget, description)


def set_description(widget: QWidget, text: str) -> None:
    """Change ``widget``'s accessible description (Qt tells assistive technology)."""
    if widget.accessibleDescription() != text:
        widget.setAccessibleDescription(text)  # one event: a second of ours was heard twice


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader say ``text`` now (the answer changed), politely.

    The widget's description says it too, for a reader that asks later, except on the
    widget with the keyboard: a reader speaks that one's changes as well, so an arrow
    in the explorer's grid or the matrix was heard twice or three times.
    """
    active = QAccessible.isActive()
    if not (active and QAccessibleAnnouncementEvent is not None and widget.hasFocus()):
        set_description(widget, text)
    if not active:
        return
    if QAccessibleAnnouncementEvent is not None:
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
    else:  # pragma: no cover - older PySide6: a live value the reader picks up
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.ValueChanged))


def grid_text(cells: Sequence[object], selected: int | None, placeholder: str = "") -> str:
    """A page of test-image cards in words: how many, and the selected one's card text."""
    if not cells:
        return placeholder or QCoreApplication.translate("Accessibility", "No images on this page.")
    text = (QCoreApplication.translate("Accessibility", "One image on this page.")
            if len(cells) == 1 else QCoreApplication.translate(
                "Accessibility", "%1 images on this page.").replace(
                "%1", QLocale().toString(len(cells))))
    for cell in cells:
        if cell.index == selected:
            # the card's tooltip says it in words (test image, true digit, what was read)
            card = cell.tooltip or " ".join(
                part for part in (cell.title, cell.footer, cell.confidence) if part)
            text += " " + QCoreApplication.translate("Accessibility", "Selected: %1.").replace(
                "%1", card)
    # Its role says nothing of the keys (a painted grid), and its hint is for a mouse.
    return text + " " + QCoreApplication.translate(
        "Accessibility", "Arrows choose an image; Enter shows it in the main window.")


def matrix_text(matrix: np.ndarray | None, placeholder: str = "") -> str:
    """A confusion matrix in words: overall accuracy and the three most common mistakes."""
    if matrix is None:
        return placeholder or QCoreApplication.translate("Accessibility", "No results yet.")
    matrix = np.asarray(matrix)
    total = int(matrix.sum())
    if total == 0:
        return QCoreApplication.translate("Accessibility", "No results yet.")
    text = QCoreApplication.translate("Accessibility", "%1 right of %2 test digits.").replace(
        "%1", percent(np.trace(matrix) / total, 2))  # as the accuracy line says it
    text = text.replace("%2", QLocale().toString(total))
    mistakes = matrix.astype(np.int64).copy()
    np.fill_diagonal(mistakes, 0)
    worst = [divmod(int(i), 10) for i in np.argsort(mistakes, axis=None)[::-1][:3]]
    said = [QCoreApplication.translate("Accessibility", "%1 read as %2 (%3 times)").replace(
        "%1", str(true)).replace(
        "%2", str(read)).replace("%3", QLocale().toString(int(mistakes[true, read])))
        for true, read in worst if mistakes[true, read] > 0]
    if said:
        text += " " + QCoreApplication.translate(
            "Accessibility", "Most common mistakes: %1.").replace("%1", in_list(said))
    return text + " " + QCoreApplication.translate(
        "Accessibility", "Arrows move from cell to cell; Enter shows a cell's images.")


def plain(text: str) -> str:
    """An action's or a menu's text without its mnemonic ampersand and trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".")


def container_name(widget: QWidget) -> str:
    """What a screen reader should call a container Qt lists as an unnamed filler, or "".

    An open menu is one too: Qt names it by its window title, which it has none of.
    """
    from PySide6.QtWidgets import (
        QAbstractScrollArea,
        QMenu,
        QScrollArea,
        QSizeGrip,
        QSplitterHandle,
    )

    parent = widget.parentWidget()
    if isinstance(widget, QMenu):
        return plain(widget.title())
    if isinstance(widget, QScrollArea):
        inner = widget.widget()
        return inner.accessibleName() if inner is not None else ""
    if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
        return parent.accessibleName()
    if widget.objectName() in ("qt_scrollarea_vcontainer", "qt_scrollarea_hcontainer"):
        return QCoreApplication.translate("Accessibility", "Scroll bar")
    if isinstance(widget, QSplitterHandle):
        return QCoreApplication.translate("Accessibility", "Divider: drag to resize the panels")
    if isinstance(widget, QSizeGrip):
        return QCoreApplication.translate("Accessibility", "Resize the window")
    if widget.metaObject().className() == "QToolBarSeparator":
        return QCoreApplication.translate("Accessibility", "Separator")
    return ""


def name_containers(window: QWidget) -> None:
    """Name the containers Qt lists for a screen reader (scroll areas, dividers, grips).

    A scroll area is no Tab stop of its own: Tab to a control inside scrolls it into view.
    """
    from PySide6.QtWidgets import QScrollArea

    for area in window.findChildren(QScrollArea):
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    for widget in window.findChildren(QWidget):
        if widget.accessibleName():
            continue
        name = container_name(widget)
        if name:
            widget.setAccessibleName(name)


class _ButtonInterface(QAccessibleWidget):
    """A checkable button: named by its text, pressed by a reader (its role given)."""

    def text(self, kind: QAccessible.Text) -> str:  # noqa: D102 - Qt's
        if kind == QAccessible.Text.Name and not self.widget().accessibleName():
            return self.widget().text().replace("&", "")
        return super().text(kind)

    def actionNames(self) -> list[str]:  # noqa: D102,N802 - Qt's
        return [QAccessibleActionInterface.pressAction()]

    def doAction(self, name: str) -> None:  # noqa: D102,N802 - Qt's
        if name == QAccessibleActionInterface.pressAction():
            self.widget().click()


class _ExpanderInterface(_ButtonInterface):
    """A checkable button read as a button that expands (checked) or collapses a section."""

    def __init__(self, button: QWidget) -> None:
        super().__init__(button, QAccessible.Role.Button)

    def state(self) -> QAccessible.State:  # noqa: D102 - Qt's
        state = super().state()
        expanded = self.widget().isChecked()
        state.expandable, state.expanded, state.collapsed = True, expanded, not expanded
        state.checkable = state.checked = False
        return state


class _OneOfInterface(_ButtonInterface):
    """A checkable button one of whose group is chosen: a radio button, not a check box."""

    def __init__(self, button: QWidget) -> None:
        super().__init__(button, QAccessible.Role.RadioButton)

    def state(self) -> QAccessible.State:  # noqa: D102 - Qt's
        state = super().state()
        state.checkable, state.checked = True, self.widget().isChecked()
        return state


_interfaces: dict[int, QAccessibleWidget] = {}
_factory_installed = False


def _factory(_key: str, obj: object) -> QAccessibleWidget | None:
    if not isinstance(obj, QWidget):
        return None
    if obj.property("accessibleExpander"):
        interface = _ExpanderInterface(obj)
    elif obj.property("accessibleOneOf"):
        interface = _OneOfInterface(obj)
    elif obj.property("accessibleWindow") and obj.isWindow():
        interface = QAccessibleWidget(obj, QAccessible.Role.Window)
    elif obj.property("accessibleRole") is not None:
        interface = QAccessibleWidget(obj, QAccessible.Role(obj.property("accessibleRole")))
    else:
        return None
    key = id(obj)
    _interfaces[key] = interface  # alive as long as its widget
    obj.destroyed.connect(lambda: _interfaces.pop(key, None))
    return interface


def _install_factory() -> None:
    global _factory_installed
    if not _factory_installed:
        QAccessible.installFactory(_factory)
        _factory_installed = True


def secondary_window(window: QWidget) -> None:
    """Have a screen reader take a plain top-level widget for a window (Qt says "client")."""
    _install_factory()
    window.setProperty("accessibleWindow", True)


def give_role(widget: QWidget, role: QAccessible.Role) -> None:
    """Have a screen reader say what a painted widget is (Qt says "filler" for any)."""
    _install_factory()
    widget.setProperty("accessibleRole", role.value)


def one_of(button: QAbstractButton) -> None:
    """Have a screen reader read ``button`` as one choice of its group (a radio button)."""
    _install_factory()
    button.setProperty("accessibleOneOf", True)


def expander(button: QAbstractButton) -> None:
    """Have a screen reader read checkable ``button`` as expanded / collapsed, not checked."""
    _install_factory()
    button.setProperty("accessibleExpander", True)

    def changed() -> None:
        if QAccessible.isActive():
            state = QAccessible.State()
            state.expanded = state.collapsed = True
            QAccessible.updateAccessibility(QAccessibleStateChangeEvent(button, state))

    button.toggled.connect(changed)
