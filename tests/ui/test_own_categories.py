"""Own categories in the window: typed into the Categories dialog, picked for a block in the
block editor, shown with their name in the agenda."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

from fasilitaattori.core.agenda import agenda_items, list_agenda
from fasilitaattori.core.categories import list_categories
from fasilitaattori.core.workshops import list_workshops
from fasilitaattori.ui.agenda_model import AgendaModel
from fasilitaattori.ui.categories_dialog import CategoriesDialog
from fasilitaattori.ui.i18n import install_language


def test_a_typed_category_is_added_and_picked_for_a_block(window, qtbot):
    wb = window.ctx.wb
    first = list_workshops(wb)[0]
    window.ctx.select_workshop(first.id)
    agenda = window.show_tab("agenda")
    qtbot.mouseClick(agenda.categories_button, Qt.MouseButton.LeftButton)
    dialog = agenda.findChild(CategoriesDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, "Kuulumiskierros")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    [own] = list_categories(wb)
    assert own.name == "Kuulumiskierros" and own.id.startswith("c-")
    assert dialog.list.count() == 1 and dialog.list.item(0).text() == "Kuulumiskierros"
    dialog.close()

    block = list_agenda(wb, first.id)[1]
    agenda.select_row(1)
    combo: QComboBox = agenda.editor.category
    at = combo.findText("Kuulumiskierros")
    assert at >= 0
    combo.setFocus()
    combo.showPopup()
    view = combo.view()
    qtbot.keyClick(view, Qt.Key.Key_End)
    for _ in range(combo.count() - 1 - at):
        qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert agenda_items.get(wb, block.id).category == own.id
    assert agenda.model.index(1, AgendaModel.CATEGORY).data() == "Kuulumiskierros"


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_categories_dialog_gives_each_field_and_button_its_own_letter(window, qtbot, language):
    install_language(language)
    dialog = CategoriesDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    found = [QKeySequence.mnemonic(w.text()).toString().lower()
             for w in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel)
             if w.isVisible() and (not isinstance(w, QLabel) or w.buddy() is not None)]
    found = [key for key in found if key]
    assert len(found) == 6 and len(set(found)) == len(found), found
