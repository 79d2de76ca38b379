"""Answers by a background question: how participants from each municipality (age group, role)
rated the workshop, as a facilitator reports it to a municipality.

For every background question ("profile") of a workshop, its answers are the groups (in the
order of its options, else largest first); for every scale, number and yes/no question, each
group's count and sum of values (a mean, or for yes/no the share of yes). A group of fewer than MIN_GROUP respondents is not shown
on its own, so that no one's answers can be picked out of a small group: such groups are
counted together as "the rest". Spellings that differ only in case or spaces are one group.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..store.models import FeedbackQuestion
from . import feedback
from .feedback import Grid
from .workbench import Workbench

MIN_GROUP = 5
REST = ""  # the label of the small groups counted together
COMPARED = ("scale", "number", "yesno")


@dataclass(frozen=True)
class GroupFigure:
    n: int  # answers with a value
    total: int  # their sum (for yes/no: how many said yes)

    @property
    def mean(self) -> float | None:
        """The mean value, for yes/no the share of yes; None with fewer than MIN_GROUP answers,
        which are not shown on their own either."""
        return self.total / self.n if self.n >= MIN_GROUP else None


@dataclass(frozen=True)
class CrossTab:
    background: FeedbackQuestion
    groups: list[tuple[str, int]]  # (answer, respondents) in the options' order or largest first; REST last
    rows: list[tuple[FeedbackQuestion, list[GroupFigure]]]  # per compared question, one figure per group


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def cross_tabs(wb: Workbench, workshop_id: str) -> list[CrossTab]:
    """One table per background question with at least two groups to compare."""
    questions = feedback.list_questions(wb, workshop_id)
    if not any(q.kind == "profile" for q in questions) or not any(q.kind in COMPARED for q in questions):
        return []
    return cross_tabs_of(questions, feedback.answer_grid(wb, workshop_id, [q.id for q in questions]))


def cross_tabs_of(questions: list[FeedbackQuestion], grid: Grid) -> list[CrossTab]:
    """The same from every response's answers (`feedback.answer_grid` of `questions`)."""
    compared = [(i, q) for i, q in enumerate(questions) if q.kind in COMPARED]
    values = [(respondent, order, cell[0]) for respondent, row in enumerate(grid)
              for order, (i, _q) in enumerate(compared) if (cell := row[i]) is not None and cell[0] is not None]
    tables = []
    for b, background in enumerate(questions):
        if background.kind != "profile":
            continue
        group_of = {respondent: cell[1].strip() for respondent, row in enumerate(grid)
                    if (cell := row[b]) is not None and cell[1].strip()}
        table = _cross_tab(background, [q for _i, q in compared], group_of, values)
        if table is not None:
            tables.append(table)
    return tables


def _cross_tab(background: FeedbackQuestion, compared: list[FeedbackQuestion], group_of: dict[int, str],
               values: list[tuple[int, int, int]]) -> CrossTab | None:
    size: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    folded = {answer: _fold(answer) for answer in set(group_of.values())}
    for answer, count in Counter(group_of.values()).items():
        size[folded[answer]] += count
        spellings.setdefault(folded[answer], Counter())[answer] += count
    # In the order of the question's own options (age groups from the youngest), else largest first.
    own = {_fold(o): i for i, o in enumerate((background.options or "").splitlines()) if o.strip()}
    shown = sorted((key for key, count in size.most_common() if count >= MIN_GROUP),
                   key=lambda key: own.get(key, len(own)))
    rest = sum(count for key, count in size.items() if key not in shown)
    has_rest = rest >= MIN_GROUP
    width = len(shown) + has_rest
    if width < 2:
        return None
    place = {key: i for i, key in enumerate(shown)}
    rest_column = len(shown) if has_rest else -1
    column_of = {respondent: place.get(folded[answer], rest_column) for respondent, answer in group_of.items()}
    counts = [0] * (len(compared) * width)
    totals = [0] * (len(compared) * width)
    for respondent, order, number in values:
        column = column_of.get(respondent, -1)
        if column >= 0:
            counts[order * width + column] += 1
            totals[order * width + column] += number
    groups = [(spellings[key].most_common(1)[0][0], size[key]) for key in shown]
    if has_rest:
        groups.append((REST, rest))
    rows = []
    for i, question in enumerate(compared):
        cells = [GroupFigure(counts[i * width + c], totals[i * width + c]) for c in range(width)]
        if any(cell.n for cell in cells):
            rows.append((question, cells))
    return CrossTab(background, groups, rows) if rows else None


def cross_tabs_json(tables: list[CrossTab]) -> list[dict[str, Any]]:
    """The comparisons as `feedback stats --json` gives them: per background question its groups
    (the small ones together as "other") and per question each group's answers and mean (for
    yes/no the share of yes; null where fewer than MIN_GROUP answered)."""

    def name(group: str) -> str:
        return group or "other"

    return [{"background": t.background.prompt, "groups": {name(g): n for g, n in t.groups},
             "questions": [{"text": q.prompt, "kind": q.kind,
                            "by_group": {name(g): {"n": f.n, "mean": None if f.mean is None else round(f.mean, 3)}
                                         for (g, _n), f in zip(t.groups, cells, strict=True)}}
                           for q, cells in t.rows]}
            for t in tables]
