"""The general answer sheet and all of a workshop's worksheets in one PDF, from the demo store."""

from __future__ import annotations

import pytest

from fasilitaattori.core.agenda import list_agenda
from fasilitaattori.core.methods import find_methods
from fasilitaattori.core.workshops import list_workshops, workshops
from fasilitaattori.documents.base import DocumentOptions
from fasilitaattori.documents.kinds import build_document
from fasilitaattori.documents.worksheet_set import worksheet_choices

from . import pdftools


@pytest.fixture
def held(demo_wb):
    return demo_wb, list_workshops(demo_wb)[0]


@pytest.mark.parametrize(("language", "box", "title"), [("fi", "Ajatuksemme ja vastauksemme", "Dialogi"),
                                                         ("sv", "Våra tankar och svar", "Dialog"),
                                                         ("en", "Our thoughts and answers", "Dialogue")])
def test_the_general_sheet_speaks_the_workshop_language(held, language, box, title):
    wb, ws = held
    workshops.update(wb, ws.id, language=language)
    dialogue = next(i for i in list_agenda(wb, ws.id) if i.title == "Dialogi")
    pdf = build_document(wb, "worksheet", dialogue.id, DocumentOptions(page_size="A3", large_print=True))
    text = pdftools.assert_sound(pdf)
    assert box in text and title in text and pdftools.pages(pdf) == 1


def test_a_library_method_without_a_layout_prints_the_general_sheet(wb):
    method = find_methods(wb, language="en", text="Dialogue")[0]
    assert not method.worksheet
    text = pdftools.text(build_document(wb, "worksheet", method.id))
    assert "Our thoughts and answers" in text and method.purpose.split(".")[0] in text


def test_all_worksheets_with_group_copies(held):
    wb, ws = held
    pdf = build_document(wb, "worksheet", ws.id, groups=("Ryhmä 1", "Ryhmä 2"))
    pages = pdftools.page_texts(pdf)
    own = [c.title for c in worksheet_choices(wb, ws.id) if c.own_layout]
    assert len(pages) == 2 * len(own) == 4
    assert [("Vaikuttamisen tasot" in p, "Ryhmä 2" in p) for p in pages[:2]] == [(True, False), (True, True)]


def test_breaks_divide_the_day_into_parts(held):
    wb, ws = held
    parts = {c.title: c.part for c in worksheet_choices(wb, ws.id)}
    assert parts == {"Alkukierros": 1, "Dialogi": 1, "Vaikuttamisen tasot": 2, "Verkostokartta": 2,
                     "Palautekierros": 2}


def test_a_workshop_without_worksheets_says_so(wb):
    from fasilitaattori.core.workshops import create_workshop
    from fasilitaattori.errors import ValidationError

    empty = create_workshop(wb, title="Kyläilta")
    with pytest.raises(ValidationError, match="No block"):
        build_document(wb, "worksheet", empty.id)


def test_a_parallel_tables_method_gets_its_worksheet(wb):
    from fasilitaattori.core import agenda
    from fasilitaattori.core.workshops import create_workshop

    ws = create_workshop(wb, title="Oppimiskahvila", language="fi")
    round_ = agenda.add_item(wb, ws.id, title="Pöytäkierros", duration_min=45)
    levels = next(m for m in find_methods(wb, language="fi", text="Vaikuttamisen tasot") if m.worksheet)
    table = agenda.add_track(wb, round_.id, **agenda.method_values(wb, levels.id))
    assert [(c.block_id, c.own_layout) for c in worksheet_choices(wb, ws.id)] == [(table.id, True)]
    assert "Vaikuttamisen tasot" in pdftools.text(build_document(wb, "worksheet", ws.id))
