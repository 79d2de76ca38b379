"""The head of a worksheet page: the sheet's title, the workshop and group line, instructions."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from fasilitaattori.core.worksheet_spec import WorksheetSpec
from fasilitaattori.documents.base import Styles
from fasilitaattori.documents.blocks import markup, para, spacer, table_style
from fasilitaattori.documents.fonts import BOLD, printable
from fasilitaattori.documents.groups import group_and_question
from fasilitaattori.documents.i18n import format_date, tr
from fasilitaattori.documents.model import WorksheetHeader


def worksheet_head(spec: WorksheetSpec, header: WorksheetHeader, group: str, styles: Styles, width: float,
                   beside_title: bool = False) -> list[Flowable]:
    """The title, a line naming the workshop, date and place beside the group or, on a personal
    sheet, the name (a line to write it on when there is none), the table's own question when
    the group brings one, and the instructions. `beside_title` (a matrix poster, whose height
    belongs to its quadrants): the group beside a title that leaves it room, the workshop's
    line across the page below, a line or two fewer."""
    lang = header.language
    th = styles.theme
    about = " · ".join(p for p in (header.workshop_title.strip(), format_date(lang, header.date),
                                   header.locality.strip()) if p)
    group, question = group_and_question(group)
    word = tr(lang, "name" if spec.personal else "group")
    if group.casefold().startswith(word.casefold()):
        group_cell = Paragraph(f"<b>{markup(group)}</b>", styles.body)
    else:
        group_cell = Paragraph(f"<b>{markup(word)}:</b> {markup(group)}", styles.body)
    title_w = stringWidth(printable(spec.title), BOLD, styles.h1.fontSize) + styles.h1.fontSize * 0.5
    beside_title = beside_title and title_w <= width * 0.74 and "\n" not in spec.title
    first = para(spec.title, styles.h1) if beside_title else para(about, styles.body)
    share = max(0.62, title_w / width) if beside_title else 0.62  # the group's line: a quarter at least
    line = Table([[first, group_cell]], colWidths=[width * share, width * (1 - share)])
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), th.body * 0.3),
    ]
    if not group:  # a line to write the group on by hand
        commands.append(("LINEBELOW", (1, 0), (1, 0), 0.8, th.ink))
    line.setStyle(table_style(commands))
    out: list[Flowable] = [line, para(about, styles.body), spacer(styles, 0.6)] if beside_title \
        else [para(spec.title, styles.h1), line, spacer(styles, 0.6)]
    if question:  # the table's own question, read from across the table
        out += [para(question, styles.h2), spacer(styles, 0.2)]
    if spec.instructions.strip():
        out += [para(spec.instructions, styles.body), spacer(styles, 0.2)]
    return out
