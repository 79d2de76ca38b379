"""Desktop start-up: application identity, a start-up failure as one sentence, the window shown
with the user's language, and bugs in slots kept out of the user's face."""

from __future__ import annotations

import argparse
import logging
import sys

import pytest


@pytest.fixture
def config_home(tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from fasilitaattori.ui import i18n

    # The languages chosen are recorded, not installed: the tests after these keep English.
    chosen: list[str] = []
    monkeypatch.setattr(i18n, "install_language", lambda language: chosen.append(language) or language)
    monkeypatch.setattr(i18n, "chosen", chosen, raising=False)

    # The window's QSettings go to this test's folder, never the user's.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    return tmp_path / "config"


def test_application_identity(qapp):
    from PySide6.QtGui import QGuiApplication

    from fasilitaattori.app import APP_ID, make_application

    app = make_application()
    assert app is qapp
    assert QGuiApplication.desktopFileName() == APP_ID
    assert not QGuiApplication.windowIcon().isNull()
    assert QGuiApplication.applicationName() == "Fasilitaattori"


def test_a_store_that_cannot_open_is_one_sentence(qapp, tmp_path, monkeypatch, config_home):
    from PySide6.QtWidgets import QMessageBox

    from fasilitaattori import app

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    assert app.run_app(argparse.Namespace(data_dir=not_a_folder / "data")) == 1
    assert len(shown) == 1 and "\n" not in shown[0] and "Traceback" not in shown[0]
    assert "cannot be created" in shown[0]  # English: config_home records the language, installs none


RUN_AND_LOOK = """
import argparse, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from fasilitaattori import app
from fasilitaattori.ui import i18n
install, chosen = i18n.install_language, []
i18n.install_language = lambda language: chosen.append(language) or install(language)
app.make_application()

def look():
    # The window appears at once and the main window takes its place when the store is open.
    shown = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()]
    if not shown:
        QTimer.singleShot(20, look)
        return
    print("LOOKED", len(shown), chosen[-1], flush=True)
    for window in shown:
        window.close()
    QApplication.quit()

QTimer.singleShot(0, look)
sys.exit(app.run_app(argparse.Namespace(data_dir=sys.argv[1])))
"""


def test_the_window_opens_in_the_chosen_language_and_quits(data_dir, tmp_path):
    # In its own process: a real start-up changes the application's language and state.
    import os
    import subprocess

    from fasilitaattori.library.seed import open_workbench

    wb = open_workbench(data_dir)
    wb.set_setting("ui_language", "sv")
    wb.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", RUN_AND_LOOK, str(data_dir)], capture_output=True, text=True,
                          timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert "LOOKED 1 sv" in done.stdout
    # Closing saved what the window remembers, in the user's config folder.
    assert "workshop" in (tmp_path / "config" / "Fasilitaattori" / "Fasilitaattori.conf").read_text()


def test_a_bug_in_a_slot_is_logged_and_shown_calmly(qapp, monkeypatch, caplog):
    from PySide6.QtWidgets import QMessageBox

    from fasilitaattori import app

    opened = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: opened.append(self.text()))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.install_error_hook()
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError:
        with caplog.at_level(logging.ERROR, logger="fasilitaattori"):
            sys.excepthook(*sys.exc_info())
    assert opened and "boom" not in opened[0] and "log file" in opened[0]
    assert any(r.exc_info for r in caplog.records)


def test_a_bundle_given_at_start_opens_its_import_preview(qapp, data_dir, tmp_path, monkeypatch, config_home):
    """A double-clicked .fasi file: `fasilitaattori x.fasi` starts the window with the preview."""
    from PySide6.QtWidgets import QApplication

    from fasilitaattori import app, cli
    from fasilitaattori.ui import sync_actions

    bundle = tmp_path / "kollega.fasi"
    bundle.write_bytes(b"PK")  # only the path matters here: the preview itself is tested with sync
    started = []
    with monkeypatch.context() as patch:
        patch.setattr(app, "run_app", lambda args: started.append(args) or 0)
        assert cli.main(["--data-dir", str(data_dir), str(bundle)]) == 0
    assert started[0].bundle == bundle.resolve() and started[0].command is None

    previews = []

    def preview(window, ctx, path):
        previews.append((window.objectName(), ctx is window.ctx, path))
        window.close()

    monkeypatch.setattr(sync_actions, "open_bundle", preview)
    assert app.run_app(argparse.Namespace(data_dir=data_dir, bundle=bundle)) == 0
    assert previews == [("mainWindow", True, bundle)]
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]


def test_a_bundle_sent_by_the_system_opens_its_import_preview(qapp, data_dir, tmp_path, monkeypatch, config_home):
    """macOS hands a double-clicked bundle to the running app as a file-open event."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from fasilitaattori import app
    from fasilitaattori.ui import sync_actions

    bundle = tmp_path / "kollega.fasi"
    bundle.write_bytes(b"PK")
    previews = []

    def preview(window, _ctx, path):
        previews.append(path)
        window.close()

    monkeypatch.setattr(sync_actions, "open_bundle", preview)
    QTimer.singleShot(0, lambda: QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(bundle))))
    assert app.run_app(argparse.Namespace(data_dir=data_dir)) == 0
    assert previews == [bundle]


def test_a_second_window_on_the_same_data_folder_says_so(qapp, data_dir, monkeypatch, config_home):
    from PySide6.QtCore import QLockFile
    from PySide6.QtWidgets import QMessageBox

    from fasilitaattori import app
    from fasilitaattori.ui.instance_lock import LOCK_NAME

    data_dir.mkdir(parents=True)
    first = QLockFile(str(data_dir / LOCK_NAME))  # the window already open (this very process)
    assert first.tryLock(0)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    try:
        assert app.run_app(argparse.Namespace(data_dir=data_dir)) == 1
    finally:
        first.unlock()
    assert shown == ["Fasilitaattori is already open with this data folder; use the window that is open, "
                     "or close it and start again."]
    assert not (data_dir / "fasilitaattori.sqlite").exists()  # the store was not touched


def test_a_lock_left_by_a_program_that_ended_is_taken_over(qapp, data_dir, tmp_path):
    import subprocess

    from fasilitaattori.ui.instance_lock import LOCK_NAME, lock_data_folder

    data_dir.mkdir(parents=True)
    code = ("import sys, os\nfrom PySide6.QtCore import QLockFile\n"
            f"lock = QLockFile({str(data_dir / LOCK_NAME)!r})\nassert lock.tryLock(0)\nos._exit(0)\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)  # ends without unlocking
    assert (data_dir / LOCK_NAME).exists()
    lock = lock_data_folder(data_dir)
    assert lock.isLocked()
    lock.unlock()


FIRST_WINDOW = """
import argparse, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from fasilitaattori import app

class Look(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show and isinstance(obj, QMainWindow) and obj.isWindow():
            label = obj.centralWidget() if isinstance(obj.centralWidget(), QLabel) else None
            print("SHOWN", obj.objectName(), "sqlalchemy.orm" in sys.modules, label.text() if label else "",
                  flush=True)
            if obj.objectName() == "mainWindow":
                QTimer.singleShot(0, QApplication.quit)
        return False

look = Look()
app.make_application().installEventFilter(look)
sys.exit(app.run_app(argparse.Namespace(data_dir=sys.argv[1])))
"""


def test_the_window_is_on_screen_before_the_store_layer_is_imported(data_dir, tmp_path):
    """Start-up shows a window in the user's language at once; SQLAlchemy and the store open
    behind it, and the main window takes its place."""
    import os
    import subprocess

    from fasilitaattori.library.seed import open_workbench

    wb = open_workbench(data_dir)
    wb.set_setting("ui_language", "sv")
    wb.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", FIRST_WINDOW, str(data_dir)], capture_output=True, text=True,
                          timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    shown = [line.split(" ", 3)[1:] for line in done.stdout.splitlines() if line.startswith("SHOWN")]
    assert shown == [["openingWindow", "False", "Dina workshoppar öppnas…"], ["mainWindow", "True", ""]]
