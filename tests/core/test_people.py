"""Data protection: erase a person for good, retention review, pseudonyms, the privacy notice."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from fasilitaattori.core import feedback, notes, participants, people, tasks, workshops
from fasilitaattori.core.clock import ZERO
from fasilitaattori.core.dump import dump_data
from fasilitaattori.core.privacy import privacy_notice, privacy_notice_for
from fasilitaattori.core.pseudonyms import participant_contacts, participant_names
from fasilitaattori.core.search import search
from fasilitaattori.errors import NotFoundError, ValidationError
from fasilitaattori.store.models import SYNCED_MODELS, Conflict, Erasure


def person(wb, name):
    return next(p for p in participants.list_participants(wb) if p.display_name == name)


def file_bytes(wb) -> bytes:
    """Everything SQLite has on disk for the store: the main file and its write-ahead log."""
    data = b""
    for suffix in ("", "-wal", "-journal"):
        path = Path(str(wb.store.db_path) + suffix)
        if path.exists():
            data += path.read_bytes()
    return data


def add_conflict(wb, entity, row_id, field, value):
    with wb.store.write() as session:
        session.add(Conflict(id=f"c-{row_id[:8]}-{field}", created_at="2026-01-01", clock="{}", deleted=False,
                             entity=entity, row_id=row_id, field=field, value=value, value_clock=ZERO))


def test_erase_removes_the_person_and_what_is_theirs_from_the_file(demo_wb):
    wb = demo_wb
    aino = person(wb, "Aino Räsänen")
    first = workshops.list_workshops(wb)[0]
    note = notes.add_note(wb, first.id, "Kirjastoauto pysähtyy Sukevalla vain kerran kuussa.", author_id=aino.id)
    own = tasks.add_task(wb, "Selvittää kirjastoauton aikataulun muutos.", workshop_id=first.id,
                         owner="Aino Räsänen", owner_id=aino.id)
    shared = tasks.add_task(wb, "Kootaan kuntien esimerkit.", workshop_id=first.id,
                            owner="Aino Räsänen ja Eero Tuovinen")
    add_conflict(wb, "participant", aino.id, "display_name", "Aino Räsänen-Kettunen")
    add_conflict(wb, "task", shared.id, "owner", "Aino Räsänen")
    participants.participants.update(wb, aino.id, role="varapuheenjohtaja")  # an older version in the log
    assert b"R\xc3\xa4s\xc3\xa4nen" in file_bytes(wb)

    plan = people.plan_erasure(wb, aino.id)
    assert (plan.name, plan.notes, plan.tasks, plan.owner_mentions, plan.conflicts) == (
        "Aino Räsänen", 1, 1, 1, 2)
    attended = [a for a in dump_data(wb)["attendance"] if a["participant_id"] == aino.id]
    assert len(plan.workshops) == len(attended) >= 2

    report = people.erase_person(wb, aino.id)
    assert report.erased == {"conflict": 2, "note": 1, "task": 1, "attendance": len(attended), "participant": 1}
    assert report.owners_cleared == 1 and report.file_clean

    data = dump_data(wb)
    ids = {aino.id, note.id, own.id}
    assert not any(row["id"] in ids for name in SYNCED_MODELS for row in data[name])
    assert not any(row["participant_id"] == aino.id for row in data["attendance"])
    assert tasks.tasks.get(wb, shared.id).owner == "Eero Tuovinen"
    erased = {(row["entity"], row["row_id"]) for row in data["erasure"]}
    assert {("participant", aino.id), ("note", note.id), ("task", own.id)} <= erased
    assert set(data["erasure"][0]) == {"id", "created_at", "deleted", "entity", "row_id"}
    assert search(wb, "Räsänen") == [] and search(wb, "kirjastoauto") == []

    raw = file_bytes(wb)
    for gone in ("Aino Räsänen", "Räsänen", "räsänen", "aino@example.fi", "Sukevalla", "kirjastoauton",
                 "Räsänen-Kettunen"):
        assert gone.encode("utf-8") not in raw, gone
    assert b"Eero Tuovinen" in raw  # the others' data is still there


def test_erase_of_a_deleted_participant_and_twice(demo_wb):
    wb = demo_wb
    pekka = person(wb, "Pekka Hyvönen")
    participants.participants.delete(wb, pekka.id)  # a tombstone still holds the name
    assert b"Hyv\xc3\xb6nen" in file_bytes(wb)
    people.erase_person(wb, pekka.id)
    assert b"Hyv\xc3\xb6nen" not in file_bytes(wb)
    with pytest.raises(NotFoundError, match="erased already"):
        people.erase_person(wb, pekka.id)
    with wb.store.read() as session:
        ids = list(session.scalars(select(Erasure.row_id).where(Erasure.entity == "participant")))
    assert ids == [pekka.id]


def test_erasure_records_are_the_same_on_every_device(wb):
    assert people.erasure_id("participant", "abc") == people.erasure_id("participant", "abc")
    assert people.erasure_id("participant", "abc") != people.erasure_id("note", "abc")


def test_owner_text_without_a_name():
    assert people.owner_without("Aino Räsänen", "aino räsänen") == ""
    assert people.owner_without("Aino Räsänen, Eero Tuovinen", "Aino Räsänen") == "Eero Tuovinen"
    assert people.owner_without("Liisa Jäntti & Aino Räsänen / Ville", "Aino Räsänen") == "Liisa Jäntti, Ville"
    assert people.owner_without("Neuvostojen puheenjohtajat", "Aino Räsänen") is None
    assert people.owner_without("Aino Räsänen", "") is None


def test_personal_fields():
    fields = people.personal_fields()
    assert fields["participant"][:2] == ("display_name", "contact")
    assert {"diet", "other_needs", "need_hearing_loop"} <= set(fields["participant"])  # needs are personal too
    assert people.is_personal("task", "owner") and not people.is_personal("task", "text")


# -- retention -------------------------------------------------------------------------------


def test_retention_review_lists_people_not_seen_for_n_months(demo_wb):
    wb = demo_wb
    assert people.retention_months(wb) == people.DEFAULT_RETENTION_MONTHS
    # The demo series ends 19 May 2026; four of the fifteen people missed that last workshop.
    listed = people.retention_review(wb, 24, today=date(2028, 4, 20))
    assert len(listed) == 4 and {item.last_seen for item in listed} == {"2026-04-14"}
    assert all(item.workshops == 2 for item in listed)
    assert len(people.retention_review(wb, 24, today=date(2028, 6, 1))) == 15
    assert people.retention_review(wb, 24, today=date(2028, 3, 1)) == []

    people.set_retention_months(wb, 6)
    assert people.retention_months(wb) == 6
    assert len(people.retention_review(wb, today=date(2026, 11, 20))) == 15
    with pytest.raises(ValidationError, match="from 1 to 600"):
        people.set_retention_months(wb, 0)
    first = listed[0]
    participants.participants.delete(wb, first.participant_id)
    again = people.retention_review(wb, 24, today=date(2028, 4, 20))
    assert [i.deleted for i in again if i.participant_id == first.participant_id] == [True]


def test_months_before_handles_short_months():
    assert people.months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert people.months_before(date(2026, 1, 15), 13) == date(2024, 12, 15)


# -- pseudonyms -------------------------------------------------------------------------------


def test_codes_are_stable_and_ordered_by_creation(demo_wb):
    wb = demo_wb
    codes = people.pseudonym_codes(wb)
    assert codes == people.pseudonym_codes(wb)
    assert codes[person(wb, "Aino Räsänen").id] == "P-001"
    assert codes[person(wb, "Helena Väisänen").id] == "P-015"


def test_pseudonymised_demo_data_holds_no_participant_names_or_contacts(demo_wb):
    wb = demo_wb
    first = workshops.list_workshops(wb)[0]
    notes.add_note(wb, first.id, "Aino Räsäsen ja Áile Näkkäläjärven ehdotus: lisää kuljetuksia.")
    q = feedback.list_questions(wb, first.id)[2]
    feedback.add_response(wb, first.id, {q.id: "Kiitos Ville Heiskaselle, jukka@example.fi vastaa"})
    codes, names, contacts = people.pseudonym_codes(wb), participant_names(wb), participant_contacts(wb)
    assert contacts  # the demo has e-mail addresses to hide
    out = {entity: [people.pseudonymise_row(entity, row, codes, names, contacts) for row in rows]
           for entity, rows in dump_data(wb).items() if entity != "format"}
    blob = json.dumps(out, ensure_ascii=False).encode("utf-8")
    for name in names.values():
        assert name.encode() not in blob, name
    for contact in contacts.values():
        assert contact.encode() not in blob, contact
    for inflected in ("Räsäsen", "Näkkäläjärven", "Heiskaselle"):
        assert inflected.encode() not in blob, inflected
    pseudo = {row["id"]: row for row in out["participant"]}
    aino = person(wb, "Aino Räsänen")
    assert pseudo[aino.id]["display_name"] == "P-001" and pseudo[aino.id]["municipality"] == "Iisalmi"
    owners = {row["owner"] for row in out["task"]}
    assert codes[person(wb, "Jukka Pääkkönen").id] in owners and "Kaisa Laitinen" in owners
    assert any("Kiitos P-009" in row["value_text"] for row in out["feedback_answer"])


def test_single_names_are_replaced_only_as_names():
    codes = {"a": "P-001"}
    names = {"a": "Aino Räsänen"}
    row = {"id": "n", "text": "Ainoa keino: Aino ja Räsänen ehdottivat, AINO RÄSÄSEN mielestä ainoa tie."}
    out = people.pseudonymise_row("note", row, codes, names)
    assert out["text"] == "Ainoa keino: P-001 ja P-001 ehdottivat, P-001 mielestä ainoa tie."
    assert row["text"].startswith("Ainoa keino: Aino")  # the input is not changed


def test_texts_naming_participants_are_flagged_for_review(demo_wb):
    wb = demo_wb
    first, second = workshops.list_workshops(wb)[:2]
    named = notes.add_note(wb, first.id, "Ainon ja liisa jäntin ehdotus kuntalaisraadista.")
    notes.add_note(wb, first.id, "Ainoa keino on kysyä asukkailta.")  # a word, not a name
    notes.add_note(wb, second.id, "Ville kertoi kaavoituksesta.")
    flags = people.flag_notes_naming_participants(wb, first.id)
    assert [(f.entity, f.row_id) for f in flags if f.entity == "note"] == [("note", named.id)]
    assert flags[0].names == ("Aino Räsänen", "Liisa Jäntti")
    everywhere = people.flag_notes_naming_participants(wb)
    assert {f.names for f in everywhere if f.entity == "note"} == {("Aino Räsänen", "Liisa Jäntti"),
                                                                  ("Ville Heiskanen",)}
    # The demo's task for Jukka Pääkkönen names him in its owner only, not in its text.
    assert all(f.entity != "task" for f in everywhere)


# -- privacy notice ---------------------------------------------------------------------------


@pytest.mark.parametrize("language, word", [("fi", "poistamme"), ("sv", "radera"), ("en", "delete")])
def test_privacy_notice_in_plain_language(language, word):
    text = privacy_notice(language, "Järvi-Savon järjestöverkosto ry", contact="040 123 4567", months=12)
    assert "Järvi-Savon järjestöverkosto ry" in text and "12" in text and "040 123 4567" in text
    assert word in text
    sentences = [s for line in text.splitlines()[1:] for s in line.split(". ") if s]
    assert max(len(s.split()) for s in sentences) <= 16  # short sentences


def test_privacy_notice_uses_the_retention_setting(wb):
    people.set_retention_months(wb, 18)
    assert "18 kuukautta" in privacy_notice_for(wb, "fi", "Kylätoimikunta")
    wb.set_setting("organisation_name", "Järvi-Savon järjestöverkosto ry")
    wb.set_setting("privacy_contact", "tietosuoja@example.fi")
    text = privacy_notice_for(wb, "sv")
    assert text.startswith("Dataskydd\nJärvi-Savon järjestöverkosto ry samlar") and "tietosuoja@example.fi" in text
    assert privacy_notice("en", "  ").startswith("Privacy\nThe workshop's organiser collects")
    with pytest.raises(ValidationError):
        privacy_notice("de", "X")


def test_command_line_erase_and_review(demo_wb, data_dir, capsys):
    from fasilitaattori.cli import main

    wb = demo_wb
    eero = person(wb, "Eero Tuovinen")
    base = ["--data-dir", str(data_dir)]
    assert main([*base, "people", "review", "--months", "1"]) == 0
    assert "Eero Tuovinen" in capsys.readouterr().out
    assert main([*base, "people", "erase", eero.id]) == 0
    assert "1 participant" in capsys.readouterr().out
    assert b"Tuovinen" not in file_bytes(wb)
    assert main([*base, "people", "erase", eero.id]) == 1
    assert capsys.readouterr().err.strip() == "The person was not found; they may have been erased already."


def test_a_second_store_is_clean_once_the_erasures_reach_it(demo_wb, tmp_path):
    """What sync does on the other device, reduced to its essentials: delete the rows the erasure
    records name (and take the changed owner text), then `scrub_store`. The name must be gone
    from that file too. (The end-to-end test through real bundles lives with sync.)"""
    from fasilitaattori.library.seed import open_workbench
    from fasilitaattori.store.backup import backup_file
    from fasilitaattori.store.models import Task

    wb = demo_wb
    other_dir = tmp_path / "laptop-2"
    backup_file(wb.store.db_path, other_dir / "fasilitaattori.sqlite")  # synced earlier
    other = open_workbench(other_dir)
    try:
        jukka = person(wb, "Jukka Pääkkönen")
        people.erase_person(wb, jukka.id)
        assert "Pääkkönen".encode() in file_bytes(other)
        with wb.store.read() as session:
            named = [(e.entity, e.row_id) for e in session.scalars(select(Erasure))]
            owners = {t.id: t.owner for t in session.scalars(select(Task))}
        order = list(SYNCED_MODELS)
        with other.store.write() as session:
            for entity, row_id in sorted(named, key=lambda n: -order.index(n[0])):
                row = session.get(SYNCED_MODELS[entity], row_id)
                if row is not None:
                    session.delete(row)
                    session.flush()
            for task in session.scalars(select(Task)):
                task.owner = owners.get(task.id, task.owner)
        assert people.scrub_store(other)
        assert participants.participants.list(other) != []
        raw = file_bytes(other)
        assert "Pääkkönen".encode() not in raw and "pääkkönen".encode() not in raw
    finally:
        other.close()


def test_erase_takes_the_accessibility_needs_with_the_person(demo_wb):
    """Needs are personal data (health): erasing the person leaves none of them in the file,
    and a concurrent edit of them never keeps a conflict copy."""
    wb = demo_wb
    aino = person(wb, "Aino Räsänen")
    participants.participants.update(wb, aino.id, need_hearing_loop=True, diet="Keliakiaruokavalio",
                                     other_needs="Avustajakoira mukana")
    assert people.is_personal("participant", "diet") and people.is_personal("participant", "other_needs")
    assert b"Keliakiaruokavalio" in file_bytes(wb)
    people.erase_person(wb, aino.id)
    raw = file_bytes(wb)
    assert b"Keliakiaruokavalio" not in raw and b"Avustajakoira" not in raw


def test_the_review_before_a_pseudonymised_export_reads_every_text(demo_wb):
    """A block's leader, a photo caption, the project's description: the export replaces names
    there too, so the review shows them, for the store and for the project they belong to."""
    from fasilitaattori.core import agenda, projects
    from fasilitaattori.core.pseudonyms import flagged_texts

    wb = demo_wb
    project = projects.list_projects(wb)[0]
    ws = workshops.list_workshops(wb, project.id)[0]
    block = agenda.list_agenda(wb, ws.id)[0]
    agenda.agenda_items.update(wb, block.id, leader="Kaisa Laitinen ja aino räsänen")  # typed in lower case
    projects.projects.update(wb, project.id, description="Ideat keräsi Liisa Jäntti.")
    other = projects.create_project(wb, name="Toinen hanke", description="Villen idea.")
    found = {(f.entity, f.row_id): f.names for f in flagged_texts(wb)}
    assert found[("agenda_item", block.id)] == ("Aino Räsänen",)
    assert found[("project", project.id)] == ("Liisa Jäntti",)
    assert found[("project", other.id)] == ("Ville Heiskanen",)
    in_project = {(f.entity, f.row_id) for f in flagged_texts(wb, project.id)}
    assert {("agenda_item", block.id), ("project", project.id)} <= in_project
    assert ("project", other.id) not in in_project
