"""Faults put into a running program: a full disk, a read-only data folder.

Each function changes the running process for good; tests running in-process pass pytest's
`monkeypatch.setattr` as `patch` so the change is undone afterwards. The command-line server
(`cli_server.py`) calls them in a forked child by name.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import sqlite3.dbapi2
from collections.abc import Callable
from pathlib import Path
from typing import Any

Patch = Callable[[Any, str, Any], None]
_REAL_CONNECT = sqlite3.connect
_REAL_FDOPEN = os.fdopen


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


def full_disk(spare_pages: int = 0, patch: Patch = _setattr) -> None:
    """Every SQLite file the program opens from now on can grow by `spare_pages` pages at most:
    the disk is full (SQLite then fails with SQLITE_FULL, as on a real full disk)."""

    def limit(conn: sqlite3.Connection) -> None:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count={max(pages + spare_pages, 1)}")

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

    patch(os, "fdopen", fdopen)


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
