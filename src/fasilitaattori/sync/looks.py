"""Which conflict copies need the user's look: one rule for Tools → Conflicts and for the
counts an import reports.

A copy needs a look when its value lost to a value written by someone who could not have seen
it: following the chain of replaced values (each write remembers the clock of the value it
replaced, `field<`) from the current value does not lead to it. A chain is only followed
down to the copy's own clock: a value with an older clock was written before the copy's, so
its writer cannot have seen it, whichever device wrote it (a relayed copy is recognised by
its own clock, not by its device).

A copy whose value is the current one of a deleted row, made when the merge saw an edit its
deleter had not seen, is an edit after the deletion: the user restores the row or lets it go.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..core.clock import HLC, ZERO, load_clocks
from ..core.records import PREV
from .format import NO_CONFLICT_COPIES, SCHEMA, table_of

EDITED = "edit"  # changed on two devices at once
DELETED = "deleted"  # edited after it was deleted elsewhere


def needs_look(loser_clock: str, winner_clock: str, winner_prev: str | None) -> bool:
    """False when the winner was written on top of the loser: it replaced exactly that value,
    or the loser is an earlier edit in the winning device's own run of edits (the run began
    when it last replaced another device's value, `winner_prev`). Everything else may have been
    written without seeing the loser; `known` follows the chain further."""
    if winner_prev == loser_clock:
        return False
    loser, winner = HLC.parse(loser_clock), HLC.parse(winner_clock)
    if winner.device != loser.device or winner < loser:
        return True
    return bool(winner_prev) and HLC.parse(winner_prev or ZERO) > loser


def known(copy_clock: str, current_clock: str, current_prev: str | None, prevs: Mapping[str, str | None]) -> bool:
    """True when the current value was written by someone who had the copy's value before
    them. `prevs`: for each copy of the same field, its value's clock -> the clock that value
    replaced."""
    if not needs_look(copy_clock, current_clock, current_prev):
        return True
    seen: set[str] = set()
    clock = current_prev
    while clock and clock not in seen and clock >= copy_clock:
        seen.add(clock)
        if clock == copy_clock:
            return True
        if clock not in prevs:
            return False
        prev = prevs[clock]
        if not needs_look(copy_clock, clock, prev):
            return True
        clock = prev
    return False


def state(value: str, value_clock: str, current: object, clocks: Mapping[str, str], field: str,
          deleted: bool, prevs: Mapping[str, str | None]) -> str | None:
    """EDITED or DELETED when a copy needs a look, None when not. `current` is the row's value
    of the field now, `clocks` its field clocks."""
    shown = "" if current is None else str(current)
    if deleted:
        return DELETED if clocks.get(field) == value_clock and shown == value else None
    if shown == value:
        return None
    if known(value_clock, clocks.get(field, ""), clocks.get(field + PREV), prevs):
        return None
    return EDITED


@dataclass(frozen=True)
class CopyKey:
    entity: str
    row_id: str
    field: str


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def open_among(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, tuple[CopyKey, str]]:
    """Of the conflict copies `ids`, those that need a look now: id -> (what it is about, state)."""
    wanted = sorted(set(ids))
    copies: list[tuple[str, CopyKey, str, str]] = []
    for part in _chunks(wanted):
        marks = ",".join("?" * len(part))
        for cid, entity, row_id, name, value, value_clock in conn.execute(
                "SELECT id, entity, row_id, field, value, value_clock FROM conflicts "
                f"WHERE id IN ({marks}) AND NOT resolved AND NOT deleted", part):
            columns = {c.name for c in SCHEMA.get(entity, ())}
            # The field is a name from a bundle: only a column of its entity goes into SQL.
            if entity in NO_CONFLICT_COPIES or name not in columns - {"id", "created_at", "clock", "deleted"}:
                continue
            copies.append((cid, CopyKey(entity, row_id, name), value, value_clock))
    found: dict[str, tuple[CopyKey, str]] = {}
    prevs: dict[CopyKey, dict[str, str | None]] = {}
    for cid, key, value, value_clock in copies:
        row = conn.execute(f'SELECT "{key.field}", clock, deleted FROM "{table_of(key.entity)}" WHERE id = ?',
                           (key.row_id,)).fetchone()
        if row is None:
            continue
        if key not in prevs:
            prevs[key] = {vc: load_clocks(cl or "").get("value" + PREV) for vc, cl in conn.execute(
                "SELECT value_clock, clock FROM conflicts WHERE entity = ? AND row_id = ? AND field = ?",
                (key.entity, key.row_id, key.field))}
        look = state(value, value_clock, row[0], load_clocks(row[1] or ""), key.field, bool(row[2]), prevs[key])
        if look is not None:
            found[cid] = (key, look)
    return found
