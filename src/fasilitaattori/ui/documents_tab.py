"""Documents tab: pick a printout, see it at once (QtPdf), save it as PDF or print it; the
summary and the project report also as editable DOCX or ODT (report_export.py).

The preview follows every choice by itself; the layout runs on a worker thread (pdf_worker.py)
so a long summary does not freeze the window. The worksheet list offers the blocks whose method
has a worksheet layout, by part of the day, then the other blocks' general answer sheet.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt, QTimer
from PySide6.QtGui import (
    QGuiApplication,
    QKeySequence,
    QPainter,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
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

from ..core import workshops
from ..core.dates import format_time
from ..documents.base import DocumentOptions
from ..documents.commands import write_pdf
from ..documents.groups import split_groups
from ..documents.kinds import KINDS, prepare_document
from ..documents.worksheet_set import SheetChoice, worksheet_choices
from ..errors import FasilitaattoriError
from .choice_items import choice_item, list_heading
from .context import UiContext, error_text
from .i18n import current_language
from .pdf_worker import PdfWorker
from .report_export import ReportExport

log = logging.getLogger("fasilitaattori.ui")


def kind_label(key: str) -> str:
    labels = {
        "summary": QCoreApplication.translate("DocumentsTab", "Workshop summary"),
        "agenda": QCoreApplication.translate("DocumentsTab", "Participant agenda"),
        "run-sheet": QCoreApplication.translate("DocumentsTab", "Run sheet"),
        "packing-list": QCoreApplication.translate("DocumentsTab", "Packing list"),
        "timeline": QCoreApplication.translate("DocumentsTab", "Timeline"),
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
        self.block.setModel(QStandardItemModel(self.block))
        self.block.setMaxVisibleItems(20)
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

        self.preview_button = QPushButton(self.tr("Refresh pre&view"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.SaveAs))
        self.print_button = QPushButton(self.tr("P&rint…"))
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.save_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = QLabel()  # the preview's state: "3 pages", or why there is none
        self.status.setWordWrap(True)
        self.saved = QLabel()  # apart, so a preview laid out after a save cannot wipe "Saved to …"
        self.saved.setWordWrap(True)
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export = ReportExport(ctx, self, self.saved, lambda: (self.current_kind(), self._ref_id(),
                                                                    self.pseudonymise.isChecked()))
        editable = QVBoxLayout()  # one under the other: the Finnish labels need the room
        for button in self.export.buttons:
            editable.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.worker = PdfWorker(self)
        self._then: Callable[[], None] | None = None  # what waits for the layout (saving, printing)
        self.worker.finished.connect(self._rendered)
        self.worker.failed.connect(self._render_failed)
        self._pending = QTimer(self)  # a burst of changes (typing group names) makes one preview
        self._pending.setSingleShot(True)
        self._pending.setInterval(150)
        self._pending.timeout.connect(lambda: self.preview() if self.isVisible() else None)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setAccessibleName(self.tr("Preview of the printout"))

        left = QVBoxLayout()
        left.addLayout(form)
        left.addLayout(buttons)
        left.addLayout(editable)
        left.addWidget(self.status)
        left.addWidget(self.saved)
        left.addStretch(1)
        side = QWidget()
        side.setLayout(left)
        # Two parts of five for the choices, never less than they need: a fixed width cut
        # "All worksheets of this workshop" and the options in long-worded languages.
        layout = QHBoxLayout(self)
        layout.addWidget(side, 2)
        layout.addWidget(self.view, 3)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        for combo in (self.block, self.paper):
            combo.currentIndexChanged.connect(self._choice_changed)
        for box in (self.large, self.contrast, self.pseudonymise):
            box.toggled.connect(self._choice_changed)
        self.groups.textEdited.connect(self._choice_changed)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_document)
        ctx.workshop_selected.connect(lambda _id: self._workshop_changed())
        ctx.changed.connect(self._on_changed)
        self._reload_blocks()
        self._kind_changed()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self.pdf_bytes and not self._pending.isActive():
            self._pending.start()

    # -- state ---------------------------------------------------------------------
    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def _kind_changed(self) -> None:
        worksheet = self.current_kind() == "worksheet"
        for widget in (self.block, self.block_label, self.groups, self.groups_label):
            widget.setVisible(worksheet)
        self.pseudonymise.setVisible(self.current_kind() in ("summary", "project-report"))
        self.export.set_kind(self.current_kind())
        self._choice_changed()

    def _choice_changed(self) -> None:
        """Any change of what to print: the shown preview is stale, a new one follows."""
        self.document.close()
        self.pdf_bytes = b""
        self.worker.latest += 1  # a layout still running for the old choice is dropped
        self.status.setText(self.tr("Preparing the preview…"))
        self._pending.start()

    def _workshop_changed(self) -> None:
        self._reload_blocks()
        self._choice_changed()

    def _on_changed(self, entity: str) -> None:
        if entity in ("agenda_item", "workshop", "method", ""):
            self._reload_blocks()
        # The printout shows the store as it is now: laid out again at once when the tab is
        # shown, else the next time it is (the timer skips a hidden tab).
        self._choice_changed()

    def _reload_blocks(self) -> None:
        current = self.block.currentData()
        model = self.block.model()
        assert isinstance(model, QStandardItemModel)
        self.block.blockSignals(True)
        model.clear()
        try:
            choices = worksheet_choices(self.ctx.wb, self.ctx.workshop_id) if self.ctx.workshop_id else []
        except Exception as exc:  # noqa: BLE001
            self.ctx.report(exc)
            choices = []
        language = current_language()

        def row(choice: SheetChoice) -> QStandardItem:  # the start as the UI language writes times
            return choice_item(f"{format_time(language, choice.start)}  {choice.title}", choice.block_id)

        own = [c for c in choices if c.own_layout]
        if own:
            model.appendRow(choice_item(self.tr("All worksheets of this workshop"), self.ctx.workshop_id))
        parts = sorted({c.part for c in own})
        for part in parts:
            if len(parts) > 1:
                model.appendRow(list_heading(self.tr("Part %1").replace("%1", str(part))))
            for choice in own:
                if choice.part == part:
                    model.appendRow(row(choice))
        general = [c for c in choices if not c.own_layout]
        if general:
            model.appendRow(list_heading(self.tr("General answer sheet")))
            for choice in general:
                model.appendRow(row(choice))
        index = self.block.findData(current) if current else -1
        self.block.setCurrentIndex(index if index >= 0 else (0 if model.rowCount() else -1))
        self.block.blockSignals(False)

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
    def _prepare(self) -> Callable[[], bytes] | None:
        """Read what the printout needs from the store; None (and a sentence) when it cannot."""
        ref = self._ref_id()
        if not ref:
            if self.current_kind() == "worksheet" and self.ctx.workshop_id:
                self.status.setText(self.tr("No block of this workshop has a method; add one from the "
                                            "method library to print its worksheet."))
            else:
                self.status.setText(self.tr("Choose a workshop (and for a project report, a workshop of "
                                            "a project)."))
            return None
        groups = split_groups(self.groups.text())  # "Pöytä 1=its question; …" too
        try:
            return prepare_document(self.ctx.wb, self.current_kind(), ref, self.options(), groups,
                                    pseudonymise=self.pseudonymise.isVisible() and self.pseudonymise.isChecked())
        except Exception as exc:  # noqa: BLE001
            self.status.setText(error_text(exc))
            return None

    def build(self) -> bool:
        """The PDF now (for saving and printing): the preview's when it is current."""
        if self.pdf_bytes and not self._pending.isActive():
            return True
        render = self._prepare()
        if render is None:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._show(PdfWorker.run_now(render))
        except Exception as exc:  # noqa: BLE001
            self.ctx.report(exc)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        return True

    def preview(self) -> None:
        """Lay out the current choice on the worker; the preview appears when it is ready."""
        self._pending.stop()
        render = self._prepare()
        if render is None:
            self.document.close()
            self.pdf_bytes = b""
            self._then = None
            return
        self.status.setText(self.tr("Preparing the preview…"))
        self.worker.start(render)

    def _rendered(self, number: int, data: bytes) -> None:
        if number == self.worker.latest:
            self._show(data)
            then, self._then = self._then, None
            if then is not None:
                then()

    def _render_failed(self, number: int, error: object) -> None:
        if number == self.worker.latest and isinstance(error, BaseException):
            self._then = None
            if not isinstance(error, FasilitaattoriError):
                log.error("A printout could not be laid out", exc_info=error)
            self.status.setText(error_text(error))

    def _show(self, data: bytes) -> None:
        self.pdf_bytes = data
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
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
        self.saved.setText(self.tr("Saved to %1").replace("%1", str(path)))
        return True

    def _when_built(self, then: Callable[[], None]) -> None:
        """`then()` once the current choice is laid out: at once if the preview is current,
        else when the worker has laid it out, the window painting meanwhile."""
        if self.pdf_bytes and not self._pending.isActive():
            then()
            return
        self._then = then
        self.preview()

    def save_as(self) -> None:
        self._when_built(self._save_as)

    def _save_as(self) -> None:
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
        self._when_built(self._print)

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.open()
