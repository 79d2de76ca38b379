"""Fixtures shared by the sync tests of work a large import leaves to the background."""

from __future__ import annotations

from pathlib import Path

import pytest

from fasilitaattori.library.seed import open_workbench
from fasilitaattori.store.db import Store
from fasilitaattori.sync import staging, writer
from fasilitaattori.sync.export import export_bundle

from .helpers import store_indexes


@pytest.fixture
def large_bundle(demo_wb, tmp_path, monkeypatch) -> Path:
    """The demo store's bundle, whose few rows count as a large import: prepared a few at a
    time, its tables' indexes built and its rows indexed for search after the commit."""
    path = tmp_path / "demo.fasi"
    export_bundle(demo_wb, path)
    monkeypatch.setattr(staging, "STAGE_FROM", 0)
    monkeypatch.setattr(staging, "IMAGE_ROWS", 3)
    monkeypatch.setattr(writer, "BULK_INDEX", 1)
    monkeypatch.setattr(writer, "DEFER_INDEX", 1)
    return path


@pytest.fixture
def held(monkeypatch) -> list[bool]:
    """The background thread does not start, as if the program closed at once."""
    started: list[bool] = []
    monkeypatch.setattr(Store, "start_background", lambda self, fold=False: started.append(fold))
    return started


@pytest.fixture
def schema(tmp_path) -> dict[str, str]:
    """The indexes of a store that never imported anything: what every store must have."""
    wb = open_workbench(tmp_path / "untouched")
    try:
        return store_indexes(wb)
    finally:
        wb.close()
