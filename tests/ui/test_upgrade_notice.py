"""Opening a store of an older schema at start-up: the opening window says the data is being
updated while the upgrade runs in a second thread; then the main window opens on the store at
this version's schema. A failure is one sentence and the program ends."""

from __future__ import annotations

import argparse
import shutil
import threading
from pathlib import Path

import pytest

from fasilitaattori.store.db import DB_NAME
from fasilitaattori.store.migrate import HEAD_REVISION, current_revision

FIXTURES = Path(__file__).parents[1] / "store" / "fixtures"


@pytest.fixture
def old_store(tmp_path, monkeypatch) -> Path:
    from PySide6.QtCore import QSettings

    from fasilitaattori.ui import i18n

    monkeypatch.setattr(i18n, "install_language", lambda language: language)  # the tests keep English
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(FIXTURES / "schema_0004_compact_clocks.sqlite", data / DB_NAME)
    return data


def _opening_text() -> str:
    from PySide6.QtWidgets import QApplication

    shown = [w.label.text() for w in QApplication.topLevelWidgets()
             if w.objectName() == "openingWindow" and w.isVisible()]
    return shown[0] if shown else ""


def test_an_older_store_is_upgraded_behind_the_opening_window(qapp, old_store, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from fasilitaattori import app
    from fasilitaattori.library import seed

    seen: list[str] = []
    told = threading.Event()
    opened = seed.open_workbench

    def open_when_told(path):  # type: ignore[no-untyped-def] - in the opening thread
        wb = opened(path)
        assert told.wait(60), "the window did not say the data is being updated"
        return wb

    def look() -> None:  # on the window's thread
        text = _opening_text()
        if text.startswith("Updating your data"):
            seen.append(text)
            told.set()
        for window in QApplication.topLevelWidgets():
            if window.objectName() == "mainWindow" and window.isVisible():
                with window.ctx.wb.store.raw() as conn:
                    seen.append(current_revision(conn) or "")
                conn.close()
                window.close()
                QApplication.quit()

    from PySide6.QtWidgets import QMessageBox

    failed: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: failed.append(text))
    monkeypatch.setattr(seed, "open_workbench", open_when_told)
    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(5)
    assert app.run_app(argparse.Namespace(data_dir=old_store)) == 0, failed
    timer.stop()
    assert seen[0].startswith("Updating your data for this version of Fasilitaattori.")
    assert seen[-1] == HEAD_REVISION


def test_an_error_while_opening_is_one_sentence(qapp, old_store, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from fasilitaattori import app
    from fasilitaattori.errors import StoreError
    from fasilitaattori.library import seed

    def broken(path):  # type: ignore[no-untyped-def]
        raise StoreError("The data file cannot be read: {reason}.", reason="disk I/O error")

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(seed, "open_workbench", broken)
    assert app.run_app(argparse.Namespace(data_dir=old_store)) == 1
    assert shown == ["The data file cannot be read: disk I/O error."]
    assert _opening_text() == ""
