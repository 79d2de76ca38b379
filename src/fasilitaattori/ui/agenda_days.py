"""Above the agenda: how many days the workshop spans, when the chosen row's day starts, and
which optional columns the workshop's agenda shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QSpinBox, QToolButton, QWidget

from ..core.agenda import Schedule, set_day_start, set_days
from ..core.agenda_times import MAX_DAYS, Day
from ..core.workshops import AGENDA_COLUMNS, workshops
from .agenda_model import column_label
from .date_fields import TimeField

if TYPE_CHECKING:
    from .agenda_tab import AgendaTab


class DaysBar(QWidget):
    def __init__(self, tab: AgendaTab) -> None:
        super().__init__()
        self.tab = tab
        self.schedule: Schedule | None = None
        self.days = QSpinBox()
        self.days.setObjectName("agendaDays")
        self.days.setRange(1, MAX_DAYS)
        self.days.setAccessibleName(self.tr("Days"))
        self.days.editingFinished.connect(self._set_days)
        days_label = QLabel(self.tr("Days:"))
        days_label.setBuddy(self.days)
        self.day_start = TimeField(error_below=False)
        self.day_start.setObjectName("agendaDayStart")
        self.day_start.committed.connect(self._set_day_start)
        self.day_start_label = QLabel()
        self.day_start_label.setBuddy(self.day_start.edit)
        self.day = 1
        self.columns = QToolButton()
        self.columns.setObjectName("agendaColumns")
        self.columns.setText(self.tr("Columns"))
        self.columns.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.columns)
        self.column_actions: dict[str, QAction] = {}
        for key in AGENDA_COLUMNS:
            action = menu.addAction(column_label(key))
            action.setCheckable(True)
            action.toggled.connect(lambda _on: self._set_columns())
            self.column_actions[key] = action
        self.columns.setMenu(menu)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (days_label, self.days, self.day_start_label, self.day_start):
            row.addWidget(widget)
        row.addWidget(self.day_start.error, 1)
        row.addStretch(1)
        row.addWidget(self.columns)

    def show_schedule(self, schedule: Schedule | None) -> None:
        self.schedule = schedule
        for widget in (self.days, self.day_start, self.columns):
            widget.setEnabled(schedule is not None)
        for key, action in self.column_actions.items():
            action.blockSignals(True)  # showing the stored choice is no new choice
            action.setChecked(key in self.tab.model.optional)
            action.blockSignals(False)
        if schedule is not None:
            self.days.setValue(len(schedule.days))

    def show_day(self, day: Day | None) -> None:
        """The start time of `day` (the chosen row's), to read and to type over."""
        if day is None and self.schedule is not None:
            day = self.schedule.days[0]
        self.day = day.number if day is not None else 1
        self.day_start_label.setText(self.tr("Day %1 begins at:").replace("%1", str(self.day)))
        self.day_start.set_value(day.start if day is not None else None)

    def _set_columns(self) -> None:
        """The workshop's optional columns, as checked in the menu; each workshop keeps its own."""
        wid, ctx = self.tab.workshop_id, self.tab.ctx
        chosen = ",".join(k for k in AGENDA_COLUMNS if self.column_actions[k].isChecked())
        if wid:
            ctx.update(workshops, wid, self.tr("Choose the agenda's columns"), agenda_columns=chosen)

    def _set_days(self) -> None:
        wid, schedule, ctx = self.tab.workshop_id, self.schedule, self.tab.ctx
        if not wid or schedule is None or self.days.value() == len(schedule.days):
            return
        old, new = len(schedule.days), self.days.value()
        if ctx.run(self.tr("Change the number of days"), lambda: set_days(ctx.wb, wid, new),
                   lambda: set_days(ctx.wb, wid, old), "workshop") is None:
            self.days.setValue(old)  # refused (a day that still has blocks): the sentence says why

    def _set_day_start(self, value: str | None) -> None:
        wid, schedule, ctx, day = self.tab.workshop_id, self.schedule, self.tab.ctx, self.day
        if not wid or schedule is None:
            return
        old = schedule.days[day - 1].start
        if ctx.run(self.tr("Change the day's start time"), lambda: set_day_start(ctx.wb, wid, day, value or ""),
                   lambda: set_day_start(ctx.wb, wid, day, old), "workshop") is None:
            self.day_start.set_saved(old)
