"""The summary's feedback pages: the response rate, a chart for every question that has one
(scale and number: the answers per point; yes/no, choices, multi-select and background: bars
with their shares), open answers with identical ones together, and the answers by background
question (municipality, age group) as one table each."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from fasilitaattori.documents import stats
from fasilitaattori.documents.base import Styles
from fasilitaattori.documents.blocks import bullet, data_table, empty_line, fit_widths, markup, para
from fasilitaattori.documents.charts import distribution_chart, share_bars
from fasilitaattori.documents.common import hex_color
from fasilitaattori.documents.fonts import printable
from fasilitaattori.documents.i18n import format_decimal, format_percent, plural, tr
from fasilitaattori.documents.model import CrossTab, Feedback, FeedbackQuestion, QuestionFigures

# Open answers printed per question: a survey of thousands would fill a hundred pages; the rest
# are counted and are all on the Feedback tab.
MAX_OPEN_ANSWERS = 100


@dataclass(frozen=True)
class Page:
    styles: Styles
    width: float
    frame_height: float
    lang: str

    def t(self, key: str, **values: object) -> str:
        return tr(self.lang, key, **values)


def feedback_section(fb: Feedback, attendance: int, page: Page) -> list[Flowable]:
    s = page.styles
    out: list[Flowable] = [para(page.t("feedback"), s.h2)]
    if not fb.count or not fb.questions:
        return [*out, empty_line(page.t("no_feedback"), s)]
    line = plural(page.lang, fb.count, "response")
    rate = stats.response_rate(fb.count, attendance)
    if rate is not None:
        line += f", {plural(page.lang, attendance, 'participant')}: " \
                f"{page.t('response_rate', rate=format_percent(page.lang, rate))}"
    out.append(para(line + ".", s.body))
    for question, figures in zip(fb.questions, stats.figures_of(fb), strict=True):
        out += _question(question, figures, page)
    for table in fb.cross_tabs:
        out += _cross_tab(table, fb, page)
    return out


def _muted_line(page: Page, text: str, figures: QuestionFigures) -> Flowable:
    if figures.dont_know:
        text += " · " + page.t("dont_know_count", n=figures.dont_know)
    return para(text, page.styles.muted)


def _question(question: FeedbackQuestion, figures: QuestionFigures, page: Page) -> list[Flowable]:
    s = page.styles
    head = para(question.prompt, s.h3)
    if question.kind == "text":
        return _open_answers(head, figures, page)
    if question.kind in ("choice", "multi", "profile") and not figures.n and not figures.dont_know:
        return [KeepTogether([head, empty_line(page.t("no_answers"), s)])]
    chart = question_chart(question, figures, page)
    return [KeepTogether([head, figures_line(question, figures, page)] + ([chart] if chart else []))]


def figures_line(question: FeedbackQuestion, figures: QuestionFigures, page: Page) -> Flowable:
    """The line under a question's wording: how many answered, the mean, "don't know"."""
    if question.kind in ("scale", "number"):
        mean = format_decimal(page.lang, figures.mean) if figures.mean is not None else "–"
        key = "scale_stats" if question.kind == "scale" else "number_stats"
        return _muted_line(page, page.t(key, n=figures.n, mean=mean, low=question.scale_min,
                                        high=question.scale_max), figures)
    if question.kind == "yesno":
        return para(page.t("choice_stats", n=figures.n + figures.dont_know), page.styles.muted)
    key = "multi_stats" if question.kind == "multi" else "choice_stats"
    return _muted_line(page, page.t(key, n=figures.n), figures)


def question_chart(question: FeedbackQuestion, figures: QuestionFigures, page: Page) -> Flowable | None:
    """A question's chart: answers per point (scale, number), or bars with their shares (yes/no,
    choices, multi-select, background); None for open questions."""
    if question.kind in ("scale", "number"):
        labels = question.scale_labels if question.kind == "scale" else ()
        return distribution_chart(figures.distribution, labels, page.width, page.styles, page.lang)
    if question.kind == "yesno":
        counts = dict(figures.distribution)
        items = [(page.t("answer.yes"), counts.get(1, 0)), (page.t("answer.no"), counts.get(0, 0))]
    elif question.kind in ("choice", "multi", "profile"):
        items = list(figures.choices)
        if not question.options:  # no order of its own: the most chosen first
            items.sort(key=lambda item: -item[1])
    else:
        return None
    if figures.dont_know:
        items.append((page.t("answer.dont_know"), figures.dont_know))
    return _bars(items, figures.n + figures.dont_know, page)


def _bars(items: Sequence[tuple[str, int]], total: int, page: Page) -> Flowable:
    return share_bars(items, total, page.width, page.styles, page.t("other"), language=page.lang,
                      max_height=page.frame_height * 0.6)


def _open_answers(head: Flowable, figures: QuestionFigures, page: Page) -> list[Flowable]:
    s = page.styles
    if not figures.texts:
        return [head, empty_line(page.t("no_answers"), s)]
    shown = figures.texts[:MAX_OPEN_ANSWERS]
    out: list[Flowable] = [head]
    out += [bullet(text, s, suffix=page.t("same_answers", n=count) if count > 1 else "") for text, count in shown]
    left = sum(count for _, count in figures.texts[MAX_OPEN_ANSWERS:])
    if left:
        out.append(para(page.t("more_answers", n=left), s.muted))
    return out


def _cross_tab(table: CrossTab, fb: Feedback, page: Page) -> list[Flowable]:
    """Questions as rows, groups as columns (all respondents first): as many groups as the page
    has room for, the rest counted together under "Other"."""
    s, th = page.styles, page.styles.theme
    groups = list(table.groups)
    # Each figure column as wide as its figures and the longest word of any group's name (a
    # name is never broken), so the page takes as many groups as fit; the rest go under "Other".
    column_w = max([th.body * 3.8] + [stringWidth(word, s.cell_head.fontName, th.small) + th.body * 0.9
                                      for label, _n in groups for word in printable(label).split()])
    room = max(2, int(page.width * 0.75 / column_w))  # columns for figures, "All" included
    merged = len(groups) > room - 1
    keep = room - 2 if merged else len(groups)
    columns = [[i] for i in range(keep)]
    if merged:
        columns.append(list(range(keep, len(groups))))
    overall = {q.prompt: f for q, f in zip(fb.questions, stats.figures_of(fb), strict=True)}
    muted = hex_color(th.muted)

    def heading(label: str, n: int) -> str:
        return f"{label or page.t('other')}\n({n})"

    header = [page.t("question"), heading(page.t("all_groups"), fb.count)]
    for members in columns:
        label = groups[members[0]][0] if len(members) == 1 else ""
        header.append(heading(label, sum(groups[i][1] for i in members)))
    rows = []
    for question, cells in table.rows:
        scale = page.t("yes_share") if question.kind == "yesno" else f"{question.scale_min}–{question.scale_max}"
        label = Paragraph(f'{markup(question.prompt)}<br/><font color="{muted}" size="{th.small}">'
                          f'{markup(scale)}</font>', s.cell)
        whole = overall.get(question.prompt)
        row: list[object] = [label, _figure(question, whole.mean if whole else None, page)]
        for members in columns:
            n = sum(cells[i][0] for i in members)
            total = sum(cells[i][1] for i in members)
            row.append(_figure(question, total / n if n >= table.min_answers else None, page))
        rows.append(row)
    widths = fit_widths([None] + [column_w] * (len(columns) + 1), page.width, 0.24)
    return [para(page.t("by_background", question=table.background), s.h3),
            data_table(s, header, rows, widths, align_right=tuple(range(1, len(columns) + 2)), small_header=True),
            para(page.t("crosstab_note", min=table.min_answers), s.muted)]


def _figure(question: FeedbackQuestion, value: float | None, page: Page) -> str:
    if value is None:
        return "–"
    return format_percent(page.lang, value) if question.kind == "yesno" else format_decimal(page.lang, value)
