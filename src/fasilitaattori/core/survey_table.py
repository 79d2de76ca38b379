"""Reading a survey export (CSV in any common dialect, or XLSX) into one plain table.

Web survey tools and spreadsheet programs write many dialects: semicolon or comma, UTF-8 with
or without a byte order mark, Windows-1252 from an older Excel, a title row above the table,
and question groups as merged cells over two header rows. This module turns all of them into
`SurveyTable`: joined column headers and rows of strings, each row knowing its line in the file
so error messages can point the user at it.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from ..errors import ValidationError

MAX_BYTES = 20 * 1024 * 1024  # a survey export of thousands of answers is a few megabytes
MAX_ROWS = 20_000
MAX_COLUMNS = 500
HEADER_SCAN = 8  # header rows sit at the top; look no further for the first answer row
DELIMITERS = ";,\t|"

_NUMBER = re.compile(r"^[-+]?\d+([.,]\d+)?$")
_SCALE_TEXT = re.compile(r"^\d{1,2}\s*[=:–-]\s*\S")
_DATE = re.compile(r"^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}([ T]\d{1,2}[:.]\d{2}([:.]\d{2})?)?$")
_TIME = re.compile(r"^\d{1,2}[:.]\d{2}([:.]\d{2})?$")
# Short answers that only occur in answer rows, never as a header (yes/no, don't know).
ANSWER_WORDS = frozenset({
    "kyllä", "ei", "joo", "ja", "nej", "yes", "no", "en osaa sanoa", "eos", "vet inte", "vet ej",
    "don't know", "dont know", "do not know", "n/a",
})


@dataclass(frozen=True)
class SurveyRow:
    line: int  # 1-based row number in the file (as a spreadsheet shows it)
    cells: tuple[str, ...]


@dataclass(frozen=True)
class SurveyTable:
    name: str  # the file's name, for messages
    columns: tuple[str, ...]  # header text per column ("" when the column has none)
    rows: tuple[SurveyRow, ...]

    def label(self, index: int) -> str:
        """What to call a column in messages and lists: its header, else its number."""
        header = self.columns[index] if index < len(self.columns) else ""
        return header or f"#{index + 1}"

    def values(self, index: int) -> list[str]:
        return [row.cells[index] for row in self.rows if index < len(row.cells)]


def _unreadable(path: Path) -> ValidationError:
    return ValidationError("The file {name} is not a survey export that can be read (CSV or XLSX).",
                           name=path.name)


def read_survey(path: Path) -> SurveyTable:
    """Read a CSV or XLSX survey export; any problem is one sentence naming the file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ValidationError("The file {name} is too large for a survey export ({mb} MB).",
                                  name=path.name, mb=size // (1024 * 1024))
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError("The file {name} cannot be read: {reason}.", name=path.name,
                              reason=exc.strerror or str(exc)) from exc
    if not data.strip():
        raise ValidationError("The file {name} is empty.", name=path.name)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ValidationError("The file {name} is in the old Excel format (.xls); save it as .xlsx or CSV "
                              "and import that.", name=path.name)
    grid = _xlsx_grid(path, data) if data.startswith(b"PK\x03\x04") else _csv_grid(path, data)
    return _table(path, grid)


# -- CSV -----------------------------------------------------------------------------------


def decode_text(data: bytes) -> str | None:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; else Windows-1252, as older Excel writes."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


def _csv_grid(path: Path, data: bytes) -> list[tuple[int, list[str]]]:
    text = decode_text(data)
    if text is None or "\x00" in text:
        raise _unreadable(path)
    delimiter = _delimiter(text)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"',
                            doublequote=True, skipinitialspace=False, strict=False)
        grid = []
        for row in reader:
            grid.append((reader.line_num, [cell.strip() for cell in row]))
            if len(grid) > MAX_ROWS:
                raise ValidationError("The file {name} has more than {limit} rows.", name=path.name,
                                      limit=MAX_ROWS)
    except csv.Error as exc:
        raise ValidationError("The file {name} is not valid CSV: {reason}.", name=path.name,
                              reason=str(exc)) from exc
    return grid


def _delimiter(text: str) -> str:
    """The delimiter that splits the first lines most consistently into several columns.

    csv.Sniffer makes the first guess; it is checked against a count of consistent columns,
    because the sniffer is easily fooled by commas inside free-text answers.
    """
    sample = "\n".join(text.splitlines()[:50])
    scores: dict[str, tuple[int, int]] = {}
    for delimiter in DELIMITERS:
        widths = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(r)]
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        scores[delimiter] = (widths.count(common) if common > 1 else 0, common)
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    best = max(scores, key=lambda d: scores[d], default=",")
    if sniffed in scores and scores[sniffed][0] >= scores[best][0] and scores[sniffed][1] > 1:
        return sniffed
    return best


# -- XLSX ----------------------------------------------------------------------------------


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value).strip()


def _xlsx_grid(path: Path, data: bytes) -> list[tuple[int, list[str]]]:
    from openpyxl import load_workbook  # type: ignore[import-untyped]
    from openpyxl.utils.exceptions import InvalidFileException  # type: ignore[import-untyped]

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise ValidationError("The file {name} could not be read as an Excel workbook.",
                              name=path.name) from exc
    try:
        grid: list[tuple[int, list[str]]] = []
        sheets = [book.active, *book.worksheets] if book.active is not None else list(book.worksheets)
        for sheet in sheets:
            grid = []
            for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
                if len(grid) > MAX_ROWS:
                    raise ValidationError("The file {name} has more than {limit} rows.", name=path.name,
                                          limit=MAX_ROWS)
                grid.append((number, [_cell_text(v) for v in row[:MAX_COLUMNS]]))
            if any(any(cells) for _, cells in grid):
                break  # the first sheet with content is the export
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
        raise ValidationError("The file {name} could not be read as an Excel workbook.",
                              name=path.name) from exc
    finally:
        book.close()
    return grid


# -- header detection ----------------------------------------------------------------------


def looks_like_answer(cell: str) -> bool:
    """A value that occurs in answer rows but not as a column header."""
    text = cell.strip().casefold()
    return bool(_NUMBER.match(text) or _SCALE_TEXT.match(text) or _DATE.match(text)
                or _TIME.match(text) or text.rstrip(".!") in ANSWER_WORDS)


def _table(path: Path, grid: list[tuple[int, list[str]]]) -> SurveyTable:
    rows = [(line, _trim(cells)) for line, cells in grid]
    rows = [(line, cells) for line, cells in rows if any(cells)]
    if len(rows) < 2:
        raise ValidationError("The file {name} has no answer rows under its header.", name=path.name)
    width = max(len(cells) for _, cells in rows)
    if width > MAX_COLUMNS:
        raise ValidationError("The file {name} has more than {limit} columns.", name=path.name,
                              limit=MAX_COLUMNS)
    first_data = next((i for i in range(1, min(len(rows), HEADER_SCAN + 1))
                       if any(looks_like_answer(c) for c in rows[i][1])), 1)
    header_rows = [cells for _, cells in rows[:first_data]]
    lowest = header_rows[-1]
    # A title above the table (one cell at the far left) is not part of any column's header.
    header_rows = [cells for cells in header_rows[:-1]
                   if not (_filled(cells) == 1 and cells[0] and _filled(lowest) >= 3)] + [lowest]
    columns = _join_headers(header_rows, width)
    body = tuple(SurveyRow(line, tuple(cells + [""] * (width - len(cells))))
                 for line, cells in rows[first_data:])
    if not body:
        raise ValidationError("The file {name} has no answer rows under its header.", name=path.name)
    return SurveyTable(path.name, columns, body)


def _trim(cells: list[str]) -> list[str]:
    cells = [c.replace("\r", " ").replace("\n", " ").strip() if "\n" in c or "\r" in c else c
             for c in cells]
    while cells and not cells[-1]:
        cells.pop()
    return cells


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
