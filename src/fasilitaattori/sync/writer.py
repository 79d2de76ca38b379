"""The merge's writer: what reaches the store, in bulk statements inside the caller's
transaction. The merge (`merge`) decides which rows are new, changed or erased; this writes
them, fast, and leaves the indexing of a large import to the background.

The tuning kept here (figures in docs/performance.md): multi-row VALUES inserts in id order;
and, only from a size on, so a one-project bundle is written plainly, a table's secondary
indexes dropped and built after the commit, its search index filled per batch, and the schema's
pages kept cached so the write-ahead log is not read back at the commit.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter
from typing import Any

from ..core.records import CASCADES
from ..store import index_backlog, search_backlog
from ..store.search_backlog import index_trigger
from .format import SCHEMA, table_of
from .rows import Row


def chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def stored_rows(conn: sqlite3.Connection, entity: str, ids: list[str]) -> dict[str, list[Any]]:
    columns = SCHEMA[entity]
    names = ", ".join(f'"{c.name}"' for c in columns)
    bools = [i for i, c in enumerate(columns) if c.kind == "bool"]
    found: dict[str, list[Any]] = {}
    for part in chunks(ids):
        marks = ",".join("?" * len(part))
        for row in conn.execute(f'SELECT {names} FROM "{table_of(entity)}" WHERE id IN ({marks})', part):
            values = list(row)
            for i in bools:
                values[i] = bool(values[i])
            found[values[0]] = values
    return found


_ID = itemgetter(0)


_VERSION = "SELECT id, clock || char(10) || created_at FROM \"{table}\""


def versions(conn: sqlite3.Connection, entity: str, ids: list[str] | None = None) -> dict[str, str]:
    """Local rows' clock and created_at as one string, by id (all rows, or those of `ids`): a
    bundle row whose own pair is the same string is unchanged."""
    sql = _VERSION.format(table=table_of(entity))
    if ids is None:
        return dict(conn.execute(sql))
    found: dict[str, str] = {}
    for part in chunks(ids):
        found.update(conn.execute(f"{sql} WHERE id IN ({','.join('?' * len(part))})", part))
    return found


def insert(conn: sqlite3.Connection, entity: str, rows: list[Row]) -> None:
    # In id order: the ids are random, and sorted inserts walk the primary-key index page by
    # page instead of jumping around it.
    rows.sort(key=_ID)  # a C-level key: no Python call per row
    insert_rows(conn, f'"{table_of(entity)}"', [c.name for c in SCHEMA[entity]], rows)


_VARIABLES = 999  # parameters per statement that every SQLite allows (3.32 raised it to 32,766)


def insert_rows(conn: sqlite3.Connection, target: str, names: list[str], rows: Sequence[Row]) -> None:
    """Insert `rows` with multi-row VALUES statements. Per row, `executemany` costs Python about
    as much as SQLite's insert itself; with ninety-odd rows per statement a decade of notes is
    written in about 60 % of the time."""
    width = len(names)
    per = max(1, _VARIABLES // width)
    head = f"INSERT INTO {target} ({', '.join(chr(34) + n + chr(34) for n in names)}) VALUES "
    one = "(" + ", ".join("?" * width) + ")"
    full = head + ", ".join([one] * per)
    values = list(chain.from_iterable(rows))  # flattened once: each statement takes a slice
    step = per * width
    for start in range(0, len(values), step):
        part = values[start:start + step]
        conn.execute(full if len(part) == step else head + ", ".join([one] * (len(part) // width)), part)


def update(conn: sqlite3.Connection, entity: str, rows: list[list[Any]]) -> None:
    names = [c.name for c in SCHEMA[entity]]
    sets = ", ".join(f'"{n}" = ?' for n in names[1:])
    conn.executemany(f'UPDATE "{table_of(entity)}" SET {sets} WHERE id = ?', [[*r[1:], r[0]] for r in rows])


@dataclass
class Later:
    """The indexing a large import leaves to the background, recorded in the store's backlogs
    once, at the end (see `keep_schema_cached` on why not as each table is done)."""

    search: list[tuple[str, int, int]] = field(default_factory=list)  # table, rowids after, up to
    indexes: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)  # table, [(name, sql)]

    def write(self, conn: sqlite3.Connection) -> bool:
        """Record what was left; whether there was anything."""
        for table, after, up_to in self.search:
            search_backlog.record(conn, table, after, up_to)
        for table, indexes in self.indexes:
            index_backlog.record(conn, table, indexes)
        left = bool(self.search or self.indexes)
        self.search, self.indexes = [], []
        return left


def keep_schema_cached(conn: sqlite3.Connection) -> None:
    """Read the schema's pages, changed when each table's indexes and trigger are dropped and
    again when the trigger comes back, so that SQLite keeps them in its page cache (it writes
    out the pages least recently used first). Otherwise one of them goes to the write-ahead log
    early and is written again later; for a page written twice in one transaction, SQLite
    rewrites the checksum of every frame after it at the commit, reading the whole log back
    (a decade's import: 117 MB read and 0.2–0.3 s longer, and the log had to reach the disk
    again as a whole). The backlogs are written once, at the end (`Later`), for the same reason."""
    conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()


BULK_INDEX = 500  # from this many new rows on, the search index is filled in one statement


# From this many new rows of a table on, its secondary indexes are built and its search index
# filled after the commit, in the background.
DEFER_INDEX = 20_000


@contextmanager
def _indexes_later(conn: sqlite3.Connection, table: str, later: Later) -> Iterator[None]:
    """Many new rows into a table: drop its secondary indexes, and have them built after the
    commit (`store.index_backlog`). Building an index sorts once; keeping it while inserting
    rows with random ids touches a different page per row. Inside the caller's transaction, so
    a failure restores them and records nothing."""
    indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                           "AND sql IS NOT NULL", (table,)).fetchall()
    for name, _sql in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    yield
    later.indexes.append((table, indexes))


@contextmanager
def _search_index_in_bulk(conn: sqlite3.Connection, table: str,
                          later: Later | None) -> Iterator[Callable[[], None] | None]:
    """Index many new rows with INSERT … SELECT per batch instead of a trigger run per row (ten
    times faster for a decade of notes); yields the function that indexes the rows inserted
    since its last call. With `later` nothing is indexed here: the new rows go to the search
    backlog, which a background thread indexes after the commit (`store.search_backlog`). The
    trigger is dropped and re-created inside the same transaction, so no other connection
    ever sees the store without it."""
    trigger = index_trigger(conn, table)
    if trigger is None:
        yield None
        return
    last = conn.execute(f'SELECT coalesce(max(rowid), 0) FROM "{table}"').fetchone()[0]
    start = last

    def index_new() -> None:
        nonlocal last
        top = conn.execute(f'SELECT coalesce(max(rowid), 0) FROM "{table}"').fetchone()[0]
        conn.execute(trigger.fill, (last, top))
        last = top

    conn.execute(f'DROP TRIGGER "{trigger.name}"')
    yield None if later is not None else index_new
    if later is not None:
        later.search.append((table, start, conn.execute(f'SELECT coalesce(max(rowid), 0) FROM "{table}"').fetchone()[0]))
    else:
        index_new()
    conn.execute(trigger.create)


def bulk(conn: sqlite3.Connection, stack: ExitStack, entity: str, guess: int, local_count: int,
         later: Later | None) -> Callable[[], None] | None:
    """Enter what makes writing about `guess` new rows of `entity` fast; returns the function
    that indexes the rows written since its last call for search, if any. With `later`,
    indexes and search indexing are left to the background (`store.index_backlog`)."""
    table = table_of(entity)
    if later is not None and guess >= DEFER_INDEX and guess >= local_count:
        stack.enter_context(_indexes_later(conn, table, later))
    if guess >= BULK_INDEX or later is not None:
        return stack.enter_context(_search_index_in_bulk(conn, table, later))
    return None


def erase_rows(conn: sqlite3.Connection, entity: str, ids: list[str]) -> None:
    """Remove rows for good, with what a delete takes with them (`records.CASCADES`, the one
    definition of it) and what cannot exist without them; any other reference is emptied."""
    taken = set(CASCADES.get(entity, ()))
    for child, columns in SCHEMA.items():
        for col in columns:
            if col.ref != entity:
                continue
            for part in chunks(ids):
                marks = ",".join("?" * len(part))
                if col.nullable and (child, col.name) not in taken:
                    conn.execute(f'UPDATE "{table_of(child)}" SET "{col.name}" = NULL '
                                 f'WHERE "{col.name}" IN ({marks})', part)
                else:
                    doomed = [r[0] for r in conn.execute(
                        f'SELECT id FROM "{table_of(child)}" WHERE "{col.name}" IN ({marks})', part)]
                    if doomed:
                        erase_rows(conn, child, doomed)
    for part in chunks(ids):
        marks = ",".join("?" * len(part))
        conn.execute(f"DELETE FROM conflicts WHERE entity = ? AND row_id IN ({marks})", [entity, *part])
        conn.execute(f'DELETE FROM "{table_of(entity)}" WHERE id IN ({marks})', part)
