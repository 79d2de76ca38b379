"""Questions made from a survey export's columns, for columns that match no question yet.

The kind is read from the answers: yes/no words, whole numbers (a scale up to 7 points, else a
0–10 number), the standard scale wordings, a few options repeated (a choice), options joined
in one cell or spread over option columns (multi-select), a background header (municipality,
role, age group), else open text. The column's header becomes the question's wording.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..store.models import FeedbackQuestion
from . import feedback
from .survey_answers import LIKERT, fold, is_dont_know, is_empty, yes_no_value
from .survey_table import SurveyTable
from .workbench import Workbench

BACKGROUND_WORDS = ("kunta", "kotikunta", "paikkakunta", "rooli", "tehtävä", "ikä", "ikäryhmä", "organisaatio",
                    "kommun", "roll", "ålder", "åldersgrupp", "municipality", "role", "age", "age group",
                    "organisation", "organization")
# The tools' own columns, never questions.
BOOKKEEPING = frozenset({
    "id", "response id", "respondent id", "collector id", "start date", "end date", "ip address", "email address",
    "first name", "last name", "custom data 1", "submitdate", "date submitted", "lastpage", "last page",
    "startlanguage", "start language", "seed", "startdate", "date started", "datestamp", "date last action",
    "ipaddr", "refurl", "start time", "completion time", "email", "name", "last modified time", "timestamp",
    "aikaleima", "tidstämpel", "vastaaja", "vastausaika", "aloitusaika", "valmistumisaika", "sähköposti", "nimi",
    "tunnus", "token",
})
_MARKS = frozenset({"0", "1", "y", "x", "yes", "kyllä", "n"})
_LABELS = {wording: i + 1 for table in LIKERT for i, wording in enumerate(table)}


@dataclass(frozen=True)
class NewQuestion:
    prompt: str
    kind: str
    columns: tuple[int, ...]
    scale_min: int = 1
    scale_max: int = 5
    options: str = ""
    question_id: str = ""  # set once created


def _is_option_group(table: SurveyTable, columns: list[int]) -> bool:
    for c in columns:
        option = fold(table.options[c]) if table.options else ""
        if any(fold(v) not in _MARKS and fold(v) != option for v in table.values(c) if v):
            return False
    return True


def _kind_of(header: str, values: list[str]) -> NewQuestion:
    answers = [v for v in values if not is_empty(v) and not is_dont_know(v)]
    words = {w for w in fold(header).replace("?", " ").replace(":", " ").split()}
    if any(word in words or fold(header) == word for word in BACKGROUND_WORDS):
        return NewQuestion(header, "profile", ())
    if answers and all(yes_no_value(v) is not None and not v.strip().isdigit() for v in answers):
        return NewQuestion(header, "yesno", ())
    if answers and all(v.strip().isdigit() for v in answers):
        numbers = [int(v) for v in answers]
        if min(numbers) >= 1 and max(numbers) <= 7:
            return NewQuestion(header, "scale", (), 1, 5 if max(numbers) <= 5 else 7)
        if min(numbers) >= 0 and max(numbers) <= 10:
            return NewQuestion(header, "number", (), 0, 10)
    if answers and all(fold(v) in _LABELS for v in answers):
        return NewQuestion(header, "scale", (), 1, 5)
    if any(v.rstrip().endswith(";") for v in answers):
        options = dict.fromkeys(o.strip() for v in answers for o in v.split(";") if o.strip())
        return NewQuestion(header, "multi", (), options="\n".join(options))
    distinct = dict.fromkeys(v.strip() for v in answers)
    if answers and len(distinct) <= 10 and len(answers) >= 2 * len(distinct) and all(len(v) <= 80 for v in distinct):
        return NewQuestion(header, "choice", (), options="\n".join(distinct))
    return NewQuestion(header, "text", ())


def plan_questions(table: SurveyTable, mapping: Mapping[int, str]) -> list[NewQuestion]:
    """A new question for each column (or group of option columns) that matches none."""
    skip = {table.id_column, table.time_column, table.complete_column, *mapping}
    plans: list[NewQuestion] = []
    done: set[int] = set()
    for column in range(len(table.columns)):
        header = table.columns[column]
        if column in skip or column in done or not header or fold(header) in BOOKKEEPING:
            continue
        group = table.groups[column] if table.groups else ""
        members = [c for c in range(len(table.columns)) if group and table.groups[c] == group and c not in skip]
        if len(members) > 1 and _is_option_group(table, members):
            done.update(members)
            options = "\n".join(table.options[c] for c in members)
            plans.append(NewQuestion(group, "multi", tuple(members), options=options))
            continue
        if not any(table.values(column)):
            continue
        plan = _kind_of(header, table.values(column))
        plans.append(NewQuestion(plan.prompt, plan.kind, (column,), plan.scale_min, plan.scale_max, plan.options))
    return plans


def create_questions(wb: Workbench, workshop_id: str, table: SurveyTable, mapping: Mapping[int, str],
                     dry_run: bool = False) -> list[NewQuestion]:
    plans = plan_questions(table, mapping)
    if dry_run:
        return plans
    made = []
    for plan in plans:
        question: FeedbackQuestion = feedback.add_question(
            wb, workshop_id, plan.prompt, plan.kind, scale_min=plan.scale_min, scale_max=plan.scale_max,
            options=plan.options)
        made.append(NewQuestion(plan.prompt, plan.kind, plan.columns, plan.scale_min, plan.scale_max, plan.options,
                                question.id))
    return made
