"""Importing survey exports (CSV/XLSX) as feedback responses of a workshop.

The user first sees a preview: the file's columns with sample answers and a suggested question
for each column (matched by the wording of the question). Then the whole file is checked and,
only if every answer fits its question, imported in one transaction: one response per row,
source "import", keeping the tool's respondent id and answer time. Rows already imported (same
respondent, or the same row of a file without ids) are recognised and skipped, so importing a
file twice changes nothing. Empty cells are no answer; "don't know" is counted apart.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections import Counter
from collections.abc import Mapping
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..store import index_backlog
from ..store.db import sqlite_connection
from ..store.models import FeedbackQuestion, FeedbackResponse
from . import feedback
from .clock import dump_clocks
from .survey_answers import (
    DONT_KNOW,
    answer_values,
    is_dont_know,
    is_empty,
    scale_value,
    selected,
    split_choices,
    value_labels,
)
from .survey_mapping import parse_mapping, suggest_mapping
from .survey_table import SurveyRow, SurveyTable, read_survey
from .workbench import Workbench, utc_now
from .workshops import workshops

__all__ = ["ColumnPreview", "ImportPreview", "ImportResult", "answer_values", "import_survey", "parse_mapping",
           "preview_import", "scale_value", "suggest_mapping"]

_OPTION_CODE = re.compile(r"^SQ0*(\d{1,3})$", re.IGNORECASE)
# From this many answers on, the answer table's secondary indexes are built after the commit, in
# the background (`store.index_backlog`), and the write-ahead log is written out as it grows.
LARGE_IMPORT = 20_000


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
    already_imported: int = 0  # rows an earlier import brought in

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
    already_imported: int = 0  # rows whose respondent an earlier import brought in
    incomplete: int = 0  # responses the tool marks unfinished (LimeSurvey: no submit date)
    dont_know: int = 0  # "don't know" answers, kept and counted apart from the values


# -- preview and import --------------------------------------------------------------------


def _live_questions(wb: Workbench, workshop_id: str) -> list[FeedbackQuestion]:
    workshops.get(wb, workshop_id)  # a clear sentence when the workshop is gone
    return feedback.list_questions(wb, workshop_id)


def preview_import(wb: Workbench, workshop_id: str, path: Path, sample_rows: int = 5) -> ImportPreview:
    return preview_table(wb, workshop_id, read_survey(Path(path)), sample_rows)


def preview_table(wb: Workbench, workshop_id: str, table: SurveyTable, sample_rows: int = 5) -> ImportPreview:
    """The preview of a file already read (the window reads large files on a worker thread)."""
    questions = _live_questions(wb, workshop_id)
    suggested = suggest_mapping(table, questions)
    columns = tuple(
        ColumnPreview(i, table.label(i), tuple(v for v in table.values(i) if v)[:sample_rows], suggested.get(i))
        for i in range(len(table.columns)))
    return ImportPreview(table, tuple(questions), columns, _already(wb, workshop_id, table))


def _already(wb: Workbench, workshop_id: str, table: SurveyTable) -> int:
    """How many of the file's rows an earlier import brought in (they will be skipped)."""
    seen: Counter[str] = Counter()
    keys = {_respondent(table, row, seen) for row in table.rows}
    with wb.store.read() as session:
        known = set(session.scalars(select(FeedbackResponse.respondent).where(
            FeedbackResponse.workshop_id == workshop_id, FeedbackResponse.deleted.is_(False),
            FeedbackResponse.respondent != "")))
    return len(keys & known)


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
        if question_id in seen and questions[question_id].kind != "multi":
            raise ValidationError("The question “{question}” is matched to two columns.",
                                  question=questions[question_id].prompt[:60])
        seen[question_id] = column


def _check_duplicates(mapping: Mapping[int, str], table: SurveyTable) -> None:
    """A suggested column whose header another column with answers repeats: which one holds the
    answers cannot be known, and taking one would silently drop the other."""
    for column in mapping:
        header = table.columns[column]
        for other, text in enumerate(table.columns):
            if other != column and other not in mapping and header and text == header and any(table.values(other)):
                raise ValidationError("The file {name} has two columns headed “{column}”; choose the column "
                                      "for the question by its number.", name=table.name, column=header[:60])


def _fit_error(table: SurveyTable, line: int, column: int, value: str, question: FeedbackQuestion) -> ValidationError:
    column_label = table.label(column)[:60]
    if question.kind == "yesno":
        return ValidationError("Row {row}, column “{column}”: “{value}” is not a yes or no answer.",
                               row=line, column=column_label, value=value[:40])
    return ValidationError("Row {row}, column “{column}”: “{value}” is not a number from {low} to {high}.",
                           row=line, column=column_label, value=value[:40], low=question.scale_min,
                           high=question.scale_max)


# One stored answer: (question id, value number, value text), text already cleaned for the store.
_Stored = tuple[str, int | None, str]


@dataclass
class _Parsed:
    rows: list[tuple[str, str, list[_Stored]]]  # (respondent, answered at, answers)
    skipped: int = 0
    empty: int = 0
    incomplete: int = 0
    dont_know: int = 0


def _respondent(table: SurveyTable, row: SurveyRow, seen: Counter[str]) -> str:
    """The tool's respondent id; without one, the row's fingerprint (and its repeat number, so two
    respondents who answered alike stay two)."""
    if table.id_column is not None and row.cells[table.id_column]:
        return f"{table.tool}:{row.cells[table.id_column]}"[:120]
    digest = hashlib.sha256("\x1f".join(row.cells).encode("utf-8")).hexdigest()[:40]
    seen[digest] += 1
    return f"row:{digest}:{seen[digest]}"


def _multi_values(table: SurveyTable, row: SurveyRow, columns: list[int],
                  question: FeedbackQuestion) -> dict[str, Any] | None:
    known = [o for o in (question.options or "").splitlines() if o.strip()]
    if len(columns) == 1:
        cell = row.cells[columns[0]]
        if is_empty(cell):
            return None
        chosen = split_choices(cell, known, table.tool)
    else:  # one column per option
        chosen = [_option_label(table, c, known) for c in columns if selected(row.cells[c], table.label(c))]
    # "Don't know" offered as an option is counted as such, never as one of the options.
    options = [o for o in chosen if not is_dont_know(o)]
    if options:
        return {"value_text": "\n".join(options)}
    return DONT_KNOW if chosen else None


def _option_label(table: SurveyTable, column: int, known: list[str]) -> str:
    """The option an option column stands for; LimeSurvey's SQ001… are the options in order."""
    label = table.options[column] if table.options and table.options[column] else table.label(column)
    code = _OPTION_CODE.match(label)
    if code and 1 <= int(code.group(1)) <= len(known):
        return known[int(code.group(1)) - 1]
    return label


_NOT_READ = object()


@dataclass
class _Column:
    answers: list[_Stored | None]  # per row: the answer as stored, None for no answer
    dont_know: int = 0
    bad: int | None = None  # the index of the first row whose answer does not fit; reading stopped there


def _read_column(table: SurveyTable, rows: list[SurveyRow], question: FeedbackQuestion, columns: list[int],
                 labels: dict[str, int] | None) -> _Column:
    """One question's answers in every row. Answers repeat ("4", "Kyllä", the same option
    columns), so each distinct one is read once."""
    text_field = feedback.answers.fields["value_text"]
    cache: dict[Any, Any] = {}
    read = _Column([])
    out = read.answers
    for index, row in enumerate(rows):
        cells = row.cells
        key: Any = cells[columns[0]] if len(columns) == 1 else tuple(cells[c] for c in columns)
        stored = cache.get(key, _NOT_READ)
        if stored is _NOT_READ:
            try:
                values = (_multi_values(table, row, columns, question) if question.kind == "multi"
                          else answer_values(question, cells[columns[0]], labels))
            except ValueError:
                read.bad = index
                return read
            stored = None if values is None else (
                question.id, values.get("value_number"), text_field.clean(values.get("value_text", "")))
            cache[key] = stored
        out.append(stored)
    # "Don't know" is stored as neither a value nor a text (`feedback.is_dont_know`).
    read.dont_know = sum(1 for a in out if a is not None and a[1] is None and not a[2])
    return read


def parse_rows(table: SurveyTable, mapping: Mapping[int, str], questions: Mapping[str, FeedbackQuestion]) -> _Parsed:
    """Every answer of the file read and checked, a question's column at a time; the first
    answer that does not fit (by row, then by question) is one sentence naming its row as the
    spreadsheet shows it."""
    by_question: dict[str, list[int]] = {}
    for column, question_id in sorted(mapping.items()):
        by_question.setdefault(question_id, []).append(column)
    parsed = _Parsed([])
    rows: list[SurveyRow] = []
    for row in table.rows:
        if table.tool == "limesurvey" and table.complete_column is not None and not row.cells[table.complete_column]:
            parsed.incomplete += 1
        else:
            rows.append(row)
    read = [_read_column(table, rows, questions[question_id], columns,
                         value_labels(questions[question_id]) if questions[question_id].kind in ("scale", "number")
                         else None)
            for question_id, columns in by_question.items()]
    bad = min(((c.bad, order) for order, c in enumerate(read) if c.bad is not None), default=None)
    if bad is not None:
        row, question_id = rows[bad[0]], list(by_question)[bad[1]]
        column = by_question[question_id][0]
        raise _fit_error(table, row.line, column, row.cells[column], questions[question_id])
    parsed.dont_know = sum(c.dont_know for c in read)
    parsed.skipped = sum(c.answers.count(None) for c in read) + parsed.dont_know
    seen: Counter[str] = Counter()
    time_column = table.time_column
    for row, given in zip(rows, zip(*(c.answers for c in read), strict=True), strict=True):
        respondent = _respondent(table, row, seen)
        stored = [a for a in given if a is not None]
        if not stored:
            parsed.empty += 1
            continue
        answered = row.cells[time_column][:32] if time_column is not None else ""
        parsed.rows.append((respondent, answered, stored))
    return parsed


def _insert_all(session: Session, wb: Workbench, workshop_id: str,
                rows: list[tuple[str, str, list[_Stored]]]) -> tuple[list[str], int]:
    """All responses and answers of one import as two executemany inserts: one edit, one clock
    stamp. Every value was checked by `parse_rows` and every reference above (the workshop and
    its live questions; the response ids are made here), so the per-row checks of
    `Entity.insert` (a query per reference, a flush per row) would only repeat them, 250,000
    times for a large export."""
    stamp = wb.tick(session)
    now = utc_now()
    response_clock = dump_clocks(dict.fromkeys([*feedback.responses.fields, "deleted"], stamp))
    answer_clock = dump_clocks(dict.fromkeys([*feedback.answers.fields, "deleted"], stamp))
    # Ids in ascending order within one import (a random prefix, then a counter in the id's last
    # group): the rows land at the end of every index on them instead of at random pages.
    h = uuid.uuid4().hex
    prefix = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-"
    counter = 0
    responses: list[tuple[Any, ...]] = []
    answers: list[tuple[Any, ...]] = []
    for respondent, answered, given in rows:
        counter += 1
        response_id = f"{prefix}{counter:012x}"
        responses.append((response_id, now, response_clock, False, workshop_id, "import", respondent, answered))
        for question_id, number, text in given:
            counter += 1
            answers.append((f"{prefix}{counter:012x}", now, answer_clock, False, response_id, question_id, number,
                            text))
    connection = session.connection()
    if responses:
        connection.exec_driver_sql(
            "INSERT INTO feedback_responses (id, created_at, clock, deleted, workshop_id, source, respondent, "
            "answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", responses)
    if answers:
        connection.exec_driver_sql(
            "INSERT INTO feedback_answers (id, created_at, clock, deleted, response_id, question_id, value_number, "
            "value_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", answers)
    return [r[0] for r in responses], len(answers)


def _indexes_later(session: Session, wb: Workbench) -> None:
    """A large import: the answer table's secondary indexes are dropped and built again after the
    commit, in the background, which sorts once instead of updating two more trees per answer;
    queries meanwhile give the same results. The commit returns once the log is on disk, and
    the log is copied into the data file afterwards. Inside the transaction: a failure restores
    the indexes and records nothing."""
    conn = sqlite_connection(session)
    indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                           "tbl_name = 'feedback_answers' AND sql IS NOT NULL").fetchall()
    for name, _sql in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    index_backlog.record(conn, "feedback_answers", [(name, sql) for name, sql in indexes])
    wb.store.defer_indexing(session)
    wb.store.defer_checkpoint(session)


def import_survey(wb: Workbench, workshop_id: str, path: Path, mapping: Mapping[int, str] | None = None,
                  table: SurveyTable | None = None) -> ImportResult:
    """Import every row of the file as one response (all rows or none).

    Without a mapping the suggested one is used. Every answer is checked before anything is
    written, so a bad value anywhere leaves the store as it was. Respondents imported before
    are skipped and counted.
    """
    table = table if table is not None else read_survey(Path(path))
    questions = _live_questions(wb, workshop_id)
    by_id = {q.id: q for q in questions}
    chosen = dict(mapping) if mapping is not None else suggest_mapping(table, questions)
    _check_mapping(chosen, table, by_id)
    if mapping is None:
        _check_duplicates(chosen, table)
    parsed = parse_rows(table, chosen, by_id)
    if not parsed.rows:
        raise ValidationError("The file {name} has no answers in the chosen columns.", name=table.name)
    already = 0
    # The references are checked here, in the transaction: the workshop and the questions are
    # there, the response ids are made below; SQLite need not look each one up again per row.
    with wb.store.write(references_checked=True) as session:
        workshops.live(session, workshop_id)
        live = set(session.scalars(select(FeedbackQuestion.id).where(
            FeedbackQuestion.workshop_id == workshop_id, FeedbackQuestion.deleted.is_(False))))
        if not set(chosen.values()) <= live:
            raise ValidationError("A question was removed while the file was being read; please try again.")
        known = set(session.scalars(select(FeedbackResponse.respondent).where(
            FeedbackResponse.workshop_id == workshop_id, FeedbackResponse.deleted.is_(False),
            FeedbackResponse.respondent != "")))
        new_rows = []
        for respondent, answered, answers in parsed.rows:
            if respondent in known:
                already += 1
                continue
            known.add(respondent)
            new_rows.append((respondent, answered, answers))
        with ExitStack() as stack:
            if sum(len(answers) for _, _, answers in new_rows) >= LARGE_IMPORT:
                stack.enter_context(wb.store.log_flushed_as_it_grows())
                _indexes_later(session, wb)
            made, count = _insert_all(session, wb, workshop_id, new_rows)
    return ImportResult(len(made), count, parsed.skipped, parsed.empty, tuple(made), already, parsed.incomplete,
                        parsed.dont_know)
