"""The Feedback tab on the demo store: questions, keyboard entry of paper forms, import, charts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from fasilitaattori.core import feedback
from fasilitaattori.core.feedback_stats import response_rate
from fasilitaattori.core.workshops import list_workshops


def type_into(qtbot, widget, text):
    """Key presses for text, also letters QTest cannot map (ä, ö)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                                     char))


@pytest.fixture
def feedback_ctx(demo_wb, qapp):
    from fasilitaattori.ui.context import UiContext

    context = UiContext(demo_wb)
    yield context
    context.undo_stack.clear()


@pytest.fixture
def tab(feedback_ctx, qtbot):
    from fasilitaattori.ui.feedback_tab import FeedbackTab

    widget = FeedbackTab(feedback_ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    first = list_workshops(feedback_ctx.wb)[0]
    feedback_ctx.select_workshop(first.id)
    return widget


def test_the_tab_shows_the_workshops_numbers(tab, tmp_path):
    wb = tab.ctx.wb
    rate = response_rate(wb, tab.workshop_id)
    assert rate.responses == 9 and tab.stats.rate_text().startswith(f"9 responses from {rate.attendance}")
    stats = feedback.question_stats(wb, tab.workshop_id)
    charts = tab.stats.charts
    assert len(charts) == 2  # the scale and the yes/no question; the text question is a list
    assert sum(b.count for b in charts[0].bars()) == stats[0].n
    assert [b.count for b in charts[0].bars()] == [stats[0].distribution[v] for v in (5, 4, 3, 2, 1)]
    assert "(" in charts[0].accessibleDescription() and "%" in charts[0].accessibleDescription()
    assert tab.entry.rowCount() == 10  # nine forms and the empty row
    out = Path(os.environ.get("FASI_SHOTS", tmp_path)) / "feedback_tab.png"
    assert tab.grab().save(str(out))


def test_paper_forms_by_keyboard_only(tab, qtbot):
    wb, entry = tab.ctx.wb, tab.entry
    before = feedback.response_count(wb, tab.workshop_id)
    tab.enter_button.click()
    assert (entry.currentRow(), entry.currentColumn()) == (entry.entry_row, 0)
    qtbot.keyClicks(entry, "4")  # scale -> moves on
    assert entry.currentColumn() == 1
    qtbot.keyClicks(entry, "k")  # kyllä
    assert entry.currentColumn() == 2
    qtbot.keyClicks(entry, "H")  # starts the text answer
    editor = entry.focusWidget()
    type_into(qtbot, editor, "yvä tunnelma")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # ends the text and the form
    qtbot.waitUntil(lambda: feedback.response_count(wb, tab.workshop_id) == before + 1)
    newest, answers = feedback.list_responses(wb, tab.workshop_id)[-1]
    questions = feedback.list_questions(wb, tab.workshop_id)
    values = [(answers[q.id].value_number, answers[q.id].value_text) for q in questions]
    assert newest.source == "paper" and values == [(4, ""), (1, ""), (None, "Hyvä tunnelma")]
    assert (entry.currentRow(), entry.currentColumn()) == (entry.entry_row, 0)

    # A form with a skipped question: "-" skips, Tab leaves the text question empty.
    qtbot.keyClicks(entry, "-")
    qtbot.keyClicks(entry, "0")
    qtbot.keyClick(entry, Qt.Key.Key_Tab)
    assert feedback.response_count(wb, tab.workshop_id) == before + 2
    _, answers = feedback.list_responses(wb, tab.workshop_id)[-1]
    assert [a.value_number for a in answers.values()] == [0]
    # Keys that are not answers do nothing; undo takes the last form away.
    qtbot.keyClicks(entry, "9x")
    assert entry.entry_values() == {} and entry.currentColumn() == 0
    tab.ctx.undo_stack.undo()
    assert feedback.response_count(wb, tab.workshop_id) == before + 1
    assert tab.entry.rowCount() == before + 2


def test_questions_editor_adds_moves_and_applies_a_set(tab, qtbot):
    editor, wb = tab.questions, tab.ctx.wb
    type_into(qtbot, editor.new_prompt, "Mikä jäi mieleen?")
    editor.new_kind.setCurrentIndex(editor.new_kind.findData("text"))
    qtbot.keyClick(editor.new_prompt, Qt.Key.Key_Return)
    prompts = [q.prompt for q in feedback.list_questions(wb, tab.workshop_id)]
    assert prompts[-1] == "Mikä jäi mieleen?" and tab.entry.columnCount() == 4
    editor.select_question(feedback.list_questions(wb, tab.workshop_id)[-1].id)
    editor.up_action.trigger()
    assert [q.prompt for q in feedback.list_questions(wb, tab.workshop_id)][2] == "Mikä jäi mieleen?"
    tab.ctx.undo_stack.undo()
    assert [q.prompt for q in feedback.list_questions(wb, tab.workshop_id)][3] == "Mikä jäi mieleen?"

    item = editor.table.item(0, 2)  # low label of the scale question, edited in place
    item.setText("ei yhtään")
    assert feedback.list_questions(wb, tab.workshop_id)[0].low_label == "ei yhtään"

    editor.sets.setCurrentIndex(editor.sets.findData("builtin:accessibility:fi"))
    editor.apply_selected_set()
    assert len(feedback.list_questions(wb, tab.workshop_id)) == 8
    tab.ctx.undo_stack.undo()
    assert len(feedback.list_questions(wb, tab.workshop_id)) == 4
    editor.save_as_set("Neuvostot")
    assert editor.sets.findText("Neuvostot (fi)") >= 0


def test_import_dialog_previews_maps_and_imports(tab, tmp_path, qtbot):
    from fasilitaattori.ui.feedback_import_dialog import FeedbackImportDialog

    wb = tab.ctx.wb
    questions = feedback.list_questions(wb, tab.workshop_id)
    path = tmp_path / "webropol.csv"
    path.write_bytes((
        "Vastaaja;Kuinka hyödyllinen työpaja oli omalle työllesi?;Saitko sanoa mielipiteesi?;Terveiset\r\n"
        "1;5 = erittäin;Kyllä;Kiitos!\r\n2;En osaa sanoa;Ei;\r\n3;2;Kyllä;Lisää taukoja\r\n").encode("cp1252"))
    dialog = FeedbackImportDialog(tab.ctx, tab.workshop_id, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.load(path)
    assert dialog.mapping() == {1: questions[0].id, 2: questions[1].id}
    dialog.set_question(3, questions[2].id)
    assert "3 rows will be imported" in dialog.status.text()
    # The preview shows how answers will be read: a number as it is, "don't know" and yes/no named.
    assert dialog.table.item(1, 1).text() == "5 = erittäin · En osaa sanoa = don't know · 2"
    assert dialog.table.item(2, 1).text() == "Kyllä = yes · Ei = no"
    out = Path(os.environ.get("FASI_SHOTS", tmp_path)) / "feedback_import_dialog.png"
    dialog.grab().save(str(out))
    before = feedback.response_count(wb, tab.workshop_id)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.job.running, timeout=30_000)  # written by a job
    assert dialog.result is not None and dialog.result.responses == 3
    assert feedback.response_count(wb, tab.workshop_id) == before + 3
    assert tab.stats.rate_text().startswith(f"{before + 3} responses")
    tab.ctx.undo_stack.undo()
    assert feedback.response_count(wb, tab.workshop_id) == before


def test_import_dialog_explains_a_bad_file(tab, tmp_path, qtbot):
    from fasilitaattori.ui.feedback_import_dialog import FeedbackImportDialog

    bad = tmp_path / "kuva.xlsx"
    bad.write_bytes(b"PK\x03\x04not really")
    dialog = FeedbackImportDialog(tab.ctx, tab.workshop_id, tab)
    qtbot.addWidget(dialog)
    assert not dialog.load(bad)
    assert dialog.status.text() == "The file kuva.xlsx could not be read as an Excel workbook."
    assert not dialog.import_button.isEnabled()


def test_a_large_file_is_read_off_the_window_thread_and_a_second_import_adds_nothing(tab, tmp_path, qtbot):
    from fasilitaattori.ui.feedback_import_dialog import READ_IN_PLACE_BYTES, FeedbackImportDialog

    wb = tab.ctx.wb
    prompt = feedback.list_questions(wb, tab.workshop_id)[0].prompt
    path = tmp_path / "iso.csv"
    rows = [f"{i};{1 + i % 5};Hyvä ja selkeä päivä, kiitos järjestäjille ja kaikille osallistujille, nähdään taas {i}"
            for i in range(1, 3001)]
    path.write_text("\n".join([f"Vastaaja;{prompt};Terveiset", *rows]) + "\n", encoding="utf-8")
    assert path.stat().st_size > READ_IN_PLACE_BYTES
    dialog = FeedbackImportDialog(tab.ctx, tab.workshop_id, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.load(path)
    assert dialog.reading() and not dialog.import_button.isEnabled()
    assert dialog.status.text() == "Reading the file…"
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
    assert "3000 rows will be imported" in dialog.status.text()
    before = feedback.response_count(wb, tab.workshop_id)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.job.running, timeout=30_000)
    assert feedback.response_count(wb, tab.workshop_id) == before + 3000

    again = FeedbackImportDialog(tab.ctx, tab.workshop_id, tab)
    qtbot.addWidget(again)
    again.show()
    again.load(path)
    qtbot.waitUntil(lambda: again.preview is not None, timeout=30_000)
    assert "3000 of them were imported before and will be skipped" in again.status.text()
    again.import_button.click()
    qtbot.waitUntil(lambda: not again.job.running, timeout=30_000)
    assert again.status.text() == "All 3000 rows were imported before; nothing was added."
    assert feedback.response_count(wb, tab.workshop_id) == before + 3000


def test_statistics_show_dont_know_choices_paragraphs_and_too_many_responses(tab, tmp_path, qtbot):
    from PySide6.QtWidgets import QLabel

    from fasilitaattori.core import workshops
    from fasilitaattori.core.feedback_import import import_survey

    wb = tab.ctx.wb
    ws = workshops.create_workshop(wb, title="Kyselytyöpaja", date="2026-03-10")
    feedback.add_question(wb, ws.id, "Kuinka hyödyllinen työpaja oli?")
    feedback.add_question(wb, ws.id, "Mitkä menetelmät olivat hyviä?", kind="multi",
                          options="Pienryhmät\nKävelykokous")
    feedback.add_question(wb, ws.id, "Terveiset", kind="text")
    path = tmp_path / "kysely.csv"
    path.write_text('Kuinka hyödyllinen työpaja oli?;Mitkä menetelmät olivat hyviä?;Terveiset\n'
                    '5;Pienryhmät;"Hyvä päivä.\n\nToinen kappale."\nEn osaa sanoa;Pienryhmät;Kiitos\n'
                    '4;Kävelykokous;Kiitos\n', encoding="utf-8")
    import_survey(wb, ws.id, path)
    tab.ctx.select_workshop(ws.id)
    tab.stats.set_workshop(ws.id)
    texts = [label.text() for label in tab.stats.findChildren(QLabel)]
    assert any("don't know: 1" in t for t in texts)
    assert any("Hyvä päivä.<br><br>Toinen kappale." in t for t in texts)
    assert any("Kiitos (× 2)" in t for t in texts)
    multi = [c for c in tab.stats.charts if c.accessibleName() == "Mitkä menetelmät olivat hyviä?"][0]
    assert [(b.label, b.count) for b in multi._bars] == [("Pienryhmät", 2), ("Kävelykokous", 1)]
    qtbot.wait(50)  # the previous workshop's widgets go at the next turn of the event loop
    out = Path(os.environ.get("FASI_SHOTS", tmp_path)) / "feedback_stats.png"
    tab.grab().save(str(out))
