"""A council series' feedback with six bodies of long Finnish names, and a long assignment
between its workshops: what a facilitator's screen must show without cutting anything."""

from __future__ import annotations

from fasilitaattori.core import feedback, tasks, workshops

BODY = "Mitä toimielintä edustat?"
USEFUL = "Kuinka hyödyllinen työpaja oli?"
HEARD = "Saitko äänesi kuuluviin?"
AGAIN = "Osallistuisitko uudelleen?"
GROUPS = ["Vammaisneuvosto ja vanhusneuvosto yhteinen", "Nuorisovaltuuston edustajat",
          "Kaupunginhallituksen elinvoimajaosto", "Sosiaali- ja terveyslautakunta",
          "Kasvatus- ja opetuslautakunta", "Ympäristö- ja rakennuslautakunta"]
PER_GROUP = 5  # MIN_GROUP respondents: every group stands on its own

LONG_ASSIGNMENT = ("Kootkaa oman toimielimenne jäseniltä kolme tärkeintä esteettömyyteen liittyvää "
                   "kehittämisehdotusta, kirjatkaa kunkin kohdalle kenen arkea se koskee ja mitä se "
                   "maksaisi, ja tuokaa ne seuraavaan työpajaan tulostettuina tai sähköisesti jaettuina, "
                   "jotta niistä voidaan äänestää pienryhmissä ennen yhteistä keskustelua")


def feedback_of_six_bodies(wb, workshop_id: str) -> None:
    """Six bodies of five respondents; useful = 1 + group index % 5, heard = 5 - that, again yes
    but for the last respondent of each odd group."""
    body = feedback.add_question(wb, workshop_id, BODY, kind="profile")
    useful = feedback.add_question(wb, workshop_id, USEFUL)
    heard = feedback.add_question(wb, workshop_id, HEARD)
    again = feedback.add_question(wb, workshop_id, AGAIN, kind="yesno")
    for g, name in enumerate(GROUPS):
        for r in range(PER_GROUP):
            feedback.add_response(wb, workshop_id, {body.id: name, useful.id: 1 + g % 5, heard.id: 5 - g % 5,
                                                    again.id: 0 if g % 2 and r == PER_GROUP - 1 else 1})


def long_assignment(wb, project_id: str) -> str:
    """The long assignment, given at the project's first workshop and due a week later."""
    first = min(workshops.list_workshops(wb, project_id), key=lambda w: w.date)
    from datetime import date, timedelta

    due = (date.fromisoformat(first.date) + timedelta(days=7)).isoformat()
    return tasks.add_assignment(wb, LONG_ASSIGNMENT, first.id, due_date=due).id
