"""Live capture: the running block at a given time, time left, +5 min and the next block."""

from __future__ import annotations

from datetime import datetime

import pytest

from fasilitaattori.core import agenda, workshops
from fasilitaattori.core.live import extend_running, live_state
from fasilitaattori.errors import ValidationError


@pytest.fixture
def plan(wb):
    ws = workshops.create_workshop(wb, title="Työpaja", start_time="09:30", end_time="12:00")
    blocks = [agenda.add_item(wb, ws.id, title=t, duration_min=m)
              for t, m in (("Aloitus", 20), ("Tauko ilman aikaa", 0), ("Dialogi", 40), ("Lopetus", 15))]
    return ws, blocks


def at(hh: int, mm: int, ss: int = 0) -> datetime:
    return datetime(2026, 3, 10, hh, mm, ss)


def test_before_the_start_the_first_block_is_next(wb, plan):
    ws, blocks = plan
    state = live_state(wb, ws.id, at(9, 0))
    assert state.current is None and state.before_start
    assert state.next is not None and state.next.item.id == blocks[0].id


def test_the_running_block_its_time_left_and_the_next(wb, plan):
    ws, blocks = plan
    state = live_state(wb, ws.id, at(9, 49, 30))
    assert state.current is not None and state.current.item.title == "Aloitus"
    assert state.remaining_sec == 30 and state.remaining_min == 1
    # A block of zero minutes never runs: the next one after the start is the dialogue.
    assert state.next is not None and state.next.item.title == "Tauko ilman aikaa"
    state = live_state(wb, ws.id, at(9, 50))
    assert state.current is not None and state.current.item.title == "Dialogi"
    assert state.remaining_min == 40 and state.next is not None and state.next.item.title == "Lopetus"
    last = live_state(wb, ws.id, at(10, 40))
    assert last.current is not None and last.current.item.title == "Lopetus" and last.next is None


def test_after_the_plan_nothing_runs(wb, plan):
    ws, _ = plan
    state = live_state(wb, ws.id, at(10, 45))
    assert state.current is None and state.after_end and state.next is None


def test_plus_five_lengthens_the_running_block_and_shifts_the_rest(wb, plan):
    ws, blocks = plan
    item_id = extend_running(wb, ws.id, at(9, 45))
    assert item_id == blocks[0].id
    assert agenda.agenda_items.get(wb, item_id).duration_min == 25
    state = live_state(wb, ws.id, at(9, 52))
    assert state.current is not None and state.current.item.title == "Aloitus"
    assert state.remaining_min == 3
    assert agenda.schedule(wb, ws.id).items[2].start == "09:55"


def test_plus_five_with_nothing_running_says_so_and_changes_nothing(wb, plan):
    ws, blocks = plan
    with pytest.raises(ValidationError, match="No block is running"):
        extend_running(wb, ws.id, at(8, 0))
    assert [i.duration_min for i in agenda.list_agenda(wb, ws.id)] == [20, 0, 40, 15]


def test_a_workshop_without_agenda_has_no_running_block(wb):
    ws = workshops.create_workshop(wb, title="Tyhjä")
    state = live_state(wb, ws.id, at(10, 0))
    assert state.current is None and state.next is None
