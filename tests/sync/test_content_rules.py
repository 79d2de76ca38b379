"""A bundle can only say what the app itself could have written.

Every bundle of the corpus (tests/sync/content_corpus.py) passes the container checks. Each is
either refused with one sentence, the receiving store unchanged to the byte, or accepted, after
which every printout, a reorder, ticking attendance, `check` and a further sync all work. None
reads, writes or exports a file outside the store.
"""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from fasilitaattori.core import agenda, participants, projects, workshops
from fasilitaattori.core.check import check_store
from fasilitaattori.core.dump import dump_json
from fasilitaattori.core.methods import create_method, methods
from fasilitaattori.core.photos import add_photo
from fasilitaattori.core.question_sets import save_question_set
from fasilitaattori.core.worksheet_spec import WorksheetSpec
from fasilitaattori.documents.kinds import build_document
from fasilitaattori.errors import FasilitaattoriError, ValidationError
from fasilitaattori.library.seed import open_workbench
from fasilitaattori.store.models import Method
from fasilitaattori.sync.export import build_bundle, export_bundle
from fasilitaattori.sync.format import SCHEMA
from fasilitaattori.sync.importer import import_bundle

from .content_corpus import ACCEPT, CORPUS, Bundle
from .helpers import file_bytes
from .test_hostile_bundles import _png

CANARY = b"CANARY-7f3e-private-passport-scan"
_WORKSHOP_KINDS = ("summary", "agenda", "run-sheet", "packing-list", "signin", "feedback-form")


class _Opens:
    """Files opened while a test watches (an audit hook: it sees every open in the process)."""

    watching: list[str] | None = None

    @classmethod
    def hook(cls, event: str, args: tuple[Any, ...]) -> None:
        if cls.watching is not None and event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
            cls.watching.append(os.fsdecode(args[0]))


sys.addaudithook(_Opens.hook)


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> dict[str, Any]:
    """A real export of the demo data (with a photo, a question set and a method of one's own
    with a worksheet), a store that has imported it, and a canary file outside both."""
    from fasilitaattori.core.demo import create_demo

    root = tmp_path_factory.mktemp("content")
    wb = open_workbench(root / "source")
    create_demo(wb)
    first = workshops.list_workshops(wb)[0]
    png = root / "flipchart.png"
    png.write_bytes(_png())
    add_photo(wb, first.id, png, caption="Fläppi")
    save_question_set(wb, first.id, "Oma kysymyssarja")
    create_method(wb, name="Oma menetelmä", language="fi", worksheet=WorksheetSpec(
        layout="boxes", title="Oma pohja", prompts=("Mitä?", "Miksi?")))
    data = build_bundle(wb)[0]
    wb.close()
    peer = open_workbench(root / "peer")
    (root / "good.fasi").write_bytes(data)
    import_bundle(peer, root / "good.fasi")
    peer.close()
    canary = root / "outside" / "secret.png"
    canary.parent.mkdir()
    canary.write_bytes(_png() + CANARY)
    relative = os.path.relpath(canary.with_suffix(""), root / "peer" / "photos")
    return {"root": root, "bundle": Bundle.of(data, relative), "peer": root / "peer", "outside": canary.parent}


def _receiver(world: dict[str, Any], tmp_path: Path):  # type: ignore[no-untyped-def]
    target = tmp_path / "peer"
    shutil.copytree(world["peer"], target)
    return open_workbench(target)


def exercise(wb, tmp_path: Path) -> list[bytes]:  # type: ignore[no-untyped-def]
    """Use the store as a person would after an import: every printout, a reorder, ticking
    and unticking attendance, `check`, and a further sync both ways. Returns what left it."""
    out: list[bytes] = []
    for workshop in workshops.list_workshops(wb):
        for kind in _WORKSHOP_KINDS:
            out.append(build_document(wb, kind, workshop.id))
        items = agenda.list_agenda(wb, workshop.id)
        last = items[-1] if items else None
        day = [i for i in items if last is not None and i.day == last.day and i.track_of == last.track_of]
        if len(day) > 1:  # a block moves within its own day (and a track among its block's tracks)
            moved = agenda.move_item(wb, day[-1].id, 0)
            assert [i.id for i in agenda.list_agenda(wb, workshop.id) if i.day == moved.day
                    and i.track_of == moved.track_of][0] == moved.id
            agenda.move_item(wb, moved.id, len(day) - 1)
        for item in items:
            if item.method_id and methods.get(wb, item.method_id).worksheet:
                out.append(build_document(wb, "worksheet", item.id))
                break
        people = participants.list_participants(wb, workshop.id)
        if people:
            participants.set_attendance(wb, workshop.id, people[0].id, False)
            assert people[0].id not in {p.id for p in participants.list_participants(wb, workshop.id)}
            participants.set_attendance(wb, workshop.id, people[0].id, True)
            assert people[0].id in {p.id for p in participants.list_participants(wb, workshop.id)}
    for project in projects.list_projects(wb):
        out.append(build_document(wb, "project-report", project.id))
    with wb.store.read() as session:
        own = [m.id for m in session.query(Method).filter(Method.builtin.is_(False), Method.deleted.is_(False),
                                                          Method.worksheet.isnot(None), Method.worksheet != "")]
    for method_id in own:
        out.append(build_document(wb, "worksheet", method_id))
    problems = [p for p in check_store(wb) if "is missing" not in p]  # a photo the sender did not have either
    assert problems == []
    again = tmp_path / "again.fasi"
    export_bundle(wb, again)
    out.append(again.read_bytes())
    fresh = open_workbench(tmp_path / "fresh")
    try:
        import_bundle(fresh, again)
        export_bundle(fresh, tmp_path / "back.fasi")
        import_bundle(wb, tmp_path / "back.fasi")
        assert dump_json(fresh) == dump_json(wb)
    finally:
        fresh.close()
    return out


def _unpacked(data: bytes) -> bytes:
    """A bundle's members as they are inside the zip (photos are compressed in it)."""
    if not data.startswith(b"PK"):
        return data
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return b"".join(zf.read(name) for name in zf.namelist())


@pytest.mark.parametrize("case", sorted(CORPUS))
def test_a_bundle_says_only_what_the_app_could_have_written(case, world, tmp_path):
    mutate, expected = CORPUS[case]
    bundle = world["bundle"].copy()
    mutate(bundle)
    path = tmp_path / "hostile.fasi"
    path.write_bytes(bundle.seal())
    wb = _receiver(world, tmp_path)
    try:
        before_dump, before_file = dump_json(wb), file_bytes(wb)
        photos_before = sorted(p.name for p in wb.store.photos_dir.iterdir())
        opened: list[str] = []
        _Opens.watching = opened
        try:
            if expected != ACCEPT:
                with pytest.raises(FasilitaattoriError) as caught:
                    import_bundle(wb, path)
                message = caught.value.message
                assert expected in message
                assert "\n" not in message and "Traceback" not in message
                assert dump_json(wb) == before_dump
                assert file_bytes(wb) == before_file
                assert sorted(p.name for p in wb.store.photos_dir.iterdir()) == photos_before
                return
            import_bundle(wb, path)
            left = exercise(wb, tmp_path)
        finally:
            _Opens.watching = None
        assert not [p for p in opened if "outside" in Path(p).parts], "a file outside the store was opened"
        assert not any(CANARY in _unpacked(data) for data in left)
        for gone in bundle.notes.get("gone", ()):
            assert gone.encode() not in file_bytes(wb)
            assert gone not in dump_json(wb)
    finally:
        wb.close()


def test_the_corpus_is_large_and_refuses_and_accepts():
    refused = [name for name, (_m, expected) in CORPUS.items() if expected != ACCEPT]
    assert len(CORPUS) >= 60 and len(refused) >= 50 and len(CORPUS) - len(refused) >= 10


def test_a_store_already_holding_a_bad_photo_hash_never_uses_a_file_outside(world, tmp_path):
    """A value written before these checks existed: printouts, export and `check` leave it."""
    wb = _receiver(world, tmp_path)
    try:
        with sqlite3.connect(wb.store.db_path) as conn:
            conn.execute("UPDATE photos SET sha256 = ?, mime = 'image/png'", (world["bundle"].canary,))
        opened: list[str] = []
        _Opens.watching = opened
        try:
            pdfs = [build_document(wb, "summary", w.id) for w in workshops.list_workshops(wb)]
            data = build_bundle(wb)[0]
            problems = check_store(wb)
        finally:
            _Opens.watching = None
        assert not [p for p in opened if "outside" in Path(p).parts]
        assert not any(CANARY in _unpacked(d) for d in [*pdfs, data])
        assert not [n for n in zipfile.ZipFile(io.BytesIO(data)).namelist() if ".." in n]
        assert any("not allowed" in p for p in problems)
        from fasilitaattori.core.photos import photo_file

        with pytest.raises(ValidationError):
            photo_file(wb.store.photos_dir, world["bundle"].canary, "image/png")
    finally:
        wb.close()


def test_an_edit_refuses_what_an_import_refuses(world, tmp_path):
    """One definition per field: the core refuses the values the import refuses."""
    wb = _receiver(world, tmp_path)
    try:
        workshop = workshops.list_workshops(wb)[0]
        for changes in ({"date": "2026-13-45"}, {"start_time": "25:99"}, {"status": "cancelled"}, {"title": "x" * 501}):
            with pytest.raises(ValidationError):
                workshops.workshops.update(wb, workshop.id, **changes)
        item = agenda.list_agenda(wb, workshop.id)[0]
        for changes in ({"position": ""}, {"position": "ä"}, {"duration_min": 2 ** 53}):
            with pytest.raises(ValidationError):
                agenda.agenda_items.update(wb, item.id, **changes)
        own = create_method(wb, name="Toinen", language="fi")
        with pytest.raises(ValidationError):
            methods.update(wb, own.id, worksheet="[" * 10_000 + "]" * 10_000)
    finally:
        wb.close()


def test_copies_of_an_erased_row_left_by_an_older_version_are_neither_sent_nor_kept(world, tmp_path):
    wb = _receiver(world, tmp_path)
    secret = "vanhan-version-jattama-kopio"
    try:
        person = participants.list_participants(wb)[0]
        from fasilitaattori.core.people import erasure_id
        from fasilitaattori.sync.merge import conflict_row

        copy = conflict_row("participant", person.id, "organisation", secret, "1700000000000.0000.0old", None)
        with sqlite3.connect(wb.store.db_path) as conn:
            names = ", ".join(c.name for c in SCHEMA["conflict"])
            conn.execute(f"INSERT INTO conflicts ({names}) VALUES ({', '.join('?' * len(copy))})", copy)
            conn.execute("INSERT INTO erasures (id, created_at, clock, deleted, entity, row_id) VALUES "
                         "(?, '2026-12-01T00:00:00+00:00', '', 0, 'participant', ?)",
                         (erasure_id("participant", person.id), person.id))
        assert secret.encode() not in _unpacked(build_bundle(wb)[0])
        path = tmp_path / "good.fasi"
        path.write_bytes(world["bundle"].seal())
        import_bundle(wb, path)
        assert secret not in dump_json(wb)
        assert secret.encode() not in file_bytes(wb)
    finally:
        wb.close()


def test_a_bundle_relayed_from_a_laptop_days_ahead_is_still_taken(world, tmp_path):
    """Every clock in a bundle is at most its own: a device that took values stamped days ahead
    (a laptop with a wrong date, within the week allowed) stamps its own bundles past them."""
    import time

    from fasilitaattori.core import notes

    ahead, relay, third = (open_workbench(tmp_path / name) for name in ("ahead", "relay", "third"))
    try:
        ahead.clock._wall = lambda: time.time_ns() // 1_000_000 + 3 * 24 * 3600 * 1000
        workshop = workshops.create_workshop(ahead, title="Edellä kulkeva")
        notes.add_note(ahead, workshop.id, "Kolme päivää edellä")
        export_bundle(ahead, tmp_path / "ahead.fasi")
        import_bundle(relay, tmp_path / "ahead.fasi")
        export_bundle(relay, tmp_path / "relay.fasi")
        import_bundle(third, tmp_path / "relay.fasi")
        assert "Kolme päivää edellä" in dump_json(third)
    finally:
        for wb in (ahead, relay, third):
            wb.close()


def test_a_link_id_is_the_uuid5_of_its_parts():
    """Import derives every link row's id again, so `link_id` is made from the hash directly;
    it must stay the UUID 5 that every device has always made."""
    import random
    import uuid

    from fasilitaattori.core.participants import LINK_NAMESPACE, link_id

    rng = random.Random(19)
    for _ in range(2000):
        parts = ["".join(rng.choices("abcÄö€ |-0123456789\n", k=rng.randint(0, 40))) for _ in range(rng.randint(1, 5))]
        assert link_id(*parts) == str(uuid.uuid5(LINK_NAMESPACE, "|".join(parts)))
