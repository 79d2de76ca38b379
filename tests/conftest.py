"""Test set-up: offscreen Qt, a fresh store per test, and no network, ever."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "*.debug=false")

_REAL_SOCKET = socket.socket


class NetworkBlocked(AssertionError):
    """Raised when anything in the program tries to open a network socket."""


class _GuardedSocket(_REAL_SOCKET):
    def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
        if family in (socket.AF_INET, socket.AF_INET6, -1):
            raise NetworkBlocked("Fasilitaattori is offline by design: a network socket was opened.")
        super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]


def _blocked(*_args: object, **_kwargs: object) -> None:
    raise NetworkBlocked("Fasilitaattori is offline by design: a network connection was attempted.")


def pytest_configure(config: pytest.Config) -> None:
    socket.socket = _GuardedSocket  # type: ignore[misc]
    socket.create_connection = _blocked  # type: ignore[assignment]
    socket.getaddrinfo = _blocked  # type: ignore[assignment]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def wb(data_dir: Path) -> Iterator[object]:
    from fasilitaattori.library.seed import open_workbench

    bench = open_workbench(data_dir)
    yield bench
    bench.close()


@pytest.fixture
def demo_wb(wb: object) -> object:
    from fasilitaattori.core.demo import create_demo

    create_demo(wb)  # type: ignore[arg-type]
    return wb


@pytest.fixture(autouse=True)
def _english_source_texts() -> Iterator[None]:
    """Tests read the English source texts; a test that switches language leaves no trace."""
    yield
    import sys

    if "PySide6.QtCore" in sys.modules and "fasilitaattori.ui.i18n" in sys.modules:
        from PySide6.QtCore import QLocale

        from fasilitaattori.ui.i18n import remove_language

        remove_language()
        QLocale.setDefault(QLocale.system())
