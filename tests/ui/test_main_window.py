"""The main window on the demo store: sidebar, menus, projects and workshops, the Overview tab,
undo/redo, and what is remembered between runs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fasilitaattori.core.projects import list_projects
from fasilitaattori.core.workshops import list_workshops, workshops
from fasilitaattori.ui.workshop_tabs import workshop_tabs


def sidebar_rows(window):
    tree = window.sidebar.tree
    rows = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        rows.append((top.text(0), [top.child(j).text(0) for j in range(top.childCount())
                                   if not top.child(j).isHidden()]))
    return rows


def test_the_window_has_the_tabs_menus_and_the_demo_workshops(window):
    keys = [window.tabs.widget(i).objectName() for i in range(window.tabs.count())]
    assert keys == [t.key for t in workshop_tabs()]
    assert keys[:2] == ["overview", "agenda"] and "feedback" in keys and "printouts" in keys
    for name in ("file", "edit", "workshop", "tools", "help"):
        assert window.menu(name).actions()
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert {s.toString() for s in window.redo_action.shortcuts()} == {"Ctrl+Shift+Z", "Ctrl+Y"}
    assert window.find_action.shortcut().toString() == "Ctrl+K"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    (project, titles), = sidebar_rows(window)
    assert project.endswith(f"({len(list_workshops(window.ctx.wb))})")
    assert titles == [w.title for w in list_workshops(window.ctx.wb)]


def test_choosing_a_workshop_in_the_list_opens_it(window, qtbot):
    tree = window.sidebar.tree
    second = tree.topLevelItem(0).child(1)
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentItem() is second
    expected = list_workshops(window.ctx.wb)[1]
    assert window.ctx.workshop_id == expected.id
    overview = window.tab("overview")
    assert overview.lines["title"].text() == expected.title
    assert expected.title in window.windowTitle()


def test_filter_box_narrows_the_list(window, qtbot):
    qtbot.keyClicks(window.sidebar.filter, "kuopio")
    (_project, titles), = sidebar_rows(window)
    assert titles == [w.title for w in list_workshops(window.ctx.wb) if w.locality == "Kuopio"]
    assert "Vaikuttamisen työpaja 3: Kuopio" in titles and len(titles) < len(list_workshops(window.ctx.wb))
    window.sidebar.filter.clear()
    qtbot.keyClicks(window.sidebar.filter, "nothing like this")
    assert all(window.sidebar.tree.topLevelItem(i).isHidden()
               for i in range(window.sidebar.tree.topLevelItemCount()))


def test_new_project_and_workshop_from_the_menu_then_undo(window, qtbot, answer):
    wb = window.ctx.wb
    window.new_project_action.trigger()
    answer("Kylien kehittamisryhma")
    assert [p.name for p in list_projects(wb)].count("Kylien kehittamisryhma") == 1
    project = next(p for p in list_projects(wb) if p.name == "Kylien kehittamisryhma")
    assert window.sidebar.selected() == ("project", project.id)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    answer("Kevatkokous")
    made = list_workshops(wb, project.id)
    assert [w.title for w in made] == ["Kevatkokous"]
    assert window.ctx.workshop_id == made[0].id
    assert window.tab("overview").lines["title"].text() == "Kevatkokous"
    window.undo_action.trigger()
    assert list_workshops(wb, project.id) == []
    assert window.ctx.workshop_id == ""
    window.redo_action.trigger()
    assert [w.title for w in list_workshops(wb, project.id)] == ["Kevatkokous"]


def test_cancelled_prompt_changes_nothing(window, answer):
    before = len(list_projects(window.ctx.wb))
    window.new_project_action.trigger()
    answer("Ei tallenneta", accept=False)
    assert len(list_projects(window.ctx.wb)) == before


def test_overview_edits_are_saved_at_once_and_undoable(window, qtbot):
    wb = window.ctx.wb
    first = list_workshops(wb)[0]
    window.ctx.select_workshop(first.id)
    overview = window.show_tab("overview")
    venue = overview.lines["venue"]
    venue.setFocus()
    venue.selectAll()
    qtbot.keyClicks(venue, "Kirjaston sali")
    qtbot.keyClick(venue, Qt.Key.Key_Return)
    assert workshops.get(wb, first.id).venue == "Kirjaston sali"
    overview.goals.setFocus()
    overview.goals.selectAll()
    overview.goals.insertPlainText("Uudet tavoitteet")
    overview.lines["title"].setFocus()  # leaving the box saves it
    assert workshops.get(wb, first.id).goals == "Uudet tavoitteet"
    overview.language.setCurrentIndex(overview.language.findData("sv"))
    overview.language.activated.emit(overview.language.currentIndex())
    assert workshops.get(wb, first.id).language == "sv"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert workshops.get(wb, first.id).goals == first.goals
    assert overview.goals.toPlainText() == first.goals
    window.undo_action.trigger()
    assert workshops.get(wb, first.id).venue == first.venue
    assert venue.text() == first.venue


def test_an_end_before_the_start_is_refused_beside_the_field(window, qtbot):
    wb = window.ctx.wb
    first = list_workshops(wb)[0]
    window.ctx.select_workshop(first.id)
    overview = window.show_tab("overview")
    overview.end.edit.setFocus()
    overview.end.edit.selectAll()
    qtbot.keyClicks(overview.end.edit, "00:01")
    qtbot.keyClick(overview.end.edit, Qt.Key.Key_Tab)
    assert workshops.get(wb, first.id).end_time == first.end_time
    assert "cannot end before it starts" in overview.end.error.text()
    assert QApplication.activeModalWidget() is None


def test_delete_copy_and_template_of_a_workshop(window, answer):
    wb = window.ctx.wb
    first = list_workshops(wb)[0]
    window.sidebar.select_id(first.id)
    window.copy_action.trigger()
    answer("Kopio")
    copy = next(w for w in list_workshops(wb) if w.title == "Kopio")
    assert copy.project_id == first.project_id and copy.status == "planned"
    window.sidebar.select_id(first.id)
    window.template_action.trigger()
    answer("Pohja")
    templates = list_workshops(wb, templates=True)
    assert [t.title for t in templates] == ["Pohja"]
    window.sidebar.select_id(templates[0].id)
    assert window.from_template_action.isEnabled()
    window.from_template_action.trigger()
    answer("Uusi pohjasta")
    assert any(w.title == "Uusi pohjasta" for w in list_workshops(wb))
    window.sidebar.select_id(copy.id)
    window.delete_action.trigger()
    assert all(w.id != copy.id for w in list_workshops(wb))
    assert "Undo" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert any(w.id == copy.id for w in list_workshops(wb))


def test_rename_with_f2(window, qtbot, answer):
    wb = window.ctx.wb
    first = list_workshops(wb)[0]
    window.sidebar.select_id(first.id)
    window.sidebar.tree.setFocus()
    qtbot.keyClick(window.sidebar.tree, Qt.Key.Key_F2)
    answer("Uusi nimi")
    assert workshops.get(wb, first.id).title == "Uusi nimi"


def test_the_window_remembers_the_workshop_and_tab(demo_wb, make_window, qsettings):
    window = make_window(demo_wb)
    third = list_workshops(demo_wb)[2]
    window.sidebar.select_id(third.id)
    window.show_tab("printouts")
    window.resize(1000, 700)
    window.close()
    again = make_window(demo_wb, qsettings)
    assert again.ctx.workshop_id == third.id
    assert again.tabs.currentWidget().objectName() == "printouts"
    assert again.sidebar.selected() == ("workshop", third.id)


def test_closing_never_asks_and_keeps_the_text_being_typed(window):
    wb = window.ctx.wb
    first = list_workshops(wb)[0]
    window.ctx.select_workshop(first.id)
    overview = window.show_tab("overview")
    overview.conclusions.setFocus()
    overview.conclusions.insertPlainText("Viimeinen ajatus. ")
    window.close()
    assert QApplication.activeModalWidget() is None
    assert workshops.get(wb, first.id).conclusions.startswith("Viimeinen ajatus. ")


def test_status_bar_counts_follow_edits_and_the_library_stays_open(window):
    from fasilitaattori.core.browse import workshop_counts
    from fasilitaattori.core.notes import add_note, notes

    wb = window.ctx.wb
    first = list_workshops(wb)[0]
    window.ctx.select_workshop(first.id)
    window.show_library()
    before = workshop_counts(wb, first.id).notes
    assert f"{before} notes" in window._workshop_label.text()
    window.ctx.create(notes, "Add note", make=lambda: add_note(wb, first.id, "Uusi havainto"))
    assert f"{before + 1} notes" in window._workshop_label.text()
    assert window.stack.currentWidget() is window.library()  # an edit elsewhere does not move the user


def test_many_projects_open_lazily_and_the_filter_reaches_closed_ones(wb, make_window, qtbot):
    from fasilitaattori.core.projects import create_project
    from fasilitaattori.core.workshops import create_workshop

    made = {}
    for n in range(9):
        project = create_project(wb, name=f"Hanke {n}")
        made[n] = [create_workshop(wb, title=f"Paja {n}-{k}", project_id=project.id, locality=f"Kunta{n}")
                   for k in range(3)]
    window = make_window(wb)
    tree = window.sidebar.tree
    assert tree.topLevelItemCount() == 9
    assert all(tree.topLevelItem(i).childCount() == 0 for i in range(9))  # rows made on opening
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(4))
    qtbot.keyClick(tree, Qt.Key.Key_Right)  # open the project with the keyboard
    assert [tree.topLevelItem(4).child(i).text(0) for i in range(3)] == ["Paja 4-0", "Paja 4-1", "Paja 4-2"]
    qtbot.keyClicks(window.sidebar.filter, "kunta7")
    (project, titles), = sidebar_rows(window)
    assert project.startswith("Hanke 7") and titles == ["Paja 7-0", "Paja 7-1", "Paja 7-2"]
    window.sidebar.filter.clear()
    assert window.sidebar.select_id(made[8][2].id)
    assert window.ctx.workshop_id == made[8][2].id
    assert window.sidebar.tree.currentItem().text(0) == "Paja 8-2"


def test_undo_and_redo_say_what_they_undo_after_a_colon(window):
    stack = window.ctx.undo_stack
    stack.clear()
    assert window.undo_action.text() == "&Undo" and window.redo_action.text() == "&Redo"
    window.ctx.run("New workshop", lambda: None, lambda: None, "workshop")
    assert window.undo_action.text() == "&Undo: new workshop"
    window.ctx.run("CSV import", lambda: None, lambda: None, "participant")
    assert window.undo_action.text() == "&Undo: CSV import"  # an abbreviation keeps its capitals
    window.undo_action.trigger()
    assert window.redo_action.text() == "&Redo: CSV import"
    assert window.undo_action.text() == "&Undo: new workshop"
