"""What a bundle may say, where it takes other rows to tell (`rules` checks each row alone):
a note's or photo's block lies in its own workshop, a method built in here stays built in,
and an erased attendance, note or task is one of a person erased with it. The merge calls
these as it goes; each refusal is one sentence, and the caller's transaction undoes the rest.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from .bundle_error import BundleError
from .format import SCHEMA, table_of

Row = Sequence[Any]
_AT = {(e, c.name): i for e, cols in SCHEMA.items() for i, c in enumerate(cols)}  # column positions
ON_BLOCKS = frozenset({"agenda_item", "note", "photo"})  # what `Blocks.note` wants to see
_PERSONS_ROWS = {"attendance": "participant_id", "note": "author_id", "task": "owner_id"}  # erased with a person


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class Blocks:
    """The blocks the bundle's new or changed notes and photos name, and the workshop of each
    block it brings. `note` runs in the merge's preparing thread too: it only appends."""

    def __init__(self) -> None:
        self.workshops: dict[str, str] = {}  # agenda item -> workshop
        self.attached: list[tuple[str, str, str, str]] = []  # (entity, id, workshop, block)

    def note(self, entity: str, rows: Sequence[Row]) -> None:
        if entity == "agenda_item":
            w_i = _AT[entity, "workshop_id"]
            self.workshops.update((r[0], r[w_i]) for r in rows)
        elif entity in ("note", "photo"):
            w_i, b_i = _AT[entity, "workshop_id"], _AT[entity, "agenda_item_id"]
            self.attached += [(entity, r[0], r[w_i], r[b_i]) for r in rows if r[b_i] is not None]

    def check(self, conn: sqlite3.Connection) -> None:
        """Each lies in its block's workshop (the block as the bundle has it, else as the store
        has it): the app never writes one in another (`notes._check_block`), and such a note
        could no longer be edited."""
        wanted = sorted({b for _e, _i, _w, b in self.attached if b not in self.workshops})
        for part in _chunks(wanted):
            marks = ",".join("?" * len(part))
            self.workshops.update(conn.execute(f"SELECT id, workshop_id FROM agenda_items WHERE id IN ({marks})", part))
        for entity, row_id, workshop, block in self.attached:
            if self.workshops.get(block, workshop) != workshop:
                raise BundleError("The bundle is invalid: the {entity} {id} is attached to a block of another "
                                  "workshop.", entity=entity.replace("_", " "), id=row_id)


def keep_builtin(conn: sqlite3.Connection, rows: Sequence[Row]) -> None:
    """A method built in here stays built in and is never deleted: the app lets nobody do
    either, and the library would not bring it back."""
    b_i, d_i = _AT["method", "builtin"], _AT["method", "deleted"]
    ids = [r[0] for r in rows if r[d_i] or not r[b_i]]
    for part in _chunks(ids):
        marks = ",".join("?" * len(part))
        for (row_id,) in conn.execute(f"SELECT id FROM methods WHERE builtin AND id IN ({marks})", part):
            raise BundleError("The bundle is invalid: it deletes or changes the built-in method {id}.", id=row_id)


def only_a_persons(conn: sqlite3.Connection, erase: dict[str, set[str]], erased: dict[str, set[str]]) -> None:
    """Erasing a person erases their attendance, the notes they wrote and the tasks they own
    (`people.erase_person`): an erasure of such a row here (`erase`) must be of one of a person
    erased too (`erased`: by the bundle or earlier)."""
    people = erased.get("participant", set())
    for entity, column in _PERSONS_ROWS.items():
        for part in _chunks(sorted(erase.get(entity, ()))):
            marks = ",".join("?" * len(part))
            for row_id, person in conn.execute(
                    f'SELECT id, "{column}" FROM "{table_of(entity)}" WHERE id IN ({marks})', part):
                if person not in people:
                    raise BundleError("The bundle is invalid: it erases the {entity} {id}, which belongs to no "
                                      "person it erases.", entity=entity.replace("_", " "), id=row_id)
