"""The Feedback tab compares answers by municipality: a Webropol export with a municipality column
(counted by hand in tests/core/municipality_survey.py), chosen from "Compare by" with the keyboard,
shows core's figures, and a municipality of fewer than five respondents never stands alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from fasilitaattori.core import feedback
from fasilitaattori.core.feedback_crosstab import cross_tabs
from tests.core.municipality_survey import AGAIN, HOME, USEFUL, make_workshop


@pytest.fixture
def tab(wb, qapp, qtbot, tmp_path):
    from fasilitaattori.ui.context import UiContext
    from fasilitaattori.ui.feedback_tab import FeedbackTab

    ws = make_workshop(wb, tmp_path)
    ctx = UiContext(wb)
    widget = FeedbackTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    ctx.select_workshop(ws.id)
    yield widget
    ctx.undo_stack.clear()


def _choose_by_keyboard(qtbot, tab, prompt):
    """Alt+letter of "Compare by" reaches the choice; arrow keys pick the background question."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QLabel

    panel = tab.stats.comparison
    label = next(w for w in panel.findChildren(QLabel) if w.buddy() is panel.choice)
    key = QKeySequence.mnemonic(label.text())
    assert not key.isEmpty()
    tab.stats.setFocus()
    qtbot.keyClick(tab.stats, key[0].key(), Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is panel.choice
    while panel.choice.currentText() != prompt:
        before = panel.choice.currentIndex()
        qtbot.keyClick(panel.choice, Qt.Key.Key_Down)
        assert panel.choice.currentIndex() != before, f"{prompt} is not among {panel.choice.count()} choices"


def test_the_table_shows_cores_figures_by_municipality(tab, qtbot):
    panel = tab.stats.comparison
    assert panel.isVisible() and not panel.table.isVisible()  # nothing compared until chosen
    _choose_by_keyboard(qtbot, tab, HOME)
    assert panel.table.isVisible()

    wb, workshop = tab.ctx.wb, tab.workshop_id
    (table,) = cross_tabs(wb, workshop)
    overall = {st.question.prompt: st for st in feedback.question_stats(wb, workshop)}
    locale = QLocale()
    rows = panel.cells()
    heads, body = rows[0], rows[1:]
    assert [h.split("\n")[0] for h in heads[2:]] == [g or "Other" for g, _n in table.groups]
    assert [h.split("\n")[1] for h in heads[2:]] == [f"({n})" for _g, n in table.groups]

    def shown(kind, value):
        if value is None:
            return "–"
        return f"{round(value * 100)} %" if kind == "yesno" else locale.toString(value, "f", 1)

    assert [row[0].split(" (")[0] for row in body] == [q.prompt for q, _cells in table.rows] == [USEFUL, AGAIN]
    for row, (question, cells) in zip(body, table.rows, strict=True):
        assert row[1] == shown(question.kind, overall[question.prompt].mean)
        assert row[2:] == [shown(question.kind, f.mean) for f in cells]
    # By hand: Kuopio 4,0 and 80 %; Siilinjärvi's usefulness from four answers is not shown.
    assert body[0][2:] == [locale.toString(4.0, "f", 1), "–", locale.toString(3.0, "f", 1)]
    assert body[1][2:] == ["80 %", "40 %", "100 %"]


def test_a_municipality_of_fewer_than_five_is_not_shown_by_itself(tab, qtbot):
    _choose_by_keyboard(qtbot, tab, HOME)
    heads = tab.stats.comparison.cells()[0]
    names = [h.split("\n")[0] for h in heads]
    assert "Kaavi" not in names and "Tuusniemi" not in names  # two and three respondents
    assert names[-1] == "Other" and heads[-1].endswith("(5)")


def test_the_choice_stays_when_feedback_changes(tab, qtbot):
    _choose_by_keyboard(qtbot, tab, HOME)
    question = next(q for q in feedback.list_questions(tab.ctx.wb, tab.workshop_id) if q.prompt == USEFUL)
    feedback.questions.update(tab.ctx.wb, question.id, prompt=USEFUL + "!")
    tab.ctx.changed.emit("feedback_question")
    panel = tab.stats.comparison
    assert panel.choice.currentText() == HOME and panel.cells()[1][0].startswith(USEFUL + "!")


def test_a_background_question_without_groups_to_compare_says_so(tab, qtbot):
    feedback.add_question(tab.ctx.wb, tab.workshop_id, "Ikäryhmä", kind="profile")  # nobody answered it
    tab.ctx.changed.emit("feedback_question")
    _choose_by_keyboard(qtbot, tab, "Ikäryhmä")
    panel = tab.stats.comparison
    assert not panel.table.isVisible() and panel.note.isVisible()
    assert panel.note.text().startswith("Nothing to compare yet")


def test_a_survey_without_background_questions_offers_no_comparison(wb, qapp, qtbot):
    from fasilitaattori.core import workshops
    from fasilitaattori.ui.context import UiContext
    from fasilitaattori.ui.feedback_tab import FeedbackTab

    ws = workshops.create_workshop(wb, title="Iltakahvit", date="2026-03-11", status="held")
    feedback.add_question(wb, ws.id, USEFUL)
    ctx = UiContext(wb)
    widget = FeedbackTab(ctx)
    qtbot.addWidget(widget)
    widget.show()
    ctx.select_workshop(ws.id)
    assert not widget.stats.comparison.isVisible()
    ctx.undo_stack.clear()
