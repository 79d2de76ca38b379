"""Data protection across devices (issue 7): a pseudonymised bundle and summary hold no names
or contacts, such a bundle cannot be imported, and an erasure that travels by sync leaves no
trace of the person in either store's file."""

from __future__ import annotations

import zipfile

import pytest

from fasilitaattori.core import workshops
from fasilitaattori.core.check import check_store
from fasilitaattori.core.people import all_people, erase_person
from fasilitaattori.documents.kinds import build_document
from fasilitaattori.errors import FasilitaattoriError
from fasilitaattori.sync.export import export_bundle
from fasilitaattori.sync.importer import import_bundle

from ..documents import pdftools
from .helpers import dump, file_bytes, new_device


def _secrets(wb) -> list[str]:
    """Every participant's full name, last name and contact."""
    found = set()
    for person in all_people(wb):
        if person.display_name:
            found.add(person.display_name)
            found.add(person.display_name.split()[-1])
        if person.contact:
            found.add(person.contact)
    assert len(found) > 20
    return sorted(found)


def test_a_pseudonymised_bundle_holds_no_names_or_contacts(demo_wb, tmp_path):
    path = tmp_path / "jaettava.fasi"
    result = export_bundle(demo_wb, path, pseudonymise=True)
    assert result.pseudonymised
    with zipfile.ZipFile(path) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    assert b'"pseudonymised": true' in members["manifest.json"]
    assert b"P-001" in members["rows/participant.jsonl"]
    everything = b"".join(members.values()).decode("utf-8").casefold()
    for secret in _secrets(demo_wb):
        assert secret.casefold() not in everything, f"{secret!r} is in the pseudonymised bundle"
    other = new_device(tmp_path / "dev", "other")
    try:
        before = dump(other)
        with pytest.raises(FasilitaattoriError, match="pseudonymised for sharing outside the team"):
            import_bundle(other, path)
        assert dump(other) == before
    finally:
        other.close()


def test_a_pseudonymised_summary_holds_no_names_or_contacts(demo_wb):
    secrets = _secrets(demo_wb)
    named_in_plain = 0
    for workshop in workshops.list_workshops(demo_wb):
        plain = pdftools.text(build_document(demo_wb, "summary", workshop.id)).casefold().replace("\n", " ")
        text = pdftools.text(build_document(demo_wb, "summary", workshop.id,
                                            pseudonymise=True)).casefold().replace("\n", " ")
        for secret in secrets:
            assert secret.casefold() not in text, f"{secret!r} is in the pseudonymised summary"
        named_in_plain += sum(s.casefold() in plain for s in secrets)
    assert named_in_plain > 0  # the ordinary summary does name people, so the check above means something


def test_an_erasure_reaches_the_other_store_and_both_files_are_clean(demo_wb, tmp_path):
    other = new_device(tmp_path / "dev", "laptop2")
    try:
        first = tmp_path / "first.fasi"
        export_bundle(demo_wb, first)
        import_bundle(other, first)
        person = next(p for p in all_people(demo_wb) if p.display_name == "Jukka Pääkkönen")
        name = "Pääkkönen".encode()
        assert name in file_bytes(other)
        erase_person(demo_wb, person.id)
        second = tmp_path / "second.fasi"
        export_bundle(demo_wb, second)
        assert name not in second.read_bytes()
        result = import_bundle(other, second)
        assert result.erased >= 1 and result.file_clean
        assert dump(other) == dump(demo_wb)
        for wb in (demo_wb, other):
            raw = file_bytes(wb)
            assert name not in raw and "pääkkönen".encode() not in raw
            assert b"Jukka P" not in raw
        # An old bundle that still holds the person does not bring them back.
        import_bundle(other, first)
        assert person.id not in {p.id for p in all_people(other)}
        assert name not in file_bytes(other) or pytest.fail("the old bundle brought the name back")
        # The imports ran without SQLite's foreign-key lookups; the erasure's cascade is the merge's own.
        assert check_store(other) == []
    finally:
        other.close()


def test_the_cli_lists_texts_naming_a_participant_before_a_pseudonymised_export(demo_wb, tmp_path, capsys):
    from fasilitaattori.cli import main
    from fasilitaattori.core import notes, participants, workshops

    person = next(p for p in participants.list_participants(demo_wb) if p.display_name)
    notes.add_note(demo_wb, workshops.list_workshops(demo_wb)[0].id, f"Kysy {person.display_name}lta lupa.")
    data_dir = demo_wb.data_dir
    demo_wb.close()
    assert main(["--data-dir", str(data_dir), "sync", "export", str(tmp_path / "out.fasi"), "--pseudonymise"]) == 0
    err = capsys.readouterr().err
    assert "Review before sharing:" in err and "seem to name a participant" in err
