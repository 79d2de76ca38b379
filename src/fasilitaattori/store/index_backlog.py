"""Secondary indexes left for after a large write (a sync import of a colleague's whole store).

A table that receives many rows at once has its secondary indexes dropped and built again
afterwards, which sorts once instead of touching a different page per row (sync/writer.py,
`_indexes_later`). For a decade of notes the building took about a second at the end of the
import, with the write lock held. A large import therefore records the indexes' own CREATE
statements here, in its own transaction, and after the commit a background thread (`Store`)
builds them, one transaction per index, before it indexes the new rows for search.

Meanwhile every query gives the same answers, only slower. The backlog lives in the store: a
program closed meanwhile finishes the work the next time the store opens, and a schema upgrade
builds them first, so that each migration finds the schema it was written for.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from .bookkeeping import load_list, save_list, work_through

BACKLOG_KEY = "index_backlog"  # in `settings`: [[table, index name, CREATE statement], ...]

_Index = tuple[str, str, str]


def _load(conn: sqlite3.Connection) -> list[_Index]:
    return [(r[0], r[1], r[2]) for r in load_list(conn, BACKLOG_KEY)
            if isinstance(r, list) and len(r) == 3 and all(isinstance(v, str) for v in r)]


def record(conn: sqlite3.Connection, table: str, indexes: list[tuple[str, str]]) -> None:
    """In the writer's transaction: build these indexes of `table` (name, CREATE statement as
    SQLite keeps it) once it has committed."""
    if indexes:
        entries = [*_load(conn), *((table, name, sql) for name, sql in indexes)]
        save_list(conn, BACKLOG_KEY, [list(e) for e in entries])


def pending(conn: sqlite3.Connection) -> int:
    """How many indexes are still to be built."""
    return len(_load(conn))


def catch_up(conn: sqlite3.Connection, stop: Callable[[], bool] = lambda: False) -> bool:
    """Build the recorded indexes, each in its own transaction on `conn` (autocommit mode);
    True once none is left, False when `stop()` said to stop first."""

    def step(conn: sqlite3.Connection) -> bool:
        left = _load(conn)
        if not left:
            return True
        table, name, sql = left[0]
        kinds = dict(conn.execute("SELECT name, type FROM sqlite_master WHERE name IN (?, ?)", (table, name)))
        # Nothing to build when the index is there already or its table is gone.
        if kinds.get(table) == "table" and name not in kinds:
            conn.execute(sql)
        save_list(conn, BACKLOG_KEY, [list(i) for i in left[1:]])
        return False

    return work_through(conn, step, stop)
