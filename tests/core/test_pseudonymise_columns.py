"""Every free-text column of every synced entity, classified, and a store with a participant's
name and contact planted in each of them: what the pseudonymised bundle and printouts are
checked against (tests/sync/test_pseudonymise_bundle.py, tests/documents/test_pseudonymise_reports.py).

A text column added to a synced model later fails `test_every_text_column_is_classified` until
it is put in FREE_TEXT (then it is planted and must come out pseudonymised) or in NOT_FREE_TEXT.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, Integer, update

from fasilitaattori.core import (
    agenda,
    categories,
    feedback,
    methods,
    notes,
    participants,
    photos,
    projects,
    question_sets,
    tasks,
    workshops,
)
from fasilitaattori.core.pseudonyms import Pseudonymiser
from fasilitaattori.core.records import REGISTRY
from fasilitaattori.errors import ValidationError
from fasilitaattori.store.models import META_COLUMNS, SYNCED_MODELS, Conflict

NAME = "Aino Räsänen"
EMAIL = "aino.rasanen@example.fi"
PHONE = "040 123 4567"
CONTACT = f"{EMAIL}, {PHONE}"
# The full name, inflected first and last names, the email and the phone written without spaces.
PLANT = f"{NAME} kertoi: soita Ainolle tai Räsäselle, {EMAIL} / 0401234567 / {PHONE}."
# Nothing of these may be left in pseudonymised output (checked case-sensitively, as a word like
# "ainoa" is not a name; the email and phone have no case to speak of).
SECRETS = ("Aino", "Räsänen", "Räsäse", EMAIL, PHONE, "0401234567")

# Columns that hold no free text: ids and references, codes from a fixed list, dates and times,
# positions and hashes. Everything else a person may type a name into.
NOT_FREE_TEXT: dict[str, set[str]] = {
    "project": {"period_start", "period_end"},  # dates
    "workshop": {"date", "start_time", "end_time",  # date and clock times
                 "status", "language",  # codes
                 "day_starts", "agenda_columns"},  # clock times of later days; column codes
    "method": {"key", "language", "category"},  # library key, language code, category key
    "agenda_item": {"position", "category", "actual_start", "actual_end", "track_of", "pinned_start"},
    "participant": set(),
    "attendance": set(),
    "head_count": set(),
    "note": {"kind"},
    "task": {"due_date", "status", "kind"},
    "feedback_question": {"position", "kind"},
    "feedback_response": {"source", "answered_at"},  # code; the survey tool's timestamp
    "feedback_answer": set(),
    "question_set": {"language"},
    "category": {"colour", "counts_as"},  # #rrggbb; code
    "photo": {"sha256", "mime"},
    "conflict": {"entity", "field", "row_id", "value_clock"},  # what the copy belongs to; a clock
    "erasure": {"entity", "row_id"},
}

FREE_TEXT: dict[str, set[str]] = {
    "project": {"name", "organisation", "partners", "funder", "description", "contacts"},
    "workshop": {"title", "venue", "locality", "target_group", "goals", "facilitators", "conclusions"},
    "method": {"name", "purpose", "steps", "materials", "tags", "worksheet"},
    "agenda_item": {"title", "instructions", "materials", "facilitator_notes", "leader", "room"},
    "participant": {"display_name", "organisation", "municipality", "role", "contact", "diet", "other_needs"},
    "attendance": set(),
    "head_count": {"municipality", "organisation"},
    "note": {"group_label", "text", "tags"},
    "task": {"text", "owner"},
    "feedback_question": {"prompt", "low_label", "high_label", "options"},
    "feedback_response": {"respondent"},  # the survey tool's respondent: often an email
    "feedback_answer": {"value_text"},
    "question_set": {"name", "questions"},
    "category": {"name"},
    "photo": {"caption", "filename"},
    "conflict": {"value"},
    "erasure": set(),
}


def text_columns(entity: str) -> set[str]:
    """The model's text columns that are not bookkeeping or references."""
    table = SYNCED_MODELS[entity].__table__  # type: ignore[attr-defined]
    return {c.name for c in table.columns if c.name not in META_COLUMNS and not c.foreign_keys
            and not isinstance(c.type, Boolean | Integer)}


def test_every_text_column_is_classified() -> None:
    assert set(FREE_TEXT) == set(NOT_FREE_TEXT) == set(SYNCED_MODELS)
    for entity in SYNCED_MODELS:
        assert not FREE_TEXT[entity] & NOT_FREE_TEXT[entity], entity
        found = text_columns(entity)
        assert found == FREE_TEXT[entity] | NOT_FREE_TEXT[entity], (
            f"{entity}: classify {sorted(found ^ (FREE_TEXT[entity] | NOT_FREE_TEXT[entity]))} in "
            "FREE_TEXT (planted, must come out pseudonymised) or NOT_FREE_TEXT")


def _plant(wb: Any, entity: str, row_id: str, columns: set[str]) -> None:
    """Through core where it takes the text as typed, else straight into the store (worksheets
    and question sets are checked JSON, a conflict copy is made by sync)."""
    model = SYNCED_MODELS[entity]
    for column in sorted(columns):
        entity_of = REGISTRY.get(entity)
        if entity_of is not None and column in entity_of.fields:
            try:
                entity_of.update(wb, row_id, **{column: PLANT})
                continue
            except ValidationError:
                pass
        with wb.store.write() as session:
            session.execute(update(model).where(model.id == row_id).values({column: PLANT}))


def planted_store(wb: Any) -> dict[str, str]:
    """Rows of every synced kind with the participant's name and contact in every free-text
    column (her own name and contact only in her own row). Returns the ids tests need."""
    project = projects.create_project(wb, name="Hanke")
    ws = workshops.create_workshop(wb, title="Työpaja", project_id=project.id, date="2026-03-02")
    method = methods.methods.create(wb, name="Menetelmä")
    item = agenda.add_item(wb, ws.id, title="Lohko", method_id=method.id)
    aino = participants.create_participant(wb, ws.id, display_name=NAME, contact=CONTACT, consent_photo=True)
    other = participants.create_participant(wb, ws.id, display_name="Pekka Ojala")
    head = participants.set_head_count(wb, ws.id, "Kunta", "Järjestö", 3)
    note = notes.add_note(wb, ws.id, "muistiinpano", agenda_item_id=item.id)
    task = tasks.add_task(wb, "tehtävä", workshop_id=ws.id, project_id=project.id)
    owned = tasks.add_task(wb, "tehtävä", workshop_id=ws.id, owner_id=aino.id)
    text_q = feedback.add_question(wb, ws.id, "Mitä?", "text")
    choice_q = feedback.add_question(wb, ws.id, "Kuka?", "choice", options="x\ny")
    scale_q = feedback.add_question(wb, ws.id, "Miten?", "scale")
    response = feedback.add_response(wb, ws.id, {text_q.id: "x", choice_q.id: "x", scale_q.id: 4})
    answers = [a for _r, given in feedback.list_responses(wb, ws.id) for a in given.values() if a.value_text]
    qset = question_sets.save_question_set(wb, ws.id, "Kysymykset")
    category = categories.add_category(wb, "Oma")
    agenda.agenda_items.update(wb, item.id, category=category.id)
    photo = photos.photos.create(wb, workshop_id=ws.id, agenda_item_id=item.id, sha256="ab" * 32)
    rows: dict[str, list[str]] = {
        "project": [project.id], "workshop": [ws.id], "method": [method.id], "agenda_item": [item.id],
        "participant": [other.id], "head_count": [head.id], "note": [note.id], "task": [task.id],
        "feedback_question": [text_q.id, choice_q.id, scale_q.id], "feedback_response": [response.id],
        "feedback_answer": [a.id for a in answers], "question_set": [qset.id], "category": [category.id],
        "photo": [photo.id],
    }
    for entity, ids in rows.items():
        # Not as the other participant's name or contact: that would make the planted text his
        # own name or contact, replaced whole, and nothing in it would be looked at.
        own = {"display_name", "contact"} if entity == "participant" else set()
        for row_id in ids:
            _plant(wb, entity, row_id, FREE_TEXT[entity] - own)
    # Conflict copies (made by sync): a note's losing text and a participant's own losing values.
    with wb.store.write() as session:
        for n, (entity, row_id, field, value) in enumerate((
                ("note", note.id, "text", PLANT), ("participant", aino.id, "display_name", NAME),
                ("participant", aino.id, "contact", CONTACT), ("participant", aino.id, "diet", PLANT),
                ("participant", other.id, "role", PLANT))):
            session.add(Conflict(id=f"conflict-{n}", created_at="2026-03-02T10:00:00Z", clock="", deleted=False,
                                 entity=entity, row_id=row_id, field=field, value=value,
                                 value_clock="1767225600000.0000.dev", resolved=False))
    assert owned.owner_id == aino.id
    return {"project": project.id, "workshop": ws.id, "participant": aino.id}


def leaks(text: str) -> list[str]:
    """The secrets found in `text` (also across a line-end hyphen or a line break)."""
    joined = " ".join(text.split())
    variants = (text, joined, joined.replace("- ", ""), joined.replace("-", ""))
    return [s for s in SECRETS if any(s in v for v in variants)]


def test_the_planted_text_is_seen_as_leaking() -> None:
    """The check itself can fail: the planted text holds every secret."""
    assert leaks(PLANT) == list(SECRETS)
    assert leaks(f"{NAME} ja Räsä-\nselle") == ["Aino", "Räsänen", "Räsäse"]


def test_the_pseudonymiser_leaves_no_secret_in_any_free_text_column() -> None:
    pseudo = Pseudonymiser({"a": "P-001"}, {"a": NAME}, {"a": CONTACT})
    for entity, columns in FREE_TEXT.items():
        row = pseudo.row(entity, {**{c: PLANT for c in columns}, "id": "a"})
        for column in columns:
            assert not leaks(str(row[column])), (entity, column, row[column])
