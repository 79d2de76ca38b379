"""The comparison by a background question under the feedback statistics: "Compare by" lists the
workshop's background questions (municipality, age group, role), and the table shows each
scale, number and yes/no question for all respondents and for each group.

While the groups fit side by side (every column at least its longest word), the table is a
matrix: a row per question, a column per group. Six council bodies of long names do not fit the
results pane at 1366×768, so then each question is a bold row with its groups under it, one
figure beside each: two columns read at any width, with no sideways scroll. Every figure tells a
screen reader its question and group, as the cell alone holds just a number.

Which groups stand alone, which are counted together as "Other" and which figures are too few
to show are decided by `core.feedback_crosstab` (the printed summary and `feedback stats --json`
use the same tables); this only lays them out.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.feedback import QuestionStats
from ..core.feedback_crosstab import MIN_GROUP, CrossTab, cross_tabs
from ..store.models import FeedbackQuestion
from .column_fit import PADDING, fit_columns
from .context import UiContext

NOT_SHOWN = "–"  # a figure from too few answers
HYSTERESIS = 24  # pixels: about a scroll bar's width


@dataclass(frozen=True)
class Cell:
    text: str
    left: bool = False
    bold: bool = False
    tip: str = ""
    spoken: str = ""  # what a screen reader says instead of the bare text


class CrossTabPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = ""
        self.overall: dict[str, QuestionStats] = {}
        self.respondents = 0
        self.table_shown: CrossTab | None = None
        self.by_question = False  # the groups under each question rather than side by side

        self.choice = QComboBox()
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choice.setMinimumContentsLength(12)
        self.choice.currentIndexChanged.connect(self._show_chosen)
        label = QLabel(self.tr("Co&mpare by:"))
        label.setBuddy(self.choice)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.choice, 1)

        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 0)
        self.table.setAccessibleName(self.tr("Answers by background question"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        self.table.verticalHeader().hide()
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fitter = fit_columns(self.table, wrap_headers=True)
        self.fitter.on_fit = self._fit_height  # the whole table shows; the statistics scroll

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table)
        layout.addWidget(self.note)

    def set_workshop(self, workshop_id: str, questions: list[QuestionStats], respondents: int) -> None:
        """Refill the choice from the workshop's background questions, keeping the one chosen."""
        chosen = self.choice.currentData()
        self.workshop_id = workshop_id
        self.overall = {st.question.id: st for st in questions}
        self.respondents = respondents
        backgrounds = [st.question for st in questions if st.question.kind == "profile"]
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(self.tr("No comparison"), "")
        for question in backgrounds:
            self.choice.addItem(question.prompt, question.id)
        self.choice.setCurrentIndex(max(0, self.choice.findData(chosen)) if chosen else 0)
        self.choice.blockSignals(False)
        self.setVisible(bool(backgrounds))
        self._show_chosen()

    def _show_chosen(self) -> None:
        background = self.choice.currentData()
        table = None
        if background and self.workshop_id:
            table = next((t for t in cross_tabs(self.ctx.wb, self.workshop_id) if t.background.id == background), None)
        self.table_shown = table
        self.table.setVisible(table is not None)
        if table is not None:
            self._fill(table)
            self.note.setText(self.tr("Mean; for yes/no questions the share of yes; in brackets the number of "
                                      "respondents. Other holds the groups of fewer than {min} respondents. "
                                      "– marks a figure from fewer than {min} answers, so that no one's answers "
                                      "can be recognised.").format(min=MIN_GROUP))
        elif background:
            self.note.setText(self.tr("Nothing to compare yet: at least two groups of {min} respondents "
                                      "are needed.").format(min=MIN_GROUP))
        self.note.setVisible(bool(background))

    def _fill(self, table: CrossTab) -> None:
        matrix = self._matrix(table)
        self.by_question = not self._fits(matrix, slack=0)
        heads, rows = self._by_question(table) if self.by_question else matrix
        view = self.table
        view.clear()
        view.setColumnCount(len(heads))
        view.setRowCount(len(rows))
        for c, head in enumerate(heads):
            item = QTableWidgetItem(head)
            item.setToolTip(head)
            view.setHorizontalHeaderItem(c, item)
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                self._put(r, c, cell)
        self.fitter.fit()

    def _matrix(self, table: CrossTab) -> tuple[list[str], list[list[Cell]]]:
        """One row per question, one column per group: compact when the groups fit side by side."""
        heads = [self.tr("Question"), self._all() + f"\n({self.respondents})"]
        heads += [self._group(name) + f"\n({n})" for name, n in table.groups]
        rows = []
        for question, figures in table.rows:
            whole = self.overall.get(question.id)
            row = [Cell(self._prompt(question), left=True),
                   self._cell(question, self._all(), whole.mean if whole else None, None)]
            row += [self._cell(question, self._group(name), f.mean, f.n)
                    for (name, _n), f in zip(table.groups, figures, strict=True)]
            rows.append(row)
        return heads, rows

    def _by_question(self, table: CrossTab) -> tuple[list[str], list[list[Cell]]]:
        """Each question in bold with its groups under it, one figure beside each: two columns,
        so any number of groups of any length reads without a sideways scroll."""
        heads = [self.tr("Question and group"), self.tr("Figure")]
        rows = []
        for question, figures in table.rows:
            whole = self.overall.get(question.id)
            rows.append([Cell(self._prompt(question), left=True, bold=True), Cell("")])
            rows.append([Cell(self._all() + f" ({self.respondents})", left=True),
                         self._cell(question, self._all(), whole.mean if whole else None, None)])
            rows += [[Cell(self._group(name) + f" ({n})", left=True), self._cell(question, self._group(name), f.mean, f.n)]
                     for (name, n), f in zip(table.groups, figures, strict=True)]
        return heads, rows

    def _fits(self, layout: tuple[list[str], list[list[Cell]]], slack: int) -> bool:
        """Whether every column gets at least its longest word within the panel's width."""
        heads, rows = layout
        plain, bold = self.table.fontMetrics(), self.table.horizontalHeader().fontMetrics()
        need = 0
        for c, head in enumerate(heads):
            words = [bold.horizontalAdvance(w) for w in head.split()]
            words += [plain.horizontalAdvance(w) for row in rows for w in row[c].text.split()]
            need += max(words, default=0) + PADDING
        return need + 2 * self.table.frameWidth() + slack <= self.width()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        table = self.table_shown
        if table is None or event.size().width() == event.oldSize().width():
            return
        # Back to the matrix only with room to spare, so a scroll bar coming and going beside
        # the panel cannot flip the layout to and fro.
        slack = HYSTERESIS if self.by_question else 0
        if self.by_question == self._fits(self._matrix(table), slack):
            self._fill(table)

    def _fit_height(self) -> None:
        view = self.table
        bar = view.horizontalScrollBar()
        view.setFixedHeight(view.horizontalHeader().height() + sum(view.rowHeight(r) for r in range(view.rowCount()))
                            + 2 * view.frameWidth() + (bar.sizeHint().height() if bar.maximum() > 0 else 0))

    def _put(self, row: int, column: int, cell: Cell) -> None:
        item = QTableWidgetItem(cell.text)
        align = Qt.AlignmentFlag.AlignLeft if cell.left else Qt.AlignmentFlag.AlignRight
        item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        if cell.tip:
            item.setToolTip(cell.tip)
        if cell.spoken:
            item.setData(Qt.ItemDataRole.AccessibleTextRole, cell.spoken)
        if cell.bold:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.table.setItem(row, column, item)

    def _cell(self, question: FeedbackQuestion, group: str, value: float | None, answers: int | None) -> Cell:
        """A figure; a screen reader hears its question and group with it, as the cell alone is a number."""
        text = self._figure(question, value)
        spoken = self.tr("%1, %2: %3").replace("%1", question.prompt).replace("%2", group).replace(
            "%3", text if value is not None else self.tr("too few answers to show"))
        tip = self.tr("%n answer(s)", "", answers) if answers is not None else ""
        return Cell(text, tip=tip, spoken=spoken)

    def _prompt(self, question: FeedbackQuestion) -> str:
        measure = self.tr("yes %") if question.kind == "yesno" else f"{question.scale_min}–{question.scale_max}"
        return f"{question.prompt} ({measure})"

    def _all(self) -> str:
        return self.tr("All")

    def _group(self, name: str) -> str:
        return name or self.tr("Other")

    def _figure(self, question: FeedbackQuestion, value: float | None) -> str:
        if value is None:
            return NOT_SHOWN
        if question.kind == "yesno":
            return f"{round(value * 100)} %"
        return QLocale().toString(value, "f", 1)

    def cells(self) -> list[list[str]]:
        """The table as it reads, headings first (for tests and the screen reader's sake)."""
        view = self.table
        heads = [view.horizontalHeaderItem(c).text() for c in range(view.columnCount())]
        return [heads] + [[view.item(r, c).text() for c in range(view.columnCount())] for r in range(view.rowCount())]

