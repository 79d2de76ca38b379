"""Opening the store: one SQLite file in the user's data dir, with safe PRAGMAs.

Every edit is its own short transaction committed at once (`Store.write()`), with
synchronous=FULL under WAL, so whatever the UI shows as saved survives a power cut.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import StoreError, ValidationError
from ..files import check_data_dir
from . import index_backlog, search_backlog
from .failures import FOLDER_READ_ONLY, store_error
from .location import DB_NAME as DB_NAME  # re-exported: callers import them from here
from .location import ENV_DATA_DIR as ENV_DATA_DIR
from .location import default_data_dir as default_data_dir

# An in-memory schema on every connection, into which a large sync import loads prepared rows
# a few thousand at a time (`sqlite3.Connection.deserialize`); see sync/staging.py.
STAGE_SCHEMA = "import_stage"
_FOREIGN_KEYS_OFF = "foreign_keys_off"  # in a pooled connection's info while its transaction runs without them
_AUTOCHECKPOINT = 1000  # SQLite's default, in pages
_FLUSH_EVERY = 0.25  # seconds between flushes of a large transaction's growing log
# fdatasync leaves out the file's times; where there is none (macOS, Windows), fsync.
_flush_file = getattr(os, "fdatasync", os.fsync)
log = logging.getLogger("fasilitaattori.store")


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # We issue BEGIN ourselves (SQLAlchemy's pysqlite recipe) so transactions are explicit.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=10000")
    # Erased personal data must not linger in free pages.
    cur.execute("PRAGMA secure_delete=ON")
    # Ids are random UUIDs, so inserts land all over the indexes: SQLite's default 2 MB page
    # cache made a large sync import mostly disk reads. 64 MB is an upper bound, used as needed.
    cur.execute("PRAGMA cache_size=-65536")
    # Attached now, as SQLite allows no ATTACH inside a transaction; after the PRAGMAs above,
    # which would otherwise apply to it too.
    cur.execute(f"ATTACH ':memory:' AS {STAGE_SCHEMA}")
    cur.close()


def make_engine(db_path: Path) -> Engine:
    engine = create_engine(
        # A URL object, not text: a "?" or "#" in a folder name would end the path in a URL string.
        URL.create("sqlite", database=str(db_path)),
        connect_args={"check_same_thread": False, "timeout": 10},
    )
    event.listen(engine, "connect", _on_connect)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        options = conn.get_execution_options()
        if options.get("references_checked", False):
            # SQLite takes this only outside a transaction; `_checkin` turns it back on.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.info[_FOREIGN_KEYS_OFF] = True
        # Writers take the write lock up front so two writers queue instead of failing midway.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get("immediate", False) else "BEGIN")

    @event.listens_for(engine, "checkin")
    def _checkin(dbapi_conn: Any, record: Any) -> None:
        if record.info.pop(_FOREIGN_KEYS_OFF, False):
            dbapi_conn.execute("PRAGMA foreign_keys=ON")

    return engine


def sqlite_connection(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under a session, for statements SQLAlchemy has no words for."""
    dbapi = session.connection().connection.driver_connection
    assert isinstance(dbapi, sqlite3.Connection)
    return dbapi


class Store:
    """An open data directory: the database, the photo files, backups and logs."""

    def __init__(self, data_dir: Path, engine: Engine) -> None:
        self.data_dir = data_dir
        self.db_path = data_dir / DB_NAME
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._background: threading.Thread | None = None
        self._stop = threading.Event()
        self._fold_wanted = False

    @property
    def photos_dir(self) -> Path:
        return self.data_dir / "photos"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @contextmanager
    def write(self, *, references_checked: bool = False) -> Iterator[Session]:
        """One transaction, committed at the end, rolled back whole on any error.

        `references_checked`: the caller checks every reference it writes itself (a sync import
        does, row by row, and says which one is missing), so SQLite's foreign-key lookups, one
        per reference of every row, are left out for this transaction. Writing a decade's
        prepared rows into an empty store took 4.67 s instead of 5.52 s without them."""
        session = self._sessions()
        committed = False
        try:
            session.connection(execution_options={"immediate": True, "references_checked": references_checked})
            yield session
            session.commit()
            committed = True
        except (sqlite3.Error, DBAPIError) as exc:
            with suppress(sqlite3.Error, DBAPIError):  # a disk gone away can refuse the rollback too
                session.rollback()
            raise store_error(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            deferred = session.info.pop("checkpoint_deferred", None)
            indexing = session.info.pop("indexing_deferred", False)
            if deferred is not None:
                deferred.execute(f"PRAGMA wal_autocheckpoint={_AUTOCHECKPOINT}")
            if committed and (deferred is not None or indexing):
                self.start_background(fold=deferred is not None)
            session.close()

    def defer_checkpoint(self, session: Session) -> None:
        """For a transaction that writes a large part of the store (a sync import): its commit
        returns once the data is durable in the write-ahead log, and a background thread then
        copies the log into the database file, instead of the commit doing both."""
        dbapi = sqlite_connection(session)
        dbapi.execute("PRAGMA wal_autocheckpoint=0")
        session.info["checkpoint_deferred"] = dbapi

    @contextmanager
    def log_flushed_as_it_grows(self) -> Iterator[None]:
        """For a transaction that writes a large part of the store (a sync import): a helper
        thread has the operating system write the write-ahead log to disk a few times a second
        while it grows, so that the commit's own flush (synchronous=FULL) has only the last part
        left to write. On a machine with much memory nothing else writes it out before the
        commit: for a decade's import, 118 MB and about 0.3 s of the commit."""
        stop = threading.Event()
        log = self.db_path.with_name(self.db_path.name + "-wal")

        def flush() -> None:
            fd: int | None = None
            try:
                while not stop.wait(_FLUSH_EVERY):
                    if fd is None:
                        with suppress(FileNotFoundError):  # until the transaction's first write
                            # Writable: Windows flushes only a handle opened for writing.
                            fd = os.open(log, os.O_RDWR | getattr(os, "O_BINARY", 0))
                    if fd is not None:
                        _flush_file(fd)
            except OSError:
                pass  # the commit flushes the log itself anyway, only later
            finally:
                if fd is not None:
                    os.close(fd)

        thread = threading.Thread(target=flush, name="log-flush", daemon=True)
        thread.start()
        try:
            yield
        finally:
            stop.set()
            thread.join()

    def defer_indexing(self, session: Session) -> None:
        """The transaction left work in the index backlogs (`index_backlog`, `search_backlog`):
        once it commits, a background thread does it."""
        session.info["indexing_deferred"] = True

    def start_background(self, *, fold: bool = False) -> None:
        """In a background thread: build the indexes a large import left, index the search
        backlog, if any, then (with `fold`, or if a thread stopped here had it to do) copy the
        write-ahead log into the database file. A thread already at work stops after its current
        step; the new one carries on."""
        self.stop_background()
        self._fold_wanted |= fold
        self._stop.clear()
        self._background = threading.Thread(target=self._background_work, name="store-background", daemon=True)
        self._background.start()

    def _indexing_connection(self) -> sqlite3.Connection:
        """A connection that runs the backlogs' own transactions (`catch_up`)."""
        conn = self.raw()
        conn.isolation_level = None
        conn.execute("PRAGMA secure_delete=ON")  # as every store connection: see `_on_connect`
        conn.execute("PRAGMA cache_size=-65536")  # building an index sorts in memory up to this size
        return conn

    def _background_work(self) -> None:
        conn = self._indexing_connection()
        try:
            conn.execute("PRAGMA wal_autocheckpoint=0")  # the fold below copies the log once
            try:
                index_backlog.catch_up(conn, self._stop.is_set)
                search_backlog.catch_up(conn, self._stop.is_set)
            except sqlite3.Error:  # a damaged index or a locked file: the next start tries again
                log.warning("Background indexing stopped; it is tried again at the next start", exc_info=True)
            if self._fold_wanted and not self._stop.is_set():
                self._fold_wanted = False
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
                except sqlite3.Error:  # the next commit's automatic checkpoint folds it instead
                    log.warning("Copying the write-ahead log into the data file failed", exc_info=True)
        finally:
            conn.close()

    @property
    def background_busy(self) -> bool:
        """Whether the background work (indexes a large import left, the copy of the log) runs:
        its transactions would make a writer wait."""
        return self._background is not None and self._background.is_alive()

    def stop_background(self) -> None:
        """Stop the background work after its current batch; what is left stays recorded."""
        if self._background is not None:
            self._stop.set()
            self._background.join()
            self._background = None

    def wait_for_background(self) -> None:
        """Wait until the background work (index backlogs, copy of the log), if any, is done."""
        if self._background is not None:
            self._background.join()
            self._background = None

    def search_backlog(self) -> int:
        """Rows a large import left for indexing that are not indexed yet (an upper bound)."""
        with self.read() as session:
            return search_backlog.pending(sqlite_connection(session))

    def indexes_pending(self) -> int:
        """Indexes a large import left to build after its commit."""
        with self.read() as session:
            return index_backlog.pending(sqlite_connection(session))

    def index_backlog_now(self) -> None:
        """Finish the index backlogs in this thread (before checking or rebuilding the search
        index, or upgrading the schema)."""
        self.stop_background()
        conn = self._indexing_connection()
        try:
            index_backlog.catch_up(conn)
            search_backlog.catch_up(conn)
        finally:
            conn.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._sessions()
        try:
            yield session
        except (sqlite3.Error, DBAPIError) as exc:
            raise store_error(exc) from exc
        finally:
            # close() ends the read transaction but, unlike rollback(), keeps loaded objects usable.
            session.close()

    def raw(self) -> sqlite3.Connection:
        """A plain sqlite3 connection to the same file (backups, integrity checks)."""
        conn = sqlite3.connect(self.db_path, timeout=10)
        conn.execute("PRAGMA busy_timeout=10000")
        return conn

    def close(self) -> None:
        """Close the store; background indexing stops after its batch and resumes at the next
        open (the last connection's close copies the log into the database file anyway)."""
        self.stop_background()
        self.engine.dispose()


def open_store(data_dir: Path | None = None, *, migrate: bool = True) -> Store:
    """Open (creating if needed) the store in `data_dir`, migrating it to this version's schema."""
    from .migrate import ensure_schema

    directory = (data_dir or default_data_dir()).expanduser()
    try:
        check_data_dir(directory.absolute())
    except ValidationError as exc:
        raise StoreError(exc.template, **exc.params) from None
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError("The data folder {path} cannot be created: {reason}.", path=str(directory),
                         reason=exc.strerror or str(exc)) from exc
    db_path = directory / DB_NAME
    if db_path.exists():
        _check_is_sqlite(db_path)
    _check_writable(directory, db_path)
    engine = make_engine(db_path)
    store = Store(directory, engine)
    try:
        if migrate:
            ensure_schema(store)
            left = store.search_backlog() or store.indexes_pending()
    except BaseException:
        engine.dispose()
        raise
    if migrate and left:  # the program closed before indexing what a large import left
        store.start_background()
    return store


def _check_writable(directory: Path, db_path: Path) -> None:
    """SQLite would open a file it may not write read-only, and only the first edit would fail;
    a read-only data folder (a write-protected stick, a share with read rights) is said at once."""
    if not all(os.access(path, os.W_OK) for path in (directory, db_path) if path.exists()):
        raise StoreError(FOLDER_READ_ONLY.template, path=str(directory))


def _check_is_sqlite(db_path: Path) -> None:
    try:
        with db_path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise StoreError("The data file {path} cannot be read: {reason}.", path=str(db_path),
                         reason=exc.strerror or str(exc)) from exc
    if head and head != b"SQLite format 3\x00":
        raise StoreError("The file {path} is not a Fasilitaattori data file.", path=str(db_path))
