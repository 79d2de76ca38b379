"""Writing a run of tables that are empty here (an import into a new store, say): a second
thread reads, checks and prepares their rows as small SQLite database images, and the merge's
connection copies each with one INSERT … SELECT, a statement that runs without Python's lock.
So Python's work on a block overlaps SQLite's writing of the block before it.

Kept because it pays on the decade (docs/performance.md): binding values from Python is most
of an insert's cost, and here it happens off the writing thread.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import ExitStack, suppress
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from typing import TYPE_CHECKING

from ..store.db import STAGE_SCHEMA
from . import writer
from .ahead import read_ahead
from .format import ENTITY_ORDER, SCHEMA, table_of
from .merge_rules import not_erased
from .rows import Row

if TYPE_CHECKING:
    from .merge import Merger

STAGE_FROM = 20_000  # new rows for empty tables from which they are prepared in a second thread
IMAGE_ROWS = 25_000  # rows per image: each costs the merge's thread a few statements
_UNSTAGED = frozenset({"conflict", "erasure", "photo"})  # kept on the merge's own path
_STAGE_TABLE = "staged_rows"
# A smaller page cache while the images flow: SQLite then writes pages out to the log as it
# goes, while the merge waits for the next image anyway, instead of leaving them to the commit.
_STAGE_CACHE = -16 * 1024  # KiB (the store keeps 64 MB)
_IMAGE_PAGE = 16_384  # bytes per page of an image: fewer, larger pages fill faster than SQLite's 4 KiB ones
_ID = itemgetter(0)


@dataclass
class _Prepared:
    """Checked rows of `entity`, all new here, up to `IMAGE_ROWS` of them as a database image."""

    entity: str
    seen: int  # the bundle's rows these account for, for progress
    image: bytes | None  # None when none of them is to be written
    last: bool = False  # the entity's last part: its table's indexes can be built


def can_stage(conn: sqlite3.Connection) -> bool:
    return hasattr(conn, "deserialize") and any(row[1] == STAGE_SCHEMA for row in conn.execute("PRAGMA database_list"))


def stageable(merger: Merger, sizes: dict[str, int]) -> set[str]:
    """The entities whose rows all go into a table that is empty here, when there are enough
    of them for preparing rows in a second thread to pay."""
    if not merger.apply or not can_stage(merger.conn):
        return set()
    eligible = {e for e in ENTITY_ORDER if sizes[e] == 0 and e not in _UNSTAGED and not merger.plan.erase.get(e)}
    return eligible if sum(map(merger.expected, eligible)) >= STAGE_FROM else set()


def write_staged(merger: Merger, run: list[str], erased: dict[str, set[str]]) -> None:
    """Write the rows of `run`, entities whose tables are empty here, prepared in a second thread."""
    conn = merger.conn
    parts = read_ahead(_prepare(merger, run, erased), 2, "prepare-rows")
    with ExitStack() as stack:
        stack.callback(parts.close)  # type: ignore[attr-defined]
        cache_size = conn.execute("PRAGMA cache_size").fetchone()[0]
        stack.callback(conn.execute, f"PRAGMA cache_size={int(cache_size)}")
        conn.execute(f"PRAGMA cache_size={_STAGE_CACHE}")
        stack.callback(_release_stage, conn)
        bulk: ExitStack | None = None
        for part in parts:
            merger.advance(part.seen)
            if part.image is not None:
                if bulk is None:
                    bulk = stack.enter_context(ExitStack())
                    # A run this large leaves all its indexing to the background.
                    writer.bulk(conn, bulk, part.entity, merger.expected(part.entity), 0, merger.later)
                _insert_image(conn, part.entity, part.image)
                writer.keep_schema_cached(conn)
            if part.last and bulk is not None:
                bulk.close()  # at once: the trigger is back before the next table's rows come
                bulk = None


def _release_stage(conn: sqlite3.Connection) -> None:
    """Let the last image go, after an error too: no prepared rows stay in memory."""
    with suppress(sqlite3.Error):
        conn.deserialize(_empty_image(), name=STAGE_SCHEMA)


def _prepare(merger: Merger, run: list[str], erased: dict[str, set[str]]) -> Iterator[_Prepared]:
    """In a second thread: the checked rows of `run` a block at a time, every one new, as SQLite
    images. It does what `Merger.entity` does for a table without local rows, without touching
    the connection; an entity's ids are known before the next one is read."""
    for entity in run:
        counts = merger.counts(entity)
        gone = erased.get(entity, set())
        refs = [(i, c) for i, c in enumerate(SCHEMA[entity]) if c.ref]
        known: set[str] | None = set() if entity in merger.REFERENCED else None
        pending: list[Row] = []
        seen = 0
        for chunk in merger.bundle.chunks(entity):
            rows = not_erased(chunk.rows, gone)
            if known is not None:
                known.update(map(_ID, rows))
            if refs:
                rows = merger.references(entity, rows, refs)
            counts.new += len(rows)
            pending += rows
            seen += len(chunk.rows)
            if len(pending) >= IMAGE_ROWS:
                yield _Prepared(entity, seen, _image(entity, pending))
                pending, seen = [], 0
        yield _Prepared(entity, seen, _image(entity, pending) if pending else None, last=True)
        if known is not None:
            merger.known[entity] = known


def _image(entity: str, rows: list[Row]) -> bytes:
    """`rows` in id order as a one-table database image, built on a connection of the
    preparing thread's own."""
    names = [c.name for c in SCHEMA[entity]]
    rows.sort(key=_ID)  # a C-level key: no Python call per row
    mem = sqlite3.connect(":memory:", isolation_level=None)
    try:
        mem.execute(f"PRAGMA page_size={_IMAGE_PAGE}")
        mem.execute("PRAGMA journal_mode=OFF")  # nothing here is ever rolled back
        mem.execute(f"CREATE TABLE {_STAGE_TABLE} ({', '.join(chr(34) + n + chr(34) for n in names)})")
        mem.execute("BEGIN")
        writer.insert_rows(mem, _STAGE_TABLE, names, rows)
        mem.execute("COMMIT")
        return mem.serialize()
    finally:
        mem.close()


@cache
def _empty_image() -> bytes:
    mem = sqlite3.connect(":memory:")
    mem.execute(f"CREATE TABLE {_STAGE_TABLE} (x)")
    image = mem.serialize()
    mem.close()
    return image


def _insert_image(conn: sqlite3.Connection, entity: str, image: bytes) -> None:
    names = ", ".join(f'"{c.name}"' for c in SCHEMA[entity])
    conn.deserialize(image, name=STAGE_SCHEMA)
    # OR FAIL: a failure ends the whole import's transaction anyway, so SQLite need not keep a
    # statement journal to undo this one statement (for a decade of notes that journal was as
    # large as the write-ahead log: a hundred megabytes written to a temporary file).
    conn.execute(f'INSERT OR FAIL INTO "{table_of(entity)}" ({names}) SELECT {names} FROM {STAGE_SCHEMA}.{_STAGE_TABLE}')
