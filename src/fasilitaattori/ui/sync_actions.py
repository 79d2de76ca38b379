"""Sync menu actions: export and import bundles (with a preview first), sync with the sync
folder, choose that folder, and the conflicts that syncing left to look at.

`open_bundle(window, ctx, path)` opens the import preview for a file; the app calls it when
the user opens a .fasi file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.projects import list_projects
from ..core.pseudonyms import flagged_texts
from ..errors import FasilitaattoriError
from ..sync.crypto import PassphraseError, is_encrypted
from ..sync.export import export_bundle
from ..sync.folder import (
    SyncCancelled,
    needs_passphrase,
    set_sync_automatically,
    set_sync_encrypted,
    set_sync_folder,
    sync_automatically,
    sync_encrypted,
    sync_folder,
    sync_now,
)
from ..sync.importer import (
    ImportCancelled,
    ImportResult,
    apply_bundle,
    cancelled,
    log_export,
    preview_bundle,
)
from ..sync.merge import MergePlan
from ..sync.reader import Bundle, open_bundle_file, read_file_bytes
from ..sync.restore_points import make_point
from .conflicts_view import ConflictsDialog
from .context import UiContext, error_text
from .date_fields import moment_text
from .fill import fill
from .sync_log_view import SyncLogDialog, in_background, kind_label

# From this store size on, copying it takes more than a moment (about 0.2 s per 30 MB).
_POINT_IN_BACKGROUND = 30 * 1024 * 1024


def file_filter() -> str:
    return QCoreApplication.translate("SyncActions", "Fasilitaattori bundles (*.fasi);;All files (*)")


def _busy() -> None:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)


def _idle() -> None:
    QGuiApplication.restoreOverrideCursor()


def _secret() -> QLineEdit:
    """A line for a passphrase: what is typed is not shown."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class ImportProgress(QProgressDialog):
    """Rows read so far while a bundle is checked or imported; Cancel stops it and, for an
    import, rolls everything back. Shown only when the work takes more than a moment."""

    def __init__(self, label: str, parent: QWidget | None) -> None:
        super().__init__(label, QCoreApplication.translate("SyncActions", "Cancel"), 0, 100, parent)
        self.setWindowTitle(QCoreApplication.translate("SyncActions", "Sync"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(400)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(440)
        self.setValue(0)

    def __call__(self, done: int, total: int) -> None:
        self.setMaximum(max(total, 1))
        self.setValue(min(done, max(total, 1)))
        QCoreApplication.processEvents()
        if self.wasCanceled():
            raise cancelled()


class ExportDialog(QDialog):
    """What to export (everything or one project), where, and how it is protected."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_: object = None
        self.setWindowTitle(self.tr("Export bundle"))
        self.resize(620, 320)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Everything in this store"), "")
        for project in list_projects(ctx.wb):
            self.scope.addItem(self.tr("Project: {name}").format(name=project.name), project.id)
        self.path = QLineEdit(str(Path.home() / "fasilitaattori.fasi"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.passphrase = _secret()
        self.passphrase.setPlaceholderText(self.tr("leave empty for no encryption"))
        self.repeat = _secret()
        self.pseudonymise = QCheckBox(self.tr("&Pseudonymise: replace participants' names and contacts by codes "
                                              "(for sharing outside the team; cannot be imported)"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        # Texts that seem to name a participant, shown once before a pseudonymised export.
        self.review = QPlainTextEdit()
        self.review.setReadOnly(True)
        self.review.setAccessibleName(self.tr("Texts that name a participant"))
        self.review.hide()
        self._reviewed = False
        self.pseudonymise.toggled.connect(self._review_again)
        self.scope.currentIndexChanged.connect(self._review_again)
        form = QFormLayout()
        form.addRow(self.tr("&What"), self.scope)
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, where)
        form.addRow(self.tr("P&assphrase"), self.passphrase)
        form.addRow(self.tr("&Repeat passphrase"), self.repeat)
        form.addRow("", self.pseudonymise)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.review, 1)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _review_again(self) -> None:
        self._reviewed = False
        self.review.hide()
        self.export_button.setText(self.tr("&Export"))

    def _needs_review(self) -> bool:
        """Show, once, the texts whose names will become codes; True while the user should look."""
        if self._reviewed or not self.pseudonymise.isChecked():
            return False
        self._reviewed = True
        project = self.scope.currentData() or None
        flags = flagged_texts(self.ctx.wb, project)
        if not flags:
            return False
        lines = [f"{kind_label(f.entity)}: {' '.join(f.text.split())[:160]}" for f in flags]
        self.review.setPlainText("\n".join(lines))
        self.review.show()
        self.status.setText(self.tr(
            "%n text(s) seem to name a participant. In the bundle those names become codes; "
            "read them through, then press Export again.", "", len(flags)))
        self.export_button.setText(self.tr("&Export anyway"))
        return True

    def browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export bundle"), self.path.text(),
                                              file_filter())
        if name:
            self.path.setText(name if name.endswith(".fasi") else name + ".fasi")

    def export(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.status.setText(self.tr("Choose the file to write."))
            return
        if self.passphrase.text() != self.repeat.text():
            self.status.setText(self.tr("The two passphrases differ; type them again."))
            return
        if self._needs_review():
            return
        path = Path(text)
        _busy()
        try:
            result = export_bundle(self.ctx.wb, path, project_id=self.scope.currentData() or None,
                                   passphrase=self.passphrase.text() or None,
                                   pseudonymise=self.pseudonymise.isChecked())
            log_export(self.ctx.wb, path, result.counts)
        except Exception as exc:  # noqa: BLE001 - the user sees one sentence
            _idle()
            self.ctx.report(exc)
            return
        _idle()
        self.result_ = result
        self.accept()


class PassphraseDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypted bundle"))
        label = QLabel(text or self.tr("The bundle {name} is encrypted. Type its passphrase.").format(name=name))
        label.setWordWrap(True)
        self.passphrase = _secret()
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
        _busy()
        progress = ImportProgress(self.tr("Importing {name}…").format(name=self.name), self)
        try:
            self.result = apply_bundle(self.ctx.wb, self.bundle, self.name, progress=progress, restore_point=point)
        except ImportCancelled as exc:
            _idle()
            progress.close()
            self.intro.setText(error_text(exc))
            return
        except Exception as exc:  # noqa: BLE001 - the user sees one sentence
            _idle()
            progress.close()
            self.ctx.report(exc)
            return
        _idle()
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
        _busy()
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
            _idle()
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


class SyncEncryptionDialog(QDialog):
    """Whether this laptop's bundle in the sync folder is encrypted, and the team's passphrase
    for this session (it is never saved)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Encrypt sync bundles"))
        self.encrypt = QCheckBox(self.tr("&Encrypt this laptop's bundle in the sync folder"))
        self.encrypt.setChecked(sync_encrypted(ctx.wb))
        self.passphrase = _secret()
        self.repeat = _secret()
        note = QLabel(self.tr("Every laptop in the folder needs the same passphrase. It is not saved: "
                              "Fasilitaattori asks for it at the first sync after it starts."))
        note.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.encrypt)
        form.addRow(self.tr("P&assphrase"), self.passphrase)
        form.addRow(self.tr("&Repeat passphrase"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.encrypt.toggled.connect(self._enable)
        self._enable(self.encrypt.isChecked())

    def _enable(self, on: bool) -> None:
        self.passphrase.setEnabled(on)
        self.repeat.setEnabled(on)

    def save(self) -> None:
        on = self.encrypt.isChecked()
        if on:
            if not self.passphrase.text():
                self.status.setText(self.tr("Type the passphrase."))
                return
            if self.passphrase.text() != self.repeat.text():
                self.status.setText(self.tr("The two passphrases differ; type them again."))
                return
        try:
            set_sync_encrypted(self.ctx.wb, on)
        except FasilitaattoriError as exc:
            self.ctx.report(exc)
            return
        self.ctx.sync_passphrase = self.passphrase.text() if on else None
        self.accept()


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
    _busy()
    progress = ImportProgress(QCoreApplication.translate("SyncActions", "Syncing with the other devices…"), window)
    try:
        report = sync_now(ctx.wb, passphrase=ctx.sync_passphrase, progress=progress)
    except Exception as exc:  # noqa: BLE001 - the user sees one sentence
        _idle()
        progress.close()
        if isinstance(exc, PassphraseError):
            ctx.sync_passphrase = None  # asked again next time
        if isinstance(exc, SyncCancelled):  # bundles imported before the Cancel stay
            ctx.undo_stack.clear()
            ctx.changed.emit("")
        if quiet and isinstance(window, QMainWindow):
            window.statusBar().showMessage(error_text(exc), 15000)  # a stick left at home is no alarm
        else:
            ctx.report(exc)
        return None
    _idle()
    progress.close()
    if report.imported:
        ctx.undo_stack.clear()
        ctx.changed.emit("")
    conflicting = sum(result.conflicts for _name, result in report.imported)
    devices = len(report.imported) + report.unchanged
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
