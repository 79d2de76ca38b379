"""The participants' programme: clock times and titles only, in large friendly type."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table

from fasilitaattori.documents.base import DEFAULT_OPTIONS, DocumentOptions, make_styles, page_size, render
from fasilitaattori.documents.blocks import empty_line, para, paragraphs, spacer, table_style
from fasilitaattori.documents.common import title_block, workshop_meta
from fasilitaattori.documents.i18n import format_date, format_time, tr
from fasilitaattori.documents.model import AgendaRow, WorkshopFacts, with_clock_times


def build_participant_agenda(workshop: WorkshopFacts, agenda: Sequence[AgendaRow],
                             options: DocumentOptions = DEFAULT_OPTIONS) -> bytes:
    """A welcoming one-pager: workshop, date and place, then each block's time and title."""
    lang = workshop.language
    styles = make_styles(options, lang)
    th = styles.theme
    width = page_size(options)[0] - 2 * th.margin
    rows = with_clock_times(tuple(agenda), workshop.start_time)
    story: list[Flowable] = title_block(workshop, "programme", styles, options)
    story.append(spacer(styles, 0.4))
    story += paragraphs(workshop.goals, styles.big)
    story.append(spacer(styles, 0.8))
    if not rows:
        story.append(empty_line(tr(lang, "no_agenda"), styles))
    else:
        size = th.body * 1.6
        time_style = ParagraphStyle("agenda-time", parent=styles.cell_bold, fontSize=size, leading=size * 1.25,
                                    textColor=th.accent)
        title_style = ParagraphStyle("agenda-title", parent=styles.cell, fontSize=size, leading=size * 1.25)
        track_style = ParagraphStyle("agenda-track", parent=styles.cell, leftIndent=size * 0.8)
        several_days = len({r.day for r in rows}) > 1
        data: list[list[object]] = []
        headings: list[int] = []
        for n, r in enumerate(rows):
            if several_days and (n == 0 or r.day != rows[n - 1].day):
                headings.append(len(data))
                heading = " · ".join(p for p in (tr(lang, "day_n", n=r.day), format_date(lang, r.day_date)) if p)
                data.append([para(heading, styles.h3), ""])
            title: list[Flowable] = [para(r.title, title_style)]
            title += [para(f"– {t.title}" + (f" ({where})" if (where := ", ".join(
                p for p in (t.leader, t.room) if p)) else ""), track_style) for t in r.tracks]
            data.append([para(format_time(lang, r.start), time_style), title])
        table = Table(data, colWidths=[size * 4.2, width - size * 4.2], repeatRows=0, hAlign="LEFT")
        table.setStyle(table_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), size * 0.55),
            ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.55),
            ("LINEBELOW", (0, 0), (-1, -1), th.line_width, th.rule),
            *[("SPAN", (0, n), (-1, n)) for n in headings],
        ]))
        story.append(table)
    story.append(spacer(styles, 1.5))
    welcome = ParagraphStyle("welcome", parent=styles.h2, fontSize=th.h2 * 1.2, leading=th.h2 * 1.5,
                             keepWithNext=0)
    story.append(para(tr(lang, "welcome"), welcome))
    return render(story, workshop_meta(workshop, "programme"), options)
