"""Sync in the window: export a bundle, import one with the preview, resolve a conflict."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QMessageBox, QPushButton

from fasilitaattori.core import notes, workshops
from fasilitaattori.sync.conflicts import open_conflicts
from fasilitaattori.sync.export import export_bundle
from fasilitaattori.sync.folder import own_file, sync_folder
from fasilitaattori.sync.importer import import_bundle
from tests.sync.helpers import dump, new_device


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

    win.sync_actions = {a.objectName(): a for a in install_all(win, ctx, menu)}
    win.menus = menus
    ctx.dialog_parent = win
    win.resize(1366, 768)
    win.show()
    yield win
    for dialog in win.findChildren(QDialog):  # a dialog left open must not outlive its test
        dialog.close()


@pytest.fixture
def laptop2(tmp_path):
    other = new_device(tmp_path / "devices", "laptop2")
    yield other
    other.close()


def shot(widget, name, tmp_path):
    QApplication.processEvents()
    out = Path(os.environ.get("FASI_SHOTS", tmp_path)) / name
    assert widget.grab().save(str(out))


def dialogs(window, kind):
    return [w for w in window.findChildren(kind) if w.isVisible()]


def previewed(qtbot, dialog):
    """The import preview once it has read its bundle (a job)."""
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
    return dialog


def box_shown(qtbot, window):
    qtbot.waitUntil(lambda: bool(dialogs(window, QMessageBox)), timeout=20_000)
    return dialogs(window, QMessageBox)[0]


def test_the_menus_hold_the_sync_actions(window):
    file_texts = [a.text() for a in window.menus["file"].actions()]
    tools_texts = [a.text() for a in window.menus["tools"].actions()]
    assert file_texts == ["&Export bundle…", "&Import bundle…"]
    assert tools_texts[-6:] == ["S&ync now", "Choose sync &folder…", "Encrypt sync &bundles…",
                                "Sync on s&tart and close", "&Conflicts…", "Sync l&og…"]


def test_export_from_the_menu_writes_a_bundle_another_laptop_imports(window, ctx, qtbot, laptop2, tmp_path):
    from fasilitaattori.ui.sync_actions import ExportDialog

    window.sync_actions["export_bundle_action"].trigger()
    dialog = dialogs(window, ExportDialog)[0]
    target = tmp_path / "kaikki.fasi"
    dialog.path.setText(str(target))
    qtbot.keyClicks(dialog.passphrase, "salasana")
    qtbot.keyClicks(dialog.repeat, "salasanx")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.status.text() and not target.exists()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "salasana")
    shot(dialog, "sync-export.png", tmp_path)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=20_000)
    assert target.read_bytes().startswith(b"FASIENC1")
    assert window.statusBar().currentMessage() == f"The bundle was saved to {target}."
    import_bundle(laptop2, target, passphrase="salasana")
    assert dump(laptop2) == dump(ctx.wb)


def test_an_export_whose_log_line_fails_says_the_bundle_was_saved(window, qtbot, tmp_path, monkeypatch):
    """The data folder full, the bundle going to a stick: saved, and only the log line missing."""
    import sqlite3

    from fasilitaattori.store.failures import store_error
    from fasilitaattori.sync import importer
    from fasilitaattori.ui.sync_actions import ExportDialog

    def full(*_args, **_kwargs):
        raise store_error(sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(importer, "log_export", full)
    window.sync_actions["export_bundle_action"].trigger()
    dialog = dialogs(window, ExportDialog)[0]
    target = tmp_path / "tikulle.fasi"
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    box = box_shown(qtbot, window)
    assert box.text() == (f"The bundle was saved to {target}. Only its entry in the sync log could not be saved: "
                          "The disk is full, so the change was not saved; free some space and try again.")
    assert target.is_file() and not dialogs(window, ExportDialog)


def test_import_shows_a_preview_then_a_conflict_is_resolved(window, ctx, qtbot, laptop2, tmp_path):
    from fasilitaattori.ui.conflicts_view import ConflictsDialog
    from fasilitaattori.ui.sync_actions import open_bundle

    wb = ctx.wb
    first = tmp_path / "first.fasi"
    export_bundle(wb, first)
    import_bundle(laptop2, first)
    note = notes.list_notes(wb, workshops.list_workshops(wb)[0].id)[0]
    notes.notes.update(wb, note.id, text="Kirjoitettu tällä koneella.")
    notes.notes.update(laptop2, note.id, text="Kirjoitettu toisella koneella.")
    workshops.create_workshop(laptop2, title="Uusi työpaja toiselta koneelta")
    theirs = tmp_path / "laptop2.fasi"
    export_bundle(laptop2, theirs)
    before = dump(wb)

    preview = previewed(qtbot, open_bundle(window, ctx, theirs))
    assert preview.isVisible()
    rows = {preview.table.item(r, 0).text(): [preview.table.item(r, c).text() for c in range(1, 6)]
            for r in range(preview.table.rowCount())}
    assert rows["Workshops"][0] == "1"  # new
    assert rows["Notes"][2] == "1"  # conflicting
    shot(preview, "sync-import-preview.png", tmp_path)
    assert dump(wb) == before  # the preview writes nothing
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.result is not None, timeout=20_000)
    assert "Uusi työpaja toiselta koneelta" in [w.title for w in workshops.list_workshops(wb)]
    assert preview.conflicts_button.isVisible()
    qtbot.mouseClick(preview.conflicts_button, Qt.MouseButton.LeftButton)

    view = dialogs(window, ConflictsDialog)[0]
    assert view.list.count() == 1
    current = notes.notes.get(wb, note.id).text
    other = ({"Kirjoitettu tällä koneella.", "Kirjoitettu toisella koneella."} - {current}).pop()
    assert view.mine.toPlainText() == current and view.theirs.toPlainText() == other
    view.resize(1100, 640)
    shot(view, "sync-conflicts.png", tmp_path)
    qtbot.mouseClick(view.keep_both, Qt.MouseButton.LeftButton)
    assert notes.notes.get(wb, note.id).text == f"{current}\n\n{other}"
    assert open_conflicts(wb) == [] and view.list.count() == 0
    ctx.undo_stack.undo()
    assert notes.notes.get(wb, note.id).text == current and view.list.count() == 1
    view.list.setCurrentRow(0)
    view.merged.setPlainText("Yhdistetty teksti.")
    view.save_merged.setFocus()
    qtbot.keyClick(view.save_merged, Qt.Key.Key_Space)
    assert notes.notes.get(wb, note.id).text == "Yhdistetty teksti."
    assert open_conflicts(wb) == []


def test_cancelling_an_import_changes_nothing(window, ctx, qtbot, laptop2, tmp_path, monkeypatch, request):
    from fasilitaattori.sync import importer
    from fasilitaattori.ui.sync_actions import open_bundle

    workshops.create_workshop(laptop2, title="Toisen koneen työpaja")
    theirs = tmp_path / "laptop2.fasi"
    export_bundle(laptop2, theirs)
    preview = previewed(qtbot, open_bundle(window, ctx, theirs))
    before = dump(ctx.wb)
    seen, reached, go_on = [], threading.Event(), threading.Event()
    request.addfinalizer(go_on.set)  # a failed check must not leave the import (and its write lock) waiting
    real = importer.merge_bundle

    def merge(conn, bundle, progress):  # holds the import a third of the way, for the user to press Cancel
        def told(done, total):
            seen.append(done)
            if len(seen) == 3:
                reached.set()
                go_on.wait(20)
            progress(done, total)
        return real(conn, bundle, told)

    monkeypatch.setattr(importer, "merge_bundle", merge)
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set, timeout=20_000)
    qtbot.waitUntil(preview.panel.cancel_button.isVisible)
    qtbot.mouseClick(preview.panel.cancel_button, Qt.MouseButton.LeftButton)
    go_on.set()
    qtbot.waitUntil(lambda: not preview.busy, timeout=20_000)
    assert len(seen) == 3 and preview.intro.text() == "The import was cancelled; nothing was changed."
    assert dump(ctx.wb) == before and preview.import_button.isEnabled()
    monkeypatch.setattr(importer, "merge_bundle", real)
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.result is not None, timeout=20_000)
    assert "Toisen koneen työpaja" in [w.title for w in workshops.list_workshops(ctx.wb)]


def test_a_broken_file_gives_one_sentence(window, ctx, qtbot, tmp_path):
    from fasilitaattori.ui.sync_actions import open_bundle

    bad = tmp_path / "rikki.fasi"
    bad.write_bytes(b"not a bundle")
    preview = open_bundle(window, ctx, bad)
    assert preview is not None
    qtbot.waitUntil(lambda: not ctx.jobs and bool(ctx.last_error), timeout=20_000)
    assert ctx.last_error == "The file rikki.fasi is not a Fasilitaattori bundle."


def test_sync_now_with_the_folder(window, ctx, qtbot, laptop2, tmp_path):
    from fasilitaattori.sync.folder import set_sync_folder, sync_now
    from fasilitaattori.ui.sync_actions import choose_sync_folder

    folder = tmp_path / "Syncthing"
    folder.mkdir()
    assert choose_sync_folder(window, ctx, folder)
    assert sync_folder(ctx.wb) == folder.resolve()
    set_sync_folder(laptop2, folder)
    workshops.create_workshop(laptop2, title="Toisen koneen työpaja")
    sync_now(laptop2)
    window.sync_actions["sync_now_action"].trigger()
    box = box_shown(qtbot, window)
    assert "Other devices synced: 1." in box.text()
    assert own_file(ctx.wb, folder).exists()
    assert "Toisen koneen työpaja" in [w.title for w in workshops.list_workshops(ctx.wb)]
    box.button(QMessageBox.StandardButton.Ok).click()


def test_an_encrypted_sync_folder_asks_for_the_passphrase_once(window, ctx, qtbot, laptop2, tmp_path, monkeypatch):
    from fasilitaattori.sync.folder import set_sync_encrypted, set_sync_folder, sync_encrypted, sync_now
    from fasilitaattori.ui import sync_actions
    from fasilitaattori.ui.sync_actions import SyncEncryptionDialog, choose_sync_folder

    folder = tmp_path / "OneDrive"
    folder.mkdir()
    assert choose_sync_folder(window, ctx, folder)
    set_sync_folder(laptop2, folder)
    set_sync_encrypted(laptop2, True)
    workshops.create_workshop(laptop2, title="Salattu työpaja")
    sync_now(laptop2, passphrase="yhteinen salasana")
    typed = iter(["väärä", "yhteinen salasana"])
    asked = []

    def answer(dialog):
        asked.append(dialog.findChildren(QLabel)[0].text())
        dialog.passphrase.setText(next(typed))
        return sync_actions.QDialog.DialogCode.Accepted

    monkeypatch.setattr(sync_actions.PassphraseDialog, "exec", answer)
    errors = []
    monkeypatch.setattr(ctx, "report", lambda exc: errors.append(str(getattr(exc, "message", exc))))
    window.sync_actions["sync_now_action"].trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
    assert asked == ["The bundles in the sync folder are encrypted. Type the team's passphrase."]
    assert errors and "does not open" in errors[0] and not own_file(ctx.wb, folder).exists()
    window.sync_actions["sync_now_action"].trigger()  # asked again after a wrong one
    box = box_shown(qtbot, window)
    assert "Other devices synced: 1." in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    assert len(asked) == 2 and ctx.sync_passphrase == "yhteinen salasana"
    # With the team's passphrase given, this laptop's bundle is encrypted with it too.
    assert own_file(ctx.wb, folder).read_bytes().startswith(b"FASIENC1")
    # Make it the rule for this laptop: no sync without the passphrase, kept for the session only.
    window.sync_actions["sync_encryption_action"].trigger()
    dialog = dialogs(window, SyncEncryptionDialog)[0]
    shot(dialog, "sync-encryption.png", tmp_path)
    dialog.encrypt.setChecked(True)
    dialog.passphrase.setText("yhteinen salasana")
    dialog.repeat.setText("yhteinen")
    dialog.save()
    assert "differ" in dialog.status.text() and not sync_encrypted(ctx.wb)
    dialog.repeat.setText("yhteinen salasana")
    dialog.save()
    assert sync_encrypted(ctx.wb)
    window.sync_actions["sync_now_action"].trigger()
    box_shown(qtbot, window).button(QMessageBox.StandardButton.Ok).click()
    assert len(asked) == 2  # not asked again in this session
    assert own_file(ctx.wb, folder).read_bytes().startswith(b"FASIENC1")
    assert "yhteinen salasana" not in dump(ctx.wb)  # the passphrase is never saved


def test_a_pseudonymised_export_first_shows_the_texts_that_name_someone(window, ctx, tmp_path, qtbot):
    from fasilitaattori.core.participants import list_participants
    from fasilitaattori.ui.sync_actions import ExportDialog

    person = next(p for p in list_participants(ctx.wb) if p.display_name)
    workshop = workshops.list_workshops(ctx.wb)[0]
    notes.add_note(ctx.wb, workshop.id, f"{person.display_name} ehdotti yhteistä kalenteria.")
    dialog = ExportDialog(ctx, window)
    qtbot.addWidget(dialog)
    target = tmp_path / "jaettava.fasi"
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.pseudonymise, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not target.exists() and dialog.review.isVisibleTo(dialog)
    assert "yhteistä kalenteria" in dialog.review.toPlainText()
    shot(dialog, "sync-export-review.png", tmp_path)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)  # read, then export anyway
    # The file appears before the job has logged the export in the store: the job must end
    # before the test closes the store under it.
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=60_000)
    assert target.exists()


def test_sync_now_cancelled_after_one_import_says_what_stayed_and_shows_it(window, ctx, qtbot, laptop2, tmp_path,
                                                                           monkeypatch):
    from fasilitaattori.sync import folder as folder_module
    from fasilitaattori.ui.jobs import Job
    from fasilitaattori.ui.sync_actions import choose_sync_folder

    folder = tmp_path / "Syncthing"
    folder.mkdir()
    assert choose_sync_folder(window, ctx, folder)
    laptop3 = new_device(tmp_path / "devices", "laptop3")
    try:
        for other, title in ((laptop2, "Toisen koneen työpaja"), (laptop3, "Kolmannen koneen työpaja")):
            workshops.create_workshop(other, title=title)
            export_bundle(other, own_file(other, folder))  # what its sync writes, without reading the other's
    finally:
        laptop3.close()
    started = []
    real = folder_module.apply_bundle

    def apply(wb, bundle, name, **kwargs):
        started.append(name)
        return real(wb, bundle, name, **kwargs)

    monkeypatch.setattr(folder_module, "apply_bundle", apply)
    errors, changed = [], []
    monkeypatch.setattr(ctx, "report", lambda exc: errors.append(exc.message))
    ctx.changed.connect(changed.append)
    real_report = Job._report

    def report(job, done, total):  # Cancel pressed once the second import has begun
        if len(started) == 2:
            job.cancel()
        real_report(job, done, total)

    monkeypatch.setattr(Job, "_report", report)
    window.sync_actions["sync_now_action"].trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
    assert errors == [f"The sync was cancelled. What came in from {started[0]} was kept; the rest was not "
                      "imported, and this device's bundle was not written."]
    assert changed, "the views were not told about the rows that came in"
    titles = {w.title for w in workshops.list_workshops(ctx.wb)}
    assert len(titles & {"Toisen koneen työpaja", "Kolmannen koneen työpaja"}) == 1  # the first stayed
    assert not own_file(ctx.wb, folder).exists()


def test_a_laptop_copied_from_this_one_is_noticed_and_this_one_takes_a_new_id(window, ctx, qtbot, tmp_path):
    from fasilitaattori.sync.folder import set_sync_folder, sync_now
    from fasilitaattori.ui.sync_actions import choose_sync_folder
    from tests.sync.helpers import clone

    folder = tmp_path / "Nextcloud"
    folder.mkdir()
    assert choose_sync_folder(window, ctx, folder)
    copy = clone(ctx.wb, tmp_path / "devices", "copy")  # a restored disk image: the same device id
    try:
        set_sync_folder(copy, folder)
        workshops.create_workshop(copy, title="Kopiolla tehty työpaja")
        sync_now(copy)
        old = ctx.wb.device_id
        window.sync_actions["sync_now_action"].trigger()  # a job: its outcome comes after it ends
        qtbot.waitUntil(lambda: any(b.objectName() == "duplicate_device_box" for b in dialogs(window, QMessageBox)),
                        timeout=20_000)
        box = next(b for b in dialogs(window, QMessageBox) if b.objectName() == "duplicate_device_box")
        assert box.text().startswith("The sync folder has files under this laptop's device id that it did not write")
        assert ctx.wb.device_id == old  # nothing happens before the user says so
        box.findChild(QPushButton, "new_device_id_button").click()
        qtbot.waitUntil(lambda: any("Other devices synced: 1." in b.text() for b in dialogs(window, QMessageBox)),
                        timeout=20_000)
        done = next(b for b in dialogs(window, QMessageBox) if "Other devices synced: 1." in b.text())
        assert ctx.wb.device_id != old
        assert "Kopiolla tehty työpaja" in [w.title for w in workshops.list_workshops(ctx.wb)]
        done.button(QMessageBox.StandardButton.Ok).click()
    finally:
        copy.close()
