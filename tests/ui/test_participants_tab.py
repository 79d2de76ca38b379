"""The Participants tab: fast entry, attendance, head counts and CSV import, checked in the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from fasilitaattori.core import participants as people
from fasilitaattori.core import workshops
from fasilitaattori.core.participant_import import read_csv

FIXTURES = Path(__file__).parents[1] / "core" / "fixtures"


@pytest.fixture
def setup(wb, qapp):
    from fasilitaattori.ui.context import UiContext

    ws = workshops.create_workshop(wb, title="Työpaja")
    known = people.participants.create(wb, display_name="Eero Tuovinen", organisation="Leppävirran vammaisneuvosto",
                                       municipality="Leppävirta")
    ctx = UiContext(wb)
    ctx.select_workshop(ws.id)
    yield ctx, ws, known
    ctx.undo_stack.clear()


@pytest.fixture
def tab(setup, qtbot):
    from fasilitaattori.ui.participants_tab import ParticipantsTab

    page = ParticipantsTab(setup[0])
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_fast_entry_with_enter_and_without_a_name(tab, setup, qtbot):
    ctx, ws, _ = setup
    qtbot.keyClicks(tab.name_edit, "Liisa Jantti")
    qtbot.keyClicks(tab.org_edit, "Joroisten kunta")
    qtbot.keyClicks(tab.municipality_edit, "Joroinen")
    qtbot.keyClick(tab.municipality_edit, Qt.Key.Key_Return)
    assert tab.name_edit.hasFocus() and tab.org_edit.text() == ""
    qtbot.keyClicks(tab.org_edit, "Kuopion vammaisneuvosto")  # no name: still counted
    qtbot.keyClicks(tab.role_edit, "member")
    qtbot.keyClick(tab.role_edit, Qt.Key.Key_Return)
    qtbot.keyClick(tab.role_edit, Qt.Key.Key_Return)  # an empty Enter adds no one
    attending = people.list_participants(ctx.wb, ws.id)
    assert sorted((p.display_name, p.organisation) for p in attending) == [
        ("", "Kuopion vammaisneuvosto"), ("Liisa Jantti", "Joroisten kunta")]
    assert tab.people_table.rowCount() == 2 and tab.total_label.text() == "2 people in all"
    ctx.undo_stack.undo()
    assert len(people.list_participants(ctx.wb, ws.id)) == 1


def test_mark_a_known_person_attending_and_not(tab, setup, qtbot):
    ctx, ws, known = setup
    tab.known_box.setCurrentIndex(tab.known_box.findData(known.id))
    qtbot.mouseClick(tab.attend_button, Qt.MouseButton.LeftButton)
    assert [p.id for p in people.list_participants(ctx.wb, ws.id)] == [known.id]
    tab.people_table.selectRow(0)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert people.list_participants(ctx.wb, ws.id) == []
    assert people.participants.get(ctx.wb, known.id).display_name == "Eero Tuovinen"  # still in the register


def test_anonymous_head_counts_add_to_the_totals(tab, setup, qtbot):
    ctx, ws, known = setup
    people.set_attendance(ctx.wb, ws.id, known.id)
    ctx.changed.emit("attendance")
    qtbot.keyClicks(tab.head_municipality, "Leppavirta")
    qtbot.keyClicks(tab.head_organisation, "Kuntalaiset")
    tab.head_count.setValue(7)
    qtbot.mouseClick(tab.head_button, Qt.MouseButton.LeftButton)
    assert [(h.municipality, h.count) for h in people.list_head_counts(ctx.wb, ws.id)] == [("Leppavirta", 7)]
    assert tab.total_label.text() == "8 people in all"
    tallies = {tab.by_municipality.item(r, 0).text(): tab.by_municipality.item(r, 1).text()
               for r in range(tab.by_municipality.rowCount())}
    assert tallies == {"Leppavirta": "7", "Leppävirta": "1"}
    ctx.undo_stack.undo()
    assert people.attendance_total(ctx.wb, ws.id) == 1 and tab.total_label.text().startswith("1 ")


def test_csv_import_with_column_preview(tab, setup, qtbot):
    from fasilitaattori.ui.participant_import_dialog import ParticipantImportDialog

    ctx, ws, _ = setup
    dialog = ParticipantImportDialog(ctx, read_csv(FIXTURES / "ilmoittautuneet_excel.csv"), ws.id, tab)
    qtbot.addWidget(dialog)
    assert dialog.preview.item(0, 0).text() == "Aino Räsänen"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Import 4 people"
    # The user decides the role column is not wanted.
    dialog.column_boxes[4].setCurrentIndex(0)
    assert dialog.preview.item(0, 3).text() == ""
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    attending = people.list_participants(ctx.wb, ws.id)
    assert len(attending) == 4 and all(p.role == "" for p in attending)
    assert tab.people_table.rowCount() == 4
    ctx.undo_stack.undo()
    assert people.list_participants(ctx.wb, ws.id) == []


def test_a_broken_csv_is_one_sentence_and_nothing_is_added(tab, setup, monkeypatch):
    from fasilitaattori.ui.participant_import_dialog import choose_and_import

    ctx, ws, _ = setup
    assert not choose_and_import(ctx, ws.id, tab, FIXTURES / "broken_quotes.csv")
    assert "not a readable CSV table" in ctx.last_error
    assert people.list_participants(ctx.wb, ws.id) == []


def _choose(tab, qtbot, row):
    table = tab.people_table
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_consents_and_needs_are_set_by_keyboard_and_saved(tab, setup, qtbot):
    ctx, ws, _ = setup
    qtbot.keyClicks(tab.name_edit, "Liisa Jantti")
    qtbot.keyClicks(tab.role_edit, "osallisuuskoordinaattori")
    qtbot.keyClick(tab.role_edit, Qt.Key.Key_Return)
    details = tab.details
    assert not details.checks["need_hearing_loop"].isEnabled()  # nobody chosen yet
    _choose(tab, qtbot, 0)
    assert "Liisa Jantti" in details.title()
    for field in ("consent_photo", "need_hearing_loop", "need_interpreter"):
        details.checks[field].setFocus()
        qtbot.keyClick(details.checks[field], Qt.Key.Key_Space)
    qtbot.keyClicks(details.edits["diet"], "Gluteeniton")
    qtbot.keyClick(details.edits["diet"], Qt.Key.Key_Return)
    details.edits["other_needs"].setFocus()  # as a click in the field would
    qtbot.keyClicks(details.edits["other_needs"], "Pyoratuolipaikka")
    qtbot.keyClick(details.edits["other_needs"], Qt.Key.Key_Tab)
    person = people.list_participants(ctx.wb, ws.id)[0]
    assert (person.consent_photo, person.consent_contact) == (True, False)
    assert (person.need_hearing_loop, person.need_interpreter, person.need_assistant) == (True, True, False)
    assert (person.diet, person.other_needs) == ("Gluteeniton", "Pyoratuolipaikka")
    # the list shows the needs, and still shows the same person chosen after each save
    assert tab.people_table.item(0, 4).text() == "interpreter, hearing loop, diet: Gluteeniton, other needs"
    assert details.person_id == person.id and details.checks["need_hearing_loop"].isChecked()
    # a long role is not cut
    role = tab.people_table.item(0, 3)
    assert tab.people_table.columnWidth(3) >= tab.people_table.fontMetrics().horizontalAdvance(role.text())
    # untick by keyboard; undo brings the tick back
    details.checks["need_interpreter"].setFocus()
    qtbot.keyClick(details.checks["need_interpreter"], Qt.Key.Key_Space)
    assert not people.participants.get(ctx.wb, person.id).need_interpreter
    ctx.undo_stack.undo()
    assert people.participants.get(ctx.wb, person.id).need_interpreter
    assert details.checks["need_interpreter"].isChecked()
