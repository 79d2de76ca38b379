"""The workshop summary as an outline for the editable reports, in the PDF summary's order:
the cover facts, the conclusions, who came, the programme, what came out, quotes, needs, tasks,
feedback and photos. Participants are counted, never named."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Protocol

from fasilitaattori.documents import stats
from fasilitaattori.documents.common import when, where
from fasilitaattori.documents.i18n import (
    category_name,
    format_date,
    format_decimal,
    format_percent,
    format_time,
    plural,
    quote_marks,
    tr,
)
from fasilitaattori.documents.images import ImagePreparer
from fasilitaattori.documents.model import NOTE_KINDS, Note, SummaryData, Task, with_clock_times
from fasilitaattori.documents.report_outline import (
    TEXT_WIDTH,
    Bullets,
    Figure,
    Heading,
    Outline,
    Para,
    TableBlock,
    bar_figure,
    logo_of,
    scale_figure,
)

_BLOCK_KINDS = tuple(k for k in NOTE_KINDS if k not in ("quote", "development_need"))


def summary_outline(data: SummaryData, images: ImagePreparer) -> Outline:
    w = data.workshop
    lang = w.language

    def t(key: str, **values: object) -> str:
        return tr(lang, key, **values)

    doc_name = t("summary")
    out = Outline(title=f"{doc_name}: {w.title}" if w.title.strip() else doc_name, language=lang,
                  subject=doc_name, author=w.organisation_name or ", ".join(w.facilitators),
                  header=w.organisation_name, logo=logo_of(w.logo_path, w.organisation_name, lang, images))
    out.add(Para(doc_name, "kicker"), Heading(w.title or t("workshop"), 1))
    if w.status == "planned":  # a plan must not pass for a report of what happened
        out.add(Para(t("plan_mark"), "lead"))
    line = " · ".join(p for p in (when(w), where(w)) if p)
    if line:
        out.add(Para(line, "lead"))
    time_span = " – ".join(p for p in (format_time(lang, w.start_time), format_time(lang, w.end_time)) if p)
    for key, value in (("date", format_date(lang, w.date)), ("time", time_span), ("venue", w.venue),
                       ("locality", w.locality), ("target_group", w.target_group), ("goals", w.goals),
                       ("facilitators", ", ".join(w.facilitators)), ("organiser", w.organisation_name)):
        if value.strip():
            out.add(Para(value.strip(), label=t(key)))
    by_municipality, by_organisation = _by(data, "municipality"), _by(data, "organisation")
    out.add(Heading(t("key_figures"), 2), Bullets((
        f"{t('participants')}: {data.attendance}",
        f"{t('municipalities')}: {len([m for m, _ in by_municipality if m])}",
        f"{t('organisations')}: {len([o for o, _ in by_organisation if o])}",
        f"{t('responses')}: {len(data.feedback.responses)}")))

    out.add(Heading(t("conclusions"), 2))
    conclusions = [p.strip() for p in w.conclusions.split("\n\n") if p.strip()]
    out.add(*(Para(p) for p in conclusions) if conclusions else [Para(t("no_conclusions"), "muted")])

    out.add(Heading(t("participants"), 2))
    if data.attendance == 0:
        out.add(Para(t("no_participants"), "muted"))
    else:
        out.add(Para(f"{t('participant_total')}: {plural(lang, data.attendance, 'participant')}"))
        for key, rows in (("by_municipality", by_municipality), ("by_organisation", by_organisation)):
            labelled = [(label or t("not_known"), n) for label, n in rows]
            out.add(Heading(t(key), 3), bar_figure(lang, t(key), labelled, t("other")))

    _agenda(out, data, t)
    _notes(out, data, t)
    _tasks(out, [task for task in data.tasks if task.text.strip()], t)
    _feedback(out, data, t)
    _photos(out, data, images, t)
    return out


def _by(data: SummaryData, name: str) -> tuple[tuple[str, int], ...]:
    pairs = [(getattr(p, name), 1) for p in data.participants] + [(getattr(h, name), h.count)
                                                                  for h in data.head_counts]
    return stats.tally(pairs)


class _T(Protocol):  # the translating helper of summary_outline
    def __call__(self, key: str, **values: object) -> str: ...


def _agenda(out: Outline, data: SummaryData, t: _T) -> None:
    lang = data.workshop.language
    out.add(Heading(t("programme_planned" if data.workshop.status == "planned" else "programme_held"), 2))
    rows = with_clock_times(data.agenda, data.workshop.start_time)
    if not rows:
        out.add(Para(t("no_agenda"), "muted"))
        return
    minutes = [t("minutes", n=r.duration_min) if r.duration_min else "" for r in rows]
    if any(r.actual_start for r in rows):  # run in live capture: the plan and what happened
        def span(start: time | None, end: time | None) -> str:
            text = format_time(lang, start)
            return f"{text}–{format_time(lang, end)}" if text and end else text

        table = [(span(r.start, (datetime.combine(date(2000, 1, 1), r.start)
                                 + timedelta(minutes=r.duration_min)).time() if r.start else None),
                  span(r.actual_start, r.actual_end), r.title, m) for r, m in zip(rows, minutes, strict=True)]
        out.add(TableBlock((t("planned_time"), t("actual_time"), t("programme"), t("duration")), tuple(table),
                           numeric=(3,), widths=(2, 2, 5, 1.4)))
        return
    out.add(TableBlock((t("clock"), t("programme"), t("category"), t("duration")),
                       tuple((format_time(lang, r.start), r.title, category_name(lang, r.category), m)
                             for r, m in zip(rows, minutes, strict=True)),
                       numeric=(3,), widths=(1.2, 5, 2, 1.4)))


def notes_by_block(data: SummaryData, kinds: tuple[str, ...]) -> list[tuple[str, list[Note]]]:
    """Notes of `kinds` under headings in agenda order: each block's own notes, then each of its
    parallel tracks' ("Block – Track"); blocks no longer in the agenda after them; notes without
    a block last, under "" (the caller's "other notes")."""
    groups: dict[tuple[str, str], list[Note]] = {}
    for note in data.notes:
        if note.kind in kinds and note.text.strip():
            groups.setdefault((note.agenda_item.strip(), note.track.strip()), []).append(note)
    order = [(r.title, t) for r in data.agenda for t in ("", *(k.title for k in r.tracks))]
    keys = [k for k in dict.fromkeys(order) if k in groups]
    keys += [k for k in groups if k not in keys and k[0]]
    keys += [k for k in groups if not k[0]]
    return [(" – ".join(p for p in key if p), groups[key]) for key in keys]


def _notes(out: Outline, data: SummaryData, t: _T) -> None:
    lang = data.workshop.language
    out.add(Heading(t("outputs"), 2))
    blocks = notes_by_block(data, _BLOCK_KINDS)
    if not blocks:
        out.add(Para(t("no_notes"), "muted"))
    for title, of_block in blocks:
        out.add(Heading(title or t("other_notes"), 3))
        for kind in _BLOCK_KINDS:
            of_kind = [_with_group(n) for n in of_block if n.kind == kind]
            if of_kind:
                out.add(Para(t(f"kind.{kind}"), "kicker"), Bullets(tuple(of_kind)))

    quotes = [n for n in data.notes if n.kind == "quote" and n.text.strip()]
    out.add(Heading(t("in_their_words"), 2))
    out.add(*[Para(quote_marks(lang, n.text.strip()) + _origin(n, " — "), "quote") for n in quotes]
            or [Para(t("no_quotes"), "muted")])
    needs = [n.text.strip() + _origin(n, " · ") for n in data.notes if n.kind == "development_need" and n.text.strip()]
    out.add(Heading(t("development_needs"), 2), Bullets(tuple(needs)) if needs else Para(t("no_needs"), "muted"))


def _with_group(note: Note) -> str:
    return f"{note.text.strip()} ({note.group_label.strip()})" if note.group_label.strip() else note.text.strip()


def _origin(note: Note, lead: str) -> str:
    return f"{lead}{origin}" if (origin := note_origin(note)) else ""


def note_origin(note: Note) -> str:
    """Where a quote or need was said: the block, its parallel track and the group."""
    return " · ".join(p for p in (note.agenda_item.strip(), note.track.strip(), note.group_label.strip()) if p)


def task_rows(lang: str, tasks: list[Task], with_workshop: bool = False) -> tuple[tuple[str, ...], ...]:
    def status(task: Task) -> str:
        return tr(lang, f"status.{task.status}") if task.status in ("open", "in_progress", "done") else task.status

    return tuple((f"{task.text} ({task.workshop_title})" if with_workshop and task.workshop_title else task.text,
                  task.owner, format_date(lang, task.due, weekday=False), status(task)) for task in tasks)


def task_header(t: _T) -> tuple[str, ...]:
    return (t("task"), t("owner"), t("due"), t("status"))


def _tasks(out: Outline, tasks: list[Task], t: _T) -> None:
    out.add(Heading(t("tasks_and_assignments"), 2))
    if not tasks:
        out.add(Para(t("no_tasks"), "muted"))
    for kind, key in (("task", "tasks"), ("assignment", "assignments")):
        of_kind = [task for task in tasks if task.kind == kind]
        if of_kind:
            out.add(Heading(t(key), 3), TableBlock(task_header(t), task_rows(out.language, of_kind),
                                                   widths=(4.4, 2.6, 2.2, 1.8)))


def _feedback(out: Outline, data: SummaryData, t: _T) -> None:
    lang, fb = data.workshop.language, data.feedback
    out.add(Heading(t("feedback"), 2))
    if not fb.responses or not fb.questions:
        out.add(Para(t("no_feedback"), "muted"))
        return
    line = plural(lang, len(fb.responses), "response")
    rate = stats.response_rate(len(fb.responses), data.attendance)
    if rate is not None:
        line += f", {plural(lang, data.attendance, 'participant')}: " \
                f"{t('response_rate', rate=format_percent(lang, rate))}"
    out.add(Para(line + "."))
    for index, question in enumerate(fb.questions):
        answers = fb.answers_to(index)
        out.add(Heading(question.prompt, 3))
        if question.kind == "scale":
            st = stats.scale_stats(answers, question.scale_min, question.scale_max)
            mean = format_decimal(lang, st.mean) if st.mean is not None else "–"
            out.add(Para(t("scale_stats", n=st.n, mean=mean, low=question.scale_min, high=question.scale_max)),
                    scale_figure(lang, st.distribution, question.scale_labels, question.scale_min,
                                 question.scale_max))
        elif question.kind == "yesno":
            yn = stats.yes_no_stats(answers)
            out.add(Para(t("yesno_stats", yes=yn.yes, no=yn.no)))
        else:
            texts = stats.text_answers(answers)
            out.add(Bullets(texts) if texts else Para(t("no_answers"), "muted"))


def _photos(out: Outline, data: SummaryData, images: ImagePreparer, t: _T) -> None:
    """Consented photos only (collect leaves the others out and counts them)."""
    if not data.photos and not data.photos_withheld:
        return
    out.add(Heading(t("photos"), 2))
    if not data.photos:
        out.add(Para(t("photos_withheld", n=data.photos_withheld), "muted"))
        return
    width = TEXT_WIDTH * 0.75
    files = images.many_files([p.path for p in data.photos], width, width * 0.75)
    for photo, prepared in zip(data.photos, files, strict=True):
        caption = " · ".join(p for p in (photo.caption.strip(), photo.agenda_item.strip()) if p)
        if prepared is None:
            out.add(Para(t("photo_missing", name=photo.path.name), "muted"))
            continue
        source, w, h = prepared
        out.add(Figure(alt=caption or t("alt.photo"), width=w, height=h, path=source, caption=caption))
