"""The Overview tab: the workshop's facts, edited in place.

Every field is saved on its own as soon as editing finishes (one undo step each). Dates and
times are typed in the language's form (ui/date_fields.py); a new start moves the end along so
the workshop keeps its length, and an end before the start is said under the field, with the
typed text left to correct, and nothing stored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.projects import list_projects
from ..core.workshops import LANGUAGES, STATUSES, check_times, moved_start, workshops
from ..errors import FasilitaattoriError
from ..store.models import Workshop
from .context import UiContext, error_text
from .date_fields import DateField, TimeField
from .edit_fields import CommitText

LINE_FIELDS = ("title", "venue", "locality", "target_group", "facilitators")


class OverviewTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = ""

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.empty = QLabel(self.tr("Choose a workshop in the list on the left, or create a new one."))
        self.empty.setWordWrap(True)

        self.lines: dict[str, QLineEdit] = {}
        for name in LINE_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"overview_{name}")
            edit.editingFinished.connect(lambda n=name, e=edit: self._commit(n, e.text()))
            self.lines[name] = edit
        self.project = QComboBox()
        self.project.activated.connect(lambda _i: self._commit("project_id", self.project.currentData() or None))
        self.date = DateField()
        self.date.edit.setObjectName("overview_date")
        self.date.edit.setPlaceholderText(self.tr("no date yet"))
        self.date.committed.connect(lambda value: self._commit("date", value))
        self.start = TimeField(error_below=False)  # the errors go under the row of both times
        self.start.edit.setObjectName("overview_start")
        self.start.committed.connect(self._commit_start)
        self.end = TimeField(error_below=False)
        self.end.edit.setObjectName("overview_end")
        self.end.committed.connect(self._commit_end)
        self.status = QComboBox()
        for key, label in ((s, self._status_label(s)) for s in STATUSES):
            self.status.addItem(label, key)
        self.status.activated.connect(lambda _i: self._commit("status", self.status.currentData()))
        self.language = QComboBox()
        for key, label in zip(LANGUAGES, (self.tr("Finnish"), self.tr("Swedish"), self.tr("English")),
                              strict=True):
            self.language.addItem(label, key)
        self.language.activated.connect(lambda _i: self._commit("language", self.language.currentData()))
        self.goals = CommitText(lambda wid, text: self._commit_text(wid, "goals", text), gate=ctx.writes)
        self.goals.setObjectName("overview_goals")
        self.conclusions = CommitText(lambda wid, text: self._commit_text(wid, "conclusions", text),
                                      gate=ctx.writes)
        self.conclusions.setObjectName("overview_conclusions")

        date_row = QHBoxLayout()
        date_row.addWidget(self.date, 1)
        time_row = QHBoxLayout()
        time_row.addWidget(self.start, 0, Qt.AlignmentFlag.AlignTop)
        dash = QLabel(self.tr("–"))
        dash.setAccessibleName(self.tr("to"))
        dash.setFixedHeight(self.start.edit.sizeHint().height())  # level with the lines, above any error
        time_row.addWidget(dash, 0, Qt.AlignmentFlag.AlignTop)
        time_row.addWidget(self.end, 0, Qt.AlignmentFlag.AlignTop)
        time_row.addStretch(1)
        time_box = QVBoxLayout()
        time_box.setSpacing(2)
        time_box.addLayout(time_row)
        time_box.addWidget(self.start.error)
        time_box.addWidget(self.end.error)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Title:"), self.lines["title"])
        form.addRow(self.tr("&Project:"), self.project)
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.date)
        form.addRow(date_label, date_row)
        time_label = QLabel(self.tr("T&ime:"))
        time_label.setBuddy(self.start)
        form.addRow(time_label, time_box)
        form.addRow(self.tr("&Venue:"), self.lines["venue"])
        form.addRow(self.tr("&Locality:"), self.lines["locality"])
        form.addRow(self.tr("Target &group:"), self.lines["target_group"])
        form.addRow(self.tr("&Facilitators:"), self.lines["facilitators"])
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("Language of &printouts:"), self.language)
        self.start.edit.setAccessibleName(self.tr("Start time"))
        self.end.edit.setAccessibleName(self.tr("End time"))
        self.date.edit.setAccessibleName(self.tr("Date"))

        texts = QVBoxLayout()
        goals_label = QLabel(self.tr("Goals and &description:"))
        goals_label.setBuddy(self.goals)
        conclusions_label = QLabel(self.tr("Facilitator's &conclusions:"))
        conclusions_label.setBuddy(self.conclusions)
        texts.addWidget(goals_label)
        texts.addWidget(self.goals, 1)
        texts.addWidget(conclusions_label)
        texts.addWidget(self.conclusions, 1)

        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addSpacing(16)
        columns.addLayout(texts, 1)

        self.body = QWidget()
        body_layout = QVBoxLayout(self.body)
        body_layout.addWidget(self.heading)
        body_layout.addLayout(columns, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.body)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        self._scroll = scroll

        ctx.workshop_selected.connect(self.set_workshop)
        ctx.changed.connect(self._changed)
        self.set_workshop(ctx.workshop_id)

    def _status_label(self, status: str) -> str:
        return {"planned": self.tr("Planned"), "held": self.tr("Held"),
                "reported": self.tr("Reported")}.get(status, status)

    # -- showing ---------------------------------------------------------------------
    def set_workshop(self, workshop_id: str) -> None:
        row: Workshop | None = None
        if workshop_id:
            try:
                row = workshops.get(self.ctx.wb, workshop_id)
            except FasilitaattoriError:
                row = None
        self.workshop_id = row.id if row else ""
        self.empty.setVisible(row is None)
        self._scroll.setVisible(row is not None)
        if row is not None:
            self._show(row)

    def _changed(self, entity: str) -> None:
        if entity in ("", "workshop", "project") and self.workshop_id:
            self.set_workshop(self.workshop_id)

    def _show(self, row: Workshop) -> None:
        self.heading.setText(row.title)
        for name, edit in self.lines.items():
            value = getattr(row, name) or ""
            if edit.text() != value:
                edit.setText(value)
                edit.setCursorPosition(0)
        self.project.blockSignals(True)
        self.project.clear()
        self.project.addItem(self.tr("(no project)"), "")
        for project in list_projects(self.ctx.wb):
            self.project.addItem(project.name, project.id)
        self.project.setCurrentIndex(max(0, self.project.findData(row.project_id or "")))
        self.project.blockSignals(False)
        for widget, value in ((self.status, row.status), (self.language, row.language)):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        self.date.set_value(row.date)
        self.start.set_value(row.start_time)
        self.end.set_value(row.end_time)
        self.goals.set_value(row.goals, row.id)
        self.conclusions.set_value(row.conclusions, row.id)

    # -- editing ---------------------------------------------------------------------
    def _commit_start(self, value: str | None) -> None:
        """A new start moves the end along (core's rule), so an evening is typed start first."""
        if not self.workshop_id:
            return
        if value is None:
            self.start.show_error(self.tr("A workshop needs a start time."))
            return
        row = workshops.get(self.ctx.wb, self.workshop_id)
        self._commit_times("start_time", moved_start(row.start_time, row.end_time, value), self.start)

    def _commit_end(self, value: str | None) -> None:
        if not self.workshop_id:
            return
        if value is None:
            self.end.show_error(self.tr("A workshop needs an end time."))
            return
        row = workshops.get(self.ctx.wb, self.workshop_id)
        self._commit_times("end_time", {"end_time": value}, self.end, row.start_time)

    def _commit_times(self, name: str, changes: dict[str, str], field: TimeField, start: str | None = None) -> None:
        # A conflict is said under the field and the typed text stays to be corrected: no box, no revert.
        try:
            check_times(start or changes.get("start_time"), changes.get("end_time"))
        except FasilitaattoriError as error:
            field.show_error(error_text(error))
            field.set_saved(None)  # not stored: the same text typed again is tried again
            return
        self._commit(name, changes=changes)

    def _commit(self, name: str, value: Any = None, changes: dict[str, Any] | None = None) -> None:
        if not self.workshop_id:
            return
        label = workshops.fields[name].label
        text = self.tr("Edit %1").replace("%1", self._field_name(label))
        if self.ctx.update(workshops, self.workshop_id, text, **(changes or {name: value})) is None:
            self.set_workshop(self.workshop_id)  # refused: show what the store holds

    def _commit_text(self, workshop_id: str, name: str, text: str) -> bool:
        """Save a text box; on failure the box keeps the text and tries again (`CommitText`)."""
        if not workshop_id:
            return True
        label = self.tr("Edit %1").replace("%1", self._field_name(workshops.fields[name].label))
        return self.ctx.update(workshops, workshop_id, label, **{name: text}) is not None

    def _field_name(self, label: str) -> str:
        return {"Title": self.tr("title"), "Project": self.tr("project"), "Date": self.tr("date"),
                "Start time": self.tr("start time"), "End time": self.tr("end time"),
                "Venue": self.tr("venue"), "Locality": self.tr("locality"),
                "Target group": self.tr("target group"), "Facilitators": self.tr("facilitators"),
                "Status": self.tr("status"), "Language": self.tr("language of printouts"),
                "Goals": self.tr("goals"), "Conclusions": self.tr("conclusions")}.get(label, label)
