"""Integrity check of a store: SQLite's own checks plus our invariants."""

from __future__ import annotations

import hashlib
import sqlite3

from sqlalchemy import select, text

from ..store import schema_check
from ..store.models import SYNCED_MODELS, Photo
from .clock import is_clocks_text
from .photos import is_photo_hash, photo_path
from .workbench import Workbench


def check_store(wb: Workbench, rebuilt: list[str] | None = None) -> list[str]:
    """Problems found, as sentences; an empty list means the store is sound. Indexes and
    triggers that were missing or different are built again first, and named in `rebuilt`."""
    problems: list[str] = []
    try:  # what a large import left for indexing is done first, so the counts below compare
        wb.store.index_backlog_now()
    except sqlite3.Error as exc:
        problems.append(f"The search index cannot be brought up to date ({exc}); it can be rebuilt.")
    with wb.store.raw() as conn:
        result = conn.execute("PRAGMA integrity_check").fetchall()
        if [r[0] for r in result] != ["ok"]:
            problems.append("The database file is damaged: " + "; ".join(r[0] for r in result[:5]))
            return problems
        conn.isolation_level = None
        try:
            names = schema_check.repair(conn)
        except sqlite3.Error as exc:
            problems.append(f"Missing indexes cannot be built again ({exc}).")
        else:
            if rebuilt is not None:
                rebuilt.extend(names)
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall()[:20]:
            problems.append(f"A row in {table} (rowid {rowid}) refers to a missing row in {parent}.")
        try:
            conn.execute("INSERT INTO search_fts(search_fts) VALUES('integrity-check')")
        except Exception as exc:  # noqa: BLE001 - report any failure of the index as a problem
            problems.append(f"The search index is damaged ({exc}); it can be rebuilt.")
    conn.close()
    with wb.store.read() as session:
        for name, model in SYNCED_MODELS.items():
            # Plain rows, not objects: a decade's store has a few hundred thousand of them.
            for row_id, clock in session.execute(select(model.id, model.clock)):
                if not is_clocks_text(clock or ""):
                    problems.append(f"The {name} {row_id} has unreadable change clocks.")
        live = session.scalar(text("SELECT count(*) FROM notes WHERE deleted = 0"))
        indexed = session.scalar(text("SELECT count(*) FROM search_fts WHERE kind = 'note'"))
        if live != indexed:
            problems.append(f"The search index lists {indexed} notes but the store has {live}; rebuild it.")
        for photo in session.scalars(select(Photo).where(Photo.deleted.is_(False))):
            if not is_photo_hash(photo.sha256):
                problems.append(f"The photo “{photo.caption or photo.filename}” names its file in a way "
                                "that is not allowed; its file is not used.")
                continue
            path = photo_path(wb, photo)
            if not path.exists():
                problems.append(f"The photo file of “{photo.caption or photo.filename}” is missing.")
            elif hashlib.sha256(path.read_bytes()).hexdigest() != photo.sha256:
                problems.append(f"The photo file of “{photo.caption or photo.filename}” has changed on disk.")
    return problems
