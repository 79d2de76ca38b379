"""Conflicts the user is told about (issue 19): a value that lost to a concurrent edit is listed
in Tools → Conflicts and counted in the import's report however many laptops relayed it, an
unchanged re-import reports none, and an edit to a row deleted elsewhere is listed too."""

from __future__ import annotations

import pytest

from fasilitaattori.core import notes, workshops
from fasilitaattori.errors import NotFoundError
from fasilitaattori.sync.conflicts import let_go, open_conflicts, resolve
from fasilitaattori.sync.export import export_bundle
from fasilitaattori.sync.importer import import_bundle

from .helpers import dump, new_device


@pytest.fixture
def trio(tmp_path):
    devices = [new_device(tmp_path / "dev", name) for name in ("a", "b", "c")]
    yield devices
    for wb in devices:
        wb.close()


def _send(src, dst, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / f"{src.device_id}.fasi"
    export_bundle(src, path)
    return import_bundle(dst, path)


def _shared_note(devices, tmp_path, text="Alkuperäinen"):  # type: ignore[no-untyped-def]
    first = devices[0]
    w = workshops.create_workshop(first, title="Työpaja")
    note = notes.add_note(first, w.id, text)
    for other in devices[1:]:
        _send(first, other, tmp_path)
    return w, note


def test_a_conflict_relayed_through_a_third_laptop_is_listed_everywhere(trio, tmp_path):
    a, b, c = trio
    _w, note = _shared_note(trio, tmp_path)
    notes.notes.update(a, note.id, text="Ainon versio")
    notes.notes.update(b, note.id, text="Bertan versio")  # later: this one wins
    _send(a, b, tmp_path)  # b keeps Aino's text as a copy
    assert [(x.mine, x.theirs) for x in open_conflicts(b)] == [("Bertan versio", "Ainon versio")]
    relayed = _send(b, c, tmp_path)  # c never saw a's bundle: b relays both
    assert [(x.mine, x.theirs) for x in open_conflicts(c)] == [("Bertan versio", "Ainon versio")]
    assert relayed.conflicts == 1
    back = _send(c, a, tmp_path)  # a's own text lost: a is told, though b's bundle came through c
    assert notes.notes.get(a, note.id).text == "Bertan versio"
    assert [(x.mine, x.theirs) for x in open_conflicts(a)] == [("Bertan versio", "Ainon versio")]
    assert back.conflicts == 1 and back.counts["note"].conflicting == 1


def test_an_unchanged_reimport_reports_no_conflicts(trio, tmp_path):
    a, b, _c = trio
    _w, note = _shared_note(trio, tmp_path)
    notes.notes.update(a, note.id, text="Ainon versio")
    notes.notes.update(b, note.id, text="Bertan versio")
    path = tmp_path / "a.fasi"
    export_bundle(a, path)
    first = import_bundle(b, path)
    assert first.conflicts == 1 and first.totals().conflicting == 1
    before = dump(b)
    again = import_bundle(b, path)
    assert (again.conflicts, again.totals().conflicting, again.changes) == (0, 0, 0)
    assert dump(b) == before and len(open_conflicts(b)) == 1


def test_an_edit_to_a_note_deleted_elsewhere_is_listed_and_can_be_restored(trio, tmp_path):
    a, b, _c = trio
    w, note = _shared_note(trio, tmp_path)
    notes.notes.delete(a, note.id)
    notes.notes.update(b, note.id, text="Muokattu poiston jälkeen")
    told = _send(b, a, tmp_path)
    assert told.conflicts == 1
    _send(a, b, tmp_path)
    for wb in (a, b):
        listed = open_conflicts(wb)
        assert [(x.kind, x.theirs) for x in listed] == [("deleted", "Muokattu poiston jälkeen")]
        assert notes.list_notes(wb, w.id) == []
    resolve(a, open_conflicts(a)[0].id, "restore")
    assert [n.text for n in notes.list_notes(a, w.id)] == ["Muokattu poiston jälkeen"]
    assert open_conflicts(a) == []
    _send(a, b, tmp_path)
    assert open_conflicts(b) == [] and dump(a) == dump(b)


def test_letting_an_edit_to_a_deleted_note_go_keeps_it_deleted_everywhere(trio, tmp_path):
    a, b, _c = trio
    w, note = _shared_note(trio, tmp_path)
    notes.notes.update(b, note.id, text="Muokattu poiston aikana")
    notes.notes.delete(a, note.id)  # deleted last, but a never saw the edit
    _send(b, a, tmp_path)
    _send(a, b, tmp_path)
    listed = open_conflicts(b)
    assert [x.kind for x in listed] == ["deleted"]
    let_go(b, listed[0].id)
    assert open_conflicts(b) == [] and notes.list_notes(b, w.id) == []
    with pytest.raises(NotFoundError):
        notes.notes.get(b, note.id)
    _send(b, a, tmp_path)
    assert open_conflicts(a) == [] and dump(a) == dump(b)
