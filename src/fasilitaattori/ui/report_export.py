"""The Printouts tab's "Save as Word (DOCX)", "Save as OpenDocument (ODT)" and "Save as
accessible PDF (PDF/UA)" for the summary and the project report: the report a municipality
edits and publishes.

The store is read on the window's thread (`prepare_editable`); the document is written on a
printout worker of its own (pdf_worker.py), so the window stays responsive, and the file is
written when the bytes arrive.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from ..documents.editable import EDITABLE_KINDS, EditableFormat, format_of, prepare_editable
from ..errors import FasilitaattoriError
from ..files import check_file_name, write_atomically
from .context import UiContext, error_text
from .pdf_worker import PdfWorker

log = logging.getLogger("fasilitaattori.ui")


class ReportExport(QObject):
    """Two buttons and the saving behind them; `ref_and_options` tells what the tab has chosen:
    (kind, workshop or project id, pseudonymise)."""

    def __init__(self, ctx: UiContext, parent: QWidget, status: QLabel,
                 ref_and_options: Callable[[], tuple[str, str, bool]]) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.status = status
        self.chosen = ref_and_options
        self.docx_button = QPushButton(self.tr("Save as &Word (DOCX)…"))
        self.odt_button = QPushButton(self.tr("Save as &OpenDocument (ODT)…"))
        self.tagged_button = QPushButton(self.tr("Save as accessible PD&F (PDF/UA)…"))
        for button, fmt in ((self.docx_button, "docx"), (self.odt_button, "odt"), (self.tagged_button, "pdf")):
            button.setToolTip(self.tr("An editable report with headings, alternative texts and table headers "
                                      "that a screen reader can follow.") if fmt != "pdf" else
                              self.tr("A tagged PDF for publishing: a screen reader follows its headings, "
                                      "lists, tables and the pictures' alternative texts."))
            button.clicked.connect(lambda _checked=False, f=fmt: self.save_as(f))
        self.worker = PdfWorker(self)
        self.worker.finished.connect(self._written)
        self.worker.failed.connect(self._failed)
        self._targets: dict[int, Path] = {}

    @property
    def buttons(self) -> tuple[QPushButton, QPushButton, QPushButton]:
        return self.docx_button, self.odt_button, self.tagged_button

    def set_kind(self, kind: str) -> None:
        for button in self.buttons:
            button.setVisible(kind in EDITABLE_KINDS)

    def save_as(self, fmt: EditableFormat) -> None:
        kind, _ref, _pseudo = self.chosen()
        title, pattern = {
            "docx": (self.tr("Save as Word"), self.tr("Word documents (*.docx)")),
            "odt": (self.tr("Save as OpenDocument"), self.tr("OpenDocument texts (*.odt)")),
            "pdf": (self.tr("Save as accessible PDF"), self.tr("PDF documents (*.pdf)")),
        }[fmt]
        path, _ = QFileDialog.getSaveFileName(self.parent_widget, title, str(Path.home() / f"{kind}.{fmt}"), pattern)
        if path:
            target = Path(path)
            if not target.suffix:  # a name typed without its extension gets the chosen format's
                target = target.with_suffix(f".{fmt}")
            self.save_to(target)

    def save_to(self, path: Path) -> bool:
        """Start writing the report to `path` (its extension chooses the format); False, with a
        sentence, when it cannot start."""
        kind, ref, pseudonymise = self.chosen()
        try:
            check_file_name(path)
            fmt = format_of(path)
            if not ref:
                self.status.setText(self.tr("Choose a workshop (and for a project report, a workshop of "
                                            "a project)."))
                return False
            build = prepare_editable(self.ctx.wb, kind, ref, fmt, pseudonymise)
        except Exception as exc:  # noqa: BLE001
            self.ctx.report(exc)
            return False
        self.status.setText(self.tr("Writing %1…").replace("%1", path.name))
        for button in self.buttons:
            button.setEnabled(False)
        self._targets[self.worker.start(build)] = path
        return True

    def _written(self, number: int, data: bytes) -> None:
        path = self._targets.pop(number, None)
        self._ready()
        if path is None:
            return
        try:
            write_atomically(path, data)
        except Exception as exc:  # noqa: BLE001
            self.ctx.report(exc)
            return
        self.status.setText(self.tr("Saved to %1").replace("%1", str(path)))

    def _failed(self, number: int, error: object) -> None:
        self._targets.pop(number, None)
        self._ready()
        if isinstance(error, BaseException):
            if not isinstance(error, FasilitaattoriError):
                log.error("A report could not be written", exc_info=error)
            self.status.setText(error_text(error))

    def _ready(self) -> None:
        if not self._targets:
            for button in self.buttons:
                button.setEnabled(True)
