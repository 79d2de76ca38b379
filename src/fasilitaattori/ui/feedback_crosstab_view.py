"""The comparison by a background question under the feedback statistics: "Compare by" lists the
workshop's background questions (municipality, age group, role), and the table shows each
scale, number and yes/no question for all respondents and for each group.

Which groups stand alone, which are counted together as "Other" and which figures are too few
to show are decided by `core.feedback_crosstab` (the printed summary and `feedback stats --json`
use the same tables); this only lays them out.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
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
from .column_fit import fit_columns
from .context import UiContext

NOT_SHOWN = "–"  # a figure from too few answers


class CrossTabPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = ""
        self.overall: dict[str, QuestionStats] = {}
        self.respondents = 0
        self.table_shown: CrossTab | None = None

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
        view = self.table
        view.clear()
        view.setColumnCount(len(table.groups) + 2)
        view.setRowCount(len(table.rows))
        headers = [self.tr("Question"), self.tr("All") + f"\n({self.respondents})"]
        headers += [(name or self.tr("Other")) + f"\n({n})" for name, n in table.groups]
        view.setHorizontalHeaderLabels(headers)
        for r, (question, cells) in enumerate(table.rows):
            measure = self.tr("yes %") if question.kind == "yesno" else f"{question.scale_min}–{question.scale_max}"
            self._put(r, 0, f"{question.prompt} ({measure})", left=True)
            whole = self.overall.get(question.id)
            self._put(r, 1, self._figure(question, whole.mean if whole else None))
            for c, cell in enumerate(cells, start=2):
                text = self._figure(question, cell.mean)
                self._put(r, c, text, tip=self.tr("%n answer(s)", "", cell.n))
        self.fitter.fit()

    def _fit_height(self) -> None:
        view = self.table
        bar = view.horizontalScrollBar()
        view.setFixedHeight(view.horizontalHeader().height() + sum(view.rowHeight(r) for r in range(view.rowCount()))
                            + 2 * view.frameWidth() + (bar.sizeHint().height() if bar.maximum() > 0 else 0))

    def _put(self, row: int, column: int, text: str, tip: str = "", left: bool = False) -> None:
        item = QTableWidgetItem(text)
        align = Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight
        item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        if tip:
            item.setToolTip(tip)
        self.table.setItem(row, column, item)

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

