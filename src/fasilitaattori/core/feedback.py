"""Feedback: questions per workshop, anonymous responses, and their statistics."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..store.models import FeedbackAnswer, FeedbackQuestion, FeedbackResponse
from .fields import Field
from .positions import key_between
from .records import Entity, register
from .workbench import Workbench

# "profile": a background question (municipality, role, age group), kept per respondent.
KINDS = ("scale", "yesno", "text", "choice", "multi", "number", "profile")
SOURCES = ("paper", "import", "manual")


def _check_scale(_session: Session, row: Mapping[str, Any]) -> None:
    if row.get("kind") in ("scale", "number") and row.get("scale_min", 1) >= row.get("scale_max", 5):
        raise ValidationError("A scale needs its lowest value below its highest.")


questions: Entity[FeedbackQuestion] = register(Entity("feedback_question", "feedback question", [
    Field("workshop_id", "Workshop", kind="ref", ref="workshop", required=True),
    Field("position", "Position", kind="position"),
    Field("kind", "Kind", kind="choice", choices=KINDS),
    Field("prompt", "Question", kind="longtext", required=True),
    Field("scale_min", "Lowest value", kind="int", minimum=0, maximum=10),
    Field("scale_max", "Highest value", kind="int", minimum=1, maximum=10),
    Field("low_label", "Label of the lowest value"),
    Field("high_label", "Label of the highest value"),
    Field("options", "Options", kind="longtext"),
], check=_check_scale))

responses: Entity[FeedbackResponse] = register(Entity("feedback_response", "feedback response", [
    Field("workshop_id", "Workshop", kind="ref", ref="workshop", required=True),
    Field("source", "Source", kind="choice", choices=SOURCES),
    Field("respondent", "Respondent"),
    Field("answered_at", "Answered at"),
]))

answers: Entity[FeedbackAnswer] = register(Entity("feedback_answer", "answer", [
    Field("response_id", "Response", kind="ref", ref="feedback_response", required=True),
    Field("question_id", "Question", kind="ref", ref="feedback_question", required=True),
    Field("value_number", "Value", kind="int", minimum=0, maximum=10),
    Field("value_text", "Answer", kind="longtext"),
]))


def list_questions(wb: Workbench, workshop_id: str) -> list[FeedbackQuestion]:
    with wb.store.read() as session:
        return _questions(session, workshop_id)


def _questions(session: Session, workshop_id: str) -> list[FeedbackQuestion]:
    return list(session.scalars(select(FeedbackQuestion).where(
        FeedbackQuestion.workshop_id == workshop_id, FeedbackQuestion.deleted.is_(False))
        .order_by(FeedbackQuestion.position, FeedbackQuestion.id)))


def add_question(wb: Workbench, workshop_id: str, prompt: str, kind: str = "scale", **values: Any) -> FeedbackQuestion:
    with wb.store.write() as session:
        existing = _questions(session, workshop_id)
        position = key_between(existing[-1].position if existing else None, None)
        return questions.insert(session, wb, {"workshop_id": workshop_id, "prompt": prompt, "kind": kind,
                                              "position": position, **values})


def _answer_values(question: FeedbackQuestion, value: Any) -> dict[str, Any] | None:
    """Normalise one answer; None/'' means the respondent skipped the question."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if question.kind in ("text", "choice", "profile"):
        return {"value_text": str(value)}
    if question.kind == "multi":
        chosen = [value] if isinstance(value, str) else [str(v) for v in value]
        return {"value_text": "\n".join(v.strip() for v in chosen if v.strip())}
    if question.kind == "yesno":
        if isinstance(value, bool):
            return {"value_number": int(value)}
        if value in (0, 1):
            return {"value_number": int(value)}
        raise ValidationError("The answer to “{question}” must be yes or no.", question=question.prompt[:60])
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError("The answer to “{question}” must be a number from {low} to {high}.",
                              question=question.prompt[:60], low=question.scale_min,
                              high=question.scale_max) from None
    if not question.scale_min <= number <= question.scale_max:
        raise ValidationError("The answer to “{question}” must be a number from {low} to {high}.",
                              question=question.prompt[:60], low=question.scale_min, high=question.scale_max)
    return {"value_number": number}


def add_response(wb: Workbench, workshop_id: str, answers_by_question: Mapping[str, Any],
                 source: str = "paper") -> FeedbackResponse:
    """Save one respondent's answers at once (all or nothing)."""
    with wb.store.write() as session:
        known = {q.id: q for q in _questions(session, workshop_id)}
        response = responses.insert(session, wb, {"workshop_id": workshop_id, "source": source})
        for question_id, value in answers_by_question.items():
            question = known.get(question_id)
            if question is None:
                raise ValidationError("The answer refers to a question this workshop does not have.")
            values = _answer_values(question, value)
            if values is not None:
                answers.insert(session, wb, {"response_id": response.id, "question_id": question_id, **values})
        return response


def list_responses(wb: Workbench, workshop_id: str) -> list[tuple[FeedbackResponse, dict[str, FeedbackAnswer]]]:
    with wb.store.read() as session:
        rows = list(session.scalars(select(FeedbackResponse).where(
            FeedbackResponse.workshop_id == workshop_id, FeedbackResponse.deleted.is_(False))
            .order_by(FeedbackResponse.created_at, FeedbackResponse.id)))
        result = []
        for response in rows:
            given = session.scalars(select(FeedbackAnswer).where(
                FeedbackAnswer.response_id == response.id, FeedbackAnswer.deleted.is_(False)))
            result.append((response, {a.question_id: a for a in given}))
        return result


@dataclass(frozen=True)
class QuestionStats:
    question: FeedbackQuestion
    n: int  # answers with a value (or text); "don't know" not included
    mean: float | None  # scale and number questions only
    distribution: dict[int, int]  # value -> count (scale, number and yes/no)
    texts: list[str]  # open answers, paragraphs kept
    dont_know: int = 0
    choices: dict[str, int] = field(default_factory=dict)  # option -> count (choice, multi, profile)

    def grouped_texts(self) -> list[tuple[str, int]]:
        """Open answers with identical ones together, most frequent first, otherwise in order."""
        counts = Counter(" ".join(t.split()).casefold() for t in self.texts)
        first: dict[str, str] = {}
        for text in self.texts:
            first.setdefault(" ".join(text.split()).casefold(), text)
        return sorted(((first[k], c) for k, c in counts.items()), key=lambda p: -p[1])


@dataclass(frozen=True, slots=True)
class _Given:
    value_number: int | None
    value_text: str


def is_dont_know(answer: FeedbackAnswer | _Given) -> bool:
    return answer.value_number is None and not answer.value_text


def _stats(question: FeedbackQuestion, given: list[_Given]) -> QuestionStats:
    dont_know = sum(1 for a in given if is_dont_know(a))
    if question.kind == "text":
        texts = [a.value_text for a in given if a.value_text.strip()]
        return QuestionStats(question, len(texts), None, {}, texts, dont_know)
    if question.kind in ("choice", "multi", "profile"):
        choices: dict[str, int] = {o: 0 for o in (question.options or "").splitlines() if o.strip()}
        n = 0
        for a in given:
            picked = [o for o in a.value_text.splitlines() if o.strip()] if question.kind == "multi" else (
                [a.value_text.strip()] if a.value_text.strip() else [])
            n += bool(picked)
            for option in picked:
                choices[option] = choices.get(option, 0) + 1
        return QuestionStats(question, n, None, {}, [], dont_know, choices)
    values = [a.value_number for a in given if a.value_number is not None]
    low, high = (0, 1) if question.kind == "yesno" else (question.scale_min, question.scale_max)
    distribution = {v: 0 for v in range(low, high + 1)}
    for v in values:
        distribution[v] = distribution.get(v, 0) + 1
    mean = sum(values) / len(values) if values and question.kind != "yesno" else None
    if question.kind == "yesno" and values:
        mean = sum(values) / len(values)  # the share of yes
    return QuestionStats(question, len(values), mean, distribution, [], dont_know)


def question_stats(wb: Workbench, workshop_id: str) -> list[QuestionStats]:
    with wb.store.read() as session:
        qs = _questions(session, workshop_id)
        by_question: dict[str, list[_Given]] = {q.id: [] for q in qs}
        # Plain rows, not ORM objects: a large survey has hundreds of thousands of answers.
        for question_id, number, answer_text in session.execute(select(
                FeedbackAnswer.question_id, FeedbackAnswer.value_number, FeedbackAnswer.value_text).join(
                FeedbackResponse, FeedbackResponse.id == FeedbackAnswer.response_id).where(
                FeedbackResponse.workshop_id == workshop_id, FeedbackAnswer.deleted.is_(False),
                FeedbackResponse.deleted.is_(False)).order_by(sql_text("feedback_answers.rowid"))):
            if question_id in by_question:
                by_question[question_id].append(_Given(number, answer_text))
        return [_stats(q, by_question[q.id]) for q in qs]


def response_count(wb: Workbench, workshop_id: str) -> int:
    return len(responses.list(wb, workshop_id=workshop_id))
