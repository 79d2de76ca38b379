"""Command-line groups for feedback and people (design §6):

    fasilitaattori feedback import FILE --workshop ID [--mapping "column=question,…"] [--create-questions] [--dry-run]
    fasilitaattori feedback stats --workshop ID [--json]
    fasilitaattori people erase ID
    fasilitaattori people review [--months N]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .errors import ValidationError


def _workbench(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from .library.seed import open_workbench

    return open_workbench(args.data_dir)


def cmd_feedback_import(args: argparse.Namespace) -> int:
    from .core.feedback_import import import_survey, parse_mapping, preview_import
    from .core.survey_questions import create_questions

    wb = _workbench(args)
    try:
        preview = preview_import(wb, args.workshop, Path(args.file))
        mapping = (parse_mapping(args.mapping, preview.table, preview.questions) if args.mapping
                   else preview.mapping)
        if args.create_questions:
            plans = create_questions(wb, args.workshop, preview.table, mapping, dry_run=args.dry_run)
            for plan in plans:
                print(f"New {plan.kind} question: {plan.prompt}")
            if not args.dry_run:
                preview = preview_import(wb, args.workshop, Path(args.file))
                mapping = {**mapping, **{c: p.question_id for p in plans for c in p.columns if p.question_id}}
        prompts = {q.id: q.prompt for q in preview.questions}
        if args.dry_run:
            print(f"{preview.row_count} rows; columns:")
            for column in preview.columns:
                target = prompts.get(mapping.get(column.index, ""), "—")
                print(f"  {column.index + 1}. {column.header} -> {target}")
            return 0
        result = import_survey(wb, args.workshop, Path(args.file), mapping, table=preview.table)
    finally:
        wb.close()
    print(f"Imported {result.responses} responses with {result.answers} answers "
          f"({result.skipped_answers} skipped answers, {result.dont_know} of them \"don't know\", "
          f"{result.empty_rows} empty rows left out).")
    if result.already_imported:
        print(f"{result.already_imported} responses in the file were imported before and were skipped.")
    if result.incomplete:
        print(f"{result.incomplete} unfinished responses were left out.")
    return 0


def cmd_feedback_stats(args: argparse.Namespace) -> int:
    import json

    from .core.feedback_crosstab import cross_tabs, cross_tabs_json
    from .core.feedback_stats import feedback_summary, stats_json

    wb = _workbench(args)
    try:
        summary = feedback_summary(wb, args.workshop)
        tables = cross_tabs(wb, args.workshop) if args.json else []
    finally:
        wb.close()
    if args.json:
        print(json.dumps({**stats_json(summary), "by_background": cross_tabs_json(tables)}, ensure_ascii=False,
                         indent=2))
        return 0
    rate = summary.rate
    share = f" ({rate.percent} %)" if rate.percent is not None else ""
    print(f"{rate.responses} responses, {rate.attendance} attended{share}")
    if rate.more_than_attended:
        print("Warning: more responses than attendees; check that the file belongs to this workshop.")
    for stats in summary.questions:
        mean = f", mean {stats.mean:.2f}" if stats.mean is not None and stats.question.kind != "yesno" else ""
        dont_know = f", don't know {stats.dont_know}" if stats.dont_know else ""
        print(f"- {stats.question.prompt}: n={stats.n}{mean}{dont_know}")
        if stats.choices:
            print("  " + "  ".join(f"{option}: {count}" for option, count in stats.choices.items()))
        elif stats.distribution:
            print("  " + "  ".join(f"{value}: {count}" for value, count in sorted(stats.distribution.items())))
    return 0


def cmd_people_erase(args: argparse.Namespace) -> int:
    from .core.people import erase_person
    from .sync.restore_points import scrub_points

    wb = _workbench(args)
    try:
        report = erase_person(wb, args.id)
        scrub_points(wb)  # nor in the copies kept to undo imports with
    finally:
        wb.close()
    parts = ", ".join(f"{count} {entity}" for entity, count in report.erased.items())
    print(f"Erased: {parts}; the name was taken out of {report.owners_cleared} other tasks.")
    if not report.file_clean:
        print("Another program had the data file open; close it and run this again to scrub the file.")
    return 0


def cmd_people_review(args: argparse.Namespace) -> int:
    from .core.people import retention_months, retention_review

    wb = _workbench(args)
    try:
        months = args.months if args.months is not None else retention_months(wb)
        if months < 1:
            raise ValidationError("The retention period must be a whole number of months from 1 to 600.")
        items = retention_review(wb, months)
    finally:
        wb.close()
    print(f"{len(items)} people last seen more than {months} months ago:")
    for item in items:
        flag = " (deleted)" if item.deleted else ""
        print(f"{item.participant_id}  {item.last_seen}  {item.name or '—'}, {item.organisation}{flag}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = sub.add_parser("feedback", help="feedback: import survey exports, statistics")
    actions = group.add_subparsers(dest="feedback_command", metavar="ACTION", required=True)
    p = actions.add_parser("import", help="import a CSV or XLSX survey export as responses")
    p.add_argument("file")
    p.add_argument("--workshop", required=True, help="id of the workshop")
    p.add_argument("--mapping", help='"column=question,…": column header or number, question id or number')
    p.add_argument("--create-questions", action="store_true",
                   help="add a question of the detected kind for each column that matches none")
    p.add_argument("--dry-run", action="store_true", help="only show the columns and the mapping")
    p.set_defaults(handler=cmd_feedback_import)
    p = actions.add_parser("stats", help="per-question statistics and the response rate")
    p.add_argument("--workshop", required=True, help="id of the workshop")
    p.add_argument("--json", action="store_true", help="the figures as JSON")
    p.set_defaults(handler=cmd_feedback_stats)

    group = sub.add_parser("people", help="personal data: erase a person, retention review")
    actions = group.add_subparsers(dest="people_command", metavar="ACTION", required=True)
    p = actions.add_parser("erase", help="erase a person and their data everywhere (cannot be undone)")
    p.add_argument("id", help="id of the participant")
    p.set_defaults(handler=cmd_people_erase)
    p = actions.add_parser("review", help="people whose last workshop is older than the retention period")
    p.add_argument("--months", type=int, default=None)
    p.set_defaults(handler=cmd_people_review)
