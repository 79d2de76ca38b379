"""Reading a table file (CSV in any common dialect, or XLSX) into rows of strings, within bounds.

One reader for every import (survey exports and participant lists), so both accept the same
dialects and refuse the same files with the same sentences. Every row keeps its number as a
spreadsheet shows it: a quoted answer spanning several lines is still one row. Limits on size,
rows, columns and cell length are checked while reading, so a hostile file (a zip bomb, a
sheet declaring millions of cells, XML entities) is refused in one sentence before it can
exhaust memory or time; openpyxl parses through defusedxml, which refuses DTDs and entities.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from ..errors import ValidationError

MAX_BYTES = 20 * 1024 * 1024  # a survey export of thousands of answers is a few megabytes
MAX_UNPACKED = 64 * 1024 * 1024  # the XML inside an XLSX, all parts together
MAX_ROWS = 50_000
MAX_COLUMNS = 500
MAX_CELLS = 2_000_000
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
DELIMITERS = ";,\t|"
SNIFF_LINE_CHARS = 4096
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}")  # separator detection looks at the start of each line only

Grid = list[tuple[int, list[str]]]  # (row number as a spreadsheet shows it, cells)


@dataclass(frozen=True)
class TextTable:
    grid: Grid
    encoding: str  # "utf-8-sig", "utf-8", "utf-16" or "cp1252"; "xlsx" for a workbook
    delimiter: str


def _unreadable(name: str) -> ValidationError:
    return ValidationError("The file {name} is not a survey export that can be read (CSV or XLSX).", name=name)


def _not_workbook(name: str) -> ValidationError:
    return ValidationError("The file {name} could not be read as an Excel workbook.", name=name)


def _too_many(name: str, what: str, limit: int) -> ValidationError:
    if what == "rows":
        return ValidationError("The file {name} has more than {limit} rows.", name=name, limit=limit)
    if what == "columns":
        return ValidationError("The file {name} has more than {limit} columns.", name=name, limit=limit)
    return ValidationError("The file {name} has more than {limit} cells.", name=name, limit=limit)


def _long_cell(name: str, row: int) -> ValidationError:
    return ValidationError("Row {row} of the file {name} has a cell longer than {limit} characters.",
                           row=row, name=name, limit=MAX_CELL_CHARS)


def _too_large_export(name: str, size: int) -> ValidationError:
    return ValidationError("The file {name} is too large for a survey export ({mb} MB).",
                           name=name, mb=size // (1024 * 1024))


def read_bytes(path: Path, too_large: Callable[[str, int], ValidationError] = _too_large_export) -> bytes:
    """A table file's bytes, refused in one sentence when it cannot be read, is larger than
    `MAX_BYTES` (`too_large` says so in the caller's words) or is empty."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise too_large(path.name, size)
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError("The file {name} cannot be read: {reason}.", name=path.name,
                              reason=exc.strerror or str(exc)) from exc
    if not data.strip():
        raise ValidationError("The file {name} is empty.", name=path.name)
    return data


def read_table(path: Path) -> TextTable:
    """A CSV or XLSX file as rows of strings; any problem is one sentence naming the file."""
    path = Path(path)
    data = read_bytes(path)
    suffix = path.suffix.casefold()
    if data.startswith(b"\xd0\xcf\x11\xe0") or suffix in (".xls", ".ods", ".numbers", ".fods"):
        raise _save_as(path.name)
    if data.startswith(b"PK\x03\x04"):
        return TextTable(xlsx_grid(path.name, data), "xlsx", "")
    return csv_table(data, path.name)


def _save_as(name: str) -> ValidationError:
    return ValidationError("The file {name} is in a format that cannot be read here (.xls or .ods); open it in a "
                           "spreadsheet program, save it as .xlsx or CSV and import that.", name=name)


# -- CSV -----------------------------------------------------------------------------------


def decode_text(data: bytes) -> tuple[str, str] | None:
    """UTF-8 (with or without BOM) or UTF-16 with BOM (Excel's "Unicode text"); else Windows-1252,
    as older Excel writes. None when the bytes are none of these."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                return None
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            pass
    return None


def csv_table(data: bytes, name: str, strict: bool = False) -> TextTable:
    """Rows of a CSV file. `strict` refuses a broken quotation mark instead of reading on."""
    decoded = decode_text(data)
    if decoded is None or "\x00" in decoded[0]:
        raise ValidationError("The file {name} is not text in a known encoding (UTF-8, UTF-16 or Windows-1252).",
                              name=name) if decoded is None else _unreadable(name)
    text, encoding = decoded
    if encoding == "cp1252" and _UTF8_SEQUENCE.search(data):
        # Some lines UTF-8, some Windows-1252 (rows pasted from two programs): reading it either
        # way would turn letters into nonsense in the store.
        raise ValidationError("The file {name} mixes two text encodings (UTF-8 and Windows-1252); save it "
                              "again as UTF-8 CSV and import that.", name=name)
    delimiter = sniff_delimiter(text)
    if "\r" in text:  # line breaks inside an answer kept as plain newlines (paragraphs), all at once
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', doublequote=True,
                        strict=strict)
    grid: Grid = []
    cells = 0
    number = 0
    try:
        for number, row in enumerate(reader, start=1):  # a record is one spreadsheet row
            if len(row) > MAX_COLUMNS and any(row[MAX_COLUMNS:]):
                raise _too_many(name, "columns", MAX_COLUMNS)
            if number > MAX_ROWS + 10:
                raise _too_many(name, "rows", MAX_ROWS)
            cells += len(row)
            if cells > MAX_CELLS:
                raise _too_many(name, "cells", MAX_CELLS)
            if row and max(map(len, row)) > MAX_CELL_CHARS:
                raise _long_cell(name, number)
            grid.append((number, list(map(str.strip, row[:MAX_COLUMNS]))))
    except csv.Error as exc:
        if strict and "field larger" not in str(exc):
            raise ValidationError("The file {name} is not a readable CSV table: line {line} is broken "
                                  "(check the quotation marks).", name=name, line=reader.line_num) from None
        # The csv module's own limit (128 KB per cell) is far above ours: a cell that long.
        raise _long_cell(name, number + 1) from None
    return TextTable(grid, encoding, delimiter)


def _clean(cell: str) -> str:
    """Surrounding spaces off; line breaks inside an answer kept as plain newlines (paragraphs)."""
    if "\r" in cell:
        cell = cell.replace("\r\n", "\n").replace("\r", "\n")
    return cell.strip()


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines most consistently into several columns.

    csv.Sniffer makes the first guess; it is checked against a count of consistent columns,
    because the sniffer is easily fooled by commas inside free-text answers. Only the start of
    each line is looked at, so one very long answer neither slows this down nor breaks it.
    """
    lines = []
    for line in io.StringIO(text, newline=None):
        lines.append(line.rstrip("\n")[:SNIFF_LINE_CHARS])
        if len(lines) >= 50:
            break
    sample = "\n".join(lines)
    scores: dict[str, tuple[int, int]] = {}
    for delimiter in DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter, strict=False) if any(r)]
        except csv.Error:
            continue
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
    return _clean(str(value))


def _check_archive(name: str, data: bytes) -> None:
    """Refuse an archive that is not a workbook or unpacks to more than we read, before parsing.

    The sizes come from the archive's directory; zipfile never reads a member past its declared
    size, so a member lying about it cannot unpack further than this check allowed."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            if "mimetype" in names and b"opendocument" in archive.read("mimetype")[:100]:
                raise _save_as(name)
    except zipfile.BadZipFile:
        raise _not_workbook(name) from None
    if "xl/workbook.xml" not in names:
        raise _not_workbook(name)
    if len(infos) > 1000 or sum(info.file_size for info in infos) > MAX_UNPACKED:
        raise ValidationError("The file {name} unpacks to more than {mb} MB, too much for a survey export.",
                              name=name, mb=MAX_UNPACKED // (1024 * 1024))
    _refuse_dtds(name, data, [i for i in infos if i.filename.endswith((".xml", ".rels", ".vml"))])


def _refuse_dtds(name: str, data: bytes, parts: list[zipfile.ZipInfo]) -> None:
    """openpyxl parses the sheets and shared strings with the standard library's iterparse, not
    through defusedxml; a workbook never declares a DTD, so any part declaring one (external
    entities, "billion laughs") is refused before parsing."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in parts:
                tail = b""
                with archive.open(info) as part:
                    while chunk := part.read(1 << 20):
                        window = (tail + chunk).upper()
                        if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                            raise ValidationError("The file {name} declares XML entities, which a workbook never "
                                                  "does; it was not read.", name=name)
                        tail = chunk[-16:]
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError):
        raise _not_workbook(name) from None


def xlsx_grid(name: str, data: bytes) -> Grid:
    from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
    from openpyxl import load_workbook  # type: ignore[import-untyped]
    from openpyxl.utils.exceptions import InvalidFileException  # type: ignore[import-untyped]

    _check_archive(name, data)
    failures = (InvalidFileException, zipfile.BadZipFile, zlib.error, KeyError, OSError, ValueError, TypeError,
                IndexError, AttributeError, ParseError, SyntaxError, EOFError, DefusedXmlException, RecursionError)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except failures as exc:
        raise _not_workbook(name) from exc
    try:
        grid: Grid = []
        sheets = [book.active, *book.worksheets] if book.active is not None else list(book.worksheets)
        for sheet in sheets:
            grid = _sheet_grid(name, sheet)
            if any(any(cells) for _, cells in grid):
                break  # the first sheet with content is the export
    except failures as exc:
        raise _not_workbook(name) from exc
    finally:
        book.close()
    return grid


def _sheet_grid(name: str, sheet: Any) -> Grid:
    grid: Grid = []
    cells = 0
    # The declared dimension is not trusted: a sheet may claim a million rows to pad every row.
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        if number > MAX_ROWS + 10:
            raise _too_many(name, "rows", MAX_ROWS)
        cells += len(values)
        if cells > MAX_CELLS:
            raise _too_many(name, "cells", MAX_CELLS)
        if len(values) > MAX_COLUMNS and any(v not in (None, "") for v in values[MAX_COLUMNS:]):
            raise _too_many(name, "columns", MAX_COLUMNS)
        texts = [_cell_text(v) for v in values[:MAX_COLUMNS]]
        if any(len(t) > MAX_CELL_CHARS for t in texts):
            raise _long_cell(name, number)
        grid.append((number, texts))
    return grid
