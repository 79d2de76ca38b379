"""The paper feedback form: scale questions with numbers and drawn faces, yes/no boxes and
free-text boxes. Large print makes every part bigger, boxes included."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, PolyLine, Rect, String
from reportlab.lib.styles import ParagraphStyle
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
from fasilitaattori.documents.charts import new_drawing, shorten
from fasilitaattori.documents.common import title_block, workshop_meta
from fasilitaattori.documents.fonts import BOLD, REGULAR
from fasilitaattori.documents.i18n import tr
from fasilitaattori.documents.model import FeedbackQuestion, WorkshopFacts
from fasilitaattori.documents.widgets import LabelledBoxes


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


def _scale(question: FeedbackQuestion, styles: Styles, width: float) -> Drawing:
    th = styles.theme
    points = question.points or (1,)
    n = len(points)
    slot = min(width / n, th.body * 7.5)
    r = min(slot * 0.3, th.body * 1.5)
    box = th.body * 1.3
    label_size = th.small
    per_point = len(question.scale_labels) == n
    ends = len(question.scale_labels) == 2 and not per_point
    height = r * 2 + box + th.body * 1.9 + (label_size * 1.6 if (per_point or ends) else 0)
    drawing = new_drawing(width, height)
    top = height
    for i, point in enumerate(points):
        cx = slot * (i + 0.5)
        mood = -1 + 2 * i / (n - 1) if n > 1 else 0.0
        face(drawing, cx, top - r - 1, r, mood, styles)
        by = top - 2 * r - th.body * 0.5 - box
        drawing.add(Rect(cx - box / 2, by, box, box, fillColor=None, strokeColor=th.ink,
                         strokeWidth=max(0.8, th.line_width)))
        drawing.add(String(cx, by - th.body * 1.2, str(point), fontName=BOLD, fontSize=th.body,
                           fillColor=th.ink, textAnchor="middle"))
        if per_point:
            drawing.add(String(cx, 0, shorten(question.scale_labels[i], REGULAR, label_size, slot - 4),
                               fontName=REGULAR, fontSize=label_size, fillColor=th.muted, textAnchor="middle"))
    if ends:
        half = slot * n / 2 - 4
        drawing.add(String(slot * 0.5 - r, 0, shorten(question.scale_labels[0], REGULAR, label_size, half),
                           fontName=REGULAR, fontSize=label_size, fillColor=th.muted))
        drawing.add(String(slot * (n - 0.5) + r, 0, shorten(question.scale_labels[1], REGULAR, label_size, half),
                           fontName=REGULAR, fontSize=label_size, fillColor=th.muted, textAnchor="end"))
    return drawing


class _WritingBox(Flowable):
    def __init__(self, lines: int, styles: Styles) -> None:
        super().__init__()
        self.lines = lines
        self.th = styles.theme

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = availWidth, self.lines * self.th.body * 2.5 + self.th.body * 0.6
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(self.th.ink)
        c.setLineWidth(max(0.8, self.th.line_width))
        c.roundRect(0, 0, self.width, self.height, self.th.body * 0.4)
        c.setStrokeColor(self.th.rule)
        c.setLineWidth(0.5)
        c.setDash(1, 2)
        for i in range(1, self.lines):
            y = self.height - i * self.th.body * 2.5 - self.th.body * 0.3
            c.line(self.th.body * 0.6, y, self.width - self.th.body * 0.6, y)


def build_feedback_form(workshop: WorkshopFacts, questions: Sequence[FeedbackQuestion],
                        options: DocumentOptions = DEFAULT_OPTIONS, text_lines: int = 4) -> bytes:
    lang = workshop.language
    styles = make_styles(options)
    th = styles.theme
    width = page_size(options)[0] - 2 * th.margin
    story: list[Flowable] = title_block(workshop, "feedback_form", styles, options)
    story += [spacer(styles, 0.5), para(tr(lang, "feedback_intro"), styles.big), spacer(styles, 0.6)]
    if not questions:
        story.append(empty_line(tr(lang, "no_questions"), styles))
    prompt_style = ParagraphStyle("prompt", parent=styles.h3, leftIndent=th.h3 * 1.8, firstLineIndent=-th.h3 * 1.8,
                                  spaceBefore=th.h3 * 1.2, spaceAfter=th.body * 0.6)
    hint = ParagraphStyle("hint", parent=styles.muted, leftIndent=th.h3 * 1.8, spaceAfter=th.body * 0.4)
    for number, question in enumerate(questions, start=1):
        block: list[Flowable] = [Paragraph(f"{number}.\u00a0\u00a0{markup(question.prompt)}", prompt_style)]
        if question.kind == "scale":
            scale = _scale(question, styles, width - th.h3 * 1.8)
            scale.hAlign = "RIGHT"
            block += [para(tr(lang, "mark_one"), hint), scale]
        elif question.kind == "yesno":
            block.append(LabelledBoxes((tr(lang, "yes"), tr(lang, "no")), th.body * 1.3, th.body, th,
                                       indent=th.h3 * 1.8))
        else:
            block.append(_WritingBox(max(1, text_lines), styles))
        story.append(KeepTogether(block))
    story += [spacer(styles, 1.2), para(tr(lang, "thanks"), styles.h2)]
    return render(story, workshop_meta(workshop, "feedback_form"), options)

