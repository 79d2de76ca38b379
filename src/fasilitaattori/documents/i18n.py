"""The printouts' own words in Finnish, Swedish and English, with dates, numbers and plurals.

Each entry is (fi, sv, en). Finnish is written first and in plain public-sector language; the
Swedish is the Swedish used in Finland. The words match the program's own: the person leading a
workshop is "ohjaaja" / "handledare" (Fasilitaattori is the program), a task's date "määräpäivä"
/ "förfallodag", a note's or task's kind "laji" / "typ".
"""

from __future__ import annotations

from datetime import date, time

from fasilitaattori.core import dates
from fasilitaattori.documents.feedback_texts import FEEDBACK_TEXTS
from fasilitaattori.documents.model import Language

_INDEX = {"fi": 0, "sv": 1, "en": 2}

TEXTS: dict[str, tuple[str, str, str]] = {
    # page frame
    "page": ("sivu {n} / {total}", "sida {n} / {total}", "page {n} of {total}"),
    "clock_prefix": ("klo ", "kl. ", ""),
    "minutes": ("{n} min", "{n} min", "{n} min"),
    # workshop facts
    "date": ("Päivämäärä", "Datum", "Date"),
    "time": ("Aika", "Tid", "Time"),
    "venue": ("Paikka", "Plats", "Venue"),
    "locality": ("Paikkakunta", "Ort", "Locality"),
    "target_group": ("Kohderyhmä", "Målgrupp", "Target group"),
    "goals": ("Tavoitteet", "Mål", "Goals"),
    "facilitators": ("Ohjaajat", "Handledare", "Facilitators"),
    "organiser": ("Järjestäjä", "Arrangör", "Organiser"),
    "workshop": ("Työpaja", "Workshop", "Workshop"),
    "other": ("Muut", "Övriga", "Other"),
    "not_known": ("Ei tiedossa", "Okänd", "Not known"),
    # worksheet
    "worksheet": ("Työpohja", "Arbetsblad", "Worksheet"),
    "group": ("Ryhmä", "Grupp", "Group"),
    "answer_box": ("Ajatuksemme ja vastauksemme", "Våra tankar och svar", "Our thoughts and answers"),
    "worksheets": ("Työpohjat", "Arbetsblad", "Worksheets"),
    # run sheet
    "run_sheet": ("Ohjaajan käsikirjoitus", "Handledarens drejbok", "Facilitator's run sheet"),
    "facilitator_only": ("Vain ohjaajan käyttöön", "Endast för handledaren", "For the facilitator only"),
    "facilitator_notes": ("Ohjaajan muistiinpanot", "Handledarens anteckningar", "Facilitator's notes"),
    "clock": ("Klo", "Kl.", "Time"),
    "programme": ("Ohjelma", "Program", "Programme"),
    "planned_time": ("Suunniteltu klo", "Planerat kl.", "Planned"),
    "actual_time": ("Toteutunut klo", "Genomfört kl.", "Held"),
    "duration": ("Kesto", "Längd", "Duration"),
    "total_duration": ("Kesto yhteensä", "Sammanlagd längd", "Total duration"),
    "instructions": ("Ohjeet", "Instruktioner", "Instructions"),
    "materials": ("Materiaalit", "Material", "Materials"),
    "no_agenda": ("Ohjelmaa ei ole kirjattu.", "Inget program har förts in.", "No programme has been recorded."),
    # timeline
    "timeline": ("Aikajana", "Tidslinje", "Timeline"),
    "day_n": ("Päivä {n}", "Dag {n}", "Day {n}"),
    "fixed_time": ("kiinteä aika", "fast tid", "fixed time"),
    "in_parallel": ("rinnakkain: {names}", "parallellt: {names}", "in parallel: {names}"),
    "time_balance": ("Ajan jakautuminen", "Tidens fördelning", "How the time divides"),
    "balance_line": ("esitykset {p} min, osallistujien oma työ ja keskustelu {o} min, tauot {b} min",
                     "presentationer {p} min, deltagarnas eget arbete och diskussion {o} min, pauser {b} min",
                     "presentation {p} min, participants' own work and discussion {o} min, breaks {b} min"),
    "balance_low": ("Osallistujien omaa työtä ja keskustelua on alle kolmannes muusta kuin taukoajasta.",
                    "Deltagarnas eget arbete och diskussion är mindre än en tredjedel av tiden utanför pauserna.",
                    "Participants' own work and discussion take less than a third of the time that is not a "
                    "break."),
    "parallel_groups": ("Rinnakkaiset ryhmät", "Parallella grupper", "Groups working in parallel"),
    "leads": ("Vetäjä", "Ledare", "Leads"),
    "room": ("Tila", "Lokal", "Room"),
    # participant agenda
    "welcome": ("Tervetuloa!", "Välkommen!", "Welcome!"),
    # packing list
    "packing_list": ("Pakkauslista", "Packlista", "Packing list"),
    "item": ("Tarvike", "Material", "Item"),
    "needed_for": ("Tarvitaan", "Behövs till", "Needed for"),
    "packed": ("Mukana", "Packat", "Packed"),
    "no_materials": (
        "Ohjelmaan ei ole kirjattu materiaaleja.",
        "Inget material har angetts i programmet.",
        "No materials are listed in the programme.",
    ),
    # sign-in sheet
    "signin": ("Osallistujalista", "Deltagarlista", "Sign-in sheet"),
    "name": ("Nimi", "Namn", "Name"),
    "organisation": ("Organisaatio", "Organisation", "Organisation"),
    "municipality": ("Kunta", "Kommun", "Municipality"),
    "signature": ("Allekirjoitus", "Underskrift", "Signature"),
    "photo_consent": ("Kuvauslupa", "Fotolov", "Photo consent"),
    "yes": ("Kyllä", "Ja", "Yes"),
    "no": ("Ei", "Nej", "No"),
    "privacy_notice": (
        "Tietoja käytetään vain tämän työpajan järjestämiseen ja raportointiin. Raportissa "
        "osallistujat esitetään vain kunnittain ja organisaatioittain. Kuvauslupa koskee "
        "työpajassa otettuja kuvia.",
        "Uppgifterna används endast för att ordna och rapportera denna workshop. I rapporten "
        "redovisas deltagarna endast per kommun och organisation. Fotolovet gäller bilder som "
        "tas under workshoppen.",
        "The information is used only to run and report on this workshop. The report shows "
        "participants only by municipality and organisation. Photo consent covers pictures "
        "taken during the workshop.",
    ),
    # feedback form
    "feedback_form": ("Palautelomake", "Responsblankett", "Feedback form"),
    "feedback_intro": (
        "Vastaa nimettömästi. Palautteesi auttaa meitä kehittämään työpajoja. Kiitos!",
        "Du svarar anonymt. Din respons hjälper oss att utveckla våra workshoppar. Tack!",
        "Your answers are anonymous. Your feedback helps us improve our workshops. Thank you!",
    ),
    "mark_one": (
        "Merkitse rasti sopivimpaan kohtaan.",
        "Kryssa för det alternativ som passar bäst.",
        "Tick the option that fits best.",
    ),
    "no_questions": (
        "Lomakkeelle ei ole lisätty kysymyksiä.",
        "Inga frågor har lagts till på blanketten.",
        "No questions have been added to the form.",
    ),
    "thanks": ("Kiitos vastauksestasi!", "Tack för ditt svar!", "Thank you for your answers!"),
    # summary
    "summary": ("Työpajan yhteenveto", "Sammandrag av workshoppen", "Workshop summary"),
    "participants": ("Osallistujat", "Deltagare", "Participants"),
    "by_municipality": ("Osallistujat kunnittain", "Deltagare per kommun", "Participants by municipality"),
    "by_organisation": (
        "Osallistujat organisaatioittain",
        "Deltagare per organisation",
        "Participants by organisation",
    ),
    "participant_total": ("Osallistujia yhteensä", "Deltagare totalt", "Participants in total"),
    "programme_held": ("Toteutunut ohjelma", "Programmet som det genomfördes", "Programme as held"),
    "outputs": ("Työskentelyn tuotokset", "Resultat av arbetet", "Outputs of the work"),
    "other_notes": ("Muut muistiinpanot", "Övriga anteckningar", "Other notes"),
    "in_their_words": ("Osallistujien sanoin", "Med deltagarnas ord", "In the participants' words"),
    "development_needs": ("Kehittämistarpeet", "Utvecklingsbehov", "Development needs"),
    "tasks": ("Tehtävät", "Uppgifter", "Tasks"),
    "assignments": ("Välitehtävät", "Mellanuppgifter", "Assignments between workshops"),
    "tasks_and_assignments": ("Tehtävät ja välitehtävät", "Uppgifter och mellanuppgifter", "Tasks and assignments"),
    "task": ("Tehtävä", "Uppgift", "Task"),
    "owner": ("Vastuuhenkilö", "Ansvarig", "Owner"),
    "due": ("Määräpäivä", "Förfallodag", "Due"),
    "status": ("Tila", "Status", "Status"),
    "feedback": ("Palaute", "Respons", "Feedback"),
    "open_answers": ("Avoimet vastaukset", "Öppna svar", "Open answers"),
    "photos": ("Kuvat", "Bilder", "Photos"),
    "conclusions": ("Ohjaajan johtopäätökset", "Handledarens slutsatser", "Facilitator's conclusions"),
    "kind.idea": ("Ideat", "Idéer", "Ideas"),
    "kind.quote": ("Lainaukset", "Citat", "Quotes"),
    "kind.development_need": ("Kehittämistarpeet", "Utvecklingsbehov", "Development needs"),
    "kind.observation": ("Havainnot", "Iakttagelser", "Observations"),
    "kind.decision": ("Päätökset", "Beslut", "Decisions"),
    "kind.question": ("Kysymykset", "Frågor", "Questions"),
    "status.open": ("Avoin", "Öppen", "Open"),
    "status.in_progress": ("Työn alla", "Pågår", "In progress"),
    "status.done": ("Valmis", "Klar", "Done"),
    "category.intro": ("Aloitus", "Inledning", "Opening"),
    "category.exercise": ("Harjoitus", "Övning", "Exercise"),
    "category.discussion": ("Keskustelu", "Diskussion", "Discussion"),
    "category.presentation": ("Alustus", "Presentation", "Presentation"),
    "category.break": ("Tauko", "Paus", "Break"),
    "category.closing": ("Lopetus", "Avslutning", "Closing"),
    "category.feedback": ("Palaute", "Respons", "Feedback"),
    "category": ("Osio", "Del", "Part"),
    "programme_planned": ("Suunniteltu ohjelma", "Planerat program", "Planned programme"),
    "plan_mark": (
        "SUUNNITELMA – työpajaa ei ole vielä pidetty.",
        "PLAN – workshoppen har inte hållits ännu.",
        "PLAN – the workshop has not been held yet.",
    ),
    "photos_withheld": (
        "Työpajan {n} kuvaa jätettiin pois, koska kaikilta osallistujilta ei ole kuvauslupaa.",
        "Workshoppens {n} bilder utelämnades eftersom alla deltagare inte har gett tillstånd till bilder.",
        "The workshop's {n} photos were left out, as not every participant gave photo consent.",
    ),
    "wstatus.planned": ("Suunniteltu", "Planerad", "Planned"),
    "wstatus.held": ("Pidetty", "Hållen", "Held"),
    "wstatus.cancelled": ("Peruttu", "Inställd", "Cancelled"),
    "workshops_held": ("Pidetyt työpajat", "Hållna workshoppar", "Workshops held"),
    "people_named": ("Eri osallistujat nimeltä", "Olika deltagare med namn", "Different people by name"),
    "people_anonymous": ("Nimettömät osallistujat", "Anonyma deltagare", "Anonymous participants"),
    "attendances": ("Osallistumiset", "Deltaganden", "Attendances"),
    "counting_note": (
        "Luvuissa ovat mukana vain pidetyt työpajat. Nimetty osallistuja lasketaan kerran, vaikka hän "
        "osallistui useaan työpajaan; nimettömät osallistujat ovat työpajoissa kirjattuja määriä.",
        "Siffrorna omfattar bara hållna workshoppar. En namngiven deltagare räknas en gång även om hen "
        "deltog i flera workshoppar; anonyma deltagare är antal som antecknats vid workshopparna.",
        "The figures count held workshops only. A named participant is counted once however many "
        "workshops they attended; anonymous participants are the head counts recorded at the workshops.",
    ),
    "no_notes": ("Ei kirjattuja muistiinpanoja.", "Inga anteckningar har förts.", "No notes were recorded."),
    "no_participants": ("Ei osallistujatietoja.", "Inga deltagaruppgifter.", "No participant information."),
    "no_quotes": ("Lainauksia ei ole kirjattu.", "Inga citat har förts in.", "No quotes were recorded."),
    "no_needs": (
        "Kehittämistarpeita ei ole kirjattu.",
        "Inga utvecklingsbehov har förts in.",
        "No development needs were recorded.",
    ),
    "no_tasks": ("Ei kirjattuja tehtäviä.", "Inga uppgifter har förts in.", "No tasks were recorded."),
    "no_feedback": ("Palautetta ei kerätty.", "Ingen respons samlades in.", "No feedback was collected."),
    "no_answers": ("Ei vastauksia.", "Inga svar.", "No answers."),
    "no_photos": ("Ei kuvia.", "Inga bilder.", "No photos."),
    "no_conclusions": (
        "Johtopäätöksiä ei ole kirjattu.",
        "Inga slutsatser har förts in.",
        "No conclusions have been recorded.",
    ),
    "photo_missing": (
        "Kuvaa ei voitu näyttää ({name}).",
        "Bilden kunde inte visas ({name}).",
        "The image could not be shown ({name}).",
    ),
    "response_rate": ("vastausprosentti {rate}", "svarsprocent {rate}", "response rate {rate}"),
    "scale_stats": (
        "n = {n}, keskiarvo {mean} (asteikko {low}–{high})",
        "n = {n}, medelvärde {mean} (skala {low}–{high})",
        "n = {n}, mean {mean} (scale {low}–{high})",
    ),
    "yesno_stats": ("Kyllä {yes}, ei {no}", "Ja {yes}, nej {no}", "Yes {yes}, no {no}"),
    "people": ("henkilöä", "personer", "people"),
    # project report
    "project_report": ("Hankeraportti", "Projektrapport", "Project report"),
    "project": ("Hanke", "Projekt", "Project"),
    "partners": ("Kumppanit", "Partner", "Partners"),
    "funder": ("Rahoittaja", "Finansiär", "Funder"),
    "period": ("Toteutusaika", "Projekttid", "Period"),
    "description": ("Kuvaus", "Beskrivning", "Description"),
    "contacts": ("Yhteyshenkilöt", "Kontaktpersoner", "Contacts"),
    "key_figures": ("Tunnusluvut", "Nyckeltal", "Key figures"),
    "workshops": ("Työpajat", "Workshoppar", "Workshops"),
    "localities": ("Paikkakunnat", "Orter", "Localities"),
    "municipalities": ("Kunnat", "Kommuner", "Municipalities"),
    "organisations": ("Organisaatiot", "Organisationer", "Organisations"),
    "responses": ("Palautteita", "Svar", "Responses"),
    "mean": ("Keskiarvo", "Medelvärde", "Mean"),
    "feedback_over_time": (
        "Palautteen keskiarvo työpajoittain",
        "Responsens medelvärde per workshop",
        "Mean feedback score by workshop",
    ),
    "feedback_chart_note": (
        "Kaikkien asteikkokysymysten keskiarvo. Numerot viittaavat työpajataulukon riveihin.",
        "Medelvärdet av alla skalfrågor. Numren hänvisar till raderna i workshoptabellen.",
        "Mean of all scale questions. The numbers refer to the rows of the workshop table.",
    ),
    "no_workshops": (
        "Hankkeeseen ei ole vielä kirjattu työpajoja.",
        "Inga workshoppar har ännu förts in i projektet.",
        "No workshops have been recorded for the project yet.",
    ),
    "no_scores": (
        "Palautteen keskiarvoja ei ole vielä.",
        "Det finns ännu inga medelvärden för responsen.",
        "There are no feedback scores yet.",
    ),
    "tasks_status": ("Tehtävät ja niiden tila", "Uppgifter och deras status", "Tasks and their status"),
    "kind.task": ("Tehtävä", "Uppgift", "Task"),
    "kind.assignment": ("Välitehtävä", "Mellanuppgift", "Assignment"),
    "kind": ("Laji", "Typ", "Kind"),
    "needs": ("Saavutettavuustarpeet", "Tillgänglighetsbehov", "Accessibility needs"),
    # alternative texts of the editable reports' pictures (a chart's states its figures)
    "alt.bars": ("Pylväskaavio, {title}: {items}.", "Stapeldiagram, {title}: {items}.", "Bar chart, {title}: {items}."),
    "alt.scale": ("Pylväskaavio vastausten jakaumasta asteikolla {low}–{high}: {items}.",
                  "Stapeldiagram över svarens fördelning på skalan {low}–{high}: {items}.",
                  "Bar chart of the answers on the scale {low}–{high}: {items}."),
    "alt.line": ("Viivakaavio, {title}: {items}.", "Linjediagram, {title}: {items}.", "Line chart, {title}: {items}."),
    "alt.photo": ("Valokuva työpajasta", "Foto från workshoppen", "Photo from the workshop"),
    "alt.logo": ("{name}, logo", "{name}, logotyp", "{name}, logo"),
    "no_score": ("ei arviota", "inget medelvärde", "no score"),
    "row_number": ("Nro", "Nr", "No."),
}

PLURALS: dict[str, tuple[tuple[str, str], tuple[str, str], tuple[str, str]]] = {
    "participant": (("osallistuja", "osallistujaa"), ("deltagare", "deltagare"), ("participant", "participants")),
    "response": (("vastaus", "vastausta"), ("svar", "svar"), ("response", "responses")),
    "workshop": (("työpaja", "työpajaa"), ("workshop", "workshoppar"), ("workshop", "workshops")),
    "minute": (("minuutti", "minuuttia"), ("minut", "minuter"), ("minute", "minutes")),
    "row": (("rivi", "riviä"), ("rad", "rader"), ("row", "rows")),
}

# Accessibility needs counted on the run sheet and packing list: (one, many) per language.
NEED_COUNTS: dict[str, tuple[tuple[str, str], tuple[str, str], tuple[str, str]]] = {
    "interpreter": (("{n} osallistuja tarvitsee tulkin", "{n} osallistujaa tarvitsee tulkin"),
                    ("{n} deltagare behöver tolk", "{n} deltagare behöver tolk"),
                    ("{n} needs an interpreter", "{n} need an interpreter")),
    "hearing_loop": (("{n} osallistuja tarvitsee induktiosilmukan", "{n} osallistujaa tarvitsee induktiosilmukan"),
                     ("{n} deltagare behöver hörslinga", "{n} deltagare behöver hörslinga"),
                     ("{n} needs a hearing loop", "{n} need a hearing loop")),
    "assistant": (("{n} osallistuja tulee avustajan kanssa", "{n} osallistujaa tulee avustajan kanssa"),
                  ("{n} deltagare kommer med assistent", "{n} deltagare kommer med assistent"),
                  ("{n} comes with an assistant", "{n} come with an assistant")),
    "diet": (("{n} osallistujalla on erityisruokavalio", "{n} osallistujalla on erityisruokavalio"),
             ("{n} deltagare har specialkost", "{n} deltagare har specialkost"),
             ("{n} has a special diet", "{n} have a special diet")),
    "other": (("{n} osallistujalla on muu tarve", "{n} osallistujalla on muita tarpeita"),
              ("{n} deltagare har andra behov", "{n} deltagare har andra behov"),
              ("{n} has other needs", "{n} have other needs")),
}


TEXTS.update(FEEDBACK_TEXTS)


def needs_line(language: str, needs: tuple[tuple[str, int], ...]) -> str:
    """'2 need a hearing loop · 1 has a special diet' (empty when nobody told of a need)."""
    at = _INDEX[lang_of(language)]
    return " · ".join(NEED_COUNTS[kind][at][0 if n == 1 else 1].format(n=n)
                      for kind, n in needs if kind in NEED_COUNTS and n > 0)


_WEEKDAYS = {
    "fi": ("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"),
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def lang_of(language: str) -> Language:
    """Any unknown language code falls back to Finnish."""
    return language if language in _INDEX else "fi"  # type: ignore[return-value]


def tr(language: str, key: str, **values: object) -> str:
    text = TEXTS[key][_INDEX[lang_of(language)]]
    return text.format(**values) if values else text


def category_name(language: str, category: str) -> str:
    """A programme block's category in the document's language; a category typed by the user
    (not one of the program's keys) is printed as typed."""
    key = f"category.{category.strip()}"
    return tr(language, key) if key in TEXTS else category


def plural(language: str, n: int, key: str) -> str:
    """'1 osallistuja', '2 osallistujaa'; '1 deltagare'; '1 participant', '2 participants'."""
    one, other = PLURALS[key][_INDEX[lang_of(language)]]
    return f"{n} {one if n == 1 else other}"


def format_date(language: str, value: date | None, weekday: bool = True) -> str:
    """'tiistai 14.5.2024', 'tisdag 14.5.2024', 'Tuesday 14 May 2024'."""
    if value is None:
        return ""
    lang = lang_of(language)
    text = dates.format_date(lang, value, long_month=True)  # the screen's form, months in full
    return f"{_WEEKDAYS[lang][value.weekday()]} {text}" if weekday else text


def format_time(language: str, value: time | None) -> str:
    """'9.00' in Finnish and Swedish, '09:00' in English."""
    if value is None:
        return ""
    return dates.format_time(lang_of(language), f"{value.hour:02d}:{value.minute:02d}")


def format_time_range(language: str, start: time | None, end: time | None) -> str:
    if start is None:
        return ""
    text = tr(language, "clock_prefix") + format_time(language, start)
    return f"{text}–{format_time(language, end)}" if end else text


def format_period(language: str, start: date | None, end: date | None) -> str:
    first, last = format_date(language, start, weekday=False), format_date(language, end, weekday=False)
    return f"{first}–{last}" if first and last else first or last


def format_decimal(language: str, value: float, digits: int = 1) -> str:
    text = f"{value:.{digits}f}"
    return text if lang_of(language) == "en" else text.replace(".", ",")


def format_percent(language: str, fraction: float) -> str:
    """'60 %' in Finnish and Swedish (with a no-break space), '60%' in English."""
    number = round(fraction * 100)
    return f"{number}%" if lang_of(language) == "en" else f"{number}\u00a0%"


def quote_marks(language: str, text: str) -> str:
    return f"“{text}”" if lang_of(language) == "en" else f"”{text}”"
