"""Own block categories: added, renamed, recoloured, used by a block, counted in the time
balance as the user says, and removed only when nothing uses them."""

from __future__ import annotations

import pytest

from fasilitaattori.core import agenda, categories, workshops
from fasilitaattori.errors import ValidationError


def _workshop(wb):
    return workshops.create_workshop(wb, title="Kehittämispäivä", date="2026-04-14",
                                     start_time="09:00", end_time="12:00")


def test_an_own_category_is_added_renamed_recoloured_and_used_by_a_block(wb):
    energiser = categories.add_category(wb, "Virittäytyminen", "#aa3366", "own_work")
    assert energiser.id.startswith("c-") and len(energiser.id) <= 16
    categories.update_category(wb, energiser.id, name="Energisoija", colour="#113355")
    ws = _workshop(wb)
    block = agenda.add_item(wb, ws.id, title="Liikettä", duration_min=10, category=energiser.id)
    assert agenda.agenda_items.get(wb, block.id).category == energiser.id
    [own] = categories.list_categories(wb)
    assert (own.id, own.name, own.colour) == (energiser.id, "Energisoija", "#113355")


def test_a_block_cannot_name_a_category_that_is_not_a_key(wb):
    ws = _workshop(wb)
    with pytest.raises(ValidationError):
        agenda.add_item(wb, ws.id, title="Outo", duration_min=10, category="c-nothex")
    assert agenda.list_agenda(wb, ws.id) == []


def test_own_categories_count_in_the_time_balance_as_the_user_says(wb):
    ws = _workshop(wb)
    lecture = categories.add_category(wb, "Asiantuntijapuheenvuoro", "#884400", "presentation")
    coffee = categories.add_category(wb, "Kahvi", "#777777", "breaks")
    agenda.add_item(wb, ws.id, title="Puheenvuoro", duration_min=45, category=lecture.id)
    agenda.add_item(wb, ws.id, title="Kahvit", duration_min=15, category=coffee.id)
    agenda.add_item(wb, ws.id, title="Ryhmätyö", duration_min=30, category="exercise")
    balance = agenda.balance(wb, ws.id)
    assert (balance.presentation, balance.own_work, balance.breaks) == (45, 30, 15)
    assert balance.own_work_low is False
    categories.update_category(wb, lecture.id, counts_as="own_work")
    assert agenda.balance(wb, ws.id).own_work == 75


def test_a_used_category_is_not_removed_and_a_name_is_not_taken_twice(wb):
    ws = _workshop(wb)
    own = categories.add_category(wb, "Kävely", "#336699")
    block = agenda.add_item(wb, ws.id, title="Kävelykokous", duration_min=20, category=own.id)
    with pytest.raises(ValidationError, match="still used"):
        categories.remove_category(wb, own.id)
    with pytest.raises(ValidationError, match="already"):
        categories.add_category(wb, "kävely")
    agenda.agenda_items.update(wb, block.id, category="exercise")
    categories.remove_category(wb, own.id)
    assert categories.list_categories(wb) == []


def test_printouts_name_an_own_category_and_use_its_colour(wb):
    from fasilitaattori.documents import collect
    from fasilitaattori.documents.run_sheet import build_run_sheet

    ws = _workshop(wb)
    own = categories.add_category(wb, "Kävelykokous", "#2266aa", "presentation")
    agenda.add_item(wb, ws.id, title="Kävellen", duration_min=30, category=own.id)
    [row] = collect.agenda_rows(wb, ws.id)
    assert (row.category, row.counts_as) == ("Kävelykokous", "presentation")
    [day] = collect.timeline_days(wb, ws.id)
    assert [(b.category, b.colour) for b in day.boxes] == [("Kävelykokous", "#2266aa")]
    assert build_run_sheet(collect.workshop_facts(wb, ws.id), collect.agenda_rows(wb, ws.id))[:4] == b"%PDF"
