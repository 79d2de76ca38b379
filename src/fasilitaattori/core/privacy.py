"""The privacy notice printed on the sign-in sheet, in plain language (selkokieli).

Short sentences, everyday words, one thing per sentence: who collects the names, why, who sees
them, how long they are kept and how to have them erased. The organisation's name (and a
contact, if given) is filled in; the retention period comes from the data-protection setting.
"""

from __future__ import annotations

from ..errors import ValidationError
from .people import DEFAULT_RETENTION_MONTHS, retention_months
from .workbench import Workbench

NOTICES: dict[str, str] = {
    "fi": (
        "Tietosuoja\n"
        "{organisation} kerää tällä listalla nimesi, organisaatiosi ja kuntasi.\n"
        "Tarvitsemme tiedot, jotta tiedämme, keitä työpajassa oli. "
        "Laskemme myös, montako osallistujaa tuli kustakin kunnasta ja organisaatiosta.\n"
        "Raporteissa kerrotaan vain lukumäärät. Nimesi ei näy raporteissa.\n"
        "Tietoja näkevät vain työpajan ohjaajat.\n"
        "Säilytämme tiedot enintään {months} kuukautta työpajan jälkeen. Sen jälkeen poistamme ne.\n"
        "Nimen kirjoittaminen on vapaaehtoista. Voit osallistua myös ilman nimeä.\n"
        "Voit milloin tahansa kysyä, mitä tietoja sinusta on. Voit myös pyytää, että poistamme ne. "
        "Kerro siitä ohjaajalle{contact}."
    ),
    "sv": (
        "Dataskydd\n"
        "{organisation} samlar in ditt namn, din organisation och din kommun på listan.\n"
        "Vi behöver uppgifterna för att veta vilka som var med. "
        "Vi räknar också hur många som kom från varje kommun och organisation.\n"
        "I rapporterna finns bara antal. Ditt namn syns inte i rapporterna.\n"
        "Bara workshopens ledare ser uppgifterna.\n"
        "Vi sparar uppgifterna högst {months} månader efter workshopen. Sedan raderar vi dem.\n"
        "Det är frivilligt att skriva sitt namn. Du kan delta också utan namn.\n"
        "Du kan när som helst fråga vilka uppgifter vi har om dig. Du kan också be oss radera dem. "
        "Säg det till ledaren{contact}."
    ),
    "en": (
        "Privacy\n"
        "{organisation} collects your name, organisation and municipality on this list.\n"
        "We need them to know who took part. "
        "We also count how many came from each municipality and organisation.\n"
        "Reports show only numbers. Your name is not in the reports.\n"
        "Only the workshop's facilitators see this list.\n"
        "We keep the list for at most {months} months after the workshop. Then we delete it.\n"
        "Writing your name is voluntary. You can take part without it.\n"
        "You can ask at any time what we have about you. You can also ask us to delete it. "
        "Tell the facilitator{contact}."
    ),
}

CONTACT_PHRASE = {"fi": " tai ota yhteyttä: {contact}", "sv": " eller kontakta: {contact}",
                  "en": " or contact: {contact}"}
NO_ORGANISATION = {"fi": "Työpajan järjestäjä", "sv": "Workshopens arrangör", "en": "The workshop's organiser"}


def privacy_notice(language: str, organisation: str, contact: str = "",
                   months: int = DEFAULT_RETENTION_MONTHS) -> str:
    """The notice in `language` (fi, sv or en), lines separated by newlines, the first a heading."""
    template = NOTICES.get(language)
    if template is None:
        raise ValidationError("There is no privacy notice in the language “{language}”.", language=language)
    who = " ".join(organisation.split()) or NO_ORGANISATION[language]
    reach = CONTACT_PHRASE[language].format(contact=" ".join(contact.split())) if contact.strip() else ""
    return template.format(organisation=who, months=months, contact=reach)


ORGANISATION_KEY = "organisation_name"  # the organisation named on printouts (shared with documents)
CONTACT_KEY = "privacy_contact"  # whom to ask about one's data


def privacy_notice_for(wb: Workbench, language: str, organisation: str | None = None,
                       contact: str | None = None) -> str:
    """The notice with this device's settings: organisation, privacy contact, retention period."""
    if organisation is None:
        organisation = wb.setting(ORGANISATION_KEY, "") or ""
    if contact is None:
        contact = wb.setting(CONTACT_KEY, "") or ""
    return privacy_notice(language, organisation, contact, retention_months(wb))
