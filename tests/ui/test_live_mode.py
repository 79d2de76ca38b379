"""Live capture driven by keys: notes go to the running block with their kind and group."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMenu

from fasilitaattori.core import agenda, notes, workshops


class FakeClock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def setup(wb, qapp):
    from fasilitaattori.ui.context import UiContext

    ws = workshops.create_workshop(wb, title="Vaikuttamisen työpaja", start_time="09:30", end_time="12:00")
    blocks = [agenda.add_item(wb, ws.id, title=t, duration_min=m)
              for t, m in (("Aloituskierros", 20), ("Dialogi", 40), ("Palautekierros", 15))]
    ctx = UiContext(wb)
    ctx.select_workshop(ws.id)
    yield ctx, ws, blocks
    ctx.undo_stack.clear()


@pytest.fixture
def live(setup, qtbot):
    from fasilitaattori.ui.live_mode import LiveMode

    ctx, ws, _ = setup
    clock = FakeClock(datetime(2026, 3, 10, 10, 0))
    screen = LiveMode(ctx, ws.id, now=clock)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    screen.note_edit.setFocus()
    screen.clock = clock
    return screen


def test_shows_the_running_block_time_left_and_the_next(live, setup):
    assert live.block_label.text() == "Dialogi"
    assert live.remaining_label.text() == "30 min left"
    assert "Palautekierros" in live.next_label.text() and "10:30" in live.next_label.text()


def test_enter_saves_the_note_to_the_running_block_with_kind_and_group(live, setup, qtbot):
    ctx, ws, blocks = setup
    qtbot.keyClick(live.note_edit, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert live.kind == "development_need"
    assert "Development need" in live.kind_label.text()  # said in words, not only by a pressed button
    live.group_edit.setFocus()
    qtbot.keyClicks(live.group_edit, "Table 2")
    live.note_edit.setFocus()
    qtbot.keyClicks(live.note_edit, "Service path is too long")
    qtbot.keyClick(live.note_edit, Qt.Key.Key_Return)
    saved = notes.list_notes(ctx.wb, ws.id)
    assert [(n.text, n.kind, n.group_label, n.agenda_item_id) for n in saved] == [
        ("Service path is too long", "development_need", "Table 2", blocks[1].id)]
    assert live.note_edit.text() == ""
    # The group label and kind stay for the next note; Alt+2 chooses "quote".
    qtbot.keyClick(live.note_edit, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert live.kind == "quote"
    qtbot.keyClicks(live.note_edit, "Together we get more done")
    qtbot.keyClick(live.note_edit, Qt.Key.Key_Enter)
    second = notes.list_notes(ctx.wb, ws.id)[1]
    assert (second.kind, second.group_label, second.agenda_item_id) == ("quote", "Table 2", blocks[1].id)
    assert live.recent.count() == 2 and "Together we get more done" in live.recent.item(0).text()
    # Undo removes the last note from the store.
    ctx.undo_stack.undo()
    assert notes.count_notes(ctx.wb, ws.id) == 1


def test_an_empty_note_is_not_saved(live, setup, qtbot):
    ctx, ws, _ = setup
    qtbot.keyClicks(live.note_edit, "   ")
    qtbot.keyClick(live.note_edit, Qt.Key.Key_Return)
    assert notes.count_notes(ctx.wb, ws.id) == 0


def test_notes_follow_the_clock_to_the_next_block(live, setup, qtbot):
    ctx, ws, blocks = setup
    live.clock.moment = datetime(2026, 3, 10, 10, 31)
    live.tick()
    assert live.block_label.text() == "Palautekierros"
    qtbot.keyClicks(live.note_edit, "Good day")
    qtbot.keyClick(live.note_edit, Qt.Key.Key_Return)
    assert notes.list_notes(ctx.wb, ws.id)[0].agenda_item_id == blocks[2].id


def test_plus_five_gives_the_running_block_time_and_the_plan_stays(live, setup, qtbot):
    ctx, ws, blocks = setup
    qtbot.mouseClick(live.extend_button, Qt.MouseButton.LeftButton)
    assert agenda.agenda_items.get(ctx.wb, blocks[1].id).duration_min == 40  # the plan stays
    assert agenda.agenda_items.get(ctx.wb, blocks[1].id).live_extra_min == 5
    assert live.remaining_label.text() == "35 min left"
    assert "10:35" in live.next_label.text()
    qtbot.keyClick(live.note_edit, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(live.note_edit, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert live.remaining_label.text() == "25 min left"
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    block = agenda.agenda_items.get(ctx.wb, blocks[1].id)
    assert (block.duration_min, block.live_extra_min, block.actual_start) == (40, 0, None)
    assert live.remaining_label.text() == "30 min left"


def test_started_late_the_facilitator_leads_notes_follow_and_the_summary_shows_both(live, setup, qtbot):
    """A quarter of an hour late: Start now, notes on the opening round even after its planned
    end, Next block; the plan stays, the actual times are stored and printed beside it."""
    from fasilitaattori.documents.kinds import build_document
    from fasilitaattori.ui.i18n import install_language
    from tests.documents.pdftools import text

    install_language("fi")
    ctx, ws, blocks = setup
    live.clock.moment = datetime(2026, 3, 10, 9, 45)
    live.tick()
    assert live.block_label.text() == "Aloituskierros"  # by the plan's clock, 15 min in
    qtbot.keyClick(live.note_edit, Qt.Key.Key_F5)  # Start now
    assert live.remaining_label.text() == "20 min jäljellä"
    live.clock.moment = datetime(2026, 3, 10, 10, 3)  # by the plan, the dialogue would be running
    live.tick()
    assert live.block_label.text() == "Aloituskierros"
    qtbot.keyClicks(live.note_edit, "Kierros tehtiin")
    qtbot.keyClick(live.note_edit, Qt.Key.Key_Return)
    live.clock.moment = datetime(2026, 3, 10, 10, 8)
    live.tick()
    assert live.remaining_label.text() == "3 min yli"
    qtbot.keyClick(live.note_edit, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # Next block
    assert live.block_label.text() == "Dialogi" and live.remaining_label.text() == "40 min jäljellä"
    assert "10.48" in live.next_label.text()
    qtbot.keyClick(live.note_edit, Qt.Key.Key_F5)  # pressed again by mistake: the run goes on
    assert agenda.agenda_items.get(ctx.wb, blocks[0].id).actual_start == "09:45"
    qtbot.keyClicks(live.note_edit, "Liikenne huolettaa")
    qtbot.keyClick(live.note_edit, Qt.Key.Key_Return)
    live.clock.moment = datetime(2026, 3, 10, 10, 50)
    qtbot.mouseClick(live.next_button, Qt.MouseButton.LeftButton)
    live.clock.moment = datetime(2026, 3, 10, 11, 4)
    qtbot.mouseClick(live.next_button, Qt.MouseButton.LeftButton)
    assert not live.next_button.isEnabled()

    saved = {n.text: n.agenda_item_id for n in notes.list_notes(ctx.wb, ws.id)}
    assert saved == {"Kierros tehtiin": blocks[0].id, "Liikenne huolettaa": blocks[1].id}
    rows = agenda.list_agenda(ctx.wb, ws.id)
    assert [r.duration_min for r in rows] == [20, 40, 15]  # the plan is what it was
    assert workshops.workshops.get(ctx.wb, ws.id).start_time == "09:30"
    assert [(r.actual_start, r.actual_end) for r in rows] == [("09:45", "10:08"), ("10:08", "10:50"),
                                                                ("10:50", "11:04")]
    pdf = text(build_document(ctx.wb, "summary", ws.id))
    assert "Suunniteltu klo" in pdf and "Toteutunut klo" in pdf
    assert "9.30–9.50" in pdf and "9.45–10.08" in pdf and "10.50–11.04" in pdf


def test_before_the_start_notes_go_to_the_workshop_and_plus_five_is_off(live, setup, qtbot):
    ctx, ws, _ = setup
    live.clock.moment = datetime(2026, 3, 10, 8, 0)
    live.tick()
    assert not live.extend_button.isEnabled()
    assert "Aloituskierros" in live.next_label.text()
    qtbot.keyClicks(live.note_edit, "Early idea")
    qtbot.keyClick(live.note_edit, Qt.Key.Key_Return)
    assert notes.list_notes(ctx.wb, ws.id)[0].agenda_item_id is None


def test_escape_leaves_and_keeps_a_half_typed_note(live, setup, qtbot):
    ctx, ws, blocks = setup
    qtbot.keyClicks(live.note_edit, "Last words before the break")
    with qtbot.waitSignal(live.closed, timeout=1000):
        qtbot.keyClick(live.note_edit, Qt.Key.Key_Escape)
    assert not live.isVisible()
    assert [(n.text, n.agenda_item_id) for n in notes.list_notes(ctx.wb, ws.id)] == [
        ("Last words before the break", blocks[1].id)]


def test_f5_in_the_workshop_menu_opens_live_capture(setup, qtbot):
    from fasilitaattori.ui.live_mode import LiveMode
    from fasilitaattori.ui.window_actions import install_all

    ctx, ws, _ = setup
    window = QMainWindow()
    qtbot.addWidget(window)
    menus: dict[str, QMenu] = {}

    def menu(name: str) -> QMenu:
        if name not in menus:
            menus[name] = window.menuBar().addMenu(name)
        return menus[name]

    actions = install_all(window, ctx, menu)
    live_action = next(a for a in actions if a.objectName() == "liveCaptureAction")
    assert live_action.shortcut().toString() == "F5" and live_action in menus["workshop"].actions()
    window.show()
    qtbot.waitExposed(window)
    live_action.trigger()
    screens = window.findChildren(LiveMode)
    assert len(screens) == 1 and screens[0].workshop_id == ws.id and screens[0].isVisible()
    qtbot.waitExposed(screens[0])
    screens[0].activateWindow()
    qtbot.waitUntil(lambda: screens[0].isActiveWindow())
    qtbot.keyClick(screens[0].note_edit, Qt.Key.Key_F5)  # in live capture, F5 starts the workshop now
    assert len(window.findChildren(LiveMode)) == 1
    assert agenda.list_agenda(ctx.wb, ws.id)[0].actual_start is not None
    screens[0].close()


def test_undo_button_takes_back_the_last_note(live, setup, qtbot):
    ctx, ws, _ = setup
    assert not live.undo_button.isEnabled()
    qtbot.keyClicks(live.note_edit, "Wrong note")
    qtbot.keyClick(live.note_edit, Qt.Key.Key_Return)
    assert live.undo_button.isEnabled() and live.recent.count() == 1
    qtbot.mouseClick(live.undo_button, Qt.MouseButton.LeftButton)
    assert notes.count_notes(ctx.wb, ws.id) == 0 and live.recent.count() == 0
    assert live.note_edit.hasFocus()


def test_a_workshop_planned_for_another_day_says_so(setup, qtbot):
    from fasilitaattori.ui.live_mode import LiveMode

    ctx, ws, _ = setup
    workshops.workshops.update(ctx.wb, ws.id, date="2026-05-19")
    screen = LiveMode(ctx, ws.id, now=FakeClock(datetime(2026, 3, 10, 10, 0)))
    qtbot.addWidget(screen)
    assert "19 May 2026" in screen.date_warning.text() and not screen.date_warning.isHidden()  # the language's form
    workshops.workshops.update(ctx.wb, ws.id, date="2026-03-10")
    screen.reload()
    assert screen.date_warning.isHidden()


def test_enter_in_the_group_moves_on_to_the_note(live, setup, qtbot):
    ctx, ws, blocks = setup
    qtbot.keyClick(live.note_edit, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # the group's Alt letter
    qtbot.waitUntil(live.group_edit.hasFocus)
    qtbot.keyClicks(live.group_edit, "Table 4")
    qtbot.keyClick(live.group_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(live.note_edit.hasFocus)
    qtbot.keyClicks(live.note_edit, "Buses on Sundays")
    qtbot.keyClick(live.note_edit, Qt.Key.Key_Return)
    saved = notes.list_notes(ctx.wb, ws.id)
    assert [(n.text, n.group_label, n.agenda_item_id) for n in saved] == [("Buses on Sundays", "Table 4", blocks[1].id)]
