"""The window as it first appears, while the store opens behind it.

Importing the object-relational layer and opening a decade's store takes several times as
long as showing a window. So start-up shows this frame at once, where the main window was
left and in the user's language, and puts the main window in its place when the store is
open (app.run_app). It imports nothing but Qt: it is on screen before the rest loads.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

PAINT_GRACE_MS = 500


class OpeningWindow(QMainWindow):
    painted = Signal()  # once, after the first paint: the user sees the window

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openingWindow")
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Fasilitaattori"))
        self.label = QLabel(QCoreApplication.translate("OpeningWindow", "Opening your workshops…"))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.setCentralWidget(self.label)
        settings = settings or QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)  # where the main window was left, as it will open
        else:
            self.resize(1366, 768)
        self._told = False
        self.label.installEventFilter(self)

    def show_upgrading(self) -> None:
        self.label.setText(QCoreApplication.translate(
            "UpgradeNotice", "Updating your data for this version of Fasilitaattori. This happens once and can "
            "take a minute with a large store; a copy of the data as it was is kept in the backups folder."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and not self._told:
            self._told = True
            QTimer.singleShot(0, self.painted.emit)  # after this paint has reached the screen
        return False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # A platform that paints late (or never, offscreen in some setups) must not hold start-up.
        QTimer.singleShot(PAINT_GRACE_MS, lambda: self.eventFilter(self, QEvent(QEvent.Type.Paint)))
