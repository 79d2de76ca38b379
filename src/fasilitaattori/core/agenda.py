"""The agenda: ordered blocks of a workshop, their clock times and the packing list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..store.models import AgendaItem, Method, Workshop
from .fields import Field, hhmm, minutes
from .positions import key_between
from .records import Entity, register
from .workbench import Workbench

CATEGORIES = ("intro", "exercise", "discussion", "presentation", "break", "closing", "feedback")

agenda_items: Entity[AgendaItem] = register(Entity("agenda_item", "agenda block", [
    Field("workshop_id", "Workshop", kind="ref", ref="workshop", required=True),
    Field("position", "Position", kind="position"),
    Field("method_id", "Method", kind="ref", ref="method"),
    Field("title", "Title", required=True),
    Field("duration_min", "Duration", kind="int", minimum=0, maximum=24 * 60),
    Field("category", "Category", kind="choice", choices=CATEGORIES),
    Field("instructions", "Instructions", kind="longtext"),
    Field("materials", "Materials", kind="longtext"),
    Field("facilitator_notes", "Facilitator notes", kind="longtext"),
    # What happened when it was run live (core/live.py); never part of the plan.
    Field("actual_start", "Actual start", kind="time", nullable=True),
    Field("actual_end", "Actual end", kind="time", nullable=True),
    Field("live_extra_min", "Extra minutes", kind="int", minimum=-24 * 60, maximum=24 * 60),
]))
LIVE_FIELDS = ("actual_start", "actual_end", "live_extra_min")  # what a copy of the plan leaves out


def _ordered(session: Session, workshop_id: str) -> list[AgendaItem]:
    query = (select(AgendaItem)
             .where(AgendaItem.workshop_id == workshop_id, AgendaItem.deleted.is_(False))
             .order_by(AgendaItem.position, AgendaItem.id))
    return list(session.scalars(query))


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
    """Add a block at `index` (default: the end)."""
    with wb.store.write() as session:
        from .workshops import workshops

        workshops.live(session, workshop_id)
        items = _ordered(session, workshop_id)
        position = _position_at(items, len(items) if index is None else index)
        return agenda_items.insert(session, wb, {**values, "workshop_id": workshop_id, "position": position})


def add_from_method(wb: Workbench, workshop_id: str, method_id: str, index: int | None = None) -> AgendaItem:
    from .methods import methods

    method: Method = methods.get(wb, method_id)
    category = method.category if method.category in CATEGORIES else "exercise"
    return add_item(
        wb, workshop_id, index,
        title=method.name, duration_min=method.duration_min, category=category, method_id=method.id,
        instructions=method.steps, materials=method.materials,
    )


def move_item(wb: Workbench, item_id: str, index: int) -> AgendaItem:
    """Move a block to `index` in its workshop's agenda (only its own position changes)."""
    with wb.store.write() as session:
        item = agenda_items.live(session, item_id)
        others = [i for i in _ordered(session, item.workshop_id) if i.id != item_id]
        agenda_items.apply(session, wb, item, {"position": _position_at(others, index)})
        return item


@dataclass(frozen=True)
class ScheduledItem:
    item: AgendaItem
    start: str
    end: str
    past_end: bool  # the block ends after the workshop's end time


@dataclass(frozen=True)
class Schedule:
    items: list[ScheduledItem]
    start: str
    planned_end: str
    workshop_end: str
    overrun_min: int  # minutes past the workshop's end time (0 when it fits)


def schedule(wb: Workbench, workshop_id: str) -> Schedule:
    """Clock times of every block from the workshop's start."""
    with wb.store.read() as session:
        workshop = session.get(Workshop, workshop_id)
        if workshop is None or workshop.deleted:
            raise ValidationError("The workshop was not found; it may have been deleted.")
        items = _ordered(session, workshop_id)
    clock = minutes(workshop.start_time)
    end_limit = minutes(workshop.end_time)
    rows = []
    for item in items:
        start = clock
        clock += item.duration_min
        rows.append(ScheduledItem(item, hhmm(start), hhmm(clock), clock > end_limit))
    return Schedule(rows, workshop.start_time, hhmm(clock), workshop.end_time, max(0, clock - end_limit))


def packing_list(wb: Workbench, workshop_id: str) -> list[tuple[str, list[str]]]:
    """Every material of the agenda once, with the blocks that need it, in agenda order."""
    gathered: dict[str, tuple[str, list[str]]] = {}
    for item in list_agenda(wb, workshop_id):
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
