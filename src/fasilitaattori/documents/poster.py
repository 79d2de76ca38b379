"""Wall posters: a worksheet whose method is worked on a wall, printed on A3.

A method says so with `poster` in its worksheet spec (a matrix or an empathy map that a group
fills with sticky notes). On A3 its title is read from 2–3 metres (60 pt) and its prompts from
a step back (28 pt); a table poster turns landscape with its title beside the instructions, a
matrix stays portrait, where each quadrant holds 76 mm notes under its prompt. On A4 the same
sheet is a table sheet. A worksheet set keeps its pages' styles: one PDF, one orientation.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table

from fasilitaattori.core.worksheet_spec import WorksheetSpec
from fasilitaattori.documents.base import DocumentOptions, Styles
from fasilitaattori.documents.model import WorksheetHeader

TITLE_PT = 60.0
PROMPT_PT = 28.0
HEAD_PT = 20.0  # a table poster's column headings


def is_poster(spec: WorksheetSpec, options: DocumentOptions) -> bool:
    return spec.poster and options.page_size == "A3"


def is_landscape(spec: WorksheetSpec, options: DocumentOptions) -> bool:
    """A table poster turns landscape for wide columns; a matrix or bands stay portrait, where
    297 mm of width and 420 mm of height give each part room for sticky notes."""
    return is_poster(spec, options) and spec.layout == "table"


def poster_styles(styles: Styles) -> Styles:
    """The sheet's styles with a title and prompts for a wall."""
    h1 = ParagraphStyle("h1", parent=styles.h1, fontSize=TITLE_PT, leading=TITLE_PT * 1.1,
                        spaceAfter=TITLE_PT * 0.25)
    h3 = ParagraphStyle("h3", parent=styles.h3, fontSize=max(PROMPT_PT, styles.h3.fontSize),
                        leading=max(PROMPT_PT, styles.h3.fontSize) * 1.2)
    head_pt = max(HEAD_PT, styles.cell_head.fontSize)
    cell_head = ParagraphStyle("cell_head", parent=styles.cell_head, fontSize=head_pt, leading=head_pt * 1.2)
    return replace(styles, h1=h1, h3=h3, cell_head=cell_head)


def poster_head(spec: WorksheetSpec, header: WorksheetHeader, group: str, styles: Styles,
                width: float) -> list[Flowable]:
    """The title on the left, the workshop, group and instructions beside it: stacked, they
    left the quadrants lower than a sticky note."""
    from fasilitaattori.documents.blocks import table_style
    from fasilitaattori.documents.worksheet_head import worksheet_head

    side = width * 0.48
    title, *rest = worksheet_head(spec, header, group, styles, side)
    head = Table([[title, rest]], colWidths=[width - side, side])
    head.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (0, 0), styles.theme.body),
                               ("RIGHTPADDING", (1, 0), (1, 0), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), styles.theme.body * 0.6)]))
    return [head]
