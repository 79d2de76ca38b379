"""Hostile bundles that pass every container check: a real export of the demo data with rows
rewritten inside and re-sealed (checksums, manifest counts). Each entry is a named mutation
and what the receiver must do: refuse with a sentence containing the text given, or accept.
Add a row here for every bug found in what a bundle may say."""

from __future__ import annotations

import copy
import hashlib
import io
import json
import random
import string
import time
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fasilitaattori.core.clock import dump_clocks, load_clocks
from fasilitaattori.core.participants import link_id
from fasilitaattori.core.people import erasure_id
from fasilitaattori.sync.merge import conflict_id

from .helpers import read_rows, write_rows

ACCEPT = ""  # the expectation of a bundle the receiver takes


@dataclass
class Bundle:
    """A bundle taken apart: its manifest, rows by entity and photo members."""

    manifest: dict[str, Any]
    bodies: dict[str, dict[str, Any]]
    photos: dict[str, bytes]
    canary: str = ""  # the path of a file outside the store, relative to the photo folder
    notes: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, data: bytes, canary: str = "") -> Bundle:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            members = {name: zf.read(name) for name in zf.namelist()}
        bodies = {name[5:-6]: read_rows(data) for name, data in members.items() if name.endswith(".jsonl")}
        photos = {name: data for name, data in members.items() if name.startswith("photos/")}
        return cls(json.loads(members["manifest.json"]), bodies, photos, canary)

    def copy(self) -> Bundle:
        return Bundle(copy.deepcopy(self.manifest), copy.deepcopy(self.bodies), dict(self.photos), self.canary)

    # -- rows ---------------------------------------------------------------------------
    def rows(self, entity: str) -> list[list[Any]]:
        return self.bodies[entity]["rows"]  # type: ignore[no-any-return]

    def at(self, entity: str, name: str) -> int:
        return self.bodies[entity]["columns"].index(name)  # type: ignore[no-any-return]

    def get(self, entity: str, row: list[Any], name: str) -> Any:
        return row[self.at(entity, name)]

    def first(self, entity: str, **equals: Any) -> list[Any]:
        return next(r for r in self.rows(entity) if all(self.get(entity, r, k) == v for k, v in equals.items()))

    @property
    def fresh(self) -> str:
        """A clock newer than any value in the bundle, and still not past its own clock."""
        return str(self.manifest["clock"])

    def put(self, entity: str, row: list[Any], clock: str | None = None, **values: Any) -> list[Any]:
        """Change fields of `row` as an edit would: the values with a new clock."""
        clocks = load_clocks(row[self.at(entity, "clock")])
        for name, value in values.items():
            row[self.at(entity, name)] = value
            clocks[name] = clock or self.fresh
        row[self.at(entity, "clock")] = dump_clocks(clocks)
        return row

    def add(self, entity: str, like: list[Any] | None = None, row_id: str | None = None, **values: Any) -> list[Any]:
        """A new row of `entity` (a copy of `like` or of the first row) with these values."""
        row = list(like or self.rows(entity)[0])
        columns = self.bodies[entity]["columns"]
        row[columns.index("id")] = row_id or str(uuid.uuid4())
        row[columns.index("deleted")] = False
        for name, value in values.items():
            row[columns.index(name)] = value
        row[columns.index("clock")] = dump_clocks({n: self.fresh for n in columns if n not in ("id", "created_at", "clock")})
        self.rows(entity).append(row)
        return row

    def erase(self, kind: str, row_id: str, **values: Any) -> list[Any]:
        columns = self.bodies["erasure"]["columns"]
        base = {"id": erasure_id(kind, row_id), "created_at": "2026-12-01T00:00:00+00:00", "clock": "",
                "deleted": False, "entity": kind, "row_id": row_id}
        base.update(values)
        row = [base[n] for n in columns]
        row[columns.index("clock")] = dump_clocks({"deleted": self.fresh, "entity": self.fresh, "row_id": self.fresh})
        self.rows("erasure").append(row)
        return row

    def copy_of(self, entity: str, row_id: str, name: str, value: str, clock: str | None = None,
                **values: Any) -> list[Any]:
        """A conflict copy of `entity` row `row_id`'s field `name`, as the merge makes one."""
        stamp = clock or self.fresh
        columns = self.bodies["conflict"]["columns"]
        base = {"id": conflict_id(entity, row_id, name, stamp), "created_at": "2026-12-01T00:00:00+00:00",
                "clock": "", "deleted": False, "entity": entity, "row_id": row_id, "field": name, "value": value,
                "value_clock": stamp, "resolved": False}
        base.update(values)
        row = [base[n] for n in columns]
        row[columns.index("clock")] = dump_clocks({n: stamp for n in columns if n not in ("id", "created_at", "clock")})
        self.rows("conflict").append(row)
        return row

    # -- sealing ------------------------------------------------------------------------
    def seal(self) -> bytes:
        """The bundle's bytes, with every checksum and count the manifest holds made true."""
        members = {f"rows/{entity}.jsonl": write_rows(body) for entity, body in self.bodies.items()}
        members.update(self.photos)
        manifest = dict(self.manifest)
        manifest["counts"] = {entity: len(body["rows"]) for entity, body in self.bodies.items()}
        manifest["members"] = {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                               for name, data in members.items()}
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("manifest.json", json.dumps(manifest))
            for name, data in members.items():
                zf.writestr(name, data)
        return buffer.getvalue()


def _clock_at(wall_ms: int, device: str = "0hostile") -> str:
    return f"{wall_ms:013d}.0000.{device}"


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


_DAY = 24 * 3600 * 1000


def _set(entity: str, name: str, value: Any, **where: Any) -> Callable[[Bundle], None]:
    def mutate(b: Bundle) -> None:
        b.put(entity, b.first(entity, **where), **{name: value})
    return mutate


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def _worksheet(value: str) -> Callable[[Bundle], None]:
    """The demo's own method (with a worksheet) rewritten."""
    def mutate(b: Bundle) -> None:
        b.put("method", b.first("method", builtin=False), worksheet=value)
    return mutate


def _questions(value: str) -> Callable[[Bundle], None]:
    def mutate(b: Bundle) -> None:
        b.put("question_set", b.rows("question_set")[0], questions=value)
    return mutate


def _clock(mutate_clock: Callable[[Bundle], str]) -> Callable[[Bundle], None]:
    """A note whose text has the clock `mutate_clock` gives."""
    def mutate(b: Bundle) -> None:
        b.put("note", b.rows("note")[0], clock=mutate_clock(b), text="Aikakone")
    return mutate


def _manifest_clock(wall_ms: Callable[[], int]) -> Callable[[Bundle], None]:
    def mutate(b: Bundle) -> None:
        b.manifest["clock"] = _clock_at(wall_ms(), b.manifest["device_id"])
    return mutate


def _attendance_id(b: Bundle) -> None:
    row = b.rows("attendance")[0]
    b.rows("attendance").remove(row)
    b.add("attendance", like=row, row_id=str(uuid.uuid4()))


def _attendance_made(b: Bundle) -> None:
    """A new attendance of a person in another workshop, its id derived as the app does."""
    taken = {(b.get("attendance", a, "workshop_id"), b.get("attendance", a, "participant_id"))
             for a in b.rows("attendance")}
    other, person = next((b.get("workshop", w, "id"), b.get("participant", p, "id"))
                         for p in b.rows("participant") for w in b.rows("workshop")
                         if (b.get("workshop", w, "id"), b.get("participant", p, "id")) not in taken)
    b.add("attendance", row_id=link_id(other, person), workshop_id=other, participant_id=person, present=True)


def _head_count_id(b: Bundle) -> None:
    row = b.rows("head_count")[0]
    b.put("head_count", row, municipality="Toinen kunta")  # the id no longer derives from the triple


def _note_on_other_block(b: Bundle) -> None:
    note = next(n for n in b.rows("note") if b.get("note", n, "agenda_item_id"))
    workshop = b.get("note", note, "workshop_id")
    block = next(a for a in b.rows("agenda_item") if b.get("agenda_item", a, "workshop_id") != workshop)
    b.put("note", note, agenda_item_id=b.get("agenda_item", block, "id"))


def _new_note_on_other_block(b: Bundle) -> None:
    note = next(n for n in b.rows("note") if b.get("note", n, "agenda_item_id"))
    workshop = b.get("note", note, "workshop_id")
    block = next(a for a in b.rows("agenda_item") if b.get("agenda_item", a, "workshop_id") != workshop)
    b.add("note", like=note, agenda_item_id=b.get("agenda_item", block, "id"))


def _builtin_tombstone(b: Bundle) -> None:
    b.put("method", b.first("method", builtin=True), deleted=True)


def _builtin_unmade(b: Bundle) -> None:
    b.put("method", b.first("method", builtin=True), builtin=False, deleted=True)


def _builtin_renamed(b: Bundle) -> None:
    b.put("method", b.first("method", builtin=True), builtin=False)


def _erase(kind: str, pick: Callable[[Bundle], str] | None = None, **values: Any) -> Callable[[Bundle], None]:
    def mutate(b: Bundle) -> None:
        row_id = pick(b) if pick else b.get(kind, b.rows(kind)[0], "id")
        b.erase(kind, row_id, **values)
    return mutate


def _erase_an_erasure(b: Bundle) -> None:
    person = b.get("participant", b.rows("participant")[0], "id")
    first = b.erase("participant", person)
    b.erase("erasure", first[0])


def _erasure_with_id(b: Bundle) -> None:
    b.erase("participant", b.get("participant", b.rows("participant")[0], "id"), id=str(uuid.uuid4()))


def _erase_with_attendance(b: Bundle) -> None:
    """As `people erase` writes it: the person and their attendance rows."""
    person = _person(b)
    b.erase("participant", person)
    for row in b.rows("attendance"):
        if b.get("attendance", row, "participant_id") == person:
            b.erase("attendance", row[0])


def _person(b: Bundle) -> str:
    return str(b.get("participant", b.rows("participant")[0], "id"))


def _erased_back_by_copies(b: Bundle) -> None:
    """The issue's case: the person is erased, and copies of their values ride along."""
    person = _person(b)
    b.erase("participant", person)
    b.copy_of("participant", person, "organisation", "Aino Räsäsen salainen järjestö",
              clock=_clock_at(1_700_000_000_000, "0colleague"))
    b.copy_of("participant", person, "role", "Aino Räsäsen salainen rooli", clock=_clock_at(1_700_000_000_001, "0colleague"))
    b.notes["gone"] = ["Aino Räsäsen salainen järjestö", "Aino Räsäsen salainen rooli"]


def _copy_of(entity: str, name: str, **values: Any) -> Callable[[Bundle], None]:
    def mutate(b: Bundle) -> None:
        target = b.rows(entity)[0] if entity in b.bodies and b.rows(entity) else None
        row_id = b.get(entity, target, "id") if target is not None else str(uuid.uuid4())
        b.copy_of(entity, row_id, name, "kopio", clock=_clock_at(1_700_000_000_000, "0colleague"), **values)
    return mutate


def _photo(name: str, value: Any) -> Callable[[Bundle], None]:
    def mutate(b: Bundle) -> None:
        b.put("photo", b.rows("photo")[0], **{name: value})
    return mutate


def _photo_path(b: Bundle) -> None:
    b.put("photo", b.rows("photo")[0], sha256=b.canary)


def _new_photo_path(b: Bundle) -> None:
    b.add("photo", sha256=b.canary, mime="image/png")


def _photo_without_file(b: Bundle) -> None:
    b.add("photo", sha256="ab" * 32, caption="Kuva, jota lähettäjälläkään ei ollut")


def _position_pair(b: Bundle) -> None:
    workshop = b.get("agenda_item", b.rows("agenda_item")[0], "workshop_id")
    items = [a for a in b.rows("agenda_item") if b.get("agenda_item", a, "workshop_id") == workshop]
    b.put("agenda_item", items[0], position="zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz1")
    b.put("agenda_item", items[1], position="1")


def _created_at(value: str) -> Callable[[Bundle], None]:
    def mutate(b: Bundle) -> None:
        b.rows("note")[0][b.at("note", "created_at")] = value
    return mutate


def _no_manifest_clock_and_far_row(b: Bundle) -> None:
    del b.manifest["clock"]
    b.put("note", b.rows("note")[0], clock=_clock_at(_now_ms() + 365 * _DAY), text="Vuoden päästä")


def _long(n: int) -> str:
    """Text that does not compress like a zip bomb would."""
    return "".join(random.Random(n).choices(string.ascii_letters + "äö ", k=n))


# name -> (mutation, expectation: a text of the refusal, or ACCEPT)
CORPUS: dict[str, tuple[Callable[[Bundle], None], str]] = {
    # dates and times
    "workshop date 2026-13-45": (_set("workshop", "date", "2026-13-45"), "in date"),
    "workshop date 2026-02-30": (_set("workshop", "date", "2026-02-30"), "in date"),
    "workshop date in basic form": (_set("workshop", "date", "20260214"), "in date"),
    "workshop date with a space": (_set("workshop", "date", " 2026-02-14"), "in date"),
    "workshop date text": (_set("workshop", "date", "huomenna"), "in date"),
    "workshop date leap day": (_set("workshop", "date", "2028-02-29"), ACCEPT),
    "workshop date empty": (_set("workshop", "date", None), ACCEPT),
    "workshop time 25:99": (_set("workshop", "start_time", "25:99"), "in start_time"),
    "workshop time 9:30": (_set("workshop", "end_time", "9:30"), "in end_time"),
    "workshop time with seconds": (_set("workshop", "end_time", "12:00:00"), "in end_time"),
    "workshop time 24:00": (_set("workshop", "end_time", "24:00"), "in end_time"),
    "workshop times late evening": (lambda b: b.put("workshop", b.rows("workshop")[0], start_time="23:00",
                                                   end_time="23:59"), ACCEPT),
    "task due date 2026-13-45": (_set("task", "due_date", "2026-13-45"), "in due_date"),
    "project period start text": (_set("project", "period_start", "viime vuonna"), "in period_start"),
    "note created_at text": (_created_at("yesterday"), "in created_at"),
    # numbers
    "block duration 2**53": (_set("agenda_item", "duration_min", 2 ** 53), "in duration_min"),
    "block duration negative": (_set("agenda_item", "duration_min", -1), "in duration_min"),
    "block duration over a day": (_set("agenda_item", "duration_min", 24 * 60 + 1), "in duration_min"),
    "block duration a whole day": (_set("agenda_item", "duration_min", 24 * 60), ACCEPT),
    "block duration zero": (_set("agenda_item", "duration_min", 0), ACCEPT),
    "method duration 2**53": (_set("method", "duration_min", 2 ** 53, builtin=False), "in duration_min"),
    "method group of none": (_set("method", "group_min", 0, builtin=False), "in group_min"),
    "head count negative": (_set("head_count", "count", -5), "in count"),
    "head count 2**53": (_set("head_count", "count", 2 ** 53), "in count"),
    "feedback scale up to 11": (_set("feedback_question", "scale_max", 11), "in scale_max"),
    "feedback answer 99": (lambda b: b.put("feedback_answer", next(
        r for r in b.rows("feedback_answer") if b.get("feedback_answer", r, "value_number") is not None),
        value_number=99), "in value_number"),
    "photo width 2**53": (_photo("width", 2 ** 53), "in width"),
    # texts
    "workshop title of 1,000,000 characters": (_set("workshop", "title", _long(1_000_000)), "in title"),
    "workshop title of 501 characters": (_set("workshop", "title", _long(501)), "in title"),
    "workshop title of 500 characters": (_set("workshop", "title", _long(500)), ACCEPT),
    "workshop title empty": (_set("workshop", "title", ""), "in title"),
    "workshop title blank": (_set("workshop", "title", "   "), "in title"),
    "workshop title with line breaks": (_set("workshop", "title", "Kaksi\nriviä"), ACCEPT),
    "workshop conclusions of 200,001 characters": (_set("workshop", "conclusions", _long(200_001)), "in conclusions"),
    "note text of 1,000,000 characters": (_set("note", "text", _long(1_000_000)), "in text"),
    "note text of 20,000 characters": (_set("note", "text", _long(20_000)), ACCEPT),
    "note text right to left": (_set("note", "text", "مرحبا بالعالم – hei maailma"), ACCEPT),
    "participant name of 501 characters": (_set("participant", "display_name", _long(501)), "in display_name"),
    # choices
    "workshop status unknown": (_set("workshop", "status", "cancelled"), "in status"),
    "workshop language unknown": (_set("workshop", "language", "de"), "in language"),
    "block category unknown": (_set("agenda_item", "category", "lunch"), "in category"),
    "note kind unknown": (_set("note", "kind", "rant"), "in kind"),
    "task status unknown": (_set("task", "status", "whatever"), "in status"),
    "feedback question kind unknown": (_set("feedback_question", "kind", "essay"), "in kind"),
    "photo mime unknown": (_photo("mime", "image/svg+xml"), "in mime"),
    "photo mime empty": (_photo("mime", ""), "in mime"),
    # position keys
    "block position empty": (_set("agenda_item", "position", ""), "in position"),
    "block position outside the alphabet": (_set("agenda_item", "position", "ä"), "in position"),
    "block position with a space": (_set("agenda_item", "position", "a b"), "in position"),
    "block position ending in the lowest digit": (_set("agenda_item", "position", "10"), "in position"),
    "feedback question position empty": (_set("feedback_question", "position", ""), "in position"),
    "block positions at both ends": (_position_pair, ACCEPT),
    # JSON specs
    "worksheet nested 10,000 deep": (_worksheet(_nested(10_000)), "in worksheet"),
    "worksheet nested 500 deep": (_worksheet('{"layout": "boxes", "title": "x", "prompts": ' + _nested(500) + "}"),
                                  "in worksheet"),
    "worksheet not JSON": (_worksheet("{layout: boxes"), "in worksheet"),
    "worksheet grid of three": (_worksheet(json.dumps({"layout": "grid2x2", "title": "x", "prompts": ["a", "b", "c"]})),
                                "in worksheet"),
    "worksheet unknown layout": (_worksheet(json.dumps({"layout": "spiral", "title": "x", "prompts": ["a"]})),
                                 "in worksheet"),
    "worksheet with a huge row count": (_worksheet(json.dumps({"layout": "table", "title": "x", "columns": ["a"],
                                                               "rows": 2 ** 53})), "in worksheet"),
    "worksheet removed": (_worksheet(""), ACCEPT),
    "worksheet of a table": (_worksheet(json.dumps({"layout": "table", "title": "Taulukko", "columns": ["A", "B"],
                                                    "rows": 8})), ACCEPT),
    "question set nested 10,000 deep": (_questions(_nested(10_000)), "in questions"),
    "question set not a list": (_questions("{}"), "in questions"),
    "question set with a bad scale": (_questions(json.dumps([{"kind": "scale", "prompt": "?", "scale_min": 5,
                                                              "scale_max": 1}])), "in questions"),
    # link rows and blocks
    "attendance with an id not derived": (_attendance_id, "in id"),
    "attendance made as the app makes it": (_attendance_made, ACCEPT),
    "head count with an id not derived": (_head_count_id, "in id"),
    "note on a block of another workshop": (_note_on_other_block, "block of another workshop"),
    "new note on a block of another workshop": (_new_note_on_other_block, "block of another workshop"),
    # built-in methods
    "built-in method tombstoned": (_builtin_tombstone, "in deleted"),
    "built-in method unmade and tombstoned": (_builtin_unmade, "built-in method"),
    "built-in method no longer built in": (_builtin_renamed, "built-in method"),
    "built-in method erased": (_erase("method", lambda b: b.get("method", b.first("method", builtin=True), "id")),
                               "in entity"),
    # erasures
    "erasure of a project": (_erase("project"), "in entity"),
    "erasure of a workshop": (_erase("workshop"), "in entity"),
    "erasure of an erasure": (_erase_an_erasure, "in entity"),
    "erasure tombstoned": (_erase("participant", _person, deleted=True), "in deleted"),
    "erasure with an id not derived": (_erasure_with_id, "in id"),
    "erasure of an unknown kind": (_erase("participant", _person, entity="secret"), "in entity"),
    "erasure of a person": (_erase("participant", _person), ACCEPT),
    "erasure of a note nobody wrote": (_erase("note", lambda b: b.get("note", b.first("note", author_id=None), "id")),
                                       "belongs to no person"),
    "erasure of a task nobody owns": (_erase("task", lambda b: b.get("task", b.first("task", owner_id=None), "id")),
                                      "belongs to no person"),
    "erasure of an attendance alone": (_erase("attendance"), "belongs to no person"),
    "erasure of a person with their attendance": (_erase_with_attendance, ACCEPT),
    "erased person back via conflict copies": (_erased_back_by_copies, ACCEPT),
    # conflict copies
    "conflict copy of an erasure": (_copy_of("erasure", "entity"), "in entity"),
    "conflict copy of a date": (_copy_of("workshop", "date"), "in field"),
    "conflict copy with an id not derived": (_copy_of("note", "text", id=str(uuid.uuid4())), "in id"),
    "conflict copy with a bad value clock": (_copy_of("note", "text", value_clock="tomorrow"), "in value_clock"),
    "conflict copy of a note": (_copy_of("note", "text"), ACCEPT),
    # photos
    "photo sha256 path traversal": (_photo_path, "in sha256"),
    "new photo sha256 path traversal": (_new_photo_path, "in sha256"),
    "photo sha256 in capitals": (lambda b: b.put("photo", b.rows("photo")[0],
                                                 sha256=b.get("photo", b.rows("photo")[0], "sha256").upper()), "in sha256"),
    "photo sha256 too short": (_photo("sha256", "ab" * 31), "in sha256"),
    "photo without its file": (_photo_without_file, ACCEPT),
    # clocks
    "row clock 9999999999999": (_clock(lambda b: _clock_at(9_999_999_999_999)), "later than the bundle's own"),
    "row clock a year ahead": (_clock(lambda b: _clock_at(_now_ms() + 365 * _DAY)), "later than the bundle's own"),
    "row clock a counter past the bundle's": (_clock(lambda b: b.fresh[:14] + "9999.0hostile"),
                                              "later than the bundle's own"),
    "row clock a year ahead, bundle without a clock": (_no_manifest_clock_and_far_row, "later than the bundle's own"),
    "bundle clock 9999999999999": (_manifest_clock(lambda: 9_999_999_999_999), "date and time"),
    "bundle clock a year ahead": (_manifest_clock(lambda: _now_ms() + 365 * _DAY), "date and time"),
    "bundle clock eight days ahead": (_manifest_clock(lambda: _now_ms() + 8 * _DAY), "date and time"),
    "bundle clock six days ahead": (_manifest_clock(lambda: _now_ms() + 6 * _DAY), ACCEPT),
}
