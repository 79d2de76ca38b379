"""The Tasks tab: add, edit owner/due date/status, assignments and follow-ups, checked in the store."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fasilitaattori.core import projects, tasks, workshops


@pytest.fixture
def setup(wb, qapp):
    from fasilitaattori.ui.context import UiContext

    project = projects.create_project(wb, name="Hanke")
    first = workshops.create_workshop(wb, title="Työpaja 1", project_id=project.id, date="2026-03-10")
    second = workshops.create_workshop(wb, title="Työpaja 2", project_id=project.id, date="2026-04-14")
    third = workshops.create_workshop(wb, title="Työpaja 3", project_id=project.id, date="2026-05-19")
    tasks.add_task(wb, "Kootaan esimerkit muistioon", workshop_id=first.id, owner="Kaisa")
    tasks.add_task(wb, "Valmis jo", workshop_id=first.id, status="done")
    ctx = UiContext(wb)
    ctx.select_workshop(second.id)
    yield ctx, first, second, third
    ctx.undo_stack.clear()


@pytest.fixture
def tab(setup, qtbot):
    from fasilitaattori.ui.tasks_tab import TasksTab

    page = TasksTab(setup[0])
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_open_tasks_of_earlier_workshops_show_as_follow_ups(tab):
    assert tab.table.rowCount() == 0
    assert tab.follow_table.rowCount() == 1
    assert tab.follow_table.item(0, 0).text() == "Kootaan esimerkit muistioon"
    assert tab.follow_table.item(0, 4).text() == "Työpaja 1"


def test_add_a_task_and_set_owner_due_date_and_status(tab, setup, qtbot):
    ctx, _, second, _ = setup
    qtbot.keyClicks(tab.new_edit, "Book the hall")
    qtbot.keyClick(tab.new_edit, Qt.Key.Key_Return)
    [task] = tasks.list_tasks(ctx.wb, workshop_id=second.id)
    assert task.text == "Book the hall" and tab.task_id == task.id
    assert tab.owner_edit.hasFocus()
    qtbot.keyClicks(tab.owner_edit, "Oskari")
    qtbot.keyClick(tab.owner_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.due_edit.edit  # Tab from the owner goes to the due date
    qtbot.keyClicks(QApplication.focusWidget(), "28.2.2026")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    tab.status_box.setCurrentIndex(tab.status_box.findData("in_progress"))
    tab.status_box.activated.emit(tab.status_box.currentIndex())
    task = tasks.tasks.get(ctx.wb, task.id)
    assert (task.owner, task.due_date, task.status) == ("Oskari", "2026-02-28", "in_progress")
    assert tab.table.item(0, 3).text() == "In progress"
    assert tab.table.item(0, 2).text() == "28 Feb 2026"  # the list shows it in the language's form
    tab.due_edit.edit.setFocus()
    tab.due_edit.edit.selectAll()
    qtbot.keyClick(tab.due_edit.edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(tab.due_edit.edit, Qt.Key.Key_Tab)
    assert tasks.tasks.get(ctx.wb, task.id).due_date is None
    ctx.undo_stack.undo()
    assert tasks.tasks.get(ctx.wb, task.id).due_date == "2026-02-28"


def test_an_impossible_saved_due_date_is_named_not_crashed_on(tab, setup, qtbot, monkeypatch):
    from fasilitaattori.ui.date_fields import DateField

    monkeypatch.setattr(DateField, "today", lambda _self: date(2026, 12, 31))  # not a new year meanwhile
    ctx, _, second, _ = setup
    task = tasks.add_task(ctx.wb, "Imported", workshop_id=second.id)
    with ctx.wb.store.write() as session:  # e.g. from an old import: not a real date
        session.get(type(task), task.id).due_date = "2026-02-30"
    ctx.changed.emit("task")
    tab.table.selectRow(tab.table.ids.index(task.id))
    assert tab.table.item(0, 2).text() == "no date"
    assert "2026-02-30" in tab.due_note.text()
    tab.due_edit.edit.setFocus()
    tab.due_edit.edit.selectAll()
    qtbot.keyClicks(tab.due_edit.edit, "2.3.")
    qtbot.keyClick(tab.due_edit.edit, Qt.Key.Key_Tab)
    assert tasks.tasks.get(ctx.wb, task.id).due_date == "2026-03-02"  # the year of today


def test_a_typed_due_date_in_finnish_is_stored_and_a_wrong_one_named(tab, setup, qtbot):
    from fasilitaattori.ui.i18n import install_language

    install_language("fi")
    ctx, _, second, _ = setup
    task = tasks.add_task(ctx.wb, "Varaa sali", workshop_id=second.id)
    ctx.changed.emit("task")
    tab.table.selectRow(tab.table.ids.index(task.id))
    tab.due_edit.setFocus()
    field = QApplication.focusWidget()
    qtbot.keyClicks(field, "15.3.2027")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert tasks.tasks.get(ctx.wb, task.id).due_date == "2027-03-15"
    assert tab.table.item(tab.table.ids.index(task.id), 2).text() == "15.3.2027"
    tab.due_edit.setFocus()
    field = QApplication.focusWidget()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "32.3.")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert tasks.tasks.get(ctx.wb, task.id).due_date == "2027-03-15"
    assert tab.due_edit.error.isVisible() and QApplication.activeModalWidget() is None


def test_marking_a_follow_up_done_removes_it_from_the_follow_ups(tab, setup):
    ctx, first, _, _ = setup
    tab.follow_table.selectRow(0)
    assert tab.text_edit.text() == "Kootaan esimerkit muistioon"
    tab.status_box.setCurrentIndex(tab.status_box.findData("done"))
    tab.status_box.activated.emit(tab.status_box.currentIndex())
    assert all(t.status == "done" for t in tasks.list_tasks(ctx.wb, workshop_id=first.id))
    assert tab.follow_table.rowCount() == 0


def test_an_assignment_is_followed_up_in_the_next_workshop(tab, setup, qtbot):
    ctx, _, second, third = setup
    qtbot.keyClicks(tab.new_edit, "Find one good example")
    qtbot.mouseClick(tab.add_assignment_button, Qt.MouseButton.LeftButton)
    [task] = tasks.list_tasks(ctx.wb, workshop_id=second.id)
    assert (task.kind, task.follow_up_workshop_id) == ("assignment", third.id)
    assert tab.follow_box_choice.currentData() == third.id
    ctx.select_workshop(third.id)
    shown = [tab.follow_table.item(r, 0).text() for r in range(tab.follow_table.rowCount())]
    assert "Assignment: Find one good example" in shown


def test_empty_task_text_is_refused_and_the_store_is_unchanged(tab, setup, qtbot):
    ctx, first, _, _ = setup
    tab.follow_table.selectRow(0)
    tab.text_edit.clear()
    tab.text_edit.setFocus()
    qtbot.keyClick(tab.text_edit, Qt.Key.Key_Return)
    assert "cannot be empty" in ctx.last_error
    assert tasks.list_tasks(ctx.wb, workshop_id=first.id)[0].text in ("Kootaan esimerkit muistioon", "Valmis jo")
    assert tab.text_edit.text() == "Kootaan esimerkit muistioon"
