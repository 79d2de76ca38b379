"""Building blocks shared by the documents: escaped paragraphs, tables, facts, bullets."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, LongTable, Paragraph, Spacer, Table, TableStyle

from fasilitaattori.documents.base import Styles
from fasilitaattori.documents.fonts import BOLD_ITALIC, ITALIC, REGULAR, italic_coverage, printable

Cell = str | Flowable | list[Flowable]


class CachedParagraph(Paragraph):
    """A Paragraph that remembers its line breaks for the width it was last given.

    A long table is measured again, every remaining row of it, at each page break; without
    this a 300-row table costs as much as wrapping 300 rows thirty times."""

    _wrapped_for: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._wrapped_for == availWidth and "blPara" in self.__dict__:
            self.width = availWidth
            return availWidth, self.height
        result = super().wrap(availWidth, availHeight)
        self._wrapped_for = availWidth
        return result


def table_style(commands: Sequence[tuple[object, ...]]) -> TableStyle:
    """A TableStyle whose cells default to the embedded font (reportlab's default is an
    unembedded Helvetica, even when every cell holds a Paragraph)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR), *commands])


def markup(text: str | None, style: ParagraphStyle | None = None) -> str:
    """User text as safe Paragraph markup: printable characters only, `<`, `>` and `&`
    escaped (so `<b>` prints literally), line breaks kept. In italic styles the letters the
    obliques lack (Arabic) are set upright instead of as empty boxes."""
    text = escape(printable(text))
    if style is not None and style.fontName in (ITALIC, BOLD_ITALIC):
        covered = italic_coverage()
        out: list[str] = []
        upright = False
        for ch in text:
            need = ord(ch) not in covered and ch != "\n"
            if need != upright:
                out.append(f'<font name="{REGULAR}">' if need else "</font>")
                upright = need
            out.append(ch)
        if upright:
            out.append("</font>")
        text = "".join(out)
    return text.replace("\n", "<br/>")


def para(text: str | None, style: ParagraphStyle) -> Paragraph:
    return CachedParagraph(markup(text, style), style)


def rich(template: str, style: ParagraphStyle, **values: str) -> Paragraph:
    """A paragraph from our own markup `template` with escaped user `values` filled in."""
    return CachedParagraph(template.format(**{k: markup(v, style) for k, v in values.items()}), style)


def paragraphs(text: str | None, style: ParagraphStyle) -> list[Flowable]:
    """Split user text on blank lines into paragraphs; each one can break across pages."""
    blocks = [b.strip() for b in (text or "").replace("\r\n", "\n").split("\n\n")]
    return [para(b, style) for b in blocks if b]


def empty_line(text: str, styles: Styles) -> Paragraph:
    return Paragraph(f"<i>{markup(text)}</i>", styles.muted)


def spacer(styles: Styles, lines: float = 1.0) -> Spacer:
    return Spacer(1, styles.theme.body * lines)


def cell(value: Cell, style: ParagraphStyle) -> Flowable | list[Flowable]:
    return para(value, style) if isinstance(value, str) else value


def fit_widths(widths: Sequence[float | None], total: float, flexible_share: float = 0.3) -> list[float]:
    """Column widths for `total`: None columns share what is left, and fixed columns shrink
    together (large print, narrow paper) so that the flexible ones keep `flexible_share`."""
    fixed = sum(w for w in widths if w is not None)
    flexible = sum(1 for w in widths if w is None)
    room = total * (1 - flexible_share) if flexible else total
    scale = min(1.0, room / fixed) if fixed else 1.0
    rest = (total - fixed * scale) / flexible if flexible else 0.0
    return [rest if w is None else w * scale for w in widths]


def _fast_cell(value: Cell, style: ParagraphStyle, room: float) -> Cell:
    """A short one-line text is drawn as a plain string (no markup parsing, no line breaking:
    many times cheaper in long tables); anything longer becomes a wrapping Paragraph."""
    if isinstance(value, str) and "\n" not in value and len(value) < 60:
        text = printable(value)
        if stringWidth(text, style.fontName, style.fontSize) <= room:
            return text
    return cell(value, style)


def _unbreakable(value: Cell) -> list[str]:
    """The parts of a cell text that must stay on one line: dates, times, numbers."""
    if not isinstance(value, str):
        return []
    return [t for t in printable(value).split() if not any(ch.isalpha() for ch in t)]


def _header_word_width(word: str, style: ParagraphStyle, hyphenate: bool) -> float:
    """The room a header word needs: whole, or with `hyphenate` its wider half at the break
    that leaves the narrowest column (a hyphenated header takes two lines)."""
    width = stringWidth(word, style.fontName, style.fontSize)
    hyphenator = style.hyphenationLang
    if not hyphenate or not callable(hyphenator):
        return width
    for head, tail in hyphenator(word):
        width = min(width, max(stringWidth(f"{head}-", style.fontName, style.fontSize),
                               stringWidth(tail, style.fontName, style.fontSize)))
    return width


def content_widths(widths: Sequence[float], header: Sequence[str], rows: Sequence[Sequence[Cell]],
                   head_style: ParagraphStyle, cell_style: ParagraphStyle, pad: float,
                   hyphenate_header: bool = False) -> list[float]:
    """`widths` moved so that no header word and no date or number has to break: a column
    too narrow for them takes room from the columns with room to spare. With
    `hyphenate_header` a header word may break once at a hyphen instead."""
    need = []
    for i, width in enumerate(widths):
        words = printable(header[i]).split() if i < len(header) else []
        longest = max((_header_word_width(w, head_style, hyphenate_header) for w in words), default=0)
        for row in rows:
            if i < len(row):
                for token in _unbreakable(row[i]):
                    longest = max(longest, stringWidth(token, cell_style.fontName, cell_style.fontSize))
        need.append(min(width + sum(widths) * 0.25, longest + 2 * pad + 1) if longest else 0.0)
    out = list(widths)
    deficit = sum(max(0.0, n - w) for n, w in zip(need, out, strict=True))
    spare = [max(0.0, w - max(n, w * 0.5 if n == 0 else n)) for n, w in zip(need, out, strict=True)]
    if deficit <= 0 or sum(spare) <= 0:
        return out
    share = min(1.0, sum(spare) / deficit)
    taken = deficit * share
    for i, (n, w) in enumerate(zip(need, widths, strict=True)):
        if n > w:
            out[i] = w + (n - w) * share
        else:
            out[i] = w - taken * spare[i] / sum(spare)
    return out


def data_table(styles: Styles, header: Sequence[str], rows: Sequence[Sequence[Cell]],
               widths: Sequence[float], align_right: Sequence[int] = (),
               row_heights: float | None = None, small_header: bool = False, valign: str = "TOP") -> Table:
    """A table with a coloured header row that repeats on every page, zebra rows and fine rules."""
    th = styles.theme
    head_style = styles.cell_head
    if small_header:
        head_style = ParagraphStyle("cell_head_small", parent=head_style, fontSize=th.small, leading=th.small * 1.25)
    right = set(align_right)
    head_right = ParagraphStyle(f"{head_style.name}-r", parent=head_style, alignment=TA_RIGHT)
    cell_right = ParagraphStyle("cell-r", parent=styles.cell, alignment=TA_RIGHT)
    head = [para(h, head_right if i in right else head_style) for i, h in enumerate(header)]
    pad = th.body * 0.4
    # Large print's five-column tables: whole header words of numbers ("Osallistumiset")
    # left the words of the text column a few letters a line.
    hyphenate_header = th.body >= 16 and len(header) >= 5
    widths = content_widths(widths, header, rows, head_style, styles.cell, pad, hyphenate_header)
    room = [w - 2 * pad - 0.5 for w in widths]
    body = [[_fast_cell(v, cell_right if i in right else styles.cell, room[i]) for i, v in enumerate(row)]
            for row in rows]
    heights = None if row_heights is None else [None] + [row_heights] * len(body)
    # LongTable measures only the rows that fit the page, instead of every remaining row at each break
    table = LongTable([head, *body], colWidths=list(widths), repeatRows=1, rowHeights=heights,
                      splitByRow=1, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 1), (-1, -1), REGULAR, styles.cell.fontSize, styles.cell.leading),
        ("TEXTCOLOR", (0, 1), (-1, -1), th.ink),
        ("BACKGROUND", (0, 0), (-1, 0), th.head_bg),
        ("VALIGN", (0, 0), (-1, 0), "TOP"),
        ("VALIGN", (0, 1), (-1, -1), valign),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("LINEBELOW", (0, 0), (-1, -1), th.line_width * 0.8, th.rule),
        ("BOX", (0, 0), (-1, -1), th.line_width, th.rule),
    ]
    if th.zebra.hexval() != colors.white.hexval():
        for i in range(2, len(body) + 1, 2):
            commands.append(("BACKGROUND", (0, i), (-1, i), th.zebra))
    for col in align_right:
        commands.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    table.setStyle(table_style(commands))
    return table


def facts_table(styles: Styles, pairs: Sequence[tuple[str, str]], width: float,
                label_share: float = 0.28) -> Table | None:
    """Label/value pairs (empty values skipped) as a quiet two-column table."""
    rows = [[para(label, styles.cell_bold), para(value, styles.cell)] for label, value in pairs if value]
    if not rows:
        return None
    th = styles.theme
    table = Table(rows, colWidths=[width * label_share, width * (1 - label_share)], hAlign="LEFT")
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), th.body * 0.6),
        ("TOPPADDING", (0, 0), (-1, -1), th.body * 0.25),
        ("BOTTOMPADDING", (0, 0), (-1, -1), th.body * 0.35),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, th.rule),
    ]))
    return table


def key_figures(styles: Styles, figures: Sequence[tuple[int, str]], width: float) -> Table:
    """Big numbers on tinted tiles, each with its label below. Labels keep the text size; when
    their longest word would not fit, the tiles go on more rows instead. Callers keep it
    together (KeepTogether), so that a number never leaves its label."""
    th = styles.theme
    number = ParagraphStyle("figure", parent=styles.h1, fontSize=th.h1 * 1.2, leading=th.h1 * 1.4, spaceAfter=0,
                            keepWithNext=0)
    label_style = ParagraphStyle("figure-label", parent=styles.small, leading=th.small * 1.25)
    pad = th.body * 0.6
    longest = max((stringWidth(w, REGULAR, th.small) for _, label in figures for w in printable(label).split()),
                  default=1)
    per_row = max(1, min(len(figures), int(width // (longest + 2 * pad + 2)), 6))
    rows_of = [list(figures[i:i + per_row]) for i in range(0, len(figures), per_row)]
    per_row = max(len(r) for r in rows_of) if rows_of else 1
    col = width / per_row
    data: list[list[Cell]] = []
    for chunk in rows_of:
        filler: list[Cell] = [""] * (per_row - len(chunk))
        data.append([para(str(n), number) for n, _ in chunk] + filler)
        data.append([para(lbl, label_style) for _, lbl in chunk] + filler)
    table = Table(data, colWidths=[col] * per_row, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, -1), th.accent_light),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
    ]
    for r in range(0, len(data), 2):
        commands += [("TOPPADDING", (0, r), (-1, r), th.body * 0.7),
                     ("BOTTOMPADDING", (0, r + 1), (-1, r + 1), th.body * 0.8)]
        if r:
            commands.append(("LINEABOVE", (0, r), (-1, r), 2 if th.line_width < 1 else th.line_width,
                             colors.white if th.line_width < 1 else th.ink))
    if th.line_width >= 1:  # high contrast and large print: frames instead of tints
        commands += [("BOX", (0, 0), (-1, -1), th.line_width, th.ink),
                     ("LINEBEFORE", (1, 0), (-1, -1), th.line_width, th.ink)]
    else:
        commands.append(("LINEBEFORE", (1, 0), (-1, -1), 2, colors.white))
    table.setStyle(table_style(commands))
    return table


def bullet(text: str, styles: Styles, style: ParagraphStyle | None = None, suffix: str = "") -> Paragraph:
    """A bulleted paragraph; `suffix` (already plain text) is added in a muted tone."""
    base = style or styles.body
    bullet_style = ParagraphStyle(f"{base.name}-bullet", parent=base, leftIndent=base.fontSize * 1.2,
                                  bulletIndent=base.fontSize * 0.2, spaceAfter=base.fontSize * 0.35,
                                  bulletFontName=REGULAR)
    extra = ""
    if suffix:
        extra = f' <font color="{styles.theme.muted.hexval().replace("0x", "#")}">— {markup(suffix)}</font>'
    return CachedParagraph(markup(text, base) + extra, bullet_style, bulletText="•")


def heading_then_rows(heading: Paragraph, table: Table, width: float, rows: int = 2) -> list[Flowable]:
    """A heading and a long table that may run on: the heading starts a new page only when it
    and the table's header and first `rows` rows do not fit, instead of taking the whole table
    along (kept together, a long table left most of a page empty)."""
    table.wrap(width, 10**6)
    needed = sum(table._rowHeights[: rows + 1])  # the header row and the first rows
    needed += heading.wrap(width, 10**6)[1] + heading.style.spaceBefore + heading.style.spaceAfter
    loose = Paragraph(heading.text, ParagraphStyle(f"{heading.style.name}-loose", parent=heading.style,
                                                   keepWithNext=0))
    return [CondPageBreak(needed), loose, table]
