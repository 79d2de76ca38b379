"""An import into empty tables prepares the rows in a second thread (sync/staging.py):
it must write exactly what the merge's own path writes, stop cleanly when cancelled, and
leave nothing behind."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from fasilitaattori.core.dump import dump_json
from fasilitaattori.core.search import search
from fasilitaattori.library.seed import open_workbench
from fasilitaattori.store.db import STAGE_SCHEMA, Store
from fasilitaattori.sync import merge, staging
from fasilitaattori.sync.export import export_bundle
from fasilitaattori.sync.importer import ImportCancelled, apply_bundle, cancelled, import_bundle
from fasilitaattori.sync.reader import open_bundle_file

from .helpers import file_bytes


@pytest.fixture
def bundle(demo_wb, tmp_path):
    path = tmp_path / "demo.fasi"
    export_bundle(demo_wb, path)
    return path


def _import_fresh(path, bundle, staged: bool, monkeypatch) -> str:
    monkeypatch.setattr(staging, "STAGE_FROM", 0 if staged else 10 ** 12)
    monkeypatch.setattr(staging, "IMAGE_ROWS", 3)
    left: list[int] = []
    run_staged = staging.write_staged

    def staged_run(merger, run, erased):  # type: ignore[no-untyped-def]
        run_staged(merger, run, erased)
        # The last image is let go: no prepared rows stay in the connection's memory.
        left.append(merger.conn.execute(f"SELECT count(*) FROM {STAGE_SCHEMA}.staged_rows").fetchone()[0])

    monkeypatch.setattr(staging, "write_staged", staged_run)
    wb = open_workbench(path)
    try:
        result = import_bundle(wb, bundle)
        assert result.totals().new > 0
        assert (set(left) == {0}) if staged else not left
        with wb.store.read() as session:
            conn = session.connection().connection.driver_connection
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return dump_json(wb)
    finally:
        wb.close()


def test_prepared_rows_are_written_as_the_merge_writes_them(bundle, tmp_path, monkeypatch, demo_wb):
    staged = _import_fresh(tmp_path / "staged", bundle, True, monkeypatch)
    plain = _import_fresh(tmp_path / "plain", bundle, False, monkeypatch)
    assert staged == plain
    assert '"note"' in staged


def test_the_search_index_covers_the_prepared_rows_once_the_background_is_done(bundle, tmp_path, monkeypatch,
                                                                              demo_wb):
    monkeypatch.setattr(staging, "STAGE_FROM", 0)
    monkeypatch.setattr(staging, "IMAGE_ROWS", 3)
    # The background thread waits until the backlog is seen: a small store's backlog is done
    # in moments, before this thread reads it if the machine gives the other one its turn first.
    start_background, asked = Store.start_background, []
    monkeypatch.setattr(Store, "start_background", lambda store, fold=False: asked.append(fold))
    wb = open_workbench(tmp_path / "fresh")
    try:
        import_bundle(wb, bundle)  # a run this large leaves all its search indexing to the background
        assert asked and wb.store.search_backlog() > 0
        start_background(wb.store, fold=asked[-1])
        wb.store.wait_for_background()
        with wb.store.read() as session:
            conn = session.connection().connection.driver_connection
            notes = conn.execute("SELECT count(*) FROM notes WHERE deleted = 0").fetchone()[0]
            indexed = conn.execute("SELECT count(*) FROM search_fts WHERE kind = 'note'").fetchone()[0]
            text = conn.execute("SELECT text FROM notes WHERE deleted = 0 ORDER BY id LIMIT 1").fetchone()[0]
        assert notes > 3 and indexed == notes
        word = max(text.split(), key=len).strip(".,!?")
        assert any(hit.kind == "note" for hit in search(wb, word))
    finally:
        wb.close()


def test_cancelling_a_prepared_import_changes_nothing_and_stops_the_thread(bundle, tmp_path, monkeypatch):
    monkeypatch.setattr(staging, "STAGE_FROM", 0)
    monkeypatch.setattr(staging, "IMAGE_ROWS", 2)
    left: list[int] = []
    run_staged = staging.write_staged

    def staged_run(merger, run, erased):  # type: ignore[no-untyped-def]
        try:
            run_staged(merger, run, erased)
        finally:  # the image loaded before the cancel is let go too
            left.append(merger.conn.execute(f"SELECT count(*) FROM {STAGE_SCHEMA}.staged_rows").fetchone()[0])

    monkeypatch.setattr(staging, "write_staged", staged_run)
    wb = open_workbench(tmp_path / "fresh")
    try:
        before_dump, before_file = dump_json(wb), file_bytes(wb)
        calls: list[int] = []

        def progress(done: int, total: int) -> None:
            calls.append(done)
            if len(calls) == 3:  # a few images in: some rows are already written
                raise cancelled()

        opened = open_bundle_file(bundle)
        try:
            with pytest.raises(ImportCancelled):
                apply_bundle(wb, opened, bundle.name, progress=progress)
        finally:
            opened.close()
        assert len(calls) == 3
        assert left and left[-1] == 0
        assert dump_json(wb) == before_dump
        assert file_bytes(wb) == before_file
        assert not [t for t in threading.enumerate() if t.name == "prepare-rows"]
    finally:
        wb.close()


def test_a_connection_without_the_stage_takes_the_merge_path(bundle, tmp_path, monkeypatch):
    """The second thread needs the in-memory schema each store connection attaches; a plain
    connection merges on its own path."""
    monkeypatch.setattr(staging, "STAGE_FROM", 0)
    wb = open_workbench(tmp_path / "fresh")
    wb.close()
    conn = sqlite3.connect(tmp_path / "fresh" / "fasilitaattori.sqlite", isolation_level=None)
    try:
        assert not staging.can_stage(conn)
        opened = open_bundle_file(bundle)
        try:
            conn.execute("BEGIN")
            plan = merge.merge_bundle(conn, opened)
            conn.execute("COMMIT")
        finally:
            opened.close()
        assert plan.counts["note"].new == conn.execute("SELECT count(*) FROM notes").fetchone()[0] > 0
    finally:
        conn.close()


def test_an_import_leaves_the_processs_settings_alone(bundle, tmp_path, monkeypatch):
    """Process-wide settings (the cycle collector, the interpreter's switch interval) are the
    program's, not the sync layer's: an import, prepared in a second thread, runs with them as
    the caller left them."""
    import gc
    import sys

    monkeypatch.setattr(staging, "STAGE_FROM", 0)
    monkeypatch.setattr(staging, "IMAGE_ROWS", 3)
    interval = sys.getswitchinterval()
    wb = open_workbench(tmp_path / "settings")
    during: list[tuple[bool, float]] = []
    try:
        opened = open_bundle_file(bundle)
        try:
            apply_bundle(wb, opened, progress=lambda done, total: during.append((gc.isenabled(), sys.getswitchinterval())))
        finally:
            opened.close()
    finally:
        wb.close()
    assert len(during) > 3 and set(during) == {(True, interval)}


def test_a_large_import_has_its_log_flushed_as_it_grows(bundle, tmp_path, monkeypatch):
    from fasilitaattori.store import db
    from fasilitaattori.sync import importer

    monkeypatch.setattr(staging, "STAGE_FROM", 0)
    monkeypatch.setattr(staging, "IMAGE_ROWS", 3)
    monkeypatch.setattr(importer, "_LARGE", 1)
    monkeypatch.setattr(db, "_FLUSH_EVERY", 0.001)
    flushed: list[int] = []
    flush = db._flush_file
    monkeypatch.setattr(db, "_flush_file", lambda fd: flushed.append(fd) or flush(fd))
    wb = open_workbench(tmp_path / "fresh")
    try:
        import_bundle(wb, bundle)
        assert flushed
        assert not [t for t in threading.enumerate() if t.name == "log-flush"]
    finally:
        wb.close()
