"""The Notes tab on 200,000 notes in one workshop: first paint, scroll to the end, search, memory.

    uv run python bench/bench_notes.py

The 10-year store spreads its 200,000 notes over 2,000 workshops (about 100 each), so this bench
uses a copy with all of them in one workshop (bench/notes_store.py). Each figure is printed
beside a raw sqlite3 baseline from the same run, with the ratio:
- first paint: the tab built and painted vs. a raw count plus the first screenful of rows;
- scroll to the end: vs. a raw select of the last screenful;
- loading everything (what a model without windowing would do) is printed for comparison.
Raw queries say "+deleted = 0" as ours do, so both use the workshop index (see core/notes.py).
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from notes_store import one_workshop_store  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from timing import median_time  # noqa: E402

from fasilitaattori.library.seed import open_workbench  # noqa: E402
from fasilitaattori.ui.context import UiContext  # noqa: E402
from fasilitaattori.ui.notes_tab import NotesTab  # noqa: E402

SCREEN_ROWS = 40


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6



def row(label: str, ours: float, raw: float) -> None:
    print(f"{label:<30} ours {ours * 1000:8.1f} ms   raw {raw * 1000:8.1f} ms   ratio {ours / raw:5.2f}x")


def main() -> None:
    path, workshop_id = one_workshop_store()
    db = path / "fasilitaattori.sqlite"
    app = QApplication.instance() or QApplication([])
    wb = open_workbench(path)
    ctx = UiContext(wb)
    ctx.select_workshop(workshop_id)
    con = sqlite3.connect(db)
    total = con.execute("SELECT count(*) FROM notes WHERE workshop_id = ? AND +deleted = 0",
                        (workshop_id,)).fetchone()[0]
    print(f"store {db.stat().st_size / 1e6:.0f} MB, {total} notes in the workshop")

    def raw_first() -> None:
        con.execute("SELECT count(*) FROM notes WHERE workshop_id = ? AND +deleted = 0", (workshop_id,)).fetchone()
        con.execute("SELECT rowid, agenda_item_id, kind, group_label, text FROM notes WHERE workshop_id = ? "
                    "AND +deleted = 0 ORDER BY created_at LIMIT ?", (workshop_id, SCREEN_ROWS)).fetchall()

    def raw_last() -> None:
        con.execute("SELECT rowid, agenda_item_id, kind, group_label, text FROM notes WHERE workshop_id = ? "
                    "AND +deleted = 0 ORDER BY created_at DESC LIMIT ?", (workshop_id, SCREEN_ROWS)).fetchall()

    tabs: list[NotesTab] = []

    def first_paint() -> None:
        tab = NotesTab(ctx)
        tab.resize(1366, 768)
        tab.show()
        tab.grab()  # paints every visible cell, which reads the rows shown
        tabs.append(tab)

    rss_before = rss_mb()
    ours_first = median_time(first_paint, repeat=5)
    rss_after = rss_mb()
    tab = tabs[-1]
    print(f"rows: {tab.model.rowCount()} in the list, {tab.model.rows_loaded} read for the first paint")
    row("first paint", ours_first, median_time(raw_first, repeat=5))

    def scroll_end() -> None:
        tab.view.scrollToTop()
        tab.grab()
        tab.model._pages.clear()  # each run reads the last screen from the store again
        start_loaded = tab.model.rows_loaded
        tab.view.scrollToBottom()
        tab.grab()
        scroll_end.loaded = tab.model.rows_loaded - start_loaded  # type: ignore[attr-defined]

    ours_scroll = median_time(scroll_end, repeat=5)
    row("scroll to the end", ours_scroll, median_time(raw_last, repeat=5))
    print(f"rows read for the last screen: {scroll_end.loaded}; rows held in memory: "  # type: ignore[attr-defined]
          f"{tab.model.cached_rows()} of {tab.model.rowCount()}; "
          f"row keys {tab.model.keys.itemsize * len(tab.model.keys) / 1e6:.1f} MB")

    def step_scroll() -> None:  # page down through 2,000 rows, as a user holding Page Down
        bar = tab.view.verticalScrollBar()
        bar.setValue(0)
        for _ in range(50):
            bar.setValue(bar.value() + SCREEN_ROWS)
            tab.grab()

    per_page = median_time(step_scroll, repeat=3) / 50
    print(f"page down through 2,000 rows: {per_page * 1000:.1f} ms per screen, "
          f"{tab.model.cached_rows()} rows held")

    def search() -> None:
        tab.search_edit.setText("palvelupolku")
        tab.apply_filter()
        tab.grab()

    def raw_search() -> None:
        con.execute("SELECT n.rowid, n.text FROM notes n WHERE n.id IN (SELECT ref_id FROM search_fts WHERE "
                    "search_fts MATCH '\"palvelupolku\"*' AND kind = 'note') AND n.workshop_id = ? "
                    "AND +n.deleted = 0 ORDER BY n.created_at LIMIT ?", (workshop_id, SCREEN_ROWS)).fetchall()

    row("search 'palvelupolku'", median_time(search, repeat=3), median_time(raw_search, repeat=3))
    print(f"  matches: {tab.model.rowCount()}")

    start = time.perf_counter()
    rss_all_before = rss_mb()
    everything = con.execute("SELECT rowid, agenda_item_id, kind, group_label, text FROM notes "
                             "WHERE workshop_id = ? AND +deleted = 0 ORDER BY created_at", (workshop_id,)).fetchall()
    load_all = time.perf_counter() - start
    rss_all = rss_mb() - rss_all_before
    print(f"for comparison, loading all {len(everything)} rows raw: {load_all * 1000:.0f} ms, "
          f"+{rss_all:.0f} MB")
    print(f"memory: +{(rss_after - rss_before) / len(tabs):.1f} MB resident per open notes tab "
          f"(RSS {rss_after:.0f} MB after {len(tabs)} tabs)")
    del everything
    for t in tabs:
        t.close()
    app.processEvents()
    wb.close()
    con.close()
    typical_workshop(app)


def typical_workshop(app: QApplication) -> None:
    """The same first paint on the unmodified 10-year store's busiest workshop."""
    from make_store import cached_store

    path = cached_store(1.0)
    con = sqlite3.connect(path / "fasilitaattori.sqlite")
    workshop_id, count = con.execute("SELECT workshop_id, count(*) FROM notes WHERE deleted = 0 "
                                     "GROUP BY workshop_id ORDER BY count(*) DESC LIMIT 1").fetchone()
    wb = open_workbench(path)
    ctx = UiContext(wb)
    ctx.select_workshop(workshop_id)
    tabs: list[NotesTab] = []

    def first_paint() -> None:
        tab = NotesTab(ctx)
        tab.resize(1366, 768)
        tab.show()
        tab.grab()
        tabs.append(tab)

    def raw_first() -> None:
        con.execute("SELECT count(*) FROM notes WHERE workshop_id = ? AND +deleted = 0", (workshop_id,)).fetchone()
        con.execute("SELECT rowid, agenda_item_id, kind, group_label, text FROM notes WHERE workshop_id = ? "
                    "AND +deleted = 0 ORDER BY created_at LIMIT ?", (workshop_id, SCREEN_ROWS)).fetchall()

    print(f"10-year store, busiest workshop ({count} notes):")
    row("first paint", median_time(first_paint, repeat=5), median_time(raw_first, repeat=5))
    for t in tabs:
        t.close()
    app.processEvents()
    wb.close()
    con.close()


if __name__ == "__main__":
    main()
