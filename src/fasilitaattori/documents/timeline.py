"""The day as a timeline to pin on the wall: landscape, time from left to right, one lane per
parallel track, each block a coloured box as wide as it lasts.

A box holds its title, who leads it and where, when they fit whole (never a word cut or
squeezed); a box too small for them holds its number, and the list under the strip says it
all. A long day runs on in strips of a few hours, each on the same scale.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import time

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph

from fasilitaattori.documents.base import (
    DEFAULT_OPTIONS,
    DocumentOptions,
    Styles,
    body_insets,
    make_styles,
    page_size,
    render,
)
from fasilitaattori.documents.blocks import empty_line, markup, para, spacer
from fasilitaattori.documents.common import title_block, workshop_meta
from fasilitaattori.documents.fonts import BOLD, REGULAR, printable
from fasilitaattori.documents.i18n import category_name, format_date, format_time, tr
from fasilitaattori.documents.model import TimelineBox, TimelineDay, WorkshopFacts

# Light fills that black text stays readable on; the category is written in the list too.
FILLS = {"intro": "#CFDDEB", "exercise": "#D3E8CF", "discussion": "#D2EAE8", "presentation": "#E6D6E2",
         "break": "#E4E4E4", "closing": "#F8DDC2", "feedback": "#F6EDC0"}


def _fill(box: TimelineBox) -> colors.Color:
    """The shipped category's fill, or an own colour mixed two parts to one with white so black
    text stays readable on it."""
    if not box.colour:
        return colors.HexColor(FILLS.get(box.category, "#E4E4E4"))
    own = colors.HexColor(box.colour)
    return colors.Color(*(1 - (1 - c) / 3 for c in (own.red, own.green, own.blue)))


@dataclass(frozen=True)
class _Label:
    lines: tuple[tuple[str, str], ...]  # (font, text) from the top
    size: float


def build_timeline(workshop: WorkshopFacts, days: Sequence[TimelineDay],
                   options: DocumentOptions = DEFAULT_OPTIONS) -> bytes:
    lang = workshop.language
    styles = make_styles(options, lang)
    th = styles.theme
    width = page_size(options, True)[0] - 2 * th.margin
    # Minutes a strip shows: a day up to `whole` long fits on one strip, a longer one is cut.
    span, whole = (240, 360) if options.large_print else (300, 480)
    story: list[Flowable] = title_block(workshop, "timeline", styles, options)
    if not any(d.boxes for d in days):
        story.append(empty_line(tr(lang, "no_agenda"), styles))
    number = 0
    for n, day in enumerate(d for d in days if d.boxes):
        if n:
            story.append(PageBreak())
        head: list[Flowable] = []  # the day's heading, kept with its first strip
        if len(days) > 1:
            heading = " · ".join(p for p in (tr(lang, "day_n", n=day.number), format_date(lang, day.date)) if p)
            head.append(para(heading, styles.h2))
        length = max(b.end_min for b in day.boxes) - min(b.start_min for b in day.boxes)
        for window in _windows(day, whole if length <= whole else span):
            strip = _Strip(day, window, width, max(span if length > whole else length, window[1] - window[0]),
                           styles, options, number, lang)
            number += len(strip.numbered)
            legend = [Paragraph(line, styles.small) for line in _legend(lang, strip, day, window)]
            # The strip with the start of its list; a long list runs on to the next page.
            story.append(KeepTogether([*head, strip, spacer(styles, 0.3), *legend[:3]]))
            story += legend[3:]
            head = []
            story.append(spacer(styles, 0.8))
    return render(story, workshop_meta(workshop, "timeline", landscape=True), options)


def _windows(day: TimelineDay, span: int) -> list[tuple[int, int]]:
    """Strips of at most `span` minutes, cut between blocks (a longer block has its own)."""
    slots = sorted({(b.start_min, b.end_min) for b in (*day.boxes, *day.rounds) if b.lane < 0 or b in day.rounds})
    if not slots:
        slots = sorted({(b.start_min, b.end_min) for b in day.boxes})
    windows: list[tuple[int, int]] = []
    begin, end = slots[0][0], slots[0][1]
    for start, stop in slots[1:]:
        if max(end, stop) - begin > span and start > begin:
            windows.append((begin, end))
            begin, end = start, stop
        else:
            end = max(end, stop)
    windows.append((begin, max(end, begin + 1)))
    return windows


class _Strip(Flowable):
    def __init__(self, day: TimelineDay, window: tuple[int, int], width: float, span: int, styles: Styles,
                 options: DocumentOptions, first_number: int, lang: str) -> None:
        super().__init__()
        th = styles.theme
        self._lang = lang
        self.day, self.window, self.styles, self.options = day, window, styles, options
        self.width = width
        self.scale = width / span
        self.size = th.small
        self.axis_h = th.small * 2.6  # hour labels well above the boxes: never read as their first line
        lines = 4.6 if day.lanes == 1 else 3.6
        # A strip fits on a page under the day's heading, with as many tracks as there are.
        _side, top, bottom = body_insets(options)
        room = (page_size(options, True)[1] - top - bottom) * 0.4 - self.axis_h
        self.lane_h = max(th.small * 2.2, min(th.small * 1.25 * lines + th.small, room / day.lanes))
        self.height = self.axis_h + self.lane_h * day.lanes
        self.boxes = [b for b in day.boxes if window[0] <= b.start_min < window[1] or
                      (b.start_min == b.end_min == window[1])]
        self.labels: dict[int, _Label | None] = {}
        self.numbered: list[TimelineBox] = []
        for i, box in enumerate(self.boxes):
            label = self._fit(box)
            if label is None:
                self.numbered.append(box)
            self.labels[i] = label
        self.numbers = {id(b): first_number + k + 1 for k, b in enumerate(self.numbered)}

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def _rect(self, box: TimelineBox) -> tuple[float, float, float, float]:
        x = (box.start_min - self.window[0]) * self.scale
        w = max(0.0, (min(box.end_min, self.window[0] + self.width / self.scale) - box.start_min) * self.scale)
        if box.lane < 0:
            return x, 0.0, w, self.lane_h * self.day.lanes
        y = self.lane_h * (self.day.lanes - 1 - box.lane)
        return x, y, w, self.lane_h

    def _fit(self, box: TimelineBox) -> _Label | None:
        """The box's words in lines that fit it whole, or None."""
        _x, _y, w, h = self._rect(box)
        pad = self.size * 0.4
        room_w, room_h = w - 2 * pad, h - 2 * pad
        leading = self.size * 1.25
        when = f"{format_time(self._lang, _t(box.start_min))}–{format_time(self._lang, _t(box.end_min))}"
        if box.pinned:
            when += f" ({tr(self._lang, 'fixed_time')})"
        parts = [(BOLD, box.title), (REGULAR, ", ".join(p for p in (box.leader, box.room) if p)), (REGULAR, when)]
        lines: list[tuple[str, str]] = []
        for font, text in parts:
            wrapped = _wrap(printable(text), font, self.size, room_w)
            if wrapped is None:
                return None
            lines += [(font, line) for line in wrapped]
        if len(lines) * leading > room_h:
            return None
        return _Label(tuple(lines), self.size)

    def draw(self) -> None:
        c = self.canv
        th = self.styles.theme
        hc = self.options.high_contrast
        top = self.height - self.axis_h
        # Hour lines and labels along the top.
        c.setLineWidth(th.line_width * 0.5)
        c.setStrokeColor(th.rule)
        first_hour = -(-self.window[0] // 60) * 60
        end = self.window[1]
        c.setFont(REGULAR, self.size)
        c.setFillColor(th.muted)
        for minute in range(first_hour, int(end) + 1, 60):
            x = (minute - self.window[0]) * self.scale
            c.line(x, 0, x, top + self.axis_h * 0.25)
            label = format_time(self._lang, _t(minute))
            lw = stringWidth(label, REGULAR, self.size)
            c.drawString(min(max(0.0, x - lw / 2), self.width - lw), top + self.axis_h * 0.45, label)
        for i, box in enumerate(self.boxes):
            x, y, w, h = self._rect(box)
            fill = colors.white if hc else _fill(box)
            c.setFillColor(fill)
            c.setStrokeColor(th.ink if hc else th.accent)
            c.setLineWidth(th.line_width * (2.0 if box.pinned else 1.0))
            c.rect(x + 1, y + 1, max(w - 2, 0.5), h - 2, stroke=1, fill=1)
            c.setFillColor(th.ink)
            pad = self.size * 0.4
            fitted = self.labels[i]
            if fitted is not None:
                yy = y + h - pad - self.size
                for font, text in fitted.lines:
                    c.setFont(font, fitted.size)
                    c.drawString(x + pad, yy, text)
                    yy -= fitted.size * 1.25
            else:
                text = str(self.numbers[id(box)])
                if stringWidth(text, BOLD, self.size) <= w - 2 * pad and self.size <= h - 2 * pad:
                    c.setFont(BOLD, self.size)
                    c.drawString(x + pad, y + h - pad - self.size, text)


def _legend(lang: str, strip: _Strip, day: TimelineDay, window: tuple[int, int]) -> list[str]:
    out = []
    for r in day.rounds:
        if window[0] <= r.start_min < window[1]:
            names = ", ".join(b.title for b in day.boxes if b.lane >= 0 and b.start_min == r.start_min)
            out.append(markup(f"{_when(lang, r)} {r.title} ({tr(lang, 'in_parallel', names=names)})"))
    for box in strip.numbered:
        extra = ", ".join(p for p in (category_name(lang, box.category), box.leader, box.room) if p)
        fixed = f" ({tr(lang, 'fixed_time')})" if box.pinned else ""
        out.append(f"<b>{strip.numbers[id(box)]}</b> "
                   + markup(f"{_when(lang, box)}{fixed} {box.title}" + (f" – {extra}" if extra else "")))
    return out


def _when(lang: str, box: TimelineBox) -> str:
    return f"{format_time(lang, _t(box.start_min))}–{format_time(lang, _t(box.end_min))}"


def _t(minute: int) -> time:
    minute %= 24 * 60
    return time(minute // 60, minute % 60)


def _wrap(text: str, font: str, size: float, width: float) -> list[str] | None:
    """Greedy lines of whole words, or None when a word is wider than `width`."""
    lines: list[str] = []
    for word in text.split():
        if stringWidth(word, font, size) > width:
            return None
        if lines and stringWidth(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines
