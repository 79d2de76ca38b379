"""Ctrl+K: type, see results of every kind, open one where it lives."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fasilitaattori.core.notes import list_notes
from fasilitaattori.core.workshops import list_workshops


def open_search(window, qtbot):
    from fasilitaattori.ui.search_dialog import SearchDialog

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SearchDialog)
    return dialog


def search_for(dialog, qtbot, text):
    qtbot.keyClicks(dialog.query, text)
    qtbot.waitUntil(lambda: not dialog.timer.isActive() and dialog.results.count() > 0, timeout=10_000)


def test_a_note_opens_its_workshop(window, qtbot):
    wb = window.ctx.wb
    note = next(n for n in list_notes(wb) if "lausuntopohjan" in n.text)
    dialog = open_search(window, qtbot)
    search_for(dialog, qtbot, "lausuntopohja")
    assert dialog.hits[0].kind == "note" and dialog.hits[0].ref_id == note.id
    owner = next(w for w in list_workshops(wb) if w.id == note.workshop_id)
    assert owner.title in dialog.results.item(0).text()
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert window.ctx.workshop_id == note.workshop_id
    assert window.tabs.currentWidget().objectName() == "notes"
    from fasilitaattori.ui.notes_tab import NotesTab

    tab = window.findChild(NotesTab)
    assert tab.model.note_at(tab.view.currentIndex().row()).id == note.id  # the note itself is chosen


def test_a_workshop_opens_its_overview_and_a_method_the_library(window, qtbot):
    wb = window.ctx.wb
    third = list_workshops(wb)[2]
    dialog = open_search(window, qtbot)
    search_for(dialog, qtbot, "Kuopio")
    rows = [h for h in dialog.hits if h.kind == "workshop" and h.ref_id == third.id]
    assert rows
    dialog.results.setFocus()
    dialog.results.setCurrentRow(dialog.hits.index(rows[0]))
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert window.ctx.workshop_id == third.id
    assert window.tabs.currentWidget().objectName() == "overview"

    dialog = open_search(window, qtbot)
    search_for(dialog, qtbot, "Kalamalja")
    row = next(i for i, h in enumerate(dialog.hits) if h.kind == "method")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    assert dialog.results.hasFocus() or dialog.results.currentRow() == 0
    dialog.results.setCurrentRow(row)
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.library()
    assert window.library().current_id() == dialog.hits[row].ref_id


@pytest.mark.parametrize("text", ["zzzyyx", "   ", "\"*(:^"])
def test_nothing_found_and_odd_input_are_calm(window, qtbot, text):
    dialog = open_search(window, qtbot)
    dialog.query.setText(text)
    dialog.run_search()
    assert dialog.results.count() == 0
    dialog.reject()


def test_a_task_opens_with_the_task_chosen(window, qtbot):
    from fasilitaattori.core.tasks import list_tasks
    from fasilitaattori.ui.tasks_tab import TasksTab

    task = next(t for t in list_tasks(window.ctx.wb) if "muistioon" in t.text)
    dialog = open_search(window, qtbot)
    search_for(dialog, qtbot, "muistioon")
    row = next(i for i, hit in enumerate(dialog.hits) if hit.kind == "task")
    dialog.results.setCurrentRow(row)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert window.tabs.currentWidget().objectName() == "tasks"
    tab = window.findChild(TasksTab)
    assert tab.task_id == task.id and task.id in (tab.table.current_id(), tab.follow_table.current_id())


def test_the_status_says_when_a_large_import_is_still_being_indexed(window, qtbot):
    from fasilitaattori.store import search_backlog
    from fasilitaattori.store.db import sqlite_connection

    dialog = open_search(window, qtbot)
    search_for(dialog, qtbot, "lausuntopohja")
    assert "still being added" not in dialog.status.text()
    with window.ctx.wb.store.write() as session:  # rows a large import left for the background thread
        search_backlog.record(sqlite_connection(session), "notes", 10 ** 9, 10 ** 9 + 5)
    dialog.run_search()
    assert dialog.results.count() > 0
    assert "still being added to the search" in dialog.status.text()
    dialog.reject()
