"""Alt+letter in Finnish, Swedish and English: a letter underlined in a label reaches its
field, and the sidebar's buttons (also under File and Ctrl+N) take no letter from the tabs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QFormLayout, QLabel

from fasilitaattori.core.workshops import list_workshops
from fasilitaattori.ui.i18n import install_language


def letters(widget) -> set[str]:
    """The Alt+letters of the buttons and labelled fields shown inside `widget`."""
    found = set()
    for child in widget.findChildren(QAbstractButton) + widget.findChildren(QLabel):
        if child.isVisible() and (not isinstance(child, QLabel) or child.buddy() is not None):
            key = QKeySequence.mnemonic(child.text()).toString().lower()
            if key:
                found.add(key)
    return found


@pytest.fixture(params=["fi", "sv", "en"])
def window(request, demo_wb, make_window, qtbot):
    install_language(request.param)
    shown = make_window(demo_wb)
    shown.ctx.select_workshop(list_workshops(demo_wb)[0].id)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    return shown


def test_the_sidebar_buttons_take_no_letter_from_the_tabs(window):
    sidebar = letters(window.sidebar)
    for page in window.pages:
        tab = window.show_tab(page.spec.key)
        shared = sidebar & letters(tab)
        assert not shared, f"{page.spec.key}: {shared}"


def test_the_printout_is_chosen_by_the_letter_of_its_label(window, qtbot):
    tab = window.show_tab("printouts")
    form = next(lay for lay in tab.findChildren(QFormLayout) if lay.labelForField(tab.kind) is not None)
    label = form.labelForField(tab.kind)
    key = QKeySequence.mnemonic(label.text())
    assert not key.isEmpty()
    tab.paper.setFocus()
    qtbot.keyClick(tab.paper, key[0].key(), Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is tab.kind
