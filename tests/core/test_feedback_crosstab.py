"""Answers by background question: a Webropol export with a municipality column, compared by
municipality as a facilitator reports it, counted against figures made by hand (next to ROWS)."""

from __future__ import annotations

import json

from fasilitaattori.core import feedback
from fasilitaattori.core.feedback_crosstab import REST, cross_tabs
from tests.core.municipality_survey import AGAIN, HOME, USEFUL, make_workshop


def test_answers_are_compared_by_municipality_without_showing_small_groups(wb, tmp_path):
    ws = make_workshop(wb, tmp_path)
    (table,) = cross_tabs(wb, ws.id)
    assert table.background.prompt == HOME
    assert table.groups == [("Kuopio", 6), ("Siilinjärvi", 5), (REST, 5)]
    by_question = {q.prompt: [(f.n, None if f.mean is None else round(f.mean, 3)) for f in cells]
                   for q, cells in table.rows}
    assert by_question == {USEFUL: [(6, 4.0), (4, None), (5, 3.0)], AGAIN: [(5, 0.8), (5, 0.4), (5, 1.0)]}


def test_groups_follow_the_questions_own_order_when_it_has_one(wb, tmp_path):
    ws = make_workshop(wb, tmp_path)
    home = next(q for q in feedback.list_questions(wb, ws.id) if q.prompt == HOME)
    feedback.questions.update(wb, home.id, options="Siilinjärvi\nKuopio")
    (table,) = cross_tabs(wb, ws.id)
    assert [g for g, _n in table.groups] == ["Siilinjärvi", "Kuopio", REST]


def test_the_command_line_gives_the_comparison_in_its_json(wb, data_dir, tmp_path, capsys):
    from fasilitaattori.cli import main

    ws = make_workshop(wb, tmp_path)
    assert main(["--data-dir", str(data_dir), "feedback", "stats", "--workshop", ws.id, "--json"]) == 0
    (home,) = json.loads(capsys.readouterr().out)["by_background"]
    assert home["background"] == HOME and home["groups"] == {"Kuopio": 6, "Siilinjärvi": 5, "other": 5}
    by_text = {q["text"]: q["by_group"] for q in home["questions"]}
    assert by_text[USEFUL] == {"Kuopio": {"n": 6, "mean": 4.0}, "Siilinjärvi": {"n": 4, "mean": None},
                               "other": {"n": 5, "mean": 3.0}}
    assert by_text[AGAIN]["Siilinjärvi"] == {"n": 5, "mean": 0.4}
