"""Notes captured during and after a workshop: per block and group, of six kinds."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..store.models import AgendaItem, Note
from .fields import Field
from .records import Entity, register
from .workbench import Workbench

KINDS = ("idea", "quote", "development_need", "observation", "decision", "question")


def _check_block(session: Session, row: Mapping[str, Any]) -> None:
    item_id = row.get("agenda_item_id")
    if item_id:
        item = session.get(AgendaItem, item_id)
        if item is None or item.workshop_id != row.get("workshop_id"):
            raise ValidationError("A note can only be attached to a block of its own workshop.")


notes: Entity[Note] = register(Entity("note", "note", [
    Field("workshop_id", "Workshop", kind="ref", ref="workshop", required=True),
    Field("agenda_item_id", "Block", kind="ref", ref="agenda_item"),
    Field("group_label", "Group"),
    Field("kind", "Kind", kind="choice", choices=KINDS),
    Field("text", "Text", kind="longtext", required=True),
    Field("tags", "Tags"),
    Field("author_id", "Author", kind="ref", ref="participant"),
], check=_check_block))


def add_note(wb: Workbench, workshop_id: str, text: str, kind: str = "idea", **values: Any) -> Note:
    return notes.create(wb, workshop_id=workshop_id, text=text, kind=kind, **values)


def move_note(wb: Workbench, note_id: str, agenda_item_id: str | None) -> Note:
    return notes.update(wb, note_id, agenda_item_id=agenda_item_id)


def _query(workshop_id: str | None, kind: str | None, agenda_item_id: str | None) -> Any:
    query = select(Note).where(Note.deleted.is_(False))
    if workshop_id is not None:
        query = query.where(Note.workshop_id == workshop_id)
    if kind is not None:
        query = query.where(Note.kind == kind)
    if agenda_item_id is not None:
        query = query.where(Note.agenda_item_id == agenda_item_id)
    return query


def list_notes(wb: Workbench, workshop_id: str | None = None, *, kind: str | None = None,
               agenda_item_id: str | None = None, offset: int = 0, limit: int | None = None) -> list[Note]:
    """Notes in capture order; `offset`/`limit` let a view fetch a page at a time."""
    with wb.store.read() as session:
        query = _query(workshop_id, kind, agenda_item_id).order_by(Note.created_at, Note.id)
        if offset:
            query = query.offset(offset)
        if limit is not None:
            query = query.limit(limit)
        return list(session.scalars(query))


def count_notes(wb: Workbench, workshop_id: str | None = None, *, kind: str | None = None,
                agenda_item_id: str | None = None) -> int:
    with wb.store.read() as session:
        sub = _query(workshop_id, kind, agenda_item_id).subquery()
        return int(session.scalar(select(func.count()).select_from(sub)) or 0)
