"""The sidebar's context menu on a project offers "Show series": the facilitator right-clicks a
project (or presses the Menu key on it), presses the entry's Alt letter, and that project's
series opens in the same view as Workshop → Project series, even while a workshop of another
project is open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from fasilitaattori.core import projects, workshops
from fasilitaattori.core.demo import demo_project
from fasilitaattori.ui.i18n import install_language
from fasilitaattori.ui.series_view import SeriesView


@pytest.fixture(params=["fi", "sv", "en"])
def window(request, demo_wb, make_window, qtbot):
    install_language(request.param)
    other = projects.projects.create(demo_wb, name="Nuorisovaltuuston kevät")
    workshops.create_workshop(demo_wb, title="Nuorten ideailta", date="2026-04-02", project_id=other.id)
    shown = make_window(demo_wb)
    # A workshop of the demo project is open: the menu must follow the row, not the open workshop.
    shown.ctx.select_workshop(workshops.list_workshops(demo_wb, demo_project(demo_wb).id)[0].id)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    return shown, other


def _row(sidebar, project_id):
    tree = sidebar.tree
    for i in range(tree.topLevelItemCount()):
        if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1) == project_id:
            return tree.topLevelItem(i)
    raise AssertionError("the project has no row")


def _choose_series(qtbot):
    """Press the Alt letter of "Show series" in the open context menu (a letter no other entry has)."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    wanted = QCoreApplication.translate("Sidebar", "Show &series")
    entries = [a for a in menu.actions() if a.text() == wanted]
    assert len(entries) == 1, [a.text() for a in menu.actions()]
    letter = QKeySequence.mnemonic(wanted)
    assert not letter.isEmpty()
    letters = [QKeySequence.mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
    assert letters.count(letter) == 1, f"{letter.toString()} is taken twice in {[a.text() for a in menu.actions()]}"
    qtbot.keyClick(menu, letter[0].key() & ~Qt.KeyboardModifier.AltModifier.value)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def _series_of(window, qtbot, project):
    view = window.findChild(SeriesView)
    assert view is not None and window.stack.currentWidget() is view
    assert view.project_id == project.id and project.name in view.heading.text()
    assert [title for kind, _d, title, _s in view.rows() if kind == "workshop"] == \
        [w.title for w in sorted(workshops.list_workshops(window.ctx.wb, project.id), key=lambda w: w.date)]
    qtbot.waitUntil(lambda: view.tree.hasFocus())


def test_a_right_click_on_a_project_shows_its_series(window, qtbot):
    shown, other = window
    tree = shown.sidebar.tree
    rect = tree.visualItemRect(_row(shown.sidebar, other.id))
    # The press chooses the row; the window system then asks for the context menu at the pointer.
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.RightButton, pos=rect.center())
    QApplication.sendEvent(tree.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, rect.center(),
                                                              tree.viewport().mapToGlobal(rect.center())))
    _choose_series(qtbot)
    _series_of(shown, qtbot, other)


def test_the_menu_key_on_a_project_shows_its_series(window, qtbot):
    shown, other = window
    tree = shown.sidebar.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Home)
    while tree.currentItem().data(0, Qt.ItemDataRole.UserRole + 1) != other.id:
        before = tree.currentItem()
        qtbot.keyClick(tree, Qt.Key.Key_Down)
        assert tree.currentItem() is not before
    # What the window system sends for the Menu key (or Shift+F10) to the focused list.
    rect = tree.visualItemRect(tree.currentItem())
    QApplication.sendEvent(tree, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, rect.center(),
                                                   tree.viewport().mapToGlobal(rect.center())))
    _choose_series(qtbot)
    _series_of(shown, qtbot, other)
