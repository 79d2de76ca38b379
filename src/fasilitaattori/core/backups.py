"""Automatic rotating backups: one copy a day while the app is in use, the last ten kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..store.backup import KEEP_BACKUPS, rotating_backup
from .workbench import Workbench

LAST_KEY = "last_auto_backup"


def backup_if_due(wb: Workbench, every: timedelta = timedelta(days=1), keep: int = KEEP_BACKUPS) -> Path | None:
    """Write an automatic backup if the last one is older than `every`; returns its path."""
    last = wb.setting(LAST_KEY)
    now = datetime.now(UTC)
    if last:
        try:
            if now - datetime.fromisoformat(last) < every:
                return None
        except ValueError:
            pass
    path = rotating_backup(wb.store.db_path, wb.store.backups_dir, keep)
    wb.set_setting(LAST_KEY, now.isoformat())
    return path


def list_backups(wb: Workbench) -> list[Path]:
    """Backups in the data folder, newest first (automatic, manual and pre-upgrade copies)."""
    folder = wb.store.backups_dir
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True)
