"""The Notes tab: grouped and filtered lists, inline edits, moves and deletes, checked in the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from fasilitaattori.core import agenda, notes, workshops
from fasilitaattori.ui.notes_model import BLOCK, KIND, PAGE_SIZE, TEXT


@pytest.fixture
def setup(wb, qapp):
    from fasilitaattori.ui.context import UiContext

    ws = workshops.create_workshop(wb, title="Työpaja")
    first = agenda.add_item(wb, ws.id, title="Aloitus")
    second = agenda.add_item(wb, ws.id, title="Dialogi")
    notes.add_note(wb, ws.id, "Kysymys dialogista", kind="question", agenda_item_id=second.id)
    notes.add_note(wb, ws.id, "Palvelupolku on pitkä", kind="development_need", agenda_item_id=first.id)
    notes.add_note(wb, ws.id, "Idea aloituksesta", kind="idea", agenda_item_id=first.id)
    notes.add_note(wb, ws.id, "Vapaa huomio", kind="observation")
    ctx = UiContext(wb)
    ctx.select_workshop(ws.id)
    yield ctx, ws, first, second
    ctx.undo_stack.clear()


@pytest.fixture
def tab(setup, qtbot):
    from fasilitaattori.ui.notes_tab import NotesTab

    page = NotesTab(setup[0])
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def shown(tab) -> list[tuple[str, str, str]]:
    m = tab.model
    return [(m.index(r, BLOCK).data(), m.index(r, KIND).data(), m.index(r, TEXT).data())
            for r in range(m.rowCount())]


def test_grouped_by_block_then_kind_unattached_last(tab):
    assert shown(tab) == [
        ("Aloitus", "Idea", "Idea aloituksesta"),
        ("Aloitus", "Development need", "Palvelupolku on pitkä"),
        ("Dialogi", "Question", "Kysymys dialogista"),
        ("Without a block", "Observation", "Vapaa huomio"),
    ]
    assert tab.count_label.text() == "4 notes"
    m = tab.model
    # Each block's name is bold on its first note and quieter (never hidden) on the rest.
    assert [m.repeats_above(r, BLOCK) for r in range(4)] == [False, True, False, False]
    assert [m.repeats_above(r, KIND) for r in range(4)] == [False, False, False, False]
    assert m.index(0, BLOCK).data(Qt.ItemDataRole.FontRole).bold()
    assert m.index(1, BLOCK).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_filters_by_block_kind_and_search_words(tab, setup, qtbot):
    _, _, first, _ = setup
    tab.block_filter.setCurrentIndex(tab.block_filter.findData(first.id))
    tab.block_filter.activated.emit(tab.block_filter.currentIndex())
    assert [r[2] for r in shown(tab)] == ["Idea aloituksesta", "Palvelupolku on pitkä"]
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("idea"))
    tab.kind_filter.activated.emit(tab.kind_filter.currentIndex())
    assert [r[2] for r in shown(tab)] == ["Idea aloituksesta"]
    tab.block_filter.setCurrentIndex(0)
    tab.kind_filter.setCurrentIndex(0)
    qtbot.keyClicks(tab.search_edit, "palvelu")
    qtbot.waitUntil(lambda: [r[2] for r in shown(tab)] == ["Palvelupolku on pitkä"], timeout=10_000)


def test_inline_edit_of_the_text_is_saved_and_undoable(tab, setup, qtbot):
    ctx, ws, _, _ = setup
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(3, TEXT))
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Observation rewritten")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits the editor on its next turn
    qtbot.waitUntil(lambda: [n.text for n in notes.list_notes(ctx.wb, ws.id) if n.kind == "observation"]
                    == ["Observation rewritten"], timeout=10_000)
    assert shown(tab)[3][2] == "Observation rewritten"
    ctx.undo_stack.undo()
    assert shown(tab)[3][2] == "Vapaa huomio"


def test_kind_is_chosen_from_a_list_in_place(tab, setup, qtbot):
    ctx, ws, _, _ = setup
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(3, KIND))
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData("decision"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [n.text for n in notes.list_notes(ctx.wb, ws.id, kind="decision")]
                    == ["Vapaa huomio"], timeout=10_000)


def test_move_selected_notes_to_another_block_in_one_undo_step(tab, setup, qtbot):
    ctx, ws, first, second = setup
    tab.view.selectRow(0)
    tab.view.selectionModel().select(tab.model.index(1, 0), tab.view.selectionModel().SelectionFlag.Select
                                     | tab.view.selectionModel().SelectionFlag.Rows)
    tab.move_target.setCurrentIndex(tab.move_target.findData(second.id))
    qtbot.mouseClick(tab.move_button, Qt.MouseButton.LeftButton)
    assert notes.count_notes(ctx.wb, ws.id, agenda_item_id=second.id) == 3
    assert [r[0] for r in shown(tab)] == ["Dialogi", "Dialogi", "Dialogi", "Without a block"]
    ctx.undo_stack.undo()
    assert notes.count_notes(ctx.wb, ws.id, agenda_item_id=first.id) == 2


def test_delete_with_the_delete_key_and_add_a_new_note(tab, setup, qtbot):
    ctx, ws, _, second = setup
    tab.view.setFocus()
    tab.view.selectRow(2)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert notes.count_notes(ctx.wb, ws.id) == 3 and tab.count_label.text() == "3 notes"
    tab.block_filter.setCurrentIndex(tab.block_filter.findData(second.id))
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("quote"))
    qtbot.keyClicks(tab.new_edit, "Together we can")
    qtbot.keyClick(tab.new_edit, Qt.Key.Key_Return)
    added = notes.list_notes(ctx.wb, ws.id, kind="quote")
    assert [(n.text, n.agenda_item_id) for n in added] == [("Together we can", second.id)]


def test_a_long_list_loads_only_the_pages_shown(wb, qapp, qtbot):
    from fasilitaattori.ui.context import UiContext
    from fasilitaattori.ui.notes_tab import NotesTab

    ws = workshops.create_workshop(wb, title="Iso")
    for i in range(PAGE_SIZE * 5):
        notes.add_note(wb, ws.id, f"Note {i:04d}")
    ctx = UiContext(wb)
    ctx.select_workshop(ws.id)
    page = NotesTab(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() == PAGE_SIZE * 5
    assert page.model.rows_loaded <= PAGE_SIZE
    page.view.scrollToBottom()
    qapp.processEvents()
    assert page.model.index(PAGE_SIZE * 5 - 1, TEXT).data() == "Note 0499"
    assert page.model.rows_loaded <= PAGE_SIZE * 2


def test_a_long_note_wraps_and_its_row_grows(tab, setup, qtbot):
    ctx, ws, first, _ = setup
    long_text = " ".join(["Osallistujat toivoivat, etta palvelupolku kuvataan selkokielella."] * 15)
    tab.new_edit.setFocus()
    tab.block_filter.setCurrentIndex(tab.block_filter.findData(first.id))
    tab.apply_filter()
    qtbot.keyClicks(tab.new_edit, long_text)
    qtbot.keyClick(tab.new_edit, Qt.Key.Key_Return)
    row = next(r for r in range(tab.model.rowCount()) if tab.model.index(r, TEXT).data() == long_text)
    one_line = tab.view.verticalHeader().defaultSectionSize()
    qtbot.waitUntil(lambda: tab.view.rowHeight(row) > 2 * one_line)
    assert tab.view.wordWrap()
    short = next(r for r in range(tab.model.rowCount()) if tab.model.index(r, TEXT).data() == "Idea aloituksesta")
    assert tab.view.rowHeight(short) == one_line


def test_the_hint_says_where_a_new_note_goes(tab, setup, qtbot):
    ctx, ws, first, _ = setup
    assert tab.block_filter.currentText() == "All blocks"
    assert tab.target_label.text() == "Goes without a block · Idea"
    qtbot.keyClicks(tab.new_edit, "Kaikkien nakyvissa")
    qtbot.keyClick(tab.new_edit, Qt.Key.Key_Return)
    added = [n for n in notes.list_notes(ctx.wb, ws.id) if n.text == "Kaikkien nakyvissa"]
    assert [(n.agenda_item_id, n.kind) for n in added] == [(None, "idea")]
    tab.block_filter.setFocus()
    tab.block_filter.setCurrentIndex(tab.block_filter.findData(first.id))
    tab.block_filter.activated.emit(tab.block_filter.currentIndex())
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("question"))
    tab.kind_filter.activated.emit(tab.kind_filter.currentIndex())
    assert tab.target_label.text() == "Goes to: Aloitus · Question"
    qtbot.keyClicks(tab.new_edit, "Kuka vastaa")
    qtbot.keyClick(tab.new_edit, Qt.Key.Key_Return)
    added = [n for n in notes.list_notes(ctx.wb, ws.id) if n.text == "Kuka vastaa"]
    assert [(n.agenda_item_id, n.kind) for n in added] == [(first.id, "question")]


def test_notes_without_a_block_have_their_own_group(tab, setup):
    ctx, ws, _, _ = setup
    ctx.create(notes.notes, "Add note", make=lambda: notes.add_note(ctx.wb, ws.id, "Kesken tauon", kind="idea"))
    tab.block_filter.setCurrentIndex(tab.block_filter.findText("Without a block"))
    tab.apply_filter()
    assert [r[2] for r in shown(tab)] == ["Kesken tauon", "Vapaa huomio"]


def test_enter_in_the_group_moves_on_to_the_note_and_the_group_stays(tab, setup, qtbot):
    ctx, ws, _, _ = setup
    tab.group_edit.setFocus()
    qtbot.keyClicks(tab.group_edit, "Poyta 2")
    qtbot.keyClick(tab.group_edit, Qt.Key.Key_Return)
    assert tab.new_edit.hasFocus()
    qtbot.keyClicks(tab.new_edit, "Lisaa istumapaikkoja")
    qtbot.keyClick(tab.new_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.new_edit, "Isompi fontti")
    qtbot.keyClick(tab.new_edit, Qt.Key.Key_Return)
    added = [(n.text, n.group_label) for n in notes.list_notes(ctx.wb, ws.id) if n.group_label]
    assert added == [("Lisaa istumapaikkoja", "Poyta 2"), ("Isompi fontti", "Poyta 2")]
