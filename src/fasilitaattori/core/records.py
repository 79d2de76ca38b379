"""Generic create / update / delete / restore for synced entities.

Each entity module declares its fields once (`Entity(...)`); this module validates input,
stamps the per-field clocks, writes tombstones instead of deleting and cascades a delete to
child rows with the same clock, so an undo (restore) brings back exactly what went with it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import NotFoundError, ValidationError
from ..store.models import SYNCED_MODELS, SyncedMixin
from .clock import dump_clocks, load_clocks
from .fields import Field
from .workbench import Workbench, utc_now

M = TypeVar("M", bound=SyncedMixin)

# entity -> [(child entity, foreign key column)]: what a delete takes with it.
CASCADES: dict[str, list[tuple[str, str]]] = {
    "project": [("workshop", "project_id"), ("task", "project_id")],
    "workshop": [
        ("agenda_item", "workshop_id"), ("note", "workshop_id"), ("task", "workshop_id"),
        ("attendance", "workshop_id"), ("head_count", "workshop_id"),
        ("feedback_question", "workshop_id"), ("feedback_response", "workshop_id"),
        ("photo", "workshop_id"),
    ],
    "agenda_item": [("note", "agenda_item_id"), ("photo", "agenda_item_id"), ("agenda_item", "track_of")],
    "participant": [("attendance", "participant_id")],
    "feedback_response": [("feedback_answer", "response_id")],
    "feedback_question": [("feedback_answer", "question_id")],
}

# entity -> (column naming its parent, [(child entity, foreign key column)]): a row deleted on
# its own while its parent lives hands these children to the parent instead of taking them
# along (a parallel track's notes and photos stay with its block). The move is an edit stamped
# with the delete's clock, so it travels in bundles and undo moves back exactly those children.
# Deleted as part of a larger delete (its block, its workshop), the row takes them as CASCADES says.
MOVES: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "agenda_item": ("track_of", [("note", "agenda_item_id"), ("photo", "agenda_item_id")]),
}

Check = Callable[[Session, Mapping[str, Any]], None]


def clocks_of(row: SyncedMixin) -> dict[str, str]:
    return load_clocks(row.clock or "")


# clocks[name + PREV]: the clock of the value this write replaced, so sync can tell an edit made
# on top of another device's value from a concurrent one. A device's own edits in a row count
# as one: they keep the value they first replaced.
PREV = "<"


def _device(clock: str) -> str:
    return clock.split(".", 2)[-1]


def set_clocks(row: SyncedMixin, names: Iterable[str], value: str) -> None:
    clocks = clocks_of(row)
    for name in names:
        old = clocks.get(name)
        if old and old != value and _device(old) != _device(value):
            clocks[name + PREV] = old
        clocks[name] = value
    row.clock = dump_clocks(clocks)


class Entity(Generic[M]):
    def __init__(self, name: str, label: str, fields: Iterable[Field], check: Check | None = None) -> None:
        self.name = name
        self.label = label
        self.model: type[M] = SYNCED_MODELS[name]  # type: ignore[assignment]
        self.fields = {f.name: f for f in fields}
        self.check = check

    # -- reading -------------------------------------------------------------------
    def get(self, wb: Workbench, row_id: str) -> M:
        with wb.store.read() as session:
            return self.live(session, row_id)

    def live(self, session: Session, row_id: str) -> M:
        row = session.get(self.model, row_id) if isinstance(row_id, str) else None
        if row is None or row.deleted:
            raise NotFoundError("The {what} was not found; it may have been deleted.", what=self.label)
        return row

    # -- writing -------------------------------------------------------------------
    def clean(self, session: Session, values: Mapping[str, Any]) -> dict[str, Any]:
        cleaned: dict[str, Any] = {}
        for name, value in values.items():
            field = self.fields.get(name)
            if field is None:
                raise ValidationError("{what} has no field called {field}.", what=self.label, field=name)
            cleaned[name] = field.clean(value)
            if field.kind == "ref" and cleaned[name] is not None:
                Entity._ref(field.ref or "").live(session, cleaned[name])
        return cleaned

    @staticmethod
    def _ref(name: str) -> Entity[Any]:
        entity = REGISTRY.get(name)
        if entity is None:
            return Entity(name, name.replace("_", " "), [])
        return entity

    def insert(self, session: Session, wb: Workbench, values: Mapping[str, Any],
               row_id: str | None = None) -> M:
        """Validate and add a new row inside an open transaction."""
        missing = [f for f in self.fields.values() if f.required and f.name not in values]
        for field in missing:
            raise ValidationError("{field} cannot be empty.", field=field.label)
        cleaned = self.clean(session, values)
        if self.check:
            defaults = {c.name: c.default.arg for c in self.model.__table__.columns  # type: ignore[attr-defined]
                        if c.default is not None and not callable(c.default.arg)}
            self.check(session, {**defaults, **cleaned})
        stamp = wb.tick(session)
        row = self.model(id=row_id or str(uuid.uuid4()), created_at=utc_now(), deleted=False,  # type: ignore[call-arg]
                         **cleaned)
        names = [c for c in self.fields] + ["deleted"]
        row.clock = dump_clocks({n: stamp for n in names})
        session.add(row)
        session.flush()
        return row

    def apply(self, session: Session, wb: Workbench, row: M, changes: Mapping[str, Any]) -> set[str]:
        """Validate and write changed fields of `row`, stamping only what really changed."""
        cleaned = self.clean(session, changes)
        if self.check:
            current = {name: getattr(row, name) for name in self.fields}
            self.check(session, {**current, **cleaned})
        changed = {n for n, v in cleaned.items() if getattr(row, n) != v}
        if changed:
            stamp = wb.tick(session)
            for name in changed:
                setattr(row, name, cleaned[name])
            set_clocks(row, changed, stamp)
            session.flush()
        return changed

    def create(self, wb: Workbench, **values: Any) -> M:
        with wb.store.write() as session:
            return self.insert(session, wb, values)

    def update(self, wb: Workbench, row_id: str, **changes: Any) -> M:
        with wb.store.write() as session:
            row = self.live(session, row_id)
            self.apply(session, wb, row, changes)
            return row

    def delete(self, wb: Workbench, row_id: str) -> None:
        with wb.store.write() as session:
            row = self.live(session, row_id)
            stamp = wb.tick(session)
            _move_to_parent(session, self.name, row, stamp)
            _tombstone(session, self.name, row, stamp)

    def restore(self, wb: Workbench, row_id: str) -> M:
        """Undo a delete: the row and the children that were deleted along with it."""
        with wb.store.write() as session:
            row = session.get(self.model, row_id)
            if row is None:
                raise NotFoundError("The {what} was not found.", what=self.label)
            if row.deleted:
                gone_at = clocks_of(row).get("deleted", "")
                stamp = wb.tick(session)
                _revive(session, self.name, row, gone_at, stamp)
                _move_back(session, self.name, row, gone_at, stamp)
            return row

    def list(self, wb: Workbench, order_by: Any = None, **equals: Any) -> list[M]:
        with wb.store.read() as session:
            query = select(self.model).where(self.model.deleted.is_(False))
            for name, value in equals.items():
                query = query.where(getattr(self.model, name) == value)
            if order_by is not None:
                query = query.order_by(order_by)
            return list(session.scalars(query))


def _children(session: Session, entity: str, row: SyncedMixin) -> Iterable[tuple[str, SyncedMixin]]:
    for child_name, column in CASCADES.get(entity, []):
        model = SYNCED_MODELS[child_name]
        for child in session.scalars(select(model).where(getattr(model, column) == row.id)):
            yield child_name, child


def _live_parent(session: Session, entity: str, row: SyncedMixin) -> SyncedMixin | None:
    if entity not in MOVES:
        return None
    parent_id = getattr(row, MOVES[entity][0])
    parent = session.get(SYNCED_MODELS[entity], parent_id) if parent_id else None
    return parent if parent is not None and not parent.deleted else None


def _moved(session: Session, entity: str, owner_id: str) -> Iterable[tuple[str, SyncedMixin]]:
    for child_name, column in MOVES[entity][1]:
        model = SYNCED_MODELS[child_name]
        for child in session.scalars(select(model).where(getattr(model, column) == owner_id)):
            yield column, child


def _move_to_parent(session: Session, entity: str, row: SyncedMixin, stamp: str) -> None:
    parent = _live_parent(session, entity, row)
    if parent is None:
        return
    for column, child in list(_moved(session, entity, row.id)):
        if not child.deleted:
            setattr(child, column, parent.id)
            set_clocks(child, [column], stamp)
    session.flush()


def _move_back(session: Session, entity: str, row: SyncedMixin, gone_at: str, stamp: str) -> None:
    """Undo `_move_to_parent`: the children moved by the delete carry its clock."""
    parent = _live_parent(session, entity, row)
    if parent is None:
        return
    for column, child in list(_moved(session, entity, parent.id)):
        if clocks_of(child).get(column) == gone_at:
            setattr(child, column, row.id)
            set_clocks(child, [column], stamp)
    session.flush()


def _tombstone(session: Session, entity: str, row: SyncedMixin, stamp: str) -> None:
    if row.deleted:
        return
    row.deleted = True
    set_clocks(row, ["deleted"], stamp)
    for child_name, child in list(_children(session, entity, row)):
        _tombstone(session, child_name, child, stamp)
    session.flush()


def _revive(session: Session, entity: str, row: SyncedMixin, gone_at: str, stamp: str) -> None:
    row.deleted = False
    set_clocks(row, ["deleted"], stamp)
    for child_name, child in list(_children(session, entity, row)):
        if child.deleted and clocks_of(child).get("deleted") == gone_at:
            _revive(session, child_name, child, gone_at, stamp)
    session.flush()


REGISTRY: dict[str, Entity[Any]] = {}


def register(entity: Entity[M]) -> Entity[M]:
    REGISTRY[entity.name] = entity
    return entity
