"""Notes of parallel groups typed by keys: in live capture the track is chosen while its block
runs, in the Notes tab from the block list; each note lands on the track in the store."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fasilitaattori.core import agenda, notes, workshops
from tests.ui.test_live_mode import FakeClock

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def setup(wb, qapp):
    from fasilitaattori.ui.context import UiContext

    ws = workshops.create_workshop(wb, title="Kehittämispäivä", start_time="09:00", end_time="12:00")
    start = agenda.add_item(wb, ws.id, title="Aloitus", duration_min=30)
    groups = agenda.add_item(wb, ws.id, title="Ryhmätyö", duration_min=60)
    a = agenda.add_track(wb, groups.id, title="Ryhmä A: Ideointi")
    b = agenda.add_track(wb, groups.id, title="Ryhmä B: Learning Cafe")
    ctx = UiContext(wb)
    ctx.select_workshop(ws.id)
    yield ctx, ws, (start, groups), (a, b)
    ctx.undo_stack.clear()


def _live(ctx, ws, qtbot, clock):
    from fasilitaattori.ui.live_mode import LiveMode

    screen = LiveMode(ctx, ws.id, now=clock)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    screen.note_edit.setFocus()
    return screen


def _type_note(qtbot, screen, text):
    qtbot.keyClick(screen, Qt.Key.Key_N, ALT)  # back to the note box
    assert QApplication.focusWidget() is screen.note_edit
    qtbot.keyClicks(screen.note_edit, text)
    qtbot.keyClick(screen.note_edit, Qt.Key.Key_Return)


def test_live_capture_saves_a_note_to_the_track_chosen_by_keys(setup, qtbot):
    ctx, ws, (start, groups), (a, b) = setup
    clock = FakeClock(datetime(2026, 3, 10, 9, 10))  # the opening runs: it has no tracks
    screen = _live(ctx, ws, qtbot, clock)
    assert screen.track_box.isHidden()
    _type_note(qtbot, screen, "Aloituksen kysymys")

    clock.moment = datetime(2026, 3, 10, 9, 40)  # the group work runs as two tracks
    screen.tick()
    assert not screen.track_box.isHidden()
    assert [screen.track_box.itemText(i) for i in range(screen.track_box.count())] == [
        "Ryhmätyö", "  ↳ Ryhmä A: Ideointi", "  ↳ Ryhmä B: Learning Cafe"]
    _type_note(qtbot, screen, "Koko ryhman havainto")  # by default the block itself

    qtbot.keyClick(screen, Qt.Key.Key_P, ALT)  # "Parallel track:"
    assert QApplication.focusWidget() is screen.track_box
    qtbot.keyClick(screen.track_box, Qt.Key.Key_Down)
    qtbot.keyClick(screen.track_box, Qt.Key.Key_Down)
    _type_note(qtbot, screen, "B:n idea")
    _type_note(qtbot, screen, "B:n toinen idea")  # the choice stays for the next note of the group
    assert "Ryhmätyö ↳ Ryhmä B: Learning Cafe" in screen.saved_label.text()
    assert [screen.recent.item(i).text() for i in range(screen.recent.count())] == [
        "Idea: B:n toinen idea", "Idea: B:n idea"]

    saved = [(n.text, n.agenda_item_id) for n in notes.list_notes(ctx.wb, ws.id)]
    assert saved == [("Aloituksen kysymys", start.id), ("Koko ryhman havainto", groups.id),
                     ("B:n idea", b.id), ("B:n toinen idea", b.id)]


def test_notes_tab_adds_a_note_to_a_track_chosen_by_keys(setup, qtbot):
    from fasilitaattori.ui.notes_tab import NotesTab

    ctx, ws, (_start, groups), (a, _b) = setup
    tab = NotesTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    box = tab.block_filter
    assert [box.itemText(i) for i in range(box.count())] == [
        "All blocks", "Without a block", "Aloitus", "Ryhmätyö", "  ↳ Ryhmä A: Ideointi",
        "  ↳ Ryhmä B: Learning Cafe"]
    box.setFocus()
    for _ in range(4):  # All blocks -> Without a block -> Aloitus -> Ryhmätyö -> Ryhmä A
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentData() == a.id
    assert tab.target_label.text() == "Goes to: Ryhmä A: Ideointi · Idea"
    tab.new_edit.setFocus()
    qtbot.keyClicks(tab.new_edit, "Kirjasto auki iltaisin")
    qtbot.keyClick(tab.new_edit, Qt.Key.Key_Return)
    saved = [(n.text, n.agenda_item_id) for n in notes.list_notes(ctx.wb, ws.id)]
    assert saved == [("Kirjasto auki iltaisin", a.id)]
    # Listed under the track, which the block column names with its block.
    assert [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())] == ["Ryhmätyö ↳ Ryhmä A: Ideointi"]

    # The move list offers the tracks too: the note goes back to the block itself.
    tab.block_filter.setFocus()
    qtbot.keyClick(tab.block_filter, Qt.Key.Key_Home)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Home)
    tab.move_target.setFocus()
    qtbot.keyClicks(tab.move_target, "Ryhm")  # the first item that begins so: the block itself
    qtbot.mouseClick(tab.move_button, Qt.MouseButton.LeftButton)
    assert [n.agenda_item_id for n in notes.list_notes(ctx.wb, ws.id)] == [groups.id]


def test_photos_tab_attaches_a_photo_to_a_track_chosen_by_keys(setup, qtbot, tmp_path):
    from fasilitaattori.core import photos
    from fasilitaattori.ui.photos_tab import PhotosTab
    from tests.ui.test_photos_tab import make_image

    ctx, ws, _blocks, (_a, b) = setup
    photo = photos.add_photo(ctx.wb, ws.id, make_image(tmp_path / "flappi.png", "orange"), caption="Fläppi")
    tab = PhotosTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitExposed(tab)
    tab.grid.setFocus()
    qtbot.keyClick(tab.grid, Qt.Key.Key_Home)  # the photo is chosen
    assert tab.photo_id == photo.id
    box = tab.block_box
    assert [box.itemText(i) for i in range(box.count())] == [
        "No block", "Aloitus", "Ryhmätyö", "  ↳ Ryhmä A: Ideointi", "  ↳ Ryhmä B: Learning Cafe"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_End)
    assert photos.photos.get(ctx.wb, photo.id).agenda_item_id == b.id
    assert tab.grid.item(0).text() == "Fläppi\nRyhmätyö ↳ Ryhmä B: Learning Cafe"
