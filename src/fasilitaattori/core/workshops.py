"""Workshops: one event of a project, with its time, place and printout language."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..store.models import AgendaItem, FeedbackQuestion, Workshop
from .fields import Field, hhmm, minutes
from .records import Entity, register
from .workbench import Workbench

STATUSES = ("planned", "held", "reported")
LANGUAGES = ("fi", "sv", "en")


def check_times(start: str | None, end: str | None) -> None:
    """One sentence when the end is not after the start (workshops end on the day they start)."""
    if start and end and minutes(end) <= minutes(start):
        raise ValidationError("The workshop cannot end before it starts.")


def _check_times(_session: Session, row: Mapping[str, Any]) -> None:
    check_times(row.get("start_time"), row.get("end_time"))


LAST_MINUTE = 24 * 60 - 1
# The optional columns of the agenda's table, chosen per workshop, in this order.
AGENDA_COLUMNS = ("who", "materials", "instructions")
AGENDA_COLUMNS_FORM = r"(?:(?:who|materials|instructions)(?:,(?:who|materials|instructions)){0,2})?"
# The start of day 2, 3, ... separated by spaces (core.agenda_times.day_start).
DAY_STARTS_FORM = r"(?:(?:[01][0-9]|2[0-3]):[0-5][0-9](?: (?:[01][0-9]|2[0-3]):[0-5][0-9]){0,12})?"


def moved_start(start: str, end: str, new_start: str) -> dict[str, str]:
    """The times after the start moves to `new_start`: the end moves along, so the workshop
    keeps its length (a 09:00–12:00 workshop started at 17:30 runs to 20:30). A length that
    would run past midnight ends at 23:59 instead, as a workshop ends on its own day."""
    length = max(1, minutes(end) - minutes(start))
    new_end = min(minutes(new_start) + length, LAST_MINUTE)
    if new_end <= minutes(new_start):
        new_end = minutes(new_start) + 1 if minutes(new_start) < LAST_MINUTE else LAST_MINUTE
    return {"start_time": new_start, "end_time": hhmm(new_end)}


workshops: Entity[Workshop] = register(Entity("workshop", "workshop", [
    Field("project_id", "Project", kind="ref", ref="project"),
    Field("title", "Title", required=True),
    Field("date", "Date", kind="date"),
    Field("start_time", "Start time", kind="time"),
    Field("end_time", "End time", kind="time"),
    Field("venue", "Venue"),
    Field("locality", "Locality"),
    Field("target_group", "Target group"),
    Field("goals", "Goals", kind="longtext"),
    Field("facilitators", "Facilitators"),
    Field("status", "Status", kind="choice", choices=STATUSES),
    Field("language", "Language", kind="choice", choices=LANGUAGES),
    Field("conclusions", "Conclusions", kind="longtext"),
    Field("is_template", "Template", kind="bool"),
    Field("days", "Days", kind="int", minimum=1, maximum=14),
    Field("day_starts", "Start times of later days", pattern=DAY_STARTS_FORM),
    Field("agenda_columns", "Agenda columns", pattern=AGENDA_COLUMNS_FORM),
], check=_check_times))


def create_workshop(wb: Workbench, **values: Any) -> Workshop:
    return workshops.create(wb, **values)


def list_workshops(wb: Workbench, project_id: str | None = None, *, templates: bool = False) -> list[Workshop]:
    with wb.store.read() as session:
        query = select(Workshop).where(Workshop.deleted.is_(False), Workshop.is_template.is_(templates))
        if project_id is not None:
            query = query.where(Workshop.project_id == project_id)
        query = query.order_by(Workshop.date, Workshop.start_time, Workshop.title)
        return list(session.scalars(query))


_KEEP = "\x00keep"  # project_id default: stay in the source's project


def copy_workshop(wb: Workbench, workshop_id: str, *, title: str | None = None,
                  as_template: bool = False, date: str | None = None,
                  project_id: str | None = _KEEP) -> Workshop:
    """Copy a workshop's plan (facts, agenda, feedback questions), not what happened in it."""
    with wb.store.write() as session:
        source = workshops.live(session, workshop_id)
        values = {name: getattr(source, name) for name in workshops.fields}
        values.update(
            title=title or source.title,
            status="planned",
            conclusions="",
            is_template=as_template,
            date=None if as_template else (date if date is not None else source.date),
        )
        if project_id != _KEEP:
            values["project_id"] = project_id
        copy = workshops.insert(session, wb, values)
        from .agenda import LIVE_FIELDS, agenda_items
        from .feedback import questions

        items = session.scalars(select(AgendaItem).where(
            AgendaItem.workshop_id == source.id, AgendaItem.deleted.is_(False)))
        new_ids: dict[str, str] = {}
        # Blocks before tracks, so a track's copy names its block's copy.
        for item in sorted(items, key=lambda i: bool(i.track_of)):
            data = {name: getattr(item, name) for name in agenda_items.fields if name not in LIVE_FIELDS}
            data["workshop_id"] = copy.id
            if item.track_of:
                if item.track_of not in new_ids:
                    continue  # a track of a deleted block is not part of the plan
                data["track_of"] = new_ids[item.track_of]
            new_ids[item.id] = agenda_items.insert(session, wb, data).id
        qs = session.scalars(select(FeedbackQuestion).where(
            FeedbackQuestion.workshop_id == source.id, FeedbackQuestion.deleted.is_(False)))
        for question in qs:
            data = {name: getattr(question, name) for name in questions.fields}
            data["workshop_id"] = copy.id
            questions.insert(session, wb, data)
        return copy


def create_from_template(wb: Workbench, template_id: str, *, title: str, date: str | None,
                         project_id: str | None) -> Workshop:
    return copy_workshop(wb, template_id, title=title, date=date or "", project_id=project_id)
