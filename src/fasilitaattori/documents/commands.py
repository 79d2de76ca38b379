"""`fasilitaattori pdf KIND ID -o OUT.pdf` (design §6)."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .kinds import KIND_KEYS


def _file_mode(path: Path) -> int:
    """The mode a new file gets from the user's umask (mkstemp's 0600 would keep a shared
    folder's other users out), or the mode of the file being replaced."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


def write_pdf(path: Path, data: bytes) -> None:
    """Write atomically, so a half-written PDF never replaces a good one."""
    path = path.expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, _file_mode(path))
        os.replace(tmp, path)
    except OSError as exc:
        raise StoreError("The PDF could not be written to {path}: {reason}.", path=str(path),
                         reason=exc.strerror or str(exc)) from exc


def cmd_pdf(args: argparse.Namespace) -> int:
    from ..library.seed import open_workbench
    from .base import DocumentOptions
    from .kinds import build_document

    options = DocumentOptions(page_size="A3" if args.a3 else "A4", large_print=args.large_print,
                              high_contrast=args.high_contrast)
    groups = [g.strip() for g in (args.groups or "").split(",") if g.strip()]
    wb = open_workbench(args.data_dir)
    try:
        data = build_document(wb, args.kind, args.id, options, groups, pseudonymise=args.pseudonymise)
    finally:
        wb.close()
    write_pdf(Path(args.output), data)
    print(f"Wrote {args.output}")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("pdf", help="build a printout as PDF")
    p.add_argument("kind", choices=KIND_KEYS)
    p.add_argument("id", help="workshop id (project id for project-report; block or method id for worksheet)")
    p.add_argument("-o", "--output", required=True, help="the PDF file to write")
    p.add_argument("--a3", action="store_true", help="A3 paper instead of A4")
    p.add_argument("--large-print", action="store_true", help="body text at least 16 pt")
    p.add_argument("--high-contrast", action="store_true")
    p.add_argument("--groups", help="worksheet: one copy per group, e.g. \"Ryhmä 1,Ryhmä 2\"")
    p.add_argument("--pseudonymise", action="store_true",
                   help="summary and project report: participants' names and contacts become codes (P-017)")
    p.set_defaults(handler=cmd_pdf)
