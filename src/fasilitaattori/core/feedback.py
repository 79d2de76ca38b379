"""Feedback: questions per workshop, anonymous responses, and their statistics."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..store.db import sqlite_connection
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


# Every response's answers: per response, per question (value, text), None where not answered.
Grid = list[list[tuple[int | None, str] | None]]


def answer_grid(wb: Workbench, workshop_id: str, question_ids: list[str]) -> Grid:
    """Every response's answers, in the order the responses came: one row per response, one
    (value, text) per question of `question_ids` (None where it was not answered). Two plain
    queries, not one per response: a survey may have tens of thousands of responses."""
    which = "CASE a.question_id " + " ".join(f"WHEN ? THEN {i}" for i in range(len(question_ids))) + " END"
    with wb.store.read() as session:
        conn = sqlite_connection(session)
        order = [r for (r,) in conn.execute(
            "SELECT rowid FROM feedback_responses WHERE workshop_id = ? AND deleted = 0 ORDER BY created_at, id",
            (workshop_id,))]
        answers = [] if not question_ids else conn.execute(
            f"SELECT r.rowid, {which}, a.value_number, a.value_text FROM feedback_answers a JOIN feedback_responses r "
            "ON r.id = a.response_id WHERE r.workshop_id = ? AND r.deleted = 0 AND a.deleted = 0 AND a.question_id IN "
            f"({', '.join('?' * len(question_ids))})", (*question_ids, workshop_id, *question_ids)).fetchall()
    width = len(question_ids)
    grid: dict[int, list[tuple[int | None, str] | None]] = {r: [None] * width for r in order}
    # The answers come unsorted and find their response by its row number: sorting 250,000
    # joined rows by the responses' order took longer than fetching them.
    for response, index, number, answer_text in answers:
        grid[response][index] = (number, answer_text)
    return [grid[r] for r in order]


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


# (value, text, how many answered so): the answers of one question, identical ones counted together
_Counted = list[tuple[int | None, str, int]]


def _stats(question: FeedbackQuestion, given: _Counted, texts: list[str]) -> QuestionStats:
    dont_know = sum(c for number, text, c in given if number is None and not text)
    if question.kind == "text":
        kept = [t for t in texts if t.strip()]
        return QuestionStats(question, len(kept), None, {}, kept, dont_know)
    if question.kind in ("choice", "multi", "profile"):
        choices: dict[str, int] = {o: 0 for o in (question.options or "").splitlines() if o.strip()}
        n = 0
        for _number, text, count in given:
            picked = [o for o in text.splitlines() if o.strip()] if question.kind == "multi" else (
                [text.strip()] if text.strip() else [])
            n += count if picked else 0
            for option in picked:
                choices[option] = choices.get(option, 0) + count
        return QuestionStats(question, n, None, {}, [], dont_know, choices)
    low, high = (0, 1) if question.kind == "yesno" else (question.scale_min, question.scale_max)
    distribution = {v: 0 for v in range(low, high + 1)}
    total = n = 0
    for number, _text, count in given:
        if number is not None:
            distribution[number] = distribution.get(number, 0) + count
            total += number * count
            n += count
    # For yes/no, the share of yes.
    return QuestionStats(question, n, total / n if n else None, distribution, [], dont_know)


def stats_of_column(question: FeedbackQuestion, column: Iterable[tuple[int | None, str] | None]) -> QuestionStats:
    """A question's figures from its answers in an `answer_grid`, the same as `question_stats`."""
    given = [a for a in column if a is not None]
    counted = [(number, text, count) for (number, text), count in Counter(given).items()]
    texts = [text for number, text in given if text] if question.kind == "text" else []
    return _stats(question, counted, texts)


def question_stats(wb: Workbench, workshop_id: str) -> list[QuestionStats]:
    """Every question's figures, counted by SQLite: a large survey has hundreds of thousands of
    answers but a few hundred distinct ones, so only those come to Python, with their counts,
    in the order they were first given (open answers come one by one, in their order)."""
    with wb.store.read() as session:
        qs = _questions(session, workshop_id)
        counted: dict[str, _Counted] = {q.id: [] for q in qs}
        texts: dict[str, list[str]] = {q.id: [] for q in qs}
        live = ("FROM feedback_answers a JOIN feedback_responses r ON r.id = a.response_id "
                "WHERE r.workshop_id = :workshop AND r.deleted = 0 AND a.deleted = 0 ")
        rows = session.execute(sql_text(
            "SELECT a.question_id, a.value_number, a.value_text, count(*) " + live +
            "GROUP BY a.question_id, a.value_number, a.value_text ORDER BY min(a.rowid)"), {"workshop": workshop_id})
        for question_id, number, answer_text, count in rows:
            if question_id in counted:
                counted[question_id].append((number, answer_text, count))
        open_ids = [q.id for q in qs if q.kind == "text"]
        if open_ids:
            marks = ", ".join(f":q{i}" for i in range(len(open_ids)))
            for question_id, answer_text in session.execute(sql_text(
                    f"SELECT a.question_id, a.value_text {live} AND a.question_id IN ({marks}) "
                    "AND a.value_text != '' ORDER BY a.rowid"),
                    {"workshop": workshop_id, **{f"q{i}": q for i, q in enumerate(open_ids)}}):
                texts[question_id].append(answer_text)
        return [_stats(q, counted[q.id], texts[q.id]) for q in qs]


def response_count(wb: Workbench, workshop_id: str) -> int:
    return len(responses.list(wb, workshop_id=workshop_id))
