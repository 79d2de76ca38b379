"""Fast entry of paper feedback forms: one form per row, keyboard only.

In the last (empty) row a digit answers a scale question, 1/k/y/j or 0/e/n a yes/no question,
"-" or Space skips a question, and a text question takes typing (Enter ends it). Each answer
moves on to the next question; leaving the last question saves the form as one response and
starts a new row. Saved forms are listed above; Delete removes the selected one (undoable).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..core import feedback
from ..store.models import FeedbackAnswer, FeedbackQuestion
from .context import UiContext

YES_KEYS = {"1", "k", "y", "j"}
NO_KEYS = {"0", "e", "n"}
SKIP_KEYS = {"-", " "}


class PaperEntryGrid(QTableWidget):
    saved = Signal(str)  # id of the response just saved

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        self.ctx = ctx
        self.workshop_id = ""
        self._questions: list[FeedbackQuestion] = []
        self._response_ids: list[str] = []
        self._entry: dict[str, Any] = {}
        self._filling = False
        self.setAccessibleName(self.tr("Paper forms, one per row"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setDefaultSectionSize(130)
        self.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.horizontalHeader().setStretchLastSection(True)
        self.itemChanged.connect(self._text_entered)

    # -- loading -------------------------------------------------------------------------
    def set_workshop(self, workshop_id: str) -> None:
        self.workshop_id = workshop_id
        self._entry = {}
        self.reload()

    @property
    def entry_row(self) -> int:
        return len(self._response_ids)

    def reload(self) -> None:
        wb = self.ctx.wb
        self._questions = feedback.list_questions(wb, self.workshop_id) if self.workshop_id else []
        self._entry = {k: v for k, v in self._entry.items() if k in {q.id for q in self._questions}}
        saved = feedback.list_responses(wb, self.workshop_id) if self.workshop_id else []
        self._response_ids = [response.id for response, _ in saved]
        self._filling = True
        self.clear()
        self.setColumnCount(len(self._questions))
        self.setRowCount(len(saved) + (1 if self._questions else 0))
        self.setHorizontalHeaderLabels([f"{i + 1}. {q.prompt}" for i, q in enumerate(self._questions)])
        for column, question in enumerate(self._questions):
            self.horizontalHeaderItem(column).setToolTip(question.prompt)
            if question.kind == "text":
                self.setColumnWidth(column, 220)
        labels = [str(i + 1) for i in range(len(saved))] + ([self.tr("New")] if self._questions else [])
        self.setVerticalHeaderLabels(labels)
        for row, (_response, answers) in enumerate(saved):
            for column, question in enumerate(self._questions):
                item = QTableWidgetItem(self._shown(question, answers.get(question.id)))
                item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
                self.setItem(row, column, item)
        for column, question in enumerate(self._questions):
            self._show_entry(column, question)
        self._filling = False

    def _shown(self, question: FeedbackQuestion, answer: FeedbackAnswer | None) -> str:
        if answer is None:
            return "–"
        if answer.value_number is None and not answer.value_text:
            return self.tr("Don't know")
        if question.kind in ("text", "choice", "multi", "profile"):
            return "; ".join(answer.value_text.splitlines()) if question.kind == "multi" else answer.value_text
        if question.kind == "yesno":
            return self.tr("Yes") if answer.value_number == 1 else self.tr("No")
        return str(answer.value_number)

    def _show_entry(self, column: int, question: FeedbackQuestion) -> None:
        value = self._entry.get(question.id)
        if value is None:
            text = ""
        elif question.kind == "yesno":
            text = self.tr("Yes") if value else self.tr("No")
        else:
            text = str(value)
        was = self._filling
        self._filling = True
        item = QTableWidgetItem(text)
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if question.kind == "text" else flags)
        self.setItem(self.entry_row, column, item)
        self._filling = was

    def start_entry(self) -> None:
        """Put the cursor on the first question of the empty row."""
        if self._questions:
            self.setCurrentCell(self.entry_row, 0)
            self.setFocus()

    def entry_values(self) -> dict[str, Any]:
        return dict(self._entry)

    # -- keyboard ------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Tab would move the focus out of the grid; in the new form it goes to the next question.
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
                and self.currentRow() == self.entry_row and self.state() != QAbstractItemView.State.EditingState):
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        row, column = self.currentRow(), self.currentColumn()
        if row != self.entry_row or not 0 <= column < len(self._questions):
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and 0 <= row < self.entry_row:
                self.delete_response(row)
                return
            super().keyPressEvent(event)
            return
        question = self._questions[column]
        key, text = event.key(), event.text().casefold()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.state() == QAbstractItemView.State.EditingState:
                return  # Enter travelling on from the text editor, which closes itself
            if question.kind == "text" and key != Qt.Key.Key_Tab:
                self.editItem(self.item(row, column))
                return
            self.advance()
            return
        if key == Qt.Key.Key_Backtab:
            self.setCurrentCell(row, max(0, column - 1))
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.answer(column, None, advance=False)
            return
        if text in SKIP_KEYS:
            self.answer(column, None)
            return
        if question.kind == "scale" and text.isdigit():
            number = int(text)
            if question.scale_max == 10 and number == 0 and question.scale_min > 0:
                number = 10  # "0" stands for 10 on a 1–10 scale
            if question.scale_min <= number <= question.scale_max:
                self.answer(column, number)
            return
        if question.kind == "yesno" and text in YES_KEYS | NO_KEYS:
            self.answer(column, 1 if text in YES_KEYS else 0)
            return
        if question.kind == "text" and text and text.isprintable():
            self.editItem(self.item(row, column))
            editor = QApplication.focusWidget()
            if editor is not None and editor is not self:
                # The key that opened the editor is its first letter.
                QApplication.sendEvent(editor, QKeyEvent(event.type(), event.key(), event.modifiers(),
                                                         event.text()))
            return
        super().keyPressEvent(event)

    def answer(self, column: int, value: Any, advance: bool = True) -> None:
        question = self._questions[column]
        if value is None or value == "":
            self._entry.pop(question.id, None)
        else:
            self._entry[question.id] = value
        self._show_entry(column, question)
        if advance:
            self.advance()

    def advance(self) -> None:
        """Next question; after the last one the form is saved and a new row begins."""
        column = self.currentColumn()
        if column + 1 < len(self._questions):
            self.setCurrentCell(self.entry_row, column + 1)
            return
        self.save_entry()

    def save_entry(self) -> None:
        if not self._entry:
            self.setCurrentCell(self.entry_row, 0)
            return
        wb, workshop_id, answers = self.ctx.wb, self.workshop_id, dict(self._entry)
        made = self.ctx.create(feedback.responses, self.tr("Enter a paper form"),
                               make=lambda: feedback.add_response(wb, workshop_id, answers, source="paper"))
        if made is not None:
            self._entry = {}
            self.reload()
            self.saved.emit(made.id)
            self.start_entry()

    def delete_response(self, row: int) -> None:
        self.ctx.delete(feedback.responses, self._response_ids[row], self.tr("Remove a feedback form"))

    # -- free-text answers ------------------------------------------------------------------
    def _text_entered(self, item: QTableWidgetItem) -> None:
        if self._filling or item.row() != self.entry_row:
            return
        question = self._questions[item.column()]
        if question.kind == "text":
            value = item.text().strip()
            if value:
                self._entry[question.id] = value
            else:
                self._entry.pop(question.id, None)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        # Enter or Tab in a text answer moves on; leaving it by mouse does not (nor save the form).
        moving_on = (QAbstractItemDelegate.EndEditHint.SubmitModelCache,
                     QAbstractItemDelegate.EndEditHint.EditNextItem)
        if hint in moving_on and self.currentRow() == self.entry_row:
            # After the editor is gone: saving the form rebuilds the rows the editor sat in.
            QTimer.singleShot(0, self.advance)
