"""The page frame's promises: metadata and language, splitting, escaping, headings, sizes."""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from fasilitaattori.documents.base import DocumentOptions, make_styles
from fasilitaattori.documents.model import Note, Photo
from fasilitaattori.documents.run_sheet import build_run_sheet
from fasilitaattori.documents.summary import build_summary

from . import pdftools, sample


def test_metadata_and_catalog_language() -> None:
    for lang, tag in (("fi", "fi-FI"), ("sv", "sv-FI"), ("en", "en")):
        reader = PdfReader(BytesIO(build_summary(sample.summary(lang))))
        assert reader.trailer["/Root"]["/Lang"] == tag
        meta = reader.metadata
        assert meta is not None
        assert sample.TITLE in (meta.title or "")
        assert meta.author == "Pohjois-Savon Vertaistuen keskus"
        assert meta.subject


@pytest.mark.parametrize("lang,tag", [("fi", "fi-FI"), ("sv", "sv-FI"), ("en", "en")])
def test_xmp_metadata_names_the_title_and_language(lang: str, tag: str) -> None:
    reader = PdfReader(BytesIO(build_run_sheet(sample.workshop(lang), sample.AGENDA)))
    xmp = reader.xmp_metadata
    assert xmp is not None, "no XMP metadata stream"
    assert sample.TITLE in xmp.dc_title["x-default"]
    assert xmp.dc_title[tag] == xmp.dc_title["x-default"]
    assert xmp.dc_language == [tag]
    assert xmp.dc_creator == [reader.metadata.author]


def test_a4_default_and_a3_on_request() -> None:
    a4 = PdfReader(BytesIO(build_summary(sample.summary()))).pages[0].mediabox
    a3 = PdfReader(BytesIO(build_summary(sample.summary(), DocumentOptions(page_size="A3")))).pages[0].mediabox
    assert round(float(a4.width)) == 595 and round(float(a4.height)) == 842
    assert round(float(a3.width)) == 842 and round(float(a3.height)) == 1191


def test_large_print_body_is_at_least_16_pt() -> None:
    styles = make_styles(DocumentOptions(large_print=True))
    assert styles.body.fontSize >= 16
    assert styles.cell.fontSize >= 16
    assert styles.small.fontSize >= 14


def test_headings_keep_with_next() -> None:
    styles = make_styles(DocumentOptions())
    assert styles.h1.keepWithNext and styles.h2.keepWithNext and styles.h3.keepWithNext


def test_no_page_ends_with_a_heading() -> None:
    # many short blocks so headings fall at every possible height of the page
    notes = tuple(Note("idea", f"Idea {i}: " + "sana " * (i % 37), f"Harjoitus {i // 3}") for i in range(150))
    pdf = build_summary(replace(sample.summary(), notes=notes))
    for page_text in pdftools.page_texts(pdf)[:-1]:
        body = page_text.rsplit("Vaikuttamisen tasot – vammais- ja vanhusneuvostojen työpaja · 14.5.2024", 1)[0]
        assert not body.rstrip().endswith(tuple(f"Harjoitus {n}" for n in range(50))), body[-200:]


def test_a_20000_character_note_spans_pages() -> None:
    long_text = "ALKU " + ("Pitkä muistiinpano ryhmätyön kulusta ja päätöksistä. " * 380) + " LOPPU"
    assert len(long_text) >= 20_000
    pdf = build_summary(replace(sample.summary(), notes=(Note("observation", long_text, "Kahvitauko"),)))
    pages = pdftools.page_texts(pdf)
    start = next(i for i, p in enumerate(pages) if "ALKU" in p)
    end = next(i for i, p in enumerate(pages) if "LOPPU" in p)
    assert end - start >= 1
    pdftools.qpdf_check(pdf)


def test_long_instructions_split_in_the_run_sheet() -> None:
    agenda = (replace(sample.AGENDA[0], instructions="ALKU " + "Ohje. " * 4000 + " LOPPU"),)
    pdf = build_run_sheet(sample.workshop(), agenda)
    assert pdftools.pages(pdf) >= 3


def test_user_markup_prints_literally() -> None:
    text = pdftools.text(build_summary(sample.summary()))
    assert "Miten <b>neuvosto</b> & kunta sopivat aikataulusta?" in text


def test_tables_repeat_their_header_row() -> None:
    participants = sample.PARTICIPANTS * 15
    from fasilitaattori.documents.signin import build_signin

    pages = pdftools.page_texts(build_signin(sample.workshop(), participants))
    assert len(pages) >= 3
    assert all("Allekirjoitus" in p for p in pages)


@pytest.mark.parametrize("odd", ["Kiitos 😊👍🏽!", "x\U0010ffffy", "a\ud800b", "\x00\x1b[31m"])
def test_characters_without_glyph_do_not_crash(odd: str) -> None:
    data = replace(sample.summary(), notes=(Note("quote", odd), Note("idea", odd, odd, odd)),
                   workshop=sample.workshop(conclusions=odd))
    pdftools.assert_sound(build_summary(data))


def test_photos_scale_and_broken_files_leave_a_line(tmp_path: Path) -> None:
    good = sample.png(tmp_path / "fläppi.png", 3000, 1000)
    tall = sample.png(tmp_path / "tall.png", 400, 2400)
    broken = tmp_path / "rikki.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    photos = (Photo(good, "Ryhmän 1 fläppi", "Learning Cafe"), Photo(tall, "Seinä"),
              Photo(broken, "Rikki"), Photo(tmp_path / "puuttuu.jpg", "Puuttuu"))
    pdf = build_summary(sample.summary(photos=photos))
    text = pdftools.assert_sound(pdf)
    assert "Ryhmän 1 fläppi" in text and "Seinä" in text
    assert "Kuvaa ei voitu näyttää (rikki.png)." in text
    assert "Kuvaa ei voitu näyttää (puuttuu.jpg)." in text


def test_logo_on_the_cover(tmp_path: Path) -> None:
    logo = sample.png(tmp_path / "logo.png", 600, 200, "LOGO")
    pdf = build_summary(replace(sample.summary(), workshop=sample.workshop(logo_path=logo)))
    reader = PdfReader(BytesIO(pdf))
    assert reader.pages[0].images
