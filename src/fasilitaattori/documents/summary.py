"""The workshop summary for the client and the funder: who came, what was done, what came out,
what the participants said and what happens next."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Table

from fasilitaattori.documents import stats
from fasilitaattori.documents.base import (
    DEFAULT_OPTIONS,
    DocumentOptions,
    Styles,
    make_styles,
    page_size,
    render,
)
from fasilitaattori.documents.blocks import (
    bullet,
    data_table,
    empty_line,
    facts_table,
    fit_widths,
    key_figures,
    markup,
    para,
    paragraphs,
    spacer,
    table_style,
)
from fasilitaattori.documents.charts import hbar_chart
from fasilitaattori.documents.common import hex_color, when, where, workshop_meta
from fasilitaattori.documents.i18n import (
    category_name,
    format_date,
    format_time,
    plural,
    quote_marks,
    tr,
)
from fasilitaattori.documents.images import ImagePreparer
from fasilitaattori.documents.model import NOTE_KINDS, AgendaRow, Note, SummaryData, Task, with_clock_times
from fasilitaattori.documents.outline_summary import note_origin, notes_by_block
from fasilitaattori.documents.summary_feedback import Page, feedback_section

_BLOCK_KINDS = tuple(k for k in NOTE_KINDS if k not in ("quote", "development_need"))


class _Ctx:
    def __init__(self, data: SummaryData, options: DocumentOptions, images: ImagePreparer) -> None:
        self.data = data
        self.images = images
        self.lang = data.workshop.language
        self.styles: Styles = make_styles(options, self.lang)
        self.width = page_size(options)[0] - 2 * self.styles.theme.margin
        self.frame_height = page_size(options)[1] - 2 * self.styles.theme.margin

    def t(self, key: str, **values: object) -> str:
        return tr(self.lang, key, **values)


def build_summary(data: SummaryData, options: DocumentOptions = DEFAULT_OPTIONS) -> bytes:
    with tempfile.TemporaryDirectory(prefix="fasilitaattori-") as workdir:
        return _build(data, options, ImagePreparer(Path(workdir)))


def _build(data: SummaryData, options: DocumentOptions, images: ImagePreparer) -> bytes:
    ctx = _Ctx(data, options, images)
    story: list[Flowable] = []
    story += _cover(ctx)
    story.append(PageBreak())
    story += _conclusions(ctx)  # what officials read first
    story += _participants(ctx)
    story += _agenda(ctx)
    story += _outputs(ctx)
    story += _quotes(ctx)
    story += _needs(ctx)
    story += _tasks(ctx)
    story += _feedback(ctx)
    story += _photos(ctx)
    return render(story, replace(workshop_meta(data.workshop, "summary"), outline=True), options)


# -- cover ------------------------------------------------------------------------------------
def _cover(ctx: _Ctx) -> list[Flowable]:
    w, s, th = ctx.data.workshop, ctx.styles, ctx.styles.theme
    out: list[Flowable] = []
    logo = ctx.images.flowable(w.logo_path, ctx.width * 0.35, th.body * 6)
    if logo is not None:
        out += [logo, spacer(s, 1.0)]
    if w.organisation_name:
        out.append(para(w.organisation_name, s.h3))
    out.append(spacer(s, 3.0))
    out.append(Paragraph(f'<font color="{hex_color(th.muted)}">{markup(ctx.t("summary").upper())}</font>', s.body))
    out.append(para(w.title or ctx.t("workshop"), s.title))
    if w.status == "planned":  # a plan must not pass for a report of what happened
        out.append(para(ctx.t("plan_mark"), s.h2))
    line = " · ".join(p for p in (when(w), where(w)) if p)
    if line:
        out.append(para(line, s.big))
    out.append(spacer(s, 2.0))
    facts = facts_table(s, [
        (ctx.t("date"), format_date(ctx.lang, w.date)),
        (ctx.t("time"), " – ".join(p for p in (format_time(ctx.lang, w.start_time),
                                                format_time(ctx.lang, w.end_time)) if p)),
        (ctx.t("venue"), w.venue),
        (ctx.t("locality"), w.locality),
        (ctx.t("target_group"), w.target_group),
        (ctx.t("goals"), w.goals),
        (ctx.t("facilitators"), ", ".join(w.facilitators)),
        (ctx.t("organiser"), w.organisation_name),
    ], ctx.width)
    if facts is not None:
        out.append(facts)
    out += [spacer(s, 2.0), _key_figures(ctx)]
    return out


def _key_figures(ctx: _Ctx) -> Flowable:
    s, d = ctx.styles, ctx.data
    municipalities = {m for m, _ in _by(ctx, "municipality") if m}
    organisations = {o for o, _ in _by(ctx, "organisation") if o}
    figures = [(d.attendance, ctx.t("participants")), (len(municipalities), ctx.t("municipalities")),
               (len(organisations), ctx.t("organisations")), (d.feedback.count, ctx.t("responses"))]
    return KeepTogether([key_figures(s, figures, ctx.width)])


# -- participants ---------------------------------------------------------------------------
def _by(ctx: _Ctx, field: str) -> tuple[tuple[str, int], ...]:
    d = ctx.data
    pairs = [(getattr(p, field), 1) for p in d.participants] + [(getattr(h, field), h.count) for h in d.head_counts]
    return stats.tally(pairs)


def _participants(ctx: _Ctx) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = [para(ctx.t("participants"), s.h1)]
    if ctx.data.attendance == 0:
        return [*out, empty_line(ctx.t("no_participants"), s)]
    out.append(para(f"{ctx.t('participant_total')}: {plural(ctx.lang, ctx.data.attendance, 'participant')}", s.body))
    for key, field in (("by_municipality", "municipality"), ("by_organisation", "organisation")):
        rows = [(label or ctx.t("not_known"), n) for label, n in _by(ctx, field)]
        out += [para(ctx.t(key), s.h3), hbar_chart(rows, ctx.width, s, ctx.t("other"), language=ctx.lang,
                                                          max_height=ctx.frame_height * 0.6), spacer(s, 0.5)]
    return out


def _agenda(ctx: _Ctx) -> list[Flowable]:
    s = ctx.styles
    planned = ctx.data.workshop.status == "planned"
    out: list[Flowable] = [para(ctx.t("programme_planned" if planned else "programme_held"), s.h2)]
    rows = with_clock_times(ctx.data.agenda, ctx.data.workshop.start_time)
    if not rows:
        return [*out, empty_line(ctx.t("no_agenda"), s)]
    tw = s.theme.body * 5
    if any(r.actual_start for r in rows):  # run in live capture: the plan and what happened, side by side
        return [*out, _planned_and_held(ctx, rows, tw)]
    table_rows = [[format_time(ctx.lang, r.start), r.title, category_name(ctx.lang, r.category),
                   ctx.t("minutes", n=r.duration_min) if r.duration_min else ""] for r in rows]
    return [*out, data_table(s, [ctx.t("clock"), ctx.t("programme"), ctx.t("category"), ctx.t("duration")], table_rows,
                             fit_widths([tw, None, tw + s.theme.body * 3, tw], ctx.width, 0.4), align_right=(3,))]


def _span(ctx: _Ctx, start: time | None, end: time | None) -> str:
    if start is None:
        return ""
    return f"{format_time(ctx.lang, start)}–{format_time(ctx.lang, end)}" if end else format_time(ctx.lang, start)


def _planned_and_held(ctx: _Ctx, rows: tuple[AgendaRow, ...], tw: float) -> Flowable:
    s = ctx.styles
    table_rows = []
    for r in rows:
        planned_end = (datetime.combine(date(2000, 1, 1), r.start) + timedelta(minutes=r.duration_min)).time() \
            if r.start else None
        table_rows.append([_span(ctx, r.start, planned_end), _span(ctx, r.actual_start, r.actual_end), r.title,
                           ctx.t("minutes", n=r.duration_min) if r.duration_min else ""])
    span = tw * 2
    return data_table(s, [ctx.t("planned_time"), ctx.t("actual_time"), ctx.t("programme"), ctx.t("duration")],
                      table_rows, fit_widths([span, span, None, tw], ctx.width, 0.4), align_right=(3,))


# -- notes ------------------------------------------------------------------------------------
def _notes_by_block(ctx: _Ctx, kinds: tuple[str, ...]) -> list[tuple[str, list[Note]]]:
    return [(title or ctx.t("other_notes"), of_block) for title, of_block in notes_by_block(ctx.data, kinds)]


def _outputs(ctx: _Ctx) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = [para(ctx.t("outputs"), s.h2)]
    blocks = _notes_by_block(ctx, _BLOCK_KINDS)
    if not blocks:
        return [*out, empty_line(ctx.t("no_notes"), s)]
    kind_style = ParagraphStyle("kind", parent=s.small, textColor=s.theme.accent, fontName=s.cell_bold.fontName,
                                spaceBefore=s.theme.body * 0.4, spaceAfter=s.theme.body * 0.2, keepWithNext=1)
    for title, notes in blocks:
        out.append(para(title, s.h3))
        for kind in _BLOCK_KINDS:
            of_kind = [n for n in notes if n.kind == kind]
            if of_kind:
                out.append(para(ctx.t(f"kind.{kind}").upper(), kind_style))
                out += [bullet(n.text, s, suffix=n.group_label.strip()) for n in of_kind]
    return out


def _quotes(ctx: _Ctx) -> list[Flowable]:
    s = ctx.styles
    quotes = [n for n in ctx.data.notes if n.kind == "quote" and n.text.strip()]
    out: list[Flowable] = [para(ctx.t("in_their_words"), s.h2)]
    if not quotes:
        return [*out, empty_line(ctx.t("no_quotes"), s)]
    source = ParagraphStyle("quote-source", parent=s.muted, leftIndent=s.quote.leftIndent)
    tight = ParagraphStyle("quote-tight", parent=s.quote, spaceAfter=s.theme.body * 0.15)
    for note in quotes:
        origin = note_origin(note)
        text = quote_marks(ctx.lang, note.text.strip())
        if origin:
            out.append(KeepTogether([para(text, tight), para(f"— {origin}", source), spacer(s, 0.8)]))
        else:
            out.append(para(text, s.quote))
    return out


def _needs(ctx: _Ctx) -> list[Flowable]:
    s = ctx.styles
    needs = [n for n in ctx.data.notes if n.kind == "development_need" and n.text.strip()]
    out: list[Flowable] = [para(ctx.t("development_needs"), s.h2)]
    if not needs:
        return [*out, empty_line(ctx.t("no_needs"), s)]
    return out + [bullet(n.text, s, suffix=note_origin(n)) for n in needs]


# -- tasks ------------------------------------------------------------------------------------
def task_table(ctx_lang: str, styles: Styles, width: float, tasks: list[Task], with_workshop: bool = False) -> Table:
    header = [tr(ctx_lang, "task"), tr(ctx_lang, "owner"), tr(ctx_lang, "due"), tr(ctx_lang, "status")]
    rows = []
    for task in tasks:
        text = para(task.text, styles.cell)
        if with_workshop and task.workshop_title:
            muted = hex_color(styles.theme.muted)
            text = Paragraph(f'{markup(task.text)}<br/><font size="{styles.theme.small}" color="{muted}">'
                             f'{markup(task.workshop_title)}</font>', styles.cell)
        status = tr(ctx_lang, f"status.{task.status}") if task.status in ("open", "in_progress", "done") else task.status
        rows.append([text, task.owner, format_date(ctx_lang, task.due, weekday=False), status])
    b = styles.theme.body
    return data_table(styles, header, rows, fit_widths([None, 10 * b, 8 * b, 7.5 * b], width, 0.4))


def _tasks(ctx: _Ctx) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = [para(ctx.t("tasks_and_assignments"), s.h2)]
    tasks = [t for t in ctx.data.tasks if t.text.strip()]
    if not tasks:
        return [*out, empty_line(ctx.t("no_tasks"), s)]
    for kind, key in (("task", "tasks"), ("assignment", "assignments")):
        of_kind = [t for t in tasks if t.kind == kind]
        if of_kind:
            out += [para(ctx.t(key), s.h3), task_table(ctx.lang, s, ctx.width, of_kind)]
    return out


# -- feedback ---------------------------------------------------------------------------------
def _feedback(ctx: _Ctx) -> list[Flowable]:
    return feedback_section(ctx.data.feedback, ctx.data.attendance,
                            Page(ctx.styles, ctx.width, ctx.frame_height, ctx.lang))


# -- photos and conclusions -------------------------------------------------------------------
def _photos(ctx: _Ctx) -> list[Flowable]:
    """Photos two to a row, each with its caption below, so they support the text instead of
    pushing it pages further; a note when photos were left out for want of consent."""
    s = ctx.styles
    if not ctx.data.photos and not ctx.data.photos_withheld:
        return []
    heading = para(ctx.t("photos"), s.h2)
    if not ctx.data.photos:
        return [heading, empty_line(ctx.t("photos_withheld", n=ctx.data.photos_withheld), s)]
    columns = 1 if s.theme.min_text >= 16 else 2
    gap = s.theme.body
    cell_w = (ctx.width - gap * (columns - 1)) / columns
    prepared = ctx.images.many([p.path for p in ctx.data.photos], cell_w, ctx.frame_height * 0.3)
    cells: list[list[Flowable]] = []
    for photo, image in zip(ctx.data.photos, prepared, strict=True):
        caption = " · ".join(p for p in (photo.caption.strip(), photo.agenda_item.strip()) if p)
        if image is None:
            cells.append([empty_line(ctx.t("photo_missing", name=photo.path.name), s)])
        else:
            cells.append([image, para(caption, s.small)] if caption else [image])
    rows = [cells[i:i + columns] + [[]] * (columns - len(cells[i:i + columns])) for i in range(0, len(cells), columns)]
    grid = Table(rows, colWidths=[cell_w + (gap if c < columns - 1 else 0) for c in range(columns)], hAlign="LEFT")
    grid.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), gap if columns > 1 else 0),
                               ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), gap)]))
    return [heading, grid]


def _conclusions(ctx: _Ctx) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = [para(ctx.t("conclusions"), s.h2)]
    text = paragraphs(ctx.data.workshop.conclusions, s.body)
    return [KeepTogether(out + (text or [empty_line(ctx.t("no_conclusions"), s)]))]
