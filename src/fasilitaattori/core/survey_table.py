"""A survey export (CSV or XLSX) as one plain table: joined column headers and answer rows.

Web survey tools write their exports in their own layouts: a title row or two above the table
(Webropol), two header rows with the option labels below the question (SurveyMonkey, Webropol's
multi-select option columns), codes instead of question texts (LimeSurvey). The header is
found from the tools' known layouts first and guessed only when none fits, and the guess never
takes a row with answers in it for a header. Each row keeps its number as the spreadsheet
shows it, so messages point the user at the right row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import ValidationError
from .table_read import MAX_COLUMNS, MAX_ROWS, Grid, read_table

__all__ = ["MAX_COLUMNS", "MAX_ROWS", "SurveyRow", "SurveyTable", "looks_like_answer", "read_survey"]

HEADER_SCAN = 8  # header rows sit at the top; look no further for the first answer row

_NUMBER = re.compile(r"^[-+]?\d+([.,]\d+)?$")
_SCALE_TEXT = re.compile(r"^\d{1,2}\s*[=:–-]\s*\S")
_DATE = re.compile(r"^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}([ T]\d{1,2}[:.]\d{2}([:.]\d{2})?)?$")
_TIME = re.compile(r"^\d{1,2}[:.]\d{2}([:.]\d{2})?$")
_BRACKETED = re.compile(r"^(.+?)\s*\[([^\[\]]+)\]$")
# Short answers that only occur in answer rows, never as a header (yes/no, don't know).
ANSWER_WORDS = frozenset({
    "kyllä", "ei", "joo", "ja", "nej", "yes", "no", "en osaa sanoa", "eos", "vet inte", "vet ej",
    "don't know", "dont know", "do not know", "n/a",
})
# What SurveyMonkey and others write in the second header row over a one-answer column.
_ANSWER_HEADINGS = frozenset({"response", "open-ended response", "vastaus", "avoin vastaus", "svar", "öppet svar"})


@dataclass(frozen=True)
class Layout:
    """A survey tool's export layout, recognised by the headers of its bookkeeping columns."""

    tool: str
    markers: tuple[frozenset[str], ...]  # the header row holds one name of each set
    ids: frozenset[str] = frozenset()  # the respondent's id column
    times: frozenset[str] = frozenset()  # when the response was given
    complete: frozenset[str] = frozenset()  # empty in a response left unfinished
    header_rows: int = 0  # 0: the header row and the rows under it with no id or time


def _names(*names: str) -> frozenset[str]:
    return frozenset(names)


LAYOUTS = (
    Layout("surveymonkey", (_names("respondent id"), _names("collector id")), ids=_names("respondent id"),
           times=_names("end date"), header_rows=2),
    Layout("limesurvey", (_names("submitdate", "date submitted", "lastpage", "last page"),),
           ids=_names("id", "response id"), times=_names("submitdate", "date submitted", "datestamp"),
           complete=_names("submitdate", "date submitted"), header_rows=1),
    Layout("forms", (_names("id", "tunnus"), _names("start time", "aloitusaika", "starttid"),
                     _names("completion time", "valmistumisaika", "slutförandetid", "sluttid")),
           ids=_names("id", "tunnus"), times=_names("completion time", "valmistumisaika", "slutförandetid",
                                                   "sluttid"), header_rows=1),
    Layout("google", (_names("timestamp", "aikaleima", "tidstämpel", "tidsstämpel"),),
           times=_names("timestamp", "aikaleima", "tidstämpel", "tidsstämpel"), header_rows=1),
    Layout("webropol", (_names("vastaaja", "vastaajan numero", "vastaajan tunniste", "vastausaika",
                               "vastauspäivä", "respondent", "svarare", "svarstid"),),
           ids=_names("vastaaja", "vastaajan numero", "vastaajan tunniste", "respondent", "svarare"),
           times=_names("vastausaika", "vastauspäivä", "svarstid")),
)


@dataclass(frozen=True)
class SurveyRow:
    line: int  # 1-based row number as a spreadsheet shows it
    cells: tuple[str, ...]


@dataclass(frozen=True)
class SurveyTable:
    name: str  # the file's name, for messages
    columns: tuple[str, ...]  # header text per column ("" when the column has none)
    rows: tuple[SurveyRow, ...]
    tool: str = ""  # the survey tool whose layout was recognised, "" when guessed
    id_column: int | None = None
    time_column: int | None = None
    complete_column: int | None = None
    groups: tuple[str, ...] = ()  # per column: the question over an option column, else ""
    options: tuple[str, ...] = ()  # per column: the option label under that question, else ""

    def label(self, index: int) -> str:
        """What to call a column in messages and lists: its header, else its number."""
        header = self.columns[index] if index < len(self.columns) else ""
        return header or f"#{index + 1}"

    def values(self, index: int) -> list[str]:
        return [row.cells[index] for row in self.rows if index < len(row.cells)]


def read_survey(path: Path) -> SurveyTable:
    """Read a CSV or XLSX survey export; any problem is one sentence naming the file."""
    path = Path(path)
    return _table(path, read_table(path).grid)


# -- header detection ----------------------------------------------------------------------


def looks_like_answer(cell: str) -> bool:
    """A value that occurs in answer rows but not as a column header."""
    text = cell.strip().casefold()
    return bool(_NUMBER.match(text) or _SCALE_TEXT.match(text) or _DATE.match(text)
                or _TIME.match(text) or text.rstrip(".!") in ANSWER_WORDS)


def _table(path: Path, grid: Grid) -> SurveyTable:
    rows = [(line, _trim(cells)) for line, cells in grid]
    rows = [(line, cells) for line, cells in rows if any(cells)]
    if len(rows) < 2:
        raise ValidationError("The file {name} has no answer rows under its header.", name=path.name)
    width = max(len(cells) for _, cells in rows)
    layout, top, count = _find_header(rows)
    header_rows = [cells for _, cells in rows[top:top + count]]
    if layout is not None and layout.tool == "surveymonkey" and len(header_rows) > 1:
        header_rows[1] = ["" if c.casefold() in _ANSWER_HEADINGS else c for c in header_rows[1]]
    columns = _join_headers(header_rows, width)
    body = tuple(SurveyRow(line, tuple(cells + [""] * (width - len(cells)))) for line, cells in rows[top + count:])
    if not body:
        raise ValidationError("The file {name} has no answer rows under its header.", name=path.name)
    groups, options = _option_columns(header_rows, columns, width)
    lowest = [c.casefold() for c in header_rows[0]] if header_rows else []

    def find(names: frozenset[str]) -> int | None:
        return next((i for i, c in enumerate(lowest) if c in names), None) if names else None

    if layout is None:
        return SurveyTable(path.name, columns, body, groups=groups, options=options)
    return SurveyTable(path.name, columns, body, layout.tool, find(layout.ids), find(layout.times),
                       find(layout.complete), groups, options)


def _layout_of(cells: list[str]) -> Layout | None:
    names = {c.casefold() for c in cells if c}
    return next((layout for layout in LAYOUTS if all(names & m for m in layout.markers)), None)


def _find_header(rows: list[tuple[int, list[str]]]) -> tuple[Layout | None, int, int]:
    """(layout, index of the first header row, number of header rows).

    A known layout's header row is found by its bookkeeping columns; rows above it are titles.
    Rows under it belong to the header only where the layout says so, or (Webropol) while the
    respondent id and time cells are empty, which they never are in a response.
    """
    for top, (_, cells) in enumerate(rows[:HEADER_SCAN]):
        layout = _layout_of(cells)
        if layout is None:
            continue
        if layout.header_rows:
            return layout, top, min(layout.header_rows, len(rows) - top - 1)
        keys = [i for i, c in enumerate(cells) if c.casefold() in layout.ids | layout.times]
        count = 1
        while top + count < len(rows) - 1 and count < HEADER_SCAN:
            below = rows[top + count][1]
            if any(i < len(below) and below[i] for i in keys) or any(looks_like_answer(c) for c in below):
                break
            count += 1
        return layout, top, count
    return None, *_guess_header(rows)


def _guess_header(rows: list[tuple[int, list[str]]]) -> tuple[int, int]:
    """No known layout: titles (one cell above a wider row) are skipped, then one header row, and
    a second one only under group titles merged over several columns (gaps in the row above)
    when it holds no answer-looking value. A row is never taken for a header just because it
    has no numbers in it: a first respondent who left the number questions empty is a respondent."""
    top = 0
    while (top + 2 < len(rows) and top < HEADER_SCAN and _filled(rows[top][1]) == 1 and rows[top][1][0]
           and _filled(rows[top + 1][1]) >= 2):
        top += 1
    count = 1
    while top + count + 1 < len(rows) and count < 3:
        upper, below = rows[top + count - 1][1], rows[top + count][1]
        if not _continues_header(upper, below):
            break
        count += 1
    return top, count


def _continues_header(upper: list[str], below: list[str]) -> bool:
    """The row under a header row is more header (option labels under a question spread over
    several columns) when the upper row has gaps that it fills, it leaves the columns of the
    one-column questions empty, and nothing under a question looks like an answer. An option
    may well be called "En osaa sanoa": only the cells under a question's own header count."""
    filled = [i for i, c in enumerate(upper) if c]
    if not filled:
        return False
    last = filled[-1]
    gaps = [i for i in range(1, len(below)) if below[i] and (i >= len(upper) or not upper[i])]
    merged = any(not upper[i] for i in range(1, last)) or len(below) > len(upper)
    spread = {i for i in filled if i + 1 < len(below) and (i + 1 >= len(upper) or not upper[i + 1])}
    alone = [i for i in filled if i not in spread]
    return (merged and bool(gaps) and not any(i < len(below) and below[i] for i in alone)
            and not any(i < len(below) and looks_like_answer(below[i]) for i in spread))


def _option_columns(header_rows: list[list[str]], columns: tuple[str, ...],
                    width: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Per column, the question and the option when the column holds one option of a
    multi-select question: under a question spanning several columns, or "Question [Option]"."""
    groups, options = [""] * width, [""] * width
    for col, header in enumerate(columns):
        match = _BRACKETED.match(header)
        if match:
            groups[col], options[col] = match.group(1).strip(), match.group(2).strip()
        elif " – " in header and len(header_rows) > 1:
            group, _, option = header.rpartition(" – ")
            groups[col], options[col] = group, option
    # A "group" heading only one column is a question with a heading above it, not options.
    counts = {g: groups.count(g) for g in set(groups) if g}
    for col in range(width):
        if groups[col] and counts[groups[col]] < 2:
            groups[col] = options[col] = ""
    return tuple(groups), tuple(options)


def _trim(cells: list[str]) -> list[str]:
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells if end == len(cells) else cells[:end]


def _filled(cells: list[str]) -> int:
    return sum(1 for c in cells if c)


def _join_headers(header_rows: list[list[str]], width: int) -> tuple[str, ...]:
    """One header per column from one or more header rows.

    Upper rows often hold a group title merged over several columns; a merged cell's text is
    only in its first cell, so it is carried right over the empty cells that have a header of
    their own in the row below. A cell merged downwards leaves the cells under it empty.
    """
    padded = [cells + [""] * (width - len(cells)) for cells in header_rows]
    for upper in range(len(padded) - 1):
        below = padded[upper + 1]
        carry = ""
        for col in range(width):
            if padded[upper][col]:
                # A cell merged down over the rows below (empty under it) heads only itself.
                carry = padded[upper][col] if below[col] else ""
            elif carry and below[col]:
                padded[upper][col] = carry
            else:
                carry = ""
    columns = []
    for col in range(width):
        parts: list[str] = []
        for row in padded:
            text = " ".join(row[col].split())
            if text and (not parts or parts[-1] != text):
                parts.append(text)
        columns.append(" – ".join(parts))
    return tuple(columns)
