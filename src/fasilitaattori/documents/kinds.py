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
    """
    from . import collect
    from .base import DEFAULT_OPTIONS

    options = options or DEFAULT_OPTIONS
    from .feedback_form import build_feedback_form
    from .packing_list import build_packing_list
    from .participant_agenda import build_participant_agenda
    from .project_report import build_project_report
    from .run_sheet import build_run_sheet
    from .signin import build_signin
    from .summary import build_summary
    from .worksheet import build_worksheet

    if kind == "summary":
        return build_summary(collect.summary_data(wb, ref_id, pseudonymise), options)
    if kind == "project-report":
        return build_project_report(collect.project_report_data(wb, ref_id, pseudonymise), options)
    if kind == "worksheet":
        spec, header = collect.worksheet_source(wb, ref_id)
        return build_worksheet(spec, header, options, groups)
    facts = collect.workshop_facts(wb, ref_id)
    if kind == "signin" and privacy_notice is None:
        from ..core.privacy import privacy_notice_for

        heading, *lines = privacy_notice_for(wb, facts.language, facts.organisation_name or None).split("\n")
        privacy_notice = f"{heading}: {' '.join(lines)}"
    simple: dict[str, Callable[[], bytes]] = {
        "agenda": lambda: build_participant_agenda(facts, collect.agenda_rows(wb, ref_id), options),
        "run-sheet": lambda: build_run_sheet(facts, collect.agenda_rows(wb, ref_id), options),
        "packing-list": lambda: build_packing_list(facts, collect.agenda_rows(wb, ref_id), options),
        "signin": lambda: build_signin(facts, collect.participant_rows(wb, ref_id), options,
                                       privacy_notice=privacy_notice),
        "feedback-form": lambda: build_feedback_form(facts, collect.feedback_of(wb, ref_id).questions, options),
    }
    if kind not in simple:
        from ..errors import ValidationError

        raise ValidationError("Unknown printout {kind}; choose one of: {kinds}.", kind=kind,
                              kinds=", ".join(KIND_KEYS))
    return simple[kind]()
