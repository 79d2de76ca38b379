"""A method's worksheet, seen from the library before the method is on any agenda."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ..documents.kinds import prepare_document
from .context import UiContext, error_text
from .pdf_worker import PdfWorker


class WorksheetPreview(QDialog):
    def __init__(self, ctx: UiContext, method_id: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Worksheet: %1").replace("%1", title))
        self.pdf_bytes = b""
        self.status = QLabel(self.tr("Preparing the preview…"))
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setAccessibleName(self.tr("Preview of the worksheet"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(640, 720)
        self._buffer: QBuffer | None = None
        self.worker = PdfWorker(self)
        self.worker.finished.connect(self._show)
        self.worker.failed.connect(lambda _n, error: self.status.setText(error_text(error)))
        try:
            self.worker.start(prepare_document(ctx.wb, "worksheet", method_id))
        except Exception as exc:  # noqa: BLE001
            self.status.setText(error_text(exc))

    def _show(self, _number: int, data: bytes) -> None:
        self.pdf_bytes = data
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.status.clear()
        self.status.hide()
