"""Documents tab: pick a printout, preview it (QtPdf), save it as PDF or print it."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import agenda, workshops
from ..documents.base import DocumentOptions
from ..documents.commands import write_pdf
from ..documents.kinds import KINDS, build_document
from .context import UiContext

log = logging.getLogger("fasilitaattori.ui")


def kind_label(key: str) -> str:
    labels = {
        "summary": QCoreApplication.translate("DocumentsTab", "Workshop summary"),
        "agenda": QCoreApplication.translate("DocumentsTab", "Participant agenda"),
        "run-sheet": QCoreApplication.translate("DocumentsTab", "Run sheet"),
        "packing-list": QCoreApplication.translate("DocumentsTab", "Packing list"),
        "signin": QCoreApplication.translate("DocumentsTab", "Sign-in sheet"),
        "feedback-form": QCoreApplication.translate("DocumentsTab", "Feedback form"),
        "worksheet": QCoreApplication.translate("DocumentsTab", "Worksheet"),
        "project-report": QCoreApplication.translate("DocumentsTab", "Project report"),
    }
    return labels.get(key, key)


class DocumentsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pdf_bytes: bytes = b""
        self._buffer: QBuffer | None = None

        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(kind_label(kind.key), kind.key)
        self.kind.setAccessibleName(self.tr("Printout"))
        self.block = QComboBox()
        self.block.setAccessibleName(self.tr("Block whose worksheet to print"))
        self.groups = QLineEdit()
        self.groups.setPlaceholderText(self.tr("e.g. Group 1, Group 2, Group 3"))
        self.groups.setAccessibleName(self.tr("One copy per group"))
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "A4")
        self.paper.addItem(self.tr("A3"), "A3")
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.large = QCheckBox(self.tr("&Large print"))
        self.contrast = QCheckBox(self.tr("&High contrast"))
        self.pseudonymise = QCheckBox(self.tr("Participants as co&des (P-017)"))
        self.pseudonymise.setToolTip(self.tr(
            "Names and contact details of participants are replaced by codes, also inside notes. "
            "For reports that leave the project."))

        form = QFormLayout()
        form.addRow(self.tr("&Printout:"), self.kind)
        self.block_label = QLabel(self.tr("&Block:"))
        self.block_label.setBuddy(self.block)
        form.addRow(self.block_label, self.block)
        self.groups_label = QLabel(self.tr("&Copies for groups:"))
        self.groups_label.setBuddy(self.groups)
        form.addRow(self.groups_label, self.groups)
        form.addRow(self.tr("P&aper:"), self.paper)
        options = QHBoxLayout()
        options.addWidget(self.large)
        options.addWidget(self.contrast)
        options.addStretch(1)
        form.addRow("", options)
        form.addRow("", self.pseudonymise)

        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.SaveAs))
        self.print_button = QPushButton(self.tr("P&rint…"))
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.save_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = QLabel(self.tr("Choose a printout and press Preview to see it here."))
        self.status.setWordWrap(True)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setAccessibleName(self.tr("Preview of the printout"))

        left = QVBoxLayout()
        left.addLayout(form)
        left.addLayout(buttons)
        left.addWidget(self.status)
        left.addStretch(1)
        side = QWidget()
        side.setLayout(left)
        side.setMaximumWidth(420)
        layout = QHBoxLayout(self)
        layout.addWidget(side)
        layout.addWidget(self.view, 1)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_document)
        ctx.workshop_selected.connect(lambda _id: self._reload_blocks())
        ctx.changed.connect(self._on_changed)
        self._reload_blocks()
        self._kind_changed()

    # -- state ---------------------------------------------------------------------
    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def _kind_changed(self) -> None:
        worksheet = self.current_kind() == "worksheet"
        for widget in (self.block, self.block_label, self.groups, self.groups_label):
            widget.setVisible(worksheet)
        self.pseudonymise.setVisible(self.current_kind() in ("summary", "project-report"))
        self.document.close()
        self.pdf_bytes = b""
        self.status.clear()

    def _on_changed(self, entity: str) -> None:
        if entity in ("agenda_item", "workshop", ""):
            self._reload_blocks()

    def _reload_blocks(self) -> None:
        current = self.block.currentData()
        self.block.clear()
        if not self.ctx.workshop_id:
            return
        try:
            items = agenda.list_agenda(self.ctx.wb, self.ctx.workshop_id)
        except Exception as exc:  # noqa: BLE001
            self.ctx.report(exc)
            return
        for item in items:
            if item.method_id:
                self.block.addItem(item.title, item.id)
        index = self.block.findData(current)
        if index >= 0:
            self.block.setCurrentIndex(index)

    def _ref_id(self) -> str:
        kind = next(k for k in KINDS if k.key == self.current_kind())
        if kind.scope == "worksheet":
            return str(self.block.currentData() or "")
        if kind.scope == "project":
            if not self.ctx.workshop_id:
                return ""
            return workshops.workshops.get(self.ctx.wb, self.ctx.workshop_id).project_id or ""
        return self.ctx.workshop_id

    def options(self) -> DocumentOptions:
        return DocumentOptions(page_size="A3" if self.paper.currentData() == "A3" else "A4",
                               large_print=self.large.isChecked(), high_contrast=self.contrast.isChecked())

    # -- actions -------------------------------------------------------------------
    def build(self) -> bool:
        ref = self._ref_id()
        if not ref:
            self.status.setText(self.tr("Choose a workshop (and for a project report, a workshop of a project)."))
            return False
        groups = [g.strip() for g in self.groups.text().split(",") if g.strip()]
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.pdf_bytes = build_document(self.ctx.wb, self.current_kind(), ref, self.options(), groups,
                                            pseudonymise=self.pseudonymise.isVisible()
                                            and self.pseudonymise.isChecked())
        except Exception as exc:  # noqa: BLE001
            self.ctx.report(exc)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        return True

    def preview(self) -> None:
        if not self.build():
            return
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self.pdf_bytes))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.status.setText(self.tr("%n page(s)", "", self.document.pageCount()))

    def save_to(self, path: Path) -> bool:
        if not self.pdf_bytes and not self.build():
            return False
        try:
            write_pdf(path, self.pdf_bytes)
        except Exception as exc:  # noqa: BLE001
            self.ctx.report(exc)
            return False
        self.status.setText(self.tr("Saved to %1").replace("%1", str(path)))
        return True

    def save_as(self) -> None:
        if not self.build():
            return
        name = f"{self.current_kind()}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), str(Path.home() / name),
                                              self.tr("PDF documents (*.pdf)"))
        if path:
            self.save_to(Path(path))

    def print_to(self, printer: QPrinter) -> None:
        """Paint every page of the built PDF onto the printer, scaled to its page."""
        painter = QPainter()
        if not painter.begin(printer):
            self.ctx.report(RuntimeError("The printer could not be started."))
            return
        try:
            dpi = printer.resolution()
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
                image = self.document.render(page, size)
                target = painter.viewport()
                scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(target.x(), target.y(), image.scaled(scaled))
        finally:
            painter.end()

    def print_document(self) -> None:
        self.preview()
        if not self.pdf_bytes:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.open()
