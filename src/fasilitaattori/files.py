"""Files the user names and files the program writes: one set of rules for every system.

A PDF saved on Linux travels to a colleague's Windows laptop through a USB stick or a cloud
folder, so a name that Windows cannot hold (`CON.pdf`, `Työpaja 2: ilta.pdf`, a trailing dot)
is refused everywhere with a sentence, not only on Windows. The length limit is Windows' own
(260 characters for a whole path), checked where the program runs on Windows.
"""

from __future__ import annotations

import errno
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePath, PureWindowsPath

from .errors import StoreError, ValidationError

# Device names Windows reserves in every folder, with any extension ("con.txt", "COM1.pdf").
_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])$", re.IGNORECASE)
_FORBIDDEN = set('<>:"/\\|?*')
# A whole path on Windows without long-path support: 260 characters including the final NUL.
WINDOWS_MAX_PATH = 259
# The longest name the program itself makes inside its data folder
# (backups/backup-2026-12-07T12-00-00.sqlite-journal, photos/<sha256>.jpeg).
DATA_DIR_LONGEST_INSIDE = 80


def on_windows() -> bool:
    return sys.platform == "win32"


def name_problem(name: str) -> ValidationError | None:
    """Why Windows cannot hold a file or folder called `name`, or None."""
    if not name or name in (".", ".."):
        return None
    bad = sorted({ch for ch in name if ch in _FORBIDDEN or ord(ch) < 32})
    if bad:
        shown = " ".join("␀" if ord(ch) < 32 else ch for ch in bad)
        return ValidationError("The name {name} contains {chars}, which Windows does not allow in file "
                               "names; choose another name.", name=name, chars=shown)
    if name[-1] in ". ":
        return ValidationError("The name {name} ends in a dot or a space, which Windows drops; "
                               "choose another name.", name=name)
    if _RESERVED.match(name.split(".", 1)[0].rstrip(" ")):
        return ValidationError("Windows reserves the name {name} for a device; choose another name.",
                               name=name)
    return None


def check_file_name(path: PurePath, *, windows: bool | None = None) -> None:
    """Refuse a file the user named if Windows could not hold it: a reserved or forbidden name
    in the file's own name, or (on Windows) a path over the length Windows allows."""
    problem = name_problem(path.name)
    if problem is not None:
        raise problem
    if windows if windows is not None else on_windows():
        whole = str(PureWindowsPath(path))
        if len(whole) > WINDOWS_MAX_PATH:
            raise ValidationError("The path {path} is longer than Windows allows ({limit} characters); "
                                  "choose a folder nearer the drive's top or a shorter name.",
                                  path=whole, limit=WINDOWS_MAX_PATH)


def check_data_dir(path: PurePath, *, windows: bool | None = None) -> None:
    """A data or sync folder where every file the program makes inside stays within Windows'
    path length; elsewhere any folder will do."""
    if not (windows if windows is not None else on_windows()):
        return
    whole = str(PureWindowsPath(path))
    if len(whole) + 1 + DATA_DIR_LONGEST_INSIDE > WINDOWS_MAX_PATH:
        raise ValidationError("The folder {path} is too deep for Windows to hold the program's files; "
                              "choose a folder with a shorter path.", path=whole)


@contextmanager
def atomic_target(path: Path) -> Iterator[Path]:
    """A temporary file beside `path` to write in full; once the block ends without an error it
    reaches the disk and replaces `path` in one step, so a half-written file never replaces a
    good one. It gets the mode the user's other new files get (not a temporary file's 0600).
    On an error it is removed. Every file the program writes whole goes through here."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".part")
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all (`atomic_target`)."""
    path = path.expanduser()
    check_file_name(path)
    try:
        with atomic_target(path) as tmp:
            tmp.write_bytes(data)
    except OSError as exc:
        raise write_failure(path, exc) from exc


_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


def write_failure(path: Path, error: OSError) -> StoreError:
    """The sentence for a file the program could not write: what to do when the disk is full
    or the folder read-only, the system's own reason otherwise."""
    if error.errno in _FULL:
        return StoreError("The disk is full, so {path} could not be written; free some space and try again.",
                          path=str(path))
    if error.errno in _READ_ONLY:
        return StoreError("The folder of {path} cannot be written to; check that the folder and the disk are "
                          "not read-only, or choose another folder.", path=str(path))
    return StoreError("The file {path} could not be written: {reason}.", path=str(path),
                      reason=error.strerror or str(error))


def _read_umask() -> int:
    # Reading the mask means setting it; done once at import, before any thread starts.
    current = os.umask(0o022)
    os.umask(current)
    return current


_UMASK = _read_umask()


def read_only_uri(path: Path) -> str:
    """An SQLite URI that opens `path` read-only whatever its folder names hold: a `#`, `?` or
    `%` ("OneDrive - Kunta #1") would otherwise end or garble the path."""
    return path.absolute().as_uri() + "?mode=ro"
