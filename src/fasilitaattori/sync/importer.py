"""Importing a bundle: check it, show what would change, then apply it in one transaction
and keep a log entry the user can read later."""

from __future__ import annotations

import json
import sqlite3
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..core.people import scrub_store
from ..core.photos import sniff_image, store_image_bytes
from ..core.workbench import Workbench, utc_now
from ..errors import FasilitaattoriError
from ..store.db import sqlite_connection
from ..store.models import SyncLog, SyncPeer
from .merge import KindCounts, MergePlan, Progress, expected_rows, merge_bundle, plan_merge
from .reader import Bundle, BundleError, open_bundle_file
from .restore_points import POINT_KEY, make_point, scrub_points
from .restore_points import prune as prune_points

_LARGE = 20_000  # rows from which the log is flushed as it grows, and copied after the commit in the background


class ImportCancelled(FasilitaattoriError):
    """The user stopped an import; nothing was changed."""


def cancelled() -> ImportCancelled:
    """What a progress callback raises to stop an import."""
    return ImportCancelled("The import was cancelled; nothing was changed.")


@dataclass
class ImportResult:
    file: str
    device_id: str
    counts: dict[str, KindCounts]
    conflicts: int  # values new here that need a look in Tools → Conflicts
    erased: int
    dry_run: bool
    scope: dict[str, Any] = field(default_factory=dict)
    file_clean: bool = True
    restore_point: Path | None = None  # the copy of the store before it that its log entry names

    @property
    def changes(self) -> int:
        return sum(c.total_changes() for c in self.counts.values())

    def totals(self) -> KindCounts:
        total = KindCounts()
        for name, c in self.counts.items():
            if name == "conflict":
                continue
            total.new += c.new
            total.updated += c.updated
            total.conflicting += c.conflicting
            total.unchanged += c.unchanged
            total.erased += c.erased
        return total


def _refuse(bundle: Bundle) -> None:
    if bundle.pseudonymised:
        raise BundleError("This bundle is pseudonymised for sharing outside the team; it cannot be "
                          "imported into a store.")


def preview_bundle(wb: Workbench, bundle: Bundle, progress: Progress | None = None) -> MergePlan:
    _refuse(bundle)
    with wb.store.read() as session:
        return plan_merge(sqlite_connection(session), bundle, progress)


def _result(bundle: Bundle, name: str, plan: MergePlan, dry_run: bool) -> ImportResult:
    return ImportResult(name, bundle.device_id, plan.counts, plan.looks, plan.erasures, dry_run,
                        dict(bundle.manifest.get("scope", {})))


def apply_bundle(wb: Workbench, bundle: Bundle, name: str = "", action: str = "import",
                 progress: Progress | None = None, restore_point: Path | None = None,
                 round_point: Path | None = None) -> ImportResult:
    """Merge `bundle` into the store in one transaction; on any failure nothing changes.
    `progress(done, total)` hears of the rows as they go; raising `ImportCancelled` from it
    stops the import and leaves the store as it was. `restore_point`: a copy of the store made
    just before (`restore_points.make_point`, in the window's second thread on a large store);
    otherwise the import makes one itself when it changes something. `round_point`: the copy an
    earlier import of the same Sync now kept; this one names it instead of copying the store again,
    so undoing either takes the whole Sync now back."""
    _refuse(bundle)
    point: Path | None = None
    made: Path | None = None  # the copy this import made, removed if it fails
    try:
        with wb.store.write(references_checked=True) as session:  # the merge checks every reference
            conn = sqlite_connection(session)
            try:
                with ExitStack() as stack:
                    if expected_rows(bundle) >= _LARGE:
                        stack.enter_context(wb.store.log_flushed_as_it_grows())
                    plan = merge_bundle(conn, bundle, progress)
            except sqlite3.IntegrityError as exc:
                raise BundleError("The bundle does not fit this store's data ({reason}); nothing was imported.",
                                  reason=str(exc)) from None
            # Copies of erased rows an older version kept go now: they hold the erased values.
            stale = conn.execute("DELETE FROM conflicts WHERE EXISTS (SELECT 1 FROM erasures e WHERE "
                                 "e.entity = conflicts.entity AND e.row_id = conflicts.row_id)").rowcount
            if plan.changes >= _LARGE:
                wb.store.defer_checkpoint(session)
            if plan.indexing_deferred:
                wb.store.defer_indexing(session)
            photos = [d for d in sorted(plan.photos) if bundle.photo_bytes(d) is not None]
            for digest in photos:  # all checked before any file is written
                sniff_image(bundle.photo_bytes(digest) or b"")
            # A photo the sender did not have either is left out; its row still comes.
            for digest in photos:
                store_image_bytes(wb, bundle.photo_bytes(digest) or b"")
            # The manifest's clock is the sender's, past every row it sends: moving past it makes
            # any later edit here win over what came in, however far ahead the sender's wall
            # clock runs (bundles too far ahead are refused before they get here).
            remote = bundle.manifest.get("clock")
            if isinstance(remote, str):
                wb.observe(session, remote)
            # The state before the import, while it is still the last committed one.
            if plan.changes and round_point is not None and round_point.is_file():
                point = round_point
            elif plan.changes:
                point = made = restore_point or make_point(wb)
            if restore_point is not None and made is None:
                restore_point.unlink(missing_ok=True)
            if bundle.whole_store:
                session.merge(SyncPeer(device_id=bundle.device_id, bundle_sha256=bundle.sha256, imported_at=utc_now()))
            session.add(SyncLog(at=utc_now(), action=action, file=name, device_id=bundle.device_id,
                                summary=json.dumps({"counts": plan.summary(), "conflicts": plan.looks,
                                                    "erased": plan.erasures, "scope": bundle.manifest.get("scope"),
                                                    POINT_KEY: point.name if point else None,
                                                    "clock": wb.clock.last},
                                                   sort_keys=True)))
    except BaseException:
        for copy in (made, restore_point):  # nothing was imported: nothing to undo (a round's copy stays)
            if copy is not None:
                copy.unlink(missing_ok=True)
        raise
    prune_points(wb)
    result = _result(bundle, name, plan, dry_run=False)
    result.restore_point = point
    if plan.erase or stale:
        result.file_clean = scrub_store(wb)
        scrub_points(wb)
    return result


def import_bundle(wb: Workbench, path: Path, *, passphrase: str | None = None, dry_run: bool = False,
                  progress: Progress | None = None) -> ImportResult:
    bundle = open_bundle_file(path, passphrase)
    try:
        if dry_run:
            return _result(bundle, path.name, preview_bundle(wb, bundle, progress), dry_run=True)
        return apply_bundle(wb, bundle, path.name, progress=progress)
    finally:
        bundle.close()


@dataclass(frozen=True)
class LogEntry:
    id: int
    at: str
    action: str
    file: str
    device_id: str
    summary: dict[str, Any]


def sync_log(wb: Workbench, limit: int = 200) -> list[LogEntry]:
    """The newest imports and exports first."""
    with wb.store.read() as session:
        rows = list(session.scalars(select(SyncLog).order_by(SyncLog.id.desc()).limit(limit)))
    entries = []
    for row in rows:
        try:
            summary = json.loads(row.summary or "{}")
        except ValueError:
            summary = {}
        entries.append(LogEntry(row.id, row.at, row.action, row.file, row.device_id, summary))
    return entries


def log_export(wb: Workbench, path: Path, counts: dict[str, int], action: str = "export") -> None:
    with wb.store.write() as session:
        session.add(SyncLog(at=utc_now(), action=action, file=path.name, device_id=wb.device_id,
                            summary=json.dumps({"counts": counts}, sort_keys=True)))


__all__ = ["BundleError", "FasilitaattoriError", "ImportCancelled", "ImportResult", "apply_bundle", "cancelled", "import_bundle",
           "preview_bundle", "sync_log"]
