"""The Agenda tab with days, parallel tracks and fixed times, typed as a person types."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fasilitaattori.core.agenda import agenda_items, list_agenda, list_tracks, schedule
from fasilitaattori.core.workshops import list_workshops, workshops
from fasilitaattori.ui.agenda_model import AgendaModel


@pytest.fixture
def agenda(window):
    first = list_workshops(window.ctx.wb)[0]
    window.ctx.select_workshop(first.id)
    tab = window.show_tab("agenda")
    tab.workshop = first
    return tab


def _type_over(qtbot, edit, text):
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_typing_a_fixed_time_pins_the_block_and_shows_its_slack(agenda, qtbot, window):
    wb, wid = agenda.ctx.wb, agenda.workshop.id
    blocks = list_agenda(wb, wid)
    agenda.select_row(3)
    _type_over(qtbot, agenda.editor.pinned.edit, "11.30")
    assert agenda_items.get(wb, blocks[3].id).pinned_start == "11:30"
    row = schedule(wb, wid).items[3]
    assert row.start == "11:30" and row.slack_min > 0
    assert agenda.model.index(3, AgendaModel.TIME).data().startswith("11:30")
    assert str(row.slack_min) in agenda.model.index(3, AgendaModel.FIXED).data()
    # Lengthening a block before it shows the overrun and leaves the fixed time where it is.
    agenda.select_row(0)
    agenda.edit(blocks[0].id, "duration_min", blocks[0].duration_min + row.slack_min + 10)
    assert schedule(wb, wid).items[3].start == "11:30"
    assert "⚠" in agenda.model.index(3, AgendaModel.FIXED).data()
    assert agenda.warning.isVisibleTo(agenda) and blocks[3].title in agenda.warning.text()
    # Emptying the field lets it follow the block before again.
    agenda.select_row(3)
    _type_over(qtbot, agenda.editor.pinned.edit, "")
    assert agenda_items.get(wb, blocks[3].id).pinned_start is None


def test_a_time_that_cannot_be_read_is_named_and_nothing_is_stored(agenda, qtbot):
    wb, wid = agenda.ctx.wb, agenda.workshop.id
    block = list_agenda(wb, wid)[2]
    agenda.select_row(2)
    _type_over(qtbot, agenda.editor.pinned.edit, "kello 25")
    assert agenda_items.get(wb, block.id).pinned_start is None
    assert agenda.editor.pinned.error.isVisibleTo(agenda.editor) and agenda.editor.pinned.error.text()


def test_adding_parallel_tracks_puts_them_under_their_block(agenda, qtbot, window):
    wb, wid = agenda.ctx.wb, agenda.workshop.id
    blocks = list_agenda(wb, wid)
    agenda.select_row(1)
    qtbot.mouseClick(agenda.editor.add_track_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(agenda.editor.title, "Table A")  # the new track's title is selected: typed over
    qtbot.keyClick(agenda.editor.title, Qt.Key.Key_Tab)
    _type_over(qtbot, agenda.editor.room, "Sali 2")
    agenda.select_row(1)
    qtbot.mouseClick(agenda.editor.add_track_button, Qt.MouseButton.LeftButton)
    _type_over(qtbot, agenda.editor.leader, "Mikko")
    tracks = list_tracks(wb, blocks[1].id)
    assert [(t.title, t.room, t.leader) for t in tracks] == [("Table A", "Sali 2", ""), ("Group 2", "", "Mikko")]
    assert [agenda.model.item_id(r) for r in range(1, 4)] == [blocks[1].id, tracks[0].id, tracks[1].id]
    assert "Table A" in agenda.model.index(2, AgendaModel.TITLE).data()
    assert agenda.model.index(2, AgendaModel.WHO).data() == "Sali 2"
    assert not agenda.editor.add_track_button.isVisibleTo(agenda.editor)  # a track has no tracks
    # The blocks keep their times: the tracks run in their block's slot.
    assert [i.item.id for i in schedule(wb, wid).items] == [b.id for b in blocks]
    window.undo_action.trigger()  # the leader
    window.undo_action.trigger()  # the second track
    assert [t.title for t in list_tracks(wb, blocks[1].id)] == ["Table A"]


def test_a_second_day_gets_its_heading_and_its_own_start(agenda, qtbot, window):
    wb, wid = agenda.ctx.wb, agenda.workshop.id
    blocks = list_agenda(wb, wid)
    _type_over(qtbot, agenda.days_bar.days.lineEdit(), "2")
    assert workshops.get(wb, wid).days == 2
    assert agenda.model.index(0, 0).data().startswith("Day 1")
    last = agenda.model.row_of(blocks[-1].id)
    agenda.select_row(last)
    agenda.table.setFocus()
    qtbot.keyClick(agenda.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # on to day 2
    assert agenda_items.get(wb, blocks[-1].id).day == 2
    assert agenda.model.rows[agenda.model.row_of(blocks[-1].id) - 1].block is None  # under day 2's heading
    _type_over(qtbot, agenda.days_bar.day_start.edit, "8.15")
    assert workshops.get(wb, wid).day_starts == "08:15"
    assert schedule(wb, wid).days[1].items[0].start == "08:15"
    # A day that has blocks is not taken away; the field goes back and says why.
    _type_over(qtbot, agenda.days_bar.days.lineEdit(), "1")
    assert workshops.get(wb, wid).days == 2 and agenda.days_bar.days.value() == 2
    assert "Day 2" in agenda.ctx.last_error


def test_the_time_balance_follows_the_categories(agenda, qtbot):
    wb, wid = agenda.ctx.wb, agenda.workshop.id
    text = agenda.balance.text.text()
    assert "participants' own work and discussion" in text and agenda.balance.note.isHidden()
    first = list_agenda(wb, wid)[0]
    agenda.select_row(0)
    agenda.editor.category.setFocus()
    index = agenda.editor.category.findData("presentation")
    while agenda.editor.category.currentIndex() != index:  # chosen by keys, as a person does
        qtbot.keyClick(agenda.editor.category, Qt.Key.Key_Down)
    agenda.edit(first.id, "duration_min", 600)
    assert agenda_items.get(wb, first.id).category == "presentation"
    assert "Presentation 600 min" in agenda.balance.text.text()
    assert agenda.balance.note.isVisibleTo(agenda) and "less than a third" in agenda.balance.note.text()


def test_the_category_bar_keeps_its_colour_on_the_selected_row(agenda):
    from PySide6.QtGui import QColor

    from fasilitaattori.ui.agenda_model import CATEGORY_COLOURS

    agenda.select_row(1)
    agenda.table.setFocus()
    agenda.table.viewport().repaint()
    rect = agenda.table.visualRect(agenda.model.index(1, AgendaModel.CATEGORY))
    image = agenda.table.viewport().grab().toImage()
    category = agenda.model.rows[1].block.item.category
    colour = image.pixelColor(rect.left() + 5, rect.center().y())
    assert colour == QColor(CATEGORY_COLOURS[category])
    assert agenda.model.index(1, AgendaModel.CATEGORY).data()  # and its word beside it


def test_a_block_saved_to_my_blocks_is_added_to_another_workshop(agenda, qtbot, window):
    from fasilitaattori.core.methods import find_methods

    wb = agenda.ctx.wb
    block = list_agenda(wb, agenda.workshop.id)[1]
    agenda.select_row(1)
    qtbot.mouseClick(agenda.editor.save_button, Qt.MouseButton.LeftButton)
    mine, = find_methods(wb, tag="omat ohjelmakohdat")
    assert (mine.name, mine.steps, mine.builtin) == (block.title, block.instructions, False)
    assert "My blocks" in agenda.editor.saved.text()
    other = list_workshops(wb)[-1]
    window.ctx.select_workshop(other.id)
    agenda.select_row(1)
    added = agenda.add_method(mine.id)
    assert agenda_items.get(wb, added).title == block.title and agenda_items.get(wb, added).workshop_id == other.id


def test_each_workshop_chooses_the_agendas_optional_columns(agenda, window):
    wb, wid = agenda.ctx.wb, agenda.workshop.id
    menu = agenda.days_bar.column_actions
    assert agenda.model.headerData(AgendaModel.WHO, Qt.Orientation.Horizontal) == "Who leads, where"
    menu["materials"].trigger()  # chosen from the Columns menu
    menu["who"].trigger()
    assert workshops.get(wb, wid).agenda_columns == "materials"
    headers = [agenda.model.headerData(c, Qt.Orientation.Horizontal) for c in range(agenda.model.columnCount())]
    assert headers[-1] == "Materials" and "Who leads, where" not in headers
    block = next(i for i in list_agenda(wb, wid) if i.materials)
    row = agenda.model.row_of(block.id)
    assert agenda.model.index(row, AgendaModel.FIXED + 1).data().split(", ")[0] in block.materials
    other = list_workshops(wb)[1]
    window.ctx.select_workshop(other.id)
    assert agenda.model.optional == ("who",)  # the other workshop keeps its own
    window.ctx.select_workshop(wid)
    window.undo_action.trigger()
    assert workshops.get(wb, wid).agenda_columns == "who,materials"
