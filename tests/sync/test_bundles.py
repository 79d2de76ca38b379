"""Bundles end to end: whole store and one project, photos, encryption, dry run, the log,
conflict copies and their resolution, the command line."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from fasilitaattori.cli import main
from fasilitaattori.core import notes, projects, workshops
from fasilitaattori.core.check import check_store
from fasilitaattori.core.clock import load_clocks
from fasilitaattori.core.dump import dump_json
from fasilitaattori.core.photos import list_photos
from fasilitaattori.sync.conflicts import open_conflicts, reopen, resolve
from fasilitaattori.sync.export import export_bundle
from fasilitaattori.sync.importer import import_bundle, sync_log

from .helpers import as_version_1, as_version_2, dump, new_device, read_rows
from .test_hostile_bundles import _png


@pytest.fixture
def pair(tmp_path):
    a, b = new_device(tmp_path / "dev", "a"), new_device(tmp_path / "dev", "b")
    yield a, b
    a.close()
    b.close()


def exchange(src, dst, tmp_path, name="x.fasi"):
    path = tmp_path / name
    export_bundle(src, path)
    return import_bundle(dst, path)


def test_the_demo_store_travels_whole_with_its_photo(demo_wb, tmp_path):
    from fasilitaattori.core.photos import add_photo

    first = workshops.list_workshops(demo_wb)[0]
    png = tmp_path / "wall.png"
    png.write_bytes(_png())
    add_photo(demo_wb, first.id, png, caption="Seinä")
    path = tmp_path / "demo.fasi"
    result = export_bundle(demo_wb, path)
    assert result.photos == 1
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["format"] == "fasilitaattori-bundle" and manifest["version"] == 4
        assert manifest["device_id"] == demo_wb.device_id and manifest["scope"] == {"kind": "all"}
        assert set(manifest["members"]) == set(zf.namelist()) - {"manifest.json"}
    other = new_device(tmp_path / "dev", "other")
    try:
        preview = import_bundle(other, path, dry_run=True)
        assert preview.counts["note"].new == 24 and dump(other) != dump(demo_wb)
        import_bundle(other, path)
        assert dump(other) == dump(demo_wb)
        assert check_store(other) == []
        assert len(list_photos(other, first.id)) == 1
        again = import_bundle(other, path)
        assert again.changes == 0 and again.totals().unchanged > 200
        assert [e.action for e in sync_log(other)] == ["import", "import"]
    finally:
        other.close()


def test_one_project_bundle_holds_that_project_and_what_it_refers_to(pair, tmp_path):
    a, b = pair
    mine = projects.create_project(a, name="Oma hanke")
    theirs = projects.create_project(a, name="Toinen hanke")
    w1 = workshops.create_workshop(a, title="Oma työpaja", project_id=mine.id)
    workshops.create_workshop(a, title="Toisen työpaja", project_id=theirs.id)
    notes.add_note(a, w1.id, "Muistiinpano")
    path = tmp_path / "project.fasi"
    export_bundle(a, path, project_id=mine.id)
    result = import_bundle(b, path)
    assert [w.title for w in workshops.list_workshops(b)] == ["Oma työpaja"]
    assert [p.name for p in projects.list_projects(b)] == ["Oma hanke"]
    assert result.counts["note"].new == 1


def test_encrypted_bundle_needs_the_right_passphrase(pair, tmp_path):
    a, b = pair
    workshops.create_workshop(a, title="Salainen")
    path = tmp_path / "secret.fasi"
    export_bundle(a, path, passphrase="kolme pientä sanaa")
    assert b"Salainen" not in path.read_bytes() and path.read_bytes().startswith(b"FASIENC1")
    with pytest.raises(Exception, match="encrypted; give its passphrase"):
        import_bundle(b, path)
    import_bundle(b, path, passphrase="kolme pientä sanaa")
    assert [w.title for w in workshops.list_workshops(b)] == ["Salainen"]


def test_concurrent_edits_keep_a_copy_that_the_user_resolves(pair, tmp_path):
    a, b = pair
    w = workshops.create_workshop(a, title="Työpaja")
    note = notes.add_note(a, w.id, "Alkuperäinen")
    exchange(a, b, tmp_path)
    notes.notes.update(a, note.id, text="Ainon versio")
    notes.notes.update(b, note.id, text="Eeron versio")
    result = exchange(a, b, tmp_path)
    assert result.counts["note"].conflicting == 1 and result.conflicts == 1
    exchange(b, a, tmp_path)
    assert dump(a) == dump(b)
    winner = notes.notes.get(a, note.id).text
    loser = ({"Ainon versio", "Eeron versio"} - {winner}).pop()
    found = open_conflicts(b)
    assert [(c.what, c.field, c.mine, c.theirs) for c in found] == [("note", "text", winner, loser)]
    before, after = resolve(b, found[0].id, "both")
    assert after == f"{winner}\n\n{loser}" and open_conflicts(b) == []
    reopen(b, found[0].id, before)
    assert notes.notes.get(b, note.id).text == winner and len(open_conflicts(b)) == 1
    resolve(b, found[0].id, "merged", "Yhteinen versio")
    exchange(b, a, tmp_path)
    exchange(a, b, tmp_path)  # a kept the replaced value as a (settled) copy; b learns of it too
    assert notes.notes.get(a, note.id).text == "Yhteinen versio"
    assert open_conflicts(a) == [] and dump(a) == dump(b)


def test_edits_one_after_another_are_not_conflicts(pair, tmp_path):
    a, b = pair
    w = workshops.create_workshop(a, title="Työpaja")
    note = notes.add_note(a, w.id, "Ensimmäinen")
    exchange(a, b, tmp_path)
    notes.notes.update(b, note.id, text="Toinen")
    exchange(b, a, tmp_path)
    notes.notes.update(a, note.id, text="Kolmas")
    notes.notes.update(a, note.id, text="Neljäs")
    exchange(a, b, tmp_path)
    exchange(b, a, tmp_path)
    assert notes.notes.get(b, note.id).text == "Neljäs"
    assert open_conflicts(a) == [] and open_conflicts(b) == []


def test_a_delete_and_an_edit_on_another_device_both_survive(pair, tmp_path):
    a, b = pair
    w = workshops.create_workshop(a, title="Työpaja")
    note = notes.add_note(a, w.id, "Poistettava")
    exchange(a, b, tmp_path)
    notes.notes.delete(a, note.id)
    notes.notes.update(b, note.id, text="Muokattu poiston aikana")
    exchange(a, b, tmp_path)
    exchange(b, a, tmp_path)
    assert dump(a) == dump(b)
    assert notes.list_notes(a, w.id) == []
    notes.notes.restore(a, note.id)  # undo the delete: the other device's edit is there
    assert notes.notes.get(a, note.id).text == "Muokattu poiston aikana"


def test_command_line_export_import_dry_run_and_passphrase_file(demo_wb, tmp_path, capsys):
    demo_dir = str(demo_wb.data_dir)
    demo_wb.close()
    secret = tmp_path / "pass.txt"
    secret.write_text("salasana\n", encoding="utf-8")
    bundle = tmp_path / "out.fasi"
    assert main(["--data-dir", demo_dir, "sync", "export", str(bundle), "--passphrase-file", str(secret)]) == 0
    assert "(encrypted)" in capsys.readouterr().out
    other = str(tmp_path / "other")
    assert main(["--data-dir", other, "sync", "import", str(bundle), "--dry-run",
                 "--passphrase-file", str(secret)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Would import from device") and "note: 24 new" in out
    assert main(["--data-dir", other, "sync", "import", str(bundle)]) == 1
    assert capsys.readouterr().err.strip() == "This bundle is encrypted; give its passphrase to open it."
    assert main(["--data-dir", other, "sync", "import", str(bundle), "--passphrase-file", str(secret)]) == 0
    assert "Imported from device" in capsys.readouterr().out
    assert main(["--data-dir", other, "sync", "log"]) == 0
    assert "import" in capsys.readouterr().out
    assert main(["--data-dir", other, "sync", "import", str(tmp_path / "missing.fasi")]) == 1
    assert capsys.readouterr().err.startswith("The file missing.fasi cannot be read")


def test_exported_json_is_plain_and_documented(demo_wb, tmp_path):
    path = tmp_path / "demo.fasi"
    export_bundle(demo_wb, path)
    with zipfile.ZipFile(path) as zf:
        lines = zf.read("rows/note.jsonl").decode("utf-8").splitlines()
    head = json.loads(lines[0])
    assert head["entity"] == "note" and head["columns"][:4] == ["id", "created_at", "clock", "deleted"]
    rows = [json.loads(line) for line in lines[1:]]
    assert len(rows) == 24 and [r[0] for r in rows] == sorted(r[0] for r in rows)
    first = dict(zip(head["columns"], rows[0], strict=True))
    assert set(load_clocks(first["clock"])) >= {"text", "deleted"} and first["deleted"] is False
    assert isinstance(first["text"], str) and first["text"]


@pytest.mark.parametrize("rewrite", [as_version_1, as_version_2], ids=["version 1", "version 2"])
def test_an_older_bundle_still_imports(demo_wb, tmp_path, rewrite):
    """Bundles written before rows went one per line (1), or before field clocks were compact
    (1 and 2), import to the same store, clocks and all."""
    path = tmp_path / "demo.fasi"
    export_bundle(demo_wb, path)
    with zipfile.ZipFile(path) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    old = tmp_path / "demo-old.fasi"
    with zipfile.ZipFile(old, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in rewrite(members).items():
            zf.writestr(name, data)
    other = new_device(tmp_path / "dev", "other")
    try:
        assert import_bundle(other, old, dry_run=True).counts["note"].new == 24
        import_bundle(other, old)
        assert dump_json(other, with_clocks=True) == dump_json(demo_wb, with_clocks=True)
        assert import_bundle(other, path).changes == 0
    finally:
        other.close()


def test_a_pseudonymised_export_writes_the_same_rows_as_json_from_python(demo_wb, tmp_path):
    """Plain exports let SQLite write the JSON; pseudonymised ones go through Python. Apart from
    the participants, both give the same values."""
    plain, masked = tmp_path / "plain.fasi", tmp_path / "masked.fasi"
    export_bundle(demo_wb, plain)
    export_bundle(demo_wb, masked, pseudonymise=True)
    with zipfile.ZipFile(plain) as a, zipfile.ZipFile(masked) as b:
        for entity in ("method", "agenda_item", "feedback_question", "question_set"):
            name = f"rows/{entity}.jsonl"
            assert read_rows(a.read(name)) == read_rows(b.read(name)), entity


def test_a_bulk_import_keeps_the_search_index_whole(pair, tmp_path):
    """Hundreds of new notes are indexed in one statement; search and the store check agree."""
    from fasilitaattori.core.search import search

    a, b = pair
    w = workshops.create_workshop(a, title="Iso työpaja")
    with a.store.write() as session:
        for i in range(600):
            notes.notes.insert(session, a, {"workshop_id": w.id, "text": f"Kyläkoulun tulevaisuus {i}"})
    exchange(a, b, tmp_path)
    assert check_store(b) == []
    assert len(search(b, "kyläkoulun")) > 0
    notes.add_note(b, w.id, "Yksi lisää: kirjastoauto")  # the trigger is back for ordinary edits
    assert len(search(b, "kirjastoauto")) == 1


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_command_line_shows_how_far_an_import_has_come_on_a_terminal_only(demo_wb, tmp_path, capsys,
                                                                             monkeypatch):
    bundle = tmp_path / "demo.fasi"
    export_bundle(demo_wb, bundle)
    assert main(["--data-dir", str(tmp_path / "piped"), "sync", "import", str(bundle)]) == 0
    piped = capsys.readouterr()
    assert piped.err == "" and piped.out.startswith("Imported from device")
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["--data-dir", str(tmp_path / "typed"), "sync", "import", str(bundle)]) == 0
    shown = terminal.getvalue()
    steps = [int(step.rsplit(" ", 2)[1]) for step in shown.split("\r")[1:-2]]
    assert shown.startswith("\rImporting demo.fasi… ") and steps == sorted(steps) and steps[-1] == 100
    assert shown.endswith("\r" + " " * len("Importing demo.fasi… 100 %") + "\r")  # cleared for the summary
    assert capsys.readouterr().out.startswith("Imported from device")
