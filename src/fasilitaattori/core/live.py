"""Live capture: which block of the agenda is running, how long it has left, and what the
facilitator did ("Start now", "Next block", "+5 min", "−5 min").

Until the facilitator acts, the running block follows the wall clock and the plan. Once a block
has been started live, the facilitator leads: the running block is the one started and not yet
ended, its time left counts from when it really began (plus the minutes given to it), and the
blocks after it are expected from then on. What happened is kept beside the plan, on each
block (`actual_start`, `actual_end`, `live_extra_min`); the plan itself (the workshop's start,
the blocks' durations) is never changed by running it, so the printouts show both.

Pure functions over `agenda.schedule` decide; the live screen passes the time of day, so tests
set the clock. The actions return the block times before and after, for undo and redo.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime

from ..errors import ValidationError
from ..store.models import AgendaItem
from .agenda import Schedule, ScheduledItem, agenda_items, schedule
from .fields import hhmm, minutes
from .notes import BlockChoice
from .workbench import Workbench

EXTEND_STEP_MIN = 5


@dataclass(frozen=True)
class LiveState:
    """Where the workshop is at `now_sec` (seconds after midnight)."""

    current: ScheduledItem | None  # the running block (None before the start, between blocks, after the end)
    next: ScheduledItem | None  # the block after the running one (or the first, before the start)
    remaining_sec: int  # seconds left of the running block; below zero when it runs over
    before_start: bool
    after_end: bool
    next_start: str = ""  # when the next block is expected to begin ('HH:MM')
    led: bool = False  # the facilitator has started blocks: the plan's clock no longer leads

    @property
    def remaining_min(self) -> int:
        """Whole minutes left, rounded up: 30 s left still reads "1 min"."""
        return -(-self.remaining_sec // 60)

    @property
    def over_min(self) -> int:
        """Whole minutes the running block has run over its time (0 when it has not)."""
        return -self.remaining_sec // 60 if self.remaining_sec < 0 else 0


def _bounds(row: ScheduledItem, day_start: int) -> tuple[int, int]:
    """Start and end of a block in minutes since the workshop day's midnight (no wrap at 24:00)."""
    start = minutes(row.start)
    if start < day_start:
        start += 24 * 60
    return start, start + row.item.duration_min


def _by_clock(plan: Schedule, now_sec: int) -> LiveState:
    rows = plan.items
    day_start = minutes(plan.start)
    for index, row in enumerate(rows):
        start, end = _bounds(row, day_start)
        if now_sec < start * 60:
            return LiveState(None, row, 0, before_start=index == 0, after_end=False, next_start=row.start)
        if now_sec < end * 60:
            following = rows[index + 1] if index + 1 < len(rows) else None
            return LiveState(row, following, end * 60 - now_sec, before_start=False, after_end=False,
                             next_start=hhmm(end))
    return LiveState(None, None, 0, before_start=False, after_end=True)


def _expected_end(item: AgendaItem) -> int:
    """Minutes after midnight the running block is due to end: from its real start."""
    return minutes(item.actual_start or "00:00") + max(0, item.duration_min + item.live_extra_min)


def _led(plan: Schedule, now_sec: int) -> LiveState:
    rows = plan.items
    started = [i for i, row in enumerate(rows) if row.item.actual_start]
    last = started[-1]
    row = rows[last]
    following = rows[last + 1] if last + 1 < len(rows) else None
    now_min = now_sec // 60
    if row.item.actual_end is None:  # running
        end = _expected_end(row.item)
        return LiveState(row, following, end * 60 - now_sec, before_start=False, after_end=False,
                         next_start=hhmm(max(end, now_min)), led=True)
    if following is None:
        return LiveState(None, None, 0, before_start=False, after_end=True, led=True)
    # Between blocks: the next one starts when the facilitator says so.
    return LiveState(None, following, 0, before_start=False, after_end=False, next_start=hhmm(now_min), led=True)


def state_at(plan: Schedule, now_sec: int) -> LiveState:
    """The running block at `now_sec` seconds after midnight; zero-length blocks never run by the clock."""
    if not plan.items:
        return LiveState(None, None, 0, before_start=True, after_end=False)
    if any(row.item.actual_start for row in plan.items):
        return _led(plan, now_sec)
    return _by_clock(plan, now_sec)


def note_targets(state: LiveState | None) -> list[BlockChoice]:
    """What a note typed now can go to: the running block first (the default), then its
    parallel tracks in order. Empty when no block runs."""
    if state is None or state.current is None:
        return []
    block = state.current.item
    return [BlockChoice(block.id, block.title),
            *(BlockChoice(t.item.id, t.item.title, block.id, block.title) for t in state.current.tracks)]


def seconds_of_day(moment: datetime) -> int:
    return moment.hour * 3600 + moment.minute * 60 + moment.second


def day_plan(wb: Workbench, workshop_id: str, today: date) -> Schedule:
    """The plan live capture follows: of a workshop of several days, the day dated `today`
    (the first day when none is), as the clock runs through one day at a time."""
    plan = schedule(wb, workshop_id)
    if len(plan.days) <= 1:
        return plan
    day = next((d for d in plan.days if d.date == today.isoformat()), plan.days[0])
    return replace(plan, items=list(day.items), start=day.start, planned_end=day.planned_end)


def live_state(wb: Workbench, workshop_id: str, now: datetime) -> LiveState:
    return state_at(day_plan(wb, workshop_id, now.date()), seconds_of_day(now))


# -- what the facilitator does ------------------------------------------------------------
Times = tuple[tuple[str, str | None, str | None, int], ...]  # (block id, actual start, actual end, extra min)


@dataclass(frozen=True)
class LiveEdit:
    """The live times of the blocks an action touched, before and after it (for undo and redo)."""

    before: Times
    after: Times
    block_id: str | None  # the block running after the action


def _times(items: Iterable[AgendaItem]) -> Times:
    return tuple((i.id, i.actual_start, i.actual_end, i.live_extra_min) for i in items)


def apply_times(wb: Workbench, times: Times) -> None:
    """Write blocks' live times as they were (undo) or became (redo), in one transaction."""
    with wb.store.write() as session:
        for block_id, start, end, extra in times:
            row = agenda_items.live(session, block_id)
            agenda_items.apply(session, wb, row, {"actual_start": start, "actual_end": end, "live_extra_min": extra})


def _edit(wb: Workbench, workshop_id: str, changes: dict[str, dict[str, object]], running: str | None) -> LiveEdit:
    rows = {row.item.id: row.item for row in schedule(wb, workshop_id).items}
    before = _times(rows[i] for i in changes)
    with wb.store.write() as session:
        for block_id, values in changes.items():
            agenda_items.apply(session, wb, agenda_items.live(session, block_id), values)
    after = tuple((block_id, *(changes[block_id].get(k, old) for k, old in (
        ("actual_start", start), ("actual_end", end), ("live_extra_min", extra))))
        for block_id, start, end, extra in before)
    return LiveEdit(before, after, running)  # type: ignore[arg-type]


def start_now(wb: Workbench, workshop_id: str, now: datetime) -> LiveEdit:
    """Begin the workshop now: the first block starts now, whatever the plan said, and any
    times of an earlier run (a rehearsal) are cleared."""
    plan = day_plan(wb, workshop_id, now.date())
    if not plan.items:
        raise ValidationError("The workshop has no agenda to start.")
    clock = hhmm(seconds_of_day(now) // 60)
    changes: dict[str, dict[str, object]] = {
        row.item.id: {"actual_start": None, "actual_end": None, "live_extra_min": 0}
        for row in plan.items if row.item.actual_start or row.item.actual_end or row.item.live_extra_min}
    first = plan.items[0].item.id
    changes[first] = {"actual_start": clock, "actual_end": None, "live_extra_min": 0}
    return _edit(wb, workshop_id, changes, first)


def _take_lead(plan: Schedule, state: LiveState) -> dict[str, dict[str, object]]:
    """Before the facilitator's first action, the block the clock says runs was started at its
    planned time: record that, so the facilitator leads from here."""
    if state.led or state.current is None:
        return {}
    return {state.current.item.id: {"actual_start": state.current.start}}


def next_block(wb: Workbench, workshop_id: str, now: datetime) -> LiveEdit:
    """End the running block now and start the next one now."""
    plan = day_plan(wb, workshop_id, now.date())
    state = state_at(plan, seconds_of_day(now))
    if not state.led and state.current is None and state.before_start:
        return start_now(wb, workshop_id, now)
    clock = hhmm(seconds_of_day(now) // 60)
    changes = _take_lead(plan, state)
    if state.current is not None:
        changes.setdefault(state.current.item.id, {})["actual_end"] = clock
    if state.next is None:
        if state.current is None:
            raise ValidationError("The agenda has ended; there is no next block.")
        return _edit(wb, workshop_id, changes, None)
    changes[state.next.item.id] = {"actual_start": clock, "actual_end": None}
    return _edit(wb, workshop_id, changes, state.next.item.id)


def extend_running(wb: Workbench, workshop_id: str, now: datetime, by_min: int = EXTEND_STEP_MIN) -> LiveEdit:
    """Give the running block `by_min` more minutes (fewer when negative), without changing the
    plan. Between blocks or after the end there is nothing to lengthen: one clear sentence."""
    plan = day_plan(wb, workshop_id, now.date())
    state = state_at(plan, seconds_of_day(now))
    if state.current is None:
        raise ValidationError("No block is running now, so there is nothing to lengthen.")
    item = state.current.item
    extra = max(-item.duration_min, item.live_extra_min + by_min)  # never ends before it began
    changes = _take_lead(plan, state)
    changes.setdefault(item.id, {})["live_extra_min"] = extra
    return _edit(wb, workshop_id, changes, item.id)
