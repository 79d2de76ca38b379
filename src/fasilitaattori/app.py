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


def bundle_opener(window: Any) -> Any:
    """An event filter opening the import preview for each `.fasi` file macOS hands us."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QFileOpenEvent

    from .launch import BUNDLE_SUFFIX

    class _Opener(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
                path = Path(event.file())
                if path.suffix.lower() == BUNDLE_SUFFIX and path.is_file():
                    open_bundle(window, path)
                    return True
            return False

    return _Opener(window)


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
    """Import the store and core before Qt: PySide6 inspects every module imported after it,
    which made the same imports 0.1-0.25 s slower (measured in bench/bench_startup.py)."""
    from . import library  # noqa: F401
    from .core import agenda, browse, preferences, search, workshops  # noqa: F401
    from .library import seed  # noqa: F401


def run_app(args: argparse.Namespace) -> int:
    preload()
    from .logs import setup_logging
    from .store.db import default_data_dir

    data_dir = Path(args.data_dir or default_data_dir()).expanduser()
    setup_logging(data_dir)
    app = make_application()
    from PySide6.QtCore import QTimer

    from .ui.i18n import choose_language, install_language

    install_language(choose_language(None))  # until the store tells us the user's choice
    try:
        from .core.preferences import ui_language
        from .ui.instance_lock import lock_data_folder
        from .ui.upgrade_notice import open_workbench_with_notice

        instance = lock_data_folder(data_dir)  # noqa: F841 - held until the program ends
        wb = open_workbench_with_notice(data_dir)
    except Exception as exc:  # noqa: BLE001 - one sentence, no traceback, then exit
        _start_failed(exc)
        return 1
    backup: list[threading.Thread] = []
    window = None
    opener: Any = None
    hook_before = sys.excepthook
    try:
        language = ui_language(wb)
        if language:
            install_language(choose_language(language))
        from .ui.main_window import MainWindow

        window = MainWindow(wb)
        install_error_hook(window)
        window.show()
        bundle = getattr(args, "bundle", None)
        if bundle is not None:  # a double-clicked .fasi file: its import preview over the window
            QTimer.singleShot(0, lambda: open_bundle(window, Path(bundle)))
        else:
            QTimer.singleShot(300, window.sync_on_start)
        opener = bundle_opener(window)  # macOS sends a double-clicked bundle as an event instead
        app.installEventFilter(opener)
        QTimer.singleShot(1500, lambda: backup.append(start_backup(wb)))
        return int(app.exec())
    except Exception as exc:  # noqa: BLE001
        _start_failed(exc)
        return 1
    finally:
        if opener is not None:
            app.removeEventFilter(opener)
        sys.excepthook = hook_before
        for thread in backup:
            thread.join()
        if window is not None:
            import shiboken6

            # The window's timers and shortcuts must not outlive the store they serve.
            shiboken6.delete(window)
        wb.close()
