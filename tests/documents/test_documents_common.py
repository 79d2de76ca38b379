"""Every document: sound PDF, embedded fonts, the sample's facts read back, empty data works,
page labels, languages, and a PNG of page 1 for a human look."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from fasilitaattori.documents.base import DocumentOptions
from fasilitaattori.documents.feedback_form import build_feedback_form
from fasilitaattori.documents.model import ProjectReportData, SummaryData, WorksheetHeader
from fasilitaattori.documents.packing_list import build_packing_list
from fasilitaattori.documents.participant_agenda import build_participant_agenda
from fasilitaattori.documents.project_report import build_project_report
from fasilitaattori.documents.run_sheet import build_run_sheet
from fasilitaattori.documents.signin import build_signin
from fasilitaattori.documents.summary import build_summary
from fasilitaattori.documents.worksheet import build_worksheet

from . import pdftools, sample

Builder = Callable[[str, DocumentOptions], bytes]

BUILDERS: dict[str, Builder] = {
    "run_sheet": lambda lang, o: build_run_sheet(sample.workshop(lang), sample.AGENDA, o),
    "participant_agenda": lambda lang, o: build_participant_agenda(sample.workshop(lang), sample.AGENDA, o),
    "packing_list": lambda lang, o: build_packing_list(sample.workshop(lang), sample.AGENDA, o),
    "signin": lambda lang, o: build_signin(sample.workshop(lang), sample.PARTICIPANTS, o),
    "feedback_form": lambda lang, o: build_feedback_form(sample.workshop(lang), sample.QUESTIONS, o),
    "summary": lambda lang, o: build_summary(sample.summary(lang), o),
    "project_report": lambda lang, o: build_project_report(sample.project(lang), o),
    "worksheet": lambda lang, o: build_worksheet(sample.WORKSHEETS["levels"], sample.worksheet_header(lang), o),
}

EMPTY: dict[str, Callable[[], bytes]] = {
    "run_sheet": lambda: build_run_sheet(sample.workshop(), ()),
    "participant_agenda": lambda: build_participant_agenda(sample.workshop(), ()),
    "packing_list": lambda: build_packing_list(sample.workshop(), ()),
    "signin": lambda: build_signin(sample.workshop(), (), blank_rows=0),
    "feedback_form": lambda: build_feedback_form(sample.workshop(), ()),
    "summary": lambda: build_summary(SummaryData(sample.workshop())),
    "project_report": lambda: build_project_report(ProjectReportData(sample.project().project)),
    "worksheet": lambda: build_worksheet(sample.WORKSHEETS["grid2x2"], WorksheetHeader()),
}

# what each document must say, beyond its title and the locality
EXPECTED: dict[str, tuple[str, ...]] = {
    "run_sheet": ("9.00", "Muista kysyä kuvauslupa", "Tussit"),
    "participant_agenda": ("9.00", "Kahvitauko", "Tervetuloa!"),
    "packing_list": ("Post-it-laput", "Fläppipaperit", "Työpohjat A3"),
    "signin": (sample.SAMI_NAME, sample.CYRILLIC_NAME, sample.GREEK_NAME, "Sonkajärvi", "Allekirjoitus"),
    "feedback_form": ("Saitko äänesi kuuluviin?", "Ei lainkaan", "Kyllä"),
    "summary": (sample.NOTE_TEXT, sample.SAMI_NAME, sample.CYRILLIC_NAME, "Kuopio", "Yhdessä saamme enemmän aikaan."),
    "project_report": (sample.SAMI_NAME, "STEA", "Varkaus"),
    "worksheet": ("Vaikuttamisen tasot", "Maakunta", "Ryhmä"),
}

@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_document_reads_back(kind: str) -> None:
    pdf = BUILDERS[kind]("fi", DocumentOptions())
    text = pdftools.assert_sound(pdf)
    assert sample.TITLE in text if kind != "project_report" else "Yhdessä vaikuttaen -hanke" in text
    assert sample.MUNICIPALITY in text
    for expected in EXPECTED[kind]:
        assert expected in text, f"{kind}: {expected!r} missing"
    assert "sivu 1 / " in text
    assert "\ufffd" not in text


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_document_page_one_renders_to_png(kind: str, tmp_path: Path) -> None:
    pdf = BUILDERS[kind]("fi", DocumentOptions())
    png = pdftools.render_png(pdf, tmp_path / kind)
    assert png.stat().st_size > 1000


@pytest.mark.parametrize("kind", sorted(EMPTY))
def test_empty_data_gives_a_sensible_document(kind: str) -> None:
    text = pdftools.assert_sound(EMPTY[kind]())
    assert "sivu 1 / " in text


def test_empty_summary_says_so() -> None:
    text = pdftools.text(EMPTY["summary"]())
    for phrase in ("Ei kirjattuja muistiinpanoja.", "Ei osallistujatietoja.", "Palautetta ei kerätty.",
                   "Ei kirjattuja tehtäviä.", "Ohjelmaa ei ole kirjattu."):
        assert phrase in text


def test_empty_lists_say_so() -> None:
    assert "Ohjelmaan ei ole kirjattu materiaaleja." in pdftools.text(EMPTY["packing_list"]())
    assert "Lomakkeelle ei ole lisätty kysymyksiä." in pdftools.text(EMPTY["feedback_form"]())
    assert "Hankkeeseen ei ole vielä kirjattu työpajoja." in pdftools.text(EMPTY["project_report"]())


@pytest.mark.parametrize("kind", sorted(BUILDERS))
@pytest.mark.parametrize(("lang", "page_label", "date_text"), [
    ("sv", "sida 1 / ", "14.5.2024"),
    ("en", "page 1 of ", "14 May 2024"),
])
def test_swedish_and_english(kind: str, lang: str, page_label: str, date_text: str) -> None:
    text = pdftools.assert_sound(BUILDERS[kind](lang, DocumentOptions()))
    assert page_label in text
    assert "sivu 1 / " not in text
    if kind != "project_report":
        assert date_text in text


def test_language_words() -> None:
    sv = pdftools.text(BUILDERS["summary"]("sv", DocumentOptions()))
    en = pdftools.text(BUILDERS["summary"]("en", DocumentOptions()))
    assert "Sammandrag av workshoppen" in sv and "tisdag 14.5.2024" in sv and "Utvecklingsbehov" in sv
    assert "Workshop summary" in en and "Tuesday 14 May 2024" in en and "Development needs" in en


@pytest.mark.parametrize("kind", sorted(BUILDERS))
@pytest.mark.parametrize("options", [
    DocumentOptions(page_size="A3"),
    DocumentOptions(large_print=True),
    DocumentOptions(high_contrast=True),
    DocumentOptions(page_size="A3", large_print=True, high_contrast=True),
], ids=["a3", "large", "contrast", "all"])
def test_variants(kind: str, options: DocumentOptions) -> None:
    pdf = BUILDERS[kind]("fi", options)
    text = pdftools.assert_sound(pdf)
    assert sample.MUNICIPALITY in text
