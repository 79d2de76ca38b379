"""Feedback figures for a workshop, computed once for the screen and the printed summary.

The per-question numbers come from `core.feedback.question_stats`; this adds the response rate
against attendance and the share of each answer, so the chart in the window and the table in
the summary show exactly the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import feedback
from .feedback import QuestionStats
from .participants import attendance_total
from .workbench import Workbench


@dataclass(frozen=True)
class ResponseRate:
    responses: int
    attendance: int  # named attendees plus anonymous head counts
    rate: float | None  # 0..1, None when attendance is not recorded

    @property
    def percent(self) -> int | None:
        return None if self.rate is None else round(self.rate * 100)


@dataclass(frozen=True)
class FeedbackSummary:
    rate: ResponseRate
    questions: list[QuestionStats]


def rate_of(responses: int, attendance: int) -> float | None:
    """Share of attendees who answered, at most 1 (a form may come from someone not signed in)."""
    if attendance <= 0:
        return None
    return min(1.0, responses / attendance)


def response_rate(wb: Workbench, workshop_id: str) -> ResponseRate:
    responses = feedback.response_count(wb, workshop_id)
    attendance = attendance_total(wb, workshop_id)
    return ResponseRate(responses, attendance, rate_of(responses, attendance))


def shares(stats: QuestionStats) -> dict[int, float]:
    """Each answer's share of the question's answers (0..1), in scale order."""
    return {value: (count / stats.n if stats.n else 0.0) for value, count in sorted(stats.distribution.items())}


def feedback_summary(wb: Workbench, workshop_id: str) -> FeedbackSummary:
    return FeedbackSummary(response_rate(wb, workshop_id), feedback.question_stats(wb, workshop_id))
