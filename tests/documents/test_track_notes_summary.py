"""The summary (PDF, DOCX, ODT) shows a parallel track's notes under its block, with the
track's name, never among "other notes"."""

from __future__ import annotations

import pytest

from fasilitaattori.core import agenda, notes, workshops
from fasilitaattori.documents.editable import prepare_editable
from fasilitaattori.documents.kinds import build_document
from tests.documents import pdftools
from tests.documents.editable_read import read


@pytest.fixture
def workshop(wb):
    ws = workshops.create_workshop(wb, title="Kehittämispäivä", date="2026-03-10", status="held",
                                   start_time="09:00", end_time="12:00")
    agenda.add_item(wb, ws.id, title="Aloitus", duration_min=20)
    groups = agenda.add_item(wb, ws.id, title="Ryhmätyö", duration_min=60)
    agenda.add_item(wb, ws.id, title="Purku", duration_min=30)
    a = agenda.add_track(wb, groups.id, title="Ryhmä A: Ideointi")
    b = agenda.add_track(wb, groups.id, title="Ryhmä B: Learning Cafe")
    notes.add_note(wb, ws.id, "Koko ryhmätyön havainto", kind="observation", agenda_item_id=groups.id)
    notes.add_note(wb, ws.id, "Lähikirjasto avoimeksi iltaisin", agenda_item_id=b.id)
    notes.add_note(wb, ws.id, "Kyläkoulun tilat yhteiskäyttöön", agenda_item_id=a.id)
    notes.add_note(wb, ws.id, "Vapaa huomio", kind="observation")
    notes.add_note(wb, ws.id, "Tämä on tärkeää", kind="quote", agenda_item_id=a.id, group_label="Pöytä 1")
    return ws


def _in_order(text: str, *parts: str) -> None:
    """Each part found after the one before it."""
    at = 0
    for part in parts:
        found = text.find(part, at)
        assert found >= 0, (part, text[at:at + 300])
        at = found + len(part)


def _check(text: str) -> None:
    flat = " ".join(text.split())
    _in_order(flat, "Työskentelyn tuotokset", "Ryhmätyö", "Koko ryhmätyön havainto",
              "Ryhmätyö – Ryhmä A: Ideointi", "Kyläkoulun tilat yhteiskäyttöön",
              "Ryhmätyö – Ryhmä B: Learning Cafe", "Lähikirjasto avoimeksi iltaisin",
              "Muut muistiinpanot", "Vapaa huomio", "Tämä on tärkeää", "Ryhmätyö · Ryhmä A: Ideointi · Pöytä 1")


def test_the_pdf_summary_lists_a_tracks_notes_under_its_block_and_name(wb, workshop):
    _check(pdftools.text(build_document(wb, "summary", workshop.id)))


@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_the_editable_summary_lists_a_tracks_notes_under_its_block_and_name(wb, workshop, fmt):
    doc = read(prepare_editable(wb, "summary", workshop.id, fmt)(), fmt)
    _check(doc.text)
