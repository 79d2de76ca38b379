"""Copies of the database made with SQLite's online backup API (WAL pages included)."""

from __future__ import annotations

import errno
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from ..errors import StoreError
from ..files import atomic_target, check_file_name, read_only_uri, write_failure
from .failures import FULL, READONLY, primary_code

_AS_FILE_ERROR = {FULL: errno.ENOSPC, READONLY: errno.EROFS}

KEEP_BACKUPS = 10


def backup_file(source: Path, target: Path) -> Path:
    """Copy the database at `source` to `target` consistently, even while it is in use."""
    check_file_name(target)
    try:
        with atomic_target(target) as partial:
            src = sqlite3.connect(source, timeout=10)
            try:
                dst = sqlite3.connect(partial)
                try:
                    src.backup(dst)
                finally:
                    dst.close()
            finally:
                src.close()
    except (sqlite3.Error, OSError) as exc:
        raise _failure(target, exc) from exc
    return target


def _failure(target: Path, error: sqlite3.Error | OSError) -> StoreError:
    """A full disk or a read-only folder in the words every other write uses."""
    if isinstance(error, sqlite3.Error):
        code = primary_code(error)
        if code not in _AS_FILE_ERROR:
            return StoreError("The backup could not be written to {path}: {reason}.", path=str(target),
                              reason=str(error))
        error = OSError(_AS_FILE_ERROR[code], os.strerror(_AS_FILE_ERROR[code]))
    return write_failure(target, error)


def rotating_backup(source: Path, backups_dir: Path, keep: int = KEEP_BACKUPS) -> Path:
    """Write a time-stamped backup and drop the oldest automatic ones beyond `keep`."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    path = backup_file(source, backups_dir / f"auto-{stamp}.sqlite")
    autos = sorted(backups_dir.glob("auto-*.sqlite"))
    for old in autos[:-keep]:
        old.unlink(missing_ok=True)
    return path


def restore_into(backup: Path, live: Path) -> None:
    """Replace the live database's content with `backup`, page by page, in one step."""
    try:
        src = sqlite3.connect(read_only_uri(backup), uri=True)
        try:
            result = src.execute("PRAGMA integrity_check").fetchone()
            if not result or result[0] != "ok":
                raise StoreError("The backup file {path} is damaged.", path=str(backup))
            dst = sqlite3.connect(live, timeout=10)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError("The file {path} is not a usable backup: {reason}.", path=str(backup),
                         reason=str(exc)) from exc
