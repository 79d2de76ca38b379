"""The sync folder: each device writes its own file atomically and reads the others'."""

from __future__ import annotations

import pytest

from fasilitaattori.core import notes, workshops
from fasilitaattori.errors import FasilitaattoriError, ValidationError
from fasilitaattori.sync.crypto import PassphraseError
from fasilitaattori.sync.folder import (
    needs_passphrase,
    own_file,
    set_sync_encrypted,
    set_sync_folder,
    sync_encrypted,
    sync_now,
)
from fasilitaattori.sync.folder_files import NUMBERED

from .helpers import dump, new_device


@pytest.fixture
def trio(tmp_path):
    devices = [new_device(tmp_path / "devices", f"laptop{i}") for i in range(3)]
    folder = tmp_path / "Nextcloud" / "Fasilitaattori"
    folder.mkdir(parents=True)
    for wb in devices:
        set_sync_folder(wb, folder)
    yield devices, folder
    for wb in devices:
        wb.close()


def test_three_laptops_converge_through_the_folder(trio):
    (a, b, c), folder = trio
    workshop = workshops.create_workshop(a, title="Vanhusneuvoston työpaja")
    sync_now(a)
    report = sync_now(b)
    assert [name for name, _ in report.imported] == [own_file(a, folder).name]
    notes.add_note(b, workshop.id, "Kuljetuspalvelu tarvitsee selkeämmän ohjeen.")
    sync_now(b)
    sync_now(c)
    notes.add_note(c, workshop.id, "Digituki kirjastossa.")
    for wb in (c, a, b, c, a):
        sync_now(wb)
    assert dump(a) == dump(b) == dump(c)
    texts = {n.text for n in notes.list_notes(a, workshop.id)}
    assert texts == {"Kuljetuspalvelu tarvitsee selkeämmän ohjeen.", "Digituki kirjastossa."}
    # Each device's snapshot and the change files after it, no temp files left behind.
    names = sorted(p.name for p in folder.iterdir())
    assert all(NUMBERED.match(name) for name in names), names
    assert {own_file(wb, folder).name for wb in (a, b, c)} <= set(names)
    assert sum(name.endswith(".full.fasi") for name in names) == 3  # one snapshot each


def test_unchanged_bundles_are_skipped_and_a_broken_one_does_not_stop_the_rest(trio):
    (a, b, c), folder = trio
    workshops.create_workshop(a, title="Työpaja")
    sync_now(a)
    sync_now(c)
    (folder / "fasilitaattori-0badc0ffee.fasi").write_bytes(b"half a file")
    (folder / ".fasi-123.part").write_bytes(b"someone is still writing")
    report = sync_now(b)
    assert len(report.imported) == 2
    assert [(name, exc.message) for name, exc in report.failed] == [
        ("fasilitaattori-0badc0ffee.fasi", "The file fasilitaattori-0badc0ffee.fasi is not a Fasilitaattori bundle.")]
    again = sync_now(b)
    assert again.imported == [] and again.unchanged == 2


def test_a_file_under_another_devices_name_is_refused(trio):
    (a, b, _c), folder = trio
    sync_now(a)
    own_file(a, folder).rename(folder / "fasilitaattori-someoneelse.fasi")
    report = sync_now(b)
    assert [(name, exc.message) for name, exc in report.failed] == [
        ("fasilitaattori-someoneelse.fasi", "The file fasilitaattori-someoneelse.fasi holds another device's bundle.")]


def test_a_missing_folder_says_so(trio, tmp_path):
    (a, _b, _c), _folder = trio
    with pytest.raises(ValidationError, match="does not exist"):
        set_sync_folder(a, tmp_path / "nowhere")
    with pytest.raises(ValidationError, match="is not available"):
        sync_now(a, folder=tmp_path / "unplugged")


def test_encrypted_folder_bundles(trio):
    (a, b, _c), folder = trio
    workshops.create_workshop(a, title="Salattu työpaja")
    set_sync_encrypted(a, True)
    with pytest.raises(PassphraseError, match="encrypted; give the passphrase"):
        sync_now(a)
    assert not own_file(a, folder).exists()
    sync_now(a, passphrase="yhteinen salasana")
    assert own_file(a, folder).read_bytes().startswith(b"FASIENC1")
    assert needs_passphrase(b) and not sync_encrypted(b)
    before = dump(b)
    with pytest.raises(PassphraseError, match="does not open fasilitaattori-.*; nothing was synced"):
        sync_now(b, passphrase="väärä")
    assert dump(b) == before and not own_file(b, folder).exists()  # nothing the others cannot open
    right = sync_now(b, passphrase="yhteinen salasana")
    assert len(right.imported) == 1
    assert [w.title for w in workshops.list_workshops(b)] == ["Salattu työpaja"]
    assert own_file(b, folder).read_bytes().startswith(b"FASIENC1")
    # a's bundle is unchanged now, and a wrong passphrase is still caught before writing.
    mine = own_file(b, folder).read_bytes()
    with pytest.raises(PassphraseError, match="does not open"):
        sync_now(b, passphrase="toinen väärä")
    assert own_file(b, folder).read_bytes() == mine


def test_without_encryption_no_passphrase_is_needed(trio):
    (a, b, _c), folder = trio
    assert not needs_passphrase(a)
    sync_now(a)
    assert not needs_passphrase(b) and not own_file(a, folder).read_bytes().startswith(b"FASIENC1")


def test_a_cancelled_sync_rolls_that_import_back_and_writes_nothing(trio):
    from fasilitaattori.sync.importer import cancelled

    (a, b, _c), folder = trio
    workshops.create_workshop(a, title="Työpaja")
    sync_now(a)
    before = dump(b)
    calls = []

    def stop(done, total):
        calls.append((done, total))
        raise cancelled()

    with pytest.raises(FasilitaattoriError, match="cancelled"):
        sync_now(b, progress=stop)
    assert calls and dump(b) == before and not own_file(b, folder).exists()
    seen = []
    sync_now(b, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] and [w.title for w in workshops.list_workshops(b)] == ["Työpaja"]


def test_a_sync_cancelled_after_one_import_keeps_it_and_says_so(trio, monkeypatch):
    from fasilitaattori.sync import folder as folder_module
    from fasilitaattori.sync.folder import SyncCancelled
    from fasilitaattori.sync.importer import cancelled

    (a, b, c), folder = trio
    from fasilitaattori.sync.export import export_bundle

    workshops.create_workshop(a, title="Ensimmäisen koneen työpaja")
    workshops.create_workshop(c, title="Kolmannen koneen työpaja")
    for wb in (a, c):  # each writes its own file, as its sync would, without reading the other's
        export_bundle(wb, own_file(wb, folder))
    started = []
    real = folder_module.apply_bundle

    def apply(wb, bundle, name, **kwargs):
        started.append(name)
        return real(wb, bundle, name, **kwargs)

    def stop(done, total):
        if len(started) == 2:
            raise cancelled()

    monkeypatch.setattr(folder_module, "apply_bundle", apply)
    with pytest.raises(SyncCancelled) as caught:
        sync_now(b, progress=stop)
    first, second = started
    titles = {w.title for w in workshops.list_workshops(b)}
    kept = "Ensimmäisen koneen työpaja" if first == own_file(a, folder).name else "Kolmannen koneen työpaja"
    assert titles == {kept}  # the first import stays, the second was rolled back
    assert [name for name, _result in caught.value.imported] == [first]
    assert caught.value.message == (f"The sync was cancelled. What came in from {first} was kept; the rest "
                                    "was not imported, and this device's bundle was not written.")
    assert not own_file(b, folder).exists()
    sync_now(b)  # the next sync brings the rest
    assert {w.title for w in workshops.list_workshops(b)} == {"Ensimmäisen koneen työpaja", "Kolmannen koneen työpaja"}


def test_the_progress_of_a_sync_runs_once_over_all_the_bundles(trio):
    from fasilitaattori.sync.export import export_bundle

    (a, b, c), folder = trio
    workshops.create_workshop(a, title="Ensimmäisen koneen työpaja")
    workshops.create_workshop(c, title="Kolmannen koneen työpaja")
    rows = []
    for wb in (a, c):
        rows.append(export_bundle(wb, own_file(wb, folder)).counts)
    seen: list[tuple[int, int]] = []
    sync_now(b, progress=lambda done, total: seen.append((done, total)))
    whole = sum(sum(counts.values()) for counts in rows)
    assert {total for _done, total in seen} == {whole}
    assert [done for done, _total in seen] == sorted(done for done, _total in seen)
    assert seen[-1][0] == whole


def test_a_file_a_cloud_service_keeps_online_only_is_skipped_with_a_sentence(trio, monkeypatch):
    """OneDrive's Files On-Demand (Windows attributes) and iCloud Drive's ".name.icloud"
    placeholders: the file is named as not read, nothing is half-read, the rest syncs."""
    from types import SimpleNamespace

    from fasilitaattori.sync import folder_files as folder_module

    (a, b, c), folder = trio
    workshops.create_workshop(a, title="Kyläilta")
    workshops.create_workshop(c, title="Neuvoston työpaja")
    sync_now(a)
    sync_now(c)
    on_demand = own_file(a, folder).name
    own_file(c, folder).rename(folder / f".{own_file(c, folder).name}.icloud")
    real = folder_module.online_only
    monkeypatch.setattr(folder_module, "online_only",
                        lambda status: status.st_size == own_file(a, folder).stat().st_size or real(status))
    report = sync_now(b)
    assert report.imported == []
    assert {(name, exc.message.split(" is ")[1]) for name, exc in report.failed} == {
        (on_demand, "kept online only by the cloud service, so it was not read; set the sync folder "
                    "to be always kept on this device."),
        (own_file(c, folder).name, "kept online only by the cloud service, so it was not read; set the "
                                   "sync folder to be always kept on this device.")}
    assert not [w for w in workshops.list_workshops(b)]
    assert real(SimpleNamespace(st_file_attributes=0x400000))  # recall on data access
    assert real(SimpleNamespace(st_file_attributes=0x1000))  # offline
    assert not real(SimpleNamespace(st_file_attributes=0x20))  # archive: on disk
    assert not real(SimpleNamespace(st_size=3))  # no such attributes here


def test_a_file_still_being_written_is_left_for_the_next_sync_without_a_word(trio):
    (a, b, _c), folder = trio
    workshops.create_workshop(a, title="Kyläilta")
    sync_now(a)
    path = own_file(a, folder)
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])  # a sync service has brought half of it so far
    report = sync_now(b)
    assert report.imported == [] and report.failed == [] and workshops.list_workshops(b) == []
    path.write_bytes(whole)
    report = sync_now(b)
    assert [name for name, _result in report.imported] == [path.name]
    assert [w.title for w in workshops.list_workshops(b)] == ["Kyläilta"]
