"""Small pieces the sync windows share: the bundle file filter, the busy cursor, a passphrase
line and the progress of a long import."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QLineEdit,
    QProgressDialog,
    QWidget,
)

from ..sync.importer import cancelled


def file_filter() -> str:
    return QCoreApplication.translate("SyncActions", "Fasilitaattori bundles (*.fasi);;All files (*)")


def busy() -> None:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)


def idle() -> None:
    QGuiApplication.restoreOverrideCursor()


def secret_field() -> QLineEdit:
    """A line for a passphrase: what is typed is not shown."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class ImportProgress(QProgressDialog):
    """Rows read so far while a bundle is checked or imported; Cancel stops it and, for an
    import, rolls everything back. Shown only when the work takes more than a moment."""

    def __init__(self, label: str, parent: QWidget | None) -> None:
        super().__init__(label, QCoreApplication.translate("SyncActions", "Cancel"), 0, 100, parent)
        self.setWindowTitle(QCoreApplication.translate("SyncActions", "Sync"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(400)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(440)
        self.setValue(0)

    def __call__(self, done: int, total: int) -> None:
        self.setMaximum(max(total, 1))
        self.setValue(min(done, max(total, 1)))
        QCoreApplication.processEvents()
        if self.wasCanceled():
            raise cancelled()
