"""Broken and hostile files given as survey exports: one sentence each, quickly, store unchanged.

A growing list: add the next odd file someone meets as one more builder below.
"""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from fasilitaattori.core import feedback, workshops
from fasilitaattori.core.dump import dump_json
from fasilitaattori.core.feedback_import import import_survey
from fasilitaattori.errors import ValidationError

USEFUL = "Kuinka hyödyllinen työpaja oli omalle työllesi?"


def _workbook_bytes() -> bytes:
    book = Workbook()
    book.active.append([USEFUL])
    book.active.append([5])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _replace_member(data: bytes, member: str, content: bytes | Callable[[zipfile.ZipFile], None]) -> bytes:
    """The workbook with one part swapped (or written by a function, for huge streamed parts)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != member:
                dst.writestr(info, src.read(info.filename))
        if callable(content):
            content(dst)
        else:
            dst.writestr(member, content)
    return out.getvalue()


SHEET = "xl/worksheets/sheet1.xml"
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _sheet(rows: str, dimension: str = "A1:A2", prolog: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet {NS}><dimension ref="{dimension}"/>'
            f"<sheetData>{rows}</sheetData></worksheet>").encode()


def zip_bomb() -> bytes:
    def write(archive: zipfile.ZipFile) -> None:
        with archive.open(SHEET, "w", force_zip64=True) as part:
            part.write(_sheet("")[:-len("</sheetData></worksheet>")])
            chunk = b" " * (1024 * 1024)
            for _ in range(80):
                part.write(chunk)
            part.write(b"</sheetData></worksheet>")

    return _replace_member(_workbook_bytes(), SHEET, write)


def six_million_cells() -> bytes:
    """A sheet of real cells, a few megabytes packed (the issue's 40-million-cell file, smaller)."""
    def write(archive: zipfile.ZipFile) -> None:
        with archive.open(SHEET, "w", force_zip64=True) as part:
            part.write(_sheet("")[:-len("</sheetData></worksheet>")])
            row = b"<c><v>1</v></c>" * 1000
            for r in range(1, 6001):
                part.write(b'<row r="%d">' % r + row + b"</row>")
            part.write(b"</sheetData></worksheet>")

    return _replace_member(_workbook_bytes(), SHEET, write)


def giant_declared_sheet() -> bytes:
    rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>Q</t></is></c></row><row r="1048576"><c r="A1048576"><v>1</v></c></row>'
    return _replace_member(_workbook_bytes(), SHEET, _sheet(rows, "A1:XFD1048576"))


def far_cells_on_every_row() -> bytes:
    rows = "".join(f'<row r="{r}"><c r="XFD{r}"/></row>' for r in range(1, 400))
    return _replace_member(_workbook_bytes(), SHEET, _sheet(rows, "A1:XFD400"))


def xxe() -> bytes:
    prolog = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row><row r="2"><c r="A2"><v>5</v></c></row>'
    return _replace_member(_workbook_bytes(), SHEET, _sheet(rows, prolog=prolog))


def billion_laughs() -> bytes:
    entities = '<!ENTITY a "ha">' + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'
                                          for i in range(9))
    strings = (f'<?xml version="1.0"?><!DOCTYPE s [{entities}]><sst {NS} count="1" uniqueCount="1">'
               "<si><t>&j;</t></si></sst>").encode()
    return _replace_member(_workbook_bytes(), "xl/sharedStrings.xml", strings)


def malformed_sheet_xml() -> bytes:
    return _replace_member(_workbook_bytes(), SHEET, b'<?xml version="1.0"?><worksheet><sheetData><row r="1"><c')


def truncated_xlsx() -> bytes:
    data = _workbook_bytes()
    return data[: len(data) // 2]


def ods() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    return out.getvalue()


def ten_thousand_columns_xlsx() -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append([f"K{i}" for i in range(10_000)])
    sheet.append([1] * 10_000)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def long_cell_xlsx() -> bytes:
    # openpyxl cuts what it writes at Excel's limit, so the part is written by hand.
    rows = (f'<row r="1"><c r="A1" t="inlineStr"><is><t>{USEFUL}</t></is></c></row>'
            f'<row r="2"><c r="A2" t="inlineStr"><is><t>{"x" * 40_000}</t></is></c></row>')
    return _replace_member(_workbook_bytes(), SHEET, _sheet(rows))


CORPUS: dict[str, tuple[str, Callable[[], bytes]]] = {
    "zip bomb": ("bomb.xlsx", zip_bomb),
    "six million cells": ("solut.xlsx", six_million_cells),
    "giant sheet declared": ("giant.xlsx", giant_declared_sheet),
    "a cell at XFD on every row": ("wide.xlsx", far_cells_on_every_row),
    "XXE": ("xxe.xlsx", xxe),
    "billion laughs": ("laughs.xlsx", billion_laughs),
    "malformed sheet XML": ("malformed.xlsx", malformed_sheet_xml),
    "truncated xlsx": ("half.xlsx", truncated_xlsx),
    "zip without a workbook": ("notbook.xlsx", lambda: _replace_member(ods(), "mimetype", b"text/plain")),
    "old Excel .xls": ("vanha.xls", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600),
    "OpenDocument .ods": ("laskenta.ods", ods),
    ".ods renamed .xlsx": ("laskenta.xlsx", ods),
    "10,000 columns CSV": ("leveä.csv", lambda: (";".join(f"K{i}" for i in range(10_000)) + "\n"
                                                 + ";".join("1" * 10_000) + "\n").encode()),
    "10,000 columns XLSX": ("leveä.xlsx", ten_thousand_columns_xlsx),
    "too many rows": ("pitkä.csv", lambda: (USEFUL + "\n" + "5\n" * 60_000).encode()),
    "a cell over 32,767 characters (CSV)": ("pitkä_solu.csv", lambda: f'{USEFUL};T\n5;"{"x" * 200_000}"\n'.encode()),
    "a cell over 32,767 characters (XLSX)": ("pitkä_solu.xlsx", long_cell_xlsx),
    "mixed encodings": ("sekava.csv", lambda: f"{USEFUL};Kunta\n5;".encode() + "Hämeenlinna\n4;".encode()
                        + "Hämeenlinna\n".encode("cp1252")),
    "duplicate headers": ("tupla.csv", lambda: f"{USEFUL};{USEFUL}\n5;1\n4;2\n".encode()),
    "binary garbage": ("roskaa.csv", lambda: b"\x00\x01\x02\xff\xfe\x00\x00garbage" * 20),
    "a PDF renamed .csv": ("raportti.csv", lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00<<>>\n"),
    "UTF-16 cut in the middle of a character": ("puolikas.csv",
                                                lambda: (USEFUL + "\t\n5\t\n").encode("utf-16")[:-1]),
    "empty": ("tyhjä.csv", lambda: b""),
    "header only": ("otsikko.csv", lambda: f"{USEFUL}\n".encode()),
    "no answers under the header": ("tyhjät.csv", lambda: f"{USEFUL};Kunta\n;\n;\n".encode()),
    "bad scale value after a multi-line answer": ("rivi.csv", lambda: f'{USEFUL};T\n5;"a\nb"\n99;\n'.encode()),
}


@pytest.mark.parametrize("case", list(CORPUS), ids=list(CORPUS))
def test_a_broken_or_hostile_file_is_one_sentence_quickly_and_changes_nothing(wb, tmp_path, case):
    ws = workshops.create_workshop(wb, title="Työpaja", date="2026-03-10")
    feedback.add_question(wb, ws.id, USEFUL)
    name, build = CORPUS[case]
    path = tmp_path / name
    path.write_bytes(build())
    before = dump_json(wb)
    started = time.monotonic()
    with pytest.raises(ValidationError) as caught:
        import_survey(wb, ws.id, path)
    assert time.monotonic() - started < 10
    message = caught.value.message
    assert message.endswith(".") and "\n" not in message and "Traceback" not in message
    assert message.count(". ") == 0, message  # one sentence
    assert dump_json(wb) == before


def test_the_corpus_keeps_growing():
    assert len(CORPUS) >= 20


def test_a_csv_line_over_128_kb_keeps_the_separator(wb, tmp_path):
    ws = workshops.create_workshop(wb, title="Työpaja", date="2026-03-10")
    feedback.add_question(wb, ws.id, USEFUL)
    text_question = feedback.add_question(wb, ws.id, "Terveiset", kind="text")
    long_answer = "sana, " * 5000  # 30,000 characters with commas in them
    lines = ([f"{USEFUL};Terveiset;Lisää;Vielä;Ja vielä;Viimeinen"]
             + [f"5;{';'.join([chr(34) + long_answer + chr(34)] * 5)}"] + ["4;Kiitos;;;;"])
    path = tmp_path / "pitkä.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert len(lines[1]) > 128 * 1024
    result = import_survey(wb, ws.id, path)
    assert result.responses == 2
    stats = {s.question.id: s for s in feedback.question_stats(wb, ws.id)}
    assert stats[text_question.id].texts == [long_answer.strip(), "Kiitos"]


def test_the_xml_parser_refuses_entities():
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML  # defusedxml is installed, so openpyxl parses through it


def test_a_file_path_that_is_not_there(wb, tmp_path: Path):
    ws = workshops.create_workshop(wb, title="Työpaja", date="2026-03-10")
    with pytest.raises(ValidationError, match="cannot be read"):
        import_survey(wb, ws.id, tmp_path / "ei_ole.csv")
