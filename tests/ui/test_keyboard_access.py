"""Keyboard-only and screen-reader basics for the window's own screens: every input can be
reached with Tab and has a name (a label pointing at it, or an accessible name)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from fasilitaattori.core.workshops import list_workshops

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


def named_inputs(root: QWidget) -> tuple[list[QWidget], list[QWidget]]:
    buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy() is not None}
    inputs = [w for w in root.findChildren(QWidget) if isinstance(w, INPUTS) and w.isVisibleTo(root)
              and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(w.parent(), (QComboBox,
                                                                                          QAbstractSpinBox))]
    unnamed = [w for w in inputs if w not in buddies and not w.accessibleName()
               and not (isinstance(w, QLineEdit) and w.placeholderText())
               and not isinstance(w.parentWidget(), QAbstractSpinBox)]
    return inputs, unnamed


def tab_chain(qtbot, start: QWidget, steps: int = 200) -> list[QWidget]:
    """The widgets that pressing Tab visits from `start` until it comes back round."""
    start.setFocus()
    seen: list[QWidget] = []
    for _ in range(steps):
        widget = QApplication.focusWidget()
        if widget is None:
            break
        if widget not in seen:
            seen.append(widget)
        elif widget is start:
            break
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return seen


@pytest.fixture
def opened(window):
    window.ctx.select_workshop(list_workshops(window.ctx.wb)[0].id)
    window.activateWindow()
    return window


@pytest.mark.parametrize("key", ["overview", "agenda"])
def test_every_input_of_the_tab_is_named_and_reached_by_tab(opened, qtbot, key):
    tab = opened.show_tab(key)
    qtbot.waitUntil(opened.isActiveWindow)
    inputs, unnamed = named_inputs(tab)
    assert inputs and not unnamed, [w.objectName() or type(w).__name__ for w in unnamed]
    chain = tab_chain(qtbot, opened.sidebar.filter)
    missing = [w for w in inputs if w.isEnabled() and w not in chain]
    assert not missing, ([w.objectName() or type(w).__name__ for w in missing],
                         [w.objectName() or type(w).__name__ for w in chain])


def test_library_inputs_are_named_and_reached_by_tab(opened, qtbot):
    opened.show_library()
    qtbot.waitUntil(opened.isActiveWindow)
    library = opened.library()
    inputs, unnamed = named_inputs(library)
    assert not unnamed, [type(w).__name__ for w in unnamed]
    chain = tab_chain(qtbot, library.search)
    assert all(w in chain for w in inputs if w.isEnabled())
    buttons = [b for b in library.findChildren(QAbstractButton) if b.isVisibleTo(library)]
    assert buttons and all("&" in b.text() for b in buttons)  # each has an Alt+letter


def test_tabs_can_be_switched_from_the_keyboard(opened, qtbot):
    qtbot.waitUntil(opened.isActiveWindow)
    qtbot.keyClick(opened, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert opened.tabs.currentWidget().objectName() == "agenda"
    qtbot.keyClick(opened, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert opened.tabs.currentWidget().objectName() == "overview"
    opened.sidebar.tree.setFocus()
    qtbot.keyClick(opened.sidebar.tree, Qt.Key.Key_F6)
    focus = QApplication.focusWidget()
    assert isinstance(focus, QTabBar) and opened.tabs.isAncestorOf(focus)
    qtbot.keyClick(focus, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is opened.sidebar.tree
