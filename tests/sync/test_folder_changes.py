"""The sync folder grows with the changes (issue 20): each device writes a snapshot now and
then and small change files between, reads only the files it has not read, a device joining
late starts from the newest snapshot, old files are compacted away by their writer, files
sync services leave behind are passed over, and a copied disk (two laptops, one device id)
is stopped with a sentence instead of being merged."""

from __future__ import annotations

import json
import zipfile

import pytest

from fasilitaattori.core import notes, workshops
from fasilitaattori.sync import changes
from fasilitaattori.sync.changes import DuplicateDeviceError, rekey
from fasilitaattori.sync.export import export_bundle
from fasilitaattori.sync.folder import own_file, set_sync_folder, sync_now
from fasilitaattori.sync.folder_files import legacy_name

from .helpers import clone, dump, new_device


@pytest.fixture
def make(tmp_path):
    folder = tmp_path / "Syncthing" / "Fasilitaattori"
    folder.mkdir(parents=True)
    made = []

    def device(name: str):
        wb = new_device(tmp_path / "devices", name)
        set_sync_folder(wb, folder)
        made.append(wb)
        return wb

    yield device, folder
    for wb in made:
        wb.close()


def _manifest(path):
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read("manifest.json"))


def _names(folder, wb):
    return sorted(p.name for p in folder.iterdir() if wb.device_id in p.name)


def test_a_new_note_travels_in_a_small_change_file_and_only_that_file_is_read(make):
    device, folder = make
    a, b = device("a"), device("b")
    workshop = workshops.create_workshop(a, title="Kyläilta")
    first = sync_now(a).written
    assert first is not None and first.name.endswith(".000001.full.fasi")
    sync_now(b)
    assert sync_now(a).written is None  # nothing changed here: nothing is written
    notes.add_note(a, workshop.id, "Kirjastoauto kulkee liian harvoin.")
    written = sync_now(a).written
    assert written is not None and written.name.endswith(".000002.changes.fasi")
    manifest = _manifest(written)
    assert {k: v for k, v in manifest["counts"].items() if v} == {"note": 1}
    assert manifest["version"] == 4 and manifest["files"]["kind"] == "changes"
    assert manifest["files"]["after"] < manifest["files"]["upto"] == manifest["clock"]
    assert sorted(manifest["members"]) == ["rows/note.jsonl"]
    report = sync_now(b)
    assert [name for name, _result in report.imported] == [written.name]  # not the snapshot again
    assert [n.text for n in notes.list_notes(b, workshop.id)] == ["Kirjastoauto kulkee liian harvoin."]
    again = sync_now(b)
    assert again.imported == [] and again.unchanged == 1
    assert dump(a) == dump(b)


def test_a_device_joining_late_reads_the_newest_snapshot_and_the_changes_after_it(make, monkeypatch):
    monkeypatch.setattr(changes, "SNAPSHOT_EVERY", 3)
    monkeypatch.setattr(changes, "SNAPSHOT_SHARE", 1000.0)
    device, folder = make
    a = device("a")
    workshop = workshops.create_workshop(a, title="Vanhusneuvosto")
    written = []
    for i in range(6):  # files 1 (snapshot), 2-4 (changes), 5 (snapshot), 6 (changes)
        notes.add_note(a, workshop.id, f"Muistiinpano {i}")
        written.append(sync_now(a).written)
    assert [p.name.split(".", 1)[1] for p in written] == [
        "000001.full.fasi", "000002.changes.fasi", "000003.changes.fasi", "000004.changes.fasi",
        "000005.full.fasi", "000006.changes.fasi"]
    # The writer compacted: what the snapshot of file 5 holds is no longer in the folder.
    assert _names(folder, a) == [written[4].name, written[5].name]
    late = device("late")
    report = sync_now(late)
    assert [name for name, _result in report.imported] == [written[4].name, written[5].name]
    assert sorted(n.text for n in notes.list_notes(late, workshop.id)) == [f"Muistiinpano {i}" for i in range(6)]
    sync_now(a)
    assert dump(a) == dump(late)


def test_a_device_whose_next_file_was_compacted_away_reads_the_new_snapshot(make, monkeypatch):
    monkeypatch.setattr(changes, "SNAPSHOT_EVERY", 2)
    monkeypatch.setattr(changes, "SNAPSHOT_SHARE", 1000.0)
    device, folder = make
    a, b = device("a"), device("b")
    workshop = workshops.create_workshop(a, title="Nuorisovaltuusto")
    sync_now(a)
    sync_now(b)  # b has read file 1
    for i in range(4):  # 2, 3 changes; 4 snapshot (2 and 3 go); 5 changes
        notes.add_note(a, workshop.id, f"Idea {i}")
        sync_now(a)
    report = sync_now(b)
    assert [name.split(".", 1)[1] for name, _result in report.imported] == ["000004.full.fasi", "000005.changes.fasi"]
    assert dump(a) == dump(b)


def test_change_files_weighing_more_than_half_the_snapshot_bring_a_new_one(make, monkeypatch):
    monkeypatch.setattr(changes, "SNAPSHOT_EVERY", 1000)
    device, folder = make
    a = device("a")
    workshop = workshops.create_workshop(a, title="Kylätoimikunta")
    sync_now(a)
    kinds = []
    for i in range(40):
        notes.add_note(a, workshop.id, f"Pitkä muistiinpano {i}: " + "kylätalon remontti " * 200)
        kinds.append(sync_now(a).written.name.split(".")[-2])
    assert "full" in kinds  # the changes outweighed the snapshot once
    assert len(_names(folder, a)) < 20


def test_three_devices_converge_through_change_files(make):
    device, folder = make
    a, b, c = device("a"), device("b"), device("c")
    workshop = workshops.create_workshop(a, title="Yhteinen työpaja")
    for wb in (a, b, c):
        sync_now(wb)
    for round_ in range(3):
        for name, wb in (("a", a), ("b", b), ("c", c)):
            notes.add_note(wb, workshop.id, f"{name} {round_}")
            sync_now(wb)
    for wb in (a, b, c, a, b):
        sync_now(wb)
    assert dump(a) == dump(b) == dump(c)
    assert len(notes.list_notes(a, workshop.id)) == 9


SERVICE_LEFTOVERS = [
    ".syncthing.fasilitaattori-{d}.000002.changes.fasi.tmp",  # Syncthing, while it downloads
    "~$fasilitaattori-{d}.000002.changes.fasi",  # an Office-style lock file
    "fasilitaattori-{d}.000002.changes.fasi.part",  # a partial download
    "fasilitaattori-{d} (conflicted copy 2026-12-07 101010).fasi",  # Nextcloud, Dropbox
    "fasilitaattori-{d}.000002.changes (Laptop's conflicted copy).fasi",
    "fasilitaattori-{d}.000002.changes.sync-conflict-20261207-101010-ABCDEFG.fasi",  # Syncthing
    "fasilitaattori-{d}.sync-conflict-20261207-101010-ABCDEFG.fasi",
]


def test_files_sync_services_leave_behind_are_passed_over_without_a_word(make):
    device, folder = make
    a, b = device("a"), device("b")
    workshop = workshops.create_workshop(a, title="Kyläilta")
    sync_now(a)
    for pattern in SERVICE_LEFTOVERS:
        (folder / pattern.format(d=a.device_id)).write_bytes(b"PK\x03\x04 half of something")
    report = sync_now(b)
    assert report.failed == [] and len(report.imported) == 1
    assert [w.id for w in workshops.list_workshops(b)] == [workshop.id]
    notes.add_note(a, workshop.id, "Uusi muistiinpano")
    sync_now(a)
    report = sync_now(b)
    assert report.failed == [] and [name.split(".", 1)[1] for name, _r in report.imported] == ["000002.changes.fasi"]


def test_a_bundle_from_a_version_3_device_in_the_folder_is_still_read(make):
    device, folder = make
    old, b = device("old"), device("b")
    workshops.create_workshop(old, title="Vanhan version työpaja")
    path = folder / legacy_name(old.device_id)
    export_bundle(old, path)
    manifest = _manifest(path)
    manifest["version"] = 3  # as version 3 wrote it: the same members, no "files"
    manifest.pop("files", None)
    with zipfile.ZipFile(path) as zf:
        members = {name: zf.read(name) for name in zf.namelist() if name != "manifest.json"}
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        zf.writestr("manifest.json", json.dumps(manifest))
    report = sync_now(b)
    assert report.failed == [] and [name for name, _r in report.imported] == [path.name]
    assert [w.title for w in workshops.list_workshops(b)] == ["Vanhan version työpaja"]
    assert sync_now(b).unchanged == 1  # unchanged, not read again


def test_a_laptop_restored_from_a_copy_of_the_disk_is_told_to_take_a_new_id(make, tmp_path):
    device, folder = make
    a, b = device("a"), device("b")
    workshop = workshops.create_workshop(a, title="Kyläilta")
    sync_now(a)
    copy = clone(a, tmp_path / "devices", "copy")  # the same device id, the same sync state
    try:
        notes.add_note(a, workshop.id, "Kirjoitettu alkuperäisellä")
        sync_now(a)  # file 2
        notes.add_note(copy, workshop.id, "Kirjoitettu kopiolla")
        before, files_before = dump(copy), sorted(p.name for p in folder.iterdir())
        with pytest.raises(DuplicateDeviceError) as caught:
            sync_now(copy)
        assert caught.value.message.startswith("The sync folder has files under this laptop's device id "
                                               "that it did not write")
        assert "new-device-id" in caught.value.message
        assert dump(copy) == before and sorted(p.name for p in folder.iterdir()) == files_before
        # Once the copy has its own id, the original's files are another device's to it.
        rekey(copy)
        assert copy.device_id != a.device_id
        sync_now(copy)
        sync_now(a)
        sync_now(b)
        sync_now(copy)
        assert dump(a) == dump(b) == dump(copy)
        assert {n.text for n in notes.list_notes(b, workshop.id)} == {"Kirjoitettu alkuperäisellä",
                                                                     "Kirjoitettu kopiolla"}
    finally:
        copy.close()


def test_the_original_notices_a_copy_that_wrote_over_its_file(make, tmp_path):
    device, folder = make
    a = device("a")
    workshop = workshops.create_workshop(a, title="Kyläilta")
    sync_now(a)
    copy = clone(a, tmp_path / "devices", "copy")
    try:
        notes.add_note(copy, workshop.id, "Kopiolla")
        sync_now(copy)  # file 2 under the shared id
        notes.add_note(a, workshop.id, "Alkuperäisellä")
        with pytest.raises(DuplicateDeviceError):
            sync_now(a)
    finally:
        copy.close()


def test_a_new_snapshot_is_written_when_this_devices_files_went_missing(make):
    device, folder = make
    a = device("a")
    workshops.create_workshop(a, title="Kyläilta")
    sync_now(a)
    for path in folder.iterdir():
        path.unlink()  # someone cleaned the folder
    workshops.create_workshop(a, title="Toinen")
    written = sync_now(a).written
    assert written is not None and written.name.endswith(".full.fasi")
    assert own_file(a, folder) == written


def test_the_command_line_gives_a_copied_laptop_a_new_id_and_its_sync_then_goes_through(make, tmp_path, capsys):
    from fasilitaattori.cli import main

    device, folder = make
    a = device("a")
    workshops.create_workshop(a, title="Kyläilta")
    sync_now(a)
    copy = clone(a, tmp_path / "devices", "copy")
    data_dir, old = copy.data_dir, copy.device_id
    workshops.create_workshop(copy, title="Kopiolla")
    copy.close()
    nothing = sync_now(a)  # nothing new here: no file
    workshops.create_workshop(a, title="Alkuperäisellä")
    sync_now(a)
    assert nothing.written is None
    assert main(["--data-dir", str(data_dir), "sync", "folder", "--now"]) == 1
    assert "files under this laptop's device id that it did not write" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "sync", "new-device-id"]) == 0
    out = capsys.readouterr().out
    assert f"(it was {old})" in out
    assert main(["--data-dir", str(data_dir), "sync", "folder", "--now"]) == 0
    assert "imported 2 files" in capsys.readouterr().out  # the old id's snapshot and change file


def test_an_encrypted_change_file_that_has_not_all_arrived_waits_and_a_wrong_passphrase_still_stops(make):
    from fasilitaattori.sync.crypto import PassphraseError
    from fasilitaattori.sync.folder import set_sync_encrypted

    device, folder = make
    a, b = device("a"), device("b")
    set_sync_encrypted(a, True)
    workshop = workshops.create_workshop(a, title="Salattu")
    sync_now(a, passphrase="yhteinen")
    sync_now(b, passphrase="yhteinen")
    notes.add_note(a, workshop.id, "Salainen muistiinpano")
    path = sync_now(a, passphrase="yhteinen").written
    whole = path.read_bytes()
    path.write_bytes(whole[:-40])  # the cloud service has not brought the end yet
    report = sync_now(b, passphrase="yhteinen")
    assert report.imported == [] and report.failed == [] and notes.list_notes(b, workshop.id) == []
    with pytest.raises(PassphraseError, match="does not open"):
        sync_now(b, passphrase="väärä")
    path.write_bytes(whole)
    sync_now(b, passphrase="yhteinen")
    assert [n.text for n in notes.list_notes(b, workshop.id)] == ["Salainen muistiinpano"]
