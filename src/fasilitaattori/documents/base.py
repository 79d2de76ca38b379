"""The shared page frame of every printout: options, theme, paragraph styles and rendering.

`render()` lays a Platypus story onto A4 or A3 pages with a header, a footer and "sivu N / M"
page numbers (a numbered canvas counts the pages before it writes them), and stores the PDF
title, author, subject and language (/Lang in the catalog).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, Literal

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from fasilitaattori.documents.fonts import BOLD, ITALIC, REGULAR, printable, register_fonts
from fasilitaattori.documents.hyphenate import hyphenator
from fasilitaattori.documents.i18n import lang_of, tr
from fasilitaattori.documents.xmp import xmp_packet

# Binary (Flate only) streams instead of ASCII85 on top: a fifth smaller and much faster for photos.
rl_config.useA85 = 0


@dataclass(frozen=True)
class DocumentOptions:
    """How to print: paper size, large print (body text at least 16 pt) and high contrast."""

    page_size: Literal["A4", "A3"] = "A4"
    large_print: bool = False
    high_contrast: bool = False


DEFAULT_OPTIONS = DocumentOptions()


@dataclass(frozen=True)
class Theme:
    scale: float
    body: float
    small: float
    h1: float
    h2: float
    h3: float
    ink: colors.Color
    muted: colors.Color
    accent: colors.Color
    accent_light: colors.Color
    rule: colors.Color
    zebra: colors.Color
    head_bg: colors.Color
    head_fg: colors.Color
    line_width: float
    margin: float
    min_text: float = 6.0  # how far drawn labels may shrink to fit: 16 pt in large print

    @property
    def leading(self) -> float:
        return self.body * 1.35


def make_theme(options: DocumentOptions) -> Theme:
    scale = 1.41 if options.page_size == "A3" else 1.0
    # large print is its own layout: nothing under 16 pt, so "small" text is body-sized there
    sizes = (16.0, 16.0, 26.0, 21.0, 18.0) if options.large_print else (10.0, 8.5, 20.0, 14.0, 11.5)
    body, small, h1, h2, h3 = (s * scale for s in sizes)
    if options.high_contrast:
        black, white = colors.black, colors.white
        palette: dict[str, Any] = dict(ink=black, muted=black, accent=black, accent_light=white,
                                       rule=black, zebra=white, head_bg=black, head_fg=white,
                                       line_width=1.2)
    else:
        palette = dict(ink=colors.HexColor("#1A1F24"), muted=colors.HexColor("#535C66"),
                       accent=colors.HexColor("#1D5B74"), accent_light=colors.HexColor("#E5EEF2"),
                       rule=colors.HexColor("#B9C5CD"), zebra=colors.HexColor("#F4F7F9"),
                       head_bg=colors.HexColor("#1D5B74"), head_fg=colors.white, line_width=0.6)
    if options.large_print:  # strong lines to write on and to see boxes by
        palette["line_width"] = max(palette["line_width"], 1.0)
    return Theme(scale=scale, body=body, small=small, h1=h1, h2=h2, h3=h3,
                 min_text=16.0 if options.large_print else 6.0,
                 margin=(15 if options.large_print else 18) * mm * scale, **palette)


@dataclass(frozen=True)
class Styles:
    theme: Theme
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    title: ParagraphStyle
    quote: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    big: ParagraphStyle


def make_styles(options: DocumentOptions, language: str = "fi") -> Styles:
    """The paragraph styles of a document in `language`, whose words hyphenate by its rules
    (a word is split without a hyphen only when not even one syllable fits the line).
    embeddedHyphenation=2 makes reportlab move a long word to a new line and hyphenate it
    there; with 1 it would cut the word anywhere (splitLongWords) after the line's last word."""
    register_fonts()
    th = make_theme(options)
    hyphenate = hyphenator(lang_of(language)) or ""

    def style(name: str, size: float, font: str = REGULAR, color: colors.Color | None = None,
              **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=kw.pop("leading", size * 1.35),
                              textColor=color or th.ink, alignment=TA_LEFT, bulletFontName=REGULAR,
                              bulletFontSize=size, hyphenationLang=hyphenate, embeddedHyphenation=2,
                              uriWasteReduce=0.3, **{"hyphenationMinWordLength": 7, **kw})

    # headings break only long compounds, not a place name like "Ii-salmi"
    heading = dict(keepWithNext=1, allowWidows=0, allowOrphans=0, hyphenationMinWordLength=12)
    return Styles(
        theme=th,
        body=style("body", th.body, spaceAfter=th.body * 0.5),
        small=style("small", th.small),
        muted=style("muted", th.small, color=th.muted),
        h1=style("h1", th.h1, BOLD, th.accent, spaceBefore=0, spaceAfter=th.h1 * 0.45,
                 leading=th.h1 * 1.2, **heading),
        h2=style("h2", th.h2, BOLD, th.accent, spaceBefore=th.h2 * 1.1, spaceAfter=th.h2 * 0.45,
                 leading=th.h2 * 1.2, **heading),
        h3=style("h3", th.h3, BOLD, th.ink, spaceBefore=th.h3 * 0.9, spaceAfter=th.h3 * 0.3,
                 leading=th.h3 * 1.25, **heading),
        title=style("title", th.h1 * 1.45, BOLD, th.accent, leading=th.h1 * 1.7, spaceAfter=th.h1 * 0.5,
                    hyphenationMinWordLength=12),
        quote=style("quote", th.body * 1.2, ITALIC, th.ink, leftIndent=th.body * 2.2,
                    rightIndent=th.body * 2.2, spaceBefore=th.body * 0.3, spaceAfter=th.body * 0.9,
                    leading=th.body * 1.2 * 1.4),
        cell=style("cell", th.body, leading=th.body * 1.25),
        cell_bold=style("cell_bold", th.body, BOLD, leading=th.body * 1.25),
        cell_head=style("cell_head", th.body, BOLD, th.head_fg, leading=th.body * 1.25),
        big=style("big", th.body * 1.35, leading=th.body * 1.35 * 1.3),
    )


@dataclass(frozen=True)
class DocMeta:
    """What the frame of a document says: PDF metadata and the running header and footer."""

    title: str
    language: str
    subject: str = ""
    author: str = ""
    header_left: str = ""
    header_right: str = ""
    footer_left: str = ""
    landscape: bool = False
    outline: bool = False  # bookmarks for the headings, for the long documents


def page_size(options: DocumentOptions, is_landscape: bool = False) -> tuple[float, float]:
    size = A3 if options.page_size == "A3" else A4
    return landscape(size) if is_landscape else size


def _fitted_lines(text: str, font: str, size: float, least: float, first: float,
                  second: float) -> tuple[list[str], float]:
    """A running header/footer text on one line of `first` width, smaller down to `least`,
    else on two lines (the second `second` wide), never cut short."""
    text = printable(text).replace("\n", " ").strip()
    natural = stringWidth(text, font, size)
    size = max(least, min(size, size * first / max(natural, 1)))
    lines: list[str] = []
    for word in text.split():  # greedy: the first line as full as it can be
        room = first if len(lines) <= 1 else second
        if lines and stringWidth(f"{lines[-1]} {word}", font, size) <= room:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    if len(lines) > 2:  # room for two lines: the rest shares the second one
        lines = [lines[0], " ".join(lines[1:])]
    return lines, size


def _draw_lines(canvas: Canvas, lines: list[str], size: float, font: str, x: float, y: float, step: int,
                right: bool = False) -> None:
    """Lines from `y`, each next one down (step -1) or up (step 1)."""
    canvas.setFont(font, size)
    draw = canvas.drawRightString if right else canvas.drawString
    for n, line in enumerate(lines):
        draw(x, y + step * n * size * 1.15, line)


class _NumberedCanvas(Canvas):
    """Keeps every page until the end so each can say 'page N of M'."""

    def __init__(self, *args: Any, draw_number: Callable[[Canvas, int, int], None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._draw_number = draw_number
        self._headings: list[str] = []
        self._copy_starts: set[int] = set()

    def heading(self, title: str) -> None:
        """A bookmark for `title` on this page; written when the page is (a bookmark made now
        would point at the first page, as no page is written before the end)."""
        self._headings.append(title)

    def start_copy(self) -> None:
        """Page numbers count again from this page (one worksheet copy per group)."""
        self._copy_starts.add(len(self._pages))

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._headings = []
        self._startPage()

    def save(self) -> None:
        starts = sorted({0, *self._copy_starts})
        ends = [*starts[1:], len(self._pages)]
        marks = 0
        for index, state in enumerate(self._pages):
            self.__dict__.update(state)
            start, end = next((a, b) for a, b in zip(starts, ends, strict=True) if a <= index < b)
            self._draw_number(self, index - start + 1, end - start)
            for title in state["_headings"]:
                marks += 1
                self.bookmarkPage(f"h{marks}", fit="XYZ")
                self.addOutlineEntry(title, f"h{marks}", level=0)
            super().showPage()
        if marks:
            self.showOutline()
        super().save()


class CopyStart(Flowable):
    """Placed at the start of each copy of a document printed several times over (a
    worksheet per group): each copy's pages are numbered 1 of N on their own."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0.0, 0.0

    def draw(self) -> None:
        start = getattr(self.canv, "start_copy", None)
        if start is not None:
            start()


class _Document(BaseDocTemplate):
    """Marks each first- and second-level heading for the PDF's bookmarks."""

    outline = False
    xmp = ""

    def handle_documentBegin(self) -> None:  # noqa: N802 - reportlab's name
        super().handle_documentBegin()
        if self.xmp:
            from fasilitaattori.documents.xmp import attach_xmp

            attach_xmp(self.canv, self.xmp)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        if self.outline and isinstance(flowable, Paragraph) and flowable.style.name in ("h1", "h2"):
            self.canv.heading(flowable.getPlainText())


def running_size(options: DocumentOptions) -> float:
    """The size of the running header and footer."""
    return max(make_theme(options).small * 0.95, 7.5)


def body_insets(options: DocumentOptions, top_extra: float = 0.0) -> tuple[float, float, float]:
    """The body frame's distance from the page's side, top and bottom edges. The running
    header and footer have room for two lines each: a long one wraps instead of being cut."""
    margin = make_theme(options).margin
    head_size = running_size(options)
    return margin, margin + head_size * 2.75 + top_extra, margin + head_size * 3.3


def render(story: Sequence[Flowable], meta: DocMeta, options: DocumentOptions,
           top_extra: float = 0.0) -> bytes:
    """Lay out `story` and return the PDF bytes."""
    register_fonts()
    th = make_theme(options)
    width, height = page_size(options, meta.landscape)
    head_size = running_size(options)
    margin, top, bottom = body_insets(options, top_extra)
    lang = lang_of(meta.language)
    least = 12.0 if options.large_print else 6.5
    full = width - 2 * margin
    y_foot = margin - head_size * 0.2
    number_w = stringWidth(tr(lang, "page", n=888, total=888), REGULAR, head_size) + head_size * 2
    footer, footer_size = _fitted_lines(meta.footer_left, REGULAR, head_size, least, full - number_w, full)

    def frame_decoration(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(th.muted)
        canvas.setStrokeColor(th.rule)
        canvas.setLineWidth(0.5 if not options.high_contrast else 0.8)
        y_head = height - margin
        if meta.header_left or meta.header_right:
            # the document's name on the right keeps its size; the organisation gets the rest
            right_w = min(full * 0.45, stringWidth(printable(meta.header_right), REGULAR, head_size))
            _draw_lines(canvas, *_fitted_lines(meta.header_right, REGULAR, head_size, least, right_w, right_w),
                        REGULAR, width - margin, y_head, -1, right=True)
            left_w = full - right_w - head_size * 2
            _draw_lines(canvas, *_fitted_lines(meta.header_left, BOLD, head_size, least, left_w, left_w),
                        BOLD, margin, y_head, -1)
            rule = y_head - head_size * 1.75
            canvas.line(margin, rule, width - margin, rule)
        canvas.line(margin, y_foot + head_size * 2.45, width - margin, y_foot + head_size * 2.45)
        _draw_lines(canvas, footer, footer_size, REGULAR, margin, y_foot + (len(footer) - 1) * footer_size * 1.15, -1)
        canvas.restoreState()

    def draw_number(canvas: Canvas, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, head_size)
        canvas.setFillColor(th.muted)
        # on the footer's first line, which leaves the number its room
        canvas.drawRightString(width - margin, y_foot + (len(footer) - 1) * footer_size * 1.15,
                               tr(lang, "page", n=number, total=total))
        canvas.restoreState()

    buffer = io.BytesIO()
    tag = {"fi": "fi-FI", "sv": "sv-FI", "en": "en"}[lang]
    doc = _Document(
        buffer, pagesize=(width, height), leftMargin=margin, rightMargin=margin, topMargin=top,
        bottomMargin=bottom, title=printable(meta.title), author=printable(meta.author),
        subject=printable(meta.subject), creator="Fasilitaattori", producer="Fasilitaattori",
        lang=tag, initialFontName=REGULAR,
        # not reportlab's invariant mode: it dates every file 2000-01-01; tests that need equal
        # bytes set SOURCE_DATE_EPOCH, which reportlab honours
        invariant=0, allowSplitting=1,
    )
    frame = Frame(margin, bottom, width - 2 * margin, height - top - bottom, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.outline = meta.outline
    doc.xmp = xmp_packet(printable(meta.title), tag, printable(meta.author), printable(meta.subject))
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=frame_decoration)])
    doc.build(list(story), canvasmaker=partial(_NumberedCanvas, draw_number=draw_number))
    return buffer.getvalue()
