"""Schema migrations with Alembic, run at start-up after an automatic copy of the database.

The fast path (schema already at head) reads one row and never imports Alembic, so opening a
large store stays quick. A store written by a newer version is refused, never "upgraded".
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import StoreError
from ..files import read_only_uri
from .backup import backup_file
from .failures import opening_error

if TYPE_CHECKING:
    from alembic.config import Config

    from .db import Store

# The newest schema this version knows; a test checks it equals Alembic's head.
HEAD_REVISION = "0010_own_categories"

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        if "no such table" in str(exc):
            return None
        raise opening_error(exc, db_path_of(conn)) from exc
    return row[0] if row else None


def db_path_of(conn: sqlite3.Connection) -> Path:
    """The folder of the main database file of `conn`."""
    row = conn.execute("PRAGMA database_list").fetchone()
    return Path(row[2]).parent if row and row[2] else Path()


def needs_upgrade(db_path: Path) -> bool:
    """Whether opening the store at `db_path` will first upgrade it to this version's schema
    (which can take a minute on a large store, so the window says so first)."""
    if not db_path.is_file():
        return False
    try:
        conn = sqlite3.connect(read_only_uri(db_path), uri=True, timeout=10)
    except sqlite3.Error:
        return False
    try:
        revision = current_revision(conn)
    except StoreError:
        return False  # opening says what is wrong with the file
    finally:
        conn.close()
    return revision is not None and revision != HEAD_REVISION


def ensure_schema(store: Store, target: str = "head") -> None:
    with store.raw() as conn:
        revision = current_revision(conn)
        has_tables = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        ).fetchone()[0]
    conn.close()
    if revision == HEAD_REVISION and target == "head":
        return
    if revision is None and has_tables:
        raise StoreError("The file {path} is not a Fasilitaattori data file.", path=str(store.db_path))
    if revision is not None and revision not in known_revisions():
        raise StoreError(
            "This data was saved by a newer version of Fasilitaattori; update the program to open it."
        )
    if revision is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        backup_file(store.db_path, store.backups_dir / f"before-upgrade-{revision}-{stamp}.sqlite")
        # Indexes a large import left for later are built first: each migration finds the
        # schema it was written for.
        store.index_backlog_now()
    _upgrade(store, target)


def _upgrade(store: Store, target: str) -> None:
    from alembic import command

    cfg = alembic_config()
    with store.engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, target)
