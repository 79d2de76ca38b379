"""Long words (every text twice as long, as `--stretch 2` makes them) at 1366×768: no tab
scrolls sideways, and the printout's choices show their whole text."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from fasilitaattori.core.workshops import list_workshops
from fasilitaattori.ui.i18n import install_language


@pytest.fixture
def stretched(monkeypatch, demo_wb, make_window):
    monkeypatch.setenv("FASILITAATTORI_TRANS_SCALE", "2")
    install_language("fi")
    window = make_window(demo_wb)
    window.ctx.select_workshop(list_workshops(demo_wb)[0].id)
    return window


def _scroll_of(window, key):
    page = next(p for p in window.pages if p.spec.key == key)
    return page.findChild(QScrollArea)


@pytest.mark.parametrize("key", ["overview", "agenda", "participants", "notes", "tasks", "feedback",
                                 "photos", "printouts"])
def test_no_tab_scrolls_sideways(stretched, key):
    tab = stretched.show_tab(key)
    QApplication.processEvents()
    scroll = _scroll_of(stretched, key)
    assert tab.minimumSizeHint().width() <= scroll.viewport().width()
    assert not scroll.horizontalScrollBar().isVisible()
    assert not scroll.verticalScrollBar().isVisible(), "the whole tab scrolls up and down"


def test_all_worksheets_is_shown_whole(stretched):
    tab = stretched.show_tab("printouts")
    tab.kind.setCurrentIndex(tab.kind.findData("worksheet"))
    text = tab.block.currentText()
    assert text.startswith("All")
    options = tab.block.style().subControlRect(
        tab.block.style().ComplexControl.CC_ComboBox, _option(tab.block),
        tab.block.style().SubControl.SC_ComboBoxEditField, tab.block)
    assert tab.block.fontMetrics().horizontalAdvance(text) <= options.width()
    for box in (tab.large, tab.contrast):
        assert box.width() >= box.sizeHint().width(), box.text()


def _option(combo):
    from PySide6.QtWidgets import QStyleOptionComboBox

    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return option


def test_a_task_keeps_the_widest_column(stretched):
    tab = stretched.show_tab("tasks")
    QApplication.processEvents()
    widths = [tab.table.columnWidth(c) for c in range(tab.table.columnCount())]
    assert widths[0] == max(widths), widths
