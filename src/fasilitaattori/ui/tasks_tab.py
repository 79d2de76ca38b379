"""The Tasks tab: the workshop's tasks and between-workshop assignments, and the follow-ups —
unfinished tasks of the project's earlier workshops — to go through in this one.

Left: the two lists. Right: the chosen task's owner, due date, status, kind and the workshop
where it is followed up; each change is saved at once (and undoable).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import dates, tasks
from ..core.workshops import workshops
from ..store.models import Task
from .column_fit import fit_columns
from .context import UiContext
from .date_fields import DateField
from .fill import fill
from .i18n import current_language
from .section import Section

STATUS_LABELS = {"open": QT_TRANSLATE_NOOP("TasksTab", "Open"),
                 "in_progress": QT_TRANSLATE_NOOP("TasksTab", "In progress"),
                 "done": QT_TRANSLATE_NOOP("TasksTab", "Done")}
KIND_LABELS = {"task": QT_TRANSLATE_NOOP("TasksTab", "Task"),
               "assignment": QT_TRANSLATE_NOOP("TasksTab", "Between-workshop assignment")}
TASK_ENTITIES = {"", "task", "workshop", "project"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TasksTab", text)


class TaskTable(QTableWidget):
    """Task, owner, due date, status (and where it came from, for follow-ups)."""

    def __init__(self, with_origin: bool, parent: QWidget | None = None) -> None:
        headers = [QCoreApplication.translate("TasksTab", "Task"), QCoreApplication.translate("TasksTab", "Owner"), QCoreApplication.translate("TasksTab", "Due"), QCoreApplication.translate("TasksTab", "Status")]
        if with_origin:
            headers.append(QCoreApplication.translate("TasksTab", "From workshop"))
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        # Few rows, long sentences: wrap them rather than cut them off. Widths from the words
        # (column_fit): an owner's whole name no longer left the task a word a line.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.fitter = fit_columns(self)
        self.ids: list[str] = []

    def fill(self, rows: list[Task], origins: dict[str, str] | None = None) -> None:
        self.setRowCount(len(rows))
        self.ids = [t.id for t in rows]
        for r, task in enumerate(rows):
            due = dates.parse_iso_date(task.due_date)
            kind = QCoreApplication.translate("TasksTab", "Assignment: ") if task.kind == "assignment" else ""
            cells = [kind + task.text, task.owner,
                     QCoreApplication.translate("TasksTab", "no date") if due is None
                     else dates.format_date(current_language(), due),
                     _tr(STATUS_LABELS.get(task.status, task.status))]
            if origins is not None:
                cells.append(origins.get(task.workshop_id or "", ""))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(r, c, item)
        self.fitter.fit()

    def current_id(self) -> str:
        row = self.currentRow()
        return self.ids[row] if 0 <= row < len(self.ids) and self.selectedItems() else ""


class TasksTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = ""
        self.task_id = ""
        self._filling = False

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.new_edit = QLineEdit()
        self.new_edit.setPlaceholderText(self.tr("Type a task and press Enter"))
        self.new_edit.setAccessibleName(self.tr("New task"))
        self.new_edit.returnPressed.connect(lambda: self.add("task"))
        new_caption = QLabel(self.tr("&New task:"))
        new_caption.setBuddy(self.new_edit)
        self.add_assignment_button = QPushButton(self.tr("Add as between-workshop &assignment"))
        self.add_assignment_button.setToolTip(self.tr("An assignment for the participants, followed up in "
                                                      "the project's next workshop."))
        self.add_assignment_button.clicked.connect(lambda: self.add("assignment"))
        top = QHBoxLayout()
        top.addWidget(new_caption)
        top.addWidget(self.new_edit, 1)
        top.addWidget(self.add_assignment_button)

        self.table = TaskTable(with_origin=False)
        self.table.setAccessibleName(self.tr("Tasks of this workshop"))
        self.follow_table = TaskTable(with_origin=True)
        self.follow_table.setAccessibleName(self.tr("Follow-ups from earlier workshops"))
        self.table.itemSelectionChanged.connect(lambda: self._chosen(self.table, self.follow_table))
        self.follow_table.itemSelectionChanged.connect(lambda: self._chosen(self.follow_table, self.table))
        own_box = QGroupBox(self.tr("Tasks of this workshop"))
        QVBoxLayout(own_box).addWidget(self.table)
        follow_layout = QVBoxLayout()
        follow_layout.addWidget(self.follow_table)
        self.follow_box = Section(self.tr("Follow-ups: unfinished tasks of earlier workshops"), follow_layout)
        lists = QSplitter(Qt.Orientation.Vertical)
        lists.addWidget(own_box)
        lists.addWidget(self.follow_box)

        # -- the chosen task -------------------------------------------------------------------
        self.text_edit = QLineEdit()
        self.text_edit.editingFinished.connect(lambda: self._set("text", self.text_edit.text()))
        self.owner_edit = QLineEdit()
        self.owner_edit.setPlaceholderText(self.tr("Who does it"))
        self.owner_edit.editingFinished.connect(lambda: self._set("owner", self.owner_edit.text()))
        self.due_edit = DateField()  # empty: no due date
        self.due_edit.edit.setPlaceholderText(self.tr("no due date"))
        self.due_edit.edit.setAccessibleName(self.tr("Due date"))
        self.due_edit.committed.connect(lambda value: self._set("due_date", value))
        self.due_note = QLabel()
        self.due_note.setWordWrap(True)
        self.status_box = QComboBox()
        for key, label in STATUS_LABELS.items():
            self.status_box.addItem(self.tr(label), key)
        self.status_box.activated.connect(lambda _i: self._set("status", self.status_box.currentData()))
        self.kind_box = QComboBox()
        for key, label in KIND_LABELS.items():
            self.kind_box.addItem(self.tr(label), key)
        self.kind_box.activated.connect(lambda _i: self._set("kind", self.kind_box.currentData()))
        self.follow_box_choice = QComboBox()
        self.follow_box_choice.activated.connect(
            lambda _i: self._set("follow_up_workshop_id", self.follow_box_choice.currentData() or None))
        self.delete_button = QPushButton(self.tr("De&lete task"))
        self.delete_button.clicked.connect(self.delete)

        form_box = QGroupBox(self.tr("Chosen task"))
        form = QFormLayout(form_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long labels above their field
        form.addRow(self.tr("&Task:"), self.text_edit)
        form.addRow(self.tr("&Owner:"), self.owner_edit)
        form.addRow(self.tr("&Due:"), self.due_edit)
        form.addRow("", self.due_note)
        form.addRow(self.tr("&Status:"), self.status_box)
        form.addRow(self.tr("&Kind:"), self.kind_box)
        form.addRow(self.tr("&Followed up in:"), self.follow_box_choice)
        form.addRow("", self.delete_button)
        self.form_box = form_box

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(lists)
        splitter.addWidget(form_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 450])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        ctx.workshop_selected.connect(self.show_workshop)
        ctx.changed.connect(self._on_changed)  # a bound method: disconnected when the tab goes
        self.show_workshop(ctx.workshop_id)

    # -- showing ------------------------------------------------------------------------------
    def show_workshop(self, workshop_id: str) -> None:
        self.workshop_id = workshop_id
        self.task_id = ""
        self.refresh()

    def _on_changed(self, entity: str) -> None:
        if entity in TASK_ENTITIES:
            self.refresh()

    def refresh(self) -> None:
        wb = self.ctx.wb
        try:
            title = workshops.get(wb, self.workshop_id).title if self.workshop_id else ""
        except Exception:  # noqa: BLE001 - deleted meanwhile
            self.workshop_id, title = "", ""
        self.title.setText(fill(self.tr("Tasks: %1"), title) if title
                           else self.tr("Choose a workshop to see its tasks."))
        own = tasks.list_tasks(wb, workshop_id=self.workshop_id) if self.workshop_id else []
        follow = tasks.follow_ups(wb, self.workshop_id) if self.workshop_id else []
        keep = self.task_id
        for table in (self.table, self.follow_table):
            table.blockSignals(True)
        self.table.fill(own)
        self.follow_table.fill(follow, tasks.workshop_titles(wb, [t.workshop_id for t in follow]))
        self.follow_box.set_heading(self.tr("Follow-ups: unfinished tasks of earlier workshops (%n)", "",
                                         len(follow)))
        self.follow_box_choice.clear()
        self.follow_box_choice.addItem(self.tr("Not set"), "")
        if self.workshop_id:
            for w in tasks.later_workshops(wb, self.workshop_id):
                self.follow_box_choice.addItem(" ".join(x for x in (w.date or "", w.title) if x), w.id)
        for table in (self.table, self.follow_table):
            if keep in table.ids:
                table.selectRow(table.ids.index(keep))
            table.blockSignals(False)
        for widget in (self.new_edit, self.add_assignment_button):
            widget.setEnabled(bool(self.workshop_id))
        self.show_task(keep if keep in self.table.ids + self.follow_table.ids else "")

    def reveal(self, task_id: str) -> None:
        """Select a task (a search result), in this workshop's list or among the follow-ups."""
        self.task_id = task_id
        self.refresh()
        for table in (self.table, self.follow_table):
            if task_id in table.ids:
                table.setFocus()

    def _chosen(self, table: TaskTable, other: TaskTable) -> None:
        task_id = table.current_id()
        if task_id:
            other.blockSignals(True)
            other.clearSelection()
            other.blockSignals(False)
        self.show_task(task_id)

    def show_task(self, task_id: str) -> None:
        self.task_id = task_id
        task: Task | None = None
        if task_id:
            try:
                task = tasks.tasks.get(self.ctx.wb, task_id)
            except Exception:  # noqa: BLE001
                task = None
        self._filling = True
        self.form_box.setEnabled(task is not None)
        self.text_edit.setText(task.text if task else "")
        self.text_edit.setCursorPosition(0)  # a long task reads from its beginning
        self.owner_edit.setText(task.owner if task else "")
        due = dates.parse_iso_date(task.due_date) if task else None
        self.due_edit.set_value(due.isoformat() if due else None)
        if task is not None and task.due_date and due is None:
            self.due_note.setText(fill(self.tr("The saved due date \u201c%1\u201d is not a real date; "
                                               "choose a new one."), task.due_date))
        else:
            self.due_note.clear()
        self.due_note.setVisible(bool(self.due_note.text()))
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(task.status if task else "open")))
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(task.kind if task else "task")))
        follow = task.follow_up_workshop_id if task else None
        if follow and self.follow_box_choice.findData(follow) < 0:
            titles = tasks.workshop_titles(self.ctx.wb, [follow])
            self.follow_box_choice.addItem(titles.get(follow, follow), follow)
        self.follow_box_choice.setCurrentIndex(max(0, self.follow_box_choice.findData(follow or "")))
        self._filling = False

    # -- edits --------------------------------------------------------------------------------
    def _set(self, field: str, value: Any) -> None:
        if self._filling or not self.task_id:
            return
        wb, task_id = self.ctx.wb, self.task_id
        try:
            old = getattr(tasks.tasks.get(wb, task_id), field)
        except Exception as exc:  # noqa: BLE001
            self.ctx.report(exc)
            return
        if (old or "") == (value or ""):
            return
        # ctx.run rather than ctx.update: a task's field called `text` would clash with its label.
        done = self.ctx.run(self.tr("Edit task"), lambda: tasks.tasks.update(wb, task_id, **{field: value}),
                            lambda: tasks.tasks.update(wb, task_id, **{field: old}), "task")
        if done is None:
            self.show_task(task_id)  # the store refused: show what is saved

    def add(self, kind: str) -> None:
        text = self.new_edit.text().strip()
        if not text or not self.workshop_id:
            return
        wb, workshop_id = self.ctx.wb, self.workshop_id
        if kind == "assignment":
            task = self.ctx.create(tasks.tasks, self.tr("Add assignment"),
                                   make=lambda: tasks.add_assignment(wb, text, workshop_id))
        else:
            task = self.ctx.create(tasks.tasks, self.tr("Add task"),
                                   make=lambda: tasks.add_task(wb, text, workshop_id=workshop_id))
        if task is None:
            return
        self.new_edit.clear()
        if task.id in self.table.ids:
            self.table.selectRow(self.table.ids.index(task.id))
        self.owner_edit.setFocus()

    def delete(self) -> None:
        if self.task_id:
            self.ctx.delete(tasks.tasks, self.task_id, self.tr("Delete task"))
