"""What the printouts say: categories in the document's language, people counted once, plans
marked as plans, names in alphabetical order, photos only with consent, real file dates."""

from __future__ import annotations

import io
import re
from datetime import UTC

import pytest
from pypdf import PdfReader

from fasilitaattori.core import agenda, participants, photos, projects, workshops
from fasilitaattori.documents.kinds import build_document
from tests.documents import pdftools


@pytest.fixture
def series(demo_wb):
    project = projects.list_projects(demo_wb)[0]
    series = workshops.list_workshops(demo_wb, project.id)
    return demo_wb, project, series


def _flat(pdf: bytes) -> str:
    return " ".join(pdftools.text(pdf).split())


@pytest.mark.parametrize("kind", ["run-sheet", "summary"])
def test_block_categories_print_in_the_documents_language(series, kind):
    wb, _project, series_ = series
    held = next(w for w in series_ if w.status == "held")
    assert {i.category for i in agenda.list_agenda(wb, held.id)} >= {"intro", "discussion", "break"}
    text = _flat(build_document(wb, kind, held.id))
    assert "Keskustelu" in text and "Tauko" in text
    for key in ("intro", "discussion", "break", "exercise"):
        assert not re.search(rf"\b{key}\b", text), key


def test_the_project_report_counts_people_once_and_held_workshops_only(series):
    wb, project, series_ = series
    held = [w for w in series_ if w.status == "held"]
    assert len(held) < len(series_)  # the demo has a planned workshop, with people signed up
    named = {p.id for w in held for p in participants.list_participants(wb, w.id)}
    anonymous = sum(h.count for w in held for h in participants.list_head_counts(wb, w.id))
    pdf = build_document(wb, "project-report", project.id)
    text = _flat(pdf)
    assert _figure(pdf, "Pidetyt") == len(held)
    assert _figure(pdf, "Eri") == len(named)
    assert _figure(pdf, "Nimettömät") == anonymous
    assert "Suunniteltu" in text and "Pidetty" in text  # each workshop's status


def _figure(pdf: bytes, label_word: str) -> int:
    """The big number on the key-figure tile whose label starts with `label_word`."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        pages = [p.extract_words() for p in doc.pages]
    words = next(ws for ws in pages if any(w["text"] == label_word for w in ws))
    label = next(w for w in words if w["text"] == label_word)
    above = [w for w in words if abs(w["x0"] - label["x0"]) < 2 and w["top"] < label["top"] and w["text"].isdigit()]
    return int(max(above, key=lambda w: w["top"])["text"])


def test_a_planned_workshops_summary_is_marked_as_a_plan(series):
    wb, _project, series_ = series
    planned = next(w for w in series_ if w.status == "planned")
    held = next(w for w in series_ if w.status == "held")
    plan = _flat(build_document(wb, "summary", planned.id))
    assert "SUUNNITELMA" in plan and "Suunniteltu ohjelma" in plan and "Toteutunut ohjelma" not in plan
    report = _flat(build_document(wb, "summary", held.id))
    assert "SUUNNITELMA" not in report and "Toteutunut ohjelma" in report


@pytest.mark.parametrize("language,names", [
    ("fi", ["Áile Aalto", "Bertta Ahlqvist", "Veera Virtanen", "Wilhelm Wikström", "Ville Zetterberg",
            "Åsa Åkerlund", "Ärjä Äijälä", "Östen Öhman"]),
    ("sv", ["Áile Aalto", "Bertta Ahlqvist", "Veera Virtanen", "Wilhelm Wikström", "Ville Zetterberg",
            "Åsa Åkerlund", "Ärjä Äijälä", "Östen Öhman"]),
    ("en", ["Áile Aalto", "Bertta Ahlqvist", "Ärjä Äijälä", "Åsa Åkerlund", "Östen Öhman", "Veera Virtanen",
            "Wilhelm Wikström", "Ville Zetterberg"]),
])
def test_names_sort_by_last_name_in_the_languages_alphabet(language, names):
    from fasilitaattori.documents.collation import name_key

    shuffled = names[3:] + names[:3]
    assert sorted(shuffled, key=lambda n: name_key(n, language)) == names


def test_the_signin_sheet_lists_people_by_last_name(wb):
    ws = workshops.create_workshop(wb, title="Nimilista", language="fi")
    for name in ("Östen Öhman", "Anna Heiskanen", "Áile Näkkäläjärvi", "Ville Aalto"):
        participants.create_participant(wb, ws.id, display_name=name)
    text = _flat(build_document(wb, "signin", ws.id))
    positions = [text.index(n) for n in ("Ville Aalto", "Anna Heiskanen", "Áile Näkkäläjärvi", "Östen Öhman")]
    assert positions == sorted(positions)


def _photo(wb, workshop_id, tmp_path, caption):
    from tests.core.test_capture import _png

    image = tmp_path / "fläppi.png"
    image.write_bytes(_png(400, 300))
    photos.add_photo(wb, workshop_id, image, caption=caption)


def test_photos_print_only_when_every_participant_consented_and_never_pseudonymised(series, tmp_path):
    wb, _project, series_ = series
    held = next(w for w in series_ if w.status == "held")
    _photo(wb, held.id, tmp_path, "Ryhmän 2 fläppitaulu")
    people = participants.list_participants(wb, held.id)
    assert not all(p.consent_photo for p in people)
    withheld = _flat(build_document(wb, "summary", held.id))
    assert "Ryhmän 2 fläppitaulu" not in withheld and "kuvauslupaa" in withheld
    for person in people:
        participants.participants.update(wb, person.id, consent_photo=True)
    assert "Ryhmän 2 fläppitaulu" in _flat(build_document(wb, "summary", held.id))
    pseudonymised = build_document(wb, "summary", held.id, pseudonymise=True)
    assert "Ryhmän 2 fläppitaulu" not in _flat(pseudonymised)
    assert not any("/Image" in str(page.get("/Resources", {}).get("/XObject", {}))
                   for page in PdfReader(io.BytesIO(pseudonymised)).pages)


def test_the_feedback_form_fits_one_sheet_for_eight_questions(wb):
    from fasilitaattori.core import feedback

    ws = workshops.create_workshop(wb, title="Palaute", language="fi")
    for n in range(4):
        feedback.add_question(wb, ws.id, f"Kuinka hyödyllinen osa {n + 1} oli?", low_label="ei lainkaan",
                              high_label="erittäin")
    for n in range(2):
        feedback.add_question(wb, ws.id, f"Saitko sanoa mielipiteesi osassa {n + 1}?", kind="yesno")
    for n in range(2):
        feedback.add_question(wb, ws.id, f"Mitä muuta haluat sanoa ({n + 1})?", kind="text")
    pdf = build_document(wb, "feedback-form", ws.id)
    assert pdftools.pages(pdf) == 1


def test_the_large_print_feedback_form_of_three_questions_fits_one_sheet(wb):
    from fasilitaattori.core import feedback
    from fasilitaattori.documents.base import DocumentOptions

    ws = workshops.create_workshop(wb, title="Palaute", language="fi")
    feedback.add_question(wb, ws.id, "Kuinka hyödyllinen työpaja oli omalle työllesi?", low_label="ei lainkaan",
                          high_label="erittäin")
    feedback.add_question(wb, ws.id, "Saitko sanoa mielipiteesi?", kind="yesno")
    feedback.add_question(wb, ws.id, "Mitä haluaisit sanoa järjestäjille?", kind="text")
    pdf = build_document(wb, "feedback-form", ws.id, DocumentOptions(large_print=True))
    assert pdftools.pages(pdf) == 1
    assert "Kiitos vastauksestasi" in pdftools.text(pdf)


def test_summary_and_project_report_have_bookmarks_title_language_and_todays_date(series):
    from datetime import datetime

    wb, project, series_ = series
    held = next(w for w in series_ if w.status == "held")
    for pdf, expected in ((build_document(wb, "summary", held.id), "Osallistujat"),
                          (build_document(wb, "project-report", project.id), "Tunnusluvut")):
        reader = PdfReader(io.BytesIO(pdf))
        titles = [item.title for item in reader.outline if not isinstance(item, list)]
        assert expected in titles and len(titles) >= 4
        assert reader.metadata.title and reader.trailer["/Root"]["/Lang"] == "fi-FI"
        created = reader.metadata.creation_date
        assert created is not None and abs((datetime.now(UTC) - created).total_seconds()) < 3600
        # each bookmark leads to the page its heading is on
        first = reader.outline[0]
        page = reader.get_destination_page_number(first)
        assert first.title in " ".join(pdftools.text(pdf, page + 1, page + 1).split())


def test_the_written_pdf_has_the_users_normal_file_mode(series, tmp_path):
    import os
    import stat

    from fasilitaattori.documents.commands import write_pdf

    wb, _project, series_ = series
    out = tmp_path / "yhteenveto.pdf"
    mask = os.umask(0o022)
    try:
        write_pdf(out, build_document(wb, "agenda", series_[0].id))
    finally:
        os.umask(mask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_the_workshops_table_follows_the_key_figures_without_an_empty_page_part(wb):
    """In large print the workshop titles took six lines a row beside wide number columns,
    and the table, kept with its heading, went to a page of its own."""
    from fasilitaattori.core.demo import create_demo
    from fasilitaattori.documents.base import DocumentOptions

    project = create_demo(wb)
    pdf = build_document(wb, "project-report", project.id, DocumentOptions(large_print=True))
    pages = pdftools.page_texts(pdf)
    figures = next(i for i, page in enumerate(pages) if "Tunnusluvut" in page)
    assert "Työpajat" in pages[figures]
