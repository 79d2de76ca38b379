"""A full disk during an edit, a sync import and an export: one sentence that says what to do,
the store opens afterwards, `check` passes, and no committed edit is lost.

The disk fills up through SQLite's own limit (`max_page_count` on every file the program
opens: SQLite then fails exactly as on a full disk) and, for the files the program writes
itself, through writes that fail with ENOSPC."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from fasilitaattori.core import notes, workshops
from fasilitaattori.core.check import check_store
from fasilitaattori.core.dump import dump_json
from fasilitaattori.errors import StoreError
from fasilitaattori.library.seed import open_workbench
from fasilitaattori.sync.export import export_bundle
from fasilitaattori.sync.importer import import_bundle

from . import inject
from .conftest import copy_store, local_notes_there, note_texts

DISK_FULL = "The disk is full, so the change was not saved; free some space and try again."


def _one_sentence(err: str) -> str:
    """The command line's whole complaint: one line, no traceback."""
    assert "Traceback" not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def _sound_afterwards(data: Path) -> str:
    """The store opens, `check` finds nothing wrong; its content, for comparing."""
    wb = open_workbench(data)
    try:
        assert check_store(wb) == []
        return dump_json(wb)
    finally:
        wb.close()


def test_a_full_disk_during_an_edit(local_store, tmp_path, monkeypatch):
    data = copy_store(local_store, tmp_path / "data")
    wb = open_workbench(data)
    try:
        workshop = workshops.list_workshops(wb)[0]
        kept = notes.add_note(wb, workshop.id, "Tallennettu ennen kuin levy täyttyi")
        before = dump_json(wb)
        inject.full_disk(patch=monkeypatch.setattr)
        wb.store.engine.dispose()  # the pool's connections open again, on the full disk
        with pytest.raises(StoreError) as caught:
            notes.add_note(wb, workshop.id, "Pitkä muistiinpano, joka ei mahdu levylle. " * 3000)
        assert caught.value.message == DISK_FULL
        with pytest.raises(StoreError) as caught:  # a longer text in a note that is there
            notes.notes.update(wb, kept.id, text="Muokattu pitkäksi. " * 6000)
        assert caught.value.message == DISK_FULL
        monkeypatch.undo()
    finally:
        wb.close()
    assert _sound_afterwards(data) == before
    assert local_notes_there(data)


def test_a_full_disk_during_an_edit_from_the_command_line(cli, local_store, tmp_path):
    data = copy_store(local_store, tmp_path / "data")
    before = note_texts(data)
    run = cli.run("--data-dir", data, "demo", faults=[("full_disk",)])
    assert run.code == 1
    assert _one_sentence(run.err) == DISK_FULL
    assert before <= note_texts(data)  # the demo's first steps may have fitted; each is committed
    _sound_afterwards(data)


@pytest.mark.parametrize("spare_pages", [0, 300, 1500])
def test_a_full_disk_during_a_sync_import(big_bundle, local_store, tmp_path, monkeypatch, spare_pages):
    """The disk fills at different moments of the import: at once, in the middle of the
    rows, near the end (the restore point, the log)."""
    data = copy_store(local_store, tmp_path / "data")
    before = _sound_afterwards(data)
    inject.full_disk(spare_pages, patch=monkeypatch.setattr)
    wb = open_workbench(data)
    try:
        with pytest.raises(StoreError) as caught:
            import_bundle(wb, big_bundle)
        assert caught.value.message == DISK_FULL
    finally:
        wb.close()
        monkeypatch.undo()
    assert _sound_afterwards(data) == before


def test_a_full_disk_when_an_import_keeps_its_restore_point(big_bundle, local_store, tmp_path, monkeypatch):
    """The rows fitted, but the copy of the store that lets the user undo the import does not."""
    data = copy_store(local_store, tmp_path / "data")
    before = _sound_afterwards(data)
    inject.full_disk(patch=monkeypatch.setattr, under="restore-points")
    wb = open_workbench(data)
    try:
        with pytest.raises(StoreError) as caught:
            import_bundle(wb, big_bundle)
    finally:
        wb.close()
        monkeypatch.undo()
    point = data / "restore-points"
    assert caught.value.message.startswith(f"The disk is full, so {point}{os.sep}before-import-")
    assert caught.value.message.endswith(" could not be written; free some space and try again.")
    assert _sound_afterwards(data) == before
    assert list(point.iterdir()) == []


def test_a_full_disk_during_a_sync_import_from_the_command_line(cli, big_bundle, local_store, tmp_path):
    data = copy_store(local_store, tmp_path / "data")
    before = note_texts(data)
    run = cli.run("--data-dir", data, "sync", "import", big_bundle, faults=[("full_disk", 300)])
    assert run.code == 1
    assert _one_sentence(run.err) == DISK_FULL
    assert note_texts(data) == before
    _sound_afterwards(data)


def test_a_full_disk_during_an_export(local_store, tmp_path, monkeypatch):
    data = copy_store(local_store, tmp_path / "data")
    target = tmp_path / "share" / "kollegalle.fasi"
    wb = open_workbench(data)
    try:
        export_bundle(wb, target)  # yesterday's bundle, which must survive today's failure
        yesterday = target.read_bytes()
        notes.add_note(wb, workshops.list_workshops(wb)[0].id, "Uusi muistiinpano tänään")
        inject.no_space_for_files(patch=monkeypatch.setattr)
        with pytest.raises(StoreError) as caught:
            export_bundle(wb, target)
        monkeypatch.undo()
    finally:
        wb.close()
    assert caught.value.message.startswith("The disk is full, so ")
    assert "free some space and try again" in caught.value.message
    assert target.read_bytes() == yesterday
    assert sorted(p.name for p in target.parent.iterdir()) == ["kollegalle.fasi"]  # no half-written file
    _sound_afterwards(data)
    assert "Uusi muistiinpano tänään" in {text for _id, text in note_texts(data)}


def test_a_full_disk_during_an_export_from_the_command_line(cli, local_store, tmp_path):
    data = copy_store(local_store, tmp_path / "data")
    target = tmp_path / "share" / "kollegalle.fasi"
    run = cli.run("--data-dir", data, "sync", "export", target, faults=[("no_space_for_files",)])
    assert run.code == 1
    sentence = _one_sentence(run.err)
    assert sentence.startswith("The disk is full, so ") and "free some space" in sentence
    assert not target.exists() and list(target.parent.iterdir()) == []
    _sound_afterwards(data)
