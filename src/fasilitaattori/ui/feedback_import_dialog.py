"""Import a survey export: choose the file, check which column answers which question, import.

The preview lists the file's columns with sample answers and a question chooser per column,
pre-set by matching the wording. Import is one undoable step; a file that does not fit tells
why in one sentence and imports nothing. A large file is read, and every file imported, by a
job (`jobs`), so the window stays responsive meanwhile.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import feedback
from ..core.feedback_import import ImportPreview, ImportResult, import_survey, preview_table
from ..core.survey_answers import reading
from ..core.survey_table import SurveyTable, read_survey
from ..errors import FasilitaattoriError
from .context import UiContext, error_text
from .feedback_questions import kind_label
from .jobs import Job, JobPanel, Progress

COLUMN, SAMPLES, QUESTION = range(3)
# Files up to this size read in well under 0.2 s; larger ones are read on a worker thread.
READ_IN_PLACE_BYTES = 256 * 1024


class FeedbackImportDialog(QDialog):
    def __init__(self, ctx: UiContext, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = workshop_id
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.combos: list[QComboBox] = []
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Import survey answers"))
        self.resize(900, 560)

        self.file_label = QLabel(self.tr("No file chosen."))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose a file…"))
        self.choose_button.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First answers"),
                                              self.tr("Question it answers")])
        self.table.setAccessibleName(self.tr("Columns of the file and the questions they answer"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(QUESTION, QHeaderView.ResizeMode.Stretch)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.panel = JobPanel(self)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)

    def choose_file(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a survey export"), str(Path.home()),
            self.tr("Survey exports (*.csv *.txt *.tsv *.xlsx);;All files (*)"))
        if not name:
            return False
        self.load(Path(name))
        return True

    def load(self, path: Path) -> bool:
        """Read the file and show its columns; a file that cannot be read says why. A large file
        is read on a worker thread: this returns at once and the preview follows."""
        self.path = path
        self.file_label.setText(str(path))
        self.preview = None
        self.table.setRowCount(0)
        self.combos = []
        self.import_button.setEnabled(False)
        try:
            large = path.stat().st_size > READ_IN_PLACE_BYTES
        except OSError:
            large = False
        if not large:
            try:
                return self._show(read_survey(path))
            except FasilitaattoriError as exc:
                return self._show(exc)
        self.status.setText(self.tr("Reading the file…"))
        self.choose_button.setEnabled(False)
        self.job = self.ctx.start_job(self.panel, self.tr("Reading the file…"), lambda _progress: read_survey(path),
                                      self._show, self._show, cancellable=False)
        return True

    def reading(self) -> bool:
        return self.job is not None and self.job.running

    def _show(self, outcome: object) -> bool:
        self.choose_button.setEnabled(True)
        try:
            if isinstance(outcome, FasilitaattoriError):
                raise outcome
            assert isinstance(outcome, SurveyTable)
            self.preview = preview_table(self.ctx.wb, self.workshop_id, outcome)
        except FasilitaattoriError as exc:
            self.preview = None
            self.status.setText(error_text(exc))
            return False
        self._fill()
        return True

    def done(self, code: int) -> None:
        if self.job is not None and self.job.running and self.job.writes:
            return  # the answers are being written: the window closes when they are
        super().done(code)

    def _fill(self) -> None:
        assert self.preview is not None
        preview = self.preview
        self.table.setRowCount(len(preview.columns))
        self.combos = []
        for row, column in enumerate(preview.columns):
            self.table.setItem(row, COLUMN, QTableWidgetItem(column.header))
            self.table.setItem(row, SAMPLES, QTableWidgetItem(""))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Question for column {column}").format(column=column.header))
            combo.addItem(self.tr("(not imported)"), "")
            for number, question in enumerate(preview.questions, start=1):
                combo.addItem(f"{number}. {question.prompt} ({kind_label(question.kind)})", question.id)
            combo.setCurrentIndex(max(0, combo.findData(column.suggested or "")))
            combo.currentIndexChanged.connect(self._update_status)
            combo.currentIndexChanged.connect(lambda _i, r=row: self._show_samples(r))
            self.table.setCellWidget(row, QUESTION, combo)
            self.combos.append(combo)
        for row in range(len(preview.columns)):
            self._show_samples(row)
        self.table.resizeRowsToContents()
        self._update_status()

    def _show_samples(self, row: int) -> None:
        """The first answers of a column as they will be read by the chosen question:
        "6 = don't know", "A4 = 4", "2 = no"; unchanged answers are shown as they are."""
        assert self.preview is not None
        column = self.preview.columns[row]
        question = next((q for q in self.preview.questions if q.id == self.combos[row].currentData()), None) \
            if row < len(self.combos) else None
        shown = []
        for value in column.samples:
            text = " ".join(value.split())
            if question is not None and question.kind in ("scale", "number", "yesno"):
                kind, number = reading(question, value)
                meaning = {"dont_know": self.tr("don't know"), "yes": self.tr("yes"), "no": self.tr("no"),
                           "invalid": self.tr("not readable"),
                           "value": str(number)}.get(kind, "")
                written_out = kind == "value" and str(number) in text and not text[:1].isalpha()
                if meaning and meaning.casefold() != text.casefold() and not written_out:
                    text = f"{text} = {meaning}"
            shown.append(text)
        self.table.setItem(row, SAMPLES, QTableWidgetItem(" · ".join(dict.fromkeys(shown))))

    def mapping(self) -> dict[int, str]:
        return {i: combo.currentData() for i, combo in enumerate(self.combos) if combo.currentData()}

    def set_question(self, column: int, question_id: str) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(max(0, combo.findData(question_id)))

    def _update_status(self) -> None:
        if self.preview is None:
            return
        chosen = len(set(self.mapping().values()))  # option columns of one question count once
        if not self.preview.questions:
            text = self.tr("The workshop has no feedback questions yet: add them first.")
        elif chosen == 0:
            text = self.tr("Choose the question each column answers.")
        else:
            text = self.tr("{rows} rows will be imported as responses, answering {columns} questions.").format(
                rows=self.preview.row_count, columns=chosen)
            if self.preview.already_imported:
                text += " " + self.tr("%n of them were imported before and will be skipped.", "",
                                      self.preview.already_imported)
        self.status.setText(text)
        self.import_button.setEnabled(chosen > 0)

    def run_import(self) -> None:
        if self.path is None:
            return
        wb, workshop_id, path, mapping = self.ctx.wb, self.workshop_id, self.path, self.mapping()
        table = self.preview.table if self.preview is not None else None
        made: list[str] = []

        def work(_progress: Progress) -> ImportResult:
            return import_survey(wb, workshop_id, path, mapping, table=table)

        def undo() -> None:
            for response_id in made:
                feedback.responses.delete(wb, response_id)

        def redo() -> None:
            for response_id in made:
                feedback.responses.restore(wb, response_id)

        def imported(result: ImportResult) -> None:
            made[:] = result.response_ids
            if made:
                self.ctx.record(self.tr("Import survey answers"), redo, undo, "feedback_response")
            self._imported(result)

        def failed(error: BaseException) -> None:
            self.import_button.setEnabled(True)
            self.ctx.report(error)
            self.status.setText(self.ctx.last_error)

        self.import_button.setEnabled(False)
        # All rows or none are written, in one transaction: there is no point at which to stop.
        self.job = self.ctx.start_job(self.panel, self.tr("Importing the answers…"), work, imported, failed,
                                      writes=True, cancellable=False)

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        if result.responses == 0:  # every row was imported before: say so, nothing changed
            self.status.setText(self.tr("All %n rows were imported before; nothing was added.", "",
                                        result.already_imported))
            self.import_button.setEnabled(False)
            return
        self.accept()
