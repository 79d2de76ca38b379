"""Every printout by name: the CLI's `pdf KIND ID` and the app's Documents tab use this table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # reportlab loads only when a printout is built, not when the CLI starts
    from ..core.workbench import Workbench
    from .base import DocumentOptions


@dataclass(frozen=True)
class DocumentKind:
    key: str
    label: str  # English; the UI translates it
    scope: str  # "workshop", "project", or "worksheet" (a block or a method)


KINDS: tuple[DocumentKind, ...] = (
    DocumentKind("summary", "Workshop summary", "workshop"),
    DocumentKind("agenda", "Participant agenda", "workshop"),
    DocumentKind("run-sheet", "Run sheet", "workshop"),
    DocumentKind("packing-list", "Packing list", "workshop"),
    DocumentKind("timeline", "Timeline", "workshop"),
    DocumentKind("signin", "Sign-in sheet", "workshop"),
    DocumentKind("feedback-form", "Feedback form", "workshop"),
    DocumentKind("worksheet", "Worksheet", "worksheet"),
    DocumentKind("project-report", "Project report", "project"),
)
KIND_KEYS = tuple(k.key for k in KINDS)


def build_document(wb: Workbench, kind: str, ref_id: str, options: DocumentOptions | None = None,
                   groups: Sequence[str] = (), privacy_notice: str | None = None,
                   pseudonymise: bool = False) -> bytes:
    """The PDF bytes of printout `kind` for the workshop, project, block or method `ref_id`.

    `pseudonymise` replaces participants' names and contacts by codes in the summary and the
    project report (the printouts that leave the project); the venue printouts never need it.
    A worksheet for a workshop id is every worksheet of that workshop in one PDF.
    """
    return prepare_document(wb, kind, ref_id, options, groups, privacy_notice, pseudonymise)()


def prepare_document(wb: Workbench, kind: str, ref_id: str, options: DocumentOptions | None = None,
                     groups: Sequence[str] = (), privacy_notice: str | None = None,
                     pseudonymise: bool = False) -> Callable[[], bytes]:
    """Read what printout `kind` needs from the store now; the returned call lays it out.

    The call touches no store, so the window can run it on a worker thread (a long summary
    takes seconds) while the store stays on the thread that owns it.
    """
    from . import collect
    from .base import DEFAULT_OPTIONS

    opts = options or DEFAULT_OPTIONS
    from .feedback_form import build_feedback_form
    from .packing_list import build_packing_list
    from .participant_agenda import build_participant_agenda
    from .project_report import build_project_report
    from .run_sheet import build_run_sheet
    from .signin import build_signin
    from .summary import build_summary
    from .timeline import build_timeline
    from .worksheet import build_worksheet
    from .worksheet_set import build_worksheet_set, is_workshop, workshop_worksheets

    if kind == "summary":
        summary = collect.summary_data(wb, ref_id, pseudonymise)
        return lambda: build_summary(summary, opts)
    if kind == "project-report":
        report = collect.project_report_data(wb, ref_id, pseudonymise)
        return lambda: build_project_report(report, opts)
    if kind == "worksheet":
        if is_workshop(wb, ref_id):
            specs, sheet_header = workshop_worksheets(wb, ref_id)
            return lambda: build_worksheet_set(specs, sheet_header, opts, groups)
        spec, header = collect.worksheet_source(wb, ref_id)
        return lambda: build_worksheet(spec, header, opts, groups)
    if kind not in KIND_KEYS:
        from ..errors import ValidationError

        raise ValidationError("Unknown printout {kind}; choose one of: {kinds}.", kind=kind,
                              kinds=", ".join(KIND_KEYS))
    facts = collect.workshop_facts(wb, ref_id)
    if kind == "signin":
        people = collect.participant_rows(wb, ref_id)
        if privacy_notice is None:
            from ..core.privacy import privacy_notice_for

            heading, *lines = privacy_notice_for(wb, facts.language,
                                                 facts.organisation_name or None).split("\n")
            privacy_notice = f"{heading}: {' '.join(lines)}"
        notice = privacy_notice
        return lambda: build_signin(facts, people, opts, privacy_notice=notice)
    if kind == "feedback-form":
        questions = collect.feedback_of(wb, ref_id).questions
        return lambda: build_feedback_form(facts, questions, opts)
    if kind == "timeline":
        days = collect.timeline_days(wb, ref_id)
        return lambda: build_timeline(facts, days, opts)
    rows = collect.agenda_rows(wb, ref_id)
    simple: dict[str, Callable[[], bytes]] = {
        "agenda": lambda: build_participant_agenda(facts, rows, opts),
        "run-sheet": lambda: build_run_sheet(facts, rows, opts),
        "packing-list": lambda: build_packing_list(facts, rows, opts),
    }
    return simple[kind]
