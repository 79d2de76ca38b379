"""Notes captured during and after a workshop: per block and group, of six kinds."""

from __future__ import annotations

from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, literal_column, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..store.models import AgendaItem, Note
from .fields import Field
from .records import Entity, register
from .search import fts_query
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


# -- windowed reading for long lists ------------------------------------------------------
# A view of 200,000 notes holds only their row keys (8 bytes each) in display order and reads
# the rows of the pages it shows; the keys are SQLite rowids, stable while the list is open.

NO_BLOCK = "-"  # block filter value: notes not attached to any block
_ROWID: Any = literal_column("notes.rowid")


@dataclass(frozen=True)
class NoteFilter:
    workshop_id: str
    block: str = ""  # "" every block, NO_BLOCK unattached notes, else an agenda item id
    kind: str = ""  # "" every kind
    text: str = ""  # words that must all occur (prefix match, as in global search)


def _filtered(f: NoteFilter) -> Any:
    query = select(_ROWID).select_from(Note).where(Note.deleted.is_(False), Note.workshop_id == f.workshop_id)
    if f.block == NO_BLOCK:
        query = query.where(Note.agenda_item_id.is_(None))
    elif f.block:
        query = query.where(Note.agenda_item_id == f.block)
    if f.kind:
        query = query.where(Note.kind == f.kind)
    match = fts_query(f.text)
    if match:
        hits = sql_text("SELECT ref_id FROM search_fts WHERE search_fts MATCH :match AND kind = 'note'")
        query = query.where(Note.id.in_(hits.bindparams(match=match)))
    return query


def note_keys(wb: Workbench, f: NoteFilter) -> array[int]:
    """Row keys of the matching notes, grouped by block (agenda order, unattached last), then by
    kind, then in capture order."""
    with wb.store.read() as session:
        blocks = session.scalars(select(AgendaItem.id).where(AgendaItem.workshop_id == f.workshop_id)
                                 .order_by(AgendaItem.position, AgendaItem.id))
        # instr() over the ids in agenda order is a cheap sort key (a join or CASE costs 2x on 200k rows).
        block_order = ",".join(blocks)
        query = _filtered(f).order_by(
            func.coalesce(func.instr(block_order, Note.agenda_item_id), len(block_order) + 1),
            func.instr(",".join(KINDS), Note.kind), Note.created_at, _ROWID)
        # Straight through the driver's cursor: SQLAlchemy's per-row work would double the time
        # for 200,000 keys (measured in bench/bench_notes.py).
        connection = session.connection()
        compiled = query.compile(dialect=connection.dialect)
        params = [compiled.params[name] for name in compiled.positiontup or ()]
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(str(compiled), params)
            return array("q", [r[0] for r in cursor.fetchall()])
        finally:
            cursor.close()


def notes_for_keys(wb: Workbench, keys: Sequence[int]) -> dict[int, Note]:
    """The notes for `keys` by key (a deleted or missing key is left out)."""
    if not keys:
        return {}
    with wb.store.read() as session:
        rows = session.execute(select(_ROWID, Note).where(_ROWID.in_(list(keys)))).all()
    return {int(key): note for key, note in rows}


def notes_by_keys(wb: Workbench, keys: Sequence[int]) -> list[Note]:
    """The notes for `keys`, in the order given."""
    found = notes_for_keys(wb, keys)
    return [found[k] for k in keys if k in found]


def key_of(wb: Workbench, note_id: str) -> int | None:
    with wb.store.read() as session:
        return session.scalar(select(_ROWID).where(Note.id == note_id))
