"""A large import leaves building its tables' secondary indexes to a background thread after
its commit (store/index_backlog.py): the store answers the same meanwhile, and every index is
there again once that is done, also when the program closed first or the schema is upgraded."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from fasilitaattori.core.check import check_store
from fasilitaattori.core.dump import dump_json
from fasilitaattori.library.seed import open_workbench
from fasilitaattori.store import index_backlog, migrate
from fasilitaattori.store.db import Store
from fasilitaattori.sync import staging, writer
from fasilitaattori.sync.importer import ImportCancelled, cancelled, import_bundle

from .helpers import store_indexes


def test_the_import_commits_first_and_the_indexes_follow(large_bundle, demo_wb, tmp_path, held, schema):
    wb = open_workbench(tmp_path / "fresh")
    try:
        import_bundle(wb, large_bundle)
        assert held  # asked for once the import committed
        missing = set(schema) - set(store_indexes(wb))
        assert {"ix_notes_workshop_item", "ix_notes_author_id", "ix_attendances_participant_id"} <= missing
        assert wb.store.indexes_pending() == len(missing)
        assert dump_json(wb) == dump_json(demo_wb)  # the same answers meanwhile
        wb.store.index_backlog_now()
        assert store_indexes(wb) == schema  # each as it was, partial ones with their WHERE too
        assert wb.store.indexes_pending() == 0
        assert dump_json(wb) == dump_json(demo_wb)
    finally:
        wb.close()


def test_a_schema_upgrade_finds_the_indexes_built(large_bundle, tmp_path, held, monkeypatch, schema):
    wb = open_workbench(tmp_path / "fresh")
    import_bundle(wb, large_bundle)
    assert wb.store.indexes_pending()
    with wb.store.write() as session:  # as if this store were saved by the previous version
        session.execute(text("UPDATE alembic_version SET version_num = '0004_compact_clocks'"))
    wb.close()
    seen: list[dict[str, str]] = []

    def upgrade(store: Store, target: str) -> None:
        conn = store.raw()
        try:
            seen.append(dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                          "AND sql IS NOT NULL")))
            conn.execute("UPDATE alembic_version SET version_num = ?", (migrate.HEAD_REVISION,))
            conn.commit()
        finally:
            conn.close()

    monkeypatch.setattr(migrate, "_upgrade", upgrade)
    again = open_workbench(tmp_path / "fresh")
    try:
        assert seen == [schema]
        assert again.store.indexes_pending() == 0
    finally:
        again.close()


def test_the_check_builds_them_first(large_bundle, tmp_path, held, schema):
    wb = open_workbench(tmp_path / "fresh")
    try:
        import_bundle(wb, large_bundle)
        assert check_store(wb) == []
        assert store_indexes(wb) == schema
    finally:
        wb.close()


def test_a_cancelled_import_leaves_indexes_and_backlog_as_they_were(large_bundle, tmp_path, held, schema):
    wb = open_workbench(tmp_path / "fresh")
    try:
        before = dump_json(wb)
        seen: list[int] = []

        def progress(done: int, total: int) -> None:
            seen.append(done)
            if done > total // 2:
                raise cancelled()

        with pytest.raises(ImportCancelled):
            import_bundle(wb, large_bundle, progress=progress)
        assert store_indexes(wb) == schema
        assert wb.store.indexes_pending() == 0
        assert dump_json(wb) == before
    finally:
        wb.close()


def test_an_index_already_there_or_of_a_table_gone_is_passed_over(tmp_path, schema):
    wb = open_workbench(tmp_path / "fresh")
    try:
        sql = schema["ix_notes_author_id"]
        with wb.store.write() as session:
            conn = session.connection().connection.driver_connection
            index_backlog.record(conn, "notes", [("ix_notes_author_id", sql)])
            index_backlog.record(conn, "retired", [("ix_retired_x", "CREATE INDEX ix_retired_x ON retired (x)")])
        assert wb.store.indexes_pending() == 2
        wb.store.index_backlog_now()
        assert wb.store.indexes_pending() == 0
        assert store_indexes(wb) == schema
    finally:
        wb.close()


def test_a_large_import_records_its_backlogs_once_after_its_last_rows(large_bundle, tmp_path, held, monkeypatch):
    """SQLite rereads the whole log at the commit when a page went to it early and changed
    again later; the bookkeeping a large import writes at both ends is kept from that."""
    events: list[str] = []
    for module, name in ((staging, "_insert_image"), (writer, "keep_schema_cached")):
        original = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *a, _f=original, _n=name: (events.append(_n), _f(*a))[1])
    for module in (index_backlog, writer.search_backlog):
        record = module.record
        monkeypatch.setattr(module, "record", lambda *a, _f=record: (events.append("record"), _f(*a))[1])
    wb = open_workbench(tmp_path / "fresh")
    try:
        import_bundle(wb, large_bundle)
    finally:
        wb.close()
    copies = [i for i, e in enumerate(events) if e == "_insert_image"]
    assert len(copies) > 10
    assert all(events[i + 1] == "keep_schema_cached" for i in copies)
    records = [i for i, e in enumerate(events) if e == "record"]
    assert records and min(records) > max(copies)
