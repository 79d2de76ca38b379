"""Exports written in the layouts of the survey tools facilitators use, imported and counted.

Each file is built here the way its tool writes it; every figure is compared with a count made
by hand from the rows below (noted next to each file). A second import of the same file
changes nothing.
"""

from __future__ import annotations

import json

import pytest
from openpyxl import Workbook

from fasilitaattori.core import feedback, workshops
from fasilitaattori.core.dump import dump_json
from fasilitaattori.core.feedback_import import import_survey, parse_mapping, preview_import
from fasilitaattori.core.feedback_stats import feedback_summary
from fasilitaattori.core.participants import set_head_count
from fasilitaattori.errors import ValidationError

USEFUL = "Kuinka hyödyllinen työpaja oli omalle työllesi?"
AGREE = "Sain sanoa mielipiteeni"
AGAIN = "Osallistuisitko uudelleen?"
METHODS = "Mitkä menetelmät olivat hyviä?"
WORDS = "Mitä haluaisit sanoa järjestäjille?"
OPTIONS = ("Pienryhmät", "Kävelykokous", "Tulevaisuusverstas", "Kunta, kaupunki ja järjestöt")


@pytest.fixture
def setup(wb):
    ws = workshops.create_workshop(wb, title="Vaikuttamisen työpaja", date="2026-03-10")
    qs = [
        feedback.add_question(wb, ws.id, USEFUL),
        feedback.add_question(wb, ws.id, AGREE),
        feedback.add_question(wb, ws.id, AGAIN, kind="yesno"),
        feedback.add_question(wb, ws.id, METHODS, kind="multi", options="\n".join(OPTIONS)),
        feedback.add_question(wb, ws.id, WORDS, kind="text"),
    ]
    return wb, ws, qs


def figures(wb, workshop_id):
    """Per question: (n, mean rounded, distribution or choices without zeros, don't know, texts)."""
    out = {}
    for st in feedback.question_stats(wb, workshop_id):
        counts = st.choices if st.choices else st.distribution
        mean = None if st.mean is None else round(st.mean, 3)
        out[st.question.prompt] = (st.n, mean, {k: v for k, v in counts.items() if v}, st.dont_know, st.texts)
    return out


def import_twice(wb, ws, path, mapping=None):
    """Import, then import again: the second time nothing changes and it says why."""
    first = import_survey(wb, ws.id, path, mapping)
    after_first = dump_json(wb)
    second = import_survey(wb, ws.id, path, mapping)
    assert (second.responses, second.answers) == (0, 0)
    assert second.already_imported == first.responses
    assert dump_json(wb) == after_first
    return first


# -- Webropol: title row, question over its option columns, numeric codes -------------------
# Rows: useful 5, 6(=EOS), 4, –, 2 -> n 3, mean 11/3, EOS 1; agree 4, 5, 6(=EOS), –, 1 -> n 3,
# mean 10/3, EOS 1; again 1, 2, 3(=EOS), –, 1 -> yes 2, no 1, EOS 1; methods (P, K, T):
# 101, 010, 110, 000, 001 -> P 2, K 2, T 2, n 4; words in rows 1, 3, 4, 5 (row 1 two paragraphs).

WEBROPOL_ROWS = [
    ["1", "10.03.2026 12:41", "5", "4", "1", "1", "0", "1", "Hyvä päivä.\n\nToinen kappale."],
    ["2", "10.03.2026 12:45", "6", "5", "2", "0", "1", "0", ""],
    ["3", "10.03.2026 12:50", "4", "6", "3", "1", "1", "0", "Kiitos"],
    ["4", "10.03.2026 13:02", "", "", "", "0", "0", "0", "Kiitos"],
    ["5", "10.03.2026 13:10", "2", "1", "1", "0", "0", "1", "Rivi\nkaksi"],
]
WEBROPOL_EXPECTED = {
    USEFUL: (3, 3.667, {5: 1, 4: 1, 2: 1}, 1, []),
    AGREE: (3, 3.333, {4: 1, 5: 1, 1: 1}, 1, []),
    AGAIN: (3, 0.667, {1: 2, 0: 1}, 1, []),
    METHODS: (4, None, {"Pienryhmät": 2, "Kävelykokous": 2, "Tulevaisuusverstas": 2}, 0, []),
    WORDS: (4, None, {}, 0, ["Hyvä päivä.\n\nToinen kappale.", "Kiitos", "Kiitos", "Rivi\nkaksi"]),
}


def webropol_text(separator: str) -> str:
    def line(cells):
        return separator.join(f'"{c}"' if "\n" in c or separator in c else c for c in cells)

    header = ["Vastaaja", "Vastausaika", USEFUL, AGREE, AGAIN, METHODS, "", "", WORDS]
    options = ["", "", "", "", "", "Pienryhmät", "Kävelykokous", "Tulevaisuusverstas", ""]
    lines = [line(["Palautekysely: Vaikuttamisen työpaja 10.3.2026"]), line(header), line(options)]
    return "\r\n".join(lines + [line(r) for r in WEBROPOL_ROWS]) + "\r\n"


@pytest.mark.parametrize(("encoding", "separator"), [("cp1252", ";"), ("utf-8-sig", ";"), ("utf-16", "\t")],
                         ids=["cp1252", "utf-8-bom", "excel-unicode-text"])
def test_webropol_csv_with_numeric_codes_and_option_columns(setup, tmp_path, encoding, separator):
    wb, ws, qs = setup
    path = tmp_path / "webropol.csv"
    path.write_bytes(webropol_text(separator).encode(encoding))
    preview = preview_import(wb, ws.id, path)
    assert preview.row_count == 5 and preview.table.tool == "webropol"
    assert preview.mapping == {2: qs[0].id, 3: qs[1].id, 4: qs[2].id, 5: qs[3].id, 6: qs[3].id, 7: qs[3].id,
                               8: qs[4].id}
    result = import_twice(wb, ws, path, preview.mapping)
    assert (result.responses, result.dont_know, result.empty_rows) == (5, 3, 0)
    assert figures(wb, ws.id) == WEBROPOL_EXPECTED
    by_respondent = {r.respondent: r.answered_at for r, _ in feedback.list_responses(wb, ws.id)}
    assert by_respondent["webropol:3"] == "10.03.2026 12:50"


def test_webropol_xlsx_with_title_rows_and_finnish_labels(setup, tmp_path):
    wb, ws, qs = setup
    useful = {"5": "Erittäin hyödyllinen", "6": "En osaa sanoa", "4": "Melko hyödyllinen", "2": "Vähän hyödyllinen"}
    agree = {"4": "Jokseenkin samaa mieltä", "5": "Täysin samaa mieltä", "6": "En osaa sanoa",
             "1": "Täysin eri mieltä"}
    again = {"1": "Kyllä", "2": "Ei", "3": "En osaa sanoa"}
    book = Workbook()
    sheet = book.active
    sheet.append(["Vaikuttamisen työpaja – palaute"])
    sheet.append(["Vastaajia: 5"])
    sheet.append([])
    sheet.append(["Vastaaja", "Vastausaika", USEFUL, AGREE, AGAIN, METHODS, None, None, WORDS])
    sheet.append([None, None, None, None, None, "Pienryhmät", "Kävelykokous", "Tulevaisuusverstas", None])
    for r in WEBROPOL_ROWS:
        sheet.append([int(r[0]), r[1], useful.get(r[2], r[2]) or None, agree.get(r[3], r[3]) or None,
                      again.get(r[4], r[4]) or None, int(r[5]), int(r[6]), int(r[7]), r[8] or None])
    path = tmp_path / "webropol.xlsx"
    book.save(path)
    preview = preview_import(wb, ws.id, path)
    assert [row.line for row in preview.table.rows] == [6, 7, 8, 9, 10]
    import_twice(wb, ws, path, preview.mapping)
    assert figures(wb, ws.id) == WEBROPOL_EXPECTED


# -- Microsoft Forms: bookkeeping columns first, Swedish labels, multi-select "A;B;" ----------


def test_microsoft_forms_xlsx_in_swedish(setup, tmp_path):
    wb, ws, qs = setup
    book = Workbook()
    sheet = book.active
    sheet.append(["ID", "Start time", "Completion time", "Email", "Name", USEFUL, AGREE, AGAIN, METHODS, WORDS])
    rows = [  # useful 5, 4, VI -> n 2 mean 4.5 dk 1; agree 5, 4, 1 -> mean 10/3; again ja, nej, vet inte
        ["Mycket nyttig", "Instämmer helt", "Ja", "Pienryhmät;Tulevaisuusverstas;", "Bra dag"],
        ["Nyttig", "Instämmer delvis", "Nej", "Kävelykokous;", None],
        ["Vet inte", "Instämmer inte alls", "Vet inte", "Pienryhmät;Kunta, kaupunki ja järjestöt;", "Bra dag"],
    ]
    for i, row in enumerate(rows, start=1):
        sheet.append([i, f"3/10/26 12:{40 + i}:00", f"3/10/26 12:{50 + i}:00", "anonymous", None, *row])
    path = tmp_path / "forms.xlsx"
    book.save(path)
    preview = preview_import(wb, ws.id, path)
    assert preview.table.tool == "forms" and preview.mapping == {5: qs[0].id, 6: qs[1].id, 7: qs[2].id,
                                                                8: qs[3].id, 9: qs[4].id}
    import_twice(wb, ws, path, preview.mapping)
    assert figures(wb, ws.id) == {
        USEFUL: (2, 4.5, {5: 1, 4: 1}, 1, []),
        AGREE: (3, 3.333, {5: 1, 4: 1, 1: 1}, 0, []),
        AGAIN: (2, 0.5, {1: 1, 0: 1}, 1, []),
        METHODS: (3, None, {"Pienryhmät": 2, "Tulevaisuusverstas": 1, "Kävelykokous": 1,
                            "Kunta, kaupunki ja järjestöt": 1}, 0, []),
        WORDS: (2, None, {}, 0, ["Bra dag", "Bra dag"]),
    }


# -- Google Forms: the first respondent left the scale questions empty; "A, B" -------------

GOOGLE = (
    "Timestamp," + ",".join(f'"{q}"' for q in (USEFUL, AGREE, AGAIN, METHODS, WORDS)) + "\n"
    '2026/03/10 12:41:00 PM EET,,,,"Kunta, kaupunki ja järjestöt",Great day\n'
    '2026/03/10 12:42:00 PM EET,Extremely useful,Strongly agree,Yes,"Pienryhmät, Kunta, kaupunki ja järjestöt",\n'
    "2026/03/10 12:43:00 PM EET,Very useful,Don't know,No,Tulevaisuusverstas,\n"
    "2026/03/10 12:44:00 PM EET,Don't know,Somewhat agree,Yes,,Great day\n"
)
GOOGLE_EXPECTED = {
    USEFUL: (2, 4.5, {5: 1, 4: 1}, 1, []),
    AGREE: (2, 4.5, {5: 1, 4: 1}, 1, []),
    AGAIN: (3, 0.667, {1: 2, 0: 1}, 0, []),
    METHODS: (3, None, {"Kunta, kaupunki ja järjestöt": 2, "Pienryhmät": 1, "Tulevaisuusverstas": 1}, 0, []),
    WORDS: (2, None, {}, 0, ["Great day", "Great day"]),
}


def test_google_forms_keeps_a_first_respondent_without_numbers(setup, tmp_path):
    wb, ws, qs = setup
    path = tmp_path / "google.csv"
    path.write_text(GOOGLE, encoding="utf-8")
    preview = preview_import(wb, ws.id, path)
    assert preview.row_count == 4 and preview.table.rows[0].line == 2
    result = import_twice(wb, ws, path, preview.mapping)
    assert result.responses == 4
    assert figures(wb, ws.id) == GOOGLE_EXPECTED


# -- LimeSurvey: question codes, answer codes, an unfinished response ------------------------

LIMESURVEY = (
    "id,submitdate,lastpage,startlanguage,seed,G01Q01,G01Q02,G01Q03,G01Q04[SQ001],G01Q04[SQ002],G01Q04[SQ003],G01Q05\n"
    "1,2026-03-10 12:41:00,3,fi,123,A5,A4,Y,Y,,Y,Hyvä\n"
    "2,,1,fi,124,A3,,,,,,\n"
    "3,2026-03-10 12:45:00,3,fi,125,A4,A2,N,,Y,,\n"
    "4,2026-03-10 12:50:00,3,fi,126,,A5,U,Y,Y,,Kiitos\n"
)


def test_limesurvey_codes_and_unfinished_responses(setup, tmp_path):
    wb, ws, qs = setup
    path = tmp_path / "results-survey123.csv"
    path.write_text(LIMESURVEY, encoding="utf-8")
    preview = preview_import(wb, ws.id, path)
    assert preview.table.tool == "limesurvey" and preview.mapping == {}
    mapping = parse_mapping("G01Q01=1,G01Q02=2,G01Q03=3,G01Q04[SQ001]=4,G01Q04[SQ002]=4,G01Q04[SQ003]=4,"
                            "G01Q05=5", preview.table, preview.questions)
    result = import_twice(wb, ws, path, mapping)
    assert (result.responses, result.incomplete) == (3, 1)
    assert figures(wb, ws.id) == {
        USEFUL: (2, 4.5, {5: 1, 4: 1}, 0, []),
        AGREE: (3, 3.667, {4: 1, 2: 1, 5: 1}, 0, []),
        AGAIN: (2, 0.5, {1: 1, 0: 1}, 1, []),
        METHODS: (3, None, {"Pienryhmät": 2, "Kävelykokous": 2, "Tulevaisuusverstas": 1}, 0, []),
        WORDS: (2, None, {}, 0, ["Hyvä", "Kiitos"]),
    }


# -- SurveyMonkey: two header rows, an option labelled "En osaa sanoa" in the second --------

SURVEYMONKEY = (
    "Respondent ID,Collector ID,Start Date,End Date,IP Address,Email Address,First Name,Last Name,Custom Data 1,"
    f"{USEFUL},{AGREE},{AGAIN},{METHODS},,,{WORDS}\n"
    ",,,,,,,,,Response,Response,Response,Pienryhmät,Kävelykokous,En osaa sanoa,Open-Ended Response\n"
    "114001,4301,03/10/2026 12:30:00 PM,03/10/2026 12:41:00 PM,,,,,,Erittäin hyödyllinen,Täysin samaa mieltä,"
    'Kyllä,Pienryhmät,,,"Paljon asiaa, hyvä"\n'
    "114002,4301,03/10/2026 12:31:00 PM,03/10/2026 12:44:00 PM,,,,,,Jonkin verran hyödyllinen,"
    "Ei samaa eikä eri mieltä,Ei,,Kävelykokous,,\n"
    "114003,4301,03/10/2026 12:32:00 PM,03/10/2026 12:45:00 PM,,,,,,En osaa sanoa,Jokseenkin eri mieltä,Kyllä,"
    ",,En osaa sanoa,\n"
)


def test_surveymonkey_two_header_rows_are_not_a_respondent(setup, tmp_path):
    wb, ws, qs = setup
    path = tmp_path / "surveymonkey.csv"
    path.write_bytes(SURVEYMONKEY.encode("utf-8-sig"))
    preview = preview_import(wb, ws.id, path)
    assert preview.row_count == 3 and preview.table.tool == "surveymonkey"
    result = import_twice(wb, ws, path, preview.mapping)
    assert result.responses == 3
    assert figures(wb, ws.id) == {
        USEFUL: (2, 4.0, {5: 1, 3: 1}, 1, []),
        AGREE: (3, 3.333, {5: 1, 3: 1, 2: 1}, 0, []),
        AGAIN: (3, 0.667, {1: 2, 0: 1}, 0, []),
        METHODS: (2, None, {"Pienryhmät": 1, "Kävelykokous": 1}, 1, []),
        WORDS: (1, None, {}, 0, ["Paljon asiaa, hyvä"]),
    }


# -- rows named as the spreadsheet shows them; more answers than attendees ------------------


def test_a_multi_line_answer_does_not_shift_the_row_in_messages(setup, tmp_path):
    wb, ws, qs = setup
    path = tmp_path / "rivit.csv"
    path.write_text(f'{USEFUL};{WORDS}\n5;"Yksi\nkaksi\nkolme"\n9;\n', encoding="utf-8")
    before = dump_json(wb)
    with pytest.raises(ValidationError) as caught:
        import_survey(wb, ws.id, path)
    assert caught.value.message.startswith("Row 3, ")
    assert dump_json(wb) == before


def test_more_responses_than_attendees_is_a_warning_not_a_capped_rate(setup, tmp_path):
    wb, ws, qs = setup
    set_head_count(wb, ws.id, "Iisalmi", "", 2)
    path = tmp_path / "google.csv"
    path.write_text(GOOGLE, encoding="utf-8")
    import_survey(wb, ws.id, path)
    rate = feedback_summary(wb, ws.id).rate
    assert (rate.responses, rate.attendance, rate.percent, rate.more_than_attended) == (4, 2, 200, True)


def test_command_line_stats_as_json(setup, data_dir, tmp_path, capsys):
    from fasilitaattori.cli import main

    wb, ws, qs = setup
    path = tmp_path / "google.csv"
    path.write_text(GOOGLE, encoding="utf-8")
    base = ["--data-dir", str(data_dir)]
    assert main([*base, "feedback", "import", str(path), "--workshop", ws.id]) == 0
    assert main([*base, "feedback", "import", str(path), "--workshop", ws.id]) == 0
    assert "4 responses in the file were imported before" in capsys.readouterr().out
    assert main([*base, "feedback", "stats", "--workshop", ws.id, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["responses"], data["attended"]) == (4, 0)
    by_text = {q["text"]: q for q in data["questions"]}
    assert by_text[AGAIN]["distribution"] == {"yes": 2, "no": 1} and by_text[AGAIN]["kind"] == "yesno"
    assert by_text[USEFUL]["distribution"] == {"1": 0, "2": 0, "3": 0, "4": 1, "5": 1}
    assert (by_text[USEFUL]["mean"], by_text[USEFUL]["dont_know"], by_text[USEFUL]["n"]) == (4.5, 1, 2)
    assert by_text[METHODS]["distribution"]["Kunta, kaupunki ja järjestöt"] == 2
    assert by_text[WORDS]["answers"] == ["Great day", "Great day"]


def test_command_line_creates_questions_of_the_detected_kinds(data_dir, wb, tmp_path, capsys):
    from fasilitaattori.cli import main

    ws = workshops.create_workshop(wb, title="Uusi", date="2026-03-10")
    path = tmp_path / "forms.csv"
    path.write_text('"Kuinka hyödyllinen, kaiken kaikkiaan?";Kunta;Tulisitko uudelleen?;Menetelmät;Terveiset\n'
                    "5;Iisalmi;Kyllä;Pienryhmät;Kiitos\n4;Kuopio;Ei;Pienryhmät;\n4;Iisalmi;Kyllä;Kävely;Hyvä\n",
                    encoding="utf-8")
    base = ["--data-dir", str(data_dir)]
    assert main([*base, "feedback", "import", str(path), "--workshop", ws.id, "--create-questions"]) == 0
    kinds = {q.prompt: q.kind for q in feedback.list_questions(wb, ws.id)}
    assert kinds == {"Kuinka hyödyllinen, kaiken kaikkiaan?": "scale", "Kunta": "profile",
                     "Tulisitko uudelleen?": "yesno", "Menetelmät": "text", "Terveiset": "text"}
    assert feedback.response_count(wb, ws.id) == 3
    out = capsys.readouterr().out
    assert main([*base, "feedback", "import", str(path), "--workshop", ws.id, "--dry-run",
                 "--mapping", '"Kuinka hyödyllinen, kaiken kaikkiaan?"=1']) == 0
    assert "1. Kuinka hyödyllinen, kaiken kaikkiaan? -> Kuinka hyödyllinen" in capsys.readouterr().out
    assert "New scale question" in out


# -- no known layout: the header is guessed, never from a respondent --------------------------


def test_a_guessed_header_keeps_a_first_respondent_who_wrote_only_words(setup, tmp_path):
    wb, ws, qs = setup
    path = tmp_path / "oma.csv"
    path.write_text(f"Kunta;{USEFUL};{WORDS}\nIisalmi;;Hyvä päivä\nKuopio;5;\n", encoding="utf-8")
    preview = preview_import(wb, ws.id, path)
    assert [row.line for row in preview.table.rows] == [2, 3]
    import_survey(wb, ws.id, path)
    assert figures(wb, ws.id)[WORDS] == (1, None, {}, 0, ["Hyvä päivä"])
    assert figures(wb, ws.id)[USEFUL] == (1, 5.0, {5: 1}, 0, [])


def test_a_guessed_option_row_named_en_osaa_sanoa_is_header_not_a_respondent(setup, tmp_path):
    wb, ws, qs = setup
    path = tmp_path / "oma.csv"
    path.write_text(f"{USEFUL};{METHODS};;;{WORDS}\n"
                    ";Pienryhmät;Kävelykokous;En osaa sanoa;\n"
                    "5;1;0;0;Kiitos\n4;0;0;1;\n", encoding="utf-8")
    preview = preview_import(wb, ws.id, path)
    assert preview.row_count == 2
    assert preview.mapping == {0: qs[0].id, 1: qs[3].id, 2: qs[3].id, 3: qs[3].id, 4: qs[4].id}
    import_survey(wb, ws.id, path, preview.mapping)
    assert figures(wb, ws.id)[METHODS] == (1, None, {"Pienryhmät": 1}, 1, [])
    assert figures(wb, ws.id)[USEFUL] == (2, 4.5, {5: 1, 4: 1}, 0, [])
