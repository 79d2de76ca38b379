"""Wall posters: a worksheet whose method is worked on a wall, printed on A3.

A method says so with `poster` in its worksheet spec (a matrix or an empathy map that a group
fills with sticky notes). On A3 its title is read from 2–3 metres (60 pt) and its prompts from
a step back (28 pt); a table poster turns landscape with its title beside the instructions, a
matrix stays portrait, where each quadrant holds 76 mm notes under its prompt. On A4 the same
sheet is a table sheet. A worksheet set keeps its pages' styles: one PDF, one orientation.

A matrix poster is laid out as a whole (`PosterBody`): the persona box and the quadrants under
it. Every quadrant keeps a free area of a sticky note (76 × 76 mm) under its prompt; when the
page is too short for that, the persona box first puts its heading on its first line, then the
prompts get smaller (never below PROMPT_LEAST_PT nor the large-print floor) and so take fewer
lines. A row of quadrants is as tall as its longer prompt needs; the rest is shared equally.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table

from fasilitaattori.core.worksheet_spec import WorksheetSpec
from fasilitaattori.documents.base import DocumentOptions, Styles
from fasilitaattori.documents.blocks import markup
from fasilitaattori.documents.model import WorksheetHeader

TITLE_PT = 60.0
PROMPT_PT = 28.0
HEAD_PT = 20.0  # a table poster's column headings
PROMPT_LEAST_PT = 16.0  # how far a quadrant's prompt shrinks before the notes lose room
STICKY = 76 * mm  # a standard sticky note, 76 × 76 mm


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


class GridFit:
    """A 2×2 matrix fitted to a height: the prompts' style, each row's height and the room
    under each prompt (`fits`: every quadrant keeps `note` free under its prompt)."""

    def __init__(self, prompts: tuple[str, ...], styles: Styles, width: float, height: float,
                 note: float, shrink: bool = True) -> None:
        th = styles.theme
        self.gap, self.pad = th.body * 0.6, th.body * 0.9
        self.cell_w = (width - self.gap) / 2
        # the largest prompts that leave the notes their room; smaller only when it saves a line
        size, least = styles.h3.fontSize, max(th.min_text, PROMPT_LEAST_PT)
        best: tuple[float, float] | None = None  # (height the rows need, prompt size)
        while True:
            need = self._need(prompts, styles, size, note)
            if best is None or need < best[0] - 0.5:
                best = (need, size)
            if need <= height - self.gap or size <= least or not shrink:
                break
            size = max(least, size * 0.94)
        need = self._need(prompts, styles, best[1], note)
        self.fits = need <= height - self.gap
        spare = (height - self.gap - need) / 2
        self.rows = [n + spare for n in self.row_need]

    def _need(self, prompts: tuple[str, ...], styles: Styles, size: float, note: float) -> float:
        """The height both rows need with prompts at `size` (sets the labels and rows)."""
        self.style = ParagraphStyle(f"{styles.h3.name}-grid", parent=styles.h3, fontSize=size, leading=size * 1.2)
        self.labels = [Paragraph(markup(p, self.style), self.style) for p in prompts[:4]]
        self.label_h = [p.wrap(self.cell_w - 2 * self.pad, 10_000)[1] for p in self.labels]
        self.row_need = [self.pad + max(self.label_h[r * 2:r * 2 + 2]) + note for r in (0, 1)]
        return sum(self.row_need)

    def draw(self, canv: Canvas, box: Callable[[float, float, float, float], None], height: float) -> None:
        """The quadrants, each prompt at its top, the area's top at `height`."""
        rows = self.rows
        for i, label in enumerate(self.labels):
            x, top = (i % 2) * (self.cell_w + self.gap), height - (rows[0] + self.gap if i >= 2 else 0)
            box(x, top - rows[i // 2], self.cell_w, rows[i // 2])
            label.drawOn(canv, x + self.pad, top - self.pad - self.label_h[i])


class PosterBody(Flowable):
    """The persona box (if any) and the layout under it, laid out together: the first persona
    box in `boxes` that leaves the layout its sticky-note room with its prompts as they are;
    else the last box with the prompts made smaller; else the persona box goes on a strip of
    its own on the next sheet, so the quadrants get the whole page."""

    def __init__(self, boxes: list[Flowable], area: Flowable, strip_head: Flowable | None = None) -> None:
        super().__init__()
        self.boxes, self.area, self.strip_head = boxes, area, strip_head  # the strip's heading: sheet, group
        self.box: Flowable | None = None
        self.box_h = 0.0
        self.width = self.height = 0.0
        self.strip = False  # the persona box on a strip of its own on the next sheet

    def _grid_fits(self) -> bool:
        grid = getattr(self.area, "grid", None)  # a matrix's quadrants, fitted by its wrap()
        return grid is None or bool(grid.fits)

    def _try(self, box: Flowable | None, shrink: bool, width: float, height: float) -> bool:
        self.box, self.area.shrink = box, shrink  # type: ignore[attr-defined]
        self.box_h = box.wrap(width, height)[1] if box is not None else 0.0
        self.height = self.box_h + self.area.wrap(width, height - self.box_h)[1]
        return self._grid_fits()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.strip = availWidth, False
        tries: list[tuple[Flowable | None, bool]] = [*((b, False) for b in self.boxes), (self.boxes[-1], True)] \
            if self.boxes else [(None, True)]
        if any(self._try(box, shrink, availWidth, availHeight) for box, shrink in tries) or not self.boxes:
            return self.width, self.height
        # the quadrants get the whole page (as close to their room as it gets), the persona box
        # a strip of its own from split()
        self.strip = True
        return self.width, availHeight + 1

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        head = [self.strip_head] if self.strip_head is not None else []
        return [PosterBody([], self.area), *head, self.boxes[0]] if self.strip else []

    def draw(self) -> None:
        if self.box is not None:
            self.box.drawOn(self.canv, 0, self.height - self.box_h)
        self.area.drawOn(self.canv, 0, 0)
