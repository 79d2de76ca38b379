"""The Feedback tab: the workshop's questions, fast entry of paper forms, survey import and
the statistics with charts.

Left: the questions (top) and the paper-form grid (bottom). Right: response rate and one chart
per question. Everything follows the chosen workshop and refreshes when feedback changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.workshops import workshops
from ..errors import FasilitaattoriError
from .context import UiContext
from .feedback_questions import QuestionsEditor
from .feedback_stats_view import FeedbackStatsView
from .paper_entry import PaperEntryGrid

FEEDBACK_ENTITIES = {"", "feedback_question", "feedback_response", "feedback_answer", "question_set",
                     "workshop", "participant", "attendance", "head_count"}


class FeedbackTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = ""

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.import_button = QPushButton(self.tr("Import a survey export (CSV, Excel)…"))
        self.import_button.clicked.connect(self.open_import)
        self.enter_button = QPushButton(self.tr("Enter paper forms"))
        self.enter_button.setToolTip(self.tr("Digits answer scales, 1/0 yes or no, - skips; "
                                             "the form is saved after the last question."))
        self.enter_button.clicked.connect(lambda: self.entry.start_entry())
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.enter_button)
        top.addWidget(self.import_button)

        self.questions = QuestionsEditor(ctx)
        self.entry = PaperEntryGrid(ctx)
        self.entry_help = QLabel(self.tr("Keyboard: digit = scale answer, 1/k/y = yes, 0/e/n = no, "
                                         "- or Space = no answer, type for text (Enter ends). "
                                         "The form is saved after the last question."))
        self.entry_help.setWordWrap(True)
        self.stats = FeedbackStatsView(ctx)

        questions_box = QGroupBox(self.tr("Questions"))
        QVBoxLayout(questions_box).addWidget(self.questions)
        entry_box = QGroupBox(self.tr("Paper forms"))
        entry_layout = QVBoxLayout(entry_box)
        entry_layout.addWidget(self.entry, 1)
        entry_layout.addWidget(self.entry_help)
        stats_box = QGroupBox(self.tr("Results"))
        QVBoxLayout(stats_box).addWidget(self.stats)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(questions_box)
        left.addWidget(entry_box)
        left.setStretchFactor(0, 2)
        left.setStretchFactor(1, 3)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(stats_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([780, 520])  # proportions; the results need room for their charts
        stats_box.setMinimumWidth(300)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        ctx.workshop_selected.connect(self.set_workshop)
        ctx.changed.connect(self._changed)
        self.set_workshop(ctx.workshop_id)

    def set_workshop(self, workshop_id: str) -> None:
        language = ""
        title = self.tr("Choose a workshop to see its feedback.")
        if workshop_id:
            try:
                workshop = workshops.get(self.ctx.wb, workshop_id)
                language, title = workshop.language, workshop.title
            except FasilitaattoriError:
                workshop_id = ""
        self.workshop_id = workshop_id
        self.title.setText(title)
        self.questions.set_workshop(workshop_id, language)
        self.entry.set_workshop(workshop_id)
        self.stats.set_workshop(workshop_id)
        for widget in (self.import_button, self.enter_button):
            widget.setEnabled(bool(workshop_id))

    def _changed(self, entity: str) -> None:
        if entity not in FEEDBACK_ENTITIES:
            return
        if entity in ("", "workshop"):
            self.set_workshop(self.workshop_id)
            return
        self.questions.reload()
        self.entry.reload()
        self.stats.set_workshop(self.workshop_id)

    def open_import(self) -> None:
        from .feedback_import_dialog import FeedbackImportDialog

        if not self.workshop_id:
            return
        dialog = FeedbackImportDialog(self.ctx, self.workshop_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        if dialog.choose_file():
            return
        dialog.close()
