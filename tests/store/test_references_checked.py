"""A sync import checks every reference it writes itself, so its transaction runs without
SQLite's foreign-key lookups (store/db.py, `Store.write(references_checked=True)`). Every other
transaction, on the same pooled connection too, still has them."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from fasilitaattori.errors import StoreError
from fasilitaattori.store.db import open_store

_ORPHAN = ("INSERT INTO notes (id, created_at, clock, deleted, workshop_id, group_label, kind, text, tags) "
           "VALUES (:id, '2026-12-01T00:00:00+00:00', '', 0, 'no-such-workshop', '', 'idea', 'x', '')")


class _Undo(Exception):
    pass


def _foreign_keys(session) -> int:
    return int(session.execute(text("PRAGMA foreign_keys")).scalar_one())


def test_only_the_transaction_that_asks_runs_without_foreign_keys(tmp_path):
    store = open_store(tmp_path / "data")
    try:
        with pytest.raises(_Undo), store.write(references_checked=True) as session:
            assert _foreign_keys(session) == 0
            session.execute(text(_ORPHAN), {"id": "n1"})  # not refused: the caller checks references
            raise _Undo  # and this one is rolled back
        with store.write() as session:
            assert _foreign_keys(session) == 1
        with pytest.raises(StoreError, match="FOREIGN KEY"), store.write() as session:
            session.execute(text(_ORPHAN), {"id": "n2"})
        with store.write(references_checked=True) as session:
            assert _foreign_keys(session) == 0
        with store.read() as session:
            assert _foreign_keys(session) == 1
            assert session.execute(text("SELECT count(*) FROM notes")).scalar_one() == 0
    finally:
        store.close()
