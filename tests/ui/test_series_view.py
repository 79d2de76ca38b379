"""The Series view: Ctrl+Shift+P shows the project's workshops as a timeline with the tasks and
assignments due between them; what it lists is checked against the store, and Enter opens a
workshop or a task's Tasks tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fasilitaattori.core import tasks, workshops
from fasilitaattori.core.demo import demo_project
from fasilitaattori.ui.series_view import SeriesView

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
STATUS = {"open": "Open", "in_progress": "In progress", "done": "Done", "planned": "Planned", "held": "Held"}


@pytest.fixture
def shown(window, qtbot):
    project = demo_project(window.ctx.wb)
    first = min(workshops.list_workshops(window.ctx.wb, project.id), key=lambda w: w.date)
    window.open_workshop(first.id)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.sidebar.tree.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, CTRL_SHIFT)
    view = window.findChild(SeriesView)
    assert view is not None and window.stack.currentWidget() is view
    qtbot.waitUntil(lambda: view.tree.hasFocus())
    return window, view, project


def _expected(wb, project_id):
    """The rows the store calls for: workshops by date, each stretch's tasks by due date."""
    dated = sorted(workshops.list_workshops(wb, project_id), key=lambda w: w.date)
    every = tasks.list_tasks(wb, project_id=project_id)
    rows = []
    for i, workshop in enumerate(dated):
        if i:
            due = [t for t in every if dated[i - 1].date < t.due_date <= workshop.date]
            rows.append(("gap", None))
            rows += [("task", (t.text, STATUS[t.status])) for t in sorted(due, key=lambda t: t.due_date)]
        rows.append(("workshop", (workshop.title, STATUS[workshop.status])))
    after = [t for t in every if t.due_date > dated[-1].date]
    if after:
        rows.append(("gap", None))
        rows += [("task", (t.text, STATUS[t.status])) for t in sorted(after, key=lambda t: t.due_date)]
    return rows


def _listed(view):
    rows = []
    for kind, _date, text, status in view.rows():
        text = text.removeprefix("Assignment: ").rsplit(" (", 1)[0] if kind == "task" else text
        rows.append((kind, None if kind == "gap" else (text, status)))
    return rows


def test_the_series_lists_the_store_and_follows_a_task_marked_done(shown):
    window, view, project = shown
    wb = window.ctx.wb
    assert project.name in view.heading.text()
    assert _listed(view) == _expected(wb, project.id)
    assert any(text.startswith("5 weeks (35 days)") for kind, _d, text, _s in view.rows() if kind == "gap")

    still_open = next(t for t in tasks.list_tasks(wb, project_id=project.id) if t.status == "open")
    tasks.tasks.update(wb, still_open.id, status="done")
    window.ctx.changed.emit("task")  # as after an edit in the Tasks tab or a sync
    assert _listed(view) == _expected(wb, project.id)
    assert ("task", (still_open.text, "Done")) in _listed(view)


def test_enter_opens_a_task_in_its_workshop_and_a_workshop_in_its_tabs(shown, qtbot):
    window, view, project = shown
    tree = view.tree
    while tree.currentItem().data(0, Qt.ItemDataRole.UserRole + 1)[0] != "task":
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    _kind, workshop_id, task_id = tree.currentItem().data(0, Qt.ItemDataRole.UserRole + 1)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.tabs and window.ctx.workshop_id == workshop_id
    assert window.tabs.currentWidget().spec.key == "tasks"
    assert tasks.tasks.get(window.ctx.wb, task_id).workshop_id == workshop_id

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, CTRL_SHIFT)
    assert window.stack.currentWidget() is view
    qtbot.keyClick(tree, Qt.Key.Key_End)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    last = max(workshops.list_workshops(window.ctx.wb, project.id), key=lambda w: w.date)
    assert window.ctx.workshop_id == last.id and window.stack.currentWidget() is window.tabs
