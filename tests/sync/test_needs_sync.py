"""Accessibility needs travel between devices, stay out of pseudonymised bundles, and bundles
from a program that had no such fields still import without touching needs set here."""

from __future__ import annotations

import zipfile

from fasilitaattori.core import participants as people
from fasilitaattori.core.participants import NEED_FIELDS
from fasilitaattori.sync.export import export_bundle
from fasilitaattori.sync.importer import import_bundle

from .helpers import new_device, read_rows, without_columns

NEEDS = {"need_interpreter": True, "need_hearing_loop": True, "need_assistant": False,
         "diet": "Gluteeniton ruokavalio", "other_needs": "Pyörätuolipaikka eteen"}


def _someone(wb) -> str:
    person = next(p for p in people.list_participants(wb) if p.display_name)
    people.participants.update(wb, person.id, **NEEDS)
    return person.id


def _needs(wb, person_id: str) -> dict:
    row = people.participants.get(wb, person_id)
    return {name: getattr(row, name) for name in NEED_FIELDS}


def _members(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _write(path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def test_needs_travel_in_a_bundle(demo_wb, tmp_path):
    person_id = _someone(demo_wb)
    path = tmp_path / "demo.fasi"
    export_bundle(demo_wb, path)
    assert set(NEED_FIELDS) <= set(read_rows(_members(path)["rows/participant.jsonl"])["columns"])
    other = new_device(tmp_path / "dev", "other")
    try:
        import_bundle(other, path)
        assert _needs(other, person_id) == NEEDS
    finally:
        other.close()


def test_a_bundle_from_before_needs_imports_and_leaves_needs_set_here(demo_wb, tmp_path):
    path = tmp_path / "demo.fasi"
    export_bundle(demo_wb, path)
    old = tmp_path / "old.fasi"
    _write(old, without_columns(_members(path), "participant", NEED_FIELDS))
    other = new_device(tmp_path / "dev", "other")
    try:
        result = import_bundle(other, old)
        assert result.counts["participant"].new == len(people.list_participants(demo_wb))
        person_id = _someone(other)  # set after the old bundle came in
        import_bundle(other, old)  # the same old bundle again: its rows know nothing of needs
        assert _needs(other, person_id) == NEEDS
    finally:
        other.close()


def test_a_pseudonymised_bundle_holds_no_needs(demo_wb, tmp_path):
    person_id = _someone(demo_wb)
    path = tmp_path / "shared.fasi"
    export_bundle(demo_wb, path, pseudonymise=True)
    members = _members(path)
    assert b"Gluteeniton" not in b"".join(members.values())
    assert "Pyörätuolipaikka".encode() not in b"".join(members.values())
    body = read_rows(members["rows/participant.jsonl"])
    row = next(r for r in body["rows"] if r[body["columns"].index("id")] == person_id)
    assert not any(row[body["columns"].index(name)] for name in NEED_FIELDS)
