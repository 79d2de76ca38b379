"""The project report's feedback by question: each question asked in the held workshops of the
series, its answers added up over them, with the same charts as the summary. Questions count
as one when their wording, kind and scale are the same: a 0–10 question and a 1–5 question with
the same words stay apart, never averaged together."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from reportlab.platypus import Flowable, KeepTogether

from fasilitaattori.documents.blocks import para
from fasilitaattori.documents.model import FeedbackQuestion, ProjectWorkshopRow, QuestionFigures
from fasilitaattori.documents.summary_feedback import Page, figures_line, question_chart

CHARTED = ("scale", "number", "yesno", "choice", "multi", "profile")
MAX_QUESTIONS = 16  # the most asked ones; the rest are on each workshop's summary

_Key = tuple[str, str, int, int]
_T = TypeVar("_T", int, str)


def _key(question: FeedbackQuestion) -> _Key:
    scale = (question.scale_min, question.scale_max) if question.kind in ("scale", "number") else (0, 0)
    return (question.kind, " ".join(question.prompt.split()).casefold(), *scale)


def _summed(x: Sequence[tuple[_T, int]], y: Sequence[tuple[_T, int]]) -> tuple[tuple[_T, int], ...]:
    out: dict[_T, int] = {}
    for label, count in (*x, *y):
        out[label] = out.get(label, 0) + count
    return tuple(out.items())


@dataclass
class _Asked:
    question: FeedbackQuestion
    figures: QuestionFigures
    workshops: int = 1

    def add(self, figures: QuestionFigures) -> None:
        a = self.figures
        self.figures = QuestionFigures(a.n + figures.n, a.dont_know + figures.dont_know,
                                       _summed(a.distribution, figures.distribution),
                                       _summed(a.choices, figures.choices))
        self.workshops += 1


def series_questions(workshops: Sequence[ProjectWorkshopRow]) -> list[tuple[FeedbackQuestion, QuestionFigures, int]]:
    """(question, its figures over the series, in how many workshops it was asked), the most
    asked first, then in the order they were first asked."""
    found: dict[_Key, _Asked] = {}
    for workshop in workshops:
        for question, figures in workshop.feedback_questions:
            if question.kind not in CHARTED or not (figures.n or figures.dont_know):
                continue
            if _key(question) in found:
                found[_key(question)].add(figures)
            else:
                found[_key(question)] = _Asked(question, figures)
    ordered = sorted(found.values(), key=lambda e: -e.workshops)
    return [(e.question, e.figures, e.workshops) for e in ordered]


def series_feedback(workshops: Sequence[ProjectWorkshopRow], page: Page) -> list[Flowable]:
    held = [w for w in workshops if w.status in ("held", "")]
    questions = series_questions(held)
    if not questions:
        return []
    out: list[Flowable] = []
    for question, figures, asked in questions[:MAX_QUESTIONS]:
        answers = figures.n + figures.dont_know
        where = page.t("asked_in", n=asked, answers=answers) if asked > 1 else page.t("asked_once", answers=answers)
        chart = question_chart(question, figures, page)
        block = [para(question.prompt, page.styles.h3), para(where, page.styles.muted)]
        if question.kind in ("scale", "number", "multi"):  # else the count above is all there is to say
            block.append(figures_line(question, figures, page))
        # The section's heading stays with its first question.
        heading = [] if out else [para(page.t("questions_in_series"), page.styles.h2)]
        out.append(KeepTogether([*heading, *block, *([chart] if chart else [])]))
    return out
