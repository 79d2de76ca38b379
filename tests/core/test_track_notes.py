"""Notes and photos of parallel tracks: what they can be attached to, how they are listed, and
where they go when a track is deleted (and back on undo)."""

from __future__ import annotations

from fasilitaattori.core import agenda, notes, photos, workshops
from fasilitaattori.core.notes import NO_BLOCK, NoteFilter

from .test_capture import _png


def _workshop(wb):
    ws = workshops.create_workshop(wb, title="Kehittämispäivä", start_time="09:00", end_time="12:00")
    start = agenda.add_item(wb, ws.id, title="Aloitus", duration_min=20)
    groups = agenda.add_item(wb, ws.id, title="Ryhmätyö", duration_min=60)
    end = agenda.add_item(wb, ws.id, title="Purku", duration_min=30)
    a = agenda.add_track(wb, groups.id, title="Ryhmä A: Ideointi")
    b = agenda.add_track(wb, groups.id, title="Ryhmä B: Learning Cafe")
    return ws, (start, groups, end), (a, b)


def test_the_choices_list_each_block_with_its_tracks_under_it(wb):
    ws, (start, groups, end), (a, b) = _workshop(wb)
    agenda.move_item(wb, b.id, 0)  # the tracks' own order counts
    choices = notes.block_choices(wb, ws.id)
    assert [(c.id, c.label) for c in choices] == [
        (start.id, "Aloitus"), (groups.id, "Ryhmätyö"), (b.id, "  ↳ Ryhmä B: Learning Cafe"),
        (a.id, "  ↳ Ryhmä A: Ideointi"), (end.id, "Purku")]
    assert choices[3].full_title == "Ryhmätyö ↳ Ryhmä A: Ideointi"
    agenda.agenda_items.delete(wb, b.id)
    assert [c.id for c in notes.block_choices(wb, ws.id)] == [start.id, groups.id, a.id, end.id]


def test_track_notes_list_after_their_block_and_filter_by_track(wb):
    ws, (start, groups, end), (a, b) = _workshop(wb)
    notes.add_note(wb, ws.id, "Purun ajatus", agenda_item_id=end.id)
    notes.add_note(wb, ws.id, "A:n idea", agenda_item_id=a.id)
    notes.add_note(wb, ws.id, "Koko ryhmätyön havainto", kind="observation", agenda_item_id=groups.id)
    notes.add_note(wb, ws.id, "B:n idea", agenda_item_id=b.id)

    def texts(**filters):
        return [n.text for n in notes.notes_by_keys(wb, notes.note_keys(wb, NoteFilter(ws.id, **filters)))]

    assert texts() == ["Koko ryhmätyön havainto", "A:n idea", "B:n idea", "Purun ajatus"]
    assert texts(block=a.id) == ["A:n idea"]
    assert texts(block=groups.id) == ["Koko ryhmätyön havainto"]


def test_deleting_a_track_hands_its_notes_and_photos_to_its_block_and_undo_takes_them_back(wb, tmp_path):
    ws, (_start, groups, _end), (a, b) = _workshop(wb)
    kept = notes.add_note(wb, ws.id, "A:n idea", agenda_item_id=a.id)
    other = notes.add_note(wb, ws.id, "B:n idea", agenda_item_id=b.id)
    gone = notes.add_note(wb, ws.id, "Poistettu jo aiemmin", agenda_item_id=a.id)
    notes.notes.delete(wb, gone.id)
    image = tmp_path / "fläppi.png"
    image.write_bytes(_png())
    photo = photos.add_photo(wb, ws.id, image, agenda_item_id=a.id)

    agenda.agenda_items.delete(wb, a.id)
    assert notes.notes.get(wb, kept.id).agenda_item_id == groups.id  # not deleted, not dangling
    assert photos.photos.get(wb, photo.id).agenda_item_id == groups.id
    assert notes.notes.get(wb, other.id).agenda_item_id == b.id
    assert [n.text for n in notes.list_notes(wb, ws.id, agenda_item_id=groups.id)] == ["A:n idea"]

    agenda.agenda_items.restore(wb, a.id)  # undo
    assert notes.notes.get(wb, kept.id).agenda_item_id == a.id
    assert photos.photos.get(wb, photo.id).agenda_item_id == a.id
    assert [n.text for n in notes.list_notes(wb, ws.id)] == ["A:n idea", "B:n idea"]

    # Deleting the whole block takes its tracks' notes along, as its own; undo puts each back.
    agenda.agenda_items.delete(wb, groups.id)
    assert notes.list_notes(wb, ws.id) == []
    agenda.agenda_items.restore(wb, groups.id)
    assert [(n.id, n.agenda_item_id) for n in notes.list_notes(wb, ws.id)] == [(kept.id, a.id), (other.id, b.id)]


def test_a_note_naming_a_deleted_track_is_shown_under_its_block(wb):
    """As after a sync: a note written to the track on another device before its delete came."""
    ws, (_start, groups, end), (a, _b) = _workshop(wb)
    agenda.agenda_items.delete(wb, a.id)
    late = notes.notes.create(wb, workshop_id=ws.id, text="Myöhässä tullut", kind="idea")
    with wb.store.write() as session:  # the bundle's row, written as the merge writes it
        session.get(notes.Note, late.id).agenda_item_id = a.id
    agenda.agenda_items.delete(wb, end.id)
    on_deleted_block = notes.notes.create(wb, workshop_id=ws.id, text="Poistetun kohdan", kind="idea")
    with wb.store.write() as session:
        session.get(notes.Note, on_deleted_block.id).agenda_item_id = end.id

    homes = notes.block_homes(wb, ws.id)
    assert homes[a.id].id == groups.id and end.id not in homes

    def texts(block):
        return [n.text for n in notes.notes_by_keys(wb, notes.note_keys(wb, NoteFilter(ws.id, block=block)))]

    assert texts(groups.id) == ["Myöhässä tullut"]
    assert texts(NO_BLOCK) == ["Poistetun kohdan"]  # a whole block gone: kept with the workshop
    assert texts("") == ["Myöhässä tullut", "Poistetun kohdan"]
