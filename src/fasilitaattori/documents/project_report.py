"""The project report over a whole series of workshops: key figures, one row per workshop,
feedback over time and every task with its status."""

from __future__ import annotations

import tempfile
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from fasilitaattori.documents.base import (
    DEFAULT_OPTIONS,
    DocMeta,
    DocumentOptions,
    make_styles,
    page_size,
    render,
)
from fasilitaattori.documents.blocks import (
    data_table,
    empty_line,
    facts_table,
    fit_widths,
    heading_then_rows,
    key_figures,
    markup,
    para,
    paragraphs,
    spacer,
)
from fasilitaattori.documents.charts import line_chart
from fasilitaattori.documents.common import hex_color
from fasilitaattori.documents.i18n import format_date, format_decimal, format_period, lang_of, tr
from fasilitaattori.documents.images import ImagePreparer
from fasilitaattori.documents.model import ProjectReportData, ProjectWorkshopRow
from fasilitaattori.documents.series_feedback import series_feedback
from fasilitaattori.documents.summary import task_table
from fasilitaattori.documents.summary_feedback import Page


def build_project_report(data: ProjectReportData, options: DocumentOptions = DEFAULT_OPTIONS) -> bytes:
    with tempfile.TemporaryDirectory(prefix="fasilitaattori-") as workdir:
        return _build(data, options, ImagePreparer(Path(workdir)))


def _build(data: ProjectReportData, options: DocumentOptions, images: ImagePreparer) -> bytes:
    project = data.project
    lang = lang_of(project.language)
    styles = make_styles(options, lang)
    th = styles.theme
    width = page_size(options)[0] - 2 * th.margin

    def t(key: str, **values: object) -> str:
        return tr(lang, key, **values)

    story: list[Flowable] = []
    logo = images.flowable(project.logo_path, width * 0.35, th.body * 5)
    if logo is not None:
        story += [logo, spacer(styles, 0.8)]
    story.append(Paragraph(f'<font color="{hex_color(th.muted)}">{markup(t("project_report").upper())}</font>',
                           styles.small))
    story.append(para(project.name or t("project"), styles.title))
    contacts = "\n".join(", ".join(p for p in (c.name, c.role, c.email, c.phone) if p) for c in project.contacts)
    facts = facts_table(styles, [
        (t("organisation"), project.organisation),
        (t("partners"), ", ".join(project.partners)),
        (t("funder"), project.funder),
        (t("period"), format_period(lang, project.period_start, project.period_end)),
        (t("contacts"), contacts),
    ], width)
    if facts is not None:
        story.append(facts)
    if project.description.strip():
        story += [spacer(styles, 0.6), *paragraphs(project.description, styles.body)]

    workshops = sorted(data.workshops, key=lambda w: (w.date is None, w.date or 0, w.title.casefold()))
    # key figures: held workshops only, each named person once, plus the anonymous head counts
    held = [w for w in workshops if w.status in ("held", "")]
    municipalities = {m.strip().casefold() for w in held for m in w.municipalities if m.strip()}
    organisations = {o.strip().casefold() for w in held for o in w.organisations if o.strip()}
    localities = {w.locality.strip().casefold() for w in held if w.locality.strip()}
    people = {p for w in held for p in w.people}
    anonymous = sum(max(0, w.anonymous) for w in held)
    figures = [(len(held), t("workshops_held")), (len(localities), t("localities")),
               (len(people), t("people_named")), (anonymous, t("people_anonymous")),
               (len(municipalities), t("municipalities")), (len(organisations), t("organisations"))]
    story.append(KeepTogether([para(t("key_figures"), styles.h2), key_figures(styles, figures, width),
                               para(t("counting_note"), styles.muted)]))

    # one row per workshop, with its status: a planned one is listed but not counted
    heading = para(t("workshops"), styles.h2)
    if not workshops:
        story += [heading, empty_line(t("no_workshops"), styles)]
    else:
        b = th.body

        def status(w: ProjectWorkshopRow) -> str:
            return t(f"wstatus.{w.status}") if w.status in ("planned", "held", "cancelled") else w.status

        muted = hex_color(th.muted)

        def about(w: ProjectWorkshopRow) -> Paragraph:
            where_status = " · ".join(p for p in (w.locality.strip(), status(w)) if p)
            return Paragraph(f'{markup(w.title)}<br/><font color="{muted}">{markup(where_status)}</font>',
                             styles.cell)

        rows = [[str(i), format_date(lang, w.date, weekday=False), about(w), str(w.participant_count),
                 str(w.feedback_responses) if w.feedback_responses else "–",
                 format_decimal(lang, w.scale_mean) if w.scale_mean is not None else "–"]
                for i, w in enumerate(workshops, start=1)]
        header = ["", t("date"), t("workshop"), t("attendances"), t("responses"), t("mean")]
        widths = fit_widths([2.4 * b, 7.0 * b, None, 8.0 * b, 6.5 * b, 6.0 * b], width, 0.25)
        if options.large_print:  # the row number gives way to the words
            rows, header, widths = [r[1:] for r in rows], header[1:], fit_widths([7.0 * b, None, 6.0 * b, 5.0 * b,
                                                                                  5.0 * b], width, 0.35)
        table = data_table(styles, header, rows, widths,
                           align_right=tuple(i - (1 if options.large_print else 0) for i in (0, 3, 4, 5)
                                             if i or not options.large_print),
                           small_header=True)
        story += heading_then_rows(heading, table, width, rows=2)

    # feedback over time
    means = [w.scale_mean for w in workshops]
    chart_part: list[Flowable] = [para(t("feedback_over_time"), styles.h2)]
    if any(m is not None for m in means):
        high = max(5.0, max(m for m in means if m is not None))
        chart_part += [line_chart(means, 1.0, float(round(high)), width, styles,
                                  decimal="." if lang == "en" else ","),
                       para(t("feedback_chart_note"), styles.muted)]
    else:
        chart_part.append(empty_line(t("no_scores"), styles))
    story.append(KeepTogether(chart_part))

    # each question over the series: yes/no, choices and multi-select as charts too
    story += series_feedback(workshops, Page(styles, width, page_size(options)[1] - 2 * th.margin, lang))

    # tasks
    story.append(para(t("tasks_status"), styles.h2))
    tasks = [task for task in data.tasks if task.text.strip()]
    if not tasks:
        story.append(empty_line(t("no_tasks"), styles))
    else:
        order = {"open": 0, "in_progress": 1, "done": 2}
        tasks.sort(key=lambda k: (order.get(k.status, 3), k.due is None, k.due or 0))
        story.append(task_table(lang, styles, width, tasks, with_workshop=True))

    doc_name = t("project_report")
    meta = DocMeta(title=f"{doc_name}: {project.name}", language=lang, subject=doc_name, outline=True,
                   author=project.organisation, header_left=project.organisation, header_right=doc_name,
                   footer_left=" · ".join(p for p in (project.name, format_period(lang, project.period_start,
                                                                                   project.period_end)) if p))
    return render(story, meta, options)
