"""SQLite's failures as sentences that say what to do.

Whether SQLite raised it directly or SQLAlchemy wrapped it (`DBAPIError.orig`), a locked file, a
full disk, a read-only folder or a damaged file reaches the user as one sentence, never as
"something unexpected" and never logged as a bug.
"""

from __future__ import annotations

import sqlite3

from ..errors import StoreError

# SQLite's primary result codes (the low byte of an extended code).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
FULL, READONLY = _FULL, _READONLY

# Each sentence stands in a StoreError(...) call so the translation script finds it.
_BUSY_TEXT = StoreError("Another copy of Fasilitaattori or another program is using the data file, so the "
                        "change was not saved; wait a moment and try again.")
_DAMAGED_TEXT = StoreError("The data file is damaged; restore the latest copy from the backups folder inside "
                           "the data folder.")
_BY_CODE = {
    _BUSY: _BUSY_TEXT,
    _LOCKED: _BUSY_TEXT,
    _FULL: StoreError("The disk is full, so the change was not saved; free some space and try again."),
    _READONLY: StoreError("The data folder cannot be written to, so the change was not saved; check that the "
                          "folder and the disk are not read-only."),
    _CANTOPEN: StoreError("The data file cannot be opened for writing, so the change was not saved; check "
                          "that the data folder still exists and is not read-only."),
    _IOERR: StoreError("The disk could not be written, so the change was not saved; check the disk or the "
                       "drive's connection and try again."),
    _CORRUPT: _DAMAGED_TEXT,
    _NOTADB: _DAMAGED_TEXT,
}
# Older SQLite bindings give only the text.
_BY_TEXT = (("locked", _BUSY), ("disk is full", _FULL), ("readonly", _READONLY), ("read-only", _READONLY),
            ("unable to open", _CANTOPEN), ("disk i/o", _IOERR), ("malformed", _CORRUPT),
            ("not a database", _NOTADB))


def sqlite_cause(error: BaseException) -> sqlite3.Error | None:
    """The sqlite3 error behind `error` (SQLAlchemy keeps it as `.orig`), if there is one."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, sqlite3.Error):
            return seen
        seen = getattr(seen, "orig", None) or seen.__cause__
    return None


def primary_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    text = str(error).lower()
    return next((found for words, found in _BY_TEXT if words in text), None)


def store_error(error: BaseException) -> StoreError:
    """The user's sentence for a failed write or read of the store."""
    cause = sqlite_cause(error)
    if cause is None:
        return StoreError("The change could not be saved: {reason}.", reason=str(error))
    code = primary_code(cause)
    if code in _BY_CODE:
        return StoreError(_BY_CODE[code].template)
    return StoreError("The change could not be saved: {reason}.", reason=str(cause))


FOLDER_READ_ONLY = StoreError("The data folder {path} cannot be written to; check that the folder and the disk "
                               "are not read-only, or choose another data folder.")
_OPENING = {_READONLY: FOLDER_READ_ONLY, _CANTOPEN: FOLDER_READ_ONLY}


def opening_error(error: BaseException, data_dir: object) -> StoreError:
    """The user's sentence for a store that cannot be opened: a read-only data folder is named
    as such (SQLite would say "attempt to write a readonly database" or "unable to open")."""
    cause = sqlite_cause(error)
    code = primary_code(cause) if cause is not None else None
    if code in _OPENING:
        return StoreError(_OPENING[code].template, path=str(data_dir))
    if isinstance(error, StoreError):
        return error
    if code in _BY_CODE:
        return StoreError(_BY_CODE[code].template)
    return StoreError("The data file cannot be read: {reason}.", reason=str(cause or error))

