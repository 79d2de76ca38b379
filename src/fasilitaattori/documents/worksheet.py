"""Printable worksheets (työpohjat) generated from a method's WorksheetSpec.

The header names the workshop, the date and the group; the layout below it fills the rest of
the page, on A4 or A3, portrait (wall posters on A3: poster.py). With `groups`, one page is printed per group, label filled in.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table

from fasilitaattori.core.worksheet_spec import WorksheetSpec
from fasilitaattori.documents import poster as wall
from fasilitaattori.documents.base import (
    DEFAULT_OPTIONS,
    CopyStart,
    DocMeta,
    DocumentOptions,
    Styles,
    Theme,
    make_styles,
    page_size,
    render,
)
from fasilitaattori.documents.blocks import markup, para, table_style
from fasilitaattori.documents.charts import draw_lines, fit_lines, new_drawing
from fasilitaattori.documents.fonts import BOLD
from fasilitaattori.documents.groups import group_and_question
from fasilitaattori.documents.i18n import tr
from fasilitaattori.documents.model import WorksheetHeader
from fasilitaattori.documents.widgets import writing_line
from fasilitaattori.documents.worksheet_head import worksheet_head
from fasilitaattori.documents.worksheet_parts import TopBox, content_share, line_gap, row_label


class _Area(Flowable):
    """Takes all the height left in the frame and draws one worksheet layout into it."""

    def __init__(self, spec: WorksheetSpec, styles: Styles, rows: int | None = None, first_row: int = 0,
                 lang: str = "fi", note: float = 0.0) -> None:
        super().__init__()
        self.lang = lang
        self.note = note  # on a wall poster: the sticky note each quadrant holds under its prompt
        self.grid: wall.GridFit | None = None
        self.shrink = True  # whether a poster's prompts may get smaller (PosterBody tries without first)
        self.spec = spec
        self.styles = styles
        self.th: Theme = styles.theme
        self.rows = rows
        self.first_row = first_row
        self.row_h = 0.0
        self.width = self.height = 0.0

    # -- flowable protocol ---------------------------------------------------------------
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = availWidth, max(0.0, availHeight - 1)
        if availHeight < self.th.body * 8 and self.spec.layout != "table":
            return self.width, availHeight + 1  # no room left on this page: the next one
        if self.spec.layout == "table":
            rows = self._table_rows_wanted(self.height)
            free = (self.height - self._header_height()) / max(1, rows)
            # labelled rows (levels) share the whole page; blank rows stay a writing size
            self.row_h = max(self._min_row(), free if self.spec.prompts else min(free, self.th.body * 6))
            self.height = self._header_height() + rows * self.row_h
        elif self._cramped(self.height):
            return self.width, availHeight + 1  # asks for split(): half the prompts on the next page
        elif self.spec.layout == "grid2x2" and self.note:
            self.grid = wall.GridFit(self.spec.prompts, self.styles, self.width, self.height, self.note, self.shrink)
        return self.width, self.height

    def _cramped(self, height: float) -> bool:
        """Boxes or bands too low for their prompt and two writing lines (large print)."""
        prompts = self.spec.prompts
        if self.spec.layout not in ("levels", "boxes") or len(prompts) < 2:
            return False
        gap, pad = self.th.body, self.th.body * 0.8
        band = (height - gap * (len(prompts) - 1)) / len(prompts)
        h3 = self.styles.h3
        labels = [markup(f"{self.first_row + i}. {p}", h3) for i, p in enumerate(prompts, start=1)]
        if self.spec.layout == "levels":  # labels beside the lines: a band needs the taller of the two
            side = self._level_label_width(self.width, pad) - 2 * pad
            label_h = max(Paragraph(t, h3).wrap(side, 10_000)[1] for t in labels)
            if label_h <= band - 2 * pad:
                return band < 2 * self.line_gap + pad * 1.5
        label = max(Paragraph(t, h3).wrap(self.width - 2 * pad, 10_000)[1] for t in labels)
        return band < label + 2 * pad + 2 * self.line_gap

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        if availHeight < self.th.body * 8 and self.spec.layout != "table":
            return []
        if self.spec.layout in ("levels", "boxes"):
            # as many prompts on this page as fit with their writing lines, the rest on the next
            prompts, lines = self.spec.prompts, self.spec.box_lines

            def part(start: int, end: int) -> _Area:
                spec = replace(self.spec, prompts=prompts[start:end], box_lines=lines[start:end])
                area = _Area(spec, self.styles, None, self.first_row + start, self.lang)
                area.width = availWidth
                return area

            most = next((k for k in range(len(prompts) - 1, 1, -1) if not part(0, k)._cramped(availHeight - 1)), 1)
            k = math.ceil(len(prompts) / math.ceil(len(prompts) / most))  # 2 + 2 rather than 3 + 1
            return [part(0, k), part(k, len(prompts))]
        if self.spec.layout != "table":
            return []
        wanted = self.rows if self.rows is not None else (self.spec.rows or len(self.spec.prompts))
        if not wanted:
            return []
        fits = int((availHeight - 1 - self._header_height()) // self._min_row())
        if fits < 1 or fits >= wanted:
            return [] if fits < 1 else [self]
        return [_Area(self.spec, self.styles, fits, self.first_row, self.lang),
                _Area(self.spec, self.styles, wanted - fits, self.first_row + fits, self.lang)]

    def draw(self) -> None:
        getattr(self, f"_draw_{self.spec.layout}")(self.width, self.height)

    # -- shared helpers ------------------------------------------------------------------
    @property
    def line_gap(self) -> float:
        return line_gap(self.styles)

    def _label(self, text: str, x: float, top: float, width: float, style: ParagraphStyle | None = None,
               room: float = 10_000.0) -> float:
        """Draw a wrapped, hyphenated label with its top at `top`, made smaller (not below the
        large-print floor) when it would run past `room`; return its height."""
        base = style or self.styles.h3
        size = base.fontSize
        least = max(self.th.min_text, base.fontSize * 0.6)
        while True:
            fitted = ParagraphStyle(f"{base.name}-fit", parent=base, fontSize=size, leading=size * 1.2)
            p = Paragraph(markup(text, fitted), fitted)
            _, h = p.wrap(width, 10_000)
            if h <= room or size <= least:
                break
            size = max(least, size * 0.92)
        p.drawOn(self.canv, x, top - h)
        return h

    def _rules(self, x: float, y_top: float, width: float, y_bottom: float) -> None:
        c = self.canv
        c.saveState()
        writing_line(c, self.th)
        y = y_top - self.line_gap
        while y > y_bottom + self.line_gap * 0.35:
            c.line(x, y, x + width, y)
            y -= self.line_gap
        c.restoreState()

    def _box(self, x: float, y: float, w: float, h: float, fill: bool = False) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(self.th.ink if self.th.line_width >= 1 else self.th.accent)
        c.setLineWidth(max(0.9, self.th.line_width * 1.4))
        if fill:
            c.setFillColor(self.th.accent_light)
        c.roundRect(x, y, w, h, self.th.body * 0.5, stroke=1, fill=1 if fill else 0)
        c.restoreState()

    # -- layouts -------------------------------------------------------------------------
    def _draw_boxes(self, width: float, height: float) -> None:
        weights = [max(1, w) for w in (self.spec.box_lines or (1,) * len(self.spec.prompts))]
        gap = self.th.body * 1.0
        pad = self.th.body * 0.8
        # every box holds its prompt and two writing lines first; the rest goes by the weights
        h3 = self.styles.h3
        need = [Paragraph(markup(p, h3), h3).wrap(width - 2 * pad, 10_000)[1] + 2 * pad + 2 * self.line_gap
                for p in self.spec.prompts]
        free = height - gap * (len(need) - 1) - sum(need)
        if free >= 0:
            heights = [n + free * w / sum(weights) for n, w in zip(need, weights, strict=False)]
        else:
            unit = (height - gap * (len(weights) - 1)) / sum(weights)
            heights = [unit * w for w in weights]
        top = height
        for prompt, h in zip(self.spec.prompts, heights, strict=False):
            self._box(0, top - h, width, h)
            label_h = self._label(prompt, pad, top - pad, width - 2 * pad, room=h - 2 * pad - self.line_gap)
            self._rules(pad, top - pad - label_h, width - 2 * pad, top - h)
            top -= h + gap

    def _draw_levels(self, width: float, height: float) -> None:
        n = len(self.spec.prompts)
        gap = self.th.body * 0.6
        band = (height - gap * (n - 1)) / n
        pad = self.th.body * 0.8
        label_w = self._level_label_width(width, pad)
        h3 = self.styles.h3
        side_fits = all(Paragraph(markup(f"{i}. {p}", h3), h3).wrap(label_w - 2 * pad, 10_000)[1] <= band - 2 * pad
                        for i, p in enumerate(self.spec.prompts, start=1))
        c = self.canv
        for i, prompt in enumerate(self.spec.prompts):
            top = height - i * (band + gap)
            self._box(0, top - band, width, band)
            number = f"{self.first_row + i + 1}."
            if not side_fits:  # large print, long prompts: the prompt across the band, lines below
                label_h = self._label(f"{number} {prompt}", pad, top - pad, width - 2 * pad,
                                      room=band - 2 * pad - self.line_gap)
                self._rules(pad, top - pad - label_h, width - 2 * pad, top - band)
                continue
            c.saveState()
            c.setFillColor(self.th.accent_light)
            c.setStrokeColor(self.th.ink if self.th.line_width >= 1 else self.th.accent)
            c.setLineWidth(max(0.9, self.th.line_width * 1.4))
            c.roundRect(0, top - band, label_w, band, self.th.body * 0.5, stroke=1, fill=1)
            c.restoreState()
            self._label(f"{number} {prompt}", pad, top - pad, label_w - 2 * pad, room=band - 2 * pad)
            self._rules(label_w + pad, top - pad * 0.5, width - label_w - 2 * pad, top - band)

    def _level_label_width(self, width: float, pad: float) -> float:
        """The label column is as wide as its longest word needs (a third to almost half)."""
        longest = max((stringWidth(w, BOLD, self.styles.h3.fontSize) for p in self.spec.prompts
                       for w in p.split()), default=0)
        return min(width * 0.45, max(width * 0.3, longest + 2 * pad + self.th.h3 * 1.5))

    def _draw_grid2x2(self, width: float, height: float) -> None:
        gap = self.th.body * 0.8
        w, h = (width - gap) / 2, (height - gap) / 2
        pad = self.th.body * 0.9
        if self.grid is not None:  # a poster: rows as tall as their prompts need, fitted prompts
            return self.grid.draw(self.canv, self._box, height)
        for i, prompt in enumerate(self.spec.prompts[:4]):
            x = (i % 2) * (w + gap)
            y = height - (i // 2 + 1) * h - (i // 2) * gap
            self._box(x, y, w, h)
            self._label(prompt, x + pad, y + h - pad, w - 2 * pad, room=h * 0.5)

    def _ring_labels(self, prompts: list[str], core: float, ring: float,
                     least: float) -> list[tuple[list[str], float]] | None:
        """Each ring's label wrapped onto the lines the ring's thickness holds, each line as
        wide as the chord at the label's top; None when one does not fit at `least`."""
        th = self.th
        out = []
        for k, prompt in enumerate(prompts):
            inner, outer = core + ring * k, core + ring * (k + 1)
            mid = (inner + outer) / 2 if (inner or k) else outer * 0.5
            for max_lines in (1, 2, 3):
                block = max_lines * th.h3 * 1.15
                chord = 2 * math.sqrt(max(outer**2 - (mid + block / 2) ** 2, 0)) - th.body
                lines, size = fit_lines(prompt, BOLD, th.h3, chord, self.lang, max_lines, least)
                wide = max(stringWidth(line, BOLD, size) for line in lines)
                if len(lines) <= max_lines and len(lines) * size * 1.15 <= (outer - inner) * 0.85 \
                        and wide <= chord + 0.5:
                    out.append((lines, size))
                    break
            else:
                return None
        return out

    def _draw_circles(self, width: float, height: float) -> None:
        th = self.th
        prompts = list(self.spec.prompts)
        center = self.spec.center_label.strip()
        least = max(th.min_text, th.h3 * 0.55)
        labels: list[tuple[list[str], float]] | None = None
        legend: list[Paragraph] = []
        legend_h = 0.0
        for with_legend in (False, True):
            if with_legend:  # rings too thin for their words: numbers in the rings, words below
                legend = [Paragraph(f"<b>{k}</b>\u00a0\u00a0{markup(p)}", self.styles.body)
                          for k, p in enumerate(prompts, start=1)]
                legend_h = sum(p.wrap(width, 10_000)[1] + th.body * 0.3 for p in legend) + th.body * 0.6
            radius = min(width, height - legend_h) / 2 - th.body * 0.5
            core = radius * 0.17 if center else 0.0
            ring = (radius - core) / len(prompts)
            labels = None if with_legend else self._ring_labels(prompts, core, ring, least)
            if labels is not None:
                break
        drawing = new_drawing(width, height)
        cx, cy = width / 2, height - radius - th.body * 0.5
        tint = [th.accent_light, _blend(th.accent_light, 0.45)] if th.line_width < 1 else [None, None]
        stroke = th.ink if th.line_width >= 1 else th.accent
        for k in range(len(prompts) - 1, -1, -1):
            r = core + ring * (k + 1)
            drawing.add(Circle(cx, cy, r, fillColor=tint[k % 2], strokeColor=stroke,
                               strokeWidth=max(0.9, th.line_width * 1.4)))
        if center:
            drawing.add(Circle(cx, cy, core, fillColor=th.accent if th.line_width < 1 else None,
                               strokeColor=stroke, strokeWidth=max(0.9, th.line_width * 1.4)))
            lines, size = fit_lines(center, BOLD, th.h3 * 1.1, core * 1.7, self.lang, 2, least)
            block = len(lines) * size * 1.15
            draw_lines(drawing, lines, cx, cy + block / 2, size, BOLD,
                       th.head_fg if th.line_width < 1 else th.ink, anchor="middle", leading=1.15)
        for k in range(len(prompts)):
            inner, outer = core + ring * k, core + ring * (k + 1)
            mid = (inner + outer) / 2 if (inner or k) else outer * 0.5
            lines, size = labels[k] if labels else ([str(k + 1)], min(th.h3, ring * 0.7))
            block = len(lines) * size * 1.15
            draw_lines(drawing, lines, cx, cy + mid + block / 2, size, BOLD, th.ink, anchor="middle", leading=1.15)
        renderPDF.draw(drawing, self.canv, 0, 0)
        y = legend_h - th.body * 0.6
        for p in legend:
            h = p.wrap(width, 10_000)[1]
            p.drawOn(self.canv, 0, y - h)
            y -= h + th.body * 0.3

    # -- table ---------------------------------------------------------------------------
    def _min_row(self) -> float:
        if not self.spec.prompts:
            return self.th.body * 2.2
        first = self._col_widths()[0] - self.th.body
        return max(self.th.body * 2.2, *(row_label(p, i, self.styles).wrap(first, 10_000)[1] + self.th.body * 0.5 + 6
                                          for i, p in enumerate(self.spec.prompts, start=1)))

    def _col_widths(self) -> list[float]:
        """Columns share the width by how much their heading says (a "what" column is wider
        than a "by when" one), each at least as wide as its longest heading word. The first
        column names the row's subject, the longest writing ("Mitä tehdään?", a need, a topic)."""
        head = self.styles.cell_head
        words = [max((stringWidth(w, head.fontName, head.fontSize) for w in c.split()), default=0)
                 + self.th.body * 1.2 for c in self.spec.columns]
        weights = [max(8.0, float(len(c))) ** 0.5 * (1.5 if i == 0 else 1.0) for i, c in enumerate(self.spec.columns)]
        if self.spec.prompts:  # row labels: read, not written in; a short heading ("Nyt") takes a cross
            weights = [max(3.0, float(len(c))) ** 0.5 for c in self.spec.columns]
            weights[0] = max(len(p) for p in self.spec.prompts) ** 0.5 * 0.75
            words[0] = max(words[0], *(stringWidth(f"{len(self.spec.prompts)}. {w}", BOLD, self.styles.cell.fontSize)
                                       + self.th.body * 1.2 for p in self.spec.prompts for w in p.split()))
        widths = [self.width * w / sum(weights) for w in weights]
        return content_share(widths, words)

    def _header_height(self) -> float:
        heights = [Paragraph(markup(c), self.styles.cell_head).wrap(w - self.th.body, 1000)[1]
                   for c, w in zip(self.spec.columns, self._col_widths(), strict=True)]
        return max(heights, default=0) + self.th.body

    def _table_rows_wanted(self, height: float) -> int:
        if self.rows is not None:
            return self.rows
        if self.spec.rows or self.spec.prompts:
            return self.spec.rows or len(self.spec.prompts)
        return max(1, int((height - self._header_height()) // (self.th.body * 3.0)))

    def _draw_table(self, width: float, height: float) -> None:
        rows = self._table_rows_wanted(height)
        head_h = self._header_height()
        row_h = self.row_h
        cols = max(1, len(self.spec.columns))
        body: list[list[object]] = [[""] * cols for _ in range(rows)]
        for r, line in enumerate(body):
            if self.first_row + r < len(self.spec.prompts):
                n = self.first_row + r
                line[0] = row_label(self.spec.prompts[n], n + 1, self.styles)
        table = Table([[para(c, self.styles.cell_head) for c in self.spec.columns], *body],
                      colWidths=self._col_widths(), rowHeights=[head_h] + [row_h] * rows)
        table.setStyle(table_style([
            ("BACKGROUND", (0, 0), (-1, 0), self.th.head_bg),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), max(0.6, self.th.line_width), self.th.ink),
            # the paddings _header_height measures with (reportlab's 6 pt each side made a
            # heading wrap once more than measured and stick out above its row)
            ("LEFTPADDING", (0, 0), (-1, -1), self.th.body * 0.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), self.th.body * 0.5),
        ]))
        table.wrapOn(self.canv, width, height)
        table.drawOn(self.canv, 0, height - head_h - rows * row_h)


def _blend(color: object, amount: float) -> object:
    from reportlab.lib import colors

    c = color  # type: ignore[assignment]
    return colors.Color(1 - (1 - c.red) * amount, 1 - (1 - c.green) * amount, 1 - (1 - c.blue) * amount)  # type: ignore[attr-defined]


def build_worksheet(spec: WorksheetSpec, header: WorksheetHeader, options: DocumentOptions = DEFAULT_OPTIONS,
                    groups: Sequence[str] = ()) -> bytes:
    """One worksheet page (or one per group) laid out as the spec says."""
    styles = make_styles(options, header.language)
    poster, wide = wall.is_poster(spec, options), wall.is_landscape(spec, options)
    if poster:
        styles = wall.poster_styles(styles)
    width = page_size(options, wide)[0] - 2 * styles.theme.margin
    story: list[Flowable] = []
    for i, group in enumerate(groups or ("",)):
        story += [PageBreak(), CopyStart()] if i else [CopyStart()]
        matrix = poster and spec.layout == "grid2x2"  # its persona box and quadrants fitted together
        story += wall.poster_head(spec, header, group.strip(), styles, width) if wide \
            else worksheet_head(spec, header, group.strip(), styles, width, beside_title=matrix)
        boxes = [TopBox(spec.top_box, styles, poster, compact)
                 for compact in ((False, True) if matrix else (False,))] if spec.top_box else []
        area = _Area(spec, styles, lang=header.language, note=wall.STICKY if matrix else 0.0)
        strip = para(" · ".join(t for t in (spec.title.strip(), group_and_question(group)[0]) if t), styles.h2)
        story += [wall.PosterBody(boxes, area, strip)] if matrix else [*boxes, area]
    lang = header.language
    doc_name = tr(lang, "worksheet")
    meta = DocMeta(
        title=f"{doc_name}: {spec.title}", language=lang, subject=doc_name, author=header.organisation_name,
        header_left=header.organisation_name, header_right=doc_name,
        # the sheet's own title is its heading; the footer says which workshop a loose sheet is from
        footer_left=header.workshop_title.strip() or spec.title.strip(), landscape=wide,
    )
    return render(story, meta, options)
