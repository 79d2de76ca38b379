"""Notes on parallel tracks travel between devices, and a deleted track's notes stay with its
block on every device, also a note written to the track elsewhere before the delete arrived."""

from __future__ import annotations

from fasilitaattori.core import agenda, notes, workshops
from fasilitaattori.core.check import check_store
from fasilitaattori.core.notes import NoteFilter

from .helpers import dump, new_device
from .test_agenda_tracks_sync import _exchange


def _shown(wb, ws_id, block):
    """The notes the Notes tab lists under `block`."""
    return [n.text for n in notes.notes_by_keys(wb, notes.note_keys(wb, NoteFilter(ws_id, block=block)))]


def test_track_notes_travel_and_stay_with_the_block_when_the_track_is_deleted(tmp_path):
    a, b = new_device(tmp_path / "dev", "a"), new_device(tmp_path / "dev", "b")
    try:
        ws = workshops.create_workshop(a, title="Kehittämispäivä")
        groups = agenda.add_item(a, ws.id, title="Ryhmätyö", duration_min=60)
        track = agenda.add_track(a, groups.id, title="Ryhmä A: Ideointi")
        first = notes.add_note(a, ws.id, "A:n ensimmäinen idea", agenda_item_id=track.id)
        _exchange(a, b, tmp_path, "first")
        assert notes.notes.get(b, first.id).agenda_item_id == track.id
        assert [(c.id, c.label) for c in notes.block_choices(b, ws.id)] == [
            (groups.id, "Ryhmätyö"), (track.id, "  ↳ Ryhmä A: Ideointi")]

        # Concurrently: A deletes the track; B, not knowing, writes another note to it.
        agenda.agenda_items.delete(a, track.id)
        late = notes.add_note(b, ws.id, "A:n myöhäinen idea", agenda_item_id=track.id)
        _exchange(a, b, tmp_path, "second")

        assert dump(a) == dump(b)
        for wb in (a, b):
            assert notes.notes.get(wb, first.id).agenda_item_id == groups.id
            assert notes.notes.get(wb, late.id).agenda_item_id == track.id  # as written on B
            assert _shown(wb, ws.id, groups.id) == ["A:n ensimmäinen idea", "A:n myöhäinen idea"]
            assert [c.id for c in notes.block_choices(wb, ws.id)] == [groups.id]
            assert check_store(wb) == []  # a note on a deleted track is no damage to report
    finally:
        a.close()
        b.close()
