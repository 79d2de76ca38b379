"""Importing survey exports (CSV/XLSX) as feedback responses of a workshop.

The user first sees a preview: the file's columns with sample answers and a suggested question
for each column (matched by the wording of the question). Then the whole file is checked and,
only if every answer fits its question, imported in one transaction: one response per row,
source "import". "Don't know" answers and empty cells are skipped answers, not zeros.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..errors import ValidationError
from ..store.models import FeedbackQuestion
from . import feedback
from .survey_table import SurveyTable, read_survey
from .workbench import Workbench

# Answers meaning "no opinion" in Finnish, Swedish and English: a skipped answer.
SKIP_ANSWERS = frozenset({
    "", "-", "–", "—", "en osaa sanoa", "eos", "ei osaa sanoa", "ei mielipidettä", "en tiedä",
    "vet inte", "vet ej", "kan inte säga", "ingen åsikt", "don't know", "dont know", "do not know",
    "no opinion", "n/a", "na",
})
YES_WORDS = frozenset({"kyllä", "kylla", "joo", "k", "ja", "j", "yes", "y", "1", "true", "x"})
NO_WORDS = frozenset({"ei", "e", "nej", "no", "n", "0", "false"})

_LEADING_NUMBER = re.compile(r"^\s*(\d{1,2})(?:\s*(?:[=:.)–-]|\s)\s*|\s*$)")
_TRAILING_NUMBER = re.compile(r"\(\s*(\d{1,2})\s*\)\s*$")
_WORD = re.compile(r"\w+", re.UNICODE)
_NUMBERING = re.compile(r"^\s*(\d+|[a-z])[.)]\s+", re.IGNORECASE)

SUGGEST_THRESHOLD = 0.5


@dataclass(frozen=True)
class ColumnPreview:
    index: int
    header: str  # header text, or "#n" when the column has none
    samples: tuple[str, ...]
    suggested: str | None  # question id


@dataclass(frozen=True)
class ImportPreview:
    table: SurveyTable
    questions: tuple[FeedbackQuestion, ...]
    columns: tuple[ColumnPreview, ...]

    @property
    def mapping(self) -> dict[int, str]:
        return {c.index: c.suggested for c in self.columns if c.suggested}

    @property
    def row_count(self) -> int:
        return len(self.table.rows)


@dataclass(frozen=True)
class ImportResult:
    responses: int
    answers: int
    skipped_answers: int  # empty or "don't know"
    empty_rows: int  # rows with no answer to any mapped question (not counted as responses)
    response_ids: tuple[str, ...] = ()  # the new responses, so the import can be undone


# -- answer values -------------------------------------------------------------------------


def is_skip(value: str) -> bool:
    """Empty or "don't know", also when coded with a number ("6 = En osaa sanoa")."""
    text = value.strip().casefold().rstrip(".!")
    return text in SKIP_ANSWERS or _LEADING_NUMBER.sub("", text, count=1) in SKIP_ANSWERS - {""}


def scale_value(text: str, question: FeedbackQuestion) -> int | None:
    """A scale answer as written in exports: "4", "4,0", "5 = erittäin hyvä", "Erittäin hyvä (5)",
    or the question's own end labels. None when it cannot be read."""
    raw = text.strip()
    folded = raw.casefold()
    try:
        number = float(folded.replace(",", "."))
    except ValueError:
        pass
    else:
        return int(number) if number.is_integer() else None
    match = _LEADING_NUMBER.match(raw) or _TRAILING_NUMBER.search(raw)
    if match:
        return int(match.group(1))
    if question.low_label and folded == question.low_label.strip().casefold():
        return question.scale_min
    if question.high_label and folded == question.high_label.strip().casefold():
        return question.scale_max
    return None


def yes_no_value(text: str) -> int | None:
    words = _WORD.findall(text.casefold())
    if not words:
        return None
    if words[0] in YES_WORDS:
        return 1
    if words[0] in NO_WORDS:
        return 0
    return None


def answer_values(question: FeedbackQuestion, text: str) -> dict[str, Any] | None:
    """The stored form of one answer, None for a skipped one; ValueError when it does not fit."""
    if is_skip(text):
        return None
    if question.kind == "text":
        return {"value_text": text.strip()}
    if question.kind == "yesno":
        value = yes_no_value(text)
        if value is None:
            raise ValueError("yes or no")
        return {"value_number": value}
    number = scale_value(text, question)
    if number is None or not question.scale_min <= number <= question.scale_max:
        raise ValueError("scale")
    return {"value_number": number}


# -- mapping -------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(_NUMBERING.sub("", text).casefold()) if len(w) > 1]


def match_score(header: str, prompt: str) -> float:
    """How well a column header matches a question's wording (0..1).

    Survey tools add numbering, group titles and scale explanations to the question text, so
    the share of the question's words found in the header counts as much as plain similarity;
    words match on their first five letters because Finnish words inflect.
    """
    head_words, prompt_words = _words(header), _words(prompt)
    if not head_words or not prompt_words:
        return 0.0
    stems = {w[:5] for w in head_words}
    found = sum(1 for w in prompt_words if w[:5] in stems) / len(prompt_words)
    similar = SequenceMatcher(None, " ".join(head_words), " ".join(prompt_words)).ratio()
    return max(found * 0.95, similar)


def suggest_mapping(table: SurveyTable, questions: Sequence[FeedbackQuestion]) -> dict[int, str]:
    """column index -> question id for the columns whose header matches a question well enough;
    each question is given to its best-matching column only."""
    pairs = sorted(((match_score(table.columns[c], q.prompt), c, q.id)
                    for c in range(len(table.columns)) for q in questions), key=lambda p: (-p[0], p[1]))
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for score, column, question_id in pairs:
        if score < SUGGEST_THRESHOLD:
            break
        if column in mapping or question_id in taken:
            continue
        mapping[column] = question_id
        taken.add(question_id)
    return mapping


def parse_mapping(text: str, table: SurveyTable, questions: Sequence[FeedbackQuestion]) -> dict[int, str]:
    """The command line's "column=question,…": a column by its header or its number (1 = first),
    a question by its id or its number in the workshop's list (1 = first)."""
    mapping: dict[int, str] = {}
    for part in (p for p in text.split(",") if p.strip()):
        column_ref, sep, question_ref = part.rpartition("=")
        if not sep or not column_ref.strip() or not question_ref.strip():
            raise ValidationError("The mapping “{part}” must be written as column=question.", part=part.strip())
        column = _column_index(column_ref.strip(), table)
        mapping[column] = _question_id(question_ref.strip(), questions)
    return mapping


def _column_index(ref: str, table: SurveyTable) -> int:
    folded = ref.casefold()
    for index, header in enumerate(table.columns):
        if header.casefold() == folded:
            return index
    if ref.lstrip("#").isdigit() and 1 <= int(ref.lstrip("#")) <= len(table.columns):
        return int(ref.lstrip("#")) - 1
    raise ValidationError("The file has no column “{column}”.", column=ref)


def _question_id(ref: str, questions: Sequence[FeedbackQuestion]) -> str:
    for question in questions:
        if question.id == ref:
            return question.id
    if ref.isdigit() and 1 <= int(ref) <= len(questions):
        return questions[int(ref) - 1].id
    raise ValidationError("The workshop has no question “{question}”.", question=ref)


# -- preview and import --------------------------------------------------------------------


def _live_questions(wb: Workbench, workshop_id: str) -> list[FeedbackQuestion]:
    from .workshops import workshops

    workshops.get(wb, workshop_id)  # a clear sentence when the workshop is gone
    return feedback.list_questions(wb, workshop_id)


def preview_import(wb: Workbench, workshop_id: str, path: Path, sample_rows: int = 5) -> ImportPreview:
    table = read_survey(Path(path))
    questions = _live_questions(wb, workshop_id)
    suggested = suggest_mapping(table, questions)
    columns = tuple(
        ColumnPreview(i, table.label(i), tuple(v for v in table.values(i) if v)[:sample_rows], suggested.get(i))
        for i in range(len(table.columns)))
    return ImportPreview(table, tuple(questions), columns)


def _check_mapping(mapping: Mapping[int, str], table: SurveyTable,
                   questions: Mapping[str, FeedbackQuestion]) -> None:
    if not mapping:
        raise ValidationError("No column of the file is matched to a question; choose the question for "
                              "at least one column.")
    seen: dict[str, int] = {}
    for column, question_id in mapping.items():
        if not 0 <= column < len(table.columns):
            raise ValidationError("The file has no column number {number}.", number=column + 1)
        if question_id not in questions:
            raise ValidationError("The workshop has no question “{question}”.", question=question_id)
        if question_id in seen:
            raise ValidationError("The question “{question}” is matched to two columns.",
                                  question=questions[question_id].prompt[:60])
        seen[question_id] = column


def _fit_error(table: SurveyTable, line: int, column: int, value: str, question: FeedbackQuestion) -> ValidationError:
    column_label = table.label(column)[:60]
    if question.kind == "yesno":
        return ValidationError("Row {row}, column “{column}”: “{value}” is not a yes or no answer.",
                               row=line, column=column_label, value=value[:40])
    return ValidationError("Row {row}, column “{column}”: “{value}” is not a number from {low} to {high}.",
                           row=line, column=column_label, value=value[:40], low=question.scale_min,
                           high=question.scale_max)


def import_survey(wb: Workbench, workshop_id: str, path: Path,
                  mapping: Mapping[int, str] | None = None) -> ImportResult:
    """Import every row of the file as one response (all rows or none).

    Without a mapping the suggested one is used. Every answer is checked before anything is
    written, so a bad value anywhere leaves the store as it was.
    """
    table = read_survey(Path(path))
    questions = _live_questions(wb, workshop_id)
    by_id = {q.id: q for q in questions}
    chosen = dict(mapping) if mapping is not None else suggest_mapping(table, questions)
    _check_mapping(chosen, table, by_id)
    parsed: list[list[tuple[str, dict[str, Any]]]] = []
    skipped = empty = 0
    for row in table.rows:
        answers: list[tuple[str, dict[str, Any]]] = []
        for column, question_id in sorted(chosen.items()):
            value = row.cells[column]
            question = by_id[question_id]
            try:
                values = answer_values(question, value)
            except ValueError:
                raise _fit_error(table, row.line, column, value, question) from None
            if values is None:
                skipped += 1
            else:
                answers.append((question_id, values))
        if answers:
            parsed.append(answers)
        else:
            empty += 1
    if not parsed:
        raise ValidationError("The file {name} has no answers in the chosen columns.", name=table.name)
    count = 0
    made: list[str] = []
    with wb.store.write() as session:
        live = set(session.scalars(select(FeedbackQuestion.id).where(
            FeedbackQuestion.workshop_id == workshop_id, FeedbackQuestion.deleted.is_(False))))
        if not set(chosen.values()) <= live:
            raise ValidationError("A question was removed while the file was being read; please try again.")
        for answers in parsed:
            response = feedback.responses.insert(session, wb, {"workshop_id": workshop_id, "source": "import"})
            made.append(response.id)
            for question_id, values in answers:
                feedback.answers.insert(session, wb, {"response_id": response.id, "question_id": question_id,
                                                      **values})
                count += 1
    return ImportResult(len(parsed), count, skipped, empty, tuple(made))
