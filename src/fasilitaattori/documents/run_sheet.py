"""The facilitator's run sheet: clock times, instructions, materials and private notes."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from fasilitaattori.core.agenda_times import BALANCE_GROUPS
from fasilitaattori.documents.base import DEFAULT_OPTIONS, DocumentOptions, make_styles, page_size, render
from fasilitaattori.documents.blocks import empty_line, markup, para, paragraphs, spacer, table_style
from fasilitaattori.documents.common import hex_color, title_block, workshop_meta
from fasilitaattori.documents.fonts import REGULAR
from fasilitaattori.documents.i18n import category_name, format_date, format_time, needs_line, tr
from fasilitaattori.documents.model import AgendaRow, WorkshopFacts, with_clock_times


def build_run_sheet(workshop: WorkshopFacts, agenda: Sequence[AgendaRow],
                    options: DocumentOptions = DEFAULT_OPTIONS) -> bytes:
    """The whole programme for the facilitator, one block after another, with everything
    needed to run it. Blocks split across pages; a block's heading never sits alone."""
    lang = workshop.language
    styles = make_styles(options, lang)
    th = styles.theme
    width = page_size(options)[0] - 2 * th.margin
    rows = with_clock_times(tuple(agenda), workshop.start_time)
    story: list[Flowable] = title_block(workshop, "run_sheet", styles, options)
    story.append(para(tr(lang, "facilitator_only"), styles.muted))
    if needs_line(lang, workshop.needs):
        story.append(para(f"{tr(lang, 'needs')}: {needs_line(lang, workshop.needs)}", styles.body))
    story.append(spacer(styles, 0.8))
    if not rows:
        story.append(empty_line(tr(lang, "no_agenda"), styles))
    time_w = th.body * 5.2
    dur_w = th.body * 5.5
    label = ParagraphStyle("label", parent=styles.small, textColor=th.accent, fontName=styles.cell_bold.fontName,
                           spaceBefore=th.body * 0.3, leftIndent=time_w)
    indented = ParagraphStyle("indented", parent=styles.body, leftIndent=time_w)
    note_style = ParagraphStyle("note", parent=styles.body, leftIndent=time_w + th.body * 0.6,
                                rightIndent=th.body * 0.6, backColor=th.accent_light, borderPadding=th.body * 0.5,
                                spaceBefore=th.body * 0.4, spaceAfter=th.body * 0.9)
    several_days = len({r.day for r in rows}) > 1
    track_title = ParagraphStyle("track", parent=styles.cell_bold, leftIndent=time_w + th.body,
                                 spaceBefore=th.body * 0.4)
    track_body = ParagraphStyle("track-body", parent=styles.body, leftIndent=time_w + th.body)
    for n, row in enumerate(rows):
        day_head: list[Flowable] = []
        if several_days and (n == 0 or row.day != rows[n - 1].day):
            heading = " · ".join(p for p in (tr(lang, "day_n", n=row.day), format_date(lang, row.day_date)) if p)
            day_head.append(para(heading, styles.h2))  # kept with the day's first block, below
        category = f'<br/><font name="{REGULAR}" size="{th.small}" color="{hex_color(th.muted)}">{markup(category_name(lang, row.category))}</font>' \
            if row.category else ""
        head = Table(
            [[para(format_time(lang, row.start), styles.h3),
              _title_para(row, category, styles.h3),
              para(tr(lang, "minutes", n=row.duration_min) if row.duration_min else "", styles.h3)]],
            colWidths=[time_w, width - time_w - dur_w, dur_w],
        )
        head.setStyle(table_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (2, 0), (2, 0), "RIGHT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), th.body * 0.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), th.body * 0.3),
            ("LINEABOVE", (0, 0), (-1, 0), th.line_width * 1.6, th.accent),
        ]))
        head.keepWithNext = 1
        first: list[Flowable] = [*day_head, head]
        rest: list[Flowable] = []
        facts = _facts(lang, row)
        if facts:
            rest.append(para(facts, indented))
        if row.instructions.strip():
            rest += [para(tr(lang, "instructions"), label), *paragraphs(row.instructions, indented)]
        if row.materials:
            rest += [para(tr(lang, "materials"), label), para(", ".join(row.materials), indented)]
        if row.facilitator_notes.strip():
            rest += [para(tr(lang, "facilitator_notes"), label), *paragraphs(row.facilitator_notes, note_style)]
        if row.tracks:
            rest.append(para(tr(lang, "parallel_groups"), label))
            for track in row.tracks:
                rest.append(para(track.title, track_title))
                rest += [para(line, track_body) for line in (_facts(lang, track),) if line]
                rest += paragraphs(track.instructions, track_body)
                if track.materials:
                    rest.append(para(f"{tr(lang, 'materials')}: {', '.join(track.materials)}", track_body))
        # keep the heading with the first line of what follows it
        if rest:
            story.append(KeepTogether([*first, rest[0], *(rest[1:2] if len(rest) > 1 else [])]))
            story.extend(rest[2:])
        else:
            story.extend(first)
        story.append(spacer(styles, 0.6))
    total = sum(max(0, r.duration_min) for r in rows)
    if total:
        story.append(para(f"{tr(lang, 'total_duration')}: {_hours(lang, total)}", styles.cell_bold))
        by = {"presentation": 0, "own_work": 0, "breaks": 0}
        for r in rows:
            by[r.counts_as or BALANCE_GROUPS.get(r.category, "own_work")] += max(0, r.duration_min)
        story.append(para(f"{tr(lang, 'time_balance')}: " + tr(lang, "balance_line", p=by["presentation"],
                                                                 o=by["own_work"], b=by["breaks"]), styles.body))
        working = by["presentation"] + by["own_work"]
        if working and by["own_work"] * 3 < working:  # the rule of thumb of core.agenda_times.TimeBalance
            story.append(para(tr(lang, "balance_low"), styles.muted))
    return render(story, workshop_meta(workshop, "run_sheet"), options)


def _title_para(row: AgendaRow, category: str, style: ParagraphStyle) -> Flowable:
    return Paragraph(markup(row.title, style) + category, style)


def _facts(lang: str, row: AgendaRow) -> str:
    """Who leads the block, where, and whether its time is fixed, on one line."""
    parts = [f"{tr(lang, 'leads')}: {row.leader}" if row.leader else "",
             f"{tr(lang, 'room')}: {row.room}" if row.room else "",
             tr(lang, "fixed_time").capitalize() if row.pinned else ""]
    return " · ".join(p for p in parts if p)


def _hours(lang: str, minutes: int) -> str:
    hours, mins = divmod(minutes, 60)
    if not hours:
        return tr(lang, "minutes", n=mins)
    return f"{hours} h {mins} min" if mins else f"{hours} h"
