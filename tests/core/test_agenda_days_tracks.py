"""A two-day training planned through core: days with their own start, a parallel round, a pinned lunch."""

from __future__ import annotations

import pytest

from fasilitaattori.core import agenda, workshops
from fasilitaattori.errors import ValidationError


def _training(wb):
    ws = workshops.create_workshop(wb, title="Verkostokoulutus", date="2026-03-10",
                                   start_time="09:00", end_time="16:00")
    agenda.set_days(wb, ws.id, 2)
    agenda.set_day_start(wb, ws.id, 2, "08:30")
    agenda.add_item(wb, ws.id, title="Aloitus", duration_min=30, category="intro")
    cafe = agenda.add_item(wb, ws.id, title="Learning Cafe", duration_min=60, category="exercise")
    lunch = agenda.add_item(wb, ws.id, title="Lounas", duration_min=45, category="break", pinned_start="12:00")
    agenda.add_item(wb, ws.id, title="Purku", duration_min=45, category="discussion")
    agenda.add_item(wb, ws.id, title="Aamukahvit", duration_min=30, category="break", day=2)
    agenda.add_item(wb, ws.id, title="Oma suunnitelma", duration_min=90, day=2, leader="Anna", room="Sali 2")
    t1 = agenda.add_track(wb, cafe.id, title="Pöytä 1: palvelupolku", leader="Anna", room="Sali 1",
                          materials="Fläppi")
    t2 = agenda.add_track(wb, cafe.id, title="Pöytä 2: kumppanit", leader="Mikko", room="Sali 2")
    return ws, cafe, lunch, (t1, t2)


def test_two_days_each_start_at_their_own_time(wb):
    ws, cafe, lunch, _tracks = _training(wb)
    plan = agenda.schedule(wb, ws.id)
    assert [(d.number, d.date, d.start) for d in plan.days] == [(1, "2026-03-10", "09:00"), (2, "2026-03-11", "08:30")]
    assert [(s.day, s.item.title, s.start, s.end) for s in plan.items] == [
        (1, "Aloitus", "09:00", "09:30"), (1, "Learning Cafe", "09:30", "10:30"),
        (1, "Lounas", "12:00", "12:45"), (1, "Purku", "12:45", "13:30"),
        (2, "Aamukahvit", "08:30", "09:00"), (2, "Oma suunnitelma", "09:00", "10:30")]
    assert plan.days[1].planned_end == "10:30"
    assert [i.title for i in agenda.list_agenda(wb, ws.id)] == [
        "Aloitus", "Learning Cafe", "Lounas", "Purku", "Aamukahvit", "Oma suunnitelma"]


def test_tracks_run_side_by_side_in_their_block_and_a_long_one_is_reported(wb):
    ws, cafe, _lunch, (t1, t2) = _training(wb)
    row = next(s for s in agenda.schedule(wb, ws.id).items if s.item.id == cafe.id)
    assert [(t.item.title, t.item.leader, t.item.room, t.start, t.end) for t in row.tracks] == [
        ("Pöytä 1: palvelupolku", "Anna", "Sali 1", "09:30", "10:30"),
        ("Pöytä 2: kumppanit", "Mikko", "Sali 2", "09:30", "10:30")]
    agenda.agenda_items.update(wb, t2.id, duration_min=75)
    plan = agenda.schedule(wb, ws.id)
    assert [(w.kind, w.title, w.minutes) for w in plan.warnings] == [("track_over", "Pöytä 2: kumppanit", 15)]
    # The round merges back: the block after it starts at the end of the slot, not of the long track.
    assert next(s for s in plan.items if s.item.title == "Lounas").start == "12:00"
    with pytest.raises(ValidationError):
        agenda.add_track(wb, t1.id, title="Alapöytä")


def test_a_pinned_lunch_shows_slack_and_overrun_but_never_moves(wb):
    ws, cafe, lunch, _tracks = _training(wb)
    plan = agenda.schedule(wb, ws.id)
    assert next(s for s in plan.items if s.item.id == lunch.id).slack_min == 90
    assert plan.warnings == ()
    agenda.agenda_items.update(wb, cafe.id, duration_min=170)
    plan = agenda.schedule(wb, ws.id)
    row = next(s for s in plan.items if s.item.id == lunch.id)
    assert (row.start, row.slack_min) == ("12:00", -20)
    assert [(w.kind, w.title, w.minutes) for w in plan.warnings] == [("pin_overrun", "Lounas", 20)]
    # Moving the pinned lunch to the start of the day keeps its time; the others go after it.
    agenda.move_item(wb, lunch.id, 0)
    plan = agenda.schedule(wb, ws.id)
    assert [(s.item.title, s.start) for s in plan.items if s.day == 1] == [
        ("Lounas", "12:00"), ("Aloitus", "12:45"), ("Learning Cafe", "13:15"), ("Purku", "16:05")]
    assert [(w.kind, w.minutes) for w in plan.warnings] == [("past_end", 50)]
    assert plan.overrun_min == 50


def test_a_block_moves_to_another_day_with_its_tracks(wb):
    ws, cafe, _lunch, (t1, t2) = _training(wb)
    agenda.move_item(wb, cafe.id, 1, day=2)
    plan = agenda.schedule(wb, ws.id)
    assert [(s.item.title, s.start) for s in plan.items if s.day == 2] == [
        ("Aamukahvit", "08:30"), ("Learning Cafe", "09:00"), ("Oma suunnitelma", "10:00")]
    assert {agenda.agenda_items.get(wb, t.id).day for t in (t1, t2)} == {2}
    agenda.move_item(wb, t2.id, 0)
    assert [t.title for t in agenda.list_tracks(wb, cafe.id)] == ["Pöytä 2: kumppanit", "Pöytä 1: palvelupolku"]


def test_days_with_blocks_are_not_taken_away_and_bad_times_are_refused(wb):
    ws, *_ = _training(wb)
    with pytest.raises(ValidationError, match="Day 2 still has blocks"):
        agenda.set_days(wb, ws.id, 1)
    with pytest.raises(ValidationError, match="no day 3"):
        agenda.add_item(wb, ws.id, title="X", day=3)
    with pytest.raises(ValidationError):
        agenda.set_day_start(wb, ws.id, 2, "8.30x")
    with pytest.raises(ValidationError):
        agenda.add_item(wb, ws.id, title="X", pinned_start="25:00")
    assert workshops.workshops.get(wb, ws.id).day_starts == "08:30"
    assert len(agenda.list_agenda(wb, ws.id)) == 6


def test_deleting_a_block_deletes_its_tracks_and_undo_brings_them_back(wb):
    ws, cafe, _lunch, (t1, t2) = _training(wb)
    assert agenda.packing_list(wb, ws.id) == [("Fläppi", ["Pöytä 1: palvelupolku"])]
    agenda.agenda_items.delete(wb, cafe.id)
    assert agenda.agenda_items.list(wb, workshop_id=ws.id, track_of=cafe.id) == []
    assert agenda.packing_list(wb, ws.id) == []
    agenda.agenda_items.restore(wb, cafe.id)
    assert len(agenda.list_tracks(wb, cafe.id)) == 2


def test_a_copy_of_the_training_keeps_days_tracks_and_pins(wb):
    ws, cafe, lunch, _tracks = _training(wb)
    copy = workshops.copy_workshop(wb, ws.id, title="Kopio")
    plan = agenda.schedule(wb, copy.id)
    assert [(s.day, s.item.title, s.start) for s in plan.items] == [
        (s.day, s.item.title, s.start) for s in agenda.schedule(wb, ws.id).items]
    copied_cafe = next(s for s in plan.items if s.item.title == "Learning Cafe")
    assert copied_cafe.item.id != cafe.id and len(copied_cafe.tracks) == 2
    assert next(s for s in plan.items if s.item.title == "Lounas").item.pinned_start == "12:00"


def test_the_time_balance_counts_presentation_own_work_and_breaks(wb):
    ws, cafe, _lunch, _tracks = _training(wb)
    balance = agenda.time_balance(agenda.schedule(wb, ws.id))
    # Aloitus 30 (intro); Learning Cafe 60, Purku 45, Oma suunnitelma 90; Lounas 45, Aamukahvit 30.
    assert (balance.presentation, balance.own_work, balance.breaks) == (30, 195, 75)
    assert not balance.own_work_low
    agenda.add_item(wb, ws.id, title="Luento", duration_min=400, category="presentation")
    assert agenda.time_balance(agenda.schedule(wb, ws.id)).own_work_low  # 195 of 625 minutes


def test_a_block_saved_to_my_blocks_goes_into_another_workshop(wb):
    from fasilitaattori.core import methods

    ws, cafe, _lunch, (t1, _t2) = _training(wb)
    agenda.agenda_items.update(wb, t1.id, instructions="Kierrä pöydät 20 minuutin välein.", category="discussion")
    saved = agenda.save_to_my_blocks(wb, t1.id)
    mine = methods.find_methods(wb, language="fi", tag="omat ohjelmakohdat")
    assert [m.id for m in mine] == [saved.id] and not saved.builtin
    other = workshops.create_workshop(wb, title="Toinen")
    block = agenda.add_from_method(wb, other.id, saved.id)
    assert (block.title, block.instructions, block.materials, block.category, block.duration_min) == (
        "Pöytä 1: palvelupolku", "Kierrä pöydät 20 minuutin välein.", "Fläppi", "discussion", 60)


def test_live_capture_follows_the_day_of_the_date(wb):
    from datetime import datetime

    from fasilitaattori.core import live

    ws, *_ = _training(wb)
    on_day_2 = live.live_state(wb, ws.id, datetime(2026, 3, 11, 9, 40))
    assert on_day_2.current is not None and on_day_2.current.item.title == "Oma suunnitelma"
    on_day_1 = live.live_state(wb, ws.id, datetime(2026, 3, 10, 9, 40))
    assert on_day_1.current is not None and on_day_1.current.item.title == "Learning Cafe"
    edit = live.start_now(wb, ws.id, datetime(2026, 3, 11, 8, 35))
    assert agenda.agenda_items.get(wb, edit.block_id).title == "Aamukahvit"
