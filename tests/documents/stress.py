"""A store that pushes the printouts: long Finnish compound words, long names and
organisations, 40 participants, many notes, eight feedback questions, every worksheet."""

from __future__ import annotations

from sqlalchemy import select

from fasilitaattori.core import agenda, feedback, notes, participants, projects, tasks, workshops
from fasilitaattori.core.workbench import Workbench
from fasilitaattori.store.models import Method

LONG_WORDS = ("hyvinvointialueyhteistyökoordinaattori", "vammaisneuvostotoiminta",
              "ikäihmistenpalveluneuvottelukunta", "kuntalaisosallistumismahdollisuudet")
FIRST = ("Áile", "Ville", "Åsa", "Östen", "Zacharias", "Anna-Kaisa", "Ulla-Maija", "Eero", "Ärjä", "Birgitta")
LAST = ("Näkkäläjärvi", "Heiskanen", "Åkerlund-Wikström", "Öhman", "Ahlqvist", "Väisänen-Pääkkönen",
        "Laitinen", "Zetterberg", "Kärkkäinen", "Östman")


def _worksheet_methods(wb: Workbench) -> list[Method]:
    with wb.store.read() as session:
        rows = session.scalars(select(Method).where(
            Method.builtin.is_(True), Method.language == "fi", Method.deleted.is_(False)).order_by(Method.key))
        return [m for m in rows if m.worksheet]


def create_stress(wb: Workbench, language: str = "fi") -> tuple[str, str, list[str]]:
    """(project id, workshop id, ids of its blocks with a worksheet)."""
    project = projects.create_project(
        wb, name="Vammaisneuvostotoiminnan ja hyvinvointialueyhteistyön kehittämishanke Pohjois-Savossa",
        organisation="Pohjois-Savon hyvinvointialueen vammais- ja ikäihmistenpalveluneuvottelukunta ry",
        partners="Pohjois-Savon hyvinvointialue\nKuntalaisosallistumismahdollisuuksien edistämisverkosto",
        funder="Sosiaali- ja terveysjärjestöjen avustuskeskus STEA",
        period_start="2026-01-01", period_end="2027-12-31",
        description=" ".join(f"Hankkeessa kehitetään {w}-käytäntöjä." for w in LONG_WORDS),
        contacts="Anna-Kaisa Väisänen-Pääkkönen, hyvinvointialueyhteistyökoordinaattori, 040 123 4567")
    workshop = workshops.create_workshop(
        wb, project_id=project.id,
        title="Hyvinvointialueyhteistyökoordinaattorien ja vammaisneuvostotoiminnan yhteinen kehittämispäivä",
        date="2026-03-10", start_time="09:00", end_time="16:00",
        venue="Kuntoutumiskeskuksen monitoimisali ja ryhmätyötilat", locality="Siilinjärvi",
        target_group="Vammaisneuvostotoiminnan ja ikäihmistenpalveluneuvottelukuntien jäsenet",
        goals=" ".join(f"Tavoitteena on vahvistaa {w}." for w in LONG_WORDS),
        facilitators="Anna-Kaisa Väisänen-Pääkkönen, Zacharias Åkerlund-Wikström", status="held",
        language=language)
    categories = ("intro", "discussion", "break", "exercise", "presentation", "closing", "feedback")
    blocks = []
    for n, method in enumerate(_worksheet_methods(wb)):
        item = agenda.add_from_method(wb, workshop.id, method.id)
        agenda.agenda_items.update(wb, item.id, category=categories[n % len(categories)],
                                   facilitator_notes=f"Muista {LONG_WORDS[n % 4]}.")
        blocks.append(item.id)
    agenda.add_item(wb, workshop.id, title="Kahvitauko", duration_min=15, category="break",
                    materials="Kahvi; tee; " + "; ".join(LONG_WORDS))
    # A second day with a pinned lunch and a round of four tables with long names side by side.
    agenda.set_days(wb, workshop.id, 2)
    agenda.set_day_start(wb, workshop.id, 2, "08:15")
    round_ = agenda.add_item(wb, workshop.id, title=f"Oppimiskahvila: {LONG_WORDS[3]}", duration_min=50, day=2)
    for n, word in enumerate(LONG_WORDS):
        agenda.add_track(wb, round_.id, title=f"Pöytä {n + 1}: {word}", leader=f"{FIRST[n]} {LAST[n]}",
                         room=f"Kuntoutumiskeskuksen {LONG_WORDS[(n + 1) % 4]}huone", duration_min=40 + n * 10)
    agenda.add_item(wb, workshop.id, title="Lounas", duration_min=45, category="break", day=2, pinned_start="11:30")
    agenda.add_item(wb, workshop.id, title=f"Yhteenveto: {LONG_WORDS[0]}", duration_min=5, day=2,
                    leader=f"{FIRST[5]} {LAST[5]}", room=LONG_WORDS[2])
    for i in range(40):
        person = participants.participants.create(
            wb, display_name=f"{FIRST[i % 10]} {LAST[(i * 3) % 10]}",
            organisation=f"{LONG_WORDS[i % 4].capitalize()} – {LAST[i % 10]}n paikallisyhdistys ry",
            municipality=("Siilinjärvi", "Kuopio", "Leppävirta", "Kiuruvesi", "Suonenjoki")[i % 5],
            role=LONG_WORDS[(i + 1) % 4], consent_photo=i % 3 != 0)
        participants.set_attendance(wb, workshop.id, person.id)
    participants.set_head_count(wb, workshop.id, "Siilinjärvi", "Kuntalaiset (nimettömät)", 6)
    kinds = ("idea", "quote", "development_need", "observation", "decision", "question")
    for n in range(48):
        word = LONG_WORDS[n % 4]
        notes.add_note(wb, workshop.id, f"Ryhmä {n % 5 + 1} ehdotti, että {word} otetaan huomioon "
                                        f"kaikessa {LONG_WORDS[(n + 1) % 4]}ssa ja {LONG_WORDS[(n + 2) % 4]}ssa.",
                       kind=kinds[n % 6], agenda_item_id=blocks[n % len(blocks)],
                       group_label=f"Ryhmä {n % 5 + 1}: {LONG_WORDS[(n + 3) % 4]}")
    questions = [feedback.add_question(wb, workshop.id, f"Kuinka hyvin {w} toteutui työpajassa?",
                                       low_label="ei lainkaan hyvin", high_label="erinomaisen hyvin")
                 for w in LONG_WORDS]
    questions += [feedback.add_question(wb, workshop.id, "Saitko sanoa mielipiteesi vammaisneuvostotoiminnasta?",
                                        kind="yesno"),
                  feedback.add_question(wb, workshop.id, "Mitä hyvinvointialueyhteistyökoordinaattorin pitäisi "
                                                         "tehdä seuraavaksi?", kind="text"),
                  feedback.add_question(wb, workshop.id, "Oliko tila esteetön?", kind="yesno"),
                  feedback.add_question(wb, workshop.id, "Muuta palautetta", kind="text"),
                  feedback.add_question(wb, workshop.id, "Mitkä työtavat toimivat?", kind="multi",
                                        options="\n".join(f"{w.capitalize()}työskentely" for w in LONG_WORDS)),
                  feedback.add_question(wb, workshop.id, "Kuinka todennäköisesti suosittelisit työpajaa?",
                                        kind="number", scale_min=0, scale_max=10),
                  feedback.add_question(wb, workshop.id, "Kotikunta", kind="profile")]
    for r in range(30):
        feedback.add_response(wb, workshop.id, {q.id: (1 + r % 5 if q.kind == "scale" else
                                                       r % 2 if q.kind == "yesno" else
                                                       r % 11 if q.kind == "number" else
                                                       [f"{w.capitalize()}työskentely" for w in LONG_WORDS[:1 + r % 4]]
                                                       if q.kind == "multi" else
                                                       ("Siilinjärvi", "Kuopio", "Hyvinvointialuekeskus")[r % 3]
                                                       if q.kind == "profile" else
                                                       f"Lisää {LONG_WORDS[r % 4]}a.") for q in questions})
    for n in range(12):
        tasks.add_task(wb, f"Selvitetään {LONG_WORDS[n % 4]} ja {LONG_WORDS[(n + 1) % 4]}.",
                       workshop_id=workshop.id, owner=f"{FIRST[n % 10]} {LAST[n % 10]}",
                       due_date=f"2026-{n % 9 + 1:02d}-15", status=("open", "in_progress", "done")[n % 3],
                       kind=("task", "assignment")[n % 2])
    workshops.workshops.update(wb, workshop.id, conclusions="\n\n".join(
        f"Keskeinen johtopäätös: {w} vaatii pitkäjänteistä työtä." for w in LONG_WORDS))
    planned = workshops.create_workshop(wb, project_id=project.id, title="Jatkotyöpaja", date="2026-09-01",
                                        locality="Kuopio", status="planned", language=language)
    participants.set_head_count(wb, planned.id, "Kuopio", "Kuntalaiset (nimettömät)", 12)
    return project.id, workshop.id, blocks
