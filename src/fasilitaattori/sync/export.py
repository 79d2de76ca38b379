"""Writing bundles: the whole store or one project, optionally pseudonymised or encrypted.

Rows are read with plain SQL (a decade of notes is 200,000 rows) and written as one JSON
member per entity; photos go in once per content hash. The file appears atomically
(temp file + rename), so a reader never sees half a bundle.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import sqlite3
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import __version__
from ..core.pseudonyms import pseudonymiser
from ..core.workbench import Workbench, utc_now
from ..errors import FasilitaattoriError, NotFoundError
from ..files import write_atomically
from .crypto import encrypt
from .format import (
    ENTITY_ORDER,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    PHOTOS_PREFIX,
    SCHEMA,
    json_row_sql,
    rows_member,
    table_of,
)

log = logging.getLogger("fasilitaattori.sync")

RowFilter = Callable[[str, Mapping[str, Any]], dict[str, Any]]
_ZIP_TIME = (2020, 1, 1, 0, 0, 0)
_ROWS_LEVEL = 1  # fastest deflate: rows are highly repetitive, level 6 saves little and costs seconds  # members carry no local time: the manifest has the real one

# entity -> (column, parent entity): a row belongs to a project's bundle when it hangs off a
# row already in it. Parents referred to from inside (methods, participants, a follow-up
# workshop of another project) are added afterwards, so the bundle is self-contained.
BELONGS: dict[str, tuple[tuple[str, str], ...]] = {
    "workshop": (("project_id", "project"),),
    "agenda_item": (("workshop_id", "workshop"),),
    "attendance": (("workshop_id", "workshop"),),
    "head_count": (("workshop_id", "workshop"),),
    "note": (("workshop_id", "workshop"),),
    "task": (("project_id", "project"), ("workshop_id", "workshop")),
    "feedback_question": (("workshop_id", "workshop"),),
    "feedback_response": (("workshop_id", "workshop"),),
    "feedback_answer": (("response_id", "feedback_response"),),
    "photo": (("workshop_id", "workshop"),),
}


@dataclass
class ExportResult:
    path: Path
    counts: dict[str, int] = field(default_factory=dict)
    photos: int = 0
    size: int = 0
    encrypted: bool = False
    pseudonymised: bool = False
    # Why the export could not be noted in the sync log (the bundle itself was written).
    not_logged: FasilitaattoriError | None = None


def _select(conn: sqlite3.Connection, entity: str, names: list[str]) -> list[tuple[Any, ...]]:
    cols = ", ".join(f'"{n}"' for n in names)
    return conn.execute(f'SELECT {cols} FROM "{table_of(entity)}" ORDER BY id').fetchall()


def project_scope(conn: sqlite3.Connection, project_id: str) -> dict[str, set[str]]:
    """The ids of every row a one-project bundle holds."""
    if conn.execute("SELECT 1 FROM projects WHERE id = ?", (project_id,)).fetchone() is None:
        raise NotFoundError("The project was not found; it may have been deleted.")
    ids: dict[str, set[str]] = {name: set() for name in ENTITY_ORDER}
    ids["project"].add(project_id)
    for entity in ENTITY_ORDER:
        rules = BELONGS.get(entity)
        if not rules:
            continue
        names = ["id", *(c for c, _ in rules)]
        for row in _select(conn, entity, names):
            if any(row[i + 1] in ids[parent] for i, (_c, parent) in enumerate(rules)):
                ids[entity].add(row[0])
    # Parents referred to from inside the bundle, until nothing new comes in.
    grew = True
    while grew:
        grew = False
        for entity in ENTITY_ORDER:
            refs = [c for c in SCHEMA[entity] if c.ref]
            if not refs or not ids[entity]:
                continue
            for row in _select(conn, entity, ["id", *(c.name for c in refs)]):
                if row[0] not in ids[entity]:
                    continue
                for i, col in enumerate(refs):
                    value = row[i + 1]
                    if value is not None and col.ref and value not in ids[col.ref]:
                        ids[col.ref].add(value)
                        grew = True
    # A block names its category by key, not as a reference (the built-in ones are no rows):
    # the user's own categories its blocks use come along, or they arrive uncategorised.
    used = {r[1] for r in _select(conn, "agenda_item", ["id", "category"]) if r[0] in ids["agenda_item"]}
    ids["category"] |= {r[0] for r in _select(conn, "category", ["id"]) if r[0] in used}
    everything = set().union(*ids.values())
    ids["conflict"] = {r[0] for r in _select(conn, "conflict", ["id", "row_id"]) if r[1] in everything}
    ids["erasure"] = {r[0] for r in _select(conn, "erasure", ["id"])}  # ids only, no content
    return ids


def build_bundle(wb: Workbench, *, project_id: str | None = None,
                 row_filter: RowFilter | None = None, with_photos: bool = True,
                 only: Mapping[str, list[str]] | None = None,
                 files: Mapping[str, Any] | None = None) -> tuple[bytes, dict[str, int], int]:
    """The bundle as zip bytes, the row counts per entity and the number of photo files.

    `only` limits it to those rows (entity -> ids; an entity not named has no member): a sync
    folder's change file, whose manifest says what it is in `files`."""
    conn = wb.store.raw()
    try:
        scope = project_scope(conn, project_id) if project_id else None
        buffer = io.BytesIO()
        members: dict[str, dict[str, Any]] = {}
        counts: dict[str, int] = {}
        photo_hashes: dict[str, str] = {}
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            def put(name: str, data: bytes) -> None:
                info = zipfile.ZipInfo(name, _ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, data, compresslevel=1 if name.startswith(PHOTOS_PREFIX) else 6)
                members[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}

            for entity in ENTITY_ORDER:
                if only is not None and not only.get(entity):
                    counts[entity] = 0
                    continue
                counts[entity] = _put_rows(zf, members, conn, entity, scope, row_filter, photo_hashes,
                                           with_photos, None if only is None else only[entity])
            photos = 0
            for digest, mime in sorted(photo_hashes.items()):
                path = _photo_file(wb, digest, mime)
                if path is not None:
                    put(f"{PHOTOS_PREFIX}{digest}", path.read_bytes())
                    photos += 1
            manifest = {
                "format": FORMAT_NAME,
                "version": FORMAT_VERSION,
                "app_version": __version__,
                "device_id": wb.device_id,
                "created_at": utc_now(),
                "clock": wb.clock.last,
                "scope": {"kind": "project", "project_id": project_id} if project_id else {"kind": "all"},
                "pseudonymised": row_filter is not None,
                "counts": counts,
                "photos": photos,
                "members": members,
            }
            if files is not None:
                manifest["files"] = dict(files)
            info = zipfile.ZipInfo(MANIFEST, _ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8"))
    finally:
        conn.close()
    return buffer.getvalue(), counts, photos


_CHUNK = 5_000  # rows per fetch: a decade of notes is streamed, never held in memory at once


def _put_rows(zf: zipfile.ZipFile, members: dict[str, dict[str, Any]], conn: sqlite3.Connection, entity: str,
              scope: dict[str, set[str]] | None, row_filter: RowFilter | None, photo_hashes: dict[str, str],
              with_photos: bool, ids: list[str] | None = None) -> int:
    """Stream one entity's rows into its member: a header line {"entity", "columns"}, then
    one JSON array per row and line."""
    columns = SCHEMA[entity]
    names = [c.name for c in columns]
    bools = [i for i, c in enumerate(columns) if c.kind == "bool"]
    keep = scope[entity] if scope is not None else None
    name = rows_member(entity)
    info = zipfile.ZipInfo(name, _ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info._compresslevel = _ROWS_LEVEL  # type: ignore[attr-defined]
    digest = hashlib.sha256()
    size = 0
    count = 0
    # Rows in id order: reading them so costs export a second on a decade of notes, and saves
    # the importing side more, whose primary-key index then grows at one end instead of
    # splitting pages all over. SQLite writes the JSON unless a row must be looked at on the
    # way (pseudonymising, collecting photo hashes).
    in_sql = row_filter is None and entity != "photo"
    select = f"id, {json_row_sql(columns)}" if in_sql else ", ".join(f'"{n}"' for n in names)
    # A copy of an erased row is never sent: it would bring the erased values back.
    where = (" WHERE NOT EXISTS (SELECT 1 FROM erasures e WHERE e.entity = conflicts.entity "
             "AND e.row_id = conflicts.row_id)" if entity == "conflict" else "")
    params: tuple[str, ...] = ()
    if ids is not None:  # a change file: these rows only, found by their primary key
        where += (" AND" if where else " WHERE") + " id IN (SELECT value FROM json_each(?))"
        params = (json.dumps(ids),)
    cursor = conn.execute(f'SELECT {select} FROM "{table_of(entity)}"{where} ORDER BY id', params)
    with zf.open(info, "w", force_zip64=True) as out:
        def write(text: str) -> None:
            nonlocal size
            data = text.encode("utf-8")
            digest.update(data)
            size += len(data)
            out.write(data)

        write(json.dumps({"entity": entity, "columns": names}, ensure_ascii=False, separators=(",", ":")) + "\n")
        while True:
            chunk: list[Any] = cursor.fetchmany(_CHUNK)
            if not chunk:
                break
            if keep is not None:
                chunk = [r for r in chunk if r[0] in keep]
            if not chunk:
                continue
            if in_sql:
                write("\n".join([r[1] for r in chunk]) + "\n")
                count += len(chunk)
                continue
            chunk = [list(r) for r in chunk]
            for r in chunk:
                for i in bools:
                    r[i] = bool(r[i])
            if row_filter is not None:
                chunk = [[f.get(n) for n in names] for f in
                         (row_filter(entity, dict(zip(names, r, strict=True))) for r in chunk)]
            if entity == "photo" and with_photos:
                sha_i, mime_i = names.index("sha256"), names.index("mime")
                for r in chunk:
                    photo_hashes.setdefault(r[sha_i], r[mime_i])
            write("".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in chunk))
            count += len(chunk)
    members[name] = {"sha256": digest.hexdigest(), "size": size}
    return count


def _photo_file(wb: Workbench, digest: str, mime: str) -> Path | None:
    """The photo's file, if it is in the store's photo folder (a bad hash names none)."""
    from ..core.photos import is_photo_hash, photo_file

    if not is_photo_hash(digest):
        return None
    path = photo_file(wb.store.photos_dir, digest, mime)
    return path if path.is_file() else None


def export_bundle(wb: Workbench, path: Path, *, project_id: str | None = None, passphrase: str | None = None,
                  pseudonymise: bool = False) -> ExportResult:
    """Write a bundle of the store (or of one project) to `path`.

    A pseudonymised bundle replaces every participant's name and contact by a code and leaves
    photos out; it is for sharing outside the team and cannot be imported.
    """
    row_filter = pseudonymiser(wb) if pseudonymise else None
    data, counts, photos = build_bundle(wb, project_id=project_id, row_filter=row_filter,
                                        with_photos=not pseudonymise)
    if passphrase:
        data = encrypt(data, passphrase)
    write_atomically(path, data)
    return ExportResult(path, counts, photos, len(data), bool(passphrase), pseudonymise)


def export_and_log(wb: Workbench, path: Path, *, project_id: str | None = None, passphrase: str | None = None,
                   pseudonymise: bool = False) -> ExportResult:
    """`export_bundle`, then a line in the sync log. The bundle is what was asked for: when only
    the log line fails (the data folder full while the bundle went to a memory stick), the
    result says so in `not_logged` instead of calling a written bundle unsaved."""
    from .importer import log_export

    result = export_bundle(wb, path, project_id=project_id, passphrase=passphrase, pseudonymise=pseudonymise)
    try:
        log_export(wb, result.path, result.counts)
    except FasilitaattoriError as exc:
        log.warning("The export to %s was written but not logged: %s", path, exc.message)
        result.not_logged = exc
    return result
