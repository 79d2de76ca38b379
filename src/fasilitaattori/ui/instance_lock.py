"""One running window per data folder.

Two windows on the same store would each keep their own view and undo history, and one would
silently overwrite what the other shows; a second start says so instead. Qt's lock file holds
the process id and host name, so a lock left by a crashed program is taken over, not obeyed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLockFile

from ..errors import StoreError

LOCK_NAME = "fasilitaattori.lock"
ALREADY_OPEN = QT_TRANSLATE_NOOP("errors", "Fasilitaattori is already open with this data folder; use the window "
                                           "that is open, or close it and start again.")


def lock_data_folder(data_dir: Path) -> QLockFile:
    """Take the data folder for this window, or raise one sentence if another window has it."""
    lock = QLockFile(str(data_dir / LOCK_NAME))
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        return lock  # the store says in its own words why the folder cannot be made
    lock.setStaleLockTime(0)  # a lock is stale only when its process is gone, however long it ran
    # A folder that cannot hold a lock file (read-only, full) is left to the store to explain.
    if not lock.tryLock(200) and lock.error() == QLockFile.LockError.LockFailedError:
        raise StoreError(ALREADY_OPEN)
    return lock
