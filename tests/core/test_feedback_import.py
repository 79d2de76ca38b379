"""Survey exports as facilitators get them, in several dialects, imported as feedback."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from fasilitaattori.core import feedback, workshops
from fasilitaattori.core.dump import dump_json
from fasilitaattori.core.feedback_import import import_survey, parse_mapping, preview_import, scale_value
from fasilitaattori.core.survey_table import read_survey
from fasilitaattori.errors import ValidationError

USEFUL = "Kuinka hyödyllinen työpaja oli omalle työllesi?"
VOICE = "Saitko sanoa mielipiteesi?"
WORDS = "Mitä haluaisit sanoa järjestäjille?"


@pytest.fixture
def setup(wb):
    ws = workshops.create_workshop(wb, title="Vaikuttamisen työpaja", date="2026-03-10")
    qs = [
        feedback.add_question(wb, ws.id, USEFUL, low_label="ei lainkaan", high_label="erittäin"),
        feedback.add_question(wb, ws.id, VOICE, kind="yesno"),
        feedback.add_question(wb, ws.id, WORDS, kind="text"),
    ]
    return wb, ws, qs


def stats_by_prompt(wb, workshop_id):
    return {s.question.prompt: s for s in feedback.question_stats(wb, workshop_id)}


# -- the dialects --------------------------------------------------------------------------

WEBROPOL_SEMICOLON_CP1252 = (
    "Palautekysely: Vaikuttamisen työpaja 10.3.2026\r\n"
    "Vastaaja;Vastausaika;1. Kuinka hyödyllinen työpaja oli omalle työllesi? (1 = ei lainkaan, 5 = erittäin);"
    "2. Saitko sanoa mielipiteesi?;3. Mitä haluaisit sanoa järjestäjille?\r\n"
    "1;10.03.2026 12:41;5 = erittäin;Kyllä;\"Koulutus antoi intoa; kiitos!\"\r\n"
    "2;10.03.2026 12:45;4;Kyllä;\r\n"
    "3;10.03.2026 12:50;En osaa sanoa;Ei;\"Enemmän aikaa ryhmätöille; nyt kiire\"\r\n"
    "4;10.03.2026 13:02;3;En osaa sanoa;Hyvä päivä – Åke ja Öhman kiittävät\r\n"
    "5;10.03.2026 13:10;;;\r\n"
)


def test_semicolon_cp1252_with_title_row_and_dont_know(setup, tmp_path):
    wb, ws, qs = setup
    path = tmp_path / "webropol.csv"
    path.write_bytes(WEBROPOL_SEMICOLON_CP1252.encode("cp1252"))

    preview = preview_import(wb, ws.id, path)
    assert preview.row_count == 5
    assert preview.columns[2].header.startswith("1. Kuinka hyödyllinen")
    assert preview.mapping == {2: qs[0].id, 3: qs[1].id, 4: qs[2].id}

    result = import_survey(wb, ws.id, path, preview.mapping)
    assert (result.responses, result.empty_rows) == (4, 1)
    stats = stats_by_prompt(wb, ws.id)
    useful = stats[USEFUL]
    assert useful.n == 3 and useful.mean == pytest.approx(4.0)
    assert useful.distribution == {1: 0, 2: 0, 3: 1, 4: 1, 5: 1}
    assert stats[VOICE].n == 3 and stats[VOICE].distribution == {0: 1, 1: 2}
    assert stats[WORDS].texts == ["Koulutus antoi intoa; kiitos!", "Enemmän aikaa ryhmätöille; nyt kiire",
                                  "Hyvä päivä – Åke ja Öhman kiittävät"]
    assert {r.source for r, _ in feedback.list_responses(wb, ws.id)} == {"import"}


def test_comma_utf8_bom_crlf_swedish_yes_no(setup, tmp_path):
    wb, ws, qs = setup
    lines = [
        "Tidsstämpel,Kuinka hyödyllinen työpaja oli omalle työllesi?,Saitko sanoa mielipiteesi?,"
        "\"Mitä haluaisit sanoa järjestäjille? (vapaa, ei pakollinen)\"",
        "2026-03-10 12:40,5,Ja,\"Bra dag, tack!\"",
        "2026-03-10 12:41,\"4,0\",Nej,",
        "2026-03-10 12:42,2,Vet inte,Mer tid för grupparbete",
        "2026-03-10 12:43,Erittäin (5),ja,",
    ]
    path = tmp_path / "forms.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))

    result = import_survey(wb, ws.id, path)  # the suggested mapping
    assert result.responses == 4 and result.skipped_answers == 3
    stats = stats_by_prompt(wb, ws.id)
    assert stats[USEFUL].distribution == {1: 0, 2: 1, 3: 0, 4: 1, 5: 2}
    assert stats[USEFUL].mean == pytest.approx(4.0)
    assert stats[VOICE].distribution == {0: 1, 1: 2}
    assert stats[WORDS].texts == ["Bra dag, tack!", "Mer tid för grupparbete"]


def test_utf8_without_bom_tab_delimited_and_mapping_by_number(setup, tmp_path):
    wb, ws, qs = setup
    path = tmp_path / "export.tsv"
    path.write_text("A\tB\tC\n5\tkyllä\tSelkeä ja lämmin\n1\tei\t\n", encoding="utf-8")
    table = read_survey(path)
    mapping = parse_mapping("1=1, C=3, #2=" + qs[1].id, table, qs)
    assert mapping == {0: qs[0].id, 2: qs[2].id, 1: qs[1].id}
    import_survey(wb, ws.id, path, mapping)
    stats = stats_by_prompt(wb, ws.id)
    assert stats[USEFUL].distribution[5] == 1 and stats[USEFUL].distribution[1] == 1
    assert stats[WORDS].texts == ["Selkeä ja lämmin"]


def test_xlsx_with_merged_header_rows(setup, tmp_path):
    wb, ws, qs = setup
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "Vastaaja"
    sheet.merge_cells("A1:A2")
    sheet["B1"] = "Palaute työpajasta"
    sheet.merge_cells("B1:D1")
    sheet["B2"] = USEFUL
    sheet["C2"] = VOICE
    sheet["D2"] = WORDS
    rows = [(1, 5, "Kyllä", "Kiitos"), (2, 4.0, "kyllä", None), (3, "En osaa sanoa", "Ei", None),
            (4, None, None, None), (5, 2, "EOS", "Liian lyhyt")]
    for r, row in enumerate(rows, start=3):
        for c, value in enumerate(row, start=1):
            sheet.cell(row=r, column=c, value=value)
    path = tmp_path / "kysely.xlsx"
    book.save(path)

    preview = preview_import(wb, ws.id, path)
    assert [c.header for c in preview.columns] == [
        "Vastaaja", f"Palaute työpajasta – {USEFUL}", f"Palaute työpajasta – {VOICE}",
        f"Palaute työpajasta – {WORDS}"]
    assert preview.mapping == {1: qs[0].id, 2: qs[1].id, 3: qs[2].id}
    assert preview.columns[1].samples == ("5", "4", "En osaa sanoa", "2")

    result = import_survey(wb, ws.id, path, preview.mapping)
    assert result.responses == 4 and result.empty_rows == 1
    stats = stats_by_prompt(wb, ws.id)
    assert stats[USEFUL].n == 3 and stats[USEFUL].mean == pytest.approx(11 / 3)
    assert stats[VOICE].distribution == {0: 1, 1: 2}
    assert stats[WORDS].texts == ["Kiitos", "Liian lyhyt"]


def test_scale_answers_written_as_text():
    question = feedback.FeedbackQuestion(kind="scale", scale_min=1, scale_max=5, low_label="ei lainkaan",
                                         high_label="erittäin")
    assert scale_value("5 = erittäin hyvä", question) == 5
    assert scale_value("2 - huono", question) == 2
    assert scale_value("Melko hyvä (4)", question) == 4
    assert scale_value("4,0", question) == 4
    assert scale_value("Erittäin", question) == 5
    assert scale_value("ei lainkaan", question) == 1
    assert scale_value("3,5", question) is None
    assert scale_value("hyvä", question) is None


# -- malformed files change nothing --------------------------------------------------------


def bad_files(tmp_path: Path) -> dict[str, Path]:
    files = {
        "binary": b"\x00\x01\x02\xff\xfe\x00\x00garbage" * 20,
        "empty": b"",
        "header only": "Kuinka hyödyllinen työpaja oli omalle työllesi?;Saitko sanoa mielipiteesi?\n".encode(),
        "old excel": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100,
        "broken xlsx": b"PK\x03\x04" + b"\x00" * 50,
    }
    paths = {}
    for name, data in files.items():
        path = tmp_path / (name.replace(" ", "_") + (".xlsx" if "xlsx" in name else ".csv"))
        path.write_bytes(data)
        paths[name] = path
    not_a_workbook = tmp_path / "zip.xlsx"
    with zipfile.ZipFile(not_a_workbook, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    paths["zip without a workbook"] = not_a_workbook
    return paths


def test_malformed_files_give_one_sentence_and_change_nothing(setup, tmp_path):
    wb, ws, qs = setup
    before = dump_json(wb)
    for name, path in bad_files(tmp_path).items():
        with pytest.raises(ValidationError) as caught:
            import_survey(wb, ws.id, path)
        message = caught.value.message
        assert path.name in message, name
        assert message.endswith(".") and "\n" not in message and "Traceback" not in message, name
    with pytest.raises(ValidationError, match="cannot be read"):
        import_survey(wb, ws.id, tmp_path / "missing.csv")
    assert dump_json(wb) == before


def test_a_bad_answer_in_the_last_row_imports_nothing(setup, tmp_path):
    wb, ws, qs = setup
    path = tmp_path / "bad.csv"
    path.write_text(f"{USEFUL};{VOICE}\n5;kyllä\n4;ei\n7;kyllä\n", encoding="utf-8")
    before = dump_json(wb)
    with pytest.raises(ValidationError) as caught:
        import_survey(wb, ws.id, path)
    assert caught.value.message == f"Row 4, column “{USEFUL}”: “7” is not a number from 1 to 5."
    path.write_text(f"{USEFUL};{VOICE}\n5;kyllä\n4;ehkä\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="Row 3, .*“ehkä” is not a yes or no answer"):
        import_survey(wb, ws.id, path)
    assert dump_json(wb) == before
    assert feedback.response_count(wb, ws.id) == 0


def test_mapping_must_name_real_columns_and_questions(setup, tmp_path):
    wb, ws, qs = setup
    path = tmp_path / "x.csv"
    path.write_text("Sarake A;Sarake B\n5;kyllä\n", encoding="utf-8")
    before = dump_json(wb)
    with pytest.raises(ValidationError, match="No column of the file is matched"):
        import_survey(wb, ws.id, path)  # nothing matches the wording
    table = read_survey(path)
    with pytest.raises(ValidationError, match="no column “Sarake C”"):
        parse_mapping("Sarake C=1", table, qs)
    with pytest.raises(ValidationError, match="no question “9”"):
        parse_mapping("Sarake A=9", table, qs)
    with pytest.raises(ValidationError, match="matched to two columns"):
        import_survey(wb, ws.id, path, {0: qs[0].id, 1: qs[0].id})
    assert dump_json(wb) == before


# -- command line ----------------------------------------------------------------------------


def test_command_line_import_and_stats(setup, data_dir, tmp_path, capsys):
    from fasilitaattori.cli import main

    wb, ws, qs = setup
    path = tmp_path / "cli.csv"
    path.write_text("Vastaaja;Hyöty;Ääni\n1;5;kyllä\n2;3;ei\n3;En osaa sanoa;kyllä\n", encoding="utf-8")
    base = ["--data-dir", str(data_dir)]
    assert main([*base, "feedback", "import", str(path), "--workshop", ws.id, "--dry-run",
                 "--mapping", "Hyöty=1,3=2"]) == 0
    assert f"2. Hyöty -> {USEFUL}" in capsys.readouterr().out
    assert feedback.response_count(wb, ws.id) == 0

    assert main([*base, "feedback", "import", str(path), "--workshop", ws.id, "--mapping", "Hyöty=1,3=2"]) == 0
    assert "Imported 3 responses" in capsys.readouterr().out
    assert main([*base, "feedback", "stats", "--workshop", ws.id]) == 0
    out = capsys.readouterr().out
    assert f"- {USEFUL}: n=2, mean 4.00" in out and "1: 0  2: 0  3: 1  4: 0  5: 1" in out

    bad = tmp_path / "bad.csv"
    bad.write_text("Hyöty\n9\n", encoding="utf-8")
    assert main([*base, "feedback", "import", str(bad), "--workshop", ws.id, "--mapping", "1=1"]) == 1
    err = capsys.readouterr().err
    assert err.strip() == "Row 2, column “Hyöty”: “9” is not a number from 1 to 5."
    assert feedback.response_count(wb, ws.id) == 3
