"""Importing a bundle whose rows the store mostly has already (a colleague's whole store, once
more): rows equal to a local row to the byte are recognised by their text and not parsed;
the rest is merged as usual, and the outcome is the same as parsing everything."""

from __future__ import annotations

import zipfile

import pytest

from fasilitaattori.core import notes, workshops
from fasilitaattori.errors import FasilitaattoriError
from fasilitaattori.sync import local_rows, merge, reader, rows
from fasilitaattori.sync.export import export_bundle
from fasilitaattori.sync.importer import import_bundle

from .helpers import clone, dump, new_device, read_rows, write_rows
from .test_hostile_bundles import pack


@pytest.fixture
def by_text(monkeypatch):
    monkeypatch.setattr(merge, "LINES_FROM", 1)


@pytest.fixture
def parsed(monkeypatch):
    """The entities whose rows were parsed from JSON, in order."""
    seen: list[str] = []
    real = rows.RowCheck._checked

    def spy(self, *args):
        seen.append(self.entity)
        return real(self, *args)

    monkeypatch.setattr(rows.RowCheck, "_checked", spy)
    return seen


def _members(path):
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


@pytest.fixture
def imported(demo_wb, tmp_path):
    """A second laptop that has imported the demo store's bundle; yields it and the bundle."""
    path = tmp_path / "demo.fasi"
    export_bundle(demo_wb, path)
    other = new_device(tmp_path / "dev", "other")
    import_bundle(other, path)
    yield other, path
    other.close()


def test_an_unchanged_bundle_is_recognised_without_parsing(by_text, parsed, imported, demo_wb):
    other, path = imported
    parsed.clear()
    again = import_bundle(other, path)
    assert again.changes == 0
    assert again.counts["note"].unchanged == 24
    assert "note" not in parsed and "workshop" not in parsed
    assert dump(other) == dump(demo_wb)


@pytest.mark.parametrize("parts", ["whole tables", "small parts"])
@pytest.mark.parametrize("back", [False, True], ids=["into the importer", "back where typed"])
def test_changed_rows_among_known_ones_merge_as_when_everything_is_parsed(
        parts, back, imported, demo_wb, tmp_path, monkeypatch):
    """Edits on both laptops (one a conflict), a deletion and a new note, imported comparing
    texts and, into a copy, parsing everything. Into the laptop that imported the bundle before
    (its rows in the bundle's order) and back into the one where they were typed (not)."""
    if parts == "small parts":
        monkeypatch.setattr(local_rows, "_PART", 3)
        monkeypatch.setattr(reader, "_BLOCK", 300)
    other, _ = imported
    source, target = (other, demo_wb) if back else (demo_wb, other)
    w = workshops.list_workshops(source)[0]
    listed = notes.list_notes(source, w.id)
    notes.notes.update(source, listed[0].id, text="Muutettu ensimmäisellä koneella")
    notes.notes.update(target, listed[0].id, text="Muutettu toisella koneella")  # a conflict
    notes.notes.delete(source, listed[1].id)
    notes.add_note(source, w.id, "Uusi muistiinpano")
    second = tmp_path / "second.fasi"
    export_bundle(source, second)
    twin = clone(target, tmp_path, "twin")
    try:
        monkeypatch.setattr(merge, "LINES_FROM", 1)
        text = import_bundle(target, second)
        monkeypatch.setattr(merge, "LINES_FROM", 10 ** 9)
        whole = import_bundle(twin, second)
        assert dump(target) == dump(twin)
        assert text.counts["note"].as_dict() == whole.counts["note"].as_dict()
        assert text.counts["note"].new == 1 and text.counts["note"].updated + text.counts["note"].conflicting == 2
        assert text.conflicts == whole.conflicts == 1
    finally:
        twin.close()


@pytest.mark.parametrize("case", ["same line twice", "known line and a changed copy", "same line far down"])
def test_a_known_row_twice_is_refused(case, by_text, imported, tmp_path, monkeypatch):
    other, good = imported
    members = _members(good)
    lines = members["rows/note.jsonl"].rstrip(b"\n").split(b"\n")
    if case == "same line twice":
        lines.insert(2, lines[1])
    elif case == "same line far down":  # blocks later, after the first was taken from an earlier part
        monkeypatch.setattr(local_rows, "_PART", 3)
        monkeypatch.setattr(reader, "_BLOCK", 300)
        lines.append(lines[1])
    else:
        copy = read_rows(members["rows/note.jsonl"])["rows"][0]
        copy[read_rows(members["rows/note.jsonl"])["columns"].index("text")] = "toinen"
        lines.insert(2, write_rows({"entity": "note", "columns": [], "rows": [copy]}).split(b"\n")[1])
    bad = tmp_path / "bad.fasi"
    bad.write_bytes(pack({**members, "rows/note.jsonl": b"\n".join(lines)},
                         manifest_edit=lambda m: m["counts"].pop("note")))
    before = dump(other)
    with pytest.raises(FasilitaattoriError, match="appears twice"):
        import_bundle(other, bad)
    assert dump(other) == before


@pytest.mark.parametrize("in_parts", [False, True], ids=["in order", "in small parts, after waiting"])
def test_a_bad_row_among_known_ones_is_named_by_its_place(by_text, imported, tmp_path, request, in_parts):
    waited = None
    if in_parts:  # compared part by part, the bad line waits for all the local rows first
        request.getfixturevalue("small_parts")
        waited = request.getfixturevalue("waited")
    other, good = imported
    members = _members(good)
    body = read_rows(members["rows/note.jsonl"])
    body["rows"][5][body["columns"].index("deleted")] = "no"
    bad = tmp_path / "bad.fasi"
    bad.write_bytes(pack({**members, "rows/note.jsonl": write_rows(body)}))
    before = dump(other)
    with pytest.raises(FasilitaattoriError, match="note row 6 has an unacceptable value in deleted"):
        import_bundle(other, bad)
    assert dump(other) == before
    assert waited is None or dict(waited).get("note", 0) > 0


def test_when_sqlite_cannot_render_ahead_the_merge_renders_itself(by_text, parsed, imported, demo_wb, monkeypatch):
    """A table too big for one string (or a locked file) in the second thread: same result."""
    import sqlite3

    def fail(conn, entity, low, high):
        raise sqlite3.OperationalError("string or blob too big")

    monkeypatch.setattr(local_rows, "_render", fail)
    other, path = imported
    parsed.clear()
    again = import_bundle(other, path)
    assert again.changes == 0 and "note" not in parsed
    assert dump(other) == dump(demo_wb)


@pytest.fixture
def small_parts(monkeypatch):
    """Local rows rendered three at a time and the bundle unpacked a few hundred bytes at a
    time, so the comparison goes part by part as with a decade's notes."""
    monkeypatch.setattr(local_rows, "_PART", 3)
    monkeypatch.setattr(reader, "_BLOCK", 300)


@pytest.fixture
def waited(monkeypatch):
    """How many lines waited for the local rows to be complete, per comparison."""
    counts: list[tuple[str, int]] = []
    real = local_rows.Waiting.compared

    def spy(self, entity, same, check):
        counts.append((entity, len(self.lines)))
        return real(self, entity, same, check)

    monkeypatch.setattr(local_rows.Waiting, "compared", spy)
    return counts


@pytest.fixture
def looked_up(monkeypatch):
    """The entities whose lines were looked up one by one (not taken as a block in order)."""
    seen: list[str] = []
    real = local_rows.known_lines

    def spy(entity, *args, **kwargs):
        seen.append(entity)
        return real(entity, *args, **kwargs)

    monkeypatch.setattr(local_rows, "known_lines", spy)
    return seen


def test_rows_in_the_bundles_order_are_taken_a_block_at_a_time(
        by_text, small_parts, parsed, waited, looked_up, imported, demo_wb):
    """The store that imported the bundle has its rows in the bundle's order: each block is
    one comparison with the local rows rendered so far, none waits for the rest."""
    other, path = imported
    parsed.clear()
    again = import_bundle(other, path)
    assert again.changes == 0 and again.counts["note"].unchanged == 24
    assert "note" not in parsed and "note" not in dict(waited) and "note" not in looked_up
    assert dump(other) == dump(demo_wb)


def test_rows_in_another_order_wait_for_the_rest_and_are_still_recognised(
        by_text, small_parts, parsed, waited, looked_up, imported, demo_wb):
    """The store where the rows were typed has them in the order they were made, not the
    bundle's (ordered by id): lines not among the parts so far wait, then match."""
    other, _ = imported
    back = other.store.db_path.parent / "back.fasi"
    export_bundle(other, back)
    before = dump(demo_wb)
    parsed.clear()
    again = import_bundle(demo_wb, back)
    assert again.changes == 0 and again.counts["note"].unchanged == 24
    assert "note" not in parsed and "note" in looked_up and dict(waited).get("note", 0) > 0
    assert dump(demo_wb) == before
