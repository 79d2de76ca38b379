"""The Agenda tab on the demo store: clock times, add blank or from the library, edit, reorder
by keys and by dragging, remove, warning past the end time, packing list; all checked in the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication

from fasilitaattori.core.agenda import agenda_items, list_agenda, schedule
from fasilitaattori.core.methods import find_methods
from fasilitaattori.core.workshops import list_workshops, workshops
from fasilitaattori.ui.agenda_model import MIME, AgendaModel


@pytest.fixture
def agenda(window):
    first = list_workshops(window.ctx.wb)[0]
    window.ctx.select_workshop(first.id)
    tab = window.show_tab("agenda")
    tab.workshop = first
    return tab


def titles(wb, workshop_id):
    return [i.title for i in list_agenda(wb, workshop_id)]


def test_rows_show_clock_times_and_category_words(agenda):
    wb, model = agenda.ctx.wb, agenda.model
    planned = schedule(wb, agenda.workshop.id)
    assert model.rowCount() == len(planned.items) > 3
    for row, item in enumerate(planned.items):
        assert model.index(row, AgendaModel.TIME).data() == f"{item.start}–{item.end}"
        assert model.index(row, AgendaModel.TITLE).data() == item.item.title
        # colour and a word: the category is never shown by colour alone
        assert model.index(row, AgendaModel.CATEGORY).data()
        assert model.index(row, AgendaModel.CATEGORY).data(Qt.ItemDataRole.DecorationRole) is not None
    assert planned.start in agenda.summary.text() and planned.workshop_end in agenda.summary.text()


def test_add_a_blank_block_and_edit_it(agenda, qtbot, window):
    wb, wid = agenda.ctx.wb, agenda.workshop.id
    before = titles(wb, wid)
    agenda.select_row(0)
    qtbot.mouseClick(agenda.add_button, Qt.MouseButton.LeftButton)
    after = list_agenda(wb, wid)
    assert len(after) == len(before) + 1 and after[1].title == "New block"
    title = agenda.editor.title
    title.selectAll()
    qtbot.keyClicks(title, "Energizer")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    agenda.editor.duration.setValue(25)
    agenda.editor.duration.editingFinished.emit()
    agenda.editor.materials.setFocus()
    agenda.editor.materials.insertPlainText("Pallo\nMusiikki")
    agenda.editor.notes.setFocus()  # leaving the box saves it
    item = list_agenda(wb, wid)[1]
    assert (item.title, item.duration_min, item.materials) == ("Energizer", 25, "Pallo\nMusiikki")
    assert agenda.model.index(1, AgendaModel.TITLE).data() == "Energizer"
    packing = [agenda.packing.topLevelItem(i).text(0) for i in range(agenda.packing.topLevelItemCount())]
    assert "Pallo" in packing and "Musiikki" in packing
    # later blocks moved on by the new block's 25 minutes
    assert schedule(wb, wid).items[2].start == schedule(wb, wid).items[1].end
    for _ in range(4):
        window.undo_action.trigger()
    assert titles(wb, wid) == before


def test_reorder_with_alt_arrows_and_undo(agenda, qtbot, window):
    wb, wid = agenda.ctx.wb, agenda.workshop.id
    before = titles(wb, wid)
    agenda.select_row(0)
    agenda.table.setFocus()
    qtbot.keyClick(agenda.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles(wb, wid) == [before[1], before[0], *before[2:]]
    assert agenda.current_id() == list_agenda(wb, wid)[1].id  # the moved block stays chosen
    qtbot.keyClick(agenda.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles(wb, wid)[2] == before[0]
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert titles(wb, wid) == before


def test_drag_and_drop_moves_a_block(agenda):
    wb, wid = agenda.ctx.wb, agenda.workshop.id
    before = titles(wb, wid)
    model = agenda.model
    data = model.mimeData([model.index(0, AgendaModel.TITLE)])
    assert data.hasFormat(MIME)
    # dropped between the third and fourth rows
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, model.index(-1, -1)) is False
    assert titles(wb, wid) == [before[1], before[2], before[0], *before[3:]]
    foreign = QMimeData()
    foreign.setText("x")
    assert not model.dropMimeData(foreign, Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1))


def test_remove_with_delete_key_and_undo(agenda, qtbot, window):
    wb, wid = agenda.ctx.wb, agenda.workshop.id
    before = titles(wb, wid)
    agenda.select_row(1)
    agenda.table.setFocus()
    qtbot.keyClick(agenda.table, Qt.Key.Key_Delete)
    assert titles(wb, wid) == [before[0], *before[2:]]
    window.undo_action.trigger()
    assert titles(wb, wid) == before


def test_warning_when_the_plan_runs_past_the_end(agenda):
    wb, wid = agenda.ctx.wb, agenda.workshop.id
    assert agenda.warning.isHidden()
    first = list_agenda(wb, wid)[0]
    agenda.edit(first.id, "duration_min", first.duration_min + 120)
    over = schedule(wb, wid).overrun_min
    assert over > 0
    assert agenda.warning.isVisibleTo(agenda) and str(over) in agenda.warning.text()
    last = agenda.model.rowCount() - 1
    assert agenda.model.index(last, AgendaModel.TIME).data().startswith("⚠")


def test_add_from_the_library_picker(agenda, qtbot):
    wb, wid = agenda.ctx.wb, agenda.workshop.id
    before = len(list_agenda(wb, wid))
    agenda.select_row(0)
    qtbot.mouseClick(agenda.library_button, Qt.MouseButton.LeftButton)
    from fasilitaattori.ui.method_picker import MethodPickerDialog

    picker = agenda.findChild(MethodPickerDialog)
    assert picker is not None and picker.isVisible()
    qtbot.keyClicks(picker.view.search, "Kalamalja")
    picker.view.reload()
    assert [m.name for m in picker.view.methods] == ["Kalamalja"]
    qtbot.mouseClick(picker.view.add_button, Qt.MouseButton.LeftButton)
    items = list_agenda(wb, wid)
    assert len(items) == before + 1
    method = find_methods(wb, text="Kalamalja")[0]
    assert items[1].method_id == method.id and items[1].duration_min == method.duration_min
    assert picker.isVisible() and "1 method" in picker.status.text()  # open for more


def _search(qtbot, view, text):
    """Type a new search as a person does: select what is there, type over it."""
    view.search.setFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.search, text)


def test_three_methods_from_the_library_in_one_go_by_keyboard(agenda, qtbot):
    wb, wid = agenda.ctx.wb, agenda.workshop.id
    before = [i.id for i in list_agenda(wb, wid)]
    agenda.select_row(0)
    qtbot.mouseClick(agenda.library_button, Qt.MouseButton.LeftButton)
    from fasilitaattori.ui.method_picker import MethodPickerDialog

    picker = agenda.findChild(MethodPickerDialog)
    view = picker.view
    qtbot.waitUntil(lambda: QApplication.activeWindow() is picker)
    for text in ("Kalamalja", "Piste", "Dialogi"):
        _search(qtbot, view, text)
        qtbot.keyClick(view.search, Qt.Key.Key_Down)  # into the results, on the first one
        assert view.list.hasFocus() or view.list.isAncestorOf(QApplication.focusWidget())
        qtbot.keyClick(view.list, Qt.Key.Key_Space)  # pick it; the next search keeps it
    names = [find_methods(wb, text=t, language="fi")[0].name for t in ("Kalamalja", "Piste", "Dialogi")]
    assert "3 picked" in view.picked_label.text()
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    items = list_agenda(wb, wid)
    assert [i.id for i in items if i.id not in before] == [i.id for i in items[1:4]]
    assert [i.title for i in items[1:4]] == names  # after the chosen block, in the order picked
    assert picker.isVisible() and "3 method" in picker.status.text()
    assert view.picked == []
    agenda.ctx.undo_stack.undo()  # one undo takes the three back
    assert [i.id for i in list_agenda(wb, wid)] == before


def test_a_refused_edit_keeps_the_store_and_shows_a_sentence(agenda):
    wb, wid = agenda.ctx.wb, agenda.workshop.id
    first = list_agenda(wb, wid)[0]
    agenda.select_row(0)
    agenda.editor.title.setText("   ")
    agenda.editor.title.editingFinished.emit()
    assert agenda_items.get(wb, first.id).title == first.title
    assert agenda.editor.title.text() == first.title
    assert "cannot be empty" in agenda.ctx.last_error
    assert workshops.get(wb, wid)
