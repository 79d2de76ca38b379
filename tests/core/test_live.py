"""Live capture: the running block at a given time, time left, +5 min and the next block."""

from __future__ import annotations

from datetime import datetime

import pytest

from fasilitaattori.core import agenda, workshops
from fasilitaattori.core.live import apply_times, extend_running, live_state, next_block, start_now
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


def durations(wb, ws):
    return [i.duration_min for i in agenda.list_agenda(wb, ws.id)]


def test_plus_five_gives_the_running_block_time_without_changing_the_plan(wb, plan):
    ws, blocks = plan
    edit = extend_running(wb, ws.id, at(9, 45))
    assert edit.block_id == blocks[0].id
    assert durations(wb, ws) == [20, 0, 40, 15] and agenda.schedule(wb, ws.id).items[2].start == "09:50"
    block = agenda.agenda_items.get(wb, blocks[0].id)
    assert (block.actual_start, block.live_extra_min) == ("09:30", 5)  # as the clock had it running
    state = live_state(wb, ws.id, at(9, 52))
    assert state.current is not None and state.current.item.title == "Aloitus"
    assert state.remaining_min == 3 and state.next_start == "09:55"
    extend_running(wb, ws.id, at(9, 52), -5)
    extend_running(wb, ws.id, at(9, 52), -5)
    state = live_state(wb, ws.id, at(9, 52))
    assert state.remaining_sec < 0 and state.over_min == 7  # ran over: said, not hidden
    assert agenda.agenda_items.get(wb, blocks[0].id).live_extra_min == -5


def test_started_late_the_facilitator_leads_and_the_plan_stays(wb, plan):
    ws, blocks = plan
    start_now(wb, ws.id, at(9, 45))  # a quarter of an hour late
    state = live_state(wb, ws.id, at(10, 0))
    assert state.current is not None and state.current.item.id == blocks[0].id  # not the dialogue
    assert state.remaining_min == 5 and state.next_start == "10:05"
    state = live_state(wb, ws.id, at(10, 10))
    assert state.current.item.id == blocks[0].id and state.over_min == 5  # still on it until "Next"
    edit = next_block(wb, ws.id, at(10, 10))
    assert edit.block_id == blocks[1].id
    next_block(wb, ws.id, at(10, 11))
    state = live_state(wb, ws.id, at(10, 30))
    assert state.current.item.title == "Dialogi" and state.remaining_min == 21
    rows = agenda.list_agenda(wb, ws.id)
    assert [(r.actual_start, r.actual_end) for r in rows] == [
        ("09:45", "10:10"), ("10:10", "10:11"), ("10:11", None), (None, None)]
    assert durations(wb, ws) == [20, 0, 40, 15] and workshops.workshops.get(wb, ws.id).start_time == "09:30"
    next_block(wb, ws.id, at(10, 52))
    last = next_block(wb, ws.id, at(11, 5))
    assert last.block_id is None
    state = live_state(wb, ws.id, at(11, 6))
    assert state.after_end and state.current is None
    apply_times(wb, last.before)  # undo: the closing round runs again
    assert live_state(wb, ws.id, at(11, 6)).current.item.title == "Lopetus"
    apply_times(wb, last.after)
    with pytest.raises(ValidationError, match="ended"):
        next_block(wb, ws.id, at(11, 7))


def test_start_now_again_clears_a_rehearsal(wb, plan):
    ws, blocks = plan
    start_now(wb, ws.id, at(9, 0))
    next_block(wb, ws.id, at(9, 5))
    extend_running(wb, ws.id, at(9, 6))
    start_now(wb, ws.id, at(17, 30))
    rows = agenda.list_agenda(wb, ws.id)
    assert [(r.actual_start, r.actual_end, r.live_extra_min) for r in rows] == [
        ("17:30", None, 0), (None, None, 0), (None, None, 0), (None, None, 0)]


def test_next_block_before_the_start_starts_the_first_now(wb, plan):
    ws, blocks = plan
    edit = next_block(wb, ws.id, at(9, 0))
    assert edit.block_id == blocks[0].id and agenda.agenda_items.get(wb, blocks[0].id).actual_start == "09:00"


def test_a_copied_workshop_takes_the_plan_not_what_happened(wb, plan):
    ws, _ = plan
    start_now(wb, ws.id, at(9, 45))
    copy = workshops.copy_workshop(wb, ws.id, title="Kopio")
    assert {(r.actual_start, r.actual_end, r.live_extra_min) for r in agenda.list_agenda(wb, copy.id)} == {
        (None, None, 0)}


def test_plus_five_with_nothing_running_says_so_and_changes_nothing(wb, plan):
    ws, blocks = plan
    with pytest.raises(ValidationError, match="No block is running"):
        extend_running(wb, ws.id, at(8, 0))
    assert [i.duration_min for i in agenda.list_agenda(wb, ws.id)] == [20, 0, 40, 15]


def test_a_workshop_without_agenda_has_no_running_block(wb):
    ws = workshops.create_workshop(wb, title="Tyhjä")
    state = live_state(wb, ws.id, at(10, 0))
    assert state.current is None and state.next is None
