"""Participant CSV import on files shaped like real ones: Excel (cp1252, ;), a web form (UTF-8 BOM, ,)."""

from __future__ import annotations

from pathlib import Path

import pytest

from fasilitaattori.core import participants, workshops
from fasilitaattori.core.dump import dump_json as dump_store
from fasilitaattori.core.participant_import import (
    import_participants,
    mapped_rows,
    parse_csv,
    read_csv,
    suggest_mapping,
)
from fasilitaattori.errors import ValidationError

FIXTURES = Path(__file__).parent / "fixtures"


def test_excel_export_semicolons_cp1252_first_and_last_name(wb):
    table = read_csv(FIXTURES / "ilmoittautuneet_excel.csv")
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    assert table.header[0] == "Etunimi" and "Sähköposti" in table.header
    mapping = suggest_mapping(table.header)
    assert mapping == {0: "display_name", 1: "display_name", 2: "municipality", 3: "organisation",
                       4: "role", 5: "contact", 6: "diet"}
    rows = mapped_rows(table, mapping)
    assert rows[0]["display_name"] == "Aino Räsänen"
    assert rows[2]["organisation"] == "Varkauden vanhusneuvosto; eläkeläiset"  # quoted separator kept
    ws = workshops.create_workshop(wb, title="Työpaja")
    result = import_participants(wb, table, mapping, workshop_id=ws.id)
    assert len(result.ids) == 4 and result.skipped_empty == 0  # the blank line is no row at all
    people = participants.list_participants(wb, ws.id)
    assert sorted(p.display_name for p in people) == ["", "Aino Räsänen", "Marjatta Öhman", "Pekka Hyvönen"]
    assert next(p for p in people if p.display_name == "Aino Räsänen").diet == "laktoositon"
    anonymous = next(p for p in people if not p.display_name)
    assert (anonymous.municipality, anonymous.organisation) == ("Pielavesi", "Pielaveden vammaisneuvosto")


def test_form_export_utf8_bom_commas_swedish_and_english_headers(wb):
    table = read_csv(FIXTURES / "registrations_form.csv")
    assert (table.encoding, table.delimiter) == ("utf-8-sig", ",")
    assert table.header[0] == "Timestamp"  # the BOM is not part of the first header
    mapping = suggest_mapping(table.header)
    assert mapping == {1: "display_name", 2: "organisation", 3: "municipality", 4: "role", 5: "contact"}
    import_participants(wb, table, mapping)
    names = {p.display_name: p for p in participants.list_participants(wb)}
    assert set(names) == {"Áile Näkkäläjärvi", "Наталья Иванова", "Britt-Marie Åkerlund"}
    assert names["Наталья Иванова"].organisation == "Monikulttuurinen yhdistys Silta ry"


def test_broken_file_is_one_sentence_and_the_store_is_unchanged(wb):
    before = dump_store(wb)
    with pytest.raises(ValidationError) as caught:
        read_csv(FIXTURES / "broken_quotes.csv")
    assert caught.value.message.startswith("The file broken_quotes.csv is not a readable CSV table")
    assert "\n" not in caught.value.message
    for data, words in ((b"\x89PNG\r\n\x1a\n\x00\x00", "not a text"), (b"Nimi;Kunta\n", "no rows"),
                        (b"", "no rows")):
        with pytest.raises(ValidationError, match=words):
            parse_csv(data, "x.csv")
    assert dump_store(wb) == before


def test_a_bad_row_rolls_back_the_whole_import(wb):
    table = parse_csv(("Nimi;Kunta\nAino;Iisalmi\n" + "X" * 600 + ";Kuopio\n").encode(), "lista.csv")
    before = dump_store(wb)
    with pytest.raises(ValidationError, match="Row 3 of lista.csv"):
        import_participants(wb, table, suggest_mapping(table.header))
    assert dump_store(wb) == before
    with pytest.raises(ValidationError, match="at least one column"):
        import_participants(wb, table, {})


def test_unknown_headers_are_left_unmapped():
    assert suggest_mapping(["Aikaleima", "Lisätietoja", "Nimi"]) == {2: "display_name"}


def test_diets_and_other_needs_come_from_a_council_registration_form(wb):
    data = ("Nimi;Kunta;Ruokavalio;Erityistarpeet\n"
            "Aino Räsänen;Iisalmi;Gluteeniton;Induktiosilmukka, paikka eturivissä\n"
            "Eero Tuovinen;Leppävirta;;\n").encode()
    table = parse_csv(data, "ilmoittautuneet.csv")
    mapping = suggest_mapping(table.header)
    assert mapping == {0: "display_name", 1: "municipality", 2: "diet", 3: "other_needs"}
    ws = workshops.create_workshop(wb, title="Vammaisneuvoston työpaja")
    import_participants(wb, table, mapping, workshop_id=ws.id)
    aino = next(p for p in participants.list_participants(wb, ws.id) if p.display_name == "Aino Räsänen")
    assert (aino.diet, aino.other_needs) == ("Gluteeniton", "Induktiosilmukka, paikka eturivissä")
    assert participants.need_counts(wb, ws.id) == {"diet": 1, "other": 1}
