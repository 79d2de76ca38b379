"""`fasilitaattori pdf KIND ID -o OUT.pdf` (design §6) and
`fasilitaattori doc summary|project-report ID -o OUT.docx|OUT.odt|OUT.pdf`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..files import write_atomically
from .kinds import KIND_KEYS


def write_pdf(path: Path, data: bytes) -> None:
    write_atomically(path, data)


def cmd_pdf(args: argparse.Namespace) -> int:
    from ..library.seed import open_workbench
    from .base import DocumentOptions
    from .kinds import build_document

    options = DocumentOptions(page_size="A3" if args.a3 else "A4", large_print=args.large_print,
                              high_contrast=args.high_contrast)
    from .groups import split_groups

    groups = split_groups(args.groups or "")
    wb = open_workbench(args.data_dir)
    try:
        data = build_document(wb, args.kind, args.id, options, groups, pseudonymise=args.pseudonymise)
    finally:
        wb.close()
    write_pdf(Path(args.output), data)
    print(f"Wrote {args.output}")
    return 0


def cmd_doc(args: argparse.Namespace) -> int:
    from ..library.seed import open_workbench
    from .editable import format_of, prepare_editable

    path = Path(args.output)
    fmt = format_of(path)  # before the store opens: a wrong name costs nothing
    wb = open_workbench(args.data_dir)
    try:
        build = prepare_editable(wb, args.kind, args.id, fmt, pseudonymise=args.pseudonymise)
    finally:
        wb.close()
    write_atomically(path, build())
    print(f"Wrote {args.output}")
    return 0


def cmd_calendar(args: argparse.Namespace) -> int:
    from ..library.seed import open_workbench
    from .calendar import build_calendar

    wb = open_workbench(args.data_dir)
    try:
        data, count = build_calendar(wb, args.project)
    finally:
        wb.close()
    write_atomically(Path(args.output), data)
    print(f"Wrote {args.output} ({count} workshops with a date)")
    return 0


def register(sub: Any) -> None:
    d = sub.add_parser("doc", help="build the summary or the project report as an editable DOCX or ODT, "
                                   "or as a tagged PDF (PDF/UA-1) for screen readers")
    d.add_argument("kind", choices=("summary", "project-report"))
    d.add_argument("id", help="workshop id (project id for project-report)")
    d.add_argument("-o", "--output", required=True, help="the file to write: its extension, .docx, .odt "
                                                         "or .pdf (tagged), chooses the format")
    d.add_argument("--pseudonymise", action="store_true",
                   help="participants' names and contacts become codes (P-017)")
    d.set_defaults(handler=cmd_doc)
    p = sub.add_parser("calendar", help="a project's dated workshops as a calendar file (.ics)")
    p.add_argument("--project", required=True, help="project id (see: list projects)")
    p.add_argument("-o", "--output", required=True, help="the .ics file to write")
    p.set_defaults(handler=cmd_calendar)
    p = sub.add_parser("pdf", help="build a printout as PDF")
    p.add_argument("kind", choices=KIND_KEYS)
    p.add_argument("id", help="workshop id (project id for project-report; block or method id for worksheet)")
    p.add_argument("-o", "--output", required=True, help="the PDF file to write")
    p.add_argument("--a3", action="store_true", help="A3 paper instead of A4")
    p.add_argument("--large-print", action="store_true", help="body text at least 16 pt")
    p.add_argument("--high-contrast", action="store_true")
    p.add_argument("--groups", help="worksheet: one copy per group, e.g. \"Ryhmä 1,Ryhmä 2\"; with each "
                   "table's own question \"Pöytä 1=Mitä tarvitaan?; Pöytä 2=Kuka auttaa?\"")
    p.add_argument("--pseudonymise", action="store_true",
                   help="summary and project report: participants' names and contacts become codes (P-017)")
    p.set_defaults(handler=cmd_pdf)
