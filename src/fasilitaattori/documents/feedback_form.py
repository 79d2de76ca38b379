"""The paper feedback form: scale questions with numbers and drawn faces, yes/no boxes and
free-text boxes. Large print makes every part bigger, boxes included."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, PolyLine, Rect, String
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from fasilitaattori.documents.base import (
    DEFAULT_OPTIONS,
    DocumentOptions,
    Styles,
    make_styles,
    page_size,
    render,
)
from fasilitaattori.documents.blocks import empty_line, markup, para, spacer
from fasilitaattori.documents.charts import draw_lines, fit_lines, new_drawing
from fasilitaattori.documents.common import title_block, workshop_meta
from fasilitaattori.documents.fonts import BOLD, REGULAR, printable
from fasilitaattori.documents.i18n import tr
from fasilitaattori.documents.model import FeedbackQuestion, WorkshopFacts
from fasilitaattori.documents.widgets import LabelledBoxes, writing_line

BOX = 6 * mm  # a tick box a shaky hand can hit
ANCHOR = 11.0  # instructions and scale anchors a participant reads without glasses


def face(drawing: Drawing, cx: float, cy: float, r: float, mood: float, styles: Styles) -> None:
    """A simple face: mood -1 is sad, 0 neutral, 1 happy."""
    th = styles.theme
    fill = th.accent_light
    drawing.add(Circle(cx, cy, r, fillColor=fill, strokeColor=th.ink, strokeWidth=max(0.8, r * 0.07)))
    for side in (-1, 1):
        drawing.add(Circle(cx + side * r * 0.35, cy + r * 0.25, r * 0.1, fillColor=th.ink, strokeColor=None))
    points: list[float] = []
    depth = r * 0.22 * mood
    for i in range(13):
        t = -1 + i / 6
        points += [cx + t * r * 0.5, cy - r * 0.38 + depth * (t * t - 0.5)]
    drawing.add(PolyLine(points, strokeColor=th.ink, strokeWidth=max(0.9, r * 0.08), strokeLineCap=1))


def _scale(question: FeedbackQuestion, styles: Styles, width: float, language: str, compact: bool) -> Drawing:
    th = styles.theme
    points = question.points or (1,)
    n = len(points)
    slot = min(width / n, th.body * 7.5)
    r = min(slot * 0.3, th.body * (0.85 if compact else 1.5))
    box = max(BOX, th.body * 1.3)
    label_size = max(ANCHOR, th.small)
    per_point = len(question.scale_labels) == n
    ends = len(question.scale_labels) == 2 and not per_point
    least = max(th.min_text, ANCHOR)
    # compact: the two end anchors beside the row of boxes ("ei lainkaan □ … □ erittäin")
    anchors = [stringWidth(printable(lbl), REGULAR, label_size) + th.body for lbl in question.scale_labels]
    x0 = 0.0
    if compact and ends and n * th.body * 5.5 + sum(anchors) <= width:
        slot = min(slot, th.body * 5.5)
        x0 = anchors[0]
    if per_point:
        fitted = [fit_lines(lbl, REGULAR, label_size, slot - 4, language, 2, least) for lbl in question.scale_labels]
    elif x0:
        fitted = []
    elif ends:
        fitted = [fit_lines(lbl, REGULAR, label_size, slot * n / 2 - r - 6, language, 2, least)
                  for lbl in question.scale_labels]
    else:
        fitted = []
    label_h = max((len(lines) * fs * 1.2 for lines, fs in fitted), default=0.0)
    height = r * 2 + box + th.body * 1.9 + label_h + (th.body * 0.3 if label_h else 0)
    drawing = new_drawing(width, height)
    top = height
    for i, point in enumerate(points):
        cx = x0 + slot * (i + 0.5)
        mood = -1 + 2 * i / (n - 1) if n > 1 else 0.0
        face(drawing, cx, top - r - 1, r, mood, styles)
        by = top - 2 * r - th.body * (0.3 if compact else 0.5) - box
        drawing.add(Rect(cx - box / 2, by, box, box, fillColor=None, strokeColor=th.ink,
                         strokeWidth=max(1.0, th.line_width)))
        drawing.add(String(cx, by - th.body * 1.2, str(point), fontName=BOLD, fontSize=th.body,
                           fillColor=th.ink, textAnchor="middle"))
        if per_point:
            lines, fs = fitted[i]
            draw_lines(drawing, lines, cx, label_h, fs, REGULAR, th.ink, anchor="middle")
    if x0:
        by = top - 2 * r - th.body * 0.3 - box / 2 - label_size * 0.35
        drawing.add(String(x0 - th.body * 0.5, by, printable(question.scale_labels[0]), fontName=REGULAR,
                           fontSize=label_size, fillColor=th.ink, textAnchor="end"))
        drawing.add(String(x0 + n * slot + th.body * 0.5, by, printable(question.scale_labels[1]),
                           fontName=REGULAR, fontSize=label_size, fillColor=th.ink))
    elif ends:
        for (lines, fs), x, anchor in zip(fitted, (slot * 0.5 - r, slot * (n - 0.5) + r), ("start", "end"),
                                          strict=True):
            draw_lines(drawing, lines, x, label_h, fs, REGULAR, th.ink, anchor=anchor)
    return drawing


class _WritingBox(Flowable):
    def __init__(self, lines: int, styles: Styles, gap: float = 2.5) -> None:
        super().__init__()
        self.lines = lines
        self.th = styles.theme
        self.gap = self.th.body * gap

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = availWidth, self.lines * self.gap + self.th.body * 0.6
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(self.th.ink)
        c.setLineWidth(max(0.8, self.th.line_width))
        c.roundRect(0, 0, self.width, self.height, self.th.body * 0.4)
        writing_line(c, self.th)
        for i in range(1, self.lines):
            y = self.height - i * self.gap - self.th.body * 0.3
            c.line(self.th.body * 0.6, y, self.width - self.th.body * 0.6, y)


def build_feedback_form(workshop: WorkshopFacts, questions: Sequence[FeedbackQuestion],
                        options: DocumentOptions = DEFAULT_OPTIONS, text_lines: int = 4) -> bytes:
    """The form on one sheet when it can be (up to eight questions in normal print): when the
    roomy layout takes more pages, a compact one (smaller faces, fewer writing lines) is used."""
    pdf = _build(workshop, questions, options, text_lines, compact=False)
    if len(questions) <= 8 and _pages(pdf) > 1:
        # large print too: three questions spilled the last one and the thanks onto a second sheet
        lines = min(text_lines, 3 if options.large_print else 2)
        compact = _build(workshop, questions, options, lines, compact=True)
        if options.large_print is False or _pages(compact) < _pages(pdf):
            pdf = compact
    return pdf


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b(?!s)", pdf))


def _build(workshop: WorkshopFacts, questions: Sequence[FeedbackQuestion], options: DocumentOptions,
           text_lines: int, compact: bool) -> bytes:
    lang = workshop.language
    styles = make_styles(options, lang)
    th = styles.theme
    width = page_size(options)[0] - 2 * th.margin
    story: list[Flowable] = title_block(workshop, "feedback_form", styles, options)
    story += [spacer(styles, 0.3), para(tr(lang, "feedback_intro"), styles.big), spacer(styles, 0.3)]
    if not questions:
        story.append(empty_line(tr(lang, "no_questions"), styles))
    gap = 0.5 if compact else 1.2
    prompt_style = ParagraphStyle("prompt", parent=styles.h3, leftIndent=th.h3 * 1.8, firstLineIndent=-th.h3 * 1.8,
                                  spaceBefore=th.h3 * gap, spaceAfter=th.body * 0.4)
    hint_size = max(ANCHOR, th.small)
    hint = ParagraphStyle("hint", parent=styles.body, fontSize=hint_size, leading=hint_size * 1.3,
                          leftIndent=th.h3 * 1.8, spaceAfter=th.body * 0.3)
    hinted = False
    for number, question in enumerate(questions, start=1):
        block: list[Flowable] = [Paragraph(f"{number}.\u00a0\u00a0{markup(question.prompt)}", prompt_style)]
        if question.kind == "scale":
            scale = _scale(question, styles, width - th.h3 * 1.8, lang, compact)
            scale.hAlign = "RIGHT"
            if not (compact and hinted):  # the compact form says it once
                block.append(para(tr(lang, "mark_one"), hint))
            hinted = True
            block.append(scale)
        elif question.kind == "yesno":
            block.append(LabelledBoxes((tr(lang, "yes"), tr(lang, "no")), max(BOX, th.body * 1.3), th.body, th,
                                       indent=th.h3 * 1.8))
        else:
            block.append(_WritingBox(max(1, text_lines), styles, 2.2 if compact else 2.5))
        story.append(KeepTogether(block))
    story += [spacer(styles, gap), para(tr(lang, "thanks"), styles.h3 if compact else styles.h2)]
    return render(story, workshop_meta(workshop, "feedback_form"), options)
