"""Desktop start-up: QApplication, language, store, main window, daily backup."""

from __future__ import annotations

import argparse
import logging
import sys
import threading
from pathlib import Path
from typing import Any

log = logging.getLogger("fasilitaattori.app")

APP_ID = "io.github.fasilitaattori.Fasilitaattori"
ORGANISATION = "Fasilitaattori"
APP_NAME = "Fasilitaattori"


def app_icon() -> Any:
    """The window icon from the shipped PNG sizes (the SVG needs the svg plugin)."""
    from PySide6.QtGui import QIcon

    from .paths import resource

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        path = resource("icons", f"fasilitaattori-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    return icon


def make_application() -> Any:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QApplication.setOrganizationName(ORGANISATION)
    QApplication.setApplicationName(APP_NAME)
    from . import __version__

    QApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    QApplication.setWindowIcon(app_icon())
    return app


def start_backup(wb: Any) -> threading.Thread:
    """The daily automatic backup, off the UI thread so a large store does not delay the window."""
    from .core.backups import backup_if_due

    def run() -> None:
        try:
            backup_if_due(wb)
        except Exception:  # noqa: BLE001 - a failed backup must not stop the work; it is logged
            log.exception("The automatic backup failed")

    thread = threading.Thread(target=run, name="daily-backup")
    thread.start()
    return thread


def install_error_hook(parent: Any = None) -> None:
    """A bug in a slot: logged with its traceback, the user sees one calm sentence."""
    def hook(kind: type[BaseException], error: BaseException, tb: Any) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("Unexpected error", exc_info=(kind, error, tb))
        try:
            from PySide6.QtCore import QCoreApplication, Qt
            from PySide6.QtWidgets import QMessageBox

            from .ui.context import error_text

            box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("App", "Fasilitaattori"),
                              error_text(error), QMessageBox.StandardButton.Ok, parent)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        except Exception:  # noqa: BLE001 - the hook itself must never raise
            log.exception("The error could not be shown")

    sys.excepthook = hook


def bundle_opener(target: Any) -> Any:
    """An event filter opening the import preview for each `.fasi` file macOS hands us.
    `target()` is the main window, or None while the store is still opening: a file sent
    that early is kept in `.waiting` and opened by `open_waiting` once the window is there."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QFileOpenEvent

    from .launch import BUNDLE_SUFFIX

    class _Opener(QObject):
        waiting: list[Path] = []

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
                path = Path(event.file())
                if path.suffix.lower() == BUNDLE_SUFFIX and path.is_file():
                    window = target()
                    if window is None:
                        self.waiting.append(path)
                    else:
                        open_bundle(window, path)
                    return True
            return False

        def open_waiting(self, window: Any) -> None:
            paths, self.waiting = self.waiting, []
            for path in paths:
                open_bundle(window, path)

    return _Opener()


def open_bundle(window: Any, path: Path) -> None:
    from .ui.sync_actions import open_bundle as preview

    preview(window, window.ctx, path)


def _start_failed(error: BaseException) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from .ui.context import error_text

    if not _is_user_error(error):
        log.error("Start-up failed", exc_info=error)
    QMessageBox.critical(None, QCoreApplication.translate("App", "Fasilitaattori"), error_text(error))


def _is_user_error(error: BaseException) -> bool:
    from .errors import FasilitaattoriError

    return isinstance(error, FasilitaattoriError)


def preload() -> None:
    """Import the store and core (SQLAlchemy's ORM is most of it): in the thread that opens
    the store, while the window appears."""
    from . import library  # noqa: F401
    from .core import agenda, browse, preferences, search, workshops  # noqa: F401
    from .library import seed  # noqa: F401


class _Opening:
    """The store, opened (and upgraded if need be) in a second thread while the window appears."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.wb: Any = None
        self.error: BaseException | None = None
        self.upgrading = False
        self.thread = threading.Thread(target=self._run, name="open-store")

    def _run(self) -> None:
        try:
            preload()
            from .library.seed import open_workbench
            from .store.location import DB_NAME
            from .store.migrate import needs_upgrade

            self.upgrading = needs_upgrade(self.data_dir / DB_NAME)
            self.wb = open_workbench(self.data_dir)
        except BaseException as exc:  # noqa: BLE001 - handed to the window's thread, which says it
            self.error = exc

    def done(self) -> bool:
        return self.thread.ident is not None and not self.thread.is_alive()


_POLL_MS = 20


def run_app(args: argparse.Namespace) -> int:
    """Show the window at once, open the store behind it, then put the main window in its place.

    Nothing here imports SQLAlchemy before the first window is on screen: the language comes
    from a read-only sqlite3 glance at the settings, the store opens in a second thread."""
    from .logs import setup_logging
    from .store.location import default_data_dir, peek_setting

    data_dir = Path(args.data_dir or default_data_dir()).expanduser()
    setup_logging(data_dir)
    opening = _Opening(data_dir)
    app = make_application()
    from PySide6.QtCore import QTimer

    from .ui.i18n import choose_language, install_language
    from .ui.opening_window import OpeningWindow

    language = peek_setting(data_dir, "ui_language")  # core.preferences.UI_LANGUAGE_KEY
    install_language(choose_language(language if isinstance(language, str) else None))
    from .ui.instance_lock import lock_data_folder

    try:
        instance = lock_data_folder(data_dir)  # noqa: F841 - held until the program ends
    except Exception as exc:  # noqa: BLE001 - one sentence, no traceback, then exit
        _start_failed(exc)
        return 1
    shell = OpeningWindow()
    backup: list[threading.Thread] = []
    made: dict[str, Any] = {}
    opener = bundle_opener(lambda: made.get("window"))
    app.installEventFilter(opener)  # macOS may send a double-clicked bundle before the window is there
    hook_before = sys.excepthook

    def open_main() -> None:
        if not opening.done():
            if opening.upgrading:
                shell.show_upgrading()
            QTimer.singleShot(_POLL_MS, open_main)
            return
        try:
            if opening.error is not None:
                raise opening.error
            wb = opening.wb
            from .ui.main_window import MainWindow

            window = made["window"] = MainWindow(wb)
            install_error_hook(window)
            window.show()
            shell.close()
            bundle = getattr(args, "bundle", None)
            if bundle is not None:  # a double-clicked .fasi file: its import preview over the window
                QTimer.singleShot(0, lambda: open_bundle(window, Path(bundle)))
            else:
                QTimer.singleShot(300, window.sync_on_start)
            QTimer.singleShot(0, lambda: opener.open_waiting(window))
            QTimer.singleShot(1500, lambda: backup.append(start_backup(wb)))
        except Exception as exc:  # noqa: BLE001 - one sentence, no traceback, then exit
            # The opening window stays until the sentence is read: closing it first would end
            # the program (last window closed) under the message, with exit code 0.
            _start_failed(exc)
            app.exit(1)

    def painted() -> None:
        opening.thread.start()
        open_main()

    shell.painted.connect(painted)
    try:
        shell.show()
        return int(app.exec())
    except Exception as exc:  # noqa: BLE001
        _start_failed(exc)
        return 1
    finally:
        app.removeEventFilter(opener)
        sys.excepthook = hook_before
        if opening.thread.ident is not None:
            opening.thread.join()
        for thread in backup:
            thread.join()
        window = made.get("window")
        if window is not None:
            import shiboken6

            # The window's timers and shortcuts must not outlive the store they serve.
            shiboken6.delete(window)
        shell.hide()
        shell.deleteLater()
        if opening.wb is not None:
            opening.wb.close()
