"""A realistic demo project, written in our own words after the kind of work our users do:
a council-workshop series in three localities, with people from several municipalities."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from ..store.models import Method, Project
from . import agenda, feedback, notes, participants, projects, tasks, workshops
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

NOTES = {
    "idea": [
        "Neuvostot voisivat tehdä yhteisen lausuntopohjan, jota jokainen kunta muokkaa omaan käyttöönsä.",
        "Kuntalaisraadin tuloksista kerrotaan myös paikallislehdessä ja kirjaston ilmoitustaululla.",
        "Esteettömyyskävely keskustassa ennen kaavoituksen päätöksiä – mukaan päättäjiä ja virkamiehiä.",
    ],
    "quote": [
        "Yhdessä saamme enemmän aikaan kuin yksin kirjeitä kirjoittamalla.",
        "Vi behöver information på båda språken, annars når den inte alla äldre.",
        "Ensimmäistä kertaa tuntui, että meitä oikeasti kuunneltiin jo suunnitteluvaiheessa.",
    ],
    "development_need": [
        "Palvelupolku on liian pitkä, kun ikääntynyt joutuu asioimaan kolmessa eri paikassa.",
        "Neuvostot saavat asiat käsiteltäväksi liian myöhään – usein vasta kun päätös on jo valmisteltu.",
        "Kuljetuspalvelun hakemisesta tarvitaan selkokielinen ohje.",
    ],
    "observation": [
        "Ryhmissä keskustelu vilkastui, kun jokainen sai ensin kirjoittaa ajatuksensa itse.",
        "Työpohjan tasot auttoivat erottamaan, mihin neuvosto voi vaikuttaa suoraan ja mihin välillisesti.",
    ],
    "decision": [
        "Seuraavaan työpajaan jokainen neuvosto tuo yhden onnistuneen vaikuttamisesimerkin.",
        "Yhteinen vaikuttamisviesti viimeistellään ja lähetetään kaikkiin kuntiin toukokuussa.",
    ],
    "question": [
        "Miten hyvinvointialueen asiakasraadit ja kuntien neuvostot saadaan toimimaan yhdessä?",
        "Kuka vastaa siitä, että neuvoston lausunto kulkee päätöksentekijälle asti?",
    ],
}


def _method(wb: Workbench, language: str, *fragments: str) -> Method | None:
    with wb.store.read() as session:
        rows = list(session.scalars(select(Method).where(
            Method.builtin.is_(True), Method.language == language, Method.deleted.is_(False))
            .order_by(Method.key)))
    for fragment in fragments:
        for row in rows:
            if row.key == fragment:
                return row
    return None


def _block(wb: Workbench, workshop_id: str, language: str, fragments: tuple[str, ...], title: str,
           minutes: int, category: str) -> str:
    method = _method(wb, language, *fragments)
    if method is not None:
        item = agenda.add_from_method(wb, workshop_id, method.id)
        if method.duration_min != minutes:
            agenda.agenda_items.update(wb, item.id, duration_min=minutes)
        return item.id
    return agenda.add_item(wb, workshop_id, title=title, duration_min=minutes, category=category).id


PLAN = [
    (("check-in-round",), "Aloituskierros", 20, "intro"),
    (("dialogue",), "Dialogi: mitä vaikuttaminen meille tarkoittaa?", 40, "discussion"),
    (("break",), "Kahvitauko", 15, "break"),
    (("levels-of-impact",), "Vaikuttamisen tasot -työpohja", 45, "exercise"),
    (("network-map",), "Verkostokartta", 30, "exercise"),
    (("feedback-round",), "Palautekierros", 15, "closing"),
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
    language = language if language in ("fi", "sv", "en") else "fi"
    with wb.store.write() as session:
        project = projects.projects.insert(session, wb, dict(
        name="Yhdessä vaikuttaen – neuvostojen työpajasarja",
        organisation="Järvi-Savon järjestöverkosto ry",
        partners="Pohjois-Savon hyvinvointialue\nKuopion, Iisalmen ja Varkauden kaupungit",
        funder="Sosiaali- ja terveysjärjestöjen avustuskeskus",
        period_start="2026-01-01", period_end="2026-12-31",
        description=("Työpajasarja vahvistaa vanhus- ja vammaisneuvostojen vaikuttamistyötä ja "
                     "lisää neuvostojen välistä yhteistyötä Pohjois-Savossa."),
        contacts="Kaisa Laitinen, projektipäällikkö, 040 123 4567, kaisa.laitinen@example.fi",
        ), row_id=DEMO_PROJECT_ID)
    venues = [
        ("Iisalmi", "2026-03-10", "Kulttuurikeskus Kuurna", "held"),
        ("Varkaus", "2026-04-14", "Kuntoutumiskeskuksen juhlasali", "held"),
        ("Kuopio", "2026-05-19", "Pääkirjaston monitoimisali", "planned"),
    ]
    people = [participants.participants.create(wb, display_name=name, organisation=org,
                                               municipality=town, role=role,
                                               consent_photo=i % 3 != 0,
                                               contact=f"{name.split()[0].lower()}@example.fi"
                                               if name and i % 4 == 0 else "")
              for i, (name, org, town, role) in enumerate(PEOPLE)]
    previous_tasks: list[str] = []
    for index, (town, day, venue, status) in enumerate(venues):
        workshop = workshops.create_workshop(
            wb, project_id=project.id, title=f"Vaikuttamisen työpaja {index + 1}: {town}", date=day,
            start_time="09:30", end_time="12:30", venue=venue, locality=town,
            target_group="Vanhus- ja vammaisneuvostojen jäsenet ja kuntien yhteyshenkilöt",
            goals=("Neuvostot tunnistavat vaikuttamisen tasot ja keinot sekä sopivat yhteisestä "
                   "vaikuttamisviestistä."),
            facilitators="Kaisa Laitinen, Oskari Nieminen", status=status, language=language,
        )
        blocks = [_block(wb, workshop.id, language, fragments, title, mins, cat) for fragments, title, mins, cat in PLAN]
        for offset, person in enumerate(people):
            if (offset + index) % 4 != 3:
                participants.set_attendance(wb, workshop.id, person.id)
        participants.set_head_count(wb, workshop.id, town, "Kuntalaiset (nimettömät)", 3 + index)
        questions = [
            feedback.add_question(wb, workshop.id, "Kuinka hyödyllinen työpaja oli omalle työllesi?",
                                  low_label="ei lainkaan", high_label="erittäin"),
            feedback.add_question(wb, workshop.id, "Saitko sanoa mielipiteesi?", kind="yesno"),
            feedback.add_question(wb, workshop.id, "Mitä haluaisit sanoa järjestäjille?", kind="text"),
        ]
        if status == "held":
            kinds = list(NOTES)
            for n, kind in enumerate(kinds * 2):
                texts = NOTES[kind]
                text = texts[(n // len(kinds) + index) % len(texts)]  # the second round, the next text
                notes.add_note(wb, workshop.id, text, kind=kind, agenda_item_id=blocks[(n % 3) + 1],
                               group_label=f"Ryhmä {n % 3 + 1}")
            comments = ["Koulutus antoi intoa.", "Tilaisuus oli innostunut ja antoisa.",
                        "Enemmän aikaa ryhmätöille, kiitos!", ""]
            for r in range(9 + index * 2):
                feedback.add_response(wb, workshop.id, {
                    questions[0].id: 3 + (r * 7 + index) % 3,
                    questions[1].id: 1 if r % 5 else 0,
                    questions[2].id: comments[r % len(comments)],
                })
            t1 = tasks.add_task(wb, "Kootaan neuvostojen onnistuneet vaikuttamisesimerkit yhteen muistioon.",
                                workshop_id=workshop.id, owner="Kaisa Laitinen",
                                due_date=f"2026-0{4 + index}-05", status="done" if index == 0 else "open")
            t2 = tasks.add_task(wb, ("Selvitä, milloin oman kunnan seuraava talousarvio "
                                     "tulee neuvoston käsittelyyn."),
                                workshop_id=workshop.id, owner="Neuvostojen puheenjohtajat",
                                due_date=f"2026-0{4 + index}-10", kind="assignment")
            tasks.add_task(wb, "Selkokielinen ohje kuljetuspalvelun hakemisesta hyvinvointialueelle.",
                           workshop_id=workshop.id, owner="Jukka Pääkkönen", due_date="2026-06-30",
                           status="in_progress")
            previous_tasks += [t1.id, t2.id]
            workshops.workshops.update(wb, workshop.id, conclusions=(
                "Neuvostot kokivat työpohjan selkeäksi. Tärkein yhteinen kehittämistarve on saada asiat "
                "neuvostojen käsittelyyn nykyistä aiemmin. Seuraavassa työpajassa jatketaan "
                "vaikuttamisviestin työstämistä."))
    return project
