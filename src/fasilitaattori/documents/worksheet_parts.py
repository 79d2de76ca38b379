"""Parts of a worksheet beside its layout: the box above it (the empathy map's persona), the
table's row labels (levels of inclusion) and the column widths a table shares out."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from fasilitaattori.documents.base import Styles
from fasilitaattori.documents.blocks import markup
from fasilitaattori.documents.fonts import BOLD
from fasilitaattori.documents.widgets import writing_line


def line_gap(styles: Styles) -> float:
    """About 9 mm between writing lines, 12 mm in large print (not 2.6 × 16 pt)."""
    th = styles.theme
    return th.body * (2.1 if th.min_text >= 16 else 2.6)


def row_label(text: str, number: int, styles: Styles) -> Paragraph:
    """A table row's label: its number and the words before a colon in bold ("1. Tiedottaminen:
    kerrotaan päätöksistä"), so the level's name stands out from its explanation."""
    style = styles.cell
    name, sep, rest = text.partition(":")
    body = f"<b>{number}. {markup(name, style)}{sep}</b>{markup(rest, style)}" if sep \
        else f"<b>{number}.</b> {markup(text, style)}"
    return Paragraph(body, style)


class TopBox(Flowable):
    """A box across the page above the layout: a heading, then labelled lines to fill in. All
    labels but the last share one row ("Nimi: ____  Ikä: ____"); the last gets two full lines
    ("Elämäntilanne"); on a wall poster one, to leave the squares room for sticky notes."""

    def __init__(self, texts: tuple[str, ...], styles: Styles, poster: bool = False) -> None:
        super().__init__()
        self.spare = 0 if poster else 1  # an extra line for the last label
        self.heading, *fields = texts
        self.fields = list(fields)
        self.styles = styles
        self.th = styles.theme
        self.pad = self.th.body * 0.8
        self.width = self.height = 0.0
        self._head: Paragraph | None = None

    def _lines(self) -> int:
        return (1 if len(self.fields) > 1 else 0) + 1 + self.spare

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self._head = Paragraph(markup(self.heading, self.styles.h3), self.styles.h3)
        head_h = self._head.wrap(availWidth - 2 * self.pad, 10_000)[1]
        box = 2 * self.pad + head_h + self._lines() * line_gap(self.styles)
        self.height = box + self.th.body * 0.8  # the gap to the layout below
        return self.width, self.height

    def draw(self) -> None:
        c, th, pad, gap = self.canv, self.th, self.pad, line_gap(self.styles)
        box_h = self.height - th.body * 0.8
        bottom = self.height - box_h
        c.saveState()
        c.setStrokeColor(th.ink if th.line_width >= 1 else th.accent)
        c.setLineWidth(max(0.9, th.line_width * 1.4))
        c.roundRect(0, bottom, self.width, box_h, th.body * 0.5, stroke=1, fill=0)
        c.restoreState()
        assert self._head is not None
        head_h = self._head.wrap(self.width - 2 * pad, 10_000)[1]
        self._head.drawOn(c, pad, self.height - pad - head_h)
        y = self.height - pad - head_h - gap
        inner = self.width - 2 * pad
        rows: list[list[str]] = ([self.fields[:-1]] if len(self.fields) > 1 else []) + [self.fields[-1:] or [""]]
        rows += [[""]] * self.spare
        size = self.styles.body.fontSize
        for row in rows:
            cell = inner / max(1, len(row))
            for k, label in enumerate(row):
                x = pad + k * cell
                start = x
                if label:
                    text = f"{label}:"
                    c.setFont(BOLD, size)
                    c.setFillColor(th.ink)
                    c.drawString(x, y + size * 0.25, text)
                    start = x + stringWidth(text, BOLD, size) + size * 0.4
                end = x + cell - (size if k < len(row) - 1 else 0)
                c.saveState()
                writing_line(c, th)
                c.line(start, y, end, y)
                c.restoreState()
            y -= gap


def content_share(widths: list[float], need: list[float]) -> list[float]:
    """Widths raised to what each column needs, taken from the columns with room to spare."""
    out = list(widths)
    for _ in range(len(out)):
        short = [i for i, w in enumerate(out) if w < need[i] - 0.5]
        if not short:
            break
        deficit = sum(need[i] - out[i] for i in short)
        donors = [i for i in range(len(out)) if i not in short and out[i] > need[i]]
        spare = sum(out[i] - need[i] for i in donors)
        if spare <= 0:
            break
        take = min(deficit, spare)
        for i in short:
            out[i] += (need[i] - out[i]) * take / deficit
        for i in donors:
            out[i] -= (out[i] - need[i]) * take / spare
    return out
