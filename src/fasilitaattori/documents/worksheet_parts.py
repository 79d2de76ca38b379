"""Parts of a worksheet beside its layout: the box above it (the empathy map's persona), the
table's row labels (levels of inclusion) and the column widths a table shares out."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from fasilitaattori.documents.base import Styles
from fasilitaattori.documents.blocks import markup
from fasilitaattori.documents.fonts import BOLD, printable
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
    ("Elämäntilanne"); on a wall poster one, to leave the squares room for sticky notes.
    `compact` (a poster short of room): the heading starts the first line and the labels
    follow it, as many on a line as leave each a few words' room, when that saves a line."""

    def __init__(self, texts: tuple[str, ...], styles: Styles, poster: bool = False, compact: bool = False) -> None:
        super().__init__()
        self.compact = compact
        self.spare = 0 if poster else 1  # an extra line for the last label
        self.heading, *fields = texts
        self.fields = list(fields)
        self.styles = styles
        self.th = styles.theme
        self.pad = self.th.body * 0.8
        self.width = self.height = 0.0
        self._head: Paragraph | None = None
        self.inline = False
        self.rows: list[list[str]] = []
        self.gap, self.after = line_gap(styles), self.th.body * 0.8

    def _stacked(self) -> list[list[str]]:
        rows = ([self.fields[:-1]] if len(self.fields) > 1 else []) + [self.fields[-1:] or [""]]
        return rows + [[""]] * self.spare

    def _head_width(self) -> float:
        return stringWidth(printable(self.heading), BOLD, self.styles.h3.fontSize) + self.styles.h3.fontSize

    def _flowed(self, inner: float) -> list[list[str]] | None:
        """The labels after the heading, on as few lines as leave each label's line room for a
        few words; None when a label does not fit a line alone."""
        size = self.styles.body.fontSize

        def fits(row: list[str], width: float) -> bool:
            return width - sum(stringWidth(f"{label}:", BOLD, size) for label in row) >= len(row) * size * 6

        rows: list[list[str]] = [[]]
        for label in self.fields:
            width = inner - (self._head_width() if len(rows) == 1 else 0)
            if fits([*rows[-1], label], width):
                rows[-1].append(label)
            elif rows[-1] and fits([label], inner):
                rows.append([label])
            else:
                return None
        return rows if rows[0] else None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self._head = Paragraph(markup(self.heading, self.styles.h3), self.styles.h3)
        head_h = self._head.wrap(availWidth - 2 * self.pad, 10_000)[1]
        self.rows, self.pad, self.after = self._stacked(), self.th.body * 0.8, self.th.body * 0.8
        flowed = self._flowed(availWidth - 2 * self.pad) if self.compact else None
        self.inline = flowed is not None and len(flowed) + self.spare < len(self.rows) + 1
        self.gap = line_gap(self.styles)
        if flowed is not None and self.inline:  # the heading on the first line, lines a bit closer
            self.rows = flowed + [[""]] * self.spare
            self.pad, self.gap, self.after = self.th.body * 0.5, self.gap * 0.8, self.th.body * 0.5
            head_h = self.styles.h3.fontSize * 1.1 - self.gap
        box = 2 * self.pad + head_h + len(self.rows) * self.gap
        self.height = box + self.after  # the gap to the layout below
        return self.width, self.height

    def draw(self) -> None:
        c, th, pad, gap = self.canv, self.th, self.pad, self.gap
        box_h = self.height - self.after
        bottom = self.height - box_h
        c.saveState()
        c.setStrokeColor(th.ink if th.line_width >= 1 else th.accent)
        c.setLineWidth(max(0.9, th.line_width * 1.4))
        c.roundRect(0, bottom, self.width, box_h, th.body * 0.5, stroke=1, fill=0)
        c.restoreState()
        assert self._head is not None
        head_h = self._head.wrap(self.width - 2 * pad, 10_000)[1]
        if self.inline:
            y = self.height - pad - self.styles.h3.fontSize * 1.1
            c.setFont(BOLD, self.styles.h3.fontSize)
            c.setFillColor(th.ink)
            c.drawString(pad, y + self.styles.body.fontSize * 0.25, printable(self.heading))
        else:
            self._head.drawOn(c, pad, self.height - pad - head_h)
            y = self.height - pad - head_h - gap
        size = self.styles.body.fontSize
        for n, row in enumerate(self.rows):
            x = pad + (self._head_width() if self.inline and n == 0 else 0)
            # each label's line gets the same room to write, whatever the label's length
            labels = [stringWidth(f"{label}:", BOLD, size) if label else 0.0 for label in row]
            room = (self.width - pad - x - sum(labels)) / max(1, len(row))
            for k, label in enumerate(row):
                cell = labels[k] + room
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
                x += cell
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
