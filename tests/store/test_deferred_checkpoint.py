"""A large transaction (a sync import) commits once its data is durable in the write-ahead log;
copying the log into the database file happens afterwards in a background thread. While it
runs, a helper thread has the growing log written to disk, so the commit's flush is short."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import time

from sqlalchemy import text

from fasilitaattori.store import db
from fasilitaattori.store.db import DB_NAME, open_store


def _rows_in_main_file_alone(store, tmp_path) -> int:
    """Rows of the test table as the database file holds them without its log."""
    copy = tmp_path / "alone.sqlite"
    shutil.copy(store.db_path, copy)
    conn = sqlite3.connect(copy)
    try:
        return int(conn.execute("SELECT count(*) FROM bulk").fetchone()[0])
    except sqlite3.OperationalError:  # the table itself is only in the log
        return 0
    finally:
        conn.close()


def _soon(condition, within: float = 30.0) -> bool:
    """Whether `condition()` holds within `within` seconds: a helper thread on a loaded machine
    may get its turn late, so a check waits for it rather than for a fixed time."""
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def _fill(store, defer: bool) -> None:
    with store.write() as session:
        session.execute(text("CREATE TABLE IF NOT EXISTS bulk (x TEXT)"))
        session.execute(text("INSERT INTO bulk SELECT hex(randomblob(500)) FROM "
                             "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8000) "
                             "SELECT i FROM n)"))  # some 8 MB: well past the automatic checkpoint
        if defer:
            store.defer_checkpoint(session)


def test_the_commit_leaves_the_copy_to_a_background_thread(tmp_path, monkeypatch):
    store = open_store(tmp_path / "data")
    started: list[bool] = []
    monkeypatch.setattr(store, "start_background", lambda fold=False: started.append(fold))
    _fill(store, True)
    assert started == [True]
    with store.read() as session:
        assert session.execute(text("SELECT count(*) FROM bulk")).scalar() == 8000
    assert _rows_in_main_file_alone(store, tmp_path) == 0  # committed, but only in the log
    with store.write() as session:  # the next ordinary commit checkpoints as before
        session.execute(text("INSERT INTO bulk VALUES ('x')"))
    assert _rows_in_main_file_alone(store, tmp_path) == 8001
    store.close()


def test_the_background_thread_folds_the_log_in(tmp_path):
    store = open_store(tmp_path / "data")
    _fill(store, True)
    store.wait_for_background()
    assert _rows_in_main_file_alone(store, tmp_path) == 8000
    store.close()
    assert (tmp_path / "data" / DB_NAME).exists()


def test_an_ordinary_large_commit_checkpoints_at_once(tmp_path):
    store = open_store(tmp_path / "data")
    _fill(store, False)
    assert _rows_in_main_file_alone(store, tmp_path) == 8000
    store.close()


def test_the_log_of_a_large_transaction_is_flushed_as_it_grows(tmp_path, monkeypatch):
    store = open_store(tmp_path / "data")
    flushed: list[int] = []  # inode of each file flushed
    monkeypatch.setattr(db, "_FLUSH_EVERY", 0.01)
    monkeypatch.setattr(db, "_flush_file", lambda fd: flushed.append(os.fstat(fd).st_ino))
    try:
        with store.log_flushed_as_it_grows():
            _fill(store, True)
            log = store.db_path.with_name(DB_NAME + "-wal")
            assert _soon(lambda: bool(flushed))
            assert set(flushed) == {log.stat().st_ino}
        stopped = len(flushed)
        time.sleep(0.05)
        assert len(flushed) == stopped  # the helper thread ended with the block
        assert not [t for t in threading.enumerate() if t.name == "log-flush"]
    finally:
        store.close()


def test_a_flush_that_fails_leaves_the_transaction_alone(tmp_path, monkeypatch):
    store = open_store(tmp_path / "data")
    monkeypatch.setattr(db, "_FLUSH_EVERY", 0.001)

    def refuse(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(db, "_flush_file", refuse)
    try:
        with store.log_flushed_as_it_grows():
            _fill(store, True)
            time.sleep(0.02)
        with store.read() as session:
            assert session.execute(text("SELECT count(*) FROM bulk")).scalar() == 8000
    finally:
        store.close()


def test_the_log_is_flushed_through_a_handle_that_may_write(tmp_path, monkeypatch):
    """Windows flushes (FlushFileBuffers) only a handle opened for writing: a read-only one fails
    there every time, so the helper would never flush anything."""
    import fcntl

    store = open_store(tmp_path / "data")
    modes: list[int] = []
    monkeypatch.setattr(db, "_FLUSH_EVERY", 0.01)
    monkeypatch.setattr(db, "_flush_file", lambda fd: modes.append(fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE))
    try:
        with store.log_flushed_as_it_grows():
            _fill(store, True)
            assert _soon(lambda: bool(modes))
        assert set(modes) == {os.O_RDWR}
    finally:
        store.close()


def test_a_log_that_cannot_be_opened_for_writing_leaves_the_transaction_alone(tmp_path, monkeypatch):
    store = open_store(tmp_path / "data")
    monkeypatch.setattr(db, "_FLUSH_EVERY", 0.001)
    real_open = os.open

    def refuse_writing(path, flags, *args):
        if str(path).endswith("-wal") and flags & os.O_ACCMODE != os.O_RDONLY:
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)

    monkeypatch.setattr(db.os, "open", refuse_writing)
    try:
        with store.log_flushed_as_it_grows():
            _fill(store, True)
            time.sleep(0.02)
        assert not [t for t in threading.enumerate() if t.name == "log-flush"]
        with store.read() as session:
            assert session.execute(text("SELECT count(*) FROM bulk")).scalar() == 8000
    finally:
        store.close()
