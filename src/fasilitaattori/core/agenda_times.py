"""Clock times of an agenda: days, pinned blocks and parallel tracks (no store access here).

Each day starts at its own time. A block follows the one before it, except a pinned block,
which starts at its fixed time whatever comes before: the gap (slack) or overlap (overrun)
shows up on it instead of moving it. Tracks run side by side within their block's slot; a
track longer than the slot is reported, never silently lengthening the day.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..store.models import AgendaItem, Workshop
from .fields import hhmm, minutes

MAX_DAYS = 14


@dataclass(frozen=True)
class ScheduledTrack:
    item: AgendaItem
    start: str
    end: str
    over_min: int  # minutes past the end of its block's slot (0 when it fits)


@dataclass(frozen=True)
class ScheduledItem:
    item: AgendaItem
    start: str
    end: str
    past_end: bool  # the block ends after the workshop's end time
    day: int = 1
    # For a pinned block: minutes between the end of the blocks before it and its fixed time;
    # negative when they run over it. None for a block that is not pinned.
    slack_min: int | None = None
    tracks: tuple[ScheduledTrack, ...] = ()


@dataclass(frozen=True)
class AgendaWarning:
    kind: str  # "pin_overrun" | "past_end" | "track_over"
    item_id: str
    title: str
    minutes: int
    day: int


@dataclass(frozen=True)
class Day:
    number: int
    date: str | None
    start: str
    planned_end: str
    items: tuple[ScheduledItem, ...]


@dataclass(frozen=True)
class Schedule:
    items: list[ScheduledItem]
    start: str
    planned_end: str
    workshop_end: str
    overrun_min: int  # minutes past the workshop's end time on its longest day (0 when it fits)
    days: tuple[Day, ...] = ()
    warnings: tuple[AgendaWarning, ...] = field(default=())


def day_count(workshop: Workshop) -> int:
    return max(1, min(int(workshop.days or 1), MAX_DAYS))


def day_start(workshop: Workshop, day: int) -> str:
    """Day 1 starts at the workshop's start time; a later day at its own, or at that time."""
    starts = (workshop.day_starts or "").split()
    if day >= 2 and len(starts) >= day - 1:
        return starts[day - 2]
    return workshop.start_time


def day_date(workshop: Workshop, day: int) -> str | None:
    """Days follow one another from the workshop's date."""
    if not workshop.date:
        return None
    return (date.fromisoformat(workshop.date) + timedelta(days=day - 1)).isoformat()


def compute(workshop: Workshop, blocks: Sequence[AgendaItem],
            tracks: Mapping[str, Sequence[AgendaItem]]) -> Schedule:
    """The schedule of `blocks` (in order, with their days) and each block's `tracks`."""
    count = day_count(workshop)
    end_limit = minutes(workshop.end_time)
    rows: list[ScheduledItem] = []
    days: list[Day] = []
    warnings: list[AgendaWarning] = []
    overrun = 0
    for number in range(1, count + 1):
        # A block on a day the workshop no longer has (merged from another device) shows on the last.
        todays = [b for b in blocks if min(max(b.day or 1, 1), count) == number]
        clock = minutes(day_start(workshop, number))
        day_rows = []
        for block in todays:
            slack = None
            if block.pinned_start:
                pinned = minutes(block.pinned_start)
                slack = pinned - clock
                if slack < 0:
                    warnings.append(AgendaWarning("pin_overrun", block.id, block.title, -slack, number))
                clock = pinned
            start = clock
            clock += block.duration_min
            scheduled_tracks = []
            for track in tracks.get(block.id, ()):
                over = max(0, track.duration_min - block.duration_min)
                if over:
                    warnings.append(AgendaWarning("track_over", track.id, track.title, over, number))
                scheduled_tracks.append(ScheduledTrack(track, hhmm(start), hhmm(start + track.duration_min), over))
            row = ScheduledItem(block, hhmm(start), hhmm(clock), clock > end_limit, number, slack,
                                tuple(scheduled_tracks))
            day_rows.append(row)
        past = max(0, clock - end_limit)
        if past:
            last = day_rows[-1].item
            warnings.append(AgendaWarning("past_end", last.id, last.title, past, number))
        overrun = max(overrun, past)
        rows += day_rows
        days.append(Day(number, day_date(workshop, number), day_start(workshop, number), hhmm(clock),
                         tuple(day_rows)))
    return Schedule(rows, workshop.start_time, days[-1].planned_end, workshop.end_time, overrun,
                    tuple(days), tuple(warnings))


# How the categories divide a workshop's time (see resources/methods/README.md, "Time balance").
BALANCE_GROUPS = {"presentation": "presentation", "intro": "presentation",
                  "exercise": "own_work", "discussion": "own_work", "closing": "own_work", "feedback": "own_work",
                  "break": "breaks"}


@dataclass(frozen=True)
class TimeBalance:
    presentation: int  # minutes the facilitators present or lead from the front
    own_work: int  # minutes of participants' own work and discussion
    breaks: int

    @property
    def working(self) -> int:
        return self.presentation + self.own_work

    @property
    def own_work_low(self) -> bool:
        """Participants' own time is under a third of the time that is not a break."""
        return self.working > 0 and self.own_work * 3 < self.working


def time_balance(schedule: Schedule, own: Mapping[str, str] | None = None) -> TimeBalance:
    """Minutes by kind of time over every day. A parallel round counts once, by its block's
    category: the groups work side by side in the same minutes. `own` says how each own
    category counts (core.categories.balance_groups)."""
    groups = {**BALANCE_GROUPS, **(own or {})}
    minutes_by = {"presentation": 0, "own_work": 0, "breaks": 0}
    for row in schedule.items:
        minutes_by[groups.get(row.item.category, "own_work")] += max(0, row.item.duration_min)
    return TimeBalance(**minutes_by)
