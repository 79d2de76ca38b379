"""Above the agenda: how many days the workshop spans, and when the chosen row's day starts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from ..core.agenda import Schedule, set_day_start, set_days
from ..core.agenda_times import MAX_DAYS, Day
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
        days_label = QLabel(self.tr("&Days:"))
        days_label.setBuddy(self.days)
        self.day_start = TimeField(error_below=False)
        self.day_start.setObjectName("agendaDayStart")
        self.day_start.committed.connect(self._set_day_start)
        self.day_start_label = QLabel()
        self.day_start_label.setBuddy(self.day_start.edit)
        self.day = 1
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (days_label, self.days, self.day_start_label, self.day_start):
            row.addWidget(widget)
        row.addWidget(self.day_start.error, 1)
        row.addStretch(1)

    def show_schedule(self, schedule: Schedule | None) -> None:
        self.schedule = schedule
        for widget in (self.days, self.day_start):
            widget.setEnabled(schedule is not None)
        if schedule is not None:
            self.days.setValue(len(schedule.days))

    def show_day(self, day: Day | None) -> None:
        """The start time of `day` (the chosen row's), to read and to type over."""
        if day is None and self.schedule is not None:
            day = self.schedule.days[0]
        self.day = day.number if day is not None else 1
        self.day_start_label.setText(self.tr("Day %1 be&gins at:").replace("%1", str(self.day)))
        self.day_start.set_value(day.start if day is not None else None)

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
