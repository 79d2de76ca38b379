"""The `.fasi` bundle format (docs/bundle-format.md): names, limits and the row schema.

A bundle is a zip holding `manifest.json`, one `rows/<entity>.jsonl` per synced entity (one
JSON row per line, so a reader can stream a decade of notes; version 1 had `rows/<entity>.json`
documents, which are still read) and `photos/<sha256>` image files. Everything here is about the format itself; reading untrusted
bundles is in `reader`, writing them in `export`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Integer, String

from ..core.clock import CLOCKS, CLOCKS_PATTERN, dump_clocks
from ..store.models import SYNCED_MODELS, SyncedMixin

FORMAT_NAME = "fasilitaattori-bundle"
FORMAT_VERSION = 4  # 4: a sync folder's change files (manifest "files"; only the entities they hold)
MANIFEST = "manifest.json"
ROWS_PREFIX = "rows/"
ROWS_SUFFIX = {1: ".json", 2: ".jsonl", 3: ".jsonl", 4: ".jsonl"}  # by format version
COMPACT_CLOCKS_FROM = 3  # earlier versions hold field clocks as a JSON map
PHOTOS_PREFIX = "photos/"
SUFFIX = ".fasi"

# Bounds for untrusted bundles: generous for a decade of work, far below what hurts a laptop.
MAX_MEMBERS = 50_000
MAX_MEMBER_BYTES = 512 * 1024 * 1024  # one uncompressed member
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024  # all members, uncompressed
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_FIELD_CHARS = 1_000_000  # one text field (the app itself allows 200,000)
MAX_CLOCK_CHARS = 8_192
MAX_RATIO = 200  # compression ratio beyond which a member is treated as a zip bomb
MAX_PHOTO_BYTES = 50 * 1024 * 1024

SHA256 = re.compile(r"^[0-9a-f]{64}$")
ROW_ID = re.compile(r"[0-9A-Za-z_-]{1,36}")  # used with fullmatch
ROW_IDS = re.compile(r"(?:[0-9A-Za-z_-]{1,36}+\n)*+")  # many ids joined by newlines, in one pass
DEVICE_ID = re.compile(r"^[0-9A-Za-z_-]{1,64}$")
# A row's field clocks as stored (`core.clock.dump_clocks`). Checked with one expression, so a
# bundle of 300,000 rows needs no per-row parsing unless a row really differs.
CLOCK_LINES = re.compile(r"(?:" + CLOCKS_PATTERN + r"\n)*+")  # many clocks joined by newlines
# Versions 1 and 2: canonical JSON (sorted keys, ", " and ": " separators) of field -> clock.
_JSON_CLOCK_ITEM = r'"[a-z0-9_]{1,63}<?": "[0-9]{13}\.[0-9]{4}\.[0-9A-Za-z_-]{1,60}"'
_JSON_CLOCK = r"\{(?:" + _JSON_CLOCK_ITEM + r"(?:, " + _JSON_CLOCK_ITEM + r")*)?\}"
JSON_CLOCKS = re.compile(_JSON_CLOCK)  # used with fullmatch
JSON_CLOCK_LINES = re.compile(r"(?:" + _JSON_CLOCK + r"\n)*")

ENTITY_ORDER: tuple[str, ...] = tuple(SYNCED_MODELS)
# Entities whose text fields keep a losing value as a conflict copy (not the bookkeeping ones).
NO_CONFLICT_COPIES = frozenset({"conflict", "erasure"})


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # text | int | bool
    max_chars: int
    nullable: bool
    ref: str | None  # entity name this column refers to (foreign key)
    is_text: bool  # long free text: concurrent edits keep a conflict copy


_TABLE_TO_ENTITY = {m.__tablename__: name for name, m in SYNCED_MODELS.items()}  # type: ignore[attr-defined]


def columns_of(model: type[SyncedMixin]) -> tuple[Column, ...]:
    out = []
    for col in model.__table__.columns:  # type: ignore[attr-defined]
        ref = None
        for fk in col.foreign_keys:
            ref = _TABLE_TO_ENTITY.get(fk.column.table.name)
        ctype = col.type
        if isinstance(ctype, Boolean):
            kind, limit = "bool", 0
        elif isinstance(ctype, Integer):
            kind, limit = "int", 0
        elif isinstance(ctype, String) and ctype.length:
            kind, limit = "text", int(ctype.length)
        else:
            kind, limit = "text", MAX_FIELD_CHARS
        if col.name == "clock":
            limit = MAX_CLOCK_CHARS
        is_text = kind == "text" and limit == MAX_FIELD_CHARS and col.name != "clock"
        out.append(Column(col.name, kind, limit, bool(col.nullable) and not col.primary_key, ref, is_text))
    # id, created_at, clock, deleted first: merge code relies on these positions.
    meta = {name: i for i, name in enumerate(("id", "created_at", "clock", "deleted"))}
    return tuple(sorted(out, key=lambda c: meta.get(c.name, len(meta))))


SCHEMA: dict[str, tuple[Column, ...]] = {name: columns_of(model) for name, model in SYNCED_MODELS.items()}

# Columns added after bundles were first written, with the value a row from an older bundle
# gets (its field clocks lack them, so a local value always wins over that default). Every
# newer bundle carries them; a bundle may lack only these.
ADDED_COLUMNS: dict[str, dict[str, Any]] = {
    "agenda_item": {"actual_start": None, "actual_end": None, "live_extra_min": 0,  # schema 0006
                    "day": 1, "track_of": "", "pinned_start": None, "leader": "", "room": ""},  # 0009
    "participant": {"need_interpreter": False, "need_hearing_loop": False, "need_assistant": False,
                    "diet": "", "other_needs": ""},  # schema 0007
    "feedback_question": {"options": ""},  # schema 0008
    "feedback_response": {"respondent": "", "answered_at": ""},  # schema 0008
    "workshop": {"days": 1, "day_starts": "", "agenda_columns": "who"},  # schema 0009
}


def table_of(entity: str) -> str:
    return str(SYNCED_MODELS[entity].__tablename__)  # type: ignore[attr-defined]


def is_clock_text(value: Any, version: int = FORMAT_VERSION) -> bool:
    pattern = CLOCKS if version >= COMPACT_CLOCKS_FROM else JSON_CLOCKS
    return isinstance(value, str) and len(value) <= MAX_CLOCK_CHARS and pattern.fullmatch(value) is not None


def clocks_from_json(text: str) -> str:
    """A version 1 or 2 bundle's field clocks (a checked JSON map) as this version stores them."""
    return dump_clocks(json.loads(text))


def rows_member(entity: str, version: int = FORMAT_VERSION) -> str:
    return f"{ROWS_PREFIX}{entity}{ROWS_SUFFIX[version]}"


def json_row_sql(columns: tuple[Column, ...]) -> str:
    """SQL that renders a row as the JSON array of a rows member (flags are stored as 0/1 and
    written as false/true). Export writes plain bundles with it, so their rows never become
    Python objects, and import recognises a bundle row equal to a local one by its text."""
    parts = []
    for c in columns:
        q = f'"{c.name}"'
        parts.append(f"CASE WHEN {q} IS NULL THEN NULL WHEN {q} THEN json('true') ELSE json('false') END"
                     if c.kind == "bool" else q)
    return f"json_array({', '.join(parts)})"
