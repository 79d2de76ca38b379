"""Undoing an import (issue 19): a restore point before each import that changes something
(the last five kept), the later local edits an undo would lose named first, erasures applied
again after the restore, and `sync undo LOG_ID` on the command line."""

from __future__ import annotations

from fasilitaattori.cli import main
from fasilitaattori.core import notes, participants, workshops
from fasilitaattori.core.check import check_store
from fasilitaattori.core.clock import HLC
from fasilitaattori.core.people import erase_person
from fasilitaattori.library.seed import open_workbench
from fasilitaattori.sync.export import export_bundle
from fasilitaattori.sync.importer import import_bundle, sync_log
from fasilitaattori.sync.restore_points import KEEP, plan_undo, points_dir, scrub_points, undo_import

from .helpers import file_bytes, new_device


def _import_id(wb) -> int:  # type: ignore[no-untyped-def]
    return next(e.id for e in sync_log(wb) if e.action == "import")


def test_undoing_an_import_brings_back_the_store_before_it_but_not_an_erased_person(tmp_path):
    a, b = new_device(tmp_path / "dev", "a"), new_device(tmp_path / "dev", "b")
    try:
        own = workshops.create_workshop(b, title="Oma työpaja")
        mine = notes.add_note(b, own.id, "Oma muistiinpano")
        person = participants.create_participant(b, own.id, display_name="Kerttu Väänänen",
                                                 contact="kerttu@example.fi")
        theirs = workshops.create_workshop(a, title="Vieras työpaja")
        notes.add_note(a, theirs.id, "Vieras muistiinpano")
        export_bundle(a, tmp_path / "a.fasi")
        import_bundle(b, tmp_path / "a.fasi")
        log_id = _import_id(b)
        notes.notes.update(b, mine.id, text="Muokattu tuonnin jälkeen")
        point = next(points_dir(b).glob("*.sqlite"))
        assert "Väänänen".encode() in point.read_bytes()
        erase_person(b, person.id)
        scrub_points(b)  # as `people erase` and the window do after an erasure
        assert "Väänänen".encode() not in point.read_bytes() and b"kerttu@example.fi" not in point.read_bytes()
        clock_before = b.clock.last

        plan = plan_undo(b, log_id)
        assert [(x.what, x.title) for x in plan.lost] == [("note", "Muokattu tuonnin jälkeen")]
        undo_import(b, log_id)

        assert [w.title for w in workshops.list_workshops(b)] == ["Oma työpaja"]
        assert notes.notes.get(b, mine.id).text == "Oma muistiinpano"
        assert participants.list_participants(b) == []
        raw = file_bytes(b)
        assert "Väänänen".encode() not in raw and b"kerttu@example.fi" not in raw
        assert check_store(b) == []
        log = sync_log(b)
        assert log[0].action == "undo" and next(e for e in log if e.id == log_id).summary["undone"] is True
        # The clock did not go back with the store: after a restart an edit here still wins.
        data_dir = b.data_dir
        b.close()
        b = open_workbench(data_dir)
        assert HLC.parse(b.clock.last) >= HLC.parse(clock_before)
        notes.notes.update(b, mine.id, text="Uusi muokkaus")
        assert notes.notes.get(b, mine.id).clock > clock_before
    finally:
        a.close()
        b.close()


def test_only_imports_that_change_something_keep_a_restore_point_and_the_last_five_stay(tmp_path):
    a, b = new_device(tmp_path / "dev", "a"), new_device(tmp_path / "dev", "b")
    try:
        w = workshops.create_workshop(a, title="Työpaja")
        for i in range(KEEP + 2):
            notes.add_note(a, w.id, f"Muistiinpano {i}")
            export_bundle(a, tmp_path / "a.fasi")
            import_bundle(b, tmp_path / "a.fasi")
        import_bundle(b, tmp_path / "a.fasi")  # unchanged: nothing to undo
        assert len(list(points_dir(b).glob("*.sqlite"))) == KEEP
        ids = [e.id for e in sync_log(b)]
        assert sync_log(b)[0].summary["restore_point"] is None
        oldest = ids[-1]
        data_dir = str(b.data_dir)
        b.close()
        assert main(["--data-dir", data_dir, "sync", "undo", str(oldest)]) == 1
        assert main(["--data-dir", data_dir, "sync", "undo", "kolme"]) == 1
        assert main(["--data-dir", data_dir, "sync", "undo", "9999"]) == 1
        assert main(["--data-dir", data_dir, "sync", "undo", str(ids[1])]) == 0
        assert main(["--data-dir", data_dir, "sync", "undo", str(ids[1])]) == 1  # already undone
        b = open_workbench(b.data_dir)
        assert len(notes.list_notes(b, w.id)) == KEEP + 1
    finally:
        a.close()
        b.close()


def test_the_command_line_says_in_one_line_why_an_import_cannot_be_undone(tmp_path, capsys):
    data_dir = str(tmp_path / "store")
    assert main(["--data-dir", data_dir, "sync", "undo", "3"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "There is no import 3 in the sync log." and "\n" not in err


def test_an_erasure_that_comes_by_sync_reaches_the_restore_points_too(tmp_path):
    a, b = new_device(tmp_path / "dev", "a"), new_device(tmp_path / "dev", "b")
    try:
        w = workshops.create_workshop(a, title="Työpaja")
        person = participants.create_participant(a, w.id, display_name="Onni Öhman", contact="onni@example.fi")
        export_bundle(a, tmp_path / "1.fasi")
        import_bundle(b, tmp_path / "1.fasi")
        notes.add_note(a, w.id, "Toinen tuonti")
        export_bundle(a, tmp_path / "2.fasi")
        import_bundle(b, tmp_path / "2.fasi")  # its restore point holds the person
        assert any(b"onni@example.fi" in p.read_bytes() for p in points_dir(b).glob("*.sqlite"))
        erase_person(a, person.id)
        export_bundle(a, tmp_path / "3.fasi")
        assert import_bundle(b, tmp_path / "3.fasi").erased >= 1
        for point in points_dir(b).glob("*.sqlite"):
            assert b"onni@example.fi" not in point.read_bytes() and "Öhman".encode() not in point.read_bytes()
        undo_import(b, next(e.id for e in sync_log(b) if e.file == "2.fasi"))
        assert participants.list_participants(b) == [] and check_store(b) == []
    finally:
        a.close()
        b.close()


def test_imports_after_an_undone_one_went_back_with_it_and_cannot_bring_it_back(tmp_path):
    """Undoing the first of two imports takes the second back too; undoing the second
    afterwards would restore its point, taken after the first, and bring the first back."""
    a, b = new_device(tmp_path / "dev", "a"), new_device(tmp_path / "dev", "b")
    try:
        first = workshops.create_workshop(a, title="Ensimmäinen tuonti")
        export_bundle(a, tmp_path / "a1.fasi")
        import_bundle(b, tmp_path / "a1.fasi")
        first_id = _import_id(b)
        notes.add_note(a, first.id, "Toisen tuonnin muistiinpano")
        export_bundle(a, tmp_path / "a2.fasi")
        import_bundle(b, tmp_path / "a2.fasi")
        second_id = _import_id(b)
        assert second_id > first_id

        undo_import(b, first_id)
        assert workshops.list_workshops(b) == []
        log = {e.id: e for e in sync_log(b)}
        assert log[second_id].summary.get("undone") is True  # it went back with the first
        data_dir = b.data_dir
        b.close()
        assert main(["--data-dir", str(data_dir), "sync", "undo", str(second_id)]) == 1  # already undone
        b = open_workbench(data_dir)
        assert workshops.list_workshops(b) == []  # the first import did not come back
    finally:
        a.close()
        b.close()
