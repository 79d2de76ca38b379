"""A pseudonymised bundle holds no participant's name or contact in any column of any row."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from fasilitaattori.core import agenda, participants, workshops
from fasilitaattori.sync.export import export_bundle
from tests.core.test_pseudonymise_columns import CONTACT, FREE_TEXT, NAME, PLANT, leaks, planted_store
from tests.sync.helpers import read_rows


def _members(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name).decode("utf-8") for name in zf.namelist()}


def _values(member: str) -> list[Any]:
    """Every row value of a rows member, decoded (so an escaped character hides nothing)."""
    lines = [json.loads(line) for line in member.splitlines() if line.strip()]
    return [value for row in lines[1:] for value in row]


@pytest.mark.parametrize("scope", ["store", "project"])
def test_no_name_or_contact_anywhere_in_a_pseudonymised_bundle(wb, tmp_path, scope) -> None:
    ids = planted_store(wb)
    path = tmp_path / "shared.fasi"
    export_bundle(wb, path, project_id=ids["project"] if scope == "project" else None, pseudonymise=True)
    members = _members(path)
    found = {name: leaks(body) for name, body in members.items() if leaks(body)}
    assert not found, found
    for name, body in members.items():
        if name.startswith("rows/"):
            for value in _values(body):
                assert not leaks(str(value)), (name, value)
    # Every kind with free text came along (a project's bundle holds no question sets; of the
    # own categories only those its blocks use), and the participant is there under her code.
    counts = json.loads(members["manifest.json"])["counts"]
    missing = {entity for entity, columns in FREE_TEXT.items() if columns and not counts[entity]}
    assert missing == (set() if scope == "store" else {"question_set"}), counts
    assert "P-001" in members["rows/participant.jsonl"]


def test_the_plain_bundle_does_carry_the_planted_texts(wb, tmp_path) -> None:
    """The check above can fail: without pseudonymising, every planted text is in the bundle."""
    planted_store(wb)
    path = tmp_path / "team.fasi"
    export_bundle(wb, path)
    members = _members(path)
    rows = "\n".join(body for name, body in members.items() if name.startswith("rows/"))
    assert NAME in rows and leaks(rows)
    planted = json.dumps(PLANT, ensure_ascii=False)
    for entity, columns in FREE_TEXT.items():
        if columns and entity != "conflict":
            assert planted in members[f"rows/{entity}.jsonl"], entity


def test_staff_keep_their_names_and_a_participant_named_beside_them_gets_her_code(wb, tmp_path) -> None:
    """Only participants' names are known: a leader or facilitator from the staff stays as
    typed, a participant named in the same field becomes her code."""
    ws = workshops.create_workshop(wb, title="Työpaja", facilitators=f"Maija Mehiläinen, {NAME}")
    participants.create_participant(wb, ws.id, display_name=NAME, contact=CONTACT)
    agenda.add_item(wb, ws.id, title="Lohko", leader=f"Maija Mehiläinen ja {NAME}", room="Ainon huone")
    path = tmp_path / "shared.fasi"
    export_bundle(wb, path, pseudonymise=True)
    members = _members(path)

    def first(entity: str) -> dict[str, Any]:
        body = read_rows(members[f"rows/{entity}.jsonl"].encode("utf-8"))
        return dict(zip(body["columns"], body["rows"][0], strict=True))

    block, workshop = first("agenda_item"), first("workshop")
    assert (block["leader"], block["room"]) == ("Maija Mehiläinen ja P-001", "P-001 huone")
    assert workshop["facilitators"] == "Maija Mehiläinen, P-001"
