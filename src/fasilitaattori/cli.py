"""Command line (design §6): the same core services as the desktop app, without a window.

Exit status: 0 success, 1 a user error (one line on stderr, no traceback), 2 usage error.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from . import __version__
from .errors import FasilitaattoriError

log = logging.getLogger("fasilitaattori.cli")

Handler = Callable[[argparse.Namespace], int]


def _workbench(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from .library.seed import open_workbench

    return open_workbench(args.data_dir)


def cmd_demo(args: argparse.Namespace) -> int:
    from .core.demo import create_demo, demo_project

    wb = _workbench(args)
    try:
        there = demo_project(wb) is not None
        project = create_demo(wb, args.language)
    finally:
        wb.close()
    if there:
        print(f"The demo project is already there: {project.name} ({project.id})")
    else:
        print(f"Demo project created: {project.name} ({project.id})")
    return 0


def cmd_dump(args: argparse.Namespace) -> int:
    from .core.dump import dump_json

    wb = _workbench(args)
    try:
        text = dump_json(wb, with_clocks=args.with_clocks)
    finally:
        wb.close()
    sys.stdout.write(text + "\n")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .core.check import check_store

    wb = _workbench(args)
    rebuilt: list[str] = []
    try:
        problems = check_store(wb, rebuilt)
    finally:
        wb.close()
    for name in rebuilt:
        print(f"Built again: {name} (it was missing or different).")
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1
    print("The store is sound.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from .store.backup import backup_file

    wb = _workbench(args)
    try:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        target = Path(args.file) if args.file else wb.store.backups_dir / f"backup-{stamp}.sqlite"
        backup_file(wb.store.db_path, target)
    finally:
        wb.close()
    print(f"Backup written to {target}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from .core.restore import restore_backup

    wb = _workbench(args)
    try:
        saved = restore_backup(wb, Path(args.file))
    finally:
        wb.close()
    print(f"Restored from {args.file}; the previous content was saved to {saved}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fasilitaattori",
                                     description="Offline workbench for workshop facilitators.")
    parser.add_argument("--version", action="version", version=f"Fasilitaattori {__version__}")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="folder of the data store (default: the user's data folder; "
                             "also FASILITAATTORI_DATA_DIR)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", help="fill the store with a realistic demo project (once)")
    p.add_argument("--language", choices=("fi", "sv", "en"), default="fi",
                   help="the workshops' printout language and their methods' language")
    p.set_defaults(handler=cmd_demo)
    p = sub.add_parser("dump", help="canonical JSON of the whole store content")
    p.add_argument("--with-clocks", action="store_true", help="include the per-field change clocks")
    p.set_defaults(handler=cmd_dump)
    p = sub.add_parser("check", help="check the store's integrity")
    p.set_defaults(handler=cmd_check)
    p = sub.add_parser("backup", help="write a backup copy of the store")
    p.add_argument("file", nargs="?", help="target file (default: the backups folder)")
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser("restore", help="replace the store's content with a backup")
    p.add_argument("file")
    p.set_defaults(handler=cmd_restore)
    # Further command groups register themselves here (sync, pdf, feedback, people).
    for register in _extensions():
        register(sub)
    return parser


def _extensions() -> list[Callable[[argparse._SubParsersAction], None]]:  # type: ignore[type-arg]
    from . import list_commands, people_commands, sync_commands
    from .documents.commands import register as register_pdf

    return [list_commands.register, register_pdf, people_commands.register, sync_commands.register]


def main(argv: Sequence[str] | None = None) -> int:
    from .launch import split_bundle

    # A double-clicked bundle arrives as a bare path: open the window with its import preview.
    bundle, rest = split_bundle(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(rest)
    args.bundle = bundle
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        from .app import run_app

        return run_app(args)
    from .logs import setup_logging
    from .store.db import default_data_dir

    setup_logging((args.data_dir or default_data_dir()).expanduser())
    try:
        return handler(args)
    except FasilitaattoriError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (e.g. `dump | head`): not an error worth a message.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        return 0
    except Exception:
        log.exception("Unexpected error in command %s", args.command)
        print("Something unexpected went wrong; the details are in the log file in the data folder.",
              file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
