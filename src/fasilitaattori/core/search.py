"""Full-text search over notes, tasks, workshops and methods (SQLite FTS5)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text

from ..store import search_backlog
from ..store.db import sqlite_connection
from .workbench import Workbench

KINDS = ("note", "task", "workshop", "method")
_TOKEN = re.compile(r"\w+", re.UNICODE)
_SOURCE_TABLES = ("notes", "tasks", "workshops", "methods")


@dataclass(frozen=True)
class SearchHit:
    kind: str
    ref_id: str
    workshop_id: str | None
    title: str
    snippet: str


def fts_query(query: str) -> str:
    """User text to an FTS5 query: every word must match, each as a prefix (Finnish inflects)."""
    tokens = _TOKEN.findall(query)[:12]
    return " ".join(f'"{t}"*' for t in tokens)


def search(wb: Workbench, query: str, *, kinds: tuple[str, ...] = KINDS, limit: int = 50) -> list[SearchHit]:
    match = fts_query(query)
    if not match:
        return []
    sql = (
        "SELECT kind, ref_id, workshop_id, title, snippet(search_fts, 4, '[', ']', '…', 10) "
        "FROM search_fts WHERE search_fts MATCH :match"
    )
    params: dict[str, object] = {"match": match, "limit": limit}
    if set(kinds) != set(KINDS):
        names = [k for k in kinds if k in KINDS]
        sql += " AND kind IN (" + ", ".join(f":k{i}" for i in range(len(names))) + ")"
        params.update({f"k{i}": k for i, k in enumerate(names)})
    sql += " ORDER BY rank LIMIT :limit"
    with wb.store.read() as session:
        rows = session.execute(text(sql), params).all()
    return [SearchHit(r[0], r[1], r[2], r[3] or "", r[4] or "") for r in rows]


def index_pending(wb: Workbench) -> bool:
    """Whether rows of a large import still wait to be indexed (`store.search_backlog`), so a
    search may not find all of them yet."""
    return wb.store.search_backlog() > 0


def rebuild_index(wb: Workbench) -> None:
    """Re-create the index from the rows (after a VACUUM, which may renumber rowids)."""
    wb.store.stop_background()
    with wb.store.write() as session:
        session.execute(text("DELETE FROM search_fts"))
        search_backlog.clear(sqlite_connection(session))
        for table in _SOURCE_TABLES:
            # A no-op update fires each table's trigger, which re-indexes the live rows.
            session.execute(text(f"UPDATE {table} SET deleted = deleted"))
