"""Reusable feedback question sets: save a workshop's questions, apply a set to another one.

A few sets ship with the program (resources/question_sets/*.json, in Finnish, Swedish and
English); the user's own sets are synced `QuestionSet` rows holding the questions as JSON.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from sqlalchemy import select

from ..errors import NotFoundError, ValidationError
from ..paths import resource
from ..store.models import FeedbackQuestion, QuestionSet, Workshop
from . import feedback
from .fields import Field
from .positions import key_between
from .records import Entity, register
from .workbench import Workbench
from .workshops import LANGUAGES

BUILTIN_PREFIX = "builtin:"
MAX_QUESTIONS = 60


@dataclass(frozen=True)
class QuestionSpec:
    kind: str
    prompt: str
    scale_min: int = 1
    scale_max: int = 5
    low_label: str = ""
    high_label: str = ""

    @classmethod
    def from_dict(cls, data: Any) -> QuestionSpec:
        if not isinstance(data, dict):
            raise ValueError("a question must be an object")
        kind = data.get("kind", "scale")
        prompt = data.get("prompt", "")
        if kind not in feedback.KINDS or not isinstance(prompt, str) or not prompt.strip():
            raise ValueError("a question needs a kind and a prompt")
        low, high = data.get("low_label", ""), data.get("high_label", "")
        if not isinstance(low, str) or not isinstance(high, str):
            raise ValueError("a question's labels must be texts")
        spec = cls(kind, prompt.strip(), int(data.get("scale_min", 1)), int(data.get("scale_max", 5)), low, high)
        if spec.kind == "scale" and not 0 <= spec.scale_min < spec.scale_max <= 10:
            raise ValueError("a scale needs its lowest value below its highest")
        return spec

    @classmethod
    def of(cls, question: FeedbackQuestion) -> QuestionSpec:
        return cls(question.kind, question.prompt, question.scale_min, question.scale_max,
                   question.low_label, question.high_label)


@dataclass(frozen=True)
class QuestionSetInfo:
    id: str  # a QuestionSet row id, or "builtin:<key>:<language>"
    name: str
    language: str
    questions: tuple[QuestionSpec, ...]
    builtin: bool


def _specs(raw: Any) -> tuple[QuestionSpec, ...]:
    if not isinstance(raw, list) or len(raw) > MAX_QUESTIONS:
        raise ValueError("questions must be a list")
    return tuple(QuestionSpec.from_dict(item) for item in raw)


def parse_questions(text: str) -> tuple[QuestionSpec, ...]:
    """The questions a set stores as JSON text; deep nesting, which no set has, is refused."""
    try:
        return _specs(json.loads(text or "[]"))
    except RecursionError:
        raise ValueError("the questions are nested too deeply") from None
    except TypeError as exc:
        raise ValueError(str(exc)) from None


question_sets: Entity[QuestionSet] = register(Entity("question_set", "question set", [
    Field("name", "Name", required=True),
    Field("language", "Language", kind="choice", choices=LANGUAGES),
    Field("questions", "Questions", kind="longtext", shape=parse_questions),
]))


@cache
def builtin_sets() -> tuple[QuestionSetInfo, ...]:
    result = []
    for path in sorted(resource("question_sets").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for language, body in sorted(data["languages"].items()):
            result.append(QuestionSetInfo(f"{BUILTIN_PREFIX}{data['key']}:{language}", body["name"], language,
                                          _specs(body["questions"]), True))
    return tuple(result)


def _info(row: QuestionSet) -> QuestionSetInfo:
    try:
        specs = parse_questions(row.questions)
    except (ValueError, TypeError) as exc:
        raise ValidationError("The question set “{name}” is damaged and cannot be used.", name=row.name) from exc
    return QuestionSetInfo(row.id, row.name, row.language, specs, False)


def list_question_sets(wb: Workbench, language: str | None = None) -> list[QuestionSetInfo]:
    """The user's own sets (by name) after the built-in ones; damaged rows are left out."""
    with wb.store.read() as session:
        rows = list(session.scalars(select(QuestionSet).where(QuestionSet.deleted.is_(False))
                                    .order_by(QuestionSet.name, QuestionSet.id)))
    own = []
    for row in rows:
        try:
            own.append(_info(row))
        except ValidationError:
            continue
    sets = [*builtin_sets(), *own]
    return [s for s in sets if language is None or s.language == language]


def get_question_set(wb: Workbench, set_id: str) -> QuestionSetInfo:
    if set_id.startswith(BUILTIN_PREFIX):
        for info in builtin_sets():
            if info.id == set_id:
                return info
        raise NotFoundError("The question set was not found.")
    return _info(question_sets.get(wb, set_id))


def save_question_set(wb: Workbench, workshop_id: str, name: str, language: str | None = None) -> QuestionSet:
    """Save the workshop's current questions, in their order, as a new reusable set."""
    with wb.store.write() as session:
        workshop = session.get(Workshop, workshop_id)
        if workshop is None or workshop.deleted:
            raise NotFoundError("The workshop was not found; it may have been deleted.")
        current = feedback._questions(session, workshop_id)
        if not current:
            raise ValidationError("The workshop has no questions to save as a set.")
        payload = json.dumps([asdict(QuestionSpec.of(q)) for q in current], ensure_ascii=False)
        return question_sets.insert(session, wb, {"name": name, "language": language or workshop.language,
                                                  "questions": payload})


def apply_question_set(wb: Workbench, workshop_id: str, set_id: str) -> list[FeedbackQuestion]:
    """Add the set's questions after the workshop's own (all in one step); a question the
    workshop already asks with the same wording is not added twice. Returns the new questions."""
    info = get_question_set(wb, set_id)
    with wb.store.write() as session:
        workshop = session.get(Workshop, workshop_id)
        if workshop is None or workshop.deleted:
            raise NotFoundError("The workshop was not found; it may have been deleted.")
        current = feedback._questions(session, workshop_id)
        asked = {q.prompt.strip().casefold() for q in current}
        last = current[-1].position if current else None
        added = []
        for spec in info.questions:
            if spec.prompt.casefold() in asked:
                continue
            last = key_between(last, None)
            values = {**asdict(spec), "workshop_id": workshop_id, "position": last}
            added.append(feedback.questions.insert(session, wb, values))
            asked.add(spec.prompt.casefold())
        return added


def move_question(wb: Workbench, question_id: str, index: int) -> FeedbackQuestion:
    """Put a question at `index` in its workshop's list (only its own position changes)."""
    from .agenda import _position_at

    with wb.store.write() as session:
        question = feedback.questions.live(session, question_id)
        others = [q for q in feedback._questions(session, question.workshop_id) if q.id != question_id]
        feedback.questions.apply(session, wb, question, {"position": _position_at(others, index)})  # type: ignore[arg-type]
        return question
