"""`pdf timeline`: each day on landscape pages, one lane per track, with titles, leaders and rooms."""

from __future__ import annotations

import io

import pdfplumber

from fasilitaattori.cli import main
from fasilitaattori.core import agenda, workshops
from fasilitaattori.documents.base import DocumentOptions
from fasilitaattori.documents.kinds import build_document

from .pdftools import page_texts


def _training(wb):
    ws = workshops.create_workshop(wb, title="Verkostokoulutus", date="2026-03-10", start_time="09:00",
                                   end_time="16:00")
    agenda.set_days(wb, ws.id, 2)
    agenda.set_day_start(wb, ws.id, 2, "08:30")
    agenda.add_item(wb, ws.id, title="Aloitus", duration_min=30, category="intro")
    cafe = agenda.add_item(wb, ws.id, title="Oppimiskahvila", duration_min=60)
    agenda.add_track(wb, cafe.id, title="Pöytä 1: palvelupolku", leader="Anna", room="Sali 1")
    agenda.add_track(wb, cafe.id, title="Pöytä 2: kumppanit", leader="Mikko", room="Sali 2")
    agenda.add_item(wb, ws.id, title="Lounas", duration_min=45, category="break", pinned_start="12:00")
    agenda.add_item(wb, ws.id, title="Oma suunnitelma", duration_min=90, day=2, room="Auditorio")
    return ws


def test_the_timeline_shows_each_day_with_its_tracks_side_by_side(wb):
    ws = _training(wb)
    pdf = build_document(wb, "timeline", ws.id)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        assert all(page.width > page.height for page in doc.pages)
        words = {w["text"]: w for w in doc.pages[0].extract_words()}
    pages = page_texts(pdf)
    first, second = pages[0], pages[-1]
    assert "Päivä 1" in first and "Päivä 2" in second and "keskiviikko 11.3.2026" in second
    assert "Anna, Sali 1" in first and "Mikko, Sali 2" in first and "Auditorio" in second
    assert "kiinteä aika" in first
    # The two tables share the round's time, one lane above the other.
    table_1, table_2 = words["palvelupolku"], words["kumppanit"]
    assert abs(table_1["x0"] - table_2["x0"]) < 1 and table_2["top"] > table_1["top"] + 10


def test_a3_and_large_print_timelines_are_landscape_too(wb, tmp_path):
    ws = _training(wb)
    for options in (DocumentOptions(page_size="A3"), DocumentOptions(large_print=True, high_contrast=True)):
        with pdfplumber.open(io.BytesIO(build_document(wb, "timeline", ws.id, options))) as doc:
            assert all(page.width > page.height for page in doc.pages)
            assert doc.pages[0].width > (1100 if options.page_size == "A3" else 800)


def test_the_cli_writes_the_timeline(wb, data_dir, tmp_path):
    ws = _training(wb)
    wb.close()
    out = tmp_path / "aikajana.pdf"
    assert main(["--data-dir", str(data_dir), "pdf", "timeline", ws.id, "-o", str(out)]) == 0
    assert "Oppimiskahvila" in page_texts(out.read_bytes())[0]


def test_the_run_sheet_and_participant_agenda_follow_days_and_tracks(wb):
    ws = _training(wb)
    agenda_text = " ".join(page_texts(build_document(wb, "agenda", ws.id)))
    assert agenda_text.index("Päivä 1") < agenda_text.index("Oppimiskahvila") < agenda_text.index("Päivä 2")
    assert "– Pöytä 2: kumppanit (Mikko, Sali 2)" in agenda_text
    assert agenda_text.index("Päivä 2") < agenda_text.index("8.30") < agenda_text.index("Oma suunnitelma")
    sheet = " ".join(page_texts(build_document(wb, "run-sheet", ws.id)))
    assert "Rinnakkaiset ryhmät" in sheet and "Vetäjä: Mikko · Tila: Sali 2" in sheet
    assert "Kiinteä aika" in sheet and "Tila: Auditorio" in sheet
    assert sheet.index("Päivä 1") < sheet.index("Lounas") < sheet.index("Päivä 2")
