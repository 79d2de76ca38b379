"""Feedback statistics of a workshop: response rate, the comparison by a background question
when the survey has one (feedback_crosstab_view), then per question n, mean and a bar chart.

The figures come from `core.feedback_stats` (the printed summary uses the same function), and
every chart repeats its numbers as text.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ..core.feedback import QuestionStats
from ..core.feedback_stats import FeedbackSummary, feedback_summary
from .bar_chart import Bar, BarChart
from .context import UiContext
from .feedback_crosstab_view import CrossTabPanel

MAX_TEXTS = 12  # free-text answers shown per question before "and N more"


class FeedbackStatsView(QScrollArea):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary: FeedbackSummary | None = None
        self.workshop_id = ""
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.rate_label = QLabel()
        self.rate_label.setWordWrap(True)
        self.rate_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._body = QWidget()
        # Parented at once: shown without a parent it would flash up as a window of its own
        # (taking the focus from the main window) before the layout takes it.
        self.comparison = CrossTabPanel(ctx, self._body)
        self.charts: list[BarChart] = []
        self._layout = QVBoxLayout(self._body)
        self.setWidget(self._body)

    def set_workshop(self, workshop_id: str) -> None:
        self.workshop_id = workshop_id
        self.summary = feedback_summary(self.ctx.wb, workshop_id) if workshop_id else None
        self._rebuild()

    def _number(self, value: float, decimals: int = 1) -> str:
        return QLocale().toString(value, "f", decimals)

    def rate_text(self) -> str:
        if self.summary is None:
            return ""
        rate = self.summary.rate
        if rate.percent is None:
            return self.tr("%n response(s); attendance is not recorded.", "", rate.responses)
        text = self.tr("{responses} responses from {attendance} participants: response rate {percent} %.").format(
            responses=rate.responses, attendance=rate.attendance, percent=rate.percent)
        if rate.more_than_attended:
            text += " " + self.tr("More responses than participants: check that every file belongs to this "
                                  "workshop and that attendance is recorded.")
        return text

    def _rebuild(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget()
            if widget is not None and widget not in (self.rate_label, self.comparison):
                widget.deleteLater()
        self.charts = []
        self.rate_label.setText(self.rate_text())
        self._layout.addWidget(self.rate_label)
        summary = self.summary
        self.comparison.set_workshop(self.workshop_id if summary else "", summary.questions if summary else [],
                                     summary.rate.responses if summary else 0)
        self._layout.addWidget(self.comparison)
        if self.summary is not None:
            if not self.summary.questions:
                self._layout.addWidget(QLabel(self.tr("No questions yet: add them on the left.")))
            for number, stats in enumerate(self.summary.questions, start=1):
                self._add_question(number, stats)
        self._layout.addStretch(1)

    def _add_question(self, number: int, stats: QuestionStats) -> None:
        question = stats.question
        title = QLabel(f"<b>{number}. {_escape(question.prompt)}</b>")
        title.setWordWrap(True)
        self._layout.addWidget(title)
        if question.kind == "text":
            grouped = stats.grouped_texts()
            shown = grouped[:MAX_TEXTS]
            lines = "".join(f"<li>{_paragraphs(t)}{f' (× {c})' if c > 1 else ''}</li>" for t, c in shown)
            more = len(grouped) - len(shown)
            extra = self.tr("and %n more", "", more) if more > 0 else ""
            summary = self.tr("%n written answer(s)", "", stats.n)
            label = QLabel(f"{summary}<ul style='margin:0'>{lines}</ul>{_escape(extra)}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._layout.addWidget(label)
            return
        if question.kind in ("choice", "multi", "profile"):
            info = self.tr("n = {n}", "answers").format(n=stats.n)
        elif stats.mean is not None:
            if question.kind == "yesno":
                info = self.tr("n = {n}, yes {percent} %").format(n=stats.n, percent=round(stats.mean * 100))
            else:
                info = self.tr("n = {n}, mean {mean}").format(n=stats.n, mean=self._number(stats.mean))
        else:
            info = self.tr("No answers yet.")
        if stats.dont_know:
            info += " · " + self.tr("don't know: {count}").format(count=stats.dont_know)
        self._layout.addWidget(QLabel(info))
        chart = BarChart()
        chart.setAccessibleName(question.prompt)
        chart.set_bars(self._bars(stats), stats.n)
        self.charts.append(chart)
        self._layout.addWidget(chart)

    def _bars(self, stats: QuestionStats) -> list[Bar]:
        question = stats.question
        if question.kind == "yesno":
            return [Bar(self.tr("Yes"), stats.distribution.get(1, 0)), Bar(self.tr("No"), stats.distribution.get(0, 0))]
        if question.kind in ("choice", "multi", "profile"):
            return [Bar(option, count) for option, count in stats.choices.items()]
        bars = []
        for value, count in sorted(stats.distribution.items(), reverse=True):
            label = str(value)
            if value == question.scale_max and question.high_label:
                label = f"{value} {question.high_label}"
            elif value == question.scale_min and question.low_label:
                label = f"{value} {question.low_label}"
            bars.append(Bar(label, count))
        return bars


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _paragraphs(text: str) -> str:
    """An open answer with its line breaks kept, as the respondent wrote it."""
    return "<br>".join(_escape(line) for line in text.strip().splitlines())
