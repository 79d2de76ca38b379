"""Which column of a survey export answers which question: suggested by wording, or given.

Survey tools add numbering, group titles and scale explanations to the question text, so a
header matches a question by the share of the question's words found in it as much as by plain
similarity; words match on their first five letters because Finnish words inflect.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from ..errors import ValidationError
from ..store.models import FeedbackQuestion
from .survey_table import SurveyTable

_WORD = re.compile(r"\w+", re.UNICODE)
_NUMBERING = re.compile(r"^\s*(\d+|[a-z])[.)]\s+", re.IGNORECASE)

SUGGEST_THRESHOLD = 0.5


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
    each question is given to its best-matching column only, except a multi-select question
    spread over option columns, which takes all of them. The tool's own bookkeeping columns
    (respondent id, times) are never suggested."""
    bookkeeping = {table.id_column, table.time_column, table.complete_column}
    candidates = [c for c in range(len(table.columns)) if c not in bookkeeping]
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    groups = table.groups or ("",) * len(table.columns)
    multi = [q for q in questions if q.kind == "multi"]
    for group in dict.fromkeys(g for g in groups if g):
        scored = max(((match_score(group, q.prompt), q.id) for q in multi if q.id not in taken), default=None)
        if scored and scored[0] >= SUGGEST_THRESHOLD:
            mapping.update({c: scored[1] for c in candidates if groups[c] == group})
            taken.add(scored[1])
    pairs = sorted(((match_score(table.columns[c], q.prompt), c, q.id) for c in candidates if c not in mapping
                    for q in questions if q.id not in taken), key=lambda p: (-p[0], p[1]))
    for score, column, question_id in pairs:
        if score < SUGGEST_THRESHOLD:
            break
        if column in mapping or question_id in taken:
            continue
        mapping[column] = question_id
        taken.add(question_id)
    return mapping


def _mapping_parts(text: str) -> list[str]:
    """Split "column=question,…" on the commas outside double quotes: a header may hold commas."""
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def parse_mapping(text: str, table: SurveyTable, questions: Sequence[FeedbackQuestion]) -> dict[int, str]:
    """The command line's "column=question,…": a column by its header (in double quotes when it
    holds a comma) or its number (1 = first), a question by its id or its number in the
    workshop's list (1 = first)."""
    mapping: dict[int, str] = {}
    for part in _mapping_parts(text):
        column_ref, sep, question_ref = part.rpartition("=")
        if not sep or not column_ref.strip() or not question_ref.strip():
            raise ValidationError("The mapping “{part}” must be written as column=question.", part=part.strip())
        column = _column_index(column_ref.strip().strip('"').strip(), table)
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


