"""This device's preferences kept in the store's local settings (never synced)."""

from __future__ import annotations

from ..errors import ValidationError
from .privacy import ORGANISATION_KEY
from .workbench import Workbench

UI_LANGUAGE_KEY = "ui_language"  # "fi", "sv", "en", or "" to follow the system
FACILITATOR_KEY = "facilitator_name"
UI_LANGUAGES = ("", "fi", "sv", "en")


def ui_language(wb: Workbench) -> str:
    value = wb.setting(UI_LANGUAGE_KEY, "")
    return value if value in UI_LANGUAGES else ""


def facilitator_name(wb: Workbench) -> str:
    return str(wb.setting(FACILITATOR_KEY, "") or "")


def organisation_name(wb: Workbench) -> str:
    return str(wb.setting(ORGANISATION_KEY, "") or "")


def save_preferences(wb: Workbench, *, language: str, facilitator: str, organisation: str) -> None:
    if language not in UI_LANGUAGES:
        raise ValidationError("The language must be Finnish, Swedish, English or the system's.")
    facilitator, organisation = facilitator.strip(), organisation.strip()
    if len(facilitator) > 200 or len(organisation) > 200:
        raise ValidationError("A name can be at most 200 characters long.")
    wb.set_setting(UI_LANGUAGE_KEY, language)
    wb.set_setting(FACILITATOR_KEY, facilitator)
    wb.set_setting(ORGANISATION_KEY, organisation)
