"""Small charts drawn with reportlab.graphics in the document font (no default Helvetica)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from fasilitaattori.documents.base import Styles
from fasilitaattori.documents.fonts import BOLD, REGULAR, printable
from fasilitaattori.documents.hyphenate import break_points


def new_drawing(width: float, height: float) -> Drawing:
    """A Drawing whose initial graphics state uses the embedded font, not Helvetica."""
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR
    return drawing


def wrap_words(text: str, font: str, size: float, width: float, language: str = "fi") -> list[str]:
    """Greedy line breaking at spaces; a word wider than `width` breaks at its hyphenation
    points (with a hyphen), and stays whole when it has none."""
    lines: list[str] = []
    line = ""
    words = printable(text).replace("\n", " ").split()
    while words:
        word = words.pop(0)
        trial = f"{line} {word}" if line else word
        if stringWidth(trial, font, size) <= width:
            line = trial
            continue
        room = width - (stringWidth(line + " ", font, size) if line else 0)
        cut = next((i for i in break_points(word, language)
                    if stringWidth(word[:i] + "-", font, size) <= room), None)
        if cut is not None:
            lines.append(f"{line} {word[:cut]}-".strip())
            line = ""
            words.insert(0, word[cut:])
        elif line:
            lines.append(line)
            line = ""
            words.insert(0, word)
        else:
            lines.append(word)
    if line:
        lines.append(line)
    return lines


def fit_lines(text: str, font: str, size: float, width: float, language: str = "fi", max_lines: int = 2,
              least: float = 6.0) -> tuple[list[str], float]:
    """A drawn label that fits `width`: wrapped onto up to `max_lines` lines, made smaller
    (down to `least`) when it needs more; at `least` it takes the lines it needs. Never cut."""
    size_now = size
    while True:
        lines = wrap_words(text, font, size_now, width, language)
        fits = all(stringWidth(line, font, size_now) <= width + 0.01 for line in lines)
        if (len(lines) <= max_lines and fits) or size_now <= least:
            return lines, size_now
        size_now = max(least, size_now * 0.92)


def draw_lines(drawing: Drawing, lines: Sequence[str], x: float, y_top: float, size: float, font: str,
               color: object, anchor: str = "start", leading: float = 1.2) -> None:
    """Lines of a label with the first line's top at `y_top`."""
    for n, line in enumerate(lines):
        drawing.add(String(x, y_top - size * 0.8 - n * size * leading, line, fontName=font, fontSize=size,
                           fillColor=color, textAnchor=anchor))


def hbar_chart(items: Sequence[tuple[str, int]], width: float, styles: Styles,
               other_label: str, max_items: int = 12, language: str = "fi",
               max_height: float | None = None) -> Drawing:
    """Horizontal bars, biggest first; beyond `max_items` the rest are summed as `other_label`.
    Labels take the room they need up to 40 % of the width and wrap onto two lines (three
    at the least size) rather than being cut. Taller than `max_height`, it shows fewer bars."""
    drawing = _hbar(items, width, styles, other_label, max_items, language)
    while max_height and drawing.height > max_height and max_items > 3:
        max_items -= 1
        drawing = _hbar(items, width, styles, other_label, max_items, language)
    return drawing


def share_bars(items: Sequence[tuple[str, int]], total: int, width: float, styles: Styles, other_label: str,
               max_items: int = 12, language: str = "fi", max_height: float | None = None) -> Drawing:
    """Horizontal bars in the order given (yes, no, don't know; a question's options), each with
    its count and its share of `total` ("312 (41 %)"): for a multi-select question the shares
    are of the respondents and add up to more than 100 %. Beyond `max_items` the rest are
    summed as `other_label`; taller than `max_height`, it shows fewer bars."""

    def value(count: int) -> str:
        if total <= 0:
            return str(count)
        share = round(count / total * 100)
        return f"{count} ({share}%)" if language == "en" else f"{count} ({share}\u00a0%)"

    drawing = _hbar(items, width, styles, other_label, max_items, language, value, "0000 (100 %)", total)
    while max_height and drawing.height > max_height and max_items > 3:
        max_items -= 1
        drawing = _hbar(items, width, styles, other_label, max_items, language, value, "0000 (100 %)", total)
    return drawing


def _hbar(items: Sequence[tuple[str, int]], width: float, styles: Styles, other_label: str, max_items: int,
          language: str, value: Callable[[int], str] = str, widest: str = "0000", whole: int = 0) -> Drawing:
    """`whole`: the count a full bar stands for (else the largest count)."""
    th = styles.theme
    rows = list(items)
    if len(rows) > max_items:
        rest = sum(c for _, c in rows[max_items - 1:])
        rows = [*rows[: max_items - 1], (other_label, rest)]
    size = th.small
    gap = size * 0.6
    natural = max((stringWidth(printable(lbl), REGULAR, size) for lbl, _ in rows), default=0)
    text_w = min(width * 0.4 - gap, natural + 1)
    label_w = text_w + gap
    fitted = [fit_lines(lbl, REGULAR, size, text_w, language, 2, max(th.min_text, size * 0.8)) for lbl, _ in rows]
    value_w = stringWidth(widest, BOLD, size)
    bar_area = width - label_w - value_w - 6
    top = max(whole, *(c for _, c in rows), 1)
    pitches = [max(size * 2.1, len(lines) * fs * 1.2 + size * 0.9) for lines, fs in fitted]
    height = sum(pitches) + 4
    drawing = new_drawing(width, height)
    y_top = height
    for (_label, count), (lines, fs), pitch in zip(rows, fitted, pitches, strict=True):
        bar_h = size * 1.3
        y = y_top - pitch / 2 - bar_h / 2
        block = len(lines) * fs * 1.2
        draw_lines(drawing, lines, text_w, y_top - (pitch - block) / 2, fs, REGULAR, th.ink, anchor="end")
        drawing.add(Rect(label_w, y, bar_area, bar_h, fillColor=th.zebra, strokeColor=None))
        bar_w = bar_area * count / top
        drawing.add(Rect(label_w, y, bar_w, bar_h, fillColor=th.accent,
                         strokeColor=th.ink if th.zebra == th.accent_light else None, strokeWidth=0.5))
        # Against a whole, the figures stand in a column after the track, clear of the bars.
        value_x = label_w + (bar_area if whole else bar_w) + 4
        drawing.add(String(value_x, y + bar_h * 0.5 - size * 0.35, value(count), fontName=BOLD,
                           fontSize=size, fillColor=th.ink))
        y_top -= pitch
    return drawing


def distribution_chart(distribution: Sequence[tuple[int, int]], labels: Sequence[str], width: float,
                       styles: Styles, language: str = "fi") -> Drawing:
    """Vertical bars per scale point with the count above each bar and the point (and its
    label, when there is one per point, or the two end labels) below, wrapped, never cut."""
    th = styles.theme
    size = th.small
    lsize = max(th.min_text, size * 0.9)
    least = max(th.min_text, lsize * 0.8)
    n_points = max(1, len(distribution))
    chart_w = min(width, n_points * size * 9.5)
    slot = chart_w / n_points
    per_point = bool(labels) and len(labels) == n_points
    ends = bool(labels) and len(labels) == 2 and n_points > 2
    if per_point:
        fitted = [fit_lines(lbl, REGULAR, lsize, slot - 4, language, 2, least) for lbl in labels]
    elif ends:
        fitted = [fit_lines(lbl, REGULAR, lsize, chart_w / 2 - 6, language, 2, least) for lbl in labels]
    else:
        fitted = []
    label_h = max((len(lines) * fs * 1.2 for lines, fs in fitted), default=0.0)
    bar_h_max = size * 7
    base_y = label_h + size * 2.0
    height = base_y + bar_h_max + size * 1.8
    drawing = new_drawing(width, height)
    top = max((c for _, c in distribution), default=0) or 1
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
        if per_point:
            lines, fs = fitted[i]
            draw_lines(drawing, lines, x + slot * 0.3, label_h, fs, REGULAR, th.muted, anchor="middle")
    if ends:
        for (lines, fs), x, anchor in zip(fitted, (0.0, chart_w), ("start", "end"), strict=True):
            draw_lines(drawing, lines, x, label_h, fs, REGULAR, th.muted, anchor=anchor)
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
