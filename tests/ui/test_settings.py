"""Settings dialog: language, facilitator and organisation names are kept in the store."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fasilitaattori.core.preferences import facilitator_name, organisation_name, ui_language


def open_settings(window, qtbot):
    from fasilitaattori.ui.settings_dialog import SettingsDialog

    window.settings_action.trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SettingsDialog)
    return dialog


def test_settings_are_saved_and_shown_again(window, qtbot):
    wb = window.ctx.wb
    dialog = open_settings(window, qtbot)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.note.text()  # tells that open windows change on the next start
    qtbot.keyClicks(dialog.facilitator, "Kaisa Laitinen")
    dialog.organisation.setText("Osallisuusverkosto ry")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert (ui_language(wb), facilitator_name(wb), organisation_name(wb)) == (
        "en", "Kaisa Laitinen", "Osallisuusverkosto ry")
    again = open_settings(window, qtbot)
    assert again.language.currentData() == "en" and again.facilitator.text() == "Kaisa Laitinen"
    again.reject()


def test_cancel_keeps_the_old_settings(window, qtbot):
    wb = window.ctx.wb
    dialog = open_settings(window, qtbot)
    dialog.facilitator.setText("Ei tallenneta")
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert facilitator_name(wb) == ""


def test_too_long_a_name_is_refused_with_a_sentence(window, qtbot):
    wb = window.ctx.wb
    dialog = open_settings(window, qtbot)
    dialog.facilitator.setText("x" * 300)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible() and "200 characters" in dialog.error.text()
    assert facilitator_name(wb) == ""
    dialog.reject()
