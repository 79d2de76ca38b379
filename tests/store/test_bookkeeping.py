"""The store's bookkeeping in `settings` (the backlogs a large import leaves): a value that
cannot be read counts as an empty backlog, and working through it is then done at once."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from fasilitaattori.library.seed import open_workbench
from fasilitaattori.store import index_backlog, search_backlog


@pytest.mark.parametrize("backlog, pending", [(search_backlog, "search_backlog"), (index_backlog, "indexes_pending")],
                         ids=["search", "indexes"])
@pytest.mark.parametrize("value", ["not json", '{"not": "a list"}', '[["notes", 1]]'],
                         ids=["not JSON", "not a list", "entries cut short"])
def test_an_unreadable_backlog_is_treated_as_empty(tmp_path, backlog, pending, value):
    wb = open_workbench(tmp_path / "fresh")
    try:
        with wb.store.write() as session:
            session.execute(text("INSERT INTO settings (key, value) VALUES (:k, :v)"),
                            {"k": backlog.BACKLOG_KEY, "v": value})
        assert getattr(wb.store, pending)() == 0
        conn = sqlite3.connect(wb.store.db_path, isolation_level=None)
        try:
            assert backlog.catch_up(conn)
        finally:
            conn.close()
    finally:
        wb.close()
