"""Comparing six council bodies of long Finnish names at 1366×768: the facilitator chooses
"Compare by" with the keyboard and reads every body's figures without a sideways scroll; each
figure is whole inside the table, every label shows all its lines, and a screen reader hears
which question and which body a figure belongs to."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from fasilitaattori.core import workshops
from fasilitaattori.core.feedback_crosstab import cross_tabs
from fasilitaattori.ui.i18n import install_language
from tests.ui.series_feedback_data import BODY, GROUPS, feedback_of_six_bodies

ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
WRAP = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)


@pytest.fixture(params=["fi", "sv", "en"])
def feedback_tab(request, demo_wb, make_window, qtbot):
    install_language(request.param)
    ws = workshops.create_workshop(demo_wb, title="Neuvostojen yhteinen ilta", date="2026-03-10", status="held")
    feedback_of_six_bodies(demo_wb, ws.id)
    window = make_window(demo_wb)
    window.ctx.select_workshop(ws.id)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window, window.show_tab("feedback")


def _compare_by_keyboard(qtbot, tab, prompt):
    panel = tab.stats.comparison
    label = next(w for w in panel.findChildren(QLabel) if w.buddy() is panel.choice)
    tab.stats.setFocus()
    qtbot.keyClick(tab.stats, QKeySequence.mnemonic(label.text())[0].key(), Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is panel.choice
    while panel.choice.currentText() != prompt:
        before = panel.choice.currentIndex()
        qtbot.keyClick(panel.choice, Qt.Key.Key_Down)
        assert panel.choice.currentIndex() != before
    return panel


def _inside(rect: QRect, width: int) -> bool:
    return rect.left() >= 0 and rect.right() < width


def test_six_bodies_read_without_a_sideways_scroll(feedback_tab, qtbot):
    window, tab = feedback_tab
    panel = _compare_by_keyboard(qtbot, tab, BODY)
    table = panel.table
    qtbot.waitUntil(lambda: table.isVisible())
    assert table.horizontalScrollBar().maximum() == 0, "the table scrolls sideways"
    assert tab.stats.horizontalScrollBar().maximum() == 0, "the results scroll sideways"
    width = table.viewport().width()
    metrics = table.fontMetrics()

    # Every label and figure shows whole: inside the table's width, all its wrapped lines in its row.
    model = table.model()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            text = index.data() or ""
            if not text:
                continue
            rect = table.visualRect(index)
            assert _inside(rect, width), f"{text!r} is outside the table's width"
            needed = metrics.boundingRect(QRect(0, 0, rect.width() - 8, 10_000), WRAP, text)
            assert needed.width() <= rect.width() - 8 and needed.height() <= rect.height(), f"{text!r} is cut"
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        left = header.sectionViewportPosition(column)
        assert left >= 0 and left + header.sectionSize(column) <= width + 1

    # Each of core's figures is in one cell that names its question and body to a screen reader.
    (crosstab,) = [t for t in cross_tabs(window.ctx.wb, tab.workshop_id) if t.background.prompt == BODY]
    assert [name for name, _n in crosstab.groups] == GROUPS
    locale = QLocale()
    cells = [(model.index(r, c).data(ACCESSIBLE) or "", model.index(r, c).data() or "")
             for r in range(model.rowCount()) for c in range(model.columnCount())]
    for question, figures in crosstab.rows:
        for (name, _n), figure in zip(crosstab.groups, figures, strict=True):
            value = f"{round(figure.mean * 100)} %" if question.kind == "yesno" else locale.toString(figure.mean, "f", 1)
            named = [shown for spoken, shown in cells if question.prompt in spoken and name in spoken]
            assert named == [value], f"{question.prompt} / {name}: {named}"

    # Tab from the choice reaches the table, and the arrow keys walk its cells.
    qtbot.keyClick(panel.choice, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is table
    start = table.currentIndex().row()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == max(start, 0) + 1
