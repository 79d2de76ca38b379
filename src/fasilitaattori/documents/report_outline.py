"""The editable reports (DOCX, ODT) as an ordered outline: headings, paragraphs, lists, tables
and figures, built once from the same collected model as the PDFs and written by two small
writers (docx_report.py, odt_report.py). What goes into a report is decided here, once.

Headings start at level 1 and never skip a level; every figure carries an alternative text
(a chart's states its figures); every table has a header row.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from fasilitaattori.documents.base import DEFAULT_OPTIONS, make_styles
from fasilitaattori.documents.chart_png import drawing_png
from fasilitaattori.documents.charts import distribution_chart, hbar_chart, line_chart
from fasilitaattori.documents.i18n import format_decimal, plural, tr
from fasilitaattori.documents.images import ImagePreparer
from fasilitaattori.documents.model import Language

# The text width of an A4 page with 2 cm margins, in points: charts are drawn to it.
TEXT_WIDTH = 482.0
ParaStyle = Literal["body", "lead", "muted", "quote", "kicker"]


@dataclass(frozen=True)
class Heading:
    text: str
    level: int  # 1, 2 or 3


@dataclass(frozen=True)
class Para:
    text: str
    style: ParaStyle = "body"
    label: str = ""  # a bold lead-in ("Venue: ")


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class TableBlock:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[int, ...] = ()  # columns aligned right
    widths: tuple[float, ...] = ()  # relative column widths; equal when empty


@dataclass(frozen=True)
class Figure:
    """A chart (PNG bytes) or a photo (a prepared file), `width` and `height` in points."""

    alt: str
    width: float
    height: float
    png: bytes = b""
    path: Path | None = None
    caption: str = ""


Block = Heading | Para | Bullets | TableBlock | Figure


@dataclass(frozen=True)
class Logo:
    path: Path
    width: float
    height: float
    alt: str


def clean(text: str) -> str:
    """Text an XML document can hold: control characters (a paste from a terminal, a scanner's
    output) and non-characters are dropped; line breaks and tabs stay."""
    return "".join(c for c in text if c in "\n\t" or (unicodedata.category(c) not in ("Cc", "Cs")
                                                       and c not in "\ufffe\uffff"))


def _cleaned(block: Block) -> Block:
    if isinstance(block, Heading):
        return replace(block, text=clean(block.text))
    if isinstance(block, Para):
        return replace(block, text=clean(block.text), label=clean(block.label))
    if isinstance(block, Bullets):
        return Bullets(tuple(clean(item) for item in block.items))
    if isinstance(block, TableBlock):
        return replace(block, header=tuple(clean(h) for h in block.header),
                       rows=tuple(tuple(clean(c) for c in row) for row in block.rows))
    return replace(block, alt=clean(block.alt), caption=clean(block.caption))


@dataclass
class Outline:
    title: str  # the document's title (core properties, dc:title)
    language: Language
    subject: str
    author: str = ""
    header: str = ""  # the organisation's name on every page
    logo: Logo | None = None
    blocks: list[Block] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.title, self.author, self.header = clean(self.title), clean(self.author), clean(self.header)

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(_cleaned(block) for block in blocks)


def logo_of(path: Path | None, name: str, language: Language, images: ImagePreparer) -> Logo | None:
    prepared = images.file(path, 150.0, 40.0)
    if prepared is None:
        return None
    source, width, height = prepared
    return Logo(source, width, height, tr(language, "alt.logo", name=name) if name else "Logo")


def chart(drawing: object, alt: str) -> Figure:
    from reportlab.graphics.shapes import Drawing

    assert isinstance(drawing, Drawing)
    return Figure(alt=alt, width=float(drawing.width), height=float(drawing.height), png=drawing_png(drawing))


def bar_figure(language: Language, title: str, rows: Sequence[tuple[str, int]], other: str) -> Figure:
    styles = make_styles(DEFAULT_OPTIONS, language)
    items = "; ".join(f"{label} {count}" for label, count in rows)
    return chart(hbar_chart(rows, TEXT_WIDTH, styles, other, language=language, max_height=TEXT_WIDTH * 0.9),
                 tr(language, "alt.bars", title=title, items=items))


def scale_figure(language: Language, distribution: Sequence[tuple[int, int]], labels: Sequence[str],
                 low: int, high: int) -> Figure:
    styles = make_styles(DEFAULT_OPTIONS, language)
    per_point = len(labels) == len(distribution)
    items = "; ".join(f"{point}{f' ({labels[i]})' if per_point and labels[i] else ''}: "
                      f"{plural(language, count, 'response')}" for i, (point, count) in enumerate(distribution))
    drawing = distribution_chart(distribution, labels, TEXT_WIDTH, styles, language)
    return chart(drawing, tr(language, "alt.scale", low=low, high=high, items=items))


def line_figure(language: Language, title: str, values: Sequence[float | None], high: float,
                labels: Sequence[str]) -> Figure:
    """The mean score per workshop; the alternative text names each numbered point."""
    styles = make_styles(DEFAULT_OPTIONS, language)
    items = "; ".join(f"{i}. {label}: {format_decimal(language, v) if v is not None else tr(language, 'no_score')}"
                      for i, (label, v) in enumerate(zip(labels, values, strict=True), start=1))
    drawing = line_chart(values, 1.0, high, TEXT_WIDTH, styles, decimal="." if language == "en" else ",")
    return chart(drawing, tr(language, "alt.line", title=title, items=items))
