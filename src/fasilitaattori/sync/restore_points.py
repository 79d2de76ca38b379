"""Undoing an import: the store as it was before, kept as a restore point.

Before an import that changes anything commits, the store's last committed state (the one
before the import: the import's own writes are not committed yet, and a second connection
does not see them) is copied with SQLite's backup API into `restore-points/`. One Sync now keeps
one copy, made before its first import that changes something and named by every log entry of
that round: undoing any of them takes the whole Sync now back. The copies named by the last
five rounds or imports are kept; a copy no log entry names (a kill between the copy and the
import's commit) goes once it is an hour old. Undoing an import puts that copy back; what was done here since is lost (the sync
log says exactly which local edits first), except that erasures are never undone: every
erasure the store holds is applied again to the restored copy, and this device's clock and
settings, the sync log and what it last imported from each device stay as they are.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from ..core.clock import load_clocks
from ..core.people import erase_person, scrub_store
from ..core.records import REGISTRY
from ..core.restore import restore_backup
from ..core.workbench import CLOCK_KEY, Workbench, utc_now
from ..errors import NotFoundError
from ..store.db import sqlite_connection
from ..store.index_backlog import BACKLOG_KEY as INDEX_BACKLOG
from ..store.models import SYNCED_MODELS, Participant, Setting, SyncLog, SyncPeer
from ..store.search_backlog import BACKLOG_KEY as SEARCH_BACKLOG
from .conflicts import title_of
from .format import ENTITY_ORDER, SCHEMA, table_of

KEEP = 5  # restore points kept; older ones are removed
FOLDER = "restore-points"
# A copy no log entry names is removed once older than this: the window makes its copy before
# it waits for the write lock, so a young one may still be named by an import under way.
ORPHAN_AGE = 3600
POINT_KEY = "restore_point"  # in a sync log entry's summary: the file name of its restore point
# Settings that belong to the data (work a large import left, the seeded library's version)
# come back with the restore point; every other setting stays as it is now.
_WITH_THE_DATA = frozenset({INDEX_BACKLOG, SEARCH_BACKLOG, "builtin_library"})
_NOT_EDITS = frozenset({"conflict", "erasure"})

Step = Callable[[str], None]  # told what the undo is doing now


def points_dir(wb: Workbench) -> Path:
    return wb.data_dir / FOLDER


def make_point(wb: Workbench) -> Path:
    """Copy the store's last committed state; inside an import's open transaction, that is
    the state before the import."""
    from ..store.backup import backup_file

    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    return backup_file(wb.store.db_path, points_dir(wb) / f"before-import-{stamp}.sqlite")


def _summaries(wb: Workbench) -> list[tuple[int, str, dict[str, Any]]]:
    """Every import's (id, device, summary) that names a restore point, oldest first."""
    with wb.store.read() as session:
        rows = list(session.execute(select(SyncLog.id, SyncLog.device_id, SyncLog.summary).where(
            SyncLog.action.in_(("import", "sync")), SyncLog.summary.contains(POINT_KEY)).order_by(SyncLog.id)))
    out = []
    for row_id, device, text in rows:
        try:
            summary = json.loads(text or "{}")
        except ValueError:
            continue
        if isinstance(summary, dict) and isinstance(summary.get(POINT_KEY), str):
            out.append((row_id, device, summary))
    return out


def prune(wb: Workbench, keep: int = KEEP) -> None:
    """Keep the copies the newest `keep` log entries name; remove one no entry names once it is
    older than `ORPHAN_AGE` (it never counts toward `keep`)."""
    named = {summary[POINT_KEY] for _id, _device, summary in _summaries(wb)}
    points = sorted(points_dir(wb).glob("before-import-*.sqlite"))
    for old in [p for p in points if p.name in named][:-keep]:
        old.unlink(missing_ok=True)
    stale = time.time() - ORPHAN_AGE
    for orphan in (p for p in points if p.name not in named):
        try:
            if orphan.stat().st_mtime < stale:
                orphan.unlink()
        except FileNotFoundError:
            pass


@dataclass(frozen=True)
class LostEdit:
    what: str  # the kind of row, as core labels it ("note", "agenda block"...)
    title: str  # which row, in a few words


@dataclass(frozen=True)
class UndoPlan:
    log_id: int
    at: str
    file: str
    point: Path
    lost: list[LostEdit]  # rows this device changed after the import, whose changes go
    later_imports: int  # imports after this one's Sync now, undone with it
    round: tuple[int, ...] = ()  # the other imports of the same Sync now (one restore point), undone with it
    later: tuple[int, ...] = ()  # the later imports' log ids: marked undone too, or undoing one would
    # restore a point taken after this import and bring it back

    @property
    def same_round(self) -> int:
        return len(self.round)


def undoable(wb: Workbench, device_id: str, summary: dict[str, Any]) -> bool:
    """Whether a sync log entry (its device and summary) is an import that can still be undone."""
    name = summary.get(POINT_KEY)
    return (device_id != wb.device_id and not summary.get("undone") and isinstance(name, str)
            and "/" not in name and "\\" not in name and (points_dir(wb) / name).is_file())


def _entry(wb: Workbench, log_id: int) -> tuple[SyncLog, Path, str]:
    with wb.store.read() as session:
        entry = session.get(SyncLog, log_id) if isinstance(log_id, int) else None
        if entry is None or entry.action not in ("import", "sync") or entry.device_id == wb.device_id:
            raise NotFoundError("There is no import {id} in the sync log.", id=log_id)
        try:
            summary = json.loads(entry.summary or "{}")
        except ValueError:
            summary = {}
        name = summary.get(POINT_KEY) if isinstance(summary, dict) else None
        if summary.get("undone"):
            raise NotFoundError("Import {id} has already been undone.", id=log_id)
    point = points_dir(wb) / name if isinstance(name, str) and "/" not in name and "\\" not in name else None
    if point is None or not point.is_file():
        raise NotFoundError("The state before import {id} is no longer kept (the last {keep} imports that "
                            "changed something can be undone).", id=log_id, keep=KEEP)
    # This device's clock just after the import: any later edit here has a greater one.
    clock = summary.get("clock")
    if not isinstance(clock, str):
        clock = f"{int(datetime.fromisoformat(entry.at).timestamp() * 1000):013d}.9999.{wb.device_id}"
    return entry, point, clock


def plan_undo(wb: Workbench, log_id: int) -> UndoPlan:
    """What undoing import `log_id` would take away: every row this device changed after it."""
    entry, point, since = _entry(wb, log_id)
    mine = "." + wb.device_id
    lost: list[LostEdit] = []
    # A Sync now that took in several files keeps one copy, from before its first import.
    round_ = [(i, summary) for i, device, summary in _summaries(wb)
              if device != wb.device_id and summary[POINT_KEY] == point.name]
    same = [i for i, _summary in round_ if i != entry.id]
    last = max([entry.id, *same])
    if round_ and round_[0][0] < entry.id and isinstance(round_[0][1].get("clock"), str):
        since = round_[0][1]["clock"]  # an edit saved between two imports of the round goes too
    with wb.store.read() as session:
        later = tuple(session.scalars(select(SyncLog.id).where(
            SyncLog.id > last, SyncLog.action.in_(("import", "sync")), SyncLog.device_id != wb.device_id)))
        for entity, model in SYNCED_MODELS.items():
            record = REGISTRY.get(entity)
            if entity in _NOT_EDITS or record is None:
                continue
            # Only rows whose clocks name this device are parsed.
            for row in session.scalars(select(model).where(model.clock.contains(mine))):
                if any(c.endswith(mine) and c > since for c in load_clocks(row.clock or "").values()):
                    lost.append(LostEdit(record.label, title_of(row)))
    return UndoPlan(entry.id, entry.at, entry.file, point, lost, len(later), tuple(same), later)


def _kept_now(wb: Workbench) -> dict[str, Any]:
    """What stays as it is now when the store goes back."""
    with wb.store.read() as session:
        names = [c.name for c in SCHEMA["erasure"]]
        conn = sqlite_connection(session)
        return {
            "settings": {s.key: s.value for s in session.scalars(select(Setting)) if s.key not in _WITH_THE_DATA},
            "log": [(r.id, r.at, r.action, r.file, r.device_id, r.summary) for r in session.scalars(select(SyncLog))],
            "peers": [(p.device_id, p.bundle_sha256, p.imported_at) for p in session.scalars(select(SyncPeer))],
            "erasures": (names, conn.execute(f"SELECT {', '.join(names)} FROM erasures").fetchall()),
        }


def undo_import(wb: Workbench, log_id: int, step: Step | None = None) -> UndoPlan:
    """Put the store back as it was before import `log_id`, then apply every erasure again."""
    tell = step or (lambda _what: None)
    plan = plan_undo(wb, log_id)
    kept = _kept_now(wb)
    kept["settings"][CLOCK_KEY] = wb.clock.last  # never back: later edits here must still win
    tell("restore")
    wb.store.wait_for_background()
    restore_backup(wb, plan.point)
    tell("erasures")
    with wb.store.write() as session:
        for key, value in kept["settings"].items():
            session.merge(Setting(key=key, value=value))
        session.execute(delete(SyncLog))
        session.execute(delete(SyncPeer))
        for row_id, at, action, file, device, summary in kept["log"]:
            if row_id == plan.log_id or row_id in plan.round or row_id in plan.later:
                summary = json.dumps({**json.loads(summary or "{}"), "undone": True}, sort_keys=True)
            session.add(SyncLog(id=row_id, at=at, action=action, file=file, device_id=device, summary=summary))
        for device, digest, imported in kept["peers"]:
            session.add(SyncPeer(device_id=device, bundle_sha256=digest, imported_at=imported))
        session.add(SyncLog(at=utc_now(), action="undo", file=plan.file, device_id=wb.device_id,
                            summary=json.dumps({"undid": plan.log_id, "with": list(plan.round),
                                                "later": list(plan.later),
                                                "lost": len(plan.lost)}, sort_keys=True)))
        names, rows = kept["erasures"]
        conn = sqlite_connection(session)
        conn.executemany(f"INSERT OR IGNORE INTO erasures ({', '.join(names)}) VALUES "
                         f"({', '.join('?' * len(names))})", rows)
    _erase_again(wb, [(r[names.index("entity")], r[names.index("row_id")]) for r in rows])
    wb.store.index_backlog_now()
    tell("done")
    return plan


def _erase_again(wb: Workbench, erased: list[tuple[str, str]]) -> bool:
    """Apply the erasures to a restored store: a person as `people erase` does it (their name
    is also taken out of others' tasks), any other erased row by removing it for good, then
    scrub the file. Returns whether anything was there to erase."""
    from .writer import erase_rows

    with wb.store.read() as session:
        people = [pid for entity, pid in erased if entity == "participant" and session.get(Participant, pid) is not None]
    for pid in people:
        erase_person(wb, pid)
    with wb.store.write() as session:
        conn = sqlite_connection(session)
        by_entity: dict[str, list[str]] = {}
        for entity, row_id in erased:
            if entity in SCHEMA and _exists(conn, entity, row_id):
                by_entity.setdefault(entity, []).append(row_id)
        for entity in reversed(ENTITY_ORDER):
            if by_entity.get(entity):
                erase_rows(conn, entity, sorted(by_entity[entity]))
    if people or by_entity:
        scrub_store(wb)
    return bool(people or by_entity)


def scrub_points(wb: Workbench) -> None:
    """Apply the store's erasures to every restore point too, so that an erased person does not
    live on in a copy kept for undoing an import. Run after each erasure (`people erase`, or an
    import that brings one)."""
    from ..store.db import DB_NAME, open_store

    names, rows = _kept_now(wb)["erasures"]
    if not rows:
        return
    erased = [(r[names.index("entity")], r[names.index("row_id")]) for r in rows]
    for point in sorted(points_dir(wb).glob("before-import-*.sqlite")):
        with tempfile.TemporaryDirectory(dir=points_dir(wb)) as folder:
            work = Path(folder) / DB_NAME
            point.replace(work)  # a store folder of its own, opened as a store
            try:
                copy = Workbench(open_store(Path(folder), migrate=False))
                try:
                    with copy.store.write() as session:
                        sqlite_connection(session).executemany(
                            f"INSERT OR IGNORE INTO erasures ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                            rows)
                    _erase_again(copy, erased)
                finally:
                    copy.close()
                fold = sqlite3.connect(work)  # everything in the one file before it goes back
                try:
                    fold.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    fold.close()
            finally:
                work.replace(point)


def _exists(conn: sqlite3.Connection, entity: str, row_id: str) -> bool:
    return conn.execute(f'SELECT 1 FROM "{table_of(entity)}" WHERE id = ?', (row_id,)).fetchone() is not None
