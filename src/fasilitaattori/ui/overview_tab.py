"""The Overview tab: the workshop's facts, edited in place.

Every field is saved on its own as soon as editing finishes (one undo step each); an edit the
store refuses (e.g. an end before the start) shows one sentence and the field shows the stored
value again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.projects import list_projects
from ..core.workshops import LANGUAGES, STATUSES, workshops
from ..errors import FasilitaattoriError
from ..store.models import Workshop
from .context import UiContext
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
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d.M.yyyy")
        self.date.editingFinished.connect(self._commit_date)
        self.no_date = QCheckBox(self.tr("No date yet"))
        self.no_date.toggled.connect(self._commit_date)
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.start.editingFinished.connect(lambda: self._commit("start_time", self.start.time().toString("HH:mm")))
        self.end = QTimeEdit()
        self.end.setDisplayFormat("HH:mm")
        self.end.editingFinished.connect(lambda: self._commit("end_time", self.end.time().toString("HH:mm")))
        self.status = QComboBox()
        for key, label in ((s, self._status_label(s)) for s in STATUSES):
            self.status.addItem(label, key)
        self.status.activated.connect(lambda _i: self._commit("status", self.status.currentData()))
        self.language = QComboBox()
        for key, label in zip(LANGUAGES, (self.tr("Finnish"), self.tr("Swedish"), self.tr("English")),
                              strict=True):
            self.language.addItem(label, key)
        self.language.activated.connect(lambda _i: self._commit("language", self.language.currentData()))
        self.goals = CommitText(lambda text: self._commit("goals", text))
        self.goals.setObjectName("overview_goals")
        self.conclusions = CommitText(lambda text: self._commit("conclusions", text))
        self.conclusions.setObjectName("overview_conclusions")

        date_row = QHBoxLayout()
        date_row.addWidget(self.date)
        date_row.addWidget(self.no_date)
        date_row.addStretch(1)
        time_row = QHBoxLayout()
        time_row.addWidget(self.start)
        dash = QLabel(self.tr("–"))
        dash.setAccessibleName(self.tr("to"))
        time_row.addWidget(dash)
        time_row.addWidget(self.end)
        time_row.addStretch(1)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Title:"), self.lines["title"])
        form.addRow(self.tr("&Project:"), self.project)
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.date)
        form.addRow(date_label, date_row)
        time_label = QLabel(self.tr("T&ime:"))
        time_label.setBuddy(self.start)
        form.addRow(time_label, time_row)
        form.addRow(self.tr("&Venue:"), self.lines["venue"])
        form.addRow(self.tr("&Locality:"), self.lines["locality"])
        form.addRow(self.tr("Target &group:"), self.lines["target_group"])
        form.addRow(self.tr("&Facilitators:"), self.lines["facilitators"])
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("Language of &printouts:"), self.language)
        self.start.setAccessibleName(self.tr("Start time"))
        self.end.setAccessibleName(self.tr("End time"))
        self.date.setAccessibleName(self.tr("Date"))

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
        self.no_date.blockSignals(True)
        self.no_date.setChecked(not row.date)
        self.no_date.blockSignals(False)
        self.date.setEnabled(bool(row.date))
        if row.date:
            self.date.setDate(QDate.fromString(row.date, "yyyy-MM-dd"))
        self.start.setTime(QTime.fromString(row.start_time, "HH:mm"))
        self.end.setTime(QTime.fromString(row.end_time, "HH:mm"))
        self.goals.set_value(row.goals)
        self.conclusions.set_value(row.conclusions)

    # -- editing ---------------------------------------------------------------------
    def _commit_date(self) -> None:
        value = None if self.no_date.isChecked() else self.date.date().toString("yyyy-MM-dd")
        if value is None:
            self.date.setEnabled(False)
        else:
            self.date.setEnabled(True)
        self._commit("date", value)

    def _commit(self, name: str, value: Any) -> None:
        if not self.workshop_id:
            return
        label = workshops.fields[name].label
        text = self.tr("Edit %1").replace("%1", self._field_name(label))
        if self.ctx.update(workshops, self.workshop_id, text, **{name: value}) is None:
            self.set_workshop(self.workshop_id)  # refused: show what the store holds

    def _field_name(self, label: str) -> str:
        return {"Title": self.tr("title"), "Project": self.tr("project"), "Date": self.tr("date"),
                "Start time": self.tr("start time"), "End time": self.tr("end time"),
                "Venue": self.tr("venue"), "Locality": self.tr("locality"),
                "Target group": self.tr("target group"), "Facilitators": self.tr("facilitators"),
                "Status": self.tr("status"), "Language": self.tr("language of printouts"),
                "Goals": self.tr("goals"), "Conclusions": self.tr("conclusions")}.get(label, label)
