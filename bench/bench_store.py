"""Store benchmarks on the 10-year store, each side by side with a raw SQLite baseline.

    uv run python bench/bench_store.py [--scale 1.0]

Targets: search <= 3x a bare FTS5 query; opening the store <= 0.3 s.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_store import cached_store  # noqa: E402
from timing import median_time  # noqa: E402

from fasilitaattori.core.search import fts_query, search  # noqa: E402
from fasilitaattori.library.seed import open_workbench  # noqa: E402

QUERIES = ["palvelupolku", "kuljetuspalvelu ohje", "neuvoston lausunto", "vertaistuki", "esteettömyys",
           "digituki", "kokemusasiantuntij", "ryhmä ehdotti"]



def row(label: str, ours: float, raw: float, target: str) -> None:
    print(f"{label:<34} ours {ours * 1000:8.2f} ms   raw {raw * 1000:8.2f} ms   ratio {ours / raw:5.2f}x   {target}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    path = cached_store(args.scale)
    db = path / "fasilitaattori.sqlite"
    print(f"10-year store at scale {args.scale:g}: {db.stat().st_size / 1e6:.0f} MB")

    wb = open_workbench(path)
    conn = sqlite3.connect(db)
    raw_sql = ("SELECT kind, ref_id, workshop_id, title, snippet(search_fts, 4, '[', ']', '…', 10) "
               "FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT 50")
    for query in QUERIES:  # warm both paths
        search(wb, query)
        conn.execute(raw_sql, (fts_query(query),)).fetchall()
    ours = statistics.median(median_time(lambda q=q: search(wb, q)) for q in QUERIES)
    raw = statistics.median(median_time(lambda q=q: conn.execute(raw_sql, (fts_query(q),)).fetchall())
                            for q in QUERIES)
    row("search (median of 8 queries)", ours, raw, "target <= 3x")
    wb.close()
    conn.close()

    def open_ours() -> None:
        bench = open_workbench(path)
        bench.close()

    def open_raw() -> None:
        c = sqlite3.connect(db)
        c.execute("PRAGMA journal_mode=WAL")
        c.execute("SELECT count(*) FROM workshops").fetchone()
        c.close()

    ours_open = median_time(open_ours, 9)
    raw_open = median_time(open_raw, 9)
    row("open store (in process)", ours_open, raw_open, f"target <= 300 ms: {'ok' if ours_open <= 0.3 else 'MISSED'}")


if __name__ == "__main__":
    main()
