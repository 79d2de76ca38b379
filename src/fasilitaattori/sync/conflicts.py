"""Conflict copies the user still needs to look at, and resolving them.

The merge keeps every losing text value (see `merge`). Which copies need a look is one rule,
shared with the import's report (`looks`): a value that lost to a concurrent edit, or an edit
that lives on only inside a row deleted elsewhere. Resolving is an ordinary edit (for the
latter: restoring the row, or letting it go): it syncs like any other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from ..core import entities  # noqa: F401 - every entity registered
from ..core.records import PREV, REGISTRY, clocks_of, set_clocks
from ..core.workbench import Workbench
from ..errors import NotFoundError, ValidationError
from ..store.models import SYNCED_MODELS, Conflict
from .format import SCHEMA
from .looks import DELETED, state
from .merge_rules import conflict_row

_CONFLICT_COLUMNS = [c.name for c in SCHEMA["conflict"]]

CHOICES = ("mine", "theirs", "both", "merged", "restore", "let_go")
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
    kind: str = "edit"  # looks.EDITED, or looks.DELETED: edited after the row was deleted elsewhere


def title_of(row: Any) -> str:
    for name in _TITLE_FIELDS:
        value = getattr(row, name, None)
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return text if len(text) <= 60 else text[:59] + "…"
    return ""


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
            if row is None or entity is None or copy.field not in entity.fields:
                continue
            current = getattr(row, copy.field)
            look = state(copy.value, copy.value_clock, current, clocks_of(row), copy.field, row.deleted,
                         prevs.get((copy.entity, copy.row_id, copy.field), {}))
            if look is None:
                continue
            found.append(OpenConflict(copy.id, copy.entity, copy.row_id, copy.field, entity.label,
                                      entity.fields[copy.field].label, title_of(row),
                                      "" if current is None else str(current), copy.value, copy.value_clock,
                                      look))
    return found


def count_open(wb: Workbench) -> int:
    return len(open_conflicts(wb))


def resolve(wb: Workbench, conflict_id: str, choice: str, text: str | None = None) -> tuple[str, str]:
    """Settle a conflict: keep mine, keep theirs, keep both (one after the other) or a merged text;
    for an edit made after the row was deleted elsewhere, restore the row (with the edit) or
    let it go (the row stays deleted).

    Returns (field value before, field value after) so the caller can offer undo.
    """
    if choice not in CHOICES:
        raise ValidationError("Choose mine, theirs, both or a merged text.")
    if choice in ("restore", "let_go"):
        return _settle_deleted(wb, conflict_id, choice == "restore")
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
            _keep_replaced(session, wb, copy.entity, row, copy.field)
            entity.apply(session, wb, row, {copy.field: value})
        _set_resolved(session, wb, copy, True)
        return mine, str(getattr(row, copy.field))


def _keep_replaced(session: Any, wb: Workbench, entity: str, row: Any, name: str) -> None:
    """The value a resolution replaces, kept as a settled copy: the edit remembers only that
    value's clock, and the copy remembers what that value replaced in turn, so older copies
    stay recognised as seen (`looks.known`) without waiting for another device's merge."""
    clocks = clocks_of(row)
    clock = clocks.get(name)
    if not clock or clock.rsplit(".", 1)[-1] == wb.device_id or not clocks.get(name + PREV):
        return
    values = dict(zip(_CONFLICT_COLUMNS, conflict_row(entity, row.id, name, getattr(row, name), clock,
                                                      clocks.get(name + PREV)), strict=True))
    kept = session.get(Conflict, values["id"])
    if kept is None:
        kept = Conflict(**values)
        session.add(kept)
        session.flush()
    _set_resolved(session, wb, kept, True)


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



def let_go(wb: Workbench, conflict_id: str) -> None:
    """Accept that a row edited after it was deleted elsewhere stays deleted."""
    resolve(wb, conflict_id, "let_go")


def _settle_deleted(wb: Workbench, conflict_id: str, restore: bool) -> tuple[str, str]:
    with wb.store.write() as session:
        copy = session.get(Conflict, conflict_id) if isinstance(conflict_id, str) else None
        entity = REGISTRY.get(copy.entity) if copy is not None else None
        row = session.get(entity.model, copy.row_id) if copy is not None and entity is not None else None
        if copy is None or entity is None or row is None:
            raise NotFoundError("The conflict was not found; it may have been resolved on another device.")
        _set_resolved(session, wb, copy, True)
        if not restore or not row.deleted:
            return DELETED, DELETED
    entity.restore(wb, copy.row_id)  # the row and what was deleted along with it, edit and all
    return DELETED, "restored"


def undo_settled(wb: Workbench, conflict_id: str, restored: bool) -> None:
    """Undo a restore or a let-go: the row is deleted again (after a restore) and the copy open."""
    with wb.store.write() as session:
        copy = session.get(Conflict, conflict_id)
        entity = REGISTRY.get(copy.entity) if copy is not None else None
        if copy is None or entity is None:
            raise NotFoundError("The conflict was not found; it may have been resolved on another device.")
        _set_resolved(session, wb, copy, False)
    if restored:
        entity.delete(wb, copy.row_id)
