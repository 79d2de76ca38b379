"""The merge's rules (design §4), one function each and no SQL: what a bundle row and the
local row with the same id become. `merge` fetches the rows and `writer` writes the outcome;
these decide. Together they make a state-based CRDT: every device that has seen the same
rows holds the same store, whatever the order of its imports.

- `greater_clock_wins`: per field, the value with the greater hybrid logical clock wins.
- `loser_kept`: a long text's losing value is kept as a conflict copy whose id comes from the
  value's own clock, so the set of copies is a union, the same on every device.
- `tombstone_kept_texts`: a delete is the field `deleted` with its clock, merged like any
  other; the texts the deleting side had not seen are kept as copies.
- `earliest_creation`: the earlier `created_at` stands.
- `not_erased` / `copies_not_of_erased`: an erased row never comes back, nor a copy of its values.
- `references_kept`: a reference to an erased row is emptied, or its row left out when it
  cannot be empty; a reference to a row that exists nowhere refuses the bundle.
- Positions need no rule of their own: a position key is a short field whose greater clock
  wins, and lists sort by (position, id), so concurrent reorders converge (`core/positions`).
- Links: a link row's id is made from what it links (`rules`), so two devices linking the
  same pair make one row; a block's notes stay in its workshop and a built-in method stays
  built in (`links`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ..core.clock import HLC, ZERO, dump_clocks, load_clocks
from ..core.participants import link_id
from ..core.people import PERSONAL_FIELDS
from ..core.records import PREV
from .bundle_error import BundleError
from .format import NO_CONFLICT_COPIES, SCHEMA, Column
from .looks import needs_look
from .rows import Row

_CONFLICT_COLUMNS = [c.name for c in SCHEMA["conflict"]]
_MERGED = frozenset({"id", "created_at", "clock"})  # not fields merged by their clock
_ID, _CREATED, _CLOCK = 0, 1, 2  # positions in every entity's columns (`format.columns_of`)


def greater_clock_wins(local_clock: str, remote_clock: str) -> bool:
    """Whether the bundle's value of a field replaces the local one. Equal clocks are one
    write, so one value; the order of clocks is the same on every device."""
    return remote_clock > local_clock


def earliest_creation(local: str, remote: str) -> str:
    return min(local, remote)


def keeps_copies(entity: str, column: Column) -> bool:
    """Whether a losing value of `column` is kept as a conflict copy: long free texts only, and
    never a name or contact (an erasure elsewhere must not leave them here), nor a copy's or an
    erasure's own fields."""
    return (entity not in NO_CONFLICT_COPIES and column.is_text
            and column.name not in PERSONAL_FIELDS.get(entity, ()))


def clock_created_at(clock: str) -> str:
    wall = HLC.parse(clock).wall_ms
    return datetime.fromtimestamp(wall / 1000, UTC).isoformat(timespec="microseconds")


def conflict_id(entity: str, row_id: str, field_name: str, value_clock: str) -> str:
    return link_id("conflict", entity, row_id, field_name, value_clock)


def conflict_row(entity: str, row_id: str, field_name: str, value: Any, clock: str, prev: str | None) -> list[Any]:
    """The copy of a losing value: the same row on every device that makes it."""
    clocks = {n: clock for n in ("deleted", "entity", "field", "resolved", "row_id", "value", "value_clock")}
    if prev:
        clocks["value" + PREV] = prev
    values = {"id": conflict_id(entity, row_id, field_name, clock), "created_at": clock_created_at(clock),
              "clock": dump_clocks(clocks), "deleted": False, "entity": entity,
              "row_id": row_id, "field": field_name, "value": "" if value is None else str(value),
              "value_clock": clock, "resolved": False}
    return [values[n] for n in _CONFLICT_COLUMNS]


@dataclass
class Copy:
    """A conflict copy a merge makes, and whether it asks for the user's look."""

    row: list[Any]
    look: bool


def loser_kept(entity: str, row_id: str, name: str, value: Any, clock: str, prev: str | None,
               winner: Any, winner_clock: str, winner_prev: str | None) -> Copy:
    """The losing value as a copy. It asks for a look when it differs from the winner and the
    winner was written without having seen it (`looks.needs_look`)."""
    row = conflict_row(entity, row_id, name, value, clock, prev)
    return Copy(row, value != winner and needs_look(clock, winner_clock, winner_prev))


def tombstone_kept_texts(entity: str, texts: Sequence[tuple[int, str]], out: Sequence[Any],
                         out_clocks: Mapping[str, str], deleter: Mapping[str, str],
                         editor: Mapping[str, str]) -> list[Copy]:
    """One side deleted the row, the other kept it: each text the deleting side had not seen
    (the other side's clock of it is newer) now lives on only inside a deleted row, so it is
    kept as a copy of the current value that the user restores or lets go."""
    return [Copy(conflict_row(entity, out[_ID], name, out[i], out_clocks[name], out_clocks.get(name + PREV)), True)
            for i, name in texts if editor.get(name, ZERO) > deleter.get(name, ZERO)]


@dataclass
class RowMerge:
    row: list[Any]  # the merged row
    changed: bool  # whether it differs from the local one
    copies: list[Copy] = field(default_factory=list)

    @property
    def looks(self) -> bool:
        return any(c.look for c in self.copies)


def merge_row(entity: str, columns: Sequence[Column], mine: Row, remote: Row) -> RowMerge:
    """The local row `mine` and the bundle's `remote`, field by field."""
    lcl = load_clocks(mine[_CLOCK] or "")
    rcl = load_clocks(remote[_CLOCK])
    out = list(mine)
    out_cl = dict(lcl)
    result = RowMerge(out, False)
    del_i = next(i for i, c in enumerate(columns) if c.name == "deleted")
    for i, col in enumerate(columns):
        name = col.name
        if name in _MERGED:
            continue
        lc = lcl.get(name, ZERO)
        rc = rcl.get(name, ZERO)
        copies = keeps_copies(entity, col)
        if greater_clock_wins(lc, rc):
            out[i] = remote[i]
            out_cl[name] = rc
            if rcl.get(name + PREV):
                out_cl[name + PREV] = rcl[name + PREV]
            else:
                out_cl.pop(name + PREV, None)
            result.changed = True
            if copies and lc != ZERO:
                result.copies.append(loser_kept(entity, mine[_ID], name, mine[i], lc, lcl.get(name + PREV),
                                                remote[i], rc, rcl.get(name + PREV)))
        elif rc < lc and copies and rc != ZERO:
            result.copies.append(loser_kept(entity, mine[_ID], name, remote[i], rc, rcl.get(name + PREV),
                                            mine[i], lc, lcl.get(name + PREV)))
    if out[del_i] and bool(mine[del_i]) != bool(remote[del_i]):
        texts = [(i, c.name) for i, c in enumerate(columns) if c.name not in _MERGED and keeps_copies(entity, c)]
        deleter, editor = (lcl, rcl) if mine[del_i] else (rcl, lcl)
        result.copies += tombstone_kept_texts(entity, texts, out, out_cl, deleter, editor)
    created = earliest_creation(mine[_CREATED], remote[_CREATED])
    if created != mine[_CREATED]:
        out[_CREATED] = created
        result.changed = True
    if result.changed:
        out[_CLOCK] = dump_clocks(out_cl)
    return result


def not_erased(rows: list[Row], erased: set[str]) -> list[Row]:
    """The rows not erased for good, here or by the bundle: an erased row never comes back."""
    return [r for r in rows if r[_ID] not in erased] if erased else rows


def copies_not_of_erased(rows: list[Row], erased: Mapping[str, set[str]]) -> list[Row]:
    """Conflict copies whose row is erased are never kept: they would bring its values back."""
    e_i, r_i = _CONFLICT_COLUMNS.index("entity"), _CONFLICT_COLUMNS.index("row_id")
    return [r for r in rows if r[r_i] not in erased.get(r[e_i], ())]


def references_kept(entity: str, rows: list[Row], refs: Sequence[tuple[int, Column]],
                    known: Mapping[str, set[str]], erased: Mapping[str, set[str]]) -> list[Row]:
    """`rows` with their references settled: to a row the store will have (`known`) it stays;
    to a row erased for good it is emptied, or the row left out when the reference cannot be
    empty (the row went with the erased one); to a row that exists nowhere, the bundle is refused."""
    for i, col in refs:  # the common case: every reference is known, checked a column at a time
        values = {row[i] for row in rows}
        values.discard(None)
        if not values <= known.get(col.ref or "", set()):
            break
    else:
        return rows
    kept = []
    for row in rows:
        ok = True
        for i, col in refs:
            value = row[i]
            if value is None or value in known.get(col.ref or "", ()):
                continue
            if value in erased.get(col.ref or "", ()):
                if col.nullable:
                    row = list(row)
                    row[i] = None
                    continue
                ok = False
                break
            raise BundleError("The bundle is invalid: the {entity} {id} refers to a {ref} that is neither "
                              "in the bundle nor in this store.", entity=entity.replace("_", " "),
                              id=row[_ID], ref=(col.ref or "").replace("_", " "))
        if ok:
            kept.append(row)
    return kept
