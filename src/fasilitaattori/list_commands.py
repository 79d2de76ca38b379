"""`fasilitaattori list projects|workshops|blocks`: ids and titles, so a script or a person
need not dig them out of `dump`.

    fasilitaattori list projects
    fasilitaattori list workshops [--project ID]
    fasilitaattori list blocks --workshop ID

One row a line, tab-separated: the id first, then what tells the rows apart.
"""

from __future__ import annotations

import argparse
from typing import Any

from .errors import ValidationError


def cmd_list(args: argparse.Namespace) -> int:
    from .core import agenda, projects, workshops
    from .library.seed import open_workbench

    if args.what == "blocks" and not args.workshop:
        raise ValidationError("Give the workshop whose blocks to list: --workshop ID.")
    if args.what != "workshops" and args.project:
        raise ValidationError("--project goes with: list workshops.")
    if args.what != "blocks" and args.workshop:
        raise ValidationError("--workshop goes with: list blocks.")
    wb = open_workbench(args.data_dir)
    try:
        if args.what == "projects":
            rows = [(p.id, p.name) for p in projects.list_projects(wb)]
        elif args.what == "workshops":
            if args.project:
                projects.projects.get(wb, args.project)  # an unknown id says so, not an empty list
            rows = [(w.id, w.date or "-", w.title) for w in workshops.list_workshops(wb, args.project or None)]
        else:
            rows = [(s.item.id, s.start, s.item.title) for s in agenda.schedule(wb, args.workshop).items]
    finally:
        wb.close()
    for row in rows:
        print("\t".join(row))
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("list", help="ids and titles of projects, workshops or agenda blocks")
    p.add_argument("what", choices=("projects", "workshops", "blocks"))
    p.add_argument("--project", help="workshops: only those of this project")
    p.add_argument("--workshop", help="blocks: the agenda of this workshop")
    p.set_defaults(handler=cmd_list)
