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
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import FasilitaattoriError
from ..sync.changes import DuplicateDeviceError
from ..sync.crypto import PassphraseError, is_encrypted
from ..sync.folder import (
    SyncCancelled,
    needs_passphrase,
    set_sync_automatically,
    set_sync_folder,
    sync_automatically,
    sync_folder,
    sync_now,
)
from ..sync.importer import (
    ImportCancelled,
    ImportResult,
    apply_bundle,
    preview_bundle,
)
from ..sync.merge import MergePlan
from ..sync.reader import Bundle, open_bundle_file, read_file_bytes
from ..sync.restore_points import make_point
from .conflicts_view import ConflictsDialog
from .context import UiContext, error_text
from .date_fields import moment_text
from .device_id import offer_new_device_id
from .export_dialog import ExportDialog
from .fill import fill
from .sync_encryption_dialog import SyncEncryptionDialog
from .sync_log_view import SyncLogDialog, in_background, kind_label
from .sync_widgets import ImportProgress, busy, file_filter, idle, secret_field

__all__ = ["ExportDialog", "ImportProgress", "SyncEncryptionDialog", "file_filter"]  # moved; still imported from here

# From this store size on, copying it takes more than a moment (about 0.2 s per 30 MB).
_POINT_IN_BACKGROUND = 30 * 1024 * 1024


class PassphraseDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypted bundle"))
        label = QLabel(text or self.tr("The bundle {name} is encrypted. Type its passphrase.").format(name=name))
        label.setWordWrap(True)
        self.passphrase = secret_field()
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.passphrase)
        layout.addWidget(buttons)


class ImportPreviewDialog(QDialog):
    """What an import will change, per kind, before anything is written."""

    COLUMNS = ("new", "updated", "conflicting", "unchanged", "erased")

    def __init__(self, ctx: UiContext, bundle: Bundle, plan: MergePlan, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bundle = bundle
        self.plan = plan
        self.name = name
        self.result: ImportResult | None = None
        self.setWindowTitle(self.tr("Import bundle"))
        self.resize(760, 520)
        scope = bundle.manifest.get("scope", {})
        what = self.tr("one project") if scope.get("kind") == "project" else self.tr("a whole store")
        self.intro = QLabel(self.tr("The bundle {name} holds {what}, written {when} on device {device}. "
                                    "This is what importing it will change:").format(
            name=name, what=what, when=moment_text(str(bundle.manifest.get("created_at", ""))),
            device=bundle.device_id[:8]))
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS) + 1)
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("New"), self.tr("Updated"),
                                              self.tr("Conflicting"), self.tr("Unchanged"), self.tr("Erased")])
        self.table.setAccessibleName(self.tr("Changes per kind"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(self.COLUMNS) + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.run_import)
        self.conflicts_button = self.buttons.addButton(self.tr("Show &conflicts…"),
                                                       QDialogButtonBox.ButtonRole.ActionRole)
        self.conflicts_button.setVisible(False)
        self.conflicts_button.clicked.connect(self.show_conflicts)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.buttons)
        self.finished.connect(lambda _: self.bundle.close())
        self.fill(plan)

    def fill(self, plan: MergePlan) -> None:
        # Conflict copies are bookkeeping: the "Conflicting" column already counts them.
        rows = [(k, c) for k, c in plan.counts.items()
                if k != "conflict" and (c.total_changes() or c.unchanged)]
        self.table.setRowCount(len(rows))
        for row, (entity, counts) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(kind_label(entity)))
            values = counts.as_dict()
            for column, key in enumerate(self.COLUMNS, start=1):
                cell = QTableWidgetItem(str(values[key]) if values[key] else "–")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        changes = sum(c.total_changes() for k, c in plan.counts.items() if k != "conflict")
        if changes:
            self.totals.setText(self.tr("%n change(s) in all. Nothing is lost: where both sides changed the "
                                        "same text, the other version is kept for you to look at.", "", changes))
        else:
            self.totals.setText(self.tr("This store already has everything in the bundle; importing changes "
                                        "nothing."))

    def run_import(self) -> None:
        """Import; on a large store the copy to undo it with is made first, in a second thread."""
        if self.plan.changes and self.ctx.wb.store.db_path.stat().st_size >= _POINT_IN_BACKGROUND:
            self.import_button.setEnabled(False)

            def failed(exc: BaseException) -> None:
                self.import_button.setEnabled(True)
                self.ctx.report(exc)

            in_background(self, self.tr("Keeping a copy of the store so that the import can be undone…"),
                          lambda: make_point(self.ctx.wb), self._import, failed)
        else:
            self._import(None)

    def _import(self, point: Path | None) -> None:
        busy()
        progress = ImportProgress(self.tr("Importing {name}…").format(name=self.name), self)
        try:
            self.result = apply_bundle(self.ctx.wb, self.bundle, self.name, progress=progress, restore_point=point)
        except ImportCancelled as exc:
            idle()
            progress.close()
            self.intro.setText(error_text(exc))
            return
        except Exception as exc:  # noqa: BLE001 - the user sees one sentence
            idle()
            progress.close()
            self.ctx.report(exc)
            return
        idle()
        progress.close()
        # Earlier undo steps may refer to rows the import replaced or erased.
        self.ctx.undo_stack.clear()
        self.ctx.changed.emit("")
        total = self.result.totals()
        self.intro.setText(self.tr("Imported: {new} new, {updated} updated, {conflicting} conflicting, "
                                   "{erased} erased.").format(new=total.new, updated=total.updated,
                                                              conflicting=total.conflicting, erased=total.erased))
        self.import_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Close"))
        self.conflicts_button.setVisible(self.result.conflicts > 0)
        if self.result.conflicts:
            self.conflicts_button.setFocus()

    def show_conflicts(self) -> None:
        dialog = ConflictsDialog(self.ctx, self.parentWidget() or self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.accept()


def open_bundle(window: QWidget, ctx: UiContext, path: Path, passphrase: str | None = None
                ) -> ImportPreviewDialog | None:
    """Open the import preview for `path` (asking for a passphrase if the bundle needs one)."""
    path = Path(path)
    try:
        if passphrase is None and is_encrypted(read_file_bytes(path)[:16]):
            ask = PassphraseDialog(path.name, window)
            if ask.exec() != QDialog.DialogCode.Accepted:
                return None
            passphrase = ask.passphrase.text()
        busy()
        progress = ImportProgress(QCoreApplication.translate("SyncActions", "Reading {name}…").format(name=path.name),
                                  window)
        try:
            bundle = open_bundle_file(path, passphrase)
            try:
                plan = preview_bundle(ctx.wb, bundle, progress)
            except BaseException:
                bundle.close()
                raise
        finally:
            idle()
            progress.close()
    except ImportCancelled:
        return None
    except (FasilitaattoriError, PassphraseError) as exc:
        ctx.report(exc)
        return None
    dialog = ImportPreviewDialog(ctx, bundle, plan, path.name, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


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


def run_sync_now(window: QWidget, ctx: UiContext, quiet: bool = False) -> QMessageBox | None:
    """Sync with the folder now. `quiet` (on start and close) asks nothing but a passphrase the
    folder needs, and tells the outcome in the status bar unless something went wrong."""
    if sync_folder(ctx.wb) is None and (quiet or not choose_sync_folder(window, ctx)):
        return None
    if not _sync_passphrase(window, ctx):
        return None
    busy()
    progress = ImportProgress(QCoreApplication.translate("SyncActions", "Syncing with the other devices…"), window)
    try:
        report = sync_now(ctx.wb, passphrase=ctx.sync_passphrase, progress=progress)
    except Exception as exc:  # noqa: BLE001 - the user sees one sentence
        idle()
        progress.close()
        if isinstance(exc, PassphraseError):
            ctx.sync_passphrase = None  # asked again next time
        if isinstance(exc, SyncCancelled):  # bundles imported before the Cancel stay
            ctx.undo_stack.clear()
            ctx.changed.emit("")
        if quiet and isinstance(window, QMainWindow):
            window.statusBar().showMessage(error_text(exc), 15000)  # a stick left at home is no alarm
        elif isinstance(exc, DuplicateDeviceError):
            return offer_new_device_id(window, ctx, exc, lambda: run_sync_now(window, ctx))
        else:
            ctx.report(exc)
        return None
    idle()
    progress.close()
    if report.imported:
        ctx.undo_stack.clear()
        ctx.changed.emit("")
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
        return None
    for name, problem in report.failed:
        lines.append(QCoreApplication.translate("SyncActions", "{name} could not be read: {problem}").format(name=name, problem=error_text(problem)))
    box = QMessageBox(QMessageBox.Icon.Warning if report.failed else QMessageBox.Icon.Information,
                      QCoreApplication.translate("SyncActions", "Sync now"), "\n".join(lines), QMessageBox.StandardButton.Ok, window)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def sync_if_automatic(window: QWidget, ctx: UiContext) -> None:
    """Sync when the app starts and closes, if the user asked for it and a folder is set."""
    if sync_automatically(ctx.wb) and sync_folder(ctx.wb) is not None:
        run_sync_now(window, ctx, quiet=True)


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
