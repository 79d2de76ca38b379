"""Opening a store of an older schema: a notice says the data is being updated while the
upgrade runs in a second thread, and the store opens at this version's schema."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from fasilitaattori.store.db import DB_NAME
from fasilitaattori.store.migrate import HEAD_REVISION, current_revision
from fasilitaattori.ui import upgrade_notice

FIXTURES = Path(__file__).parents[1] / "store" / "fixtures"


def _visible_notices() -> list[str]:
    from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog

    return [w.findChild(QLabel).text() for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()]


def test_an_older_store_is_upgraded_behind_a_notice(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer

    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(FIXTURES / "schema_0004_compact_clocks.sqlite", data / DB_NAME)
    seen: list[str] = []
    painted = threading.Event()

    def look() -> None:  # on the window's thread, while the store opens in the other one
        seen.extend(_visible_notices())
        if seen:
            painted.set()

    opened = upgrade_notice.open_workbench

    def open_when_seen(path):  # type: ignore[no-untyped-def]
        wb = opened(path)
        assert painted.wait(10), "no notice while the store was upgraded"
        return wb

    monkeypatch.setattr(upgrade_notice, "open_workbench", open_when_seen)
    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(5)
    wb = upgrade_notice.open_workbench_with_notice(data)
    timer.stop()
    try:
        with wb.store.raw() as conn:
            assert current_revision(conn) == HEAD_REVISION
        conn.close()
        assert seen[0].startswith("Updating your data for this version of Fasilitaattori.")
        assert _visible_notices() == []
    finally:
        wb.close()


def test_a_current_store_opens_without_a_notice(qtbot, tmp_path, monkeypatch):
    from fasilitaattori.library.seed import open_workbench

    open_workbench(tmp_path / "data").close()
    shown: list[object] = []
    monkeypatch.setattr(upgrade_notice.QProgressDialog, "show", lambda self: shown.append(self))
    wb = upgrade_notice.open_workbench_with_notice(tmp_path / "data")
    wb.close()
    assert shown == []


def test_an_error_while_upgrading_reaches_the_caller(qtbot, tmp_path, monkeypatch):
    from fasilitaattori.errors import StoreError

    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(FIXTURES / "schema_0004_compact_clocks.sqlite", data / DB_NAME)

    def broken(path):  # type: ignore[no-untyped-def]
        raise StoreError("The data file cannot be read: {reason}.", reason="disk I/O error")

    monkeypatch.setattr(upgrade_notice, "open_workbench", broken)
    with pytest.raises(StoreError, match="disk I/O error"):
        upgrade_notice.open_workbench_with_notice(data)
