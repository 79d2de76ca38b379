"""Small charts drawn with reportlab.graphics in the document font (no default Helvetica)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from fasilitaattori.documents.base import Styles
from fasilitaattori.documents.fonts import BOLD, REGULAR, printable


def new_drawing(width: float, height: float) -> Drawing:
    """A Drawing whose initial graphics state uses the embedded font, not Helvetica."""
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR
    return drawing


def shorten(text: str, font: str, size: float, width: float) -> str:
    text = printable(text).replace("\n", " ").strip()
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def hbar_chart(items: Sequence[tuple[str, int]], width: float, styles: Styles,
               other_label: str, max_items: int = 12) -> Drawing:
    """Horizontal bars, biggest first; beyond `max_items` the rest are summed as `other_label`."""
    th = styles.theme
    rows = list(items)
    if len(rows) > max_items:
        rest = sum(c for _, c in rows[max_items - 1:])
        rows = [*rows[: max_items - 1], (other_label, rest)]
    size = th.small
    pitch = size * 2.1
    label_w = min(width * 0.38, max((stringWidth(printable(lbl), REGULAR, size) for lbl, _ in rows), default=0) + 8)
    value_w = stringWidth("0000", BOLD, size)
    bar_area = width - label_w - value_w - 6
    top = max((c for _, c in rows), default=0) or 1
    height = pitch * len(rows) + 4
    drawing = new_drawing(width, height)
    for i, (label, count) in enumerate(rows):
        y = height - (i + 1) * pitch + pitch * 0.25
        bar_h = pitch * 0.62
        drawing.add(String(label_w - 8, y + bar_h * 0.3, shorten(label, REGULAR, size, label_w - 10),
                           fontName=REGULAR, fontSize=size, fillColor=th.ink, textAnchor="end"))
        drawing.add(Rect(label_w, y, bar_area, bar_h, fillColor=th.zebra, strokeColor=None))
        bar_w = bar_area * count / top
        drawing.add(Rect(label_w, y, bar_w, bar_h, fillColor=th.accent,
                         strokeColor=th.ink if th.zebra == th.accent_light else None, strokeWidth=0.5))
        drawing.add(String(label_w + bar_w + 4, y + bar_h * 0.3, str(count), fontName=BOLD,
                           fontSize=size, fillColor=th.ink))
    return drawing


def distribution_chart(distribution: Sequence[tuple[int, int]], labels: Sequence[str], width: float,
                       styles: Styles) -> Drawing:
    """Vertical bars per scale point with the count above each bar and the point (and its
    label, when there is one per point) below."""
    th = styles.theme
    size = th.small
    n_points = max(1, len(distribution))
    chart_w = min(width, n_points * size * 9.5)
    bar_h_max = size * 7
    label_rows = 2 if labels and (len(labels) == n_points or len(labels) == 2) else 1
    base_y = size * (1.6 * label_rows + 0.4)
    height = base_y + bar_h_max + size * 1.8
    drawing = new_drawing(width, height)
    top = max((c for _, c in distribution), default=0) or 1
    slot = chart_w / n_points
    drawing.add(Line(0, base_y, chart_w, base_y, strokeColor=th.ink, strokeWidth=0.6))
    for i, (point, count) in enumerate(distribution):
        x = i * slot + slot * 0.2
        h = bar_h_max * count / top
        if count:
            drawing.add(Rect(x, base_y, slot * 0.6, h, fillColor=th.accent, strokeColor=None))
        drawing.add(String(x + slot * 0.3, base_y + h + size * 0.4, str(count), fontName=BOLD,
                           fontSize=size, fillColor=th.ink, textAnchor="middle"))
        drawing.add(String(x + slot * 0.3, base_y - size * 1.3, str(point), fontName=BOLD,
                           fontSize=size, fillColor=th.ink, textAnchor="middle"))
        if labels and len(labels) == n_points:
            drawing.add(String(x + slot * 0.3, base_y - size * 2.7,
                               shorten(labels[i], REGULAR, size * 0.9, slot - 4), fontName=REGULAR,
                               fontSize=size * 0.9, fillColor=th.muted, textAnchor="middle"))
    if labels and len(labels) == 2 and n_points > 2:
        drawing.add(String(0, 0, shorten(labels[0], REGULAR, size * 0.9, chart_w / 2 - 4),
                           fontName=REGULAR, fontSize=size * 0.9, fillColor=th.muted))
        drawing.add(String(chart_w, 0, shorten(labels[1], REGULAR, size * 0.9, chart_w / 2 - 4),
                           fontName=REGULAR, fontSize=size * 0.9, fillColor=th.muted, textAnchor="end"))
    return drawing


def line_chart(values: Sequence[float | None], low: float, high: float, width: float, styles: Styles,
               decimal: str = ",") -> Drawing:
    """Mean score per workshop (x = workshop number), gaps where a workshop had no score."""
    th = styles.theme
    size = th.small
    left, bottom = size * 3, size * 2.2
    plot_h = size * 14
    height = bottom + plot_h + size
    plot_w = width - left - size
    drawing = new_drawing(width, height)
    span = (high - low) or 1
    steps = int(round(high - low))
    for k in range(steps + 1):
        v = low + k
        y = bottom + plot_h * (v - low) / span
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=th.rule, strokeWidth=0.4))
        drawing.add(String(left - 5, y - size * 0.35, f"{v:g}".replace(".", decimal), fontName=REGULAR,
                           fontSize=size, fillColor=th.muted, textAnchor="end"))
    count = max(1, len(values))
    step = plot_w / count
    every = max(1, int(round(count / 20)))
    segment: list[float] = []
    for i, value in enumerate(values):
        x = left + step * (i + 0.5)
        if (i + 1) % every == 0 or i == 0 or count <= 20:
            drawing.add(String(x, bottom - size * 1.4, str(i + 1), fontName=REGULAR, fontSize=size,
                               fillColor=th.muted, textAnchor="middle"))
        if value is None:
            if len(segment) >= 4:
                drawing.add(PolyLine(segment, strokeColor=th.accent, strokeWidth=1.4))
            segment = []
            continue
        y = bottom + plot_h * (min(max(value, low), high) - low) / span
        segment += [x, y]
    if len(segment) >= 4:
        drawing.add(PolyLine(segment, strokeColor=th.accent, strokeWidth=1.4))
    radius = max(1.2, min(3.0, step * 0.25))
    for i, value in enumerate(values):
        if value is not None:
            x = left + step * (i + 0.5)
            y = bottom + plot_h * (min(max(value, low), high) - low) / span
            drawing.add(Circle(x, y, radius, fillColor=th.accent, strokeColor=None))
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=th.ink, strokeWidth=0.6))
    return drawing
