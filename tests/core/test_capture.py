import struct
import zlib

import pytest

from fasilitaattori.core import agenda, feedback, notes, participants, photos, projects, tasks, workshops
from fasilitaattori.core.search import rebuild_index, search
from fasilitaattori.errors import ValidationError


def _png(width=3, height=2) -> bytes:
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + b"\xff\xff\xff" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def test_notes_attach_to_blocks_of_their_own_workshop_only(wb):
    ws = workshops.create_workshop(wb, title="A")
    other = workshops.create_workshop(wb, title="B")
    item = agenda.add_item(wb, other.id, title="Dialogi")
    with pytest.raises(ValidationError, match="own workshop"):
        notes.add_note(wb, ws.id, "Idea", agenda_item_id=item.id)
    own = agenda.add_item(wb, ws.id, title="Kahvila")
    note = notes.add_note(wb, ws.id, "Palvelupolku on liian pitkä", kind="development_need")
    notes.move_note(wb, note.id, own.id)
    assert notes.list_notes(wb, ws.id, agenda_item_id=own.id)[0].text == "Palvelupolku on liian pitkä"
    with pytest.raises(ValidationError):
        notes.add_note(wb, ws.id, "x", kind="gossip")


def test_a_very_long_note_is_kept_and_notes_page(wb):
    ws = workshops.create_workshop(wb, title="A")
    long_text = "Pitkä muistiinpano. " * 1000
    notes.add_note(wb, ws.id, long_text)
    for i in range(30):
        notes.add_note(wb, ws.id, f"Idea {i}")
    assert notes.count_notes(wb, ws.id) == 31
    page = notes.list_notes(wb, ws.id, offset=10, limit=5)
    assert len(page) == 5
    assert notes.list_notes(wb, ws.id)[0].text == long_text


def test_open_tasks_of_earlier_workshops_come_up_for_follow_up(wb):
    project = projects.create_project(wb, name="Sarja")
    first = workshops.create_workshop(wb, project_id=project.id, title="1", date="2024-03-01")
    second = workshops.create_workshop(wb, project_id=project.id, title="2", date="2024-04-01")
    third = workshops.create_workshop(wb, project_id=project.id, title="3", date="2024-05-01")
    open_task = tasks.add_task(wb, "Välitehtävä: kartoita verkostot", workshop_id=first.id, kind="assignment")
    tasks.add_task(wb, "Valmis", workshop_id=first.id, status="done")
    later = tasks.add_task(wb, "Myöhempi", workshop_id=third.id)
    assert open_task.project_id == project.id
    assert [t.text for t in tasks.follow_ups(wb, second.id)] == ["Välitehtävä: kartoita verkostot"]
    tasks.tasks.update(wb, later.id, follow_up_workshop_id=second.id)
    assert len(tasks.follow_ups(wb, second.id)) == 2
    tasks.tasks.update(wb, open_task.id, status="done")
    assert [t.text for t in tasks.follow_ups(wb, third.id)] == []
    with pytest.raises(ValidationError, match="workshop or a project"):
        tasks.add_task(wb, "Orpo")


def test_attendance_head_counts_and_tallies(wb):
    ws = workshops.create_workshop(wb, title="A")
    aino = participants.create_participant(wb, ws.id, display_name="Aino", municipality="Iisalmi")
    participants.create_participant(wb, ws.id, organisation="Vammaisneuvosto", municipality="Varkaus")
    participants.set_attendance(wb, ws.id, aino.id)  # idempotent
    participants.set_head_count(wb, ws.id, "Iisalmi", "", 4)
    participants.set_head_count(wb, ws.id, "Iisalmi", "", 5)
    tally = participants.counts_by(wb, ws.id, "municipality")
    assert [(t.label, t.count) for t in tally] == [("Iisalmi", 6), ("Varkaus", 1)]
    participants.set_attendance(wb, ws.id, aino.id, attending=False)
    assert participants.attendance_total(wb, ws.id) == 6
    participants.set_attendance(wb, ws.id, aino.id, attending=True)
    assert len(participants.list_participants(wb, ws.id)) == 2


def test_feedback_statistics(wb):
    ws = workshops.create_workshop(wb, title="A")
    q = feedback.add_question(wb, ws.id, "Hyöty?")
    yn = feedback.add_question(wb, ws.id, "Saitko äänesi kuuluviin?", kind="yesno")
    free = feedback.add_question(wb, ws.id, "Terveiset", kind="text")
    for score, yes, text in [(5, True, "Kiitos"), (4, False, ""), (4, True, None), ("", True, "Lisää")]:
        feedback.add_response(wb, ws.id, {q.id: score, yn.id: yes, free.id: text})
    stats = {s.question.id: s for s in feedback.question_stats(wb, ws.id)}
    assert stats[q.id].n == 3 and stats[q.id].mean == pytest.approx(13 / 3)
    assert stats[q.id].distribution == {1: 0, 2: 0, 3: 0, 4: 2, 5: 1}
    assert stats[yn.id].distribution == {0: 1, 1: 3}
    assert stats[free.id].texts == ["Kiitos", "Lisää"]
    assert feedback.response_count(wb, ws.id) == 4


def test_photos_are_stored_once_by_content(wb, tmp_path):
    ws = workshops.create_workshop(wb, title="A")
    image = tmp_path / "fläppi.png"
    image.write_bytes(_png(640, 480))
    first = photos.add_photo(wb, ws.id, image, caption="Ryhmän 1 fläppi")
    second = photos.add_photo(wb, ws.id, image, caption="Sama kuva")
    assert (first.width, first.height, first.mime) == (640, 480, "image/png")
    assert first.sha256 == second.sha256
    assert photos.photo_path(wb, first).read_bytes() == image.read_bytes()
    assert len(list(wb.store.photos_dir.iterdir())) == 1
    bad = tmp_path / "muistio.txt"
    bad.write_text("ei kuva")
    with pytest.raises(ValidationError, match="not a photo"):
        photos.add_photo(wb, ws.id, bad)
    with pytest.raises(ValidationError, match="cannot be read"):
        photos.add_photo(wb, ws.id, tmp_path / "puuttuu.jpg")


def test_search_finds_inflected_finnish_words_across_kinds(wb):
    ws = workshops.create_workshop(wb, title="Kehittämistyöpaja Vaalassa", locality="Vaala")
    note = notes.add_note(wb, ws.id, "Kehittäjäasiakkaat mukaan palvelupolkujen mallintamiseen")
    tasks.add_task(wb, "Kutsu kehittäjäasiakkaat syksyn työpajaan", workshop_id=ws.id)
    hits = search(wb, "kehittäjäasiak")
    assert {h.kind for h in hits} >= {"note", "task"}
    assert search(wb, "palvelupolku", kinds=("note",))[0].ref_id == note.id
    assert [h.kind for h in search(wb, "vaala", kinds=("workshop", "note"))] == ["workshop"]
    assert [h.kind for h in search(wb, "kehittäjä", kinds=("task",))] == ["task"]
    notes.notes.delete(wb, note.id)
    assert search(wb, "palvelupolku", kinds=("note",)) == []
    notes.notes.restore(wb, note.id)
    rebuild_index(wb)
    assert len(search(wb, "palvelupolku", kinds=("note",))) == 1
    assert search(wb, '"; DROP TABLE notes; --') == []


def test_note_keys_group_by_block_then_kind_and_filter(wb):
    from fasilitaattori.core.notes import NO_BLOCK, NoteFilter, note_keys, notes_by_keys

    ws = workshops.create_workshop(wb, title="A")
    first = agenda.add_item(wb, ws.id, title="Aloitus")
    second = agenda.add_item(wb, ws.id, title="Dialogi")
    notes.add_note(wb, ws.id, "Ilman lohkoa", kind="idea")
    notes.add_note(wb, ws.id, "Kysymys dialogissa", kind="question", agenda_item_id=second.id)
    notes.add_note(wb, ws.id, "Idea dialogissa", kind="idea", agenda_item_id=second.id)
    notes.add_note(wb, ws.id, "Palvelupolku aloituksessa", kind="quote", agenda_item_id=first.id)
    gone = notes.add_note(wb, ws.id, "Poistettu", agenda_item_id=first.id)
    notes.notes.delete(wb, gone.id)
    texts = [n.text for n in notes_by_keys(wb, note_keys(wb, NoteFilter(ws.id)))]
    assert texts == ["Palvelupolku aloituksessa", "Idea dialogissa", "Kysymys dialogissa", "Ilman lohkoa"]
    assert [n.text for n in notes_by_keys(wb, note_keys(wb, NoteFilter(ws.id, block=NO_BLOCK)))] == [
        "Ilman lohkoa"]
    assert len(note_keys(wb, NoteFilter(ws.id, block=second.id, kind="idea"))) == 1
    assert [n.text for n in notes_by_keys(wb, note_keys(wb, NoteFilter(ws.id, text="palvelu")))] == [
        "Palvelupolku aloituksessa"]
    keys = note_keys(wb, NoteFilter(ws.id))
    assert [n.text for n in notes_by_keys(wb, [keys[3], keys[0]])] == ["Ilman lohkoa", "Palvelupolku aloituksessa"]
