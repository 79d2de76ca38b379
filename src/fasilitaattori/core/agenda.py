"""The agenda: ordered blocks of a workshop, their clock times and the packing list."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..store.models import AgendaItem, Method, Workshop
from .agenda_times import (
    MAX_DAYS,
    Schedule,
    ScheduledItem,
    ScheduledTrack,
    TimeBalance,
    compute,
    day_count,
    time_balance,
)
from .categories import BUILTIN, CATEGORY_FORM, balance_groups
from .fields import Field
from .positions import key_between
from .records import Entity, register
from .workbench import Workbench

CATEGORIES = BUILTIN  # the shipped seven; own ones are core.categories rows

agenda_items: Entity[AgendaItem] = register(Entity("agenda_item", "agenda block", [
    Field("workshop_id", "Workshop", kind="ref", ref="workshop", required=True),
    Field("position", "Position", kind="position"),
    Field("method_id", "Method", kind="ref", ref="method"),
    Field("title", "Title", required=True),
    Field("duration_min", "Duration", kind="int", minimum=0, maximum=24 * 60),
    Field("category", "Category", pattern=CATEGORY_FORM),
    Field("instructions", "Instructions", kind="longtext"),
    Field("materials", "Materials", kind="longtext"),
    Field("facilitator_notes", "Facilitator notes", kind="longtext"),
    # What happened when it was run live (core/live.py); never part of the plan.
    Field("actual_start", "Actual start", kind="time", nullable=True),
    Field("actual_end", "Actual end", kind="time", nullable=True),
    Field("live_extra_min", "Extra minutes", kind="int", minimum=-24 * 60, maximum=24 * 60),
    Field("day", "Day", kind="int", minimum=1, maximum=MAX_DAYS),
    Field("track_of", "Parallel block", pattern=r"[0-9A-Za-z_-]{0,36}"),
    Field("pinned_start", "Fixed time", kind="time", nullable=True),
    Field("leader", "Who leads"),
    Field("room", "Room"),
]))
LIVE_FIELDS = ("actual_start", "actual_end", "live_extra_min")  # what a copy of the plan leaves out


__all__ = ["Schedule", "ScheduledItem", "ScheduledTrack", "TimeBalance", "time_balance"]


def _ordered(session: Session, workshop_id: str, day: int | None = None) -> list[AgendaItem]:
    """The workshop's blocks (not their tracks) by day and position; of one `day` if given."""
    query = (select(AgendaItem)
             .where(AgendaItem.workshop_id == workshop_id, AgendaItem.deleted.is_(False),
                    AgendaItem.track_of == "")
             .order_by(AgendaItem.day, AgendaItem.position, AgendaItem.id))
    items = list(session.scalars(query))
    if day is None:
        return items
    count = _day_count(session, workshop_id)
    return [i for i in items if min(max(i.day, 1), count) == day]


def _day_count(session: Session, workshop_id: str) -> int:
    workshop = session.get(Workshop, workshop_id)
    return day_count(workshop) if workshop is not None else 1


def _tracks(session: Session, workshop_id: str) -> dict[str, list[AgendaItem]]:
    """Each block's tracks in order; tracks of a deleted or unknown block are left out."""
    query = (select(AgendaItem)
             .where(AgendaItem.workshop_id == workshop_id, AgendaItem.deleted.is_(False),
                    AgendaItem.track_of != "")
             .order_by(AgendaItem.position, AgendaItem.id))
    out: dict[str, list[AgendaItem]] = {}
    for track in session.scalars(query):
        out.setdefault(track.track_of, []).append(track)
    return out


def list_tracks(wb: Workbench, item_id: str) -> list[AgendaItem]:
    with wb.store.read() as session:
        item = agenda_items.live(session, item_id)
        return _tracks(session, item.workshop_id).get(item_id, [])


def list_agenda(wb: Workbench, workshop_id: str) -> list[AgendaItem]:
    with wb.store.read() as session:
        return _ordered(session, workshop_id)


def _position_at(items: list[AgendaItem], index: int) -> str:
    """A key that puts a row at `index` among `items` (which must not include the row)."""
    index = max(0, min(index, len(items)))
    before = items[index - 1].position if index > 0 else None
    # Two devices may have chosen the same key; the next strictly greater key bounds the gap.
    after = next((i.position for i in items[index:] if before is None or i.position > before), None)
    return key_between(before, after)


def add_item(wb: Workbench, workshop_id: str, index: int | None = None, **values: Any) -> AgendaItem:
    """Add a block at `index` among its day's blocks (default: the end of day `day`, or 1)."""
    with wb.store.write() as session:
        from .workshops import workshops

        workshops.live(session, workshop_id)
        day = _day(session, workshop_id, values.get("day", 1))
        items = _ordered(session, workshop_id, day)
        position = _position_at(items, len(items) if index is None else index)
        return agenda_items.insert(session, wb, {**values, "workshop_id": workshop_id, "position": position,
                                                 "day": day, "track_of": ""})


def _day(session: Session, workshop_id: str, day: Any) -> int:
    count = _day_count(session, workshop_id)
    if not isinstance(day, int) or not 1 <= day <= count:
        raise ValidationError("The workshop has no day {day}.", day=day)
    return day


def add_track(wb: Workbench, block_id: str, **values: Any) -> AgendaItem:
    """A parallel track of a block (a group or table doing its own thing in the block's slot),
    after its other tracks. It lasts the block's time unless told otherwise."""
    with wb.store.write() as session:
        block = agenda_items.live(session, block_id)
        if block.track_of:
            raise ValidationError("A parallel track cannot have tracks of its own.")
        others = _tracks(session, block.workshop_id).get(block.id, [])
        data = {"duration_min": block.duration_min, "category": block.category, **values,
                "workshop_id": block.workshop_id, "day": block.day, "track_of": block.id,
                "position": _position_at(others, len(others)), "pinned_start": None}
        return agenda_items.insert(session, wb, data)


def method_values(wb: Workbench, method_id: str) -> dict[str, Any]:
    """What a block or track made from a method starts with."""
    from .methods import methods

    method: Method = methods.get(wb, method_id)
    category = method.category if re.fullmatch(CATEGORY_FORM, method.category) else "exercise"
    return {"title": method.name, "duration_min": method.duration_min, "category": category,
            "method_id": method.id, "instructions": method.steps, "materials": method.materials}


def add_from_method(wb: Workbench, workshop_id: str, method_id: str, index: int | None = None,
                    day: int = 1) -> AgendaItem:
    return add_item(wb, workshop_id, index, day=day, **method_values(wb, method_id))


def set_days(wb: Workbench, workshop_id: str, days: int) -> Workshop:
    """Let the workshop span `days` days; a day that still has blocks is not taken away."""
    from .workshops import workshops

    with wb.store.write() as session:
        workshop = workshops.live(session, workshop_id)
        days = workshops.fields["days"].clean(days)
        kept = [b for b in _ordered(session, workshop_id) if b.day > days]
        if kept:
            raise ValidationError("Day {day} still has blocks; move or delete them first.", day=kept[0].day)
        starts = (workshop.day_starts or "").split()[:days - 1]
        workshops.apply(session, wb, workshop, {"days": days, "day_starts": " ".join(starts)})
        return workshop


def set_day_start(wb: Workbench, workshop_id: str, day: int, start: str) -> Workshop:
    """The start time of one day (day 1's is the workshop's own start time)."""
    from .workshops import moved_start, workshops

    with wb.store.write() as session:
        workshop = workshops.live(session, workshop_id)
        day = _day(session, workshop_id, day)
        start = agenda_items.fields["pinned_start"].clean(start) or ""
        if not start:
            raise ValidationError("Day {day} needs a start time such as 09:00.", day=day)
        if day == 1:
            workshops.apply(session, wb, workshop, moved_start(workshop.start_time, workshop.end_time, start))
            return workshop
        starts = (workshop.day_starts or "").split()
        starts += [workshop.start_time] * (day - 1 - len(starts))
        starts[day - 2] = start
        workshops.apply(session, wb, workshop, {"day_starts": " ".join(starts)})
        return workshop


def move_item(wb: Workbench, item_id: str, index: int, day: int | None = None) -> AgendaItem:
    """Move a block to `index` among the blocks of `day` (default: its own day); only its
    own position and day change. A pinned block keeps its fixed time wherever it goes."""
    with wb.store.write() as session:
        item = agenda_items.live(session, item_id)
        if item.track_of:
            others = [i for i in _tracks(session, item.workshop_id).get(item.track_of, []) if i.id != item_id]
            agenda_items.apply(session, wb, item, {"position": _position_at(others, index)})
            return item
        count = _day_count(session, item.workshop_id)
        target = _day(session, item.workshop_id, day) if day is not None else min(max(item.day, 1), count)
        others = [i for i in _ordered(session, item.workshop_id, target) if i.id != item_id]
        changes: dict[str, Any] = {"position": _position_at(others, index)}
        if target != item.day:
            changes["day"] = target
            for track in _tracks(session, item.workshop_id).get(item.id, []):
                agenda_items.apply(session, wb, track, {"day": target})
        agenda_items.apply(session, wb, item, changes)
        return item


def schedule(wb: Workbench, workshop_id: str) -> Schedule:
    """Clock times of every block and track, day by day (core.agenda_times)."""
    with wb.store.read() as session:
        workshop = session.get(Workshop, workshop_id)
        if workshop is None or workshop.deleted:
            raise ValidationError("The workshop was not found; it may have been deleted.")
        return compute(workshop, _ordered(session, workshop_id), _tracks(session, workshop_id))


def balance(wb: Workbench, workshop_id: str) -> TimeBalance:
    """How the workshop's time divides, own categories counted as each says."""
    return time_balance(schedule(wb, workshop_id), balance_groups(wb))


def packing_list(wb: Workbench, workshop_id: str) -> list[tuple[str, list[str]]]:
    """Every material of the agenda once, with the blocks that need it, in agenda order."""
    gathered: dict[str, tuple[str, list[str]]] = {}
    with wb.store.read() as session:
        tracks = _tracks(session, workshop_id)
    blocks = [i for b in list_agenda(wb, workshop_id) for i in (b, *tracks.get(b.id, []))]
    for item in blocks:
        for line in item.materials.replace(";", "\n").splitlines():
            material = line.strip(" -•\t")
            if not material:
                continue
            key = material.casefold()
            if key not in gathered:
                gathered[key] = (material, [])
            if item.title not in gathered[key][1]:
                gathered[key][1].append(item.title)
    return list(gathered.values())


MY_BLOCKS_TAG = {"fi": "omat ohjelmakohdat", "sv": "mina programpunkter", "en": "my blocks"}


def save_to_my_blocks(wb: Workbench, item_id: str) -> Method:
    """Keep a block (or track) for reuse: an own method of the library with its title,
    category, duration, instructions and materials (and its method's worksheet), tagged as one
    of "My blocks", so "Add from library" puts it into any workshop."""
    from .methods import methods

    with wb.store.write() as session:
        item = agenda_items.live(session, item_id)
        workshop = session.get(Workshop, item.workshop_id)
        language = workshop.language if workshop is not None else "fi"
        source = session.get(Method, item.method_id) if item.method_id else None
        worksheet = source.worksheet if source is not None and not source.deleted else None
        return methods.insert(session, wb, {
            "builtin": False, "language": language, "name": item.title, "steps": item.instructions,
            "purpose": source.purpose if source is not None else "", "category": item.category,
            "duration_min": item.duration_min, "materials": item.materials,
            "tags": MY_BLOCKS_TAG.get(language, MY_BLOCKS_TAG["fi"]), "worksheet": worksheet})
