"""Conflict copies the user still needs to look at, and resolving them.

The merge keeps every losing text value (see `merge`). A copy needs a look when it differs
from the current value and the person who wrote the current value could not have seen it:
following the chain of replaced values (each write remembers the clock of the value it
replaced) does not lead to it. Resolving is an ordinary edit: it syncs like any other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from ..core import (  # noqa: F401 - importing them registers every entity
    agenda,
    feedback,
    methods,
    notes,
    participants,
    photos,
    projects,
    question_sets,
    tasks,
    workshops,
)
from ..core.records import PREV, REGISTRY, clocks_of, set_clocks
from ..core.workbench import Workbench
from ..errors import NotFoundError, ValidationError
from ..store.models import SYNCED_MODELS, Conflict
from .merge import needs_look

CHOICES = ("mine", "theirs", "both", "merged")
_TITLE_FIELDS = ("title", "name", "display_name", "text", "prompt", "caption")


@dataclass(frozen=True)
class OpenConflict:
    id: str
    entity: str
    row_id: str
    field: str
    what: str  # "note", "agenda block"...
    field_label: str
    title: str  # which row, in a few words
    mine: str  # the value in use now
    theirs: str  # the other value, kept as a copy
    theirs_clock: str


def _title(row: Any) -> str:
    for name in _TITLE_FIELDS:
        value = getattr(row, name, None)
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return text if len(text) <= 60 else text[:59] + "…"
    return ""


def _known(copy: Conflict, current_clock: str, current_prev: str | None, prevs: dict[str, str | None]) -> bool:
    """True when the current value was written by someone who had this copy's value before them."""
    if not needs_look(copy.value_clock, current_clock, current_prev):
        return True
    seen: set[str] = set()
    clock = current_prev
    while clock and clock not in seen:
        seen.add(clock)
        if clock == copy.value_clock:
            return True
        if clock not in prevs:
            return False
        prev = prevs[clock]
        if not needs_look(copy.value_clock, clock, prev):
            return True
        clock = prev
    return False


def open_conflicts(wb: Workbench) -> list[OpenConflict]:
    with wb.store.read() as session:
        copies = list(session.scalars(select(Conflict).where(Conflict.resolved.is_(False),
                                                              Conflict.deleted.is_(False))
                                      .order_by(Conflict.entity, Conflict.row_id, Conflict.field,
                                                Conflict.value_clock)))
        prevs: dict[tuple[str, str, str], dict[str, str | None]] = {}
        for copy in session.scalars(select(Conflict)):
            prevs.setdefault((copy.entity, copy.row_id, copy.field), {})[copy.value_clock] = \
                clocks_of(copy).get("value" + PREV)
        found = []
        for copy in copies:
            model = SYNCED_MODELS.get(copy.entity)
            entity = REGISTRY.get(copy.entity)
            row = session.get(model, copy.row_id) if model is not None else None
            if row is None or entity is None or row.deleted or copy.field not in entity.fields:
                continue
            current = getattr(row, copy.field)
            if current == copy.value:
                continue
            clocks = clocks_of(row)
            if _known(copy, clocks.get(copy.field, ""), clocks.get(copy.field + PREV),
                      prevs.get((copy.entity, copy.row_id, copy.field), {})):
                continue
            found.append(OpenConflict(copy.id, copy.entity, copy.row_id, copy.field, entity.label,
                                      entity.fields[copy.field].label, _title(row),
                                      "" if current is None else str(current), copy.value, copy.value_clock))
    return found


def count_open(wb: Workbench) -> int:
    return len(open_conflicts(wb))


def resolve(wb: Workbench, conflict_id: str, choice: str, text: str | None = None) -> tuple[str, str]:
    """Settle a conflict: keep mine, keep theirs, keep both (one after the other) or a merged text.

    Returns (field value before, field value after) so the caller can offer undo.
    """
    if choice not in CHOICES:
        raise ValidationError("Choose mine, theirs, both or a merged text.")
    with wb.store.write() as session:
        copy = session.get(Conflict, conflict_id) if isinstance(conflict_id, str) else None
        entity = REGISTRY.get(copy.entity) if copy is not None else None
        if copy is None or entity is None:
            raise NotFoundError("The conflict was not found; it may have been resolved on another device.")
        row = entity.live(session, copy.row_id)
        before = getattr(row, copy.field)
        mine = "" if before is None else str(before)
        value = {"mine": mine, "theirs": copy.value, "both": f"{mine}\n\n{copy.value}" if mine else copy.value,
                 "merged": text if text is not None else mine}[choice]
        if value != before:
            entity.apply(session, wb, row, {copy.field: value})
        _set_resolved(session, wb, copy, True)
        return mine, str(getattr(row, copy.field))


def reopen(wb: Workbench, conflict_id: str, value_before: str) -> None:
    """Undo a resolution: the field gets its earlier value and the conflict is open again."""
    with wb.store.write() as session:
        copy = session.get(Conflict, conflict_id)
        entity = REGISTRY.get(copy.entity) if copy is not None else None
        if copy is None or entity is None:
            raise NotFoundError("The conflict was not found; it may have been resolved on another device.")
        row = entity.live(session, copy.row_id)
        if getattr(row, copy.field) != value_before:
            entity.apply(session, wb, row, {copy.field: value_before})
        _set_resolved(session, wb, copy, False)


def _set_resolved(session: Any, wb: Workbench, copy: Conflict, resolved: bool) -> None:
    if copy.resolved != resolved:
        copy.resolved = resolved
        set_clocks(copy, ["resolved"], wb.tick(session))
        session.flush()

