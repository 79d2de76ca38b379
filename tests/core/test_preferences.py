"""Device preferences: UI language, facilitator and organisation names."""

from __future__ import annotations

import pytest

from fasilitaattori.core.preferences import facilitator_name, organisation_name, save_preferences, ui_language
from fasilitaattori.core.privacy import ORGANISATION_KEY
from fasilitaattori.errors import ValidationError


def test_saved_preferences_read_back(wb):
    assert (ui_language(wb), facilitator_name(wb), organisation_name(wb)) == ("", "", "")
    save_preferences(wb, language="sv", facilitator=" Kaisa Laitinen ", organisation="Osallisuus ry")
    assert (ui_language(wb), facilitator_name(wb), organisation_name(wb)) == ("sv", "Kaisa Laitinen",
                                                                               "Osallisuus ry")
    assert wb.setting(ORGANISATION_KEY) == "Osallisuus ry"  # the printouts read the same key


def test_an_unknown_language_is_refused_and_nothing_changes(wb):
    save_preferences(wb, language="fi", facilitator="A", organisation="B")
    with pytest.raises(ValidationError):
        save_preferences(wb, language="de", facilitator="C", organisation="D")
    assert (ui_language(wb), facilitator_name(wb)) == ("fi", "A")
