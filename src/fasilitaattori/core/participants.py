"""Participants, their attendance per workshop, and anonymous head counts."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from ..store.models import Attendance, HeadCount, Participant
from .fields import Field
from .records import Entity, register, set_clocks
from .workbench import Workbench

LINK_NAMESPACE = uuid.UUID("5d0c3a53-0f52-4c1e-9a61-7d0f3b1e2a10")

participants: Entity[Participant] = register(Entity("participant", "participant", [
    Field("display_name", "Name"),
    Field("organisation", "Organisation"),
    Field("municipality", "Municipality"),
    Field("role", "Role"),
    Field("contact", "Contact"),
    Field("consent_photo", "Photo consent", kind="bool"),
    Field("consent_contact", "Contact consent", kind="bool"),
    Field("need_interpreter", "Needs an interpreter", kind="bool"),
    Field("need_hearing_loop", "Needs a hearing loop", kind="bool"),
    Field("need_assistant", "Comes with an assistant", kind="bool"),
    Field("diet", "Diet"),
    Field("other_needs", "Other needs"),
]))

# Personal data beyond the name: left out wherever people are pseudonymised or erased.
NEED_FIELDS = ("need_interpreter", "need_hearing_loop", "need_assistant", "diet", "other_needs")

attendances: Entity[Attendance] = register(Entity("attendance", "attendance", [
    Field("workshop_id", "Workshop", kind="ref", ref="workshop", required=True),
    Field("participant_id", "Participant", kind="ref", ref="participant", required=True),
    Field("present", "Present", kind="bool"),
]))

head_counts: Entity[HeadCount] = register(Entity("head_count", "head count", [
    Field("workshop_id", "Workshop", kind="ref", ref="workshop", required=True),
    Field("municipality", "Municipality"),
    Field("organisation", "Organisation"),
    Field("count", "Count", kind="int", minimum=0, maximum=100_000),
]))


_LINK_PREFIX = LINK_NAMESPACE.bytes


def link_id(*parts: str) -> str:
    """A deterministic id for a link row, so two devices adding the same link agree: the UUID 5
    of the parts in `LINK_NAMESPACE` (`uuid.uuid5`), made from the hash directly, as an import
    derives it again for every link row it takes (a decade's attendance: 1.1 s with `uuid5`)."""
    digest = bytearray(hashlib.sha1(_LINK_PREFIX + "|".join(parts).encode("utf-8"), usedforsecurity=False).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # the RFC 4122 variant
    x = digest.hex()
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}"


def create_participant(wb: Workbench, workshop_id: str | None = None, **values: Any) -> Participant:
    """Add a person (every field optional); with a workshop, mark them as attending it."""
    with wb.store.write() as session:
        person = participants.insert(session, wb, values)
        if workshop_id:
            attendances.insert(session, wb, {"workshop_id": workshop_id, "participant_id": person.id,
                                             "present": True}, row_id=link_id(workshop_id, person.id))
        return person


def list_participants(wb: Workbench, workshop_id: str | None = None) -> list[Participant]:
    with wb.store.read() as session:
        query = select(Participant).where(Participant.deleted.is_(False))
        if workshop_id is not None:
            query = query.join(Attendance, Attendance.participant_id == Participant.id).where(
                Attendance.workshop_id == workshop_id, Attendance.deleted.is_(False))
        query = query.order_by(Participant.municipality, Participant.organisation, Participant.display_name)
        return list(session.scalars(query))


def set_attendance(wb: Workbench, workshop_id: str, participant_id: str, attending: bool = True) -> None:
    """Mark a person as attending a workshop or not (idempotent; a re-add revives the link)."""
    row_id = link_id(workshop_id, participant_id)
    with wb.store.write() as session:
        row = session.get(Attendance, row_id)
        if row is None:
            if attending:
                attendances.insert(session, wb, {"workshop_id": workshop_id, "participant_id": participant_id,
                                                 "present": True}, row_id=row_id)
            return
    if attending and row.deleted:
        attendances.restore(wb, row_id)
    elif not attending and not row.deleted:
        attendances.delete(wb, row_id)


def set_head_count(wb: Workbench, workshop_id: str, municipality: str, organisation: str, count: int) -> HeadCount:
    """Record how many came from a municipality/organisation when no names are collected."""
    row_id = link_id(workshop_id, municipality.strip().casefold(), organisation.strip().casefold())
    with wb.store.write() as session:
        row = session.get(HeadCount, row_id)
        if row is None:
            return head_counts.insert(session, wb, {"workshop_id": workshop_id, "municipality": municipality,
                                                    "organisation": organisation, "count": count}, row_id=row_id)
        head_counts.apply(session, wb, row, {"count": count})
        if row.deleted:
            row.deleted = False
            set_clocks(row, ["deleted"], wb.tick(session))
        return row


def list_head_counts(wb: Workbench, workshop_id: str) -> list[HeadCount]:
    return head_counts.list(wb, order_by=HeadCount.municipality, workshop_id=workshop_id)


@dataclass(frozen=True)
class Tally:
    label: str
    count: int


def counts_by(wb: Workbench, workshop_id: str, field: str) -> list[Tally]:
    """Named attendees plus anonymous head counts, by municipality or organisation."""
    totals: dict[str, int] = {}
    for person in list_participants(wb, workshop_id):
        key = getattr(person, field).strip()
        totals[key] = totals.get(key, 0) + 1
    for head in list_head_counts(wb, workshop_id):
        key = getattr(head, field).strip()
        totals[key] = totals.get(key, 0) + head.count
    return sorted((Tally(k, v) for k, v in totals.items()), key=lambda t: (-t.count, t.label))


def attendance_total(wb: Workbench, workshop_id: str) -> int:
    return sum(t.count for t in counts_by(wb, workshop_id, "municipality"))


# The needs one can tick or write down, in the order lists and printouts show them.
NEED_KINDS = ("interpreter", "hearing_loop", "assistant", "diet", "other")


def needs_of(person: Participant) -> list[str]:
    """The kinds of need a person has told (see NEED_KINDS)."""
    found = [kind for kind, flag in (("interpreter", person.need_interpreter),
                                     ("hearing_loop", person.need_hearing_loop),
                                     ("assistant", person.need_assistant)) if flag]
    if person.diet.strip():
        found.append("diet")
    if person.other_needs.strip():
        found.append("other")
    return found


def need_counts(wb: Workbench, workshop_id: str) -> dict[str, int]:
    """How many attendees of a workshop have each kind of need (kinds nobody has are left out),
    for the venue and catering: the run sheet and packing list print them."""
    counts: dict[str, int] = {}
    for person in list_participants(wb, workshop_id):
        for kind in needs_of(person):
            counts[kind] = counts.get(kind, 0) + 1
    return {kind: counts[kind] for kind in NEED_KINDS if kind in counts}
