"""The feedback questions of a workshop: add, edit in place, reorder, remove, question sets.

Every change is one undo step through `UiContext`; reordering is also on the keyboard
(Alt+Up / Alt+Down), like the agenda.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import feedback
from ..core.question_sets import apply_question_set, list_question_sets, move_question, save_question_set
from ..store.models import FeedbackQuestion
from .context import UiContext

KIND_LABELS = {
    "scale": QT_TRANSLATE_NOOP("feedback", "Scale"),
    "yesno": QT_TRANSLATE_NOOP("feedback", "Yes / no"),
    "text": QT_TRANSLATE_NOOP("feedback", "Free text"),
    "choice": QT_TRANSLATE_NOOP("feedback", "Single choice"),
    "multi": QT_TRANSLATE_NOOP("feedback", "Multiple choice"),
    "number": QT_TRANSLATE_NOOP("feedback", "Number"),
    "profile": QT_TRANSLATE_NOOP("feedback", "Background (municipality, role…)"),
}
PROMPT, KIND, LOW, HIGH = range(4)
FIELD_OF_COLUMN = {PROMPT: "prompt", LOW: "low_label", HIGH: "high_label"}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("feedback", KIND_LABELS.get(kind, kind))


class QuestionsEditor(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = ""
        self._questions: list[FeedbackQuestion] = []
        self._loading = False

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Kind"), self.tr("Lowest means"),
                                              self.tr("Highest means")])
        self.table.setAccessibleName(self.tr("Feedback questions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PROMPT, QHeaderView.ResizeMode.Stretch)
        for column in (KIND, LOW, HIGH):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._edited)

        self.new_prompt = QLineEdit()
        self.new_prompt.setPlaceholderText(self.tr("Type a new question and press Enter"))
        self.new_prompt.setAccessibleName(self.tr("New question"))
        self.new_kind = QComboBox()
        self.new_kind.setAccessibleName(self.tr("Kind of the new question"))
        for kind in feedback.KINDS:
            self.new_kind.addItem(kind_label(kind), kind)
        self.add_button = QPushButton(self.tr("Add"))
        self.new_prompt.returnPressed.connect(self.add_question)
        self.add_button.clicked.connect(self.add_question)

        self.up_action = QAction(self.tr("Move up"), self)
        self.up_action.setShortcut(QKeySequence("Alt+Up"))
        self.up_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.up_action.triggered.connect(lambda: self.move_current(-1))
        self.down_action = QAction(self.tr("Move down"), self)
        self.down_action.setShortcut(QKeySequence("Alt+Down"))
        self.down_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.down_action.triggered.connect(lambda: self.move_current(1))
        self.remove_action = QAction(self.tr("Remove question"), self)
        self.remove_action.triggered.connect(self.remove_current)
        self.addActions([self.up_action, self.down_action])
        buttons = QHBoxLayout()
        for action in (self.up_action, self.down_action, self.remove_action):
            button = QPushButton(action.text())
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.sets = QComboBox()
        self.sets.setAccessibleName(self.tr("Question set"))
        self.sets.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sets.setMinimumContentsLength(18)
        self.apply_button = QPushButton(self.tr("Add questions of the set"))
        self.apply_button.clicked.connect(self.apply_selected_set)
        self.save_set_button = QPushButton(self.tr("Save as a set…"))
        self.save_set_button.clicked.connect(self._ask_set_name)
        # Question sets on a row of their own, so the tab fits beside the results at 1366 px.
        set_row = QHBoxLayout()
        set_row.addWidget(self.sets, 1)
        set_row.addWidget(self.apply_button)
        set_row.addWidget(self.save_set_button)

        add_row = QHBoxLayout()
        add_row.addWidget(self.new_prompt, 1)
        add_row.addWidget(self.new_kind)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(add_row)
        layout.addLayout(buttons)
        layout.addLayout(set_row)

    # -- loading -------------------------------------------------------------------------
    def set_workshop(self, workshop_id: str, language: str = "") -> None:
        if workshop_id != self.workshop_id:
            self.sets.setCurrentIndex(-1)  # offer the sets in the new workshop's language first
        self.workshop_id = workshop_id
        self._language = language
        self.reload()

    def reload(self) -> None:
        current = self.current_question()
        self._questions = feedback.list_questions(self.ctx.wb, self.workshop_id) if self.workshop_id else []
        self._loading = True
        self.table.setRowCount(len(self._questions))
        for row, question in enumerate(self._questions):
            cells = {PROMPT: question.prompt, KIND: kind_label(question.kind),
                     LOW: question.low_label if question.kind == "scale" else "",
                     HIGH: question.high_label if question.kind == "scale" else ""}
            if question.kind in ("scale", "number"):
                cells[KIND] = f"{kind_label(question.kind)} {question.scale_min}–{question.scale_max}"
            elif question.kind in ("choice", "multi") and question.options:
                cells[KIND] = f"{kind_label(question.kind)}: {', '.join(question.options.splitlines())}"
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                editable = column == PROMPT or (column in (LOW, HIGH) and question.kind == "scale")
                flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
                self.table.setItem(row, column, item)
        self._loading = False
        if current is not None:
            self.select_question(current.id)
        self._reload_sets()
        enabled = bool(self.workshop_id)
        for widget in (self.new_prompt, self.add_button, self.apply_button, self.save_set_button, self.sets):
            widget.setEnabled(enabled)

    def _reload_sets(self) -> None:
        chosen = self.sets.currentData()
        self.sets.clear()
        infos = list_question_sets(self.ctx.wb)
        language = getattr(self, "_language", "")
        infos.sort(key=lambda s: (s.language != language, s.builtin, s.name))
        for info in infos:
            self.sets.addItem(f"{info.name} ({info.language})", info.id)
        index = self.sets.findData(chosen)
        self.sets.setCurrentIndex(max(index, 0))

    def questions(self) -> list[FeedbackQuestion]:
        return list(self._questions)

    def current_question(self) -> FeedbackQuestion | None:
        row = self.table.currentRow()
        return self._questions[row] if 0 <= row < len(self._questions) else None

    def select_question(self, question_id: str) -> None:
        for row, question in enumerate(self._questions):
            if question.id == question_id:
                self.table.setCurrentCell(row, PROMPT)
                return

    # -- edits ---------------------------------------------------------------------------
    def add_question(self) -> None:
        prompt = self.new_prompt.text().strip()
        if not self.workshop_id or not prompt:
            return
        kind = self.new_kind.currentData()
        wb, workshop_id = self.ctx.wb, self.workshop_id
        made = self.ctx.create(feedback.questions, self.tr("Add a feedback question"),
                               make=lambda: feedback.add_question(wb, workshop_id, prompt, kind=kind))
        if made is not None:
            self.new_prompt.clear()
            self.select_question(made.id)

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() not in FIELD_OF_COLUMN:
            return
        question = self._questions[item.row()]
        field = FIELD_OF_COLUMN[item.column()]
        self.ctx.update(feedback.questions, question.id, self.tr("Edit a feedback question"),
                        **{field: item.text()})
        self.reload()  # shows the stored value (also after a refused edit)

    def move_current(self, step: int) -> None:
        question = self.current_question()
        if question is None:
            return
        row = self._questions.index(question)
        target = row + step
        if not 0 <= target < len(self._questions):
            return
        wb = self.ctx.wb
        self.ctx.run(self.tr("Move a feedback question"), lambda: move_question(wb, question.id, target),
                     lambda: move_question(wb, question.id, row), "feedback_question")
        self.select_question(question.id)

    def remove_current(self) -> None:
        question = self.current_question()
        if question is not None:
            self.ctx.delete(feedback.questions, question.id, self.tr("Remove a feedback question"))

    def apply_selected_set(self) -> None:
        set_id = self.sets.currentData()
        if not self.workshop_id or not set_id:
            return
        wb, workshop_id = self.ctx.wb, self.workshop_id
        added: list[str] = []

        def do() -> None:
            added[:] = [q.id for q in apply_question_set(wb, workshop_id, set_id)]

        def undo() -> None:
            for question_id in added:
                feedback.questions.delete(wb, question_id)

        def redo() -> None:
            for question_id in added:
                feedback.questions.restore(wb, question_id)

        self.ctx.run(self.tr("Add questions of a set"), do, undo, "feedback_question", redo=redo)

    def save_as_set(self, name: str) -> None:
        if not self.workshop_id or not name.strip():
            return
        wb, workshop_id = self.ctx.wb, self.workshop_id
        from ..core.question_sets import question_sets

        self.ctx.create(question_sets, self.tr("Save a question set"),
                        make=lambda: save_question_set(wb, workshop_id, name.strip()))
        self._reload_sets()

    def _ask_set_name(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save as a question set"),
                                        self.tr("Name of the question set:"))
        if ok:
            self.save_as_set(name)
