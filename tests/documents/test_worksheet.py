from __future__ import annotations

from io import BytesIO

import pytest

from fasilitaattori.core.worksheet_spec import WorksheetSpec
from fasilitaattori.documents.base import DocumentOptions
from fasilitaattori.documents.worksheet import build_worksheet

from . import pdftools, sample


@pytest.mark.parametrize("layout", sorted(sample.WORKSHEETS))
@pytest.mark.parametrize("size", ["A4", "A3"])
def test_each_layout_fills_one_page(layout: str, size: str) -> None:
    spec = sample.WORKSHEETS[layout]
    pdf = build_worksheet(spec, sample.worksheet_header(), DocumentOptions(page_size=size))  # type: ignore[arg-type]
    text = pdftools.assert_sound(pdf)
    assert pdftools.pages(pdf) == 1
    assert spec.title in text
    assert "tiistai 14.5.2024" in text
    for prompt in spec.prompts:
        assert prompt in text
    for column in spec.columns:
        assert column in text
    if spec.center_label:
        assert spec.center_label in text


def test_one_page_per_group_with_its_label() -> None:
    groups = ("Ryhmä 1", "Pöytä Åström", "Ryhmä 3")
    pdf = build_worksheet(sample.WORKSHEETS["circles"], sample.worksheet_header(), groups=groups)
    pages = pdftools.page_texts(pdf)
    assert len(pages) == 3
    for group, page in zip(groups, pages, strict=True):
        assert group in page
        assert "Verkostokartta" in page


def test_a_long_table_continues_with_its_header() -> None:
    spec = WorksheetSpec("table", "Palvelupolku", columns=("Vaihe", "Kuka auttaa?"), rows=60)
    pdf = build_worksheet(spec, sample.worksheet_header())
    pages = pdftools.page_texts(pdf)
    assert len(pages) >= 2
    assert all("Kuka auttaa?" in p for p in pages)


def test_a_table_without_row_count_fills_the_page() -> None:
    spec = WorksheetSpec("table", "Muistiinpanot", columns=("Asia", "Kuka", "Milloin"))
    assert pdftools.pages(build_worksheet(spec, sample.worksheet_header())) == 1


def test_twelve_long_prompts_and_large_print_still_print() -> None:
    prompts = tuple(f"Taso {i}: " + "pitkä kuvaus " * 6 for i in range(12))
    for layout in ("boxes", "levels", "circles"):
        spec = WorksheetSpec(layout, "Paljon kehiä", prompts=prompts, center_label="Kuntalainen")
        pdf = build_worksheet(spec, sample.worksheet_header(), DocumentOptions(large_print=True, high_contrast=True))
        pdftools.assert_sound(pdf)


def test_languages() -> None:
    sv = pdftools.text(build_worksheet(sample.WORKSHEETS["levels"], sample.worksheet_header("sv")))
    en = pdftools.text(build_worksheet(sample.WORKSHEETS["levels"], sample.worksheet_header("en")))
    assert "Arbetsblad" in sv and "Grupp" in sv and "tisdag 14.5.2024" in sv
    assert "Worksheet" in en and "Group" in en and "Tuesday 14 May 2024" in en


def test_each_group_copy_numbers_its_own_pages_in_large_print() -> None:
    spec = WorksheetSpec(layout="levels", title="Vaikuttamisen tasot",
                         prompts=tuple(f"Taso {n}: mihin päätökseen tai palveluun vaikutamme ja kenen kautta?"
                                       for n in range(1, 7)))
    pdf = build_worksheet(spec, sample.worksheet_header(), DocumentOptions(large_print=True),
                          groups=("Ryhmä 1", "Ryhmä 2"))
    pages = pdftools.page_texts(pdf)
    assert len(pages) == 4  # two pages per copy: room to write on every level
    assert ["sivu 1 / 2" in pages[0], "sivu 2 / 2" in pages[1], "sivu 1 / 2" in pages[2],
            "sivu 2 / 2" in pages[3]] == [True] * 4
    assert "Ryhmä 2" in pages[2] and "Taso 6" in pages[3]


def test_a_personal_sheet_has_a_line_for_the_name() -> None:
    from dataclasses import replace

    spec = replace(sample.WORKSHEETS["boxes"], personal=True)
    assert WorksheetSpec.from_dict(spec.to_dict()).personal
    personal = pdftools.text(build_worksheet(spec, sample.worksheet_header()))
    group = pdftools.text(build_worksheet(sample.WORKSHEETS["boxes"], sample.worksheet_header()))
    assert "Nimi:" in personal and "Ryhmä:" not in personal
    assert "Ryhmä:" in group and "Nimi:" not in group


def test_a3_posters_for_the_wall() -> None:
    """A matrix for sticky notes: 60 pt title, quadrants that hold a 76 mm note under the
    prompt; a table poster turns landscape. On A4 the same sheets stay as they were."""
    import pdfplumber

    a3 = DocumentOptions(page_size="A3")
    matrix = WorksheetSpec("grid2x2", "Empatiakartta", "Asetu henkilön asemaan.", poster=True,
                           prompts=("Mitä hän sanoo?", "Mitä hän ajattelee?", "Mitä hän tekee?", "Mitä hän tuntee?"))
    table = WorksheetSpec("table", "Toimintasuunnitelma", poster=True, rows=8,
                          columns=("Mitä tehdään?", "Kuka vastaa?", "Mihin mennessä?"))
    mm = 25.4 / 72
    with pdfplumber.open(BytesIO(build_worksheet(matrix, sample.worksheet_header(), a3))) as pdf:
        page = pdf.pages[0]
        assert len(pdf.pages) == 1 and page.width < page.height
        title = [c["size"] for c in page.chars if c["text"] == "E"]
        assert title and max(title) >= 60
        quadrants = [o for o in page.curves + page.rects if o["height"] * mm > 50]
        assert len(quadrants) == 4
        for box in quadrants:
            label = [c for c in page.chars if box["x0"] < c["x0"] < box["x1"] and box["top"] < c["top"] < box["bottom"]]
            free = box["bottom"] - max(c["bottom"] for c in label)
            assert free * mm >= 80, f"{free * mm:.0f} mm under the prompt"
    with pdfplumber.open(BytesIO(build_worksheet(table, sample.worksheet_header(), a3))) as pdf:
        assert pdf.pages[0].width > pdf.pages[0].height
    with pdfplumber.open(BytesIO(build_worksheet(matrix, sample.worksheet_header()))) as pdf:
        assert max(c["size"] for c in pdf.pages[0].chars) < 30


@pytest.mark.parametrize("large_print", [False, True])
def test_table_headings_stay_inside_their_row(large_print: bool) -> None:
    """Every built-in table sheet in every language: a heading measured for one width and
    drawn in a narrower one wrapped once more and stuck out of its coloured row."""
    import json
    from pathlib import Path

    import pdfplumber

    methods = Path(__file__).resolve().parents[2] / "resources" / "methods"
    faults = []
    for path in sorted(methods.glob("*.json")):
        for lang, text in json.loads(path.read_text(encoding="utf-8"))["text"].items():
            sheet = text.get("worksheet")
            if not sheet or sheet["layout"] != "table":
                continue
            spec = WorksheetSpec.from_dict(sheet)
            pdf = build_worksheet(spec, sample.worksheet_header(lang), DocumentOptions(large_print=large_print))
            with pdfplumber.open(BytesIO(pdf)) as doc:
                page = doc.pages[0]
                band = min(page.rects, key=lambda r: r["top"])
                heading = [c for c in page.chars if band["x0"] < c["x0"] < band["x1"]
                           and c["bottom"] > band["top"] and c["top"] < band["bottom"]]
                if min(c["top"] for c in heading) < band["top"] or max(c["bottom"] for c in heading) > band["bottom"]:
                    faults.append(f"{path.stem} {lang}")
    assert faults == []


def _shipped_sheet(key: str, lang: str) -> WorksheetSpec:
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "resources" / "methods" / f"{key}.json"
    return WorksheetSpec.from_dict(json.loads(path.read_text(encoding="utf-8"))["text"][lang]["worksheet"])


LADDER = {
    "fi": (["Tiedottaminen:", "Kuuleminen:", "Vuoropuhelu:", "Yhteissuunnittelu:", "Yhteispäätös:"], "Keinot:"),
    "sv": (["Information:", "Hörande:", "Dialog:", "Gemensam", "Gemensamt"], "Medel:"),
    "en": (["Informing:", "Consulting:", "Dialogue:", "Co-planning:", "Co-deciding:"], "Means:"),
}


@pytest.mark.parametrize("large_print", [False, True])
@pytest.mark.parametrize("lang", sorted(LADDER))
def test_the_inclusion_ladder_prints_each_level_in_its_own_row_beside_the_means_column(lang: str,
                                                                                       large_print: bool) -> None:
    """The levels of inclusion down the first column, in order, one row each, and the means
    (keinot) column beside them: one sheet per group, also in large print."""
    import pdfplumber

    levels, means = LADDER[lang]
    spec = _shipped_sheet("inclusion-ladder", lang)
    pdf = build_worksheet(spec, sample.worksheet_header(lang), DocumentOptions(large_print=large_print))
    with pdfplumber.open(BytesIO(pdf)) as doc:
        assert len(doc.pages) == 1
        words = doc.pages[0].extract_words()
    heading = next(w for w in words if w["text"] == means)
    found = [next(w for w in words if w["text"] == level and w["top"] > heading["bottom"]) for level in levels]
    tops = [w["top"] for w in found]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)
    # every level in the first column, left of the means column, each with its number
    assert all(w["x1"] < heading["x0"] for w in found)
    for n, w in enumerate(found, start=1):
        assert any(x["text"] == f"{n}." and abs(x["top"] - w["top"]) < 2 for x in words), w["text"]


def test_the_empathy_map_begins_with_a_box_for_who_the_person_is() -> None:
    """Name, age and life situation are written first, in a box above the four squares."""
    import pdfplumber

    spec = _shipped_sheet("empathy-map", "fi")
    for options in (DocumentOptions(), DocumentOptions(large_print=True), DocumentOptions(page_size="A3")):
        with pdfplumber.open(BytesIO(build_worksheet(spec, sample.worksheet_header(), options))) as doc:
            assert len(doc.pages) == 1
            page = doc.pages[0]
            words = {w["text"]: w for w in page.extract_words()}
        for label in ("Kuka", "Nimi:", "Ikä:", "Elämäntilanne:"):
            assert words[label]["bottom"] < words["sanoo?"]["top"], label
        assert words["Nimi:"]["top"] == words["Ikä:"]["top"]  # side by side on one line
        assert words["Elämäntilanne:"]["top"] > words["Nimi:"]["bottom"]
        if options.page_size == "A3":  # on the wall poster the squares still hold a 76 mm sticky note
            mm = 25.4 / 72
            squares = [o for o in page.curves + page.rects if o["height"] * mm > 50 and o["width"] < page.width / 2]
            assert len(squares) == 4
            for box in squares:
                label = [c for c in page.chars if box["x0"] < c["x0"] < box["x1"] and box["top"] < c["top"] < box["bottom"]]
                assert (box["bottom"] - max(c["bottom"] for c in label)) * mm >= 80
