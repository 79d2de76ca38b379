"""Live capture: which block of the agenda is running at a given moment, and how long it has left.

Pure functions over `agenda.schedule`: the live screen passes the time of day, so tests can
set the clock. "+5 min" lengthens the running block itself (the rest of the plan shifts on),
so the agenda and the printouts stay true to what happened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..errors import ValidationError
from .agenda import Schedule, ScheduledItem, agenda_items, schedule
from .fields import minutes
from .workbench import Workbench

EXTEND_STEP_MIN = 5


@dataclass(frozen=True)
class LiveState:
    """Where the workshop is at `now_min` (minutes after midnight)."""

    current: ScheduledItem | None  # the running block (None before the start or after the end)
    next: ScheduledItem | None  # the block after the running one (or the first, before the start)
    remaining_sec: int  # seconds left of the running block (0 when none runs)
    before_start: bool
    after_end: bool

    @property
    def remaining_min(self) -> int:
        """Whole minutes left, rounded up: 30 s left still reads "1 min"."""
        return -(-self.remaining_sec // 60)


def _bounds(row: ScheduledItem, day_start: int) -> tuple[int, int]:
    """Start and end of a block in minutes since the workshop day's midnight (no wrap at 24:00)."""
    start = minutes(row.start)
    if start < day_start:
        start += 24 * 60
    return start, start + row.item.duration_min


def state_at(plan: Schedule, now_sec: int) -> LiveState:
    """The running block at `now_sec` seconds after midnight; zero-length blocks never run."""
    rows = plan.items
    if not rows:
        return LiveState(None, None, 0, before_start=True, after_end=False)
    day_start = minutes(plan.start)
    for index, row in enumerate(rows):
        start, end = _bounds(row, day_start)
        if now_sec < start * 60:
            return LiveState(None, row, 0, before_start=index == 0, after_end=False)
        if now_sec < end * 60:
            following = rows[index + 1] if index + 1 < len(rows) else None
            return LiveState(row, following, end * 60 - now_sec, before_start=False, after_end=False)
    return LiveState(None, None, 0, before_start=False, after_end=True)


def seconds_of_day(moment: datetime) -> int:
    return moment.hour * 3600 + moment.minute * 60 + moment.second


def live_state(wb: Workbench, workshop_id: str, now: datetime) -> LiveState:
    return state_at(schedule(wb, workshop_id), seconds_of_day(now))


def extend_running(wb: Workbench, workshop_id: str, now: datetime, by_min: int = EXTEND_STEP_MIN) -> str:
    """Give the running block `by_min` more minutes; returns its id (for undo).

    Between blocks or after the end there is nothing to lengthen: one clear sentence."""
    state = live_state(wb, workshop_id, now)
    if state.current is None:
        raise ValidationError("No block is running now, so there is nothing to lengthen.")
    item = state.current.item
    agenda_items.update(wb, item.id, duration_min=item.duration_min + by_min)
    return str(item.id)
