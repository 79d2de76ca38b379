"""The reports a receiver edits and publishes: the summary and the project report as Word
(DOCX) or OpenDocument (ODT), from the same collected model as their PDFs (one model, three
writers), and as a tagged PDF (PDF/UA-1, through Typst) a screen reader can follow.
`fasilitaattori doc` and the Printouts tab use this."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ..errors import ValidationError

if TYPE_CHECKING:
    from ..core.workbench import Workbench
    from .report_outline import Outline

EditableFormat = Literal["docx", "odt", "pdf"]
EDITABLE_KINDS = ("summary", "project-report")


def format_of(path: Path) -> EditableFormat:
    """The format the file name asks for, by its extension."""
    suffix = path.suffix.casefold()
    if suffix == ".docx":
        return "docx"
    if suffix == ".odt":
        return "odt"
    if suffix == ".pdf":
        return "pdf"
    raise ValidationError("A report can be saved as .docx, .odt or .pdf, not as “{name}”.", name=path.name)


def prepare_editable(wb: Workbench, kind: str, ref_id: str, fmt: EditableFormat,
                     pseudonymise: bool = False) -> Callable[[], bytes]:
    """Read the report's data from the store now; the returned call writes the file's bytes and
    touches no store, so the window runs it on its printout worker like a PDF."""
    from . import collect
    from .images import ImagePreparer

    if kind == "summary":
        summary = collect.summary_data(wb, ref_id, pseudonymise)

        def outline(images: ImagePreparer) -> Outline:
            from .outline_summary import summary_outline

            return summary_outline(summary, images)
    elif kind == "project-report":
        report = collect.project_report_data(wb, ref_id, pseudonymise)

        def outline(images: ImagePreparer) -> Outline:
            from .outline_project import project_outline

            return project_outline(report, images)
    else:
        raise ValidationError("Only the summary and the project report can be saved as DOCX, ODT or tagged PDF.")

    def build() -> bytes:
        # the reduced photos must outlive the writer, which reads them from disk
        with tempfile.TemporaryDirectory(prefix="fasilitaattori-") as workdir:
            prepared = outline(ImagePreparer(Path(workdir)))
            if fmt == "docx":
                from .docx_report import build_docx

                return build_docx(prepared)
            if fmt == "odt":
                from .odt_report import build_odt

                return build_odt(prepared)
            from .typst_report import build_tagged_pdf

            return build_tagged_pdf(prepared)

    return build
