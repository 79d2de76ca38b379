"""Search as you type: `core.search` ranking, except for words that match very many rows.

Ranking (bm25) scores every match before it can return the best 60; for a word found in 30,000
notes that took 100-220 ms on the 10-year store. Past `rank_limit` matches the newest rows come
first instead, which FTS5 reads straight from its index (a few ms). A facilitator looking for
a common word usually means a recent workshop anyway.
"""

from __future__ import annotations

from sqlalchemy import text

from .search import KINDS, SearchHit, fts_query, search
from .workbench import Workbench

RANK_LIMIT = 2000


def matches_at_least(wb: Workbench, query: str, cap: int) -> int:
    """How many rows match, counting no further than `cap`."""
    match = fts_query(query)
    if not match:
        return 0
    sql = "SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH :match LIMIT :cap)"
    with wb.store.read() as session:
        return int(session.execute(text(sql), {"match": match, "cap": cap}).scalar_one())


def quick_search(wb: Workbench, query: str, *, limit: int = 60, rank_limit: int = RANK_LIMIT) -> list[SearchHit]:
    match = fts_query(query)
    if not match:
        return []
    if matches_at_least(wb, query, rank_limit + 1) <= rank_limit:
        return search(wb, query, kinds=KINDS, limit=limit)
    sql = ("SELECT kind, ref_id, workshop_id, title, snippet(search_fts, 4, '[', ']', '…', 10) "
           "FROM search_fts WHERE search_fts MATCH :match ORDER BY rowid DESC LIMIT :limit")
    with wb.store.read() as session:
        rows = session.execute(text(sql), {"match": match, "limit": limit}).all()
    return [SearchHit(r[0], r[1], r[2], r[3] or "", r[4] or "") for r in rows]
