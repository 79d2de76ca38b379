"""Start-up probe: report when the desktop app's main window is shown and usable, then quit.

The probe does not copy the start-up code: it wraps QApplication so that the real `run_app`
runs unchanged, watches for the first QMainWindow to be shown and painted (the event loop is
then running and the window answers input), prints one line and quits the application:

    FASILITAATTORI_WINDOW_SHOWN <seconds since the interpreter started> <window title>

The benchmark reads the wall-clock time from outside; the in-process seconds show how much of
it was spent before Python code ran (bootloader, interpreter start-up).
"""

from __future__ import annotations

import sys
import time
from typing import Any

MARKER = "FASILITAATTORI_WINDOW_SHOWN"
INFO_MARKER = "FASILITAATTORI_PROBE_INFO"  # where Qt looks for its plugins and translations
TIMEOUT_MARKER = "FASILITAATTORI_PROBE_TIMEOUT"
TIMEOUT_EXIT = 3
PAINT_GRACE_MS = 5000


def install(started: float, timeout_s: float = 120.0, window_name: str = "") -> None:
    """Replace QtWidgets.QApplication with a watching subclass; call before the app is made.
    With `window_name`, wait for the QMainWindow of that object name (the program first shows
    its opening window, then the main window once the store is open)."""
    from PySide6 import QtWidgets
    from PySide6.QtCore import QEvent, QLibraryInfo, QObject, QTimer

    class Watcher(QObject):
        def __init__(self, app: QtWidgets.QApplication) -> None:
            super().__init__(app)
            self.app = app
            self.window: QtWidgets.QMainWindow | None = None
            self.painted = False
            self.done = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
            kind = event.type()
            if self.window is None and kind == QEvent.Type.Show and isinstance(obj, QtWidgets.QMainWindow) \
                    and obj.isWindow() and (not window_name or obj.objectName() == window_name):
                self.window = obj
                # A platform that never paints (none known) must not hang the probe.
                QTimer.singleShot(PAINT_GRACE_MS, self.finish)
            elif self.window is not None and not self.painted and kind == QEvent.Type.Paint \
                    and isinstance(obj, QtWidgets.QWidget) and obj.window() is self.window:
                self.painted = True
                # Runs after this paint pass, back in the event loop.
                QTimer.singleShot(0, self.finish)
            return False

        def finish(self) -> None:
            if self.window is None or self.done:
                return
            self.done = True
            elapsed = time.perf_counter() - started
            title = self.window.windowTitle() or "?"
            print(f"{MARKER} {elapsed:.3f} {title} painted={'yes' if self.painted else 'no'}", flush=True)
            paths = QLibraryInfo.LibraryPath
            print(f"{INFO_MARKER} platform={self.app.platformName()}"
                  f" plugins={QLibraryInfo.path(paths.PluginsPath)}"
                  f" translations={QLibraryInfo.path(paths.TranslationsPath)}", flush=True)
            self.app.quit()

        def give_up(self) -> None:
            print(f"{TIMEOUT_MARKER} no main window within {timeout_s:.0f} s", file=sys.stderr, flush=True)
            self.app.exit(TIMEOUT_EXIT)

    base = QtWidgets.QApplication

    class ProbeApplication(base):  # type: ignore[misc, valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._probe_watcher = Watcher(self)
            self.installEventFilter(self._probe_watcher)
            QTimer.singleShot(int(timeout_s * 1000), self._probe_watcher.give_up)

    QtWidgets.QApplication = ProbeApplication  # type: ignore[misc]
