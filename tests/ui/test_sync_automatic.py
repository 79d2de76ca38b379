"""Sync on start and close: a checkable Tools item; the window then syncs with the folder
after it appears and before it closes, telling the outcome in the status bar."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from fasilitaattori.core import workshops
from fasilitaattori.sync.folder import own_file, set_sync_folder, sync_automatically, sync_now
from tests.sync.helpers import new_device


def _action(window, name):
    return next(a for a in window.findChildren(type(window.menuBar().actions()[0])) if a.objectName() == name)


def test_the_window_syncs_on_start_and_close_when_asked(demo_wb, make_window, qtbot, tmp_path):
    folder = tmp_path / "Nextcloud"
    folder.mkdir()
    other = new_device(tmp_path / "devices", "laptop2")
    try:
        set_sync_folder(other, folder)
        workshops.create_workshop(other, title="Kylätalon työpaja")
        sync_now(other)
        window = make_window(demo_wb)
        window.sync_on_start()  # not asked for yet: nothing happens
        assert not own_file(demo_wb, folder).exists()
        set_sync_folder(demo_wb, folder)
        automatic = _action(window, "sync_automatic_action")
        assert automatic.isCheckable() and not automatic.isChecked()
        automatic.trigger()
        assert automatic.isChecked() and sync_automatically(demo_wb)

        window.sync_on_start()
        qtbot.waitUntil(lambda: not window.ctx.jobs, timeout=20_000)
        assert "Kylätalon työpaja" in [w.title for w in workshops.list_workshops(demo_wb)]
        assert "Other devices synced: 1." in window.statusBar().currentMessage()
        assert not [b for b in window.findChildren(QMessageBox) if b.isVisible()]  # no box to click away
        first = own_file(demo_wb, folder).read_bytes()

        workshops.create_workshop(demo_wb, title="Lisätty ennen sulkemista")
        window.close()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=20_000)  # after the sync on closing
        assert own_file(demo_wb, folder).read_bytes() == first  # the snapshot stays; the change goes on its own
        changed = [p for p in folder.iterdir() if demo_wb.device_id in p.name and p.name.endswith(".changes.fasi")]
        assert len(changed) == 1 and "Lisätty ennen sulkemista".encode() in _unzipped(changed[0])
        sync_now(other)
        assert "Lisätty ennen sulkemista" in [w.title for w in workshops.list_workshops(other)]
    finally:
        other.close()


def test_a_missing_folder_on_start_is_a_status_line_not_an_alarm(demo_wb, make_window, qtbot, tmp_path):
    from fasilitaattori.sync.folder import set_sync_automatically

    folder = tmp_path / "USB"
    folder.mkdir()
    set_sync_folder(demo_wb, folder)
    set_sync_automatically(demo_wb, True)
    folder.rmdir()  # the stick was left at home
    window = make_window(demo_wb)
    window.sync_on_start()
    qtbot.waitUntil(lambda: not window.ctx.jobs, timeout=20_000)
    assert "is not available" in window.statusBar().currentMessage()
    assert not [b for b in window.findChildren(QMessageBox) if b.isVisible()]


def test_turning_it_on_without_a_folder_asks_for_one(demo_wb, make_window, monkeypatch):
    from fasilitaattori.ui import sync_actions

    monkeypatch.setattr(sync_actions, "choose_sync_folder", lambda window, ctx, folder=None: False)
    window = make_window(demo_wb)
    automatic = _action(window, "sync_automatic_action")
    automatic.trigger()
    assert not automatic.isChecked() and not sync_automatically(demo_wb)


def _unzipped(path):
    import zipfile

    with zipfile.ZipFile(path) as zf:
        return b"".join(zf.read(name) for name in zf.namelist())
