"""Command-line group for sync by file (design §6):

    fasilitaattori sync export FILE [--project ID] [--passphrase-file F] [--pseudonymise]
    fasilitaattori sync import FILE [--dry-run] [--passphrase-file F]
    fasilitaattori sync folder [DIR] [--now]
    fasilitaattori sync log
    fasilitaattori sync new-device-id
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from .errors import ValidationError


def _workbench(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from .library.seed import open_workbench

    return open_workbench(args.data_dir)


def read_passphrase(path: str | None) -> str | None:
    """The first line of a passphrase file (so no passphrase appears in the shell history)."""
    if not path:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ValidationError("The passphrase file {name} cannot be read: {reason}.", name=Path(path).name,
                              reason=reason) from None
    lines = text.splitlines()
    passphrase = lines[0] if lines else ""
    if not passphrase:
        raise ValidationError("The passphrase file {name} is empty.", name=Path(path).name)
    return passphrase


class _Meter:
    """How far a long import has come, on the terminal's last line: a decade's bundle takes
    several seconds. Written to stderr only when that is a terminal, so scripts and pipes read
    exactly what they always did."""

    def __init__(self, label: str, stream: TextIO) -> None:
        self.label = label
        self.stream = stream
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        percent = min(100, done * 100 // max(total, 1))
        if percent != self.shown:
            self.shown = percent
            self.stream.write(f"\r{self.label} {percent} %")
            self.stream.flush()

    def close(self) -> None:
        if self.shown >= 0:  # the line is cleared for the summary that follows
            self.stream.write("\r" + " " * (len(self.label) + 6) + "\r")
            self.stream.flush()


def _meter(label: str) -> _Meter | None:
    return _Meter(label, sys.stderr) if sys.stderr.isatty() else None


def _counts_table(counts: dict[str, object]) -> list[str]:
    lines = []
    for entity, c in counts.items():
        values = c.as_dict() if hasattr(c, "as_dict") else dict(c)  # type: ignore[call-overload]
        if not any(values.values()):
            continue
        parts = ", ".join(f"{v} {k}" for k, v in values.items() if v)
        lines.append(f"  {entity.replace('_', ' ')}: {parts}")
    return lines


def _print_review(wb: Any, project_id: str | None) -> None:
    """Texts that seem to name a participant: their names become codes, but a person may still
    be recognisable from the rest; the user reads them before sharing the bundle."""
    from .core.pseudonyms import flagged_texts

    flags = flagged_texts(wb, project_id)
    if not flags:
        return
    print(f"Review before sharing: {len(flags)} texts seem to name a participant "
          "(the names are replaced by codes in the bundle):", file=sys.stderr)
    for flag in flags:
        print(f"  {flag.entity.replace('_', ' ')} {flag.row_id}: {' '.join(flag.text.split())[:100]}",
              file=sys.stderr)


def cmd_sync_export(args: argparse.Namespace) -> int:
    from .sync.export import export_and_log

    passphrase = read_passphrase(args.passphrase_file)
    wb = _workbench(args)
    try:
        if args.pseudonymise:
            _print_review(wb, args.project)
        result = export_and_log(wb, Path(args.file), project_id=args.project, passphrase=passphrase,
                                pseudonymise=args.pseudonymise)
    finally:
        wb.close()
    rows = sum(result.counts.values())
    notes = []
    if result.encrypted:
        notes.append("encrypted")
    if result.pseudonymised:
        notes.append("pseudonymised")
    extra = f" ({', '.join(notes)})" if notes else ""
    print(f"Bundle written to {result.path}{extra}: {rows} rows, {result.photos} photos, "
          f"{result.size / 1e6:.1f} MB.")
    if result.not_logged is not None:  # the bundle is there; only the sync log misses it
        print(f"Only its entry in the sync log could not be saved: {result.not_logged.message}", file=sys.stderr)
    return 0


def cmd_sync_import(args: argparse.Namespace) -> int:
    from .sync.importer import import_bundle

    passphrase = read_passphrase(args.passphrase_file)
    meter = _meter(f"{'Reading' if args.dry_run else 'Importing'} {Path(args.file).name}…")
    wb = _workbench(args)
    try:
        try:
            result = import_bundle(wb, Path(args.file), passphrase=passphrase, dry_run=args.dry_run, progress=meter)
        finally:
            if meter is not None:
                meter.close()
        total = result.totals()
        head = "Would import" if result.dry_run else "Imported"
        print(f"{head} from device {result.device_id}: {total.new} new, {total.updated} updated, "
              f"{total.conflicting} conflicting, {total.unchanged} unchanged, {total.erased} erased.", flush=True)
        for line in _counts_table(dict(result.counts)):
            print(line)
        if result.conflicts:
            print(f"{result.conflicts} conflicting values were kept as copies; see them in the app under Tools → Conflicts.")
        if not result.file_clean:
            print("Another program had the data file open; run `people` erase again later to scrub the file.")
        sys.stdout.flush()
        wb.store.wait_for_background()  # the search index is complete when the command returns
    finally:
        wb.close()
    return 0


def cmd_sync_folder(args: argparse.Namespace) -> int:
    from .sync.folder import set_sync_folder, sync_folder, sync_now

    wb = _workbench(args)
    try:
        if args.dir:
            set_sync_folder(wb, Path(args.dir))
        folder = sync_folder(wb)
        if folder is None:
            print("No sync folder is chosen.")
            return 0
        print(f"Sync folder: {folder}")
        if args.now:
            meter = _meter("Syncing…")
            try:
                report = sync_now(wb, passphrase=read_passphrase(args.passphrase_file), progress=meter)
            finally:
                if meter is not None:
                    meter.close()
            wrote = f"Wrote {report.written.name}" if report.written else "Nothing changed here to write"
            print(f"{wrote}; imported {len(report.imported)} files, {report.unchanged} devices had nothing new.")
            for name, problem in report.failed:
                print(f"{name}: {problem.message}")
            sys.stdout.flush()
            wb.store.wait_for_background()  # the search index is complete when the command returns
            return 1 if report.failed else 0
    finally:
        wb.close()
    return 0


def cmd_sync_log(args: argparse.Namespace) -> int:
    from .sync.importer import sync_log

    wb = _workbench(args)
    try:
        entries = sync_log(wb)
    finally:
        wb.close()
    for entry in entries:
        undone = "  (undone)" if entry.summary.get("undone") else ""
        print(f"{entry.id:>4}  {entry.at[:19]}  {entry.action:<7} {entry.file}  ({entry.device_id[:8]}){undone}")
        for line in _counts_table(entry.summary.get("counts", {})):
            print(line)
    return 0


def cmd_sync_undo(args: argparse.Namespace) -> int:
    from .errors import ValidationError
    from .sync.restore_points import undo_import

    if not args.log_id.isdigit():
        raise ValidationError("Give the number of an import as `sync log` shows it.")
    wb = _workbench(args)
    try:
        plan = undo_import(wb, int(args.log_id))
    finally:
        wb.close()
    print(f"The store is back as it was before import {plan.log_id} ({plan.file}); erasures made since stay applied.")
    if plan.same_round:
        print(f"{plan.same_round} other import{'s' if plan.same_round != 1 else ''} of the same Sync now "
              f"({', '.join(map(str, plan.round))}) went back with it: a Sync now keeps one restore point.")
    if plan.later_imports:
        print(f"{plan.later_imports} later import{'s' if plan.later_imports != 1 else ''} went back too.")
    if plan.lost:
        print(f"{len(plan.lost)} rows changed here after that import went back too:")
        for lost in plan.lost:
            print(f"  {lost.what}: {lost.title}")
    return 0


def cmd_sync_new_device_id(args: argparse.Namespace) -> int:
    from .sync.changes import rekey

    wb = _workbench(args)
    try:
        old = wb.device_id
        device = rekey(wb)
    finally:
        wb.close()
    print(f"This device's id is now {device} (it was {old}); its next sync writes a new snapshot, and the "
          "files under the old id are read as another device's.")
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = sub.add_parser("sync", help="sync with other devices by exchanging bundle files")
    actions = group.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    p = actions.add_parser("export", help="write a bundle of the store or of one project")
    p.add_argument("file")
    p.add_argument("--project", help="id of the project (default: everything)")
    p.add_argument("--passphrase-file", help="encrypt with the passphrase on the first line of this file")
    p.add_argument("--pseudonymise", action="store_true",
                   help="replace participants' names and contacts by codes (for sharing; cannot be imported)")
    p.set_defaults(handler=cmd_sync_export)
    p = actions.add_parser("import", help="merge a bundle from another device into the store")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="only show what would change")
    p.add_argument("--passphrase-file", help="passphrase of an encrypted bundle, on the first line")
    p.set_defaults(handler=cmd_sync_import)
    p = actions.add_parser("folder", help="show or choose the sync folder; --now syncs with it")
    p.add_argument("dir", nargs="?")
    p.add_argument("--now", action="store_true", help="write this device's bundle and import the others'")
    p.add_argument("--passphrase-file", help="passphrase for the bundles in the folder")
    p.set_defaults(handler=cmd_sync_folder)
    p = actions.add_parser("new-device-id", help="give this device a new id (after its disk was copied to another)")
    p.set_defaults(handler=cmd_sync_new_device_id)
    p = actions.add_parser("log", help="what earlier imports and exports did")
    p.set_defaults(handler=cmd_sync_log)
    p = actions.add_parser("undo", help="put the store back as it was before an import (see `sync log` for its number)")
    p.add_argument("log_id", metavar="LOG_ID")
    p.set_defaults(handler=cmd_sync_undo)
