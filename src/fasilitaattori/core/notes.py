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


# -- what a note or photo can be attached to -------------------------------------------------
@dataclass(frozen=True)
class BlockChoice:
    """A block, or a parallel track of one (`parent_id` set), that notes and photos attach to."""

    id: str
    title: str
    parent_id: str = ""
    parent_title: str = ""

    @property
    def label(self) -> str:
        """As a picker lists it: a track indented under its block."""
        return f"  ↳ {self.title}" if self.parent_id else self.title

    @property
    def full_title(self) -> str:
        """Where it stands alone (a table cell, a caption): a track names its block."""
        return f"{self.parent_title} ↳ {self.title}" if self.parent_id else self.title


def _choices(session: Session, workshop_id: str) -> tuple[list[BlockChoice], dict[str, BlockChoice]]:
    """The live blocks in agenda order, each followed by its live tracks; and every id a note
    may name mapped to the choice it is shown under. A deleted track's own notes moved to its
    block (`records.MOVES`), but one written to it on another device before the delete arrived
    still names it: it is shown under the block too, never left dangling."""
    rows = list(session.scalars(select(AgendaItem).where(AgendaItem.workshop_id == workshop_id)))
    blocks = sorted((r for r in rows if not r.track_of and not r.deleted), key=lambda r: (r.day, r.position, r.id))
    tracks = sorted((r for r in rows if r.track_of), key=lambda r: (r.position, r.id))
    choices: list[BlockChoice] = []
    home: dict[str, BlockChoice] = {}
    for block in blocks:
        choice = home[block.id] = BlockChoice(block.id, block.title)
        choices.append(choice)
        for track in (t for t in tracks if t.track_of == block.id):
            if track.deleted:
                home[track.id] = choice
            else:
                home[track.id] = BlockChoice(track.id, track.title, block.id, block.title)
                choices.append(home[track.id])
    return choices, home


def block_choices(wb: Workbench, workshop_id: str) -> list[BlockChoice]:
    """What a note or photo of the workshop can be attached to: its blocks in agenda order,
    each followed by its parallel tracks in order."""
    with wb.store.read() as session:
        return _choices(session, workshop_id)[0]


def block_homes(wb: Workbench, workshop_id: str) -> dict[str, BlockChoice]:
    """Block id a note or photo names -> the block or track it is shown under; an id missing
    here (a deleted block) leaves it without a block."""
    with wb.store.read() as session:
        return _choices(session, workshop_id)[1]


def add_note(wb: Workbench, workshop_id: str, text: str, kind: str = "idea", **values: Any) -> Note:
    return notes.create(wb, workshop_id=workshop_id, text=text, kind=kind, **values)


def move_note(wb: Workbench, note_id: str, agenda_item_id: str | None) -> Note:
    return notes.update(wb, note_id, agenda_item_id=agenda_item_id)


# "+deleted" keeps SQLite from choosing the index on `deleted` (nearly every row is 0) over the
# workshop index: without statistics it does, and a 100-note workshop then scans all 200,000
# notes (62 ms instead of 0.1 ms on the 10-year store).
_LIVE: Any = sql_text("+notes.deleted = 0")


def _query(workshop_id: str | None, kind: str | None, agenda_item_id: str | None) -> Any:
    query = select(Note).where(_LIVE)
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


def _filtered(f: NoteFilter, home: Mapping[str, BlockChoice]) -> Any:
    query = select(_ROWID).select_from(Note).where(_LIVE, Note.workshop_id == f.workshop_id)
    if f.block == NO_BLOCK:  # and those of a deleted block, shown without one
        query = query.where(Note.agenda_item_id.is_(None) | Note.agenda_item_id.not_in(list(home)))
    elif f.block:
        query = query.where(Note.agenda_item_id.in_([i for i, c in home.items() if c.id == f.block]))
    if f.kind:
        query = query.where(Note.kind == f.kind)
    match = fts_query(f.text)
    if match:
        hits = sql_text("SELECT ref_id FROM search_fts WHERE search_fts MATCH :match AND kind = 'note'")
        query = query.where(Note.id.in_(hits.bindparams(match=match)))
    return query


def note_keys(wb: Workbench, f: NoteFilter) -> array[int]:
    """Row keys of the matching notes, grouped by block (agenda order, each block's tracks after
    it, unattached last), then by kind, then in capture order."""
    with wb.store.read() as session:
        choices, home = _choices(session, f.workshop_id)
        # A deleted track's id right after its block's: its notes follow the block's own.
        order = [c.id for c in choices]
        for item_id, choice in home.items():
            if item_id != choice.id:
                order.insert(order.index(choice.id) + 1, item_id)
        # instr() over the ids in agenda order is a cheap sort key (a join or CASE costs 2x on 200k rows).
        block_order = ",".join(order)
        query = _filtered(f, home).order_by(
            func.coalesce(func.nullif(func.instr(block_order, Note.agenda_item_id), 0), len(block_order) + 1),
            func.instr(",".join(KINDS), Note.kind), Note.created_at, _ROWID)
        # Straight through the driver's cursor: SQLAlchemy's per-row work would double the time
        # for 200,000 keys (measured in bench/bench_notes.py).
        connection = session.connection()
        compiled = query.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
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
