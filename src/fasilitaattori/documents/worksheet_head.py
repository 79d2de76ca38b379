"""The head of a worksheet page: the sheet's title, the workshop and group line, instructions."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Table

from fasilitaattori.core.worksheet_spec import WorksheetSpec
from fasilitaattori.documents.base import Styles
from fasilitaattori.documents.blocks import markup, para, spacer, table_style
from fasilitaattori.documents.groups import group_and_question
from fasilitaattori.documents.i18n import format_date, tr
from fasilitaattori.documents.model import WorksheetHeader


def worksheet_head(spec: WorksheetSpec, header: WorksheetHeader, group: str, styles: Styles, width: float) -> list[Flowable]:
    """The title, a line naming the workshop, date and place beside the group or, on a personal
    sheet, the name (a line to write it on when there is none), the table's own question when
    the group brings one, and the instructions."""
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
    line = Table([[para(about, styles.body), group_cell]], colWidths=[width * 0.62, width * 0.38])
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), th.body * 0.3),
    ]
    if not group:  # a line to write the group on by hand
        commands.append(("LINEBELOW", (1, 0), (1, 0), 0.8, th.ink))
    line.setStyle(table_style(commands))
    out: list[Flowable] = [para(spec.title, styles.h1), line, spacer(styles, 0.6)]
    if question:  # the table's own question, read from across the table
        out += [para(question, styles.h2), spacer(styles, 0.2)]
    if spec.instructions.strip():
        out += [para(spec.instructions, styles.body), spacer(styles, 0.2)]
    return out
