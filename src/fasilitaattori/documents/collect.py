"""From the store to the printouts' view models: the one place that reads `core` for documents."""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from datetime import date, time
from pathlib import Path
from typing import Any, cast

from ..core import agenda, categories, feedback, notes, participants, photos, projects, tasks, workshops
from ..core.feedback import QuestionStats
from ..core.feedback_crosstab import MIN_GROUP, CrossTab, cross_tabs_of
from ..core.methods import method_in_language, methods, worksheet_of
from ..core.pseudonyms import Pseudonymiser, participant_contacts, participant_names, pseudonym_codes
from ..core.workbench import Workbench
from ..core.worksheet_spec import WorksheetSpec
from ..errors import ValidationError
from . import model as m

# Device settings that printouts use (set in the app's preferences).
ORGANISATION_KEY = "organisation_name"
LOGO_KEY = "logo_path"


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _time(value: str | None) -> time | None:
    return time.fromisoformat(value) if value else None


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip(" -•\t") for line in text.replace(";", "\n").splitlines() if line.strip(" -•\t"))


def _language(value: str) -> m.Language:
    return cast(m.Language, value if value in m.LANGUAGES else "fi")


def pseudonymiser_for(wb: Workbench) -> Pseudonymiser:
    """Participants' names and contacts become stable codes (P-017), in lists and in free text."""
    return Pseudonymiser(pseudonym_codes(wb), participant_names(wb), participant_contacts(wb))


def _text(value: str, pseudo: Pseudonymiser | None) -> str:
    return str(pseudo.text(value)) if pseudo else value


# View-model fields that are codes or ids, and the answers, which `feedback_of` pseudonymises as
# it reads them (a survey may have hundreds of thousands).
_NOT_TYPED = frozenset({"kind", "status", "language", "counts_as", "people", "responses"})


def _scrubbed(value: Any, pseudo: Pseudonymiser) -> Any:
    """Every text of a finished view model with participants' names and contacts replaced: the
    title, goals, facilitators, a block's leader and room, prompts and options, the project's
    description and contacts; whatever a printout shows, as the store holds it typed."""
    if isinstance(value, str):
        return pseudo.text(value)
    if isinstance(value, tuple):
        return tuple(_scrubbed(v, pseudo) for v in value)
    if is_dataclass(value) and not isinstance(value, type):
        return replace(value, **{f.name: _scrubbed(getattr(value, f.name), pseudo)
                                 for f in fields(value) if f.init and f.name not in _NOT_TYPED})
    return value


def workshop_facts(wb: Workbench, workshop_id: str, pseudo: Pseudonymiser | None = None) -> m.WorkshopFacts:
    ws = workshops.workshops.get(wb, workshop_id)
    organisation = wb.setting(ORGANISATION_KEY, "") or ""
    if ws.project_id and not organisation:
        organisation = projects.projects.get(wb, ws.project_id).organisation
    logo = wb.setting(LOGO_KEY, "") or ""
    return m.WorkshopFacts(
        title=ws.title, date=_date(ws.date), start_time=_time(ws.start_time), end_time=_time(ws.end_time),
        venue=ws.venue, locality=ws.locality, target_group=ws.target_group, goals=ws.goals,
        facilitators=tuple(f.strip() for f in ws.facilitators.split(",") if f.strip()),
        language=_language(ws.language), organisation_name=organisation,
        logo_path=Path(logo) if logo and Path(logo).is_file() else None,
        conclusions=_text(ws.conclusions, pseudo), status=ws.status,
        needs=() if pseudo else tuple(participants.need_counts(wb, workshop_id).items()),
    )


def agenda_rows(wb: Workbench, workshop_id: str) -> tuple[m.AgendaRow, ...]:
    plan = agenda.schedule(wb, workshop_id)
    dates = {d.number: _date(d.date) for d in plan.days}
    own = _own_categories(wb)

    def row(item: Any, start: str, day: int, tracks: tuple[m.AgendaRow, ...] = ()) -> m.AgendaRow:
        mine = own.get(item.category)
        return m.AgendaRow(title=item.title, duration_min=item.duration_min, start=_time(start),
                           category=mine.name if mine else item.category,
                           counts_as=mine.counts_as if mine else "", instructions=item.instructions,
                           materials=_lines(item.materials), facilitator_notes=item.facilitator_notes,
                           actual_start=_time(item.actual_start) if item.actual_start else None,
                           actual_end=_time(item.actual_end) if item.actual_end else None,
                           day=day, day_date=dates.get(day), leader=item.leader, room=item.room,
                           pinned=bool(item.pinned_start) and not item.track_of, tracks=tracks)

    return tuple(row(s.item, s.start, s.day, tuple(row(t.item, t.start, s.day) for t in s.tracks))
                 for s in plan.items)


def _own_categories(wb: Workbench) -> dict[str, Any]:
    """The user's own categories by key: a printout writes their names, not their keys."""
    return {c.id: c for c in categories.list_categories(wb)}


def _box(item: Any, start: int, end: int, lane: int, own: dict[str, Any]) -> m.TimelineBox:
    mine = own.get(item.category)
    return m.TimelineBox(item.title, start, end, mine.name if mine else item.category, item.leader, item.room,
                         lane, bool(item.pinned_start) and lane < 0, mine.colour if mine else "")


def timeline_days(wb: Workbench, workshop_id: str) -> tuple[m.TimelineDay, ...]:
    """Each day's blocks and tracks as boxes on a clock, for the timeline printout."""
    from ..core.fields import minutes

    plan = agenda.schedule(wb, workshop_id)
    own = _own_categories(wb)
    out = []
    for day in plan.days:
        boxes: list[m.TimelineBox] = []
        rounds: list[m.TimelineBox] = []
        clock = minutes(day.start)
        lanes = max([len(s.tracks) for s in day.items] + [1])
        for s in day.items:
            start = minutes(s.start)
            while start + 720 < clock:  # a clock time past midnight
                start += 1440
            item = s.item
            box = _box(item, start, start + item.duration_min, -1, own)
            if s.tracks:
                rounds.append(box)
                boxes += [_box(t.item, start, start + min(t.item.duration_min, item.duration_min), lane, own)
                          for lane, t in enumerate(s.tracks)]
            else:
                boxes.append(box)
            clock = start + item.duration_min
        out.append(m.TimelineDay(day.number, _date(day.date), minutes(day.start), lanes, tuple(boxes),
                                 tuple(rounds)))
    return tuple(out)


def participant_rows(wb: Workbench, workshop_id: str,
                     pseudo: Pseudonymiser | None = None) -> tuple[m.Participant, ...]:
    return tuple(m.Participant(organisation=p.organisation, municipality=p.municipality,
                               name=(pseudo.codes.get(p.id) if pseudo else p.display_name) or None,
                               role=p.role, photo_consent=p.consent_photo)
                 for p in participants.list_participants(wb, workshop_id))


def _question(q: Any) -> m.FeedbackQuestion:
    return m.FeedbackQuestion(kind=cast(m.QuestionKind, q.kind), prompt=q.prompt, scale_min=q.scale_min,
                              scale_max=q.scale_max,
                              scale_labels=(q.low_label, q.high_label) if (q.low_label or q.high_label) else (),
                              options=tuple(o.strip() for o in (q.options or "").splitlines() if o.strip()))


def _figures(st: QuestionStats, pseudo: Pseudonymiser | None) -> m.QuestionFigures:
    kind = st.question.kind
    if kind == "text":
        grouped: dict[str, list[Any]] = {}
        for text, count in st.grouped_texts():
            shown = _text(text, pseudo)
            key = " ".join(shown.split()).casefold()
            if key in grouped:
                grouped[key][1] += count
            else:
                grouped[key] = [shown, count]
        texts = tuple(sorted(((t, c) for t, c in grouped.values()), key=lambda p: -p[1]))
        return m.QuestionFigures(n=st.n, dont_know=st.dont_know, texts=texts)
    if kind in ("choice", "multi", "profile"):
        choices = tuple((_text(option, pseudo) if kind == "profile" else option, count)
                        for option, count in st.choices.items() if count or kind != "profile")
        return m.QuestionFigures(n=st.n, dont_know=st.dont_know, choices=choices)
    order = (1, 0) if kind == "yesno" else sorted(st.distribution)
    return m.QuestionFigures(n=st.n, dont_know=st.dont_know,
                             distribution=tuple((v, st.distribution.get(v, 0)) for v in order))


def _cross_tab(table: CrossTab, pseudo: Pseudonymiser | None) -> m.CrossTab:
    return m.CrossTab(table.background.prompt, tuple((_text(g, pseudo), n) for g, n in table.groups),
                      tuple((_question(q), tuple((f.n, f.total) for f in cells)) for q, cells in table.rows),
                      MIN_GROUP)


def feedback_of(wb: Workbench, workshop_id: str, pseudo: Pseudonymiser | None = None) -> m.Feedback:
    """The questions, every response's answers and, counted from the same answers as the
    Feedback tab counts them, each question's figures and the comparisons by background
    question. One read of the answers, as a survey may have hundreds of thousands."""
    qs = feedback.list_questions(wb, workshop_id)
    grid = feedback.answer_grid(wb, workshop_id, [q.id for q in qs])
    figures = tuple(_figures(feedback.stats_of_column(q, (row[i] for row in grid)), pseudo) for i, q in enumerate(qs))
    tables = tuple(_cross_tab(t, pseudo) for t in cross_tabs_of(qs, grid))
    columns: list[list[m.Answer]] = []  # a question at a time, then zipped into responses
    for i, q in enumerate(qs):
        given = [row[i] for row in grid]
        if q.kind == "yesno":
            columns.append([None if a is None or a[0] is None else bool(a[0]) for a in given])
        elif q.kind in ("scale", "number"):
            columns.append([None if a is None else a[0] for a in given])
        else:
            columns.append([None if a is None else (_text(a[1], pseudo) or None) for a in given])
    rows = [m.FeedbackResponse(answers) for answers in zip(*columns, strict=True)] if qs else [
        m.FeedbackResponse(()) for _ in grid]
    return m.Feedback(tuple(_question(q) for q in qs), tuple(rows), figures, len(rows), tables)


def _task(task: Any, workshop_title: str = "", pseudo: Pseudonymiser | None = None) -> m.Task:
    text, owner = task.text, task.owner
    if pseudo:
        row = pseudo.row("task", {"text": text, "owner": owner, "owner_id": task.owner_id})
        text, owner = row["text"], row["owner"]
    return m.Task(text=text, owner=owner, due=_date(task.due_date), status=task.status,
                  kind=task.kind, workshop_title=workshop_title)


def _block_of(homes: dict[str, notes.BlockChoice], block_id: str | None) -> str:
    choice = homes.get(block_id or "")
    return "" if choice is None else choice.parent_title or choice.title


def _track_of(homes: dict[str, notes.BlockChoice], block_id: str | None) -> str:
    choice = homes.get(block_id or "")
    return choice.title if choice is not None and choice.parent_id else ""


def summary_data(wb: Workbench, workshop_id: str, pseudonymise: bool = False) -> m.SummaryData:
    homes = notes.block_homes(wb, workshop_id)  # blocks and their parallel tracks
    pseudo = pseudonymiser_for(wb) if pseudonymise else None
    people = participant_rows(wb, workshop_id, pseudo)
    # A photo does not record who is in it, so a workshop's photos are printed only when every
    # named participant gave photo consent, and never in pseudonymised output (a face is a name).
    all_photos = photos.list_photos(wb, workshop_id)
    printable_photos = not pseudonymise and all(p.photo_consent for p in people)
    data = m.SummaryData(
        workshop=workshop_facts(wb, workshop_id, pseudo),
        agenda=agenda_rows(wb, workshop_id),
        participants=people,
        head_counts=tuple(m.HeadCount(h.count, h.municipality, h.organisation)
                          for h in participants.list_head_counts(wb, workshop_id)),
        notes=tuple(m.Note(kind=cast(m.NoteKind, n.kind), text=_text(n.text, pseudo),
                           agenda_item=_block_of(homes, n.agenda_item_id), track=_track_of(homes, n.agenda_item_id),
                           group_label=_text(n.group_label, pseudo))
                    for n in notes.list_notes(wb, workshop_id)),
        tasks=tuple(_task(t, pseudo=pseudo) for t in tasks.list_tasks(wb, workshop_id=workshop_id)),
        feedback=feedback_of(wb, workshop_id, pseudo),
        photos=() if not printable_photos else tuple(
            m.Photo(path=photos.photo_path(wb, p), caption=_text(p.caption, pseudo),
                    agenda_item=" – ".join(t for t in (_block_of(homes, p.agenda_item_id),
                                                        _track_of(homes, p.agenda_item_id)) if t))
            for p in all_photos),
        photos_withheld=0 if printable_photos else len(all_photos),
    )
    return _scrubbed(data, pseudo) if pseudo else data


def project_report_data(wb: Workbench, project_id: str, pseudonymise: bool = False) -> m.ProjectReportData:
    from .stats import overall_scale_mean

    pseudo = pseudonymiser_for(wb) if pseudonymise else None
    project = projects.projects.get(wb, project_id)
    series = workshops.list_workshops(wb, project_id)
    language = _language(series[0].language if series else "fi")
    rows = []
    for ws in series:
        people = participant_rows(wb, ws.id)
        heads = participants.list_head_counts(wb, ws.id)
        fb = feedback_of(wb, ws.id, pseudo)
        rows.append(m.ProjectWorkshopRow(
            title=ws.title, date=_date(ws.date), locality=ws.locality,
            participant_count=len(people) + sum(h.count for h in heads),
            municipalities=tuple(sorted({p.municipality for p in people if p.municipality}
                                        | {h.municipality for h in heads if h.municipality})),
            organisations=tuple(sorted({p.organisation for p in people if p.organisation}
                                       | {h.organisation for h in heads if h.organisation})),
            feedback_responses=fb.count, scale_mean=overall_scale_mean(fb), status=ws.status,
            feedback_questions=tuple(zip(fb.questions, fb.figures, strict=True)),
            people=tuple(p.id for p in participants.list_participants(wb, ws.id)),
            anonymous=sum(max(0, h.count) for h in heads)))
    titles = {ws.id: ws.title for ws in series}
    contacts = tuple(m.Contact(name=line.strip()) for line in project.contacts.splitlines() if line.strip())
    logo = wb.setting(LOGO_KEY, "") or ""
    facts = m.ProjectFacts(
        name=project.name, organisation=project.organisation, partners=_lines(project.partners),
        funder=project.funder, period_start=_date(project.period_start), period_end=_date(project.period_end),
        description=project.description, contacts=contacts, language=language,
        logo_path=Path(logo) if logo and Path(logo).is_file() else None)
    all_tasks = tuple(_task(t, titles.get(t.workshop_id or "", ""), pseudo)
                      for t in tasks.list_tasks(wb, project_id=project_id))
    data = m.ProjectReportData(project=facts, workshops=tuple(rows), tasks=all_tasks)
    return _scrubbed(data, pseudo) if pseudo else data


def worksheet_source(wb: Workbench, ref_id: str) -> tuple[WorksheetSpec, m.WorksheetHeader]:
    """The worksheet of an agenda block (in its workshop's language) or of a library method;
    the general answer sheet for a method without a layout of its own."""
    try:
        item = agenda.agenda_items.get(wb, ref_id)
    except ValidationError:
        item = None
    except Exception:  # noqa: BLE001 - not a block: try a method below
        item = None
    if item is not None:
        if not item.method_id:
            raise ValidationError("This block has no method with a worksheet.")
        facts = workshop_facts(wb, item.workshop_id)
        method = method_in_language(wb, item.method_id, facts.language)
        header = m.WorksheetHeader(workshop_title=facts.title, date=facts.date,
                                   organisation_name=facts.organisation_name, language=facts.language,
                                   locality=facts.locality)
    else:
        method = methods.get(wb, ref_id)
        header = m.WorksheetHeader(language=_language(method.language),
                                   organisation_name=wb.setting(ORGANISATION_KEY, "") or "")
    spec = worksheet_of(method)
    if spec is None:  # no layout of its own: the general answer sheet
        from .generic_sheet import generic_spec

        spec = generic_spec(method, header.language)
    return spec, header
