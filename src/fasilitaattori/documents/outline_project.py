"""The project (series) report as an outline for the editable reports, in the PDF's order:
the project's facts, key figures, one row per workshop, feedback over time, every task."""

from __future__ import annotations

from fasilitaattori.documents.i18n import format_date, format_decimal, format_period, lang_of, tr
from fasilitaattori.documents.images import ImagePreparer
from fasilitaattori.documents.model import ProjectReportData, ProjectWorkshopRow
from fasilitaattori.documents.outline_summary import task_header, task_rows
from fasilitaattori.documents.report_outline import (
    Bullets,
    Heading,
    Outline,
    Para,
    TableBlock,
    line_figure,
    logo_of,
)


def project_outline(data: ProjectReportData, images: ImagePreparer) -> Outline:
    project = data.project
    lang = lang_of(project.language)

    def t(key: str, **values: object) -> str:
        return tr(lang, key, **values)

    doc_name = t("project_report")
    out = Outline(title=f"{doc_name}: {project.name}", language=lang, subject=doc_name,
                  author=project.organisation, header=project.organisation,
                  logo=logo_of(project.logo_path, project.organisation, lang, images))
    out.add(Para(doc_name, "kicker"), Heading(project.name or t("project"), 1))
    contacts = "; ".join(", ".join(p for p in (c.name, c.role, c.email, c.phone) if p) for c in project.contacts)
    for key, value in (("organisation", project.organisation), ("partners", ", ".join(project.partners)),
                       ("funder", project.funder),
                       ("period", format_period(lang, project.period_start, project.period_end)),
                       ("contacts", contacts)):
        if value.strip():
            out.add(Para(value.strip(), label=t(key)))
    if project.description.strip():
        out.add(Heading(t("description"), 2),
                *(Para(p.strip()) for p in project.description.split("\n\n") if p.strip()))

    workshops = sorted(data.workshops, key=lambda w: (w.date is None, w.date or 0, w.title.casefold()))
    # key figures: held workshops only, each named person once, plus the anonymous head counts
    held = [w for w in workshops if w.status in ("held", "")]
    figures = (
        (t("workshops_held"), len(held)),
        (t("localities"), len({w.locality.strip().casefold() for w in held if w.locality.strip()})),
        (t("people_named"), len({p for w in held for p in w.people})),
        (t("people_anonymous"), sum(max(0, w.anonymous) for w in held)),
        (t("municipalities"), len({m.strip().casefold() for w in held for m in w.municipalities if m.strip()})),
        (t("organisations"), len({o.strip().casefold() for w in held for o in w.organisations if o.strip()})),
    )
    out.add(Heading(t("key_figures"), 2), Bullets(tuple(f"{label}: {n}" for label, n in figures)),
            Para(t("counting_note"), "muted"))

    out.add(Heading(t("workshops"), 2))

    def status(w: ProjectWorkshopRow) -> str:
        return t(f"wstatus.{w.status}") if w.status in ("planned", "held", "cancelled") else w.status

    if not workshops:
        out.add(Para(t("no_workshops"), "muted"))
    else:
        rows = tuple((str(i), format_date(lang, w.date, weekday=False),
                      " · ".join(p for p in (w.title, w.locality.strip(), status(w)) if p),
                      str(w.participant_count), str(w.feedback_responses) if w.feedback_responses else "–",
                      format_decimal(lang, w.scale_mean) if w.scale_mean is not None else "–")
                     for i, w in enumerate(workshops, start=1))
        out.add(TableBlock((t("row_number"), t("date"), t("workshop"), t("attendances"), t("responses"), t("mean")), rows,
                           numeric=(0, 3, 4, 5), widths=(1.1, 2.2, 5.2, 2.6, 2.4, 1.8)))

    out.add(Heading(t("feedback_over_time"), 2))
    means = [w.scale_mean for w in workshops]
    if any(m is not None for m in means):
        high = float(round(max(5.0, max(m for m in means if m is not None))))
        out.add(line_figure(lang, t("feedback_over_time"), means, high, [w.title for w in workshops]),
                Para(t("feedback_chart_note"), "muted"))
    else:
        out.add(Para(t("no_scores"), "muted"))

    out.add(Heading(t("tasks_status"), 2))
    tasks = [task for task in data.tasks if task.text.strip()]
    if not tasks:
        out.add(Para(t("no_tasks"), "muted"))
    else:
        order = {"open": 0, "in_progress": 1, "done": 2}
        tasks.sort(key=lambda k: (order.get(k.status, 3), k.due is None, k.due or 0))
        out.add(TableBlock(task_header(t), task_rows(lang, tasks, with_workshop=True), widths=(4.4, 2.6, 2.2, 1.8)))
    return out
