"""Sync menu actions: export and import bundles (with a preview first), sync with the sync
folder, choose that folder, and the conflicts that syncing left to look at.

`open_bundle(window, ctx, path)` opens the import preview for a file; the app calls it when
the user opens a .fasi file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from ..errors import FasilitaattoriError
from ..sync.changes import DuplicateDeviceError
from ..sync.crypto import PassphraseError
from ..sync.folder import (
    SyncCancelled,
    SyncReport,
    needs_passphrase,
    set_sync_automatically,
    set_sync_folder,
    sync_automatically,
    sync_folder,
    sync_now,
)
from .conflicts_view import ConflictsDialog
from .context import UiContext, error_text
from .device_id import offer_new_device_id
from .export_dialog import ExportDialog
from .fill import fill
from .import_preview import ImportPreviewDialog, PassphraseDialog, open_bundle
from .jobs import Job, Progress, window_panel
from .sync_encryption_dialog import SyncEncryptionDialog
from .sync_log_view import SyncLogDialog
from .sync_widgets import file_filter

# Moved; still imported from here.
__all__ = ["ExportDialog", "ImportPreviewDialog", "PassphraseDialog", "SyncEncryptionDialog", "file_filter",
           "open_bundle"]


def choose_sync_folder(window: QWidget, ctx: UiContext, folder: Path | None = None) -> bool:
    if folder is None:
        start = str(sync_folder(ctx.wb) or Path.home())
        chosen = QFileDialog.getExistingDirectory(window, QCoreApplication.translate("SyncActions", "Choose sync folder"), start)
        if not chosen:
            return False
        folder = Path(chosen)
    try:
        set_sync_folder(ctx.wb, folder)
    except FasilitaattoriError as exc:
        ctx.report(exc)
        return False
    return True


def _sync_passphrase(window: QWidget, ctx: UiContext) -> bool:
    """Ask once per session for the passphrase when the folder needs one; False if cancelled."""
    if ctx.sync_passphrase or not needs_passphrase(ctx.wb):
        return True
    ask = PassphraseDialog("", window, QCoreApplication.translate(
        "SyncActions", "The bundles in the sync folder are encrypted. Type the team's passphrase."))
    if ask.exec() != QDialog.DialogCode.Accepted or not ask.passphrase.text():
        return False
    ctx.sync_passphrase = ask.passphrase.text()
    return True


def run_sync_now(window: QWidget, ctx: UiContext, quiet: bool = False) -> Job | None:
    """Sync with the folder now, as a job with its bar in the window's status bar. `quiet` (on
    start and close) asks nothing but a passphrase the folder needs, and tells the outcome in
    the status bar unless something went wrong."""
    panel = window_panel(window, ctx.writes)
    if panel.job is not None and panel.job.running:
        return None  # a sync already runs: its bar and Cancel are in the status bar
    if sync_folder(ctx.wb) is None and (quiet or not choose_sync_folder(window, ctx)):
        return None
    if not _sync_passphrase(window, ctx):
        return None
    wb, passphrase = ctx.wb, ctx.sync_passphrase

    def work(progress: Progress) -> SyncReport:
        return sync_now(wb, passphrase=passphrase, progress=progress)

    return ctx.start_job(panel, QCoreApplication.translate("SyncActions", "Syncing with the other devices…"), work,
                         lambda report: _synced(window, ctx, quiet, report),
                         lambda exc: _sync_failed(window, ctx, quiet, exc), writes=True)


def _sync_failed(window: QWidget, ctx: UiContext, quiet: bool, exc: BaseException) -> None:
    if isinstance(exc, PassphraseError):
        ctx.sync_passphrase = None  # asked again next time
    if isinstance(exc, SyncCancelled):  # bundles imported before the Cancel stay
        ctx.undo_stack.clear()
        ctx.refresh_all()
    if quiet and isinstance(window, QMainWindow):
        window.statusBar().showMessage(error_text(exc), 15000)  # a stick left at home is no alarm
    elif isinstance(exc, DuplicateDeviceError):
        offer_new_device_id(window, ctx, exc, lambda: run_sync_now(window, ctx))
    else:
        ctx.report(exc)


def _synced(window: QWidget, ctx: UiContext, quiet: bool, report: SyncReport) -> None:
    if report.imported:
        ctx.undo_stack.clear()
        ctx.refresh_all()
    conflicting = sum(result.conflicts for _name, result in report.imported)
    devices = len({result.device_id for _name, result in report.imported}) + report.unchanged
    lines = [fill(QCoreApplication.translate("SyncActions", "Other devices synced: %1."), devices)]
    changes = sum(result.changes for _name, result in report.imported)
    if changes:
        lines.append(fill(QCoreApplication.translate("SyncActions", "Changes that came in: %1."), changes))
    else:
        lines.append(QCoreApplication.translate("SyncActions", "Nothing new came in."))
    if conflicting:
        lines.append(fill(QCoreApplication.translate(
            "SyncActions", "Values changed on two devices: %1; see Tools → Conflicts."), conflicting))
    if quiet and not report.failed and isinstance(window, QMainWindow):
        window.statusBar().showMessage(" ".join(lines), 15000)
        return
    for name, problem in report.failed:
        lines.append(QCoreApplication.translate("SyncActions", "{name} could not be read: {problem}").format(name=name, problem=error_text(problem)))
    box = QMessageBox(QMessageBox.Icon.Warning if report.failed else QMessageBox.Icon.Information,
                      QCoreApplication.translate("SyncActions", "Sync now"), "\n".join(lines), QMessageBox.StandardButton.Ok, window)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def sync_if_automatic(window: QWidget, ctx: UiContext) -> Job | None:
    """Sync when the app starts and closes, if the user asked for it and a folder is set."""
    if sync_automatically(ctx.wb) and sync_folder(ctx.wb) is not None:
        return run_sync_now(window, ctx, quiet=True)
    return None


def jobs_before_closing(window: QWidget, ctx: UiContext) -> bool:
    """Whether the window must wait before closing: for a job still running (an import), then
    for the sync on closing if the user asked for it. It is closed again when they end."""
    if ctx.jobs:
        ctx.jobs[-1].ended.connect(window.close)
        return True
    if not ctx.closing:
        ctx.closing = True
        job = sync_if_automatic(window, ctx)
        if job is not None:
            job.ended.connect(window.close)
            return True
    return False


def toggle_automatic_sync(window: QWidget, ctx: UiContext, action: QAction) -> None:
    on = action.isChecked()
    if on and sync_folder(ctx.wb) is None and not choose_sync_folder(window, ctx):
        action.setChecked(False)
        return
    try:
        set_sync_automatically(ctx.wb, on)
    except FasilitaattoriError as exc:
        ctx.report(exc)
        action.setChecked(sync_automatically(ctx.wb))


def install_sync_actions(window: QWidget, ctx: UiContext, file_menu: QMenu, tools_menu: QMenu) -> list[QAction]:
    def opener(make: type[QDialog]) -> QDialog:
        dialog = make(ctx, window)  # type: ignore[call-arg]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def import_file() -> None:
        name, _ = QFileDialog.getOpenFileName(window, QCoreApplication.translate("SyncActions", "Import bundle"), str(Path.home()), file_filter())
        if name:
            open_bundle(window, ctx, Path(name))

    specs = [
        (file_menu, QCoreApplication.translate("SyncActions", "&Export bundle…"), "export_bundle_action", "Ctrl+Shift+E", lambda: opener(ExportDialog)),
        (file_menu, QCoreApplication.translate("SyncActions", "&Import bundle…"), "import_bundle_action", "Ctrl+Shift+I", import_file),
        (tools_menu, QCoreApplication.translate("SyncActions", "S&ync now"), "sync_now_action", "F9", lambda: run_sync_now(window, ctx)),
        (tools_menu, QCoreApplication.translate("SyncActions", "Choose sync &folder…"), "sync_folder_action", "", lambda: choose_sync_folder(window, ctx)),
        (tools_menu, QCoreApplication.translate("SyncActions", "Encrypt sync &bundles…"), "sync_encryption_action", "", lambda: opener(SyncEncryptionDialog)),
        (tools_menu, QCoreApplication.translate("SyncActions", "&Conflicts…"), "conflicts_action", "", lambda: opener(ConflictsDialog)),
        (tools_menu, QCoreApplication.translate("SyncActions", "Sync l&og…"), "sync_log_action", "", lambda: opener(SyncLogDialog)),
    ]
    actions = []
    for menu, text, name, shortcut, slot in specs:
        action = QAction(text, window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False, s=slot: s())
        menu.addAction(action)
        actions.append(action)
        if name == "sync_encryption_action":
            automatic = QAction(QCoreApplication.translate("SyncActions", "Sync on s&tart and close"), window)
            automatic.setObjectName("sync_automatic_action")
            automatic.setCheckable(True)
            automatic.setChecked(sync_automatically(ctx.wb))
            automatic.triggered.connect(lambda _checked=False, a=automatic: toggle_automatic_sync(window, ctx, a))
            menu.addAction(automatic)
            actions.append(automatic)
    return actions
