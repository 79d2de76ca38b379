"""Restore the store from a backup file, after saving the current content."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from ..errors import StoreError
from ..files import read_only_uri
from ..store.backup import backup_file, restore_into
from ..store.migrate import HEAD_REVISION, current_revision
from .workbench import Workbench


def restore_backup(wb: Workbench, backup: Path) -> Path:
    """Replace the store's content with `backup`; returns where the old content was saved."""
    import sqlite3

    if not backup.is_file():
        raise StoreError("The backup file {path} does not exist.", path=str(backup))
    try:
        with open(backup, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                raise StoreError("The file {path} is not a Fasilitaattori backup.", path=str(backup))
        conn = sqlite3.connect(read_only_uri(backup), uri=True)
        try:
            revision = current_revision(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError("The file {path} is not a Fasilitaattori backup.", path=str(backup)) from exc
    if revision is None:
        raise StoreError("The file {path} is not a Fasilitaattori backup.", path=str(backup))
    if revision != HEAD_REVISION:
        from ..store.migrate import known_revisions

        if revision not in known_revisions():
            raise StoreError("This backup was made by a newer version of Fasilitaattori; "
                             "update the program to restore it.")
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    saved = backup_file(wb.store.db_path, wb.store.backups_dir / f"before-restore-{stamp}.sqlite")
    wb.store.engine.dispose()
    restore_into(backup, wb.store.db_path)
    if revision != HEAD_REVISION:
        from ..store.migrate import ensure_schema

        ensure_schema(wb.store)
    return saved
