"""The method library: search and filters, preview, add to the agenda, own methods with a
worksheet spec, the spec's validation; checked in the store."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fasilitaattori.core.agenda import list_agenda
from fasilitaattori.core.methods import find_methods, methods, worksheet_of
from fasilitaattori.core.workshops import list_workshops


@pytest.fixture
def library(window):
    window.ctx.select_workshop(list_workshops(window.ctx.wb)[0].id)
    window.library_action.trigger()
    view = window.library()
    assert window.stack.currentWidget() is view
    return view


def names(view):
    return [view.list.topLevelItem(i).text(0) for i in range(view.list.topLevelItemCount())]


def test_browse_search_and_filters(library, qtbot):
    wb = library.ctx.wb
    assert len(names(library)) == len(find_methods(wb, language="fi")) >= 30
    qtbot.keyClicks(library.search, "kala")
    library.reload()  # what the pause after typing does
    assert names(library) == ["Kalamalja"]
    library.search.clear()
    library.duration.setValue(15)
    library.reload()
    assert names(library) and all(m.duration_min <= 15 for m in library.methods)
    library.duration.setValue(0)
    library.group.setValue(100)
    library.reload()
    assert names(library) and all(m.group_min <= 100 <= m.group_max for m in library.methods)
    library.group.setValue(0)
    library.tag.setCurrentIndex(library.tag.findText("pienryhmät"))
    assert names(library) and all("pienryhmät" in m.tags for m in library.methods)
    library.language.setCurrentIndex(library.language.findData("en"))
    library.tag.setCurrentIndex(0)
    assert "Fishbowl" in names(library)


def test_preview_shows_steps_materials_and_worksheet(library):
    library.show_method(find_methods(library.ctx.wb, language="fi", text="Vaikuttamisen tasot")[0].id)
    text = library.preview.toPlainText()
    method = library.current()
    assert method.name in text
    assert method.steps.splitlines()[0] in text
    assert worksheet_of(method).title in text


def test_add_to_agenda_from_the_library(library, window):
    wb, wid = library.ctx.wb, window.ctx.workshop_id
    before = len(list_agenda(wb, wid))
    library.show_method(find_methods(wb, language="fi", text="Pisteäänestys")[0].id)
    library.add_button.click()
    items = list_agenda(wb, wid)
    assert len(items) == before + 1 and items[-1].title == "Pisteäänestys"
    assert window.tabs.currentWidget().objectName() == "agenda"
    assert window.stack.currentWidget() is window.tabs


def _editor(library):
    from fasilitaattori.ui.method_editor import MethodEditor

    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, MethodEditor)
    return dialog


def test_create_an_own_method_with_a_worksheet(library, qtbot, window):
    wb = library.ctx.wb
    qtbot.mouseClick(library.new_button, Qt.MouseButton.LeftButton)
    editor = _editor(library)
    qtbot.keyClicks(editor.name, "Kylakavely")
    editor.steps.setPlainText("Kavellaan\nKirjataan")
    editor.duration.setValue(45)
    editor.tags.setText("kylä, kävely")
    editor.worksheet.setChecked(True)
    editor.worksheet.layout_box.setCurrentIndex(editor.worksheet.layout_box.findData("grid2x2"))
    editor.worksheet.title.setText("Kävelyn havainnot")
    editor.worksheet.prompts.setPlainText("Hyvää\nHuonoa\nIdeoita")  # three: a 2x2 grid needs four
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    assert editor.isVisible() and "four prompts" in editor.error.text()
    assert find_methods(wb, text="Kylakavely") == []
    editor.worksheet.prompts.setPlainText("Hyvää\nHuonoa\nIdeoita\nKysymyksiä")
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    assert not editor.isVisible()
    made, = find_methods(wb, text="Kylakavely")
    assert (made.builtin, made.duration_min, made.tags) == (False, 45, "kylä, kävely")
    assert json.loads(made.worksheet)["prompts"][3] == "Kysymyksiä"
    assert library.current_id() == made.id
    assert library.edit_button.isEnabled() and library.delete_button.isEnabled()
    window.undo_action.trigger()
    assert find_methods(wb, text="Kylakavely") == []


def test_edit_an_own_method_and_copy_a_builtin(library, qtbot):
    wb = library.ctx.wb
    builtin = find_methods(wb, language="fi", text="Vaikuttamisen tasot")[0]
    library.show_method(builtin.id)
    assert not library.edit_button.isEnabled() and not library.delete_button.isEnabled()
    qtbot.mouseClick(library.copy_button, Qt.MouseButton.LeftButton)
    editor = _editor(library)
    assert builtin.worksheet and editor.worksheet.isChecked()
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    own = [m for m in find_methods(wb, text="Vaikuttamisen tasot") if not m.builtin]
    assert len(own) == 1 and own[0].steps == builtin.steps and own[0].worksheet == builtin.worksheet
    assert library.current_id() == own[0].id and library.list.currentItem().text(4) == "own method"
    assert not library.list.isColumnHidden(4)
    assert methods.get(wb, builtin.id).name == builtin.name  # the built-in is untouched
    qtbot.mouseClick(library.edit_button, Qt.MouseButton.LeftButton)
    editor = _editor(library)
    editor.duration.setValue(50)
    editor.worksheet.setChecked(False)
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    changed = methods.get(wb, own[0].id)
    assert changed.duration_min == 50 and not changed.worksheet
    qtbot.mouseClick(library.delete_button, Qt.MouseButton.LeftButton)
    assert [m for m in find_methods(wb, text="Vaikuttamisen tasot") if not m.builtin] == []


@pytest.mark.parametrize("name", ["Osallisuuden portaat", "Empatiakartta"])
def test_a_copied_sheet_keeps_its_levels_and_persona_box(library, qtbot, name):
    """The editor has no field for the ladder's row labels' table or the persona box: a copy
    saved unchanged still prints them."""
    wb = library.ctx.wb
    builtin = next(m for m in find_methods(wb, language="fi", text=name) if m.builtin)
    library.show_method(builtin.id)
    qtbot.mouseClick(library.copy_button, Qt.MouseButton.LeftButton)
    editor = _editor(library)
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    own, = [m for m in find_methods(wb, text=name) if not m.builtin]
    assert json.loads(own.worksheet) == json.loads(builtin.worksheet)


def test_the_list_marks_methods_with_a_worksheet_and_says_whose_they_are(library):
    rows = {library.list.topLevelItem(i).text(0): library.list.topLevelItem(i)
            for i in range(library.list.topLevelItemCount())}
    with_sheet = {m.name for m in library.methods if m.worksheet}
    assert with_sheet and len(with_sheet) < len(rows)
    assert {name for name, item in rows.items() if item.text(3) == "✓"} == with_sheet
    assert {item.text(4) for item in rows.values()} == {""}  # built-in: no mark; own ones say so
    assert library.list.isColumnHidden(4)  # and without own methods the column is not shown
    assert "built-in method" in library.preview.toPlainText()


def test_ctrl_click_picks_several_and_the_page_adds_them_all(library, qtbot, window):
    wb, wid = library.ctx.wb, window.ctx.workshop_id
    before = len(list_agenda(wb, wid))
    wanted = ["Kalamalja", "Dialogi"]
    for name in wanted:
        item = library.list.findItems(name, Qt.MatchFlag.MatchExactly, 0)[0]
        rect = library.list.visualItemRect(item)
        library.list.scrollToItem(item)
        rect = library.list.visualItemRect(item)
        qtbot.mouseClick(library.list.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.ControlModifier, rect.center())
    assert [library._name_of(i) for i in library.picked] == wanted
    qtbot.mouseClick(library.add_button, Qt.MouseButton.LeftButton)
    items = list_agenda(wb, wid)
    assert [i.title for i in items[before:]] == wanted


def test_the_worksheet_of_a_method_from_the_library(library, qtbot):
    from fasilitaattori.ui.worksheet_preview import WorksheetPreview
    from tests.documents import pdftools

    library.show_method(find_methods(library.ctx.wb, language="fi", text="Dialogi")[0].id)
    assert library.list.currentItem().text(3) == ""  # no layout of its own
    library.list.setFocus()
    qtbot.keyClick(library.sheet_button, Qt.Key.Key_Space)
    dialog = library.findChild(WorksheetPreview)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.document.pageCount() == 1, timeout=30_000)
    text = pdftools.text(dialog.pdf_bytes)
    assert "Dialogi" in text and "Ajatuksemme ja vastauksemme" in text
    dialog.reject()  # a modal left open answered the next test files' activeModalWidget()
