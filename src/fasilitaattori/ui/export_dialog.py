"""File → Export bundle: a bundle of the store or one project, optionally encrypted or with
participants as codes. The bundle is written by a job (`jobs`), so the window keeps painting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.projects import list_projects
from ..core.pseudonyms import flagged_texts
from ..sync.export import ExportResult, export_and_log
from .context import UiContext, error_text
from .jobs import Job, JobPanel, Progress
from .sync_log_view import kind_label
from .sync_widgets import file_filter, secret_field


class ExportDialog(QDialog):
    """What to export (everything or one project), where, and how it is protected."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_: object = None
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Export bundle"))
        self.resize(620, 320)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Everything in this store"), "")
        for project in list_projects(ctx.wb):
            self.scope.addItem(self.tr("Project: {name}").format(name=project.name), project.id)
        self.path = QLineEdit(str(Path.home() / "fasilitaattori.fasi"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.passphrase = secret_field()
        self.passphrase.setPlaceholderText(self.tr("leave empty for no encryption"))
        self.repeat = secret_field()
        self.pseudonymise = QCheckBox(self.tr("&Pseudonymise: replace participants' names and contacts by codes "
                                              "(for sharing outside the team; cannot be imported)"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        # Texts that seem to name a participant, shown once before a pseudonymised export.
        self.review = QPlainTextEdit()
        self.review.setReadOnly(True)
        self.review.setAccessibleName(self.tr("Texts that name a participant"))
        self.review.hide()
        self._reviewed = False
        self.pseudonymise.toggled.connect(self._review_again)
        self.scope.currentIndexChanged.connect(self._review_again)
        form = QFormLayout()
        form.addRow(self.tr("&What"), self.scope)
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, where)
        form.addRow(self.tr("P&assphrase"), self.passphrase)
        form.addRow(self.tr("&Repeat passphrase"), self.repeat)
        form.addRow("", self.pseudonymise)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.review, 1)
        layout.addStretch(1)
        self.panel = JobPanel(self)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)

    def _review_again(self) -> None:
        self._reviewed = False
        self.review.hide()
        self.export_button.setText(self.tr("&Export"))

    def _needs_review(self) -> bool:
        """Show, once, the texts whose names will become codes; True while the user should look."""
        if self._reviewed or not self.pseudonymise.isChecked():
            return False
        self._reviewed = True
        project = self.scope.currentData() or None
        flags = flagged_texts(self.ctx.wb, project)
        if not flags:
            return False
        lines = [f"{kind_label(f.entity)}: {' '.join(f.text.split())[:160]}" for f in flags]
        self.review.setPlainText("\n".join(lines))
        self.review.show()
        self.status.setText(self.tr(
            "%n text(s) seem to name a participant. In the bundle those names become codes; "
            "read them through, then press Export again.", "", len(flags)))
        self.export_button.setText(self.tr("&Export anyway"))
        return True

    def browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export bundle"), self.path.text(),
                                              file_filter())
        if name:
            self.path.setText(name if name.endswith(".fasi") else name + ".fasi")

    def export(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.status.setText(self.tr("Choose the file to write."))
            return
        if self.passphrase.text() != self.repeat.text():
            self.status.setText(self.tr("The two passphrases differ; type them again."))
            return
        if self._needs_review():
            return
        path = Path(text)
        wb, project = self.ctx.wb, self.scope.currentData() or None
        passphrase, pseudonymise = self.passphrase.text() or None, self.pseudonymise.isChecked()

        def work(_progress: Progress) -> ExportResult:
            return export_and_log(wb, path, project_id=project, passphrase=passphrase, pseudonymise=pseudonymise)

        self.export_button.setEnabled(False)
        # A bundle is written whole or not at all: there is no point at which to stop it.
        self.job = self.ctx.start_job(self.panel, self.tr("Writing {name}…").format(name=path.name), work,
                                      self._written, self._failed, cancellable=False)

    def _written(self, result: ExportResult) -> None:
        self.result_ = result
        saved = self.tr("The bundle was saved to {path}.").format(path=str(result.path))
        window = self.parentWidget()
        if result.not_logged:  # saved all the same: say so, and why the sync log misses it
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export bundle"),
                              saved + " " + self.tr("Only its entry in the sync log could not be saved: {reason}").format(
                                  reason=error_text(result.not_logged)),
                              QMessageBox.StandardButton.Ok, window)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        elif isinstance(window, QMainWindow):
            window.statusBar().showMessage(saved, 15000)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.ctx.report(error)

    def reject(self) -> None:
        if self.job is not None and self.job.running:
            return  # the file is being written; the window closes when it is
        super().reject()
