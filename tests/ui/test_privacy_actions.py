"""Tools-menu data protection on the demo store: erase a person, review, privacy notice."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow

from fasilitaattori.core import participants
from fasilitaattori.core.people import all_people, erasure_id
from fasilitaattori.store.models import Erasure


@pytest.fixture
def privacy_ctx(demo_wb, qapp):
    from fasilitaattori.ui.context import UiContext

    context = UiContext(demo_wb)
    yield context
    context.undo_stack.clear()


@pytest.fixture
def window(privacy_ctx, qtbot):
    from fasilitaattori.ui.privacy_actions import install_privacy_actions

    win = QMainWindow()
    qtbot.addWidget(win)
    menu = win.menuBar().addMenu("&Tools")
    win.actions_ = install_privacy_actions(win, privacy_ctx, menu)
    return win


def shot(widget, name, tmp_path):
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # let the layout settle as it would on screen
    out = Path(os.environ.get("FASI_SHOTS", tmp_path)) / name
    assert widget.grab().save(str(out))


def test_menu_has_the_three_actions(window):
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert texts == ["&Erase a person everywhere…", "&Personal data review…", "Privacy &notice…"]


def test_erase_dialog_names_what_goes_and_needs_confirmation(window, privacy_ctx, qtbot, tmp_path):
    from fasilitaattori.ui.privacy_actions import ErasePersonDialog

    wb = privacy_ctx.wb
    jukka = next(p for p in all_people(wb) if p.display_name == "Jukka Pääkkönen")
    privacy_ctx.update(participants.participants, jukka.id, "Edit", role="asiantuntija")
    assert privacy_ctx.undo_stack.count() == 1  # cleared by the erase: it would refer to erased rows
    dialog = ErasePersonDialog(privacy_ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.filter.setText("pääk")
    visible = [dialog.people.item(i) for i in range(dialog.people.count()) if not dialog.people.item(i).isHidden()]
    assert len(visible) == 1
    dialog.select(jukka.id)
    text = dialog.plan_label.text()
    assert "Jukka Pääkkönen" in text and "2 workshop(s)" in text and "2 other task(s)" in text
    assert not dialog.erase_button.isEnabled()
    shot(dialog, "erase_dialog.png", tmp_path)
    dialog.confirm.setChecked(True)
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(privacy_ctx.changed):
        dialog.erase_button.click()
    assert dialog.report is not None and dialog.report.erased["participant"] == 1
    assert jukka.id not in {p.id for p in all_people(wb)}
    assert "was erased" in dialog.plan_label.text()
    assert privacy_ctx.undo_stack.count() == 0
    with wb.store.read() as session:
        assert session.get(Erasure, erasure_id("participant", jukka.id)) is not None


def test_retention_review_lists_and_opens_erase(window, privacy_ctx, qtbot, tmp_path):
    from fasilitaattori.ui.privacy_actions import RetentionDialog

    dialog = RetentionDialog(privacy_ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.months.setValue(1)  # the demo workshops are from spring 2026
    assert privacy_ctx.wb.setting("retention_months") == 1
    assert dialog.table.rowCount() == len(dialog.items) > 0
    shot(dialog, "retention_dialog.png", tmp_path)
    dialog.table.selectRow(0)
    eraser = dialog.erase_selected()
    assert eraser is not None and eraser.plan is not None
    assert eraser.plan.participant_id == dialog.items[0].participant_id
    eraser.close()


def test_privacy_notice_dialog_uses_the_settings(window, privacy_ctx, qtbot, tmp_path):
    from fasilitaattori.ui.privacy_actions import PrivacyNoticeDialog

    dialog = PrivacyNoticeDialog(privacy_ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.organisation.setText("Kylätoimikunta")
    dialog.organisation.editingFinished.emit()
    assert privacy_ctx.wb.setting("organisation_name") == "Kylätoimikunta"
    assert dialog.text.toPlainText().startswith("Tietosuoja\nKylätoimikunta kerää")
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    assert dialog.text.toPlainText().startswith("Dataskydd\nKylätoimikunta samlar")
    shot(dialog, "privacy_notice.png", tmp_path)


def test_actions_open_their_dialogs(window, qtbot):
    from fasilitaattori.ui.privacy_actions import PrivacyNoticeDialog

    window.actions_[2].trigger()
    qtbot.waitUntil(lambda: len(window.findChildren(PrivacyNoticeDialog)) == 1)
