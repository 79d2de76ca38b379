"""Tools → Conflicts lists a conflict relayed through a third laptop and an edit to a note that
was deleted here, and Tools → Sync log undoes an import (issue 19)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from fasilitaattori.core import notes, workshops
from fasilitaattori.errors import NotFoundError
from fasilitaattori.sync.export import export_bundle
from fasilitaattori.sync.importer import import_bundle
from tests.sync.helpers import new_device


@pytest.fixture
def ctx(demo_wb, qapp):
    from fasilitaattori.ui.context import UiContext

    context = UiContext(demo_wb)
    yield context
    context.undo_stack.clear()


@pytest.fixture
def window(ctx, qtbot):
    from fasilitaattori.ui.window_actions import install_all

    win = QMainWindow()
    qtbot.addWidget(win)
    menus = {}

    def menu(name):
        if name not in menus:
            menus[name] = win.menuBar().addMenu(name.capitalize())
        return menus[name]

    win.actions_by_name = {a.objectName(): a for a in install_all(win, ctx, menu)}
    ctx.dialog_parent = win
    win.resize(1366, 768)
    win.show()
    yield win
    for dialog in win.findChildren(QDialog):
        dialog.close()


@pytest.fixture
def laptops(tmp_path):
    others = [new_device(tmp_path / "devices", name) for name in ("bertta", "cecilia")]
    yield others
    for wb in others:
        wb.close()


def _send(src, dst, tmp_path):
    path = tmp_path / f"{src.device_id}.fasi"
    export_bundle(src, path)
    return import_bundle(dst, path)


def _visible(window, kind):
    return [w for w in window.findChildren(kind) if w.isVisible()]


def test_a_relayed_conflict_and_an_edit_to_a_deleted_note_are_listed_and_settled(window, ctx, qtbot, laptops,
                                                                                tmp_path):
    from fasilitaattori.ui.conflicts_view import ConflictsDialog

    here, (bertta, cecilia) = ctx.wb, laptops
    w = workshops.create_workshop(here, title="Kolmen koneen työpaja")
    first = notes.add_note(here, w.id, "Alkuperäinen")
    second = notes.add_note(here, w.id, "Poistettava")
    _send(here, bertta, tmp_path)
    _send(here, cecilia, tmp_path)
    notes.notes.update(here, first.id, text="Täällä kirjoitettu")
    notes.notes.delete(here, second.id)
    notes.notes.update(bertta, first.id, text="Bertan kirjoittama")
    notes.notes.update(bertta, second.id, text="Bertan muokkaus poistettuun")
    _send(here, bertta, tmp_path)  # Bertta keeps this laptop's text as a copy
    _send(bertta, cecilia, tmp_path)
    told = _send(cecilia, here, tmp_path)  # Bertta's bundle reaches here only through Cecilia
    assert told.conflicts == 2

    window.actions_by_name["conflicts_action"].trigger()
    dialog = _visible(window, ConflictsDialog)[0]
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(texts) == 2 and sum("edited after it was deleted" in t for t in texts) == 1
    dialog.list.setFocus()
    deleted_row = next(i for i, t in enumerate(texts) if "edited after it was deleted" in t)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Home)
    for _ in range(deleted_row):
        qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert dialog.restore_row.isVisible() and not dialog.keep_mine.isVisible()
    assert dialog.theirs.toPlainText() == "Bertan muokkaus poistettuun"
    qtbot.mouseClick(dialog.restore_row, Qt.MouseButton.LeftButton)
    assert notes.notes.get(here, second.id).text == "Bertan muokkaus poistettuun"

    assert dialog.list.count() == 1 and dialog.keep_theirs.isVisible()
    assert (dialog.mine.toPlainText(), dialog.theirs.toPlainText()) == ("Bertan kirjoittama", "Täällä kirjoitettu")
    qtbot.mouseClick(dialog.keep_theirs, Qt.MouseButton.LeftButton)
    assert notes.notes.get(here, first.id).text == "Täällä kirjoitettu"
    assert dialog.list.count() == 0, [dialog.list.item(i).text() for i in range(dialog.list.count())]


def test_an_import_is_undone_from_the_sync_log_window(window, ctx, qtbot, laptops, tmp_path):
    from fasilitaattori.ui.sync_log_view import SyncLogDialog

    here, (bertta, _cecilia) = ctx.wb, laptops
    theirs = workshops.create_workshop(bertta, title="Bertan työpaja")
    notes.add_note(bertta, theirs.id, "Bertan muistiinpano")
    own = workshops.create_workshop(here, title="Oma työpaja")
    mine = notes.add_note(here, own.id, "Ennen tuontia")
    _send(bertta, here, tmp_path)
    notes.notes.update(here, mine.id, text="Tuonnin jälkeen kirjoitettu")

    window.actions_by_name["sync_log_action"].trigger()
    log = _visible(window, SyncLogDialog)[0]
    assert log.table.item(0, 1).text() == "Imported" and log.undo_button.isEnabled()
    qtbot.mouseClick(log.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(_visible(window, QMessageBox)), timeout=60_000)
    question = _visible(window, QMessageBox)[0]
    assert "Tuonnin jälkeen kirjoitettu" in question.informativeText()
    go = next(b for b in question.buttons() if b.text() == "&Undo the import")
    qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: log.status.text() == "The import was undone.", timeout=20_000)

    assert [w.title for w in workshops.list_workshops(here)].count("Bertan työpaja") == 0
    assert notes.notes.get(here, mine.id).text == "Ennen tuontia"
    with pytest.raises(NotFoundError):
        workshops.workshops.get(here, theirs.id)
    assert log.table.item(0, 1).text() == "Undid an import" and not log.undo_button.isEnabled()


def test_on_a_large_store_the_copy_to_undo_with_is_made_in_the_background(window, ctx, qtbot, laptops, tmp_path,
                                                                          monkeypatch):
    from fasilitaattori.sync.restore_points import points_dir
    from fasilitaattori.ui import import_preview, sync_actions
    from fasilitaattori.ui.sync_log_view import SyncLogDialog

    monkeypatch.setattr(import_preview, "POINT_BEFORE", 0)  # every store counts as large
    bertta = laptops[0]
    workshops.create_workshop(bertta, title="Bertan työpaja")
    path = tmp_path / "bertta.fasi"
    export_bundle(bertta, path)
    preview = sync_actions.open_bundle(window, ctx, path)
    qtbot.waitUntil(lambda: preview.plan is not None, timeout=20_000)
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.result is not None, timeout=20_000)
    assert "Bertan työpaja" in [w.title for w in workshops.list_workshops(ctx.wb)]
    assert len(list(points_dir(ctx.wb).glob("*.sqlite"))) == 1
    window.actions_by_name["sync_log_action"].trigger()
    log = _visible(window, SyncLogDialog)[0]
    assert log.undo_button.isEnabled()


def test_undoing_one_import_of_a_sync_now_says_the_rest_of_that_sync_now_goes_back_too(window, ctx, qtbot, laptops,
                                                                                          tmp_path):
    from fasilitaattori.sync.folder import set_sync_folder, sync_now
    from fasilitaattori.ui.sync_log_view import SyncLogDialog

    here, (bertta, _cecilia) = ctx.wb, laptops
    folder = tmp_path / "OneDrive"
    folder.mkdir()
    for wb in (here, bertta):
        set_sync_folder(wb, folder)
    theirs = workshops.create_workshop(bertta, title="Bertan työpaja")
    sync_now(bertta)
    sync_now(here)
    for text in ("Ensimmäinen", "Toinen"):  # two change files, both read in one Sync now
        notes.add_note(bertta, theirs.id, text)
        sync_now(bertta)
    assert len(sync_now(here).imported) == 2

    window.actions_by_name["sync_log_action"].trigger()
    log = _visible(window, SyncLogDialog)[0]
    newest = next(i for i, e in enumerate(log.entries) if e.device_id == bertta.device_id)  # the second change file
    log.table.setCurrentCell(newest, 0)
    qtbot.mouseClick(log.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(_visible(window, QMessageBox)), timeout=60_000)
    question = _visible(window, QMessageBox)[0]
    assert "1 other import(s) of the same Sync now will be undone too" in question.informativeText()
    go = next(b for b in question.buttons() if b.text() == "&Undo the import")
    qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: log.status.text() == "The import was undone.", timeout=20_000)

    assert notes.list_notes(here, theirs.id) == []
    for row in range(log.table.rowCount()):  # neither import of that Sync now can be undone again
        log.table.setCurrentCell(row, 0)
        assert not log.undo_button.isEnabled() or log.current().file.endswith(".full.fasi")
