"""A realistic Finnish workshop for the document tests and the benchmark."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from fasilitaattori.core.worksheet_spec import WorksheetSpec
from fasilitaattori.documents.model import (
    AgendaRow,
    Contact,
    Feedback,
    FeedbackQuestion,
    FeedbackResponse,
    HeadCount,
    Note,
    Participant,
    Photo,
    ProjectFacts,
    ProjectReportData,
    ProjectWorkshopRow,
    SummaryData,
    Task,
    WorksheetHeader,
    WorkshopFacts,
)

TITLE = "Vaikuttamisen tasot – vammais- ja vanhusneuvostojen työpaja"
MUNICIPALITY = "Iisalmi"
NOTE_TEXT = "Esteettömyyskävely keväällä: yhdessä kaupungin kanssa, myös Åströmin talon pihalla."
SAMI_NAME = "Áile Ánde Sámmol"
CYRILLIC_NAME = "Юлия Ковалёва"
GREEK_NAME = "Γιώργος Παπαδόπουλος"
ARABIC_NAME = "محمد علي"


def workshop(language: str = "fi", **changes: object) -> WorkshopFacts:
    facts = dict(
        title=TITLE,
        date=date(2024, 5, 14),
        start_time=time(9, 0),
        end_time=time(12, 30),
        venue="Kulttuurikeskus, Kirkkosali",
        locality=MUNICIPALITY,
        target_group="Vammais- ja vanhusneuvostojen jäsenet Pohjois-Savosta",
        goals="Neuvostot tunnistavat vaikuttamisen tasot ja keinot sekä sopivat yhteisestä "
              "vaikuttamisviestistä kunnille.",
        facilitators=("Silja Huttunen", SAMI_NAME),
        language=language,
        organisation_name="Pohjois-Savon Vertaistuen keskus",
        conclusions="Neuvostot kokivat yhteisen työpohjan hyödylliseksi.\n\n"
                    "Seuraavaksi kootaan vaikuttamisviesti ja viedään se kuntiin syksyllä.",
    )
    facts.update(changes)
    return WorkshopFacts(**facts)  # type: ignore[arg-type]


AGENDA = (
    AgendaRow("Tervetuloa ja tutustuminen", 20, category="Aloitus",
              instructions="Esittäydytään kierroksella: nimi, kunta ja yksi toive päivälle.",
              materials=("Nimilaput", "Tussit"),
              facilitator_notes="Muista kysyä kuvauslupa ennen kuvaamista."),
    AgendaRow("Vaikuttamisen tasot -työpohja", 60, category="Harjoitus",
              instructions="Ryhmät täyttävät työpohjan: henkilö, yhteisö, kunta, maakunta.\n\n"
                           "Kukin ryhmä valitsee yhden teeman ja esittelee sen lopuksi.",
              materials=("Työpohjat A3", "Tussit", "Post-it-laput"),
              facilitator_notes="Ryhmiin 4–5 henkeä, eri kunnista."),
    AgendaRow("Kahvitauko", 15, category="Tauko"),
    AgendaRow("Learning Cafe: yhteinen vaikuttamisviesti", 60, category="Harjoitus",
              instructions="Kolme pöytää, kolme kierrosta. Pöytäemäntä kokoaa.",
              materials=("Fläppipaperit", "tussit", "Kello"),
              facilitator_notes=""),
    AgendaRow("Yhteenveto ja palaute", 25, category="Lopetus",
              instructions="Kootaan päivän tärkeimmät asiat ja täytetään palautelomake.",
              materials=("Palautelomakkeet", "Kynät")),
)

PARTICIPANTS = (
    Participant("Iisalmen vammaisneuvosto", "Iisalmi", "Liisa Hämäläinen", "puheenjohtaja", True),
    Participant("Iisalmen vanhusneuvosto", "Iisalmi", "Pentti Kärkkäinen", "jäsen", True),
    Participant("Kuopion vammaisneuvosto", "Kuopio", SAMI_NAME, "jäsen", False),
    Participant("Kuopion vanhusneuvosto", "Kuopio", CYRILLIC_NAME, "sihteeri", True),
    Participant("Varkauden vanhusneuvosto", "Varkaus", GREEK_NAME, "jäsen", None),
    Participant("Varkauden vammaisneuvosto", "Varkaus", ARABIC_NAME, "jäsen", True),
    Participant("Pohjois-Savon Vertaistuen keskus", "Kuopio", None, "", None),
    Participant("Sonkajärven vanhusneuvosto", "Sonkajärvi", "Åke Öhman", "jäsen", True),
)

HEAD_COUNTS = (HeadCount(3, "Lapinlahti", "Lapinlahden vanhusneuvosto"), HeadCount(2, "Kiuruvesi", ""))

NOTES = (
    Note("idea", NOTE_TEXT, "Vaikuttamisen tasot -työpohja", "Ryhmä 1"),
    Note("idea", "Neuvostojen yhteinen kevätseminaari joka vuosi.", "Vaikuttamisen tasot -työpohja", "Ryhmä 2"),
    Note("observation", "Kunnan tasolla vaikuttaminen koettiin helpoimmaksi.", "Vaikuttamisen tasot -työpohja"),
    Note("quote", "Yhdessä saamme enemmän aikaan.", "Learning Cafe: yhteinen vaikuttamisviesti"),
    Note("quote", "Koulutus antoi intoa – ja rohkeutta ottaa yhteyttä päättäjiin.", ""),
    Note("development_need", "Neuvostot kuullaan liian myöhään kaavoituksessa.",
         "Learning Cafe: yhteinen vaikuttamisviesti", "Pöytä 2"),
    Note("development_need", "Esteettömyystiedot puuttuvat kunnan verkkosivuilta.", "", "Pöytä 3"),
    Note("decision", "Vaikuttamisviesti lähetetään kaikkiin 12 kuntaan.", "Yhteenveto ja palaute"),
    Note("question", "Miten <b>neuvosto</b> & kunta sopivat aikataulusta?", "Yhteenveto ja palaute"),
)

TASKS = (
    Task("Kootaan vaikuttamisviesti yhdeksi asiakirjaksi", "Silja Huttunen", date(2024, 6, 7), "in_progress"),
    Task("Lähetetään viesti kuntien kirjaamoihin", "Hanna Tervo", date(2024, 8, 30)),
    Task("Kukin neuvosto kirjaa yhden vaikuttamiskeinon omasta kunnasta", "Neuvostot",
         date(2024, 9, 15), "open", "assignment"),
    Task("Muistio jaetaan osallistujille", CYRILLIC_NAME, date(2024, 5, 20), "done"),
)

QUESTIONS = (
    FeedbackQuestion("scale", "Kuinka hyödyllinen työpaja oli omalle työllesi?",
                     scale_labels=("Ei lainkaan", "Erittäin")),
    FeedbackQuestion("scale", "Saitko äänesi kuuluviin?"),
    FeedbackQuestion("yesno", "Osallistuisitko uudelleen?"),
    FeedbackQuestion("text", "Mitä haluat sanoa järjestäjille?"),
)

RESPONSES = (
    FeedbackResponse((5, 4, True, "Koulutus antoi intoa.")),
    FeedbackResponse((4, 5, True, "Yhdessä saamme enemmän aikaan.")),
    FeedbackResponse((5, 5, True, "")),
    FeedbackResponse((3, 4, False, "Tilaisuus oli innostunut ja antoisa.")),
    FeedbackResponse((4, None, True, None)),
    FeedbackResponse((5, 3, None, "Lisää aikaa ryhmätyölle, kiitos!")),
)


def summary(language: str = "fi", photos: tuple[Photo, ...] = ()) -> SummaryData:
    return SummaryData(
        workshop=workshop(language),
        agenda=AGENDA,
        participants=PARTICIPANTS,
        head_counts=HEAD_COUNTS,
        notes=NOTES,
        tasks=TASKS,
        feedback=Feedback(QUESTIONS, RESPONSES),
        photos=photos,
    )


def project(language: str = "fi") -> ProjectReportData:
    facts = ProjectFacts(
        name="Yhdessä vaikuttaen -hanke",
        organisation="Pohjois-Savon Vertaistuen keskus",
        partners=("Kuopion kaupunki", "Iisalmen kaupunki", "Varkauden kaupunki"),
        funder="Sosiaali- ja terveysjärjestöjen avustuskeskus STEA",
        period_start=date(2024, 1, 1),
        period_end=date(2025, 12, 31),
        description="Hanke vahvistaa vammais- ja vanhusneuvostojen vaikuttamistyötä Pohjois-Savossa.",
        contacts=(Contact("Hanna Tervo", "projektipäällikkö", "hanna.tervo@example.fi", "040 123 4567"),),
        language=language,
    )
    rows = (
        ProjectWorkshopRow("Aloitustyöpaja", date(2024, 2, 6), "Kuopio", 14, ("Kuopio", "Siilinjärvi"),
                           ("Kuopion vammaisneuvosto",), 11, 4.1),
        ProjectWorkshopRow(TITLE, date(2024, 5, 14), MUNICIPALITY, 13, ("Iisalmi", "Kuopio", "Varkaus"),
                           ("Iisalmen vammaisneuvosto", "Kuopion vammaisneuvosto"), 6, 4.3),
        ProjectWorkshopRow("Päätöstyöpaja", date(2024, 10, 2), "Varkaus", 10, ("Varkaus",),
                           ("Varkauden vanhusneuvosto",), 0, None),
    )
    tasks = tuple(Task(t.text, t.owner, t.due, t.status, t.kind, TITLE) for t in TASKS)
    tasks += (Task("Kutsu seuraavaan työpajaan", SAMI_NAME, date(2024, 9, 1), "open", "task", "Päätöstyöpaja"),)
    return ProjectReportData(facts, rows, tasks)


def worksheet_header(language: str = "fi") -> WorksheetHeader:
    return WorksheetHeader(TITLE, date(2024, 5, 14), "Pohjois-Savon Vertaistuen keskus", language, MUNICIPALITY)


WORKSHEETS = {
    "boxes": WorksheetSpec("boxes", "Oma vaikuttamisviesti", "Kirjoita lyhyesti ja selkeästi.",
                           ("Mikä asia?", "Kenelle viesti menee?", "Mitä toivomme tapahtuvan?"),
                           box_lines=(2, 1, 2)),
    "levels": WorksheetSpec("levels", "Vaikuttamisen tasot", "Kirjaa jokaiselle tasolle keinoja.",
                            ("Henkilö", "Yhteisö", "Kunta", "Maakunta")),
    "circles": WorksheetSpec("circles", "Verkostokartta", "Kirjaa toimijat sen mukaan, kuinka lähellä ne ovat.",
                             ("Lähimmät työkaverit", "Kunnan muut toimijat", "Järjestöt ja seurakunta"),
                             center_label="Minä"),
    "grid2x2": WorksheetSpec("grid2x2", "Nelikenttä", "", ("Vahvuudet", "Heikkoudet", "Mahdollisuudet", "Uhat")),
    "table": WorksheetSpec("table", "Välitehtävä: palvelupolku", "Täytä yksi rivi kutakin vaihetta kohti.",
                           rows=12, columns=("Vaihe", "Kuka auttaa?", "Mikä toimii?", "Mikä estää?")),
}


def png(path: Path, width: int = 800, height: int = 600, label: str = "Fläppi") -> Path:
    """Write a flip-chart-like PNG with reportlab's renderPM-free route: Pillow."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), (250, 250, 245))
    draw = ImageDraw.Draw(image)
    for i in range(8):
        draw.rectangle((40 + i * 90, 60 + (i % 3) * 120, 110 + i * 90, 130 + (i % 3) * 120),
                       fill=(255, 230 - i * 10, 120 + i * 12))
    draw.text((40, 20), label, fill=(20, 20, 20))
    image.save(path, format="PNG")
    return path
