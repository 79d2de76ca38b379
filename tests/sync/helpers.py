"""Devices for sync tests: stores copied from one seeded template, each with its own identity."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import text

from fasilitaattori.core.clock import dump_clocks, load_clocks
from fasilitaattori.core.dump import dump_json
from fasilitaattori.library.seed import open_workbench
from fasilitaattori.store.backup import backup_file
from fasilitaattori.store.db import DB_NAME

_TEMPLATES: dict[str, Path] = {}


def template(root: Path) -> Path:
    key = str(root)
    if key not in _TEMPLATES:
        path = root / "template"
        wb = open_workbench(path)
        wb.close()
        _TEMPLATES[key] = path
    return _TEMPLATES[key]


def new_device(root: Path, name: str):  # type: ignore[no-untyped-def]
    """A fresh store (built-in methods seeded) with its own device id."""
    target = root / f"{name}-{uuid.uuid4().hex[:8]}"
    target.mkdir(parents=True)
    shutil.copy(template(root) / DB_NAME, target / DB_NAME)
    conn = sqlite3.connect(target / DB_NAME)
    conn.execute("UPDATE settings SET value = ? WHERE key = 'device_id'", (uuid.uuid4().hex,))
    conn.execute("DELETE FROM settings WHERE key = 'hlc_last'")
    conn.commit()
    conn.close()
    return open_workbench(target)


def clone(wb, root: Path, name: str):  # type: ignore[no-untyped-def]
    """An exact copy of a device's store (same identity), to try two import orders."""
    target = root / f"{name}-{uuid.uuid4().hex[:8]}"
    backup_file(wb.store.db_path, target / DB_NAME)
    return open_workbench(target)


def dump(wb) -> str:  # type: ignore[no-untyped-def]
    return dump_json(wb)


def file_bytes(wb) -> bytes:  # type: ignore[no-untyped-def]
    data = b""
    for suffix in ("", "-wal", "-journal"):
        path = Path(str(wb.store.db_path) + suffix)
        if path.exists():
            data += path.read_bytes()
    return data


def read_rows(data: bytes) -> dict:  # type: ignore[type-arg]
    """A `rows/<entity>.jsonl` member as {"entity", "columns", "rows"}."""
    head, *lines = data.decode("utf-8").split("\n")
    body = json.loads(head)
    body["rows"] = [json.loads(line) for line in lines if line]
    return body  # type: ignore[no-any-return]


def write_rows(body: dict) -> bytes:  # type: ignore[type-arg]
    lines = [json.dumps({"entity": body["entity"], "columns": body["columns"]})]
    lines += [json.dumps(row) for row in body["rows"]]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _json_clocks(body: dict) -> dict:  # type: ignore[type-arg]
    """Rows as versions 1 and 2 held them: field clocks as a canonical JSON map."""
    at = body["columns"].index("clock")
    for row in body["rows"]:
        row[at] = json.dumps(load_clocks(row[at]), sort_keys=True)
    return body


def as_version_1(members: dict[str, bytes]) -> dict[str, bytes]:
    """The members of a bundle rewritten in format version 1 (one JSON document per entity)."""
    return _as_old_version(members, 1)


def as_version_2(members: dict[str, bytes]) -> dict[str, bytes]:
    """The members of a bundle rewritten in format version 2 (rows per line, clocks as JSON)."""
    return _as_old_version(members, 2)


def _as_old_version(members: dict[str, bytes], version: int) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    for name, data in members.items():
        if name.endswith(".jsonl"):
            body = _json_clocks(read_rows(data))
            if version == 1:
                out[name[:-1]] = json.dumps(body, ensure_ascii=False).encode("utf-8")
            else:
                out[name] = write_rows(body)
        elif name != "manifest.json":
            out[name] = data
    manifest = json.loads(members["manifest.json"])
    manifest["version"] = version
    manifest["members"] = {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                           for name, data in out.items()}
    out["manifest.json"] = json.dumps(manifest).encode("utf-8")
    return out


LIVE_TIMES = ("actual_start", "actual_end", "live_extra_min")  # agenda columns added in schema 0006


def before_live_times(members: dict[str, bytes]) -> dict[str, bytes]:
    """A version 3 bundle as written before blocks recorded live times: no such columns, and
    no clocks for them."""
    name = "rows/agenda_item.jsonl"
    body = read_rows(members[name])
    keep = [i for i, column in enumerate(body["columns"]) if column not in LIVE_TIMES]
    at = body["columns"].index("clock")
    for row in body["rows"]:
        row[at] = dump_clocks({k: v for k, v in load_clocks(row[at]).items() if k.rstrip("<") not in LIVE_TIMES})
    body["columns"] = [body["columns"][i] for i in keep]
    body["rows"] = [[row[i] for i in keep] for row in body["rows"]]
    out = {**members, name: write_rows(body)}
    manifest = json.loads(members["manifest.json"])
    manifest["members"][name] = {"sha256": hashlib.sha256(out[name]).hexdigest(), "size": len(out[name])}
    out["manifest.json"] = json.dumps(manifest).encode("utf-8")
    return out


def store_indexes(wb: Any) -> dict[str, str]:
    """The store's own indexes (not SQLite's automatic ones), by name, with their SQL."""
    with wb.store.read() as session:
        rows = session.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
        return {name: sql for name, sql in rows}


def without_columns(members: dict[str, bytes], entity: str, names: tuple[str, ...]) -> dict[str, bytes]:
    """The members of a bundle as a program from before `names` existed wrote them: those
    columns and their field clocks left out of `entity`'s rows."""
    out = dict(members)
    member = f"rows/{entity}.jsonl"
    body = read_rows(members[member])
    keep = [i for i, name in enumerate(body["columns"]) if name not in names]
    at = body["columns"].index("clock")
    for row in body["rows"]:
        clocks = {k: v for k, v in load_clocks(row[at]).items() if k not in names}
        row[at] = dump_clocks(clocks)
    body["rows"] = [[row[i] for i in keep] for row in body["rows"]]
    body["columns"] = [body["columns"][i] for i in keep]
    out[member] = write_rows(body)
    manifest = json.loads(members["manifest.json"])
    manifest["members"][member] = {"sha256": hashlib.sha256(out[member]).hexdigest(), "size": len(out[member])}
    out["manifest.json"] = json.dumps(manifest).encode("utf-8")
    return out
