"""Accessibility needs on the venue printouts: counted in the workshop's language on the run
sheet and packing list, never on a pseudonymised summary."""

from __future__ import annotations

import pytest

from fasilitaattori.core import participants as people
from fasilitaattori.core import workshops
from fasilitaattori.documents.kinds import build_document
from tests.documents import pdftools


@pytest.fixture
def evening(wb):
    workshop = workshops.create_workshop(wb, title="Kyläilta", date="2027-03-15")
    people.create_participant(wb, workshop.id, display_name="Aino Räsänen", need_hearing_loop=True,
                              diet="Gluteeniton")
    people.create_participant(wb, workshop.id, display_name="Eero Tuovinen", need_hearing_loop=True,
                              need_interpreter=True)
    people.create_participant(wb, workshop.id, display_name="Liisa Kettunen")
    other = workshops.create_workshop(wb, title="Toinen ilta")
    people.create_participant(wb, other.id, display_name="Ville Ahonen", need_assistant=True)
    return wb, workshop


def _flat(pdf: bytes) -> str:
    return " ".join(pdftools.text(pdf).split())


@pytest.mark.parametrize("kind", ["run-sheet", "packing-list"])
def test_the_venue_printouts_count_the_needs_in_finnish(evening, kind):
    wb, workshop = evening
    flat = _flat(build_document(wb, kind, workshop.id))
    assert "2 osallistujaa tarvitsee induktiosilmukan" in flat
    assert "1 osallistuja tarvitsee tulkin" in flat
    assert "1 osallistujalla on erityisruokavalio" in flat
    assert "avustaja" not in flat  # that need is another workshop's
    assert "Gluteeniton" not in flat  # counts only, no one's details


def test_the_counts_follow_the_workshops_language(evening):
    wb, workshop = evening
    workshops.workshops.update(wb, workshop.id, language="en")
    assert "2 need a hearing loop" in _flat(build_document(wb, "run-sheet", workshop.id))
    workshops.workshops.update(wb, workshop.id, language="sv")
    assert "2 deltagare behöver hörslinga" in _flat(build_document(wb, "packing-list", workshop.id))


def test_no_needs_no_line(wb):
    workshop = workshops.create_workshop(wb, title="Kyläilta")
    people.create_participant(wb, workshop.id, display_name="Aino Räsänen")
    assert "Saavutettavuustarpeet" not in _flat(build_document(wb, "run-sheet", workshop.id))


def test_a_pseudonymised_summary_holds_no_needs(evening):
    wb, workshop = evening
    from fasilitaattori.documents import collect

    assert collect.workshop_facts(wb, workshop.id).needs
    assert collect.summary_data(wb, workshop.id, pseudonymise=True).workshop.needs == ()
    flat = _flat(build_document(wb, "summary", workshop.id, pseudonymise=True))
    assert "Gluteeniton" not in flat and "induktiosilmuk" not in flat
