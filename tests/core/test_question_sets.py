"""Reusable question sets: built-in ones in three languages, saving and applying the user's own."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from fasilitaattori.core import feedback, workshops
from fasilitaattori.core.question_sets import (
    apply_question_set,
    builtin_sets,
    get_question_set,
    list_question_sets,
    move_question,
    question_sets,
    save_question_set,
)
from fasilitaattori.errors import NotFoundError, ValidationError


def prompts(wb, workshop_id):
    return [q.prompt for q in feedback.list_questions(wb, workshop_id)]


def test_builtin_sets_exist_in_every_language():
    sets = builtin_sets()
    by_language = {s.language for s in sets}
    assert by_language == {"fi", "sv", "en"}
    keys = {s.id.rsplit(":", 1)[0] for s in sets}
    for key in keys:
        variants = [s for s in sets if s.id.startswith(key + ":")]
        assert len(variants) == 3
        # the same questions in each language, kind by kind
        assert len({tuple(q.kind for q in s.questions) for s in variants}) == 1


def test_save_and_apply_a_set_to_another_workshop(wb):
    source = workshops.create_workshop(wb, title="Iisalmi", language="fi")
    feedback.add_question(wb, source.id, "Kuinka hyödyllinen työpaja oli?", low_label="ei lainkaan",
                          high_label="erittäin")
    feedback.add_question(wb, source.id, "Saitko sanoa mielipiteesi?", kind="yesno")
    feedback.add_question(wb, source.id, "Terveiset järjestäjille", kind="text")
    saved = save_question_set(wb, source.id, "Neuvostojen palaute")
    assert saved.language == "fi"

    target = workshops.create_workshop(wb, title="Varkaus")
    feedback.add_question(wb, target.id, "Saitko sanoa mielipiteesi?", kind="yesno")
    added = apply_question_set(wb, target.id, saved.id)
    assert [q.prompt for q in added] == ["Kuinka hyödyllinen työpaja oli?", "Terveiset järjestäjille"]
    assert prompts(wb, target.id) == ["Saitko sanoa mielipiteesi?", "Kuinka hyödyllinen työpaja oli?",
                                      "Terveiset järjestäjille"]
    assert added[0].high_label == "erittäin" and added[0].scale_max == 5
    assert apply_question_set(wb, target.id, saved.id) == []  # nothing asked twice

    mine = [s for s in list_question_sets(wb, "fi") if not s.builtin]
    assert [s.name for s in mine] == ["Neuvostojen palaute"]
    assert len(list_question_sets(wb, "sv")) == len([s for s in builtin_sets() if s.language == "sv"])


def test_apply_a_builtin_set(wb):
    ws = workshops.create_workshop(wb, title="Workshop", language="en")
    chosen = next(s for s in list_question_sets(wb, "en") if s.builtin)
    added = apply_question_set(wb, ws.id, chosen.id)
    assert [q.prompt for q in added] == [q.prompt for q in chosen.questions]


def test_errors_leave_things_as_they_were(wb):
    ws = workshops.create_workshop(wb, title="Tyhjä")
    with pytest.raises(ValidationError, match="no questions"):
        save_question_set(wb, ws.id, "Tyhjä sarja")
    with pytest.raises(NotFoundError):
        get_question_set(wb, "builtin:nothing:fi")
    with pytest.raises(ValidationError, match="Questions cannot be saved"):  # the app never writes one
        question_sets.create(wb, name="Rikki", language="fi", questions='[{"kind": "essay"}]')
    damaged = question_sets.create(wb, name="Rikki", language="fi", questions="[]")
    with wb.store.write() as session:  # as an older version, or another program, may have left it
        session.execute(text("UPDATE question_sets SET questions = :q WHERE id = :id"),
                        {"q": '[{"kind": "essay"}]', "id": damaged.id})
    with pytest.raises(ValidationError, match="damaged"):
        apply_question_set(wb, ws.id, damaged.id)
    assert "Rikki" not in [s.name for s in list_question_sets(wb)]
    assert prompts(wb, ws.id) == []


def test_move_question(wb):
    ws = workshops.create_workshop(wb, title="Järjestys")
    a, b, c = (feedback.add_question(wb, ws.id, p) for p in ("A", "B", "C"))
    move_question(wb, c.id, 0)
    assert prompts(wb, ws.id) == ["C", "A", "B"]
    move_question(wb, c.id, 2)
    assert prompts(wb, ws.id) == ["A", "B", "C"]
