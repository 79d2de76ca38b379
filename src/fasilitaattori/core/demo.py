"""A realistic demo project, written in our own words after the kind of work our users do:
a council-workshop series in three localities, with people from several municipalities."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select

from ..store.models import Method, Project
from . import agenda, feedback, notes, participants, projects, tasks, workshops
from .demo_texts import TEXTS, TRAINING
from .workbench import Workbench

# The example project has one fixed id, so asking for it again opens it instead of a copy.
DEMO_PROJECT_ID = str(uuid.uuid5(uuid.NAMESPACE_URL, "https://fasilitaattori.invalid/demo-project"))

MUNICIPALITIES = ("Iisalmi", "Kiuruvesi", "Sonkajärvi", "Varkaus", "Leppävirta", "Joroinen",
                  "Kuopio", "Siilinjärvi", "Suonenjoki", "Pielavesi")

PEOPLE = [
    ("Aino Räsänen", "Iisalmen vanhusneuvosto", "Iisalmi", "puheenjohtaja"),
    ("Pekka Hyvönen", "Iisalmen vammaisneuvosto", "Iisalmi", "jäsen"),
    ("Áile Näkkäläjärvi", "Kiuruveden vammaisneuvosto", "Kiuruvesi", "jäsen"),
    ("Seppo Kärkkäinen", "Sonkajärven vanhusneuvosto", "Sonkajärvi", "sihteeri"),
    ("Marjatta Öhman", "Varkauden vanhusneuvosto", "Varkaus", "jäsen"),
    ("Наталья Иванова", "Monikulttuurinen yhdistys Silta ry", "Varkaus", "järjestön edustaja"),
    ("Eero Tuovinen", "Leppävirran vammaisneuvosto", "Leppävirta", "puheenjohtaja"),
    ("Liisa Jäntti", "Joroisten kunta", "Joroinen", "hyvinvointikoordinaattori"),
    ("Ville Heiskanen", "Kuopion kaupunki", "Kuopio", "osallisuuskoordinaattori"),
    ("Britt-Marie Åkerlund", "Kuopion vammaisneuvosto", "Kuopio", "jäsen"),
    ("Ánde Sámmol", "Siilinjärven vanhusneuvosto", "Siilinjärvi", "jäsen"),
    ("Tuula Kämäräinen", "Suonenjoen vanhusneuvosto", "Suonenjoki", "varapuheenjohtaja"),
    ("", "Pielaveden vammaisneuvosto", "Pielavesi", "jäsen"),
    ("Jukka Pääkkönen", "Pohjois-Savon hyvinvointialue", "Kuopio", "asiakasosallisuuden asiantuntija"),
    ("Helena Väisänen", "Varkauden kaupunki", "Varkaus", "vapaa-aikatoimen ohjaaja"),
]

def _method(wb: Workbench, language: str, key: str) -> Method | None:
    with wb.store.read() as session:
        return session.scalars(select(Method).where(
            Method.builtin.is_(True), Method.language == language, Method.key == key,
            Method.deleted.is_(False))).first()


def _block(wb: Workbench, workshop_id: str, language: str, key: str, title: str, minutes: int,
           category: str) -> str:
    method = _method(wb, language, key)
    if method is not None:
        item = agenda.add_from_method(wb, workshop_id, method.id)
        if method.duration_min != minutes:
            agenda.agenda_items.update(wb, item.id, duration_min=minutes)
        return item.id
    return agenda.add_item(wb, workshop_id, title=title, duration_min=minutes, category=category).id


PLAN = [  # method key, minutes, category (the title is the method's, or the texts' when it is missing)
    ("check-in-round", 20, "intro"),
    ("dialogue", 40, "discussion"),
    ("break", 15, "break"),
    ("levels-of-impact", 45, "exercise"),
    ("network-map", 30, "exercise"),
    ("feedback-round", 15, "closing"),
]


def demo_project(wb: Workbench) -> Project | None:
    """The example project when the store has it (not deleted)."""
    with wb.store.read() as session:
        row = session.get(Project, DEMO_PROJECT_ID)
        return row if row is not None and not row.deleted else None


def create_demo(wb: Workbench, language: str = "fi") -> Project:
    """The example project, made once: when it is there already, it is returned as it is; when
    it was deleted, it comes back. `language` is the workshops' printout language and the
    language of the methods on their agendas."""
    with wb.store.read() as session:
        row = session.get(Project, DEMO_PROJECT_ID)
        gone = row is not None and row.deleted
        there = row is not None and not row.deleted
    if there:
        return projects.projects.get(wb, DEMO_PROJECT_ID)
    if gone:
        return projects.projects.restore(wb, DEMO_PROJECT_ID)
    language = language if language in TEXTS else "fi"
    t = TEXTS[language]
    with wb.store.write() as session:
        project = projects.projects.insert(session, wb, {
            "name": t.project_name, "organisation": "Järvi-Savon järjestöverkosto ry",
            "partners": t.partners, "funder": t.funder,
            "period_start": "2026-01-01", "period_end": "2026-12-31",
            "description": t.description, "contacts": t.contacts,
        }, row_id=DEMO_PROJECT_ID)
    venues = [
        ("Iisalmi", "2026-03-10", t.venues[0], "held"),
        ("Varkaus", "2026-04-14", t.venues[1], "held"),
        ("Kuopio", "2026-05-19", t.venues[2], "planned"),
    ]
    people = [participants.participants.create(wb, display_name=name, organisation=org,
                                               municipality=town, role=t.roles.get(role, role),
                                               consent_photo=i % 3 != 0,
                                               contact=f"{name.split()[0].lower()}@example.fi"
                                               if name and i % 4 == 0 else "")
              for i, (name, org, town, role) in enumerate(PEOPLE)]
    previous_tasks: list[str] = []
    for index, (town, day, venue, status) in enumerate(venues):
        workshop = workshops.create_workshop(
            wb, project_id=project.id, title=t.workshop_title.format(n=index + 1, town=town), date=day,
            start_time="09:30", end_time="12:30", venue=venue, locality=town,
            target_group=t.target_group, goals=t.goals,
            facilitators="Kaisa Laitinen, Oskari Nieminen", status=status, language=language,
        )
        blocks = [_block(wb, workshop.id, language, key, title, mins, cat)
                  for (key, mins, cat), title in zip(PLAN, t.plan_titles, strict=True)]
        for offset, person in enumerate(people):
            if (offset + index) % 4 != 3:
                participants.set_attendance(wb, workshop.id, person.id)
        participants.set_head_count(wb, workshop.id, town, t.head_count, 3 + index)
        questions = [
            feedback.add_question(wb, workshop.id, t.useful, low_label=t.useful_low, high_label=t.useful_high),
            feedback.add_question(wb, workshop.id, t.heard, kind="yesno"),
            feedback.add_question(wb, workshop.id, t.to_organisers, kind="text"),
        ]
        if status == "held":
            kinds = list(t.notes)
            for n, kind in enumerate(kinds * 2):
                texts = t.notes[kind]
                text = texts[(n // len(kinds) + index) % len(texts)]  # the second round, the next text
                notes.add_note(wb, workshop.id, text, kind=kind, agenda_item_id=blocks[(n % 3) + 1],
                               group_label=t.group.format(n=n % 3 + 1))
            comments = [*t.comments, ""]
            for r in range(9 + index * 2):
                feedback.add_response(wb, workshop.id, {
                    questions[0].id: 3 + (r * 7 + index) % 3,
                    questions[1].id: 1 if r % 5 else 0,
                    questions[2].id: comments[r % len(comments)],
                })
            t1 = tasks.add_task(wb, t.task_examples,
                                workshop_id=workshop.id, owner="Kaisa Laitinen",
                                due_date=f"2026-0{4 + index}-05", status="done" if index == 0 else "open")
            t2 = tasks.add_task(wb, t.task_budget, workshop_id=workshop.id, owner=t.budget_owner,
                                due_date=f"2026-0{4 + index}-10", kind="assignment")
            tasks.add_task(wb, t.task_guide,
                           workshop_id=workshop.id, owner="Jukka Pääkkönen", due_date="2026-06-30",
                           status="in_progress")
            previous_tasks += [t1.id, t2.id]
            workshops.workshops.update(wb, workshop.id, conclusions=t.conclusions)
    _training(wb, project.id, language)
    return project


def _training(wb: Workbench, project_id: str, language: str) -> None:
    """A two-day training after the series: a Learning Cafe round of three tables side by side,
    and lunches pinned to the clock."""
    t = TRAINING[language]
    ws = workshops.create_workshop(
        wb, project_id=project_id, title=t["title"], date="2026-09-08", start_time="09:00", end_time="16:00",
        venue=t["venue"], locality="Kuopio", facilitators="Kaisa Laitinen, Oskari Nieminen, Sanna Mäkelä",
        language=language)
    agenda.set_days(wb, ws.id, 2)
    agenda.set_day_start(wb, ws.id, 2, "08:30")

    def block(title: str, minutes: int, category: str, day: int = 1, **extra: str) -> str:
        values: dict[str, Any] = {"title": title, "duration_min": minutes, "category": category, "day": day, **extra}
        return agenda.add_item(wb, ws.id, **values).id

    block(t["opening"], 30, "intro", leader="Kaisa Laitinen")
    cafe = block(t["cafe"], 75, "exercise")
    for table, leader, room in (("table1", "Kaisa Laitinen", "room_a"), ("table2", "Oskari Nieminen", "room_b"),
                                ("table3", "Sanna Mäkelä", "room_c")):
        agenda.add_track(wb, cafe, title=t[table], leader=leader, room=t[room])
    block(t["harvest"], 30, "discussion", leader="Oskari Nieminen", room=t["room_a"])
    block(t["lunch"], 60, "break", pinned_start="12:00")
    day_one = [("network-map", 45, "exercise"), ("feedback-round", 20, "closing")]
    for key, minutes, category in day_one:
        _block(wb, ws.id, language, key, t["day_close"], minutes, category)
    block(t["morning"], 15, "intro", day=2, leader="Kaisa Laitinen")
    levels = _method(wb, language, "levels-of-impact")
    if levels is not None:
        agenda.add_from_method(wb, ws.id, levels.id, day=2)
    block(t["break"], 15, "break", day=2)
    block(t["plan"], 60, "exercise", day=2, room=t["room_a"])
    block(t["lunch"], 45, "break", day=2, pinned_start="12:00")
