"""The UI speaks the chosen language: our texts, Qt's own buttons, dates and core's error sentences."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from fasilitaattori.core import projects
from fasilitaattori.errors import FasilitaattoriError
from fasilitaattori.ui.context import UiContext, error_text
from fasilitaattori.ui.documents_tab import DocumentsTab
from fasilitaattori.ui.i18n import choose_language, install_language, remove_language


@pytest.fixture
def language(qapp) -> Iterator[None]:
    before = QLocale()
    yield
    remove_language()
    QLocale.setDefault(before)


@pytest.mark.parametrize(("code", "check_box", "cancel", "month"), [
    ("fi", "&Suuri teksti", "Peru", "toukokuuta"),
    ("sv", "&Stor text", "Avbryt", "maj"),
    ("en", "&Large print", "Cancel", "May"),
])
def test_tab_buttons_and_dates_follow_the_language(qtbot, wb, language, code, check_box, cancel, month) -> None:
    assert install_language(code) == code
    tab = DocumentsTab(UiContext(wb))
    qtbot.addWidget(tab)
    assert tab.large.text() == check_box
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel
    assert month in QLocale().toString(date(2026, 5, 14), QLocale.FormatType.LongFormat)


def test_core_errors_reach_the_user_in_finnish(wb, language) -> None:
    install_language("fi")
    with pytest.raises(FasilitaattoriError) as caught:
        projects.projects.create(wb, title="   ")
    assert error_text(caught.value) == "Nimi ei voi olla tyhjä."
    assert QCoreApplication.translate("WorkshopTabs", "Printouts") == "Tulosteet"


def test_language_follows_the_setting_then_the_system() -> None:
    assert choose_language("sv", QLocale("fi_FI")) == "sv"
    assert choose_language(None, QLocale("sv_FI")) == "sv"
    assert choose_language(None, QLocale("de_DE")) == "fi"  # unknown: Finnish
