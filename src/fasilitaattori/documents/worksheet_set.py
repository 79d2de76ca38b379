"""Which worksheets a workshop offers, and all of them as one PDF.

A block offers a worksheet when its method has one; the method's layout of its own when it
has one, otherwise the general answer sheet (generic_sheet.py). Breaks split the agenda into
parts, so a long day's list reads as the day goes. reportlab loads only when a PDF is built.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core import agenda, workshops
from ..core.methods import method_in_language, worksheet_of
from ..core.workbench import Workbench
from ..core.worksheet_spec import WorksheetSpec
from ..errors import FasilitaattoriError, ValidationError
from .model import WorksheetHeader

if TYPE_CHECKING:
    from .base import DocumentOptions


@dataclass(frozen=True)
class SheetChoice:
    block_id: str
    title: str
    start: str  # "HH:MM"
    part: int  # 1, 2, …: parts of the agenda between breaks
    own_layout: bool  # False: the general answer sheet


def is_workshop(wb: Workbench, ref_id: str) -> bool:
    try:
        workshops.workshops.get(wb, ref_id)
    except FasilitaattoriError:
        return False
    return True


def worksheet_choices(wb: Workbench, workshop_id: str) -> list[SheetChoice]:
    """Every block with a method, in agenda order, with its part and whether it has a layout."""
    language = workshops.workshops.get(wb, workshop_id).language
    choices: list[SheetChoice] = []
    part, seen_in_part = 1, False
    for row in agenda.schedule(wb, workshop_id).items:
        if row.item.category == "break":
            part, seen_in_part = (part + 1, False) if seen_in_part else (part, seen_in_part)
            continue
        seen_in_part = True
        # A parallel track's method (one table's task) has its sheet like a block's.
        for item, start in ((row.item, row.start), *((t.item, t.start) for t in row.tracks)):
            if not item.method_id:
                continue
            try:
                method = method_in_language(wb, item.method_id, language)
                own = worksheet_of(method) is not None
            except (FasilitaattoriError, ValueError):
                continue  # a deleted method or a broken spec: nothing to offer
            choices.append(SheetChoice(item.id, item.title, start, part, own))
    return choices


def workshop_worksheets(wb: Workbench, workshop_id: str) -> tuple[list[WorksheetSpec], WorksheetHeader]:
    """The worksheets with a layout of their own, in agenda order, and the workshop's header."""
    from .collect import worksheet_source

    specs: list[WorksheetSpec] = []
    header = WorksheetHeader()
    for choice in worksheet_choices(wb, workshop_id):
        if choice.own_layout:
            spec, header = worksheet_source(wb, choice.block_id)
            specs.append(spec)
    if not specs:
        raise ValidationError("No block of this workshop has a worksheet.")
    return specs, header


def build_worksheet_set(specs: Sequence[WorksheetSpec], header: WorksheetHeader,
                        options: DocumentOptions | None = None, groups: Sequence[str] = ()) -> bytes:
    """Every worksheet on its own page (one page per group each), as one PDF."""
    from reportlab.platypus import Flowable, PageBreak

    from .base import DEFAULT_OPTIONS, DocMeta, make_styles, page_size, render
    from .i18n import tr

    # The layouts are worksheet.py's; this module only strings the pages together.
    from .worksheet import _Area
    from .worksheet_head import worksheet_head

    options = options or DEFAULT_OPTIONS
    styles = make_styles(options, header.language)  # hyphenated by the sheets' language
    width = page_size(options)[0] - 2 * styles.theme.margin
    story: list[Flowable] = []
    for spec in specs:
        for group in groups or ("",):
            if story:
                story.append(PageBreak())
            story += worksheet_head(spec, header, group.strip(), styles, width)
            story.append(_Area(spec, styles))
    lang = header.language
    name = tr(lang, "worksheets")
    meta = DocMeta(title=f"{name}: {header.workshop_title}", language=lang, subject=name,
                   author=header.organisation_name, header_left=header.organisation_name,
                   header_right=name, footer_left=header.workshop_title.strip())
    return render(story, meta, options)
