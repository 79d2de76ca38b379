"""A long assignment in the Series view (Ctrl+Shift+P) at 1366×768: its whole text shows on as
many lines as it needs, in the facilitator's language, while short rows stay one line high and
the arrow keys still walk the rows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from fasilitaattori.core.demo import demo_project
from fasilitaattori.ui.i18n import install_language
from fasilitaattori.ui.series_view import ROW_ROLE, SeriesView
from tests.ui.series_feedback_data import LONG_ASSIGNMENT, long_assignment

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
WRAP = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_long_assignment_shows_all_its_lines(language, demo_wb, make_window, qtbot):
    install_language(language)
    task_id = long_assignment(demo_wb, demo_project(demo_wb).id)
    window = make_window(demo_wb)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.sidebar.tree.setFocus()
    window.sidebar.select_id(demo_project(demo_wb).id)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, CTRL_SHIFT)
    view = window.findChild(SeriesView)
    tree = view.tree
    qtbot.waitUntil(lambda: tree.hasFocus())

    # Down from the first workshop reaches the assignment, one row at a time.
    while tree.currentItem().data(0, ROW_ROLE)[2] != task_id:
        before = tree.currentItem()
        qtbot.keyClick(tree, Qt.Key.Key_Down)
        assert tree.currentItem() is not before, "the assignment cannot be reached with the arrow keys"
    item = tree.currentItem()
    assert LONG_ASSIGNMENT in item.text(1)

    metrics = tree.fontMetrics()
    rect = tree.visualItemRect(item)
    column = tree.header().sectionSize(1)
    assert tree.header().sectionViewportPosition(1) + column <= tree.viewport().width() + 1
    needed = metrics.boundingRect(QRect(0, 0, column - 8, 10_000), WRAP, item.text(1))
    assert needed.height() >= 2 * metrics.lineSpacing()  # it is long enough to wrap at this width
    assert rect.height() >= needed.height(), f"{rect.height()} px shows {rect.height() // metrics.lineSpacing()} " \
                                            f"of its {needed.height() // metrics.lineSpacing()} lines"
    # A short row keeps one line: the timeline stays a list to glance down.
    workshop_row = tree.topLevelItem(0) if tree.topLevelItem(0).data(0, ROW_ROLE)[0] == "workshop" \
        else tree.topLevelItem(1)
    assert tree.visualItemRect(workshop_row).height() < 2 * metrics.lineSpacing()
    assert tree.horizontalScrollBar().maximum() == 0
