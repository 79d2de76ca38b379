"""Dates and times typed into the Overview as people type them, in Finnish: what is stored."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fasilitaattori.core.workshops import workshops
from fasilitaattori.ui.date_fields import DateField
from fasilitaattori.ui.i18n import install_language

TODAY = date(2026, 12, 7)  # a date typed without its year takes today's: the test must not age


@pytest.fixture
def overview(wb, make_window, monkeypatch):
    monkeypatch.setattr(DateField, "today", lambda _self: TODAY)
    install_language("fi")
    window = make_window(wb)
    row = window.ctx.create(workshops, "New workshop", title="Kyläilta", date="2026-12-07")
    assert (row.start_time, row.end_time) == ("09:00", "12:00")  # what a new workshop starts with
    window.ctx.select_workshop(row.id)
    tab = window.show_tab("overview")
    tab.workshop = row.id
    return tab


def type_into(qtbot, widget, text):
    """Focus the field, select what is there and type `text`, then Tab on, as a person does."""
    widget.setFocus()
    field = QApplication.focusWidget()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


@pytest.mark.parametrize(("typed", "stored"), [("15.3.2027", "2027-03-15"), ("15.3.27", "2027-03-15"),
                                               ("1.12.", "2026-12-01"), ("2027-03-15", "2027-03-15")])
def test_a_typed_date_is_stored_as_typed(overview, qtbot, typed, stored):
    type_into(qtbot, overview.date, typed)
    assert workshops.get(overview.ctx.wb, overview.workshop).date == stored
    if stored == "2027-03-15":
        assert overview.date.edit.text() == "15.3.2027"  # shown back in the Finnish form


def test_a_date_that_is_no_date_is_named_beside_the_field_and_not_stored(overview, qtbot):
    type_into(qtbot, overview.date, "31.2.2027")
    assert workshops.get(overview.ctx.wb, overview.workshop).date == "2026-12-07"
    assert overview.date.error.isVisible() and "15.3.2027" in overview.date.error.text()
    assert QApplication.activeModalWidget() is None  # said beside the field, not in a box
    type_into(qtbot, overview.date, "28.2.2027")
    assert workshops.get(overview.ctx.wb, overview.workshop).date == "2027-02-28"
    assert not overview.date.error.isVisible()


def test_an_emptied_date_is_no_date_yet(overview, qtbot):
    type_into(qtbot, overview.date, "")
    assert workshops.get(overview.ctx.wb, overview.workshop).date is None


def test_an_evening_is_typed_start_first_and_keeps_its_length(overview, qtbot):
    type_into(qtbot, overview.start, "17.30")
    row = workshops.get(overview.ctx.wb, overview.workshop)
    assert (row.start_time, row.end_time) == ("17:30", "20:30")
    assert QApplication.activeModalWidget() is None
    assert overview.end.edit.text() == "20.30"
    type_into(qtbot, overview.end, "2100")
    row = workshops.get(overview.ctx.wb, overview.workshop)
    assert (row.start_time, row.end_time) == ("17:30", "21:00")
    overview.ctx.undo_stack.undo()
    overview.ctx.undo_stack.undo()
    row = workshops.get(overview.ctx.wb, overview.workshop)
    assert (row.start_time, row.end_time) == ("09:00", "12:00")  # one undo step for a moved start


def test_an_end_before_the_start_is_said_beside_the_field_and_not_stored(overview, qtbot):
    type_into(qtbot, overview.end, "8.15")
    row = workshops.get(overview.ctx.wb, overview.workshop)
    assert (row.start_time, row.end_time) == ("09:00", "12:00")
    assert QApplication.activeModalWidget() is None
    assert overview.end.error.isVisible() and overview.end.edit.text() == "8.15"  # kept to correct
    type_into(qtbot, overview.end, "13")
    assert workshops.get(overview.ctx.wb, overview.workshop).end_time == "13:00"
    assert not overview.end.error.isVisible()


def test_a_time_that_is_no_time_is_named_beside_the_field(overview, qtbot):
    type_into(qtbot, overview.start, "25.00")
    assert workshops.get(overview.ctx.wb, overview.workshop).start_time == "09:00"
    assert "17.30" in overview.start.error.text()


def test_a_date_is_picked_from_the_calendar_with_the_keyboard(overview, qtbot):
    field = overview.date
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.calendar
    assert calendar is not None and calendar.isVisible()
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)  # the next day
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert workshops.get(overview.ctx.wb, overview.workshop).date == "2026-12-08"
    assert field.edit.text() == "8.12.2026"
