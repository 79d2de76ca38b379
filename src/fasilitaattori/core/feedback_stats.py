"""Feedback figures for a workshop, computed once for the screen and the printed summary.

The per-question numbers come from `core.feedback.question_stats`; this adds the response rate
against attendance and the share of each answer, so the chart in the window and the table in
the summary show exactly the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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

    @property
    def more_than_attended(self) -> bool:
        """More responses than attendees: a file imported into the wrong workshop, or people who
        answered without signing in. Shown as a warning, never hidden behind a capped 100 %."""
        return self.rate is not None and self.rate > 1


@dataclass(frozen=True)
class FeedbackSummary:
    rate: ResponseRate
    questions: list[QuestionStats]


def rate_of(responses: int, attendance: int) -> float | None:
    """Responses per attendee; above 1 when more answered than attended (a warning, not capped)."""
    if attendance <= 0:
        return None
    return responses / attendance


def response_rate(wb: Workbench, workshop_id: str) -> ResponseRate:
    responses = feedback.response_count(wb, workshop_id)
    attendance = attendance_total(wb, workshop_id)
    return ResponseRate(responses, attendance, rate_of(responses, attendance))


def stats_json(summary: FeedbackSummary) -> dict[str, Any]:
    """The figures as the command line's `feedback stats --json` gives them; yes/no keyed
    "yes"/"no", a scale by its values, choices by their options."""
    questions = []
    for st in summary.questions:
        q = st.question
        if q.kind == "yesno":
            distribution: dict[str, int] = {"yes": st.distribution.get(1, 0), "no": st.distribution.get(0, 0)}
        elif st.choices:
            distribution = dict(st.choices)
        else:
            distribution = {str(v): c for v, c in sorted(st.distribution.items())}
        questions.append({"text": q.prompt, "kind": q.kind, "n": st.n,
                          "mean": None if st.mean is None or q.kind == "yesno" else round(st.mean, 3),
                          "distribution": distribution, "dont_know": st.dont_know, "answers": list(st.texts)})
    return {"responses": summary.rate.responses, "attended": summary.rate.attendance, "questions": questions}


def shares(stats: QuestionStats) -> dict[int, float]:
    """Each answer's share of the question's answers (0..1), in scale order."""
    return {value: (count / stats.n if stats.n else 0.0) for value, count in sorted(stats.distribution.items())}


def feedback_summary(wb: Workbench, workshop_id: str) -> FeedbackSummary:
    return FeedbackSummary(response_rate(wb, workshop_id), feedback.question_stats(wb, workshop_id))
