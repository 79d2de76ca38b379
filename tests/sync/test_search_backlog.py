"""A large import leaves search indexing (and building its tables' indexes, see
test_index_backlog.py) to a background thread after its commit (store/search_backlog.py):
nothing may be missing from the index once that is done, also when the program closed first,
or rows were edited, deleted or erased meanwhile."""

from __future__ import annotations

from sqlalchemy import text

from fasilitaattori.core.check import check_store
from fasilitaattori.core.search import index_pending, rebuild_index, search
from fasilitaattori.library.seed import open_workbench
from fasilitaattori.store import search_backlog
from fasilitaattori.sync.importer import import_bundle

from .helpers import store_indexes


def _counts(wb) -> tuple[int, int, int]:
    with wb.store.read() as session:
        live = session.scalar(text("SELECT count(*) FROM notes WHERE deleted = 0"))
        indexed = session.scalar(text("SELECT count(*) FROM search_fts WHERE kind = 'note'"))
        distinct = session.scalar(text("SELECT count(DISTINCT ref_id) FROM search_fts WHERE kind = 'note'"))
    return live, indexed, distinct


def _indexed(wb) -> int:
    with wb.store.read() as session:
        return int(session.scalar(text("SELECT count(*) FROM search_fts")))


def _a_word(wb) -> str:
    with wb.store.read() as session:
        note = session.scalar(text("SELECT text FROM notes WHERE deleted = 0 ORDER BY id LIMIT 1"))
    return str(max(note.split(), key=len).strip(".,!?"))


def test_the_import_commits_first_and_the_index_follows(large_bundle, tmp_path, held):
    wb = open_workbench(tmp_path / "fresh")
    try:
        import_bundle(wb, large_bundle)
        assert held  # asked for once the import committed
        live, indexed, _ = _counts(wb)
        assert live > 3 and indexed == 0
        assert wb.store.search_backlog() > 0 and index_pending(wb)
        word = _a_word(wb)
        assert not [h for h in search(wb, word) if h.kind == "note"]
        wb.store.index_backlog_now()
        assert _counts(wb) == (live, live, live)
        assert not index_pending(wb)
        assert [h for h in search(wb, word) if h.kind == "note"]
    finally:
        wb.close()


def test_the_background_thread_does_what_the_import_left(large_bundle, tmp_path, schema):
    wb = open_workbench(tmp_path / "fresh")
    try:
        import_bundle(wb, large_bundle)
        wb.store.wait_for_background()
        live, indexed, distinct = _counts(wb)
        assert live > 3 and indexed == distinct == live
        assert wb.store.search_backlog() == 0
        assert store_indexes(wb) == schema and wb.store.indexes_pending() == 0
        assert check_store(wb) == []
    finally:
        wb.close()


def test_the_work_resumes_when_the_store_opens_again(large_bundle, tmp_path, held, monkeypatch, schema):
    wb = open_workbench(tmp_path / "fresh")
    import_bundle(wb, large_bundle)
    wb.close()
    monkeypatch.undo()  # the next program start runs its background thread
    again = open_workbench(tmp_path / "fresh")
    try:
        again.store.wait_for_background()
        live, indexed, _ = _counts(again)
        assert live > 3 and indexed == live
        assert again.store.search_backlog() == 0
        assert store_indexes(again) == schema and again.store.indexes_pending() == 0
    finally:
        again.close()


def test_rows_edited_or_deleted_before_indexing_are_indexed_as_they_are_now(large_bundle, tmp_path, held):
    wb = open_workbench(tmp_path / "fresh")
    try:
        import_bundle(wb, large_bundle)
        with wb.store.read() as session:
            edited, deleted = session.execute(text("SELECT id FROM notes WHERE deleted = 0 ORDER BY id LIMIT 2")).scalars()
        with wb.store.write() as session:  # the update trigger indexes the edited note at once
            session.execute(text("UPDATE notes SET text = 'seepranraidat' WHERE id = :i"), {"i": edited})
            session.execute(text("UPDATE notes SET deleted = 1 WHERE id = :i"), {"i": deleted})
        wb.store.index_backlog_now()
        live, indexed, distinct = _counts(wb)
        assert indexed == distinct == live
        assert [h.ref_id for h in search(wb, "seepranraidat")] == [edited]
        with wb.store.read() as session:
            assert not session.scalar(text("SELECT count(*) FROM search_fts WHERE ref_id = :i"), {"i": deleted})
        assert check_store(wb) == []
    finally:
        wb.close()


def test_a_stop_between_batches_leaves_the_rest_recorded(large_bundle, tmp_path, held):
    wb = open_workbench(tmp_path / "fresh")
    try:
        import_bundle(wb, large_bundle)
        before = wb.store.search_backlog()
        indexed_before = _indexed(wb)
        conn = wb.store.raw()
        conn.isolation_level = None
        batches: list[int] = []
        try:
            done = search_backlog.catch_up(conn, stop=lambda: len(batches) > 0 or bool(batches.append(1)), batch=2)
        finally:
            conn.close()
        assert not done
        assert 0 < wb.store.search_backlog() == before - 2
        assert 0 < _indexed(wb) - indexed_before <= 2
        assert check_store(wb) == []  # the check finishes the backlog before it compares
        assert wb.store.search_backlog() == 0
    finally:
        wb.close()


def test_a_rebuild_clears_the_backlog(large_bundle, tmp_path, held):
    wb = open_workbench(tmp_path / "fresh")
    try:
        import_bundle(wb, large_bundle)
        rebuild_index(wb)
        live, indexed, _ = _counts(wb)
        assert indexed == live and wb.store.search_backlog() == 0
    finally:
        wb.close()
