"""A facilitator's day in Finnish, typed as a person types (issue 21, "Done when").

From the welcome page of an empty store: a project and a village evening dated 15.3.2027,
17.30 typed start first; an agenda gathered from the library in one visit by keyboard; all
worksheets printed as one PDF; live capture started a quarter of an hour late with "Start now",
"Next block" and notes; a task with a typed due date; the summary with planned and actual
times. Keys go into the real fields (QTest key clicks; focus moved by clicking a field,
by a shortcut or by the letter underlined in a label); after each step the store is read back. Only the clock of live capture
and the operating system's save dialog are stand-ins.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QInputDialog, QLineEdit, QWidget

from fasilitaattori.core import agenda, notes, projects, tasks, workshops
from fasilitaattori.core.methods import find_methods, methods, worksheet_of
from fasilitaattori.ui.i18n import install_language
from tests.documents import pdftools

DAY = "2027-03-15"
# The agenda, as the facilitator finds it in the library: what is typed into the search, and
# the method then picked from the results (in this order).
PICKS = (("alkukier", "Alkukierros"), ("empatia", "Empatiakartta"), ("lean", "Lean Coffee"),
         ("ruutuun", "Palaute neljään ruutuun"))
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


class FakeClock:
    """The wall clock of live capture, moved by the test."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


# -- typing as a person types --------------------------------------------------------------
def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Key clicks for `text`; letters such as ä are keys of their own on a Finnish keyboard
    (QTest's ASCII table has no ä, so those are sent as the key with its text)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(ord(char.upper())), char,
                               Qt.KeyboardModifier.NoModifier)


def click(qtbot, widget: QWidget) -> QWidget:
    """Click a field with the mouse, as a person does to start typing in it; the field that
    then has the focus."""
    target = widget.focusProxy() or widget
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(target.width() // 2, target.height() // 2))
    focused = QApplication.focusWidget()
    assert focused is target or target.isAncestorOf(focused), f"{focused} has the focus, not {target}"
    return focused


def retype(qtbot, widget: QWidget, text: str) -> None:
    """Click into the field, select what is there, type over it and Tab on."""
    field = click(qtbot, widget)
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    type_text(qtbot, field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def answer_prompt(qtbot, window: QWidget, text: str) -> None:
    """Type into the open one-line question (its line has the focus) and press Enter."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QInputDialog))
    line = QApplication.activeModalWidget().findChild(QLineEdit)
    qtbot.waitUntil(line.hasFocus)
    type_text(qtbot, line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    back_to(qtbot, window)


def back_to(qtbot, window: QWidget) -> None:
    """A closed dialog or screen hands the activation back to the main window: the window
    manager's part, which the offscreen platform leaves undone."""
    if not window.isActiveWindow():
        window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def shown_tab(window, key: str) -> QWidget:
    """The workshop tab `key`, which the shortcut just brought up."""
    tab = window.tab(key)
    assert tab is not None and tab.isVisible(), f"the {key} tab is not shown"
    return tab


def to_field(qtbot, letter: Qt.Key, field: QWidget) -> None:
    """Alt+the letter underlined in the field's label moves the focus into it."""
    qtbot.keyClick(QApplication.focusWidget(), letter, ALT)
    assert QApplication.focusWidget() is field, f"Alt+{letter.name} went to {QApplication.focusWidget()}"


def choose(qtbot, combo: QComboBox, data: object) -> None:
    """Home, then Down through the closed list until `data` is chosen, as a keyboard user does."""
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data


def previewed(qtbot, tab) -> bytes:
    """The PDF the Printouts tab lays out on its worker for the current choice."""
    qtbot.waitUntil(lambda: bool(tab.pdf_bytes) and tab.document.pageCount() > 0 and not tab._pending.isActive(),
                    timeout=30_000)
    return tab.pdf_bytes


def save_as_pdf(qtbot, window, tab, monkeypatch, path: Path) -> bytes:
    """Ctrl+Shift+S ("Tallenna PDF:nä…"); the operating system's save dialog answers `path`."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(path.exists, timeout=30_000)  # the button's shortcut clicks it shortly after
    back_to(qtbot, window)  # as when the save dialog closes
    return path.read_bytes()


# -- the day -------------------------------------------------------------------------------
@pytest.fixture
def window(wb, make_window, qtbot, monkeypatch):
    from fasilitaattori.ui import capture_actions
    from fasilitaattori.ui.live_mode import LiveMode

    install_language("fi")
    clock = FakeClock(datetime(2027, 3, 15, 17, 45))  # a quarter of an hour late
    monkeypatch.setattr(capture_actions, "LiveMode", partial(LiveMode, now=clock))
    shown = make_window(wb)
    shown.clock = clock
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    return shown


def test_a_facilitators_day_typed_in_finnish(window, qtbot, tmp_path, monkeypatch):
    workshop_id = new_evening_workshop(window, qtbot)
    agenda_from_the_library(window, qtbot, workshop_id)
    worksheets_for_all_blocks(window, qtbot, monkeypatch, tmp_path, workshop_id)
    live_capture_started_late(window, qtbot, workshop_id)
    task_with_a_typed_due_date(window, qtbot, workshop_id)
    summary_with_planned_and_actual_times(window, qtbot, monkeypatch, tmp_path)


def new_evening_workshop(window, qtbot) -> str:
    wb = window.ctx.wb
    assert window.welcome is not None and window.welcome.create_button.hasFocus()
    qtbot.keyClick(window.welcome.create_button, Qt.Key.Key_Return)  # "Luo projekti"
    answer_prompt(qtbot, window, "Kylän illat")
    [project] = projects.list_projects(wb)
    assert project.name == "Kylän illat" and window.stack.currentWidget() is window.tabs

    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N, CTRL)  # Uusi työpaja
    answer_prompt(qtbot, window, "Kyläilta: tie ja liikenne")
    [row] = workshops.list_workshops(wb)
    assert (row.title, row.project_id) == ("Kyläilta: tie ja liikenne", project.id)
    assert window.ctx.workshop_id == row.id
    assert (row.start_time, row.end_time) == ("09:00", "12:00")  # what a new workshop starts with

    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_1, CTRL)  # Yleiskuva
    overview = shown_tab(window, "overview")
    retype(qtbot, overview.date, "15.3.2027")
    retype(qtbot, overview.start, "17.30")  # the start first: the end follows
    row = workshops.workshops.get(wb, row.id)
    assert (row.date, row.start_time, row.end_time) == (DAY, "17:30", "20:30")
    assert QApplication.activeModalWidget() is None
    assert not overview.date.error.isVisible() and not overview.start.error.isVisible()
    return row.id


def agenda_from_the_library(window, qtbot, workshop_id: str) -> None:
    from fasilitaattori.ui.method_picker import MethodPickerDialog

    wb = window.ctx.wb
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_2, CTRL)  # Ohjelma
    page = shown_tab(window, "agenda")
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_I, ALT)  # "Lisää k_irjastosta…"
    qtbot.waitUntil(lambda: page.findChild(MethodPickerDialog) is not None)  # a button's shortcut clicks it shortly after
    picker = page.findChild(MethodPickerDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is picker)
    view = picker.view
    assert view.search.hasFocus()
    for search, name in PICKS:
        qtbot.keyClick(view.search, Qt.Key.Key_A, CTRL)
        type_text(qtbot, view.search, search)
        qtbot.keyClick(view.search, Qt.Key.Key_Down)  # into the results
        assert view.list.hasFocus()
        for _ in range(view.list.topLevelItemCount()):
            if view.list.currentItem().text(0) == name:
                break
            qtbot.keyClick(view.list, Qt.Key.Key_Down)
        assert view.list.currentItem().text(0) == name
        qtbot.keyClick(view.list, Qt.Key.Key_Space)  # picked; the next search keeps it
    qtbot.keyClick(view.list, Qt.Key.Key_Return)  # all of them at once
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # and back to the agenda
    assert not picker.isVisible()
    back_to(qtbot, window)
    names = [name for _, name in PICKS]
    method_ids = [find_methods(wb, language="fi", text=name)[0].id for name in names]
    items = agenda.list_agenda(wb, workshop_id)
    assert [(i.title, i.method_id) for i in items] == list(zip(names, method_ids, strict=True))


def worksheets_for_all_blocks(window, qtbot, monkeypatch, tmp_path: Path, workshop_id: str) -> None:
    wb = window.ctx.wb
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_8, CTRL)  # Tulosteet
    tab = shown_tab(window, "printouts")
    to_field(qtbot, Qt.Key.Key_L, tab.kind)  # "Tu_loste:"
    choose(qtbot, tab.kind, "worksheet")  # Työpohja
    to_field(qtbot, Qt.Key.Key_K, tab.block)  # "Ohjelma_kohta:"
    choose(qtbot, tab.block, workshop_id)
    assert tab.block.currentText() == "Kaikki työpajan työpohjat"
    assert "17.45  Empatiakartta" in [tab.block.itemText(i) for i in range(tab.block.count())]
    previewed(qtbot, tab)
    pdf = save_as_pdf(qtbot, window, tab, monkeypatch, tmp_path / "tyopohjat.pdf")
    sheets = [worksheet_of(methods.get(wb, i.method_id)) for i in agenda.list_agenda(wb, workshop_id)]
    titles = [sheet.title for sheet in sheets if sheet is not None]
    assert len(titles) == 3  # the opening round has no worksheet of its own
    pages = pdftools.page_texts(pdf)
    assert len(pages) == len(titles)  # a page for each, in the agenda's order
    for page, title in zip(pages, titles, strict=True):
        assert title in page
    assert "Kyläilta: tie ja liikenne" in pages[0]


def live_capture_started_late(window, qtbot, workshop_id: str) -> None:
    from fasilitaattori.ui.live_mode import LiveMode

    wb = window.ctx.wb
    plan = [(i.title, i.duration_min) for i in agenda.list_agenda(wb, workshop_id)]
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F5)  # Työpaja → Live-kirjaus
    live = window.findChild(LiveMode)
    assert live is not None and live.workshop_id == workshop_id
    qtbot.waitExposed(live)
    qtbot.waitUntil(lambda: live.isActiveWindow() and live.note_edit.hasFocus())
    assert live.date_warning.isHidden()  # the clock says it is the workshop's day
    qtbot.keyClick(live.note_edit, Qt.Key.Key_F5)  # Aloita nyt
    assert live.block_label.text() == "Alkukierros" and live.remaining_label.text() == "15 min jäljellä"
    type_text(qtbot, live.note_edit, "Kaikki esittäytyivät")
    qtbot.keyClick(live.note_edit, Qt.Key.Key_Return)

    window.clock.moment = datetime(2027, 3, 15, 18, 5)  # past the round's planned end (18.00)
    live.tick()
    assert live.block_label.text() == "Alkukierros"  # the facilitator, not the clock, moves on
    qtbot.keyClick(live.note_edit, Qt.Key.Key_PageDown, CTRL)  # Seuraava kohta
    assert live.block_label.text() == "Empatiakartta"
    type_text(qtbot, live.note_edit, "Liikenne huolettaa")
    qtbot.keyClick(live.note_edit, Qt.Key.Key_Return)
    window.clock.moment = datetime(2027, 3, 15, 18, 50)
    qtbot.keyClick(live.note_edit, Qt.Key.Key_PageDown, CTRL)
    assert live.block_label.text() == "Lean Coffee"
    qtbot.keyClick(live.note_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not live.isVisible())
    back_to(qtbot, window)

    items = agenda.list_agenda(wb, workshop_id)
    by_id = {i.id: i.title for i in items}
    assert {n.text: by_id.get(n.agenda_item_id) for n in notes.list_notes(wb, workshop_id)} == {
        "Kaikki esittäytyivät": "Alkukierros", "Liikenne huolettaa": "Empatiakartta"}
    assert [(i.title, i.duration_min) for i in items] == plan  # the plan stays as it was
    assert [i.live_extra_min for i in items] == [0, 0, 0, 0]
    row = workshops.workshops.get(wb, workshop_id)
    assert (row.date, row.start_time, row.end_time) == (DAY, "17:30", "20:30")
    assert [(i.actual_start, i.actual_end) for i in items] == [
        ("17:45", "18:05"), ("18:05", "18:50"), ("18:50", None), (None, None)]


def task_with_a_typed_due_date(window, qtbot, workshop_id: str) -> None:
    wb = window.ctx.wb
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_5, CTRL)  # Tehtävät
    tab = shown_tab(window, "tasks")
    click(qtbot, tab.new_edit)
    type_text(qtbot, tab.new_edit, "Lähetä muistio kylätoimikunnalle")
    qtbot.keyClick(tab.new_edit, Qt.Key.Key_Return)
    [task] = tasks.list_tasks(wb, workshop_id=workshop_id)
    assert task.text == "Lähetä muistio kylätoimikunnalle" and task.due_date is None
    assert tab.owner_edit.hasFocus()
    type_text(qtbot, tab.owner_edit, "Päivi")
    qtbot.keyClick(tab.owner_edit, Qt.Key.Key_Tab)  # on to the due date
    assert QApplication.focusWidget() is tab.due_edit.edit
    type_text(qtbot, tab.due_edit.edit, "20.3.2027")
    qtbot.keyClick(tab.due_edit.edit, Qt.Key.Key_Tab)
    task = tasks.tasks.get(wb, task.id)
    assert (task.owner, task.due_date) == ("Päivi", "2027-03-20")
    assert not tab.due_edit.error.isVisible()
    assert tab.table.item(0, 2).text() == "20.3.2027"  # the list shows it the Finnish way


def summary_with_planned_and_actual_times(window, qtbot, monkeypatch, tmp_path: Path) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_8, CTRL)  # Tulosteet
    tab = shown_tab(window, "printouts")
    to_field(qtbot, Qt.Key.Key_L, tab.kind)
    choose(qtbot, tab.kind, "summary")
    previewed(qtbot, tab)
    text = pdftools.text(save_as_pdf(qtbot, window, tab, monkeypatch, tmp_path / "yhteenveto.pdf"))
    assert "Kyläilta: tie ja liikenne" in text and "15.3.2027" in text
    assert "Suunniteltu klo" in text and "Toteutunut klo" in text
    assert "17.30–17.45" in text and "17.45–18.05" in text  # the opening round: planned, then actual
    assert "18.05–18.50" in text  # the empathy map as it went
    assert "Liikenne huolettaa" in text
    assert "Lähetä muistio kylätoimikunnalle Päivi 20.3.2027" in text  # the task, as typed
