"""Faults put into a running program: a full disk, a read-only data folder.

Each function changes the running process for good; tests running in-process pass pytest's
`monkeypatch.setattr` as `patch` so the change is undone afterwards. The command-line server
(`cli_server.py`) calls them in a forked child by name.
"""

from __future__ import annotations

import errno
import io
import os
import sqlite3
import sqlite3.dbapi2
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

Patch = Callable[[Any, str, Any], None]
_REAL_CONNECT = sqlite3.connect
_REAL_FDOPEN = os.fdopen
_REAL_IO_OPEN = io.open


def _setattr(target: Any, name: str, value: Any) -> None:
    setattr(target, name, value)


def _connect_with(after: Callable[[sqlite3.Connection], None], patch: Patch,
                  before: Callable[[Any, dict[str, Any]], tuple[Any, dict[str, Any]]] | None = None) -> None:
    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if before is not None:
            database, kwargs = before(database, kwargs)
        conn = _REAL_CONNECT(database, *args, **kwargs)
        after(conn)
        return conn

    # SQLAlchemy calls `sqlite3.dbapi2.connect`; the store's own raw connections `sqlite3.connect`.
    patch(sqlite3, "connect", connect)
    patch(sqlite3.dbapi2, "connect", connect)


def full_disk(spare_pages: int | str = 0, patch: Patch = _setattr, under: str | None = None) -> None:
    """Every SQLite file the program opens from now on (with `under`, only those in a folder of
    that name) can grow by `spare_pages` pages at most: the disk is full (SQLite then fails with
    SQLITE_FULL, as on a real full disk)."""

    def limit(conn: sqlite3.Connection) -> None:
        file = conn.execute("PRAGMA database_list").fetchone()[2]
        if under is not None and under not in Path(file).parts:
            return
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count={max(pages + int(spare_pages), 1)}")

    _connect_with(limit, patch)


def no_space_for_files(patch: Patch = _setattr) -> None:
    """Files the program writes itself (bundles, printouts, photos) fail with ENOSPC after the
    first bytes, as writes on a full disk do."""

    class Full:
        def __init__(self, inner: Any) -> None:
            self._inner = inner

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        def __getattr__(self, name: str) -> Any:
            return getattr(self._inner, name)

        def __enter__(self) -> Full:
            return self

        def __exit__(self, *exc: object) -> None:
            self._inner.close()

    def fdopen(fd: int, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        inner = _REAL_FDOPEN(fd, mode, *args, **kwargs)
        return Full(inner) if "w" in mode or "a" in mode else inner

    def io_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        inner = _REAL_IO_OPEN(file, mode, *args, **kwargs)
        return Full(inner) if "w" in mode or "a" in mode else inner

    # Both ways a file is opened for writing: an fd from mkstemp, and pathlib's `Path.open`
    # (which looks `io.open` up at each call; the log's handler uses the builtin and is spared).
    patch(os, "fdopen", fdopen)
    patch(io, "open", io_open)


def cannot_write(path: Path) -> None:
    """Make `path` and everything in it read-only (as a write-protected stick or a share with
    read rights only)."""
    for root, dirs, files in os.walk(path):
        for name in files:
            os.chmod(os.path.join(root, name), 0o444)
        for name in dirs:
            os.chmod(os.path.join(root, name), 0o555)
    os.chmod(path, 0o555)


def can_write(path: Path) -> None:
    os.chmod(path, 0o755)
    for root, dirs, files in os.walk(path):
        for name in dirs:
            os.chmod(os.path.join(root, name), 0o755)
        for name in files:
            os.chmod(os.path.join(root, name), 0o644)


def chmod_protects() -> bool:
    """Whether a read-only mode stops this process (not for root, which writes anyway)."""
    return os.geteuid() != 0 if hasattr(os, "geteuid") else True


def read_only_store(data_dir: str | Path, patch: Patch = _setattr) -> None:
    """Where chmod cannot protect the folder (the tests run as root in CI): every SQLite file
    in `data_dir` is opened read-only (`mode=ro`), as SQLite opens a file it may not write."""
    folder = Path(data_dir).absolute()

    def before(database: Any, kwargs: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
        if isinstance(database, (str, os.PathLike)) and not str(database).startswith("file:"):
            path = Path(database).absolute()
            if path.parent == folder:
                return path.as_uri() + "?mode=ro", {**kwargs, "uri": True}
        return database, kwargs

    _connect_with(lambda _conn: None, patch, before)


def _drop_root_override() -> bool:
    """Give up root's power to write where the modes say no (CAP_DAC_OVERRIDE and its kin), for
    this process only; False where the system does not let it."""
    import ctypes

    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]

    class Data(ctypes.Structure):
        _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                    ("inheritable", ctypes.c_uint32)]

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        header, data = Header(0x20080522, 0), (Data * 2)()  # _LINUX_CAPABILITY_VERSION_3
        if libc.capget(ctypes.byref(header), data) != 0:
            return False
        keep = ~((1 << 1) | (1 << 2) | (1 << 3)) & 0xFFFFFFFF  # DAC_OVERRIDE, DAC_READ_SEARCH, FOWNER
        data[0].effective &= keep
        data[0].permitted &= keep
        return bool(libc.capset(ctypes.byref(header), data) == 0)
    except (AttributeError, OSError):
        return False


def read_only_folder(data_dir: str | Path, patch: Patch = _setattr) -> str:
    """The data folder, already made read-only with `cannot_write`, read-only for this process
    too: as root, by giving up root's override (the whole folder is then read-only, as for an
    ordinary user), or where that is not allowed by opening its SQLite files read-only.
    The route taken is written beside the folder, in ROUTE_FILE: "chmod" or "mode=ro"."""
    route = "chmod"
    if not chmod_protects():
        probe = Path(data_dir) / ".probe"
        try:
            if not _drop_root_override():
                raise OSError("capabilities cannot be dropped here")
            probe.touch()
        except PermissionError:
            pass  # as for an ordinary user: the folder's modes hold
        except OSError:
            route = "mode=ro"
        else:
            probe.unlink()
            route = "mode=ro"
    if route == "mode=ro":
        read_only_store(data_dir, patch)
    (Path(data_dir).parent / ROUTE_FILE).write_text(route)
    return route


ROUTE_FILE = "read-only-route.txt"


def window_messages_to_stderr() -> None:
    """The start-up's message box prints its text instead of waiting for a click, in English
    whatever the machine's language."""
    from PySide6.QtWidgets import QMessageBox

    from fasilitaattori.ui import i18n

    i18n.install_language = lambda language: language  # type: ignore[assignment]

    QMessageBox.critical = lambda _parent, _title, text: print(text, file=sys.stderr)  # type: ignore[method-assign,assignment]


def only_where_the_folder_is_read_only(data_dir: str | Path) -> None:
    """Where root's override could not be given up, the store opens read-only and the window
    would open: the child ends at once with code 77, and the test is skipped."""
    if (Path(data_dir).parent / ROUTE_FILE).read_text() != "chmod":
        os._exit(77)


_KEPT: list[object] = []


def say_when_the_window_is_shown(quit_then: str = "") -> None:
    """Print SHOWN once the main window is on screen; with `quit_then`, close it then."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from fasilitaattori import app

    class Look(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if (event.type() == QEvent.Type.Show and isinstance(watched, QMainWindow)
                    and watched.objectName() == "mainWindow"):
                print("SHOWN", flush=True)
                if quit_then:
                    QTimer.singleShot(0, QApplication.quit)
            return False

    look = Look()
    _KEPT.append(look)
    app.make_application().installEventFilter(look)
