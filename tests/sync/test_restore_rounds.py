"""Restore points per Sync now (issue 20): one Sync now that takes in several change files keeps
one copy of the store, named by every log entry of that round, and undoing any of them puts
the store back as before the round; copies no log entry names (left by a kill between the
copy and the import's commit) go after an hour and never count toward the five kept."""

from __future__ import annotations

import os
import time

import pytest

from fasilitaattori.cli import main
from fasilitaattori.core import notes, workshops
from fasilitaattori.core.check import check_store
from fasilitaattori.errors import NotFoundError
from fasilitaattori.library.seed import open_workbench
from fasilitaattori.sync.export import export_bundle
from fasilitaattori.sync.folder import set_sync_folder, sync_now
from fasilitaattori.sync.importer import import_bundle, sync_log
from fasilitaattori.sync.restore_points import KEEP, ORPHAN_AGE, plan_undo, points_dir, undo_import

from .helpers import dump, new_device


def _points(wb) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(p.name for p in points_dir(wb).glob("*.sqlite"))


@pytest.fixture
def pair(tmp_path):
    folder = tmp_path / "Nextcloud" / "Fasilitaattori"
    folder.mkdir(parents=True)
    a, b = new_device(tmp_path / "dev", "a"), new_device(tmp_path / "dev", "b")
    for wb in (a, b):
        set_sync_folder(wb, folder)
    yield a, b
    a.close()
    b.close()


@pytest.mark.parametrize("which", [0, 1, 2])
def test_a_sync_now_taking_in_three_change_files_keeps_one_restore_point_and_undo_goes_back_before_it(pair, which):
    a, b = pair
    w = workshops.create_workshop(a, title="Kyläilta")
    sync_now(a)
    sync_now(b)
    notes.add_note(b, w.id, "Oma muistiinpano ennen kierrosta")
    before_round, points_before = dump(b), _points(b)
    for i in range(3):  # three change files from A, all read in B's next Sync now
        notes.add_note(a, w.id, f"Muistiinpano {i}")
        assert sync_now(a).written is not None
    report = sync_now(b)

    assert [name.split(".")[-2] for name, _result in report.imported] == ["changes"] * 3
    assert len(notes.list_notes(b, w.id)) == 4
    new_points = sorted(set(_points(b)) - set(points_before))
    assert len(new_points) == 1
    round_entries = sorted((e for e in sync_log(b) if e.action == "sync" and e.device_id == a.device_id
                            and e.file in {name for name, _r in report.imported}), key=lambda e: e.id)
    assert [e.summary["restore_point"] for e in round_entries] == new_points * 3

    chosen = round_entries[which]
    plan = plan_undo(b, chosen.id)
    assert plan.same_round == 2 and plan.later_imports == 0
    undo_import(b, chosen.id)
    assert dump(b) == before_round
    assert check_store(b) == []
    # The whole round is undone: none of its entries can be undone again.
    undone = {e.id: e.summary.get("undone") for e in sync_log(b)}
    assert all(undone[e.id] is True for e in round_entries)
    for entry in round_entries:
        with pytest.raises(NotFoundError):
            undo_import(b, entry.id)


def test_the_command_line_says_an_undo_takes_back_the_whole_sync_now(pair, capsys):
    a, b = pair
    w = workshops.create_workshop(a, title="Kyläilta")
    sync_now(a)
    sync_now(b)
    for i in range(2):
        notes.add_note(a, w.id, f"Muistiinpano {i}")
        sync_now(a)
    sync_now(b)
    last = next(e for e in sync_log(b) if e.action == "sync" and e.device_id == a.device_id)
    data_dir = str(b.data_dir)
    b.close()
    try:
        assert main(["--data-dir", data_dir, "sync", "undo", str(last.id)]) == 0
        out = capsys.readouterr().out
        assert "1 other import of the same Sync now" in out
    finally:
        b = open_workbench(b.data_dir)
    assert len(notes.list_notes(b, w.id)) == 0


def test_a_copy_no_log_entry_names_goes_after_an_hour_and_does_not_count_toward_the_five(tmp_path):
    a, b = new_device(tmp_path / "dev", "a"), new_device(tmp_path / "dev", "b")
    try:
        w = workshops.create_workshop(a, title="Työpaja")
        for i in range(KEEP):
            notes.add_note(a, w.id, f"Muistiinpano {i}")
            export_bundle(a, tmp_path / "a.fasi")
            import_bundle(b, tmp_path / "a.fasi")
        named = _points(b)
        assert len(named) == KEEP
        # Left by a kill between the copy and the commit: named by no log entry. Its name sorts
        # after every named one, as a copy made since would.
        old = points_dir(b) / "before-import-29991231-235959-000000.sqlite"
        old.write_bytes((points_dir(b) / named[0]).read_bytes())
        hours_ago = time.time() - ORPHAN_AGE - 60
        os.utime(old, (hours_ago, hours_ago))
        # A copy the window has just made, still waiting for the write lock: it stays.
        fresh = points_dir(b) / "before-import-29991231-235959-000001.sqlite"
        fresh.write_bytes(old.read_bytes())

        notes.add_note(a, w.id, "Vielä yksi")
        export_bundle(a, tmp_path / "a.fasi")
        import_bundle(b, tmp_path / "a.fasi")

        after = _points(b)
        assert old.name not in after and fresh.name in after
        newest = next(e for e in sync_log(b) if e.action == "import").summary["restore_point"]
        # The five named copies kept are the newest five; the young unnamed one is not one of them.
        assert sorted(set(after) - {fresh.name}) == [*named[1:], newest]
    finally:
        a.close()
        b.close()
