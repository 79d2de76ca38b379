"""People and data protection: which fields are personal, erasing a person everywhere, and
the retention review that lists personal data kept longer than the organisation's rule.

Erasing is the one place where rows are really deleted (design §2): the participant, their
attendance, the notes they wrote and the tasks they own disappear from the file, and `Erasure`
rows (entity and id only, never content) tell other devices through sync to do the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from ..errors import NotFoundError, ValidationError
from ..store.models import Attendance, Conflict, Erasure, Note, Participant, SyncedMixin, Task, Workshop
from .participants import link_id
from .pseudonyms import (  # noqa: F401 - the data-protection API lives together here
    NameFlag,
    flag_notes_naming_participants,
    pseudonym_codes,
    pseudonymise_row,
    pseudonymiser,
)
from .records import set_clocks
from .tasks import tasks as task_entity
from .workbench import Workbench, utc_now

RETENTION_KEY = "retention_months"
DEFAULT_RETENTION_MONTHS = 24

# entity -> fields holding personal data (names, contact details, links to a person).
PERSONAL_FIELDS: dict[str, tuple[str, ...]] = {
    "participant": ("display_name", "contact", "need_interpreter", "need_hearing_loop", "need_assistant",
                    "diet", "other_needs"),
    "note": ("author_id",),
    "task": ("owner", "owner_id"),
}

# What erasing a person removes (`erase_person`), so the only erasure records a bundle may hold.
ERASED_WITH_PERSON = frozenset({"participant", "attendance", "note", "task", "conflict"})

_OWNER_SEPARATORS = re.compile(r"\s*(?:,|;|/|&|\bja\b|\boch\b|\band\b)\s*", re.IGNORECASE)


def personal_fields() -> dict[str, tuple[str, ...]]:
    return dict(PERSONAL_FIELDS)


def is_personal(entity: str, field_name: str) -> bool:
    return field_name in PERSONAL_FIELDS.get(entity, ())


def all_people(wb: Workbench) -> list[Participant]:
    """Every participant row, deleted ones too (a deleted row still holds the name until erased)."""
    with wb.store.read() as session:
        return list(session.scalars(select(Participant).order_by(
            Participant.display_name, Participant.organisation, Participant.id)))


# -- erase ---------------------------------------------------------------------------------


def owner_without(owner: str, name: str) -> str | None:
    """`owner` with `name` taken out ("Aino Räsänen, Eero Tuovinen" -> "Eero Tuovinen"),
    or None when the name is not one of the owners."""
    if not name.strip() or not owner.strip():
        return None
    parts = [p for p in _OWNER_SEPARATORS.split(owner.strip()) if p]
    kept = [p for p in parts if p.casefold() != name.strip().casefold()]
    if len(kept) == len(parts):
        return None
    return ", ".join(kept)


@dataclass(frozen=True)
class ErasurePlan:
    """What erasing a person will remove, for the confirmation the user reads first."""

    participant_id: str
    name: str
    workshops: tuple[str, ...]  # titles of the workshops they attended
    notes: int
    tasks: int  # tasks they own
    owner_mentions: int  # other tasks naming them as an owner (the name is taken out)
    conflicts: int


@dataclass(frozen=True)
class ErasureReport:
    participant_id: str
    erased: dict[str, int] = field(default_factory=dict)  # entity -> rows deleted
    owners_cleared: int = 0
    file_clean: bool = True  # the write-ahead log was emptied into the scrubbed database file


@dataclass
class _Targets:
    person: Participant
    attendances: list[Attendance]
    notes: list[Note]
    tasks: list[Task]
    named_tasks: list[tuple[Task, str]]  # (task, owner text without the name)
    conflicts: list[Conflict]


def _targets(session: Session, participant_id: str) -> _Targets:
    person = session.get(Participant, participant_id) if isinstance(participant_id, str) else None
    if person is None:
        raise NotFoundError("The person was not found; they may have been erased already.")
    attendances = list(session.scalars(select(Attendance).where(Attendance.participant_id == person.id)))
    notes = list(session.scalars(select(Note).where(Note.author_id == person.id)))
    owned = list(session.scalars(select(Task).where(Task.owner_id == person.id)))
    named: list[tuple[Task, str]] = []
    for task in session.scalars(select(Task).where(Task.owner != "")):
        if task.owner_id == person.id:
            continue
        rest = owner_without(task.owner, person.display_name)
        if rest is not None:
            named.append((task, rest))
    doomed = {person.id, *(a.id for a in attendances), *(n.id for n in notes), *(t.id for t in owned)}
    renamed = {t.id for t, _ in named}
    conflicts = [c for c in session.scalars(select(Conflict))
                 if c.row_id in doomed
                 or (c.row_id in renamed and c.field == "owner" and owner_without(c.value, person.display_name)
                     is not None)]
    return _Targets(person, attendances, notes, owned, named, conflicts)


def plan_erasure(wb: Workbench, participant_id: str) -> ErasurePlan:
    with wb.store.read() as session:
        found = _targets(session, participant_id)
        ids = [a.workshop_id for a in found.attendances]
        titles = list(session.scalars(select(Workshop.title).where(Workshop.id.in_(ids))
                                      .order_by(Workshop.date, Workshop.title))) if ids else []
        return ErasurePlan(found.person.id, found.person.display_name, tuple(titles), len(found.notes),
                           len(found.tasks), len(found.named_tasks), len(found.conflicts))


def erasure_id(entity: str, row_id: str) -> str:
    """Two devices erasing the same row write the same erasure record."""
    return link_id("erasure", entity, row_id)


def record_erasure(session: Session, wb: Workbench, entity: str, row_id: str, stamp: str | None = None) -> None:
    """Write the synced note that `entity` row `row_id` was erased (no content, only the id)."""
    row_key = erasure_id(entity, row_id)
    if session.get(Erasure, row_key) is not None:
        return
    record = Erasure(id=row_key, created_at=utc_now(), deleted=False, entity=entity, row_id=row_id)
    set_clocks(record, ("entity", "row_id", "deleted"), stamp or wb.tick(session))
    session.add(record)


def _remove(session: Session, model: type[SyncedMixin], ids: list[str]) -> None:
    if ids:
        session.execute(delete(model).where(model.id.in_(ids)).execution_options(synchronize_session=False))


def erase_person(wb: Workbench, participant_id: str) -> ErasureReport:
    """Delete a person and what is theirs from the store, for good, in one transaction.

    Removed: the participant row (also a deleted one: its tombstone still holds the name), their
    attendance, the notes they wrote, the tasks they own, and conflict copies of those rows. Their
    name is taken out of other tasks' owner text. Then the search index and the database file
    are scrubbed so the name is not left in unused space.
    """
    with wb.store.write() as session:
        found = _targets(session, participant_id)
        stamp = wb.tick(session)
        for task, rest in found.named_tasks:
            task_entity.apply(session, wb, task, {"owner": rest})
        groups: list[tuple[str, type[SyncedMixin], list[str]]] = [
            ("conflict", Conflict, [c.id for c in found.conflicts]),
            ("note", Note, [n.id for n in found.notes]),
            ("task", Task, [t.id for t in found.tasks]),
            ("attendance", Attendance, [a.id for a in found.attendances]),
            ("participant", Participant, [found.person.id]),
        ]
        session.flush()  # the clock and owner edits; the bulk deletes below bypass the identity map
        session.expunge_all()
        for entity, model, ids in groups:
            _remove(session, model, ids)
            for row_id in ids:
                record_erasure(session, wb, entity, row_id, stamp)
        session.execute(text("INSERT INTO search_fts(search_fts) VALUES('optimize')"))
        erased = {entity: len(ids) for entity, _model, ids in groups if ids}
        owners = len(found.named_tasks)
    return ErasureReport(participant_id, erased, owners, scrub_store(wb, optimize_index=False))


def scrub_store(wb: Workbench, optimize_index: bool = True) -> bool:
    """Make deleted text unrecoverable from the files: rebuild the search index's segments
    (they keep deleted words until merged), then empty the write-ahead log into the main file,
    whose freed space `secure_delete` has already zeroed. Sync calls this after applying
    erasures. Returns False when another program held the file and the log could not be emptied."""
    if optimize_index:
        with wb.store.write() as session:
            session.execute(text("INSERT INTO search_fts(search_fts) VALUES('optimize')"))
    wb.store.wait_for_background()
    conn = wb.store.raw()
    try:
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
    return bool(busy == 0)


# -- retention -----------------------------------------------------------------------------


def retention_months(wb: Workbench) -> int:
    value = wb.setting(RETENTION_KEY, DEFAULT_RETENTION_MONTHS)
    return value if isinstance(value, int) and value > 0 else DEFAULT_RETENTION_MONTHS


def set_retention_months(wb: Workbench, months: int) -> None:
    if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= 600:
        raise ValidationError("The retention period must be a whole number of months from 1 to 600.")
    wb.set_setting(RETENTION_KEY, months)


def months_before(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class RetentionItem:
    participant_id: str
    name: str
    organisation: str
    municipality: str
    last_seen: str  # date of the last workshop they attended (else when they were added)
    workshops: int
    deleted: bool  # removed from lists, but the row still holds their data until erased


def retention_review(wb: Workbench, months: int | None = None, today: date | None = None) -> list[RetentionItem]:
    """People whose last workshop is more than `months` months ago (default: the setting),
    oldest first, for the user to review and erase."""
    months = retention_months(wb) if months is None else months
    if months < 0:
        raise ValidationError("The retention period must be a whole number of months from 1 to 600.")
    cutoff = months_before(today or date.today(), months).isoformat()
    with wb.store.read() as session:
        people = list(session.scalars(select(Participant)))
        links = session.execute(select(Attendance.participant_id, Workshop.date).join(
            Workshop, Workshop.id == Attendance.workshop_id)).all()
    dates: dict[str, list[str]] = {}
    for participant_id, day in links:
        dates.setdefault(participant_id, []).append(day or "")
    result = []
    for person in people:
        seen = [d for d in dates.get(person.id, []) if d]
        last = max(seen) if seen else person.created_at[:10]
        if last < cutoff:
            result.append(RetentionItem(person.id, person.display_name, person.organisation,
                                        person.municipality, last, len(dates.get(person.id, [])),
                                        bool(person.deleted)))
    return sorted(result, key=lambda r: (r.last_seen, r.name, r.participant_id))
