"""Search indexing left for after a large write (a sync import of a colleague's whole store).

Each searchable table has an AFTER INSERT trigger that indexes a new row in `search_fts`. For
a decade of notes that indexing is about a fifth of the import's processor time, so a large
import drops the trigger, writes its rows, records their rowid range here and re-creates the
trigger, all in its own transaction. After the commit a background thread (`Store`) indexes
the recorded rows in short transactions of their own, as mail programs index an imported
archive. The backlog lives in the store, so a program closed meanwhile finishes the work the
next time the store opens; until then a search may miss some of the imported rows.

Only rows that exist when a batch runs are indexed, so a row erased meanwhile never reaches
the index; a row edited meanwhile was indexed by its update trigger and is left as it is.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from .bookkeeping import load_list, save_list, work_through

BACKLOG_KEY = "search_backlog"  # in `settings`: [[table, after_rowid, up_to_rowid], ...]
_BATCH = 10_000  # rows per transaction: a user's edit waits at most for one of them
# The insert trigger of a searchable table (migration 0001): one INSERT … SELECT of `new` values.
_TRIGGER = re.compile(r"^CREATE TRIGGER (\w+) AFTER INSERT ON (\w+) BEGIN (INSERT INTO search_fts\([^)]*\) "
                      r"SELECT (.*?), .*) WHERE new\.deleted = 0; END$", re.DOTALL)


@dataclass(frozen=True)
class IndexTrigger:
    """A table's search trigger, and SQL that indexes many of its rows at once."""

    name: str
    create: str  # the trigger's own CREATE statement
    fill: str  # indexes the live rows with rowid in (?, ?]
    missing: str  # the same, leaving out rows the index already has


def index_trigger(conn: sqlite3.Connection, table: str) -> IndexTrigger | None:
    found = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
                         "AND name = ?", (table, f"{table}_fts_ai")).fetchone()
    match = _TRIGGER.match(found[0]) if found else None
    if match is None:
        return None
    row = f'"{table}"'
    fill = (match.group(3).replace("new.", f"{row}.") + f" FROM {row} WHERE {row}.rowid > ? AND {row}.rowid <= ? "
            f"AND {row}.deleted = 0")
    fts_rowid = match.group(4).replace("new.", f"{row}.")
    missing = fill + f" AND NOT EXISTS (SELECT 1 FROM search_fts WHERE search_fts.rowid = {fts_rowid})"
    return IndexTrigger(match.group(1), match.group(0), fill, missing)


_Range = tuple[str, int, int]  # table, after this rowid, up to this one


def _load(conn: sqlite3.Connection) -> list[_Range]:
    return [(r[0], r[1], r[2]) for r in load_list(conn, BACKLOG_KEY) if isinstance(r, list) and len(r) == 3
            and isinstance(r[0], str) and all(type(v) is int for v in r[1:])]


def _save(conn: sqlite3.Connection, ranges: list[_Range]) -> None:
    save_list(conn, BACKLOG_KEY, [list(r) for r in ranges])


def record(conn: sqlite3.Connection, table: str, after: int, up_to: int) -> None:
    """In the writer's transaction: rows of `table` with rowid in (after, up_to] await indexing."""
    if up_to > after:
        _save(conn, [*_load(conn), (table, after, up_to)])


def pending(conn: sqlite3.Connection) -> int:
    """How many rowids still await indexing (an upper bound on the rows)."""
    return sum(up_to - after for _table, after, up_to in _load(conn))


def clear(conn: sqlite3.Connection) -> None:
    """In a transaction that re-indexes everything anyway."""
    _save(conn, [])


def catch_up(conn: sqlite3.Connection, stop: Callable[[], bool] = lambda: False, batch: int = _BATCH) -> bool:
    """Index the backlog a batch per transaction on `conn` (autocommit mode); True once it is
    empty, False when `stop()` said to stop first (the rest waits for the next time)."""

    def step(conn: sqlite3.Connection) -> bool:
        ranges = _load(conn)
        if not ranges:
            return True
        table, after, up_to = ranges[0]
        trigger = index_trigger(conn, table)
        end = min(after + batch, up_to)
        if trigger is not None:
            conn.execute(trigger.missing, (after, end))
        _save(conn, [(table, end, up_to), *ranges[1:]] if end < up_to else ranges[1:])
        return False

    return work_through(conn, step, stop)
