"""File → Import bundle: the preview of what an import will change, then the import itself.

The window opens at once; reading the bundle and planning the merge, and then the import, run
as jobs (`jobs`) with their bar and Cancel in the window, so the main window keeps painting and
can be worked in meanwhile: edits made during the import are saved after it. The window is
not modal for that reason.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..sync.crypto import is_encrypted
from ..sync.importer import ImportCancelled, ImportResult, apply_bundle, preview_bundle
from ..sync.merge import MergePlan
from ..sync.reader import Bundle, open_bundle_file, read_file_bytes
from ..sync.restore_points import make_point
from .conflicts_view import ConflictsDialog
from .context import UiContext, error_text
from .date_fields import moment_text
from .jobs import Job, JobPanel, Progress
from .sync_log_view import kind_label
from .sync_widgets import secret_field

# From this store size on, copying it takes more than a moment (about 0.2 s per 30 MB): the
# copy to undo the import with is then made before the import's transaction, not inside it.
POINT_BEFORE = 30 * 1024 * 1024


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

    def __init__(self, ctx: UiContext, path: Path, passphrase: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.name = path.name
        self.bundle: Bundle | None = None
        self.plan: MergePlan | None = None
        self.result: ImportResult | None = None
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Import bundle"))
        self.resize(760, 520)
        self.intro = QLabel()
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
        self.panel = JobPanel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
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
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)
        self.finished.connect(lambda _: self.bundle.close() if self.bundle is not None else None)
        self._read(path, passphrase)

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def _read(self, path: Path, passphrase: str | None) -> None:
        self.intro.setText(self.tr("Reading {name}…").format(name=self.name))
        wb = self.ctx.wb

        def work(progress: Progress) -> tuple[Bundle, MergePlan]:
            bundle = open_bundle_file(path, passphrase)
            try:
                return bundle, preview_bundle(wb, bundle, progress)
            except BaseException:
                bundle.close()
                raise

        self._run(self.ctx.start_job(self.panel, self.tr("Reading {name}…").format(name=self.name),
                                     work, self._read_done, self._read_failed))

    def _run(self, job: Job) -> None:
        """While a job runs, the bar's Cancel stops it; the window's own Cancel would close it."""
        self.job = job
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.hide()
        job.ended.connect(close.show)

    def _read_done(self, outcome: tuple[Bundle, MergePlan]) -> None:
        self.bundle, self.plan = outcome
        scope = self.bundle.manifest.get("scope", {})
        what = self.tr("one project") if scope.get("kind") == "project" else self.tr("a whole store")
        self.intro.setText(self.tr("The bundle {name} holds {what}, written {when} on device {device}. "
                                   "This is what importing it will change:").format(
            name=self.name, what=what, when=moment_text(str(self.bundle.manifest.get("created_at", ""))),
            device=self.bundle.device_id[:8]))
        self.fill(self.plan)
        self.import_button.setEnabled(True)

    def _read_failed(self, error: BaseException) -> None:
        if not isinstance(error, ImportCancelled):
            self.ctx.report(error)
        self.done(QDialog.DialogCode.Rejected)

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
        """Import on a worker thread; the window's edits meanwhile wait and are saved after it."""
        if self.bundle is None or self.plan is None or self.busy:
            return
        wb, bundle, name = self.ctx.wb, self.bundle, self.name
        copy_first = bool(self.plan.changes) and wb.store.db_path.stat().st_size >= POINT_BEFORE

        def work(progress: Progress) -> ImportResult:
            point = make_point(wb) if copy_first else None
            return apply_bundle(wb, bundle, name, progress=progress, restore_point=point)

        self.import_button.setEnabled(False)
        self._run(self.ctx.start_job(self.panel, self.tr("Importing {name}…").format(name=name), work,
                                     self._imported, self._import_failed, writes=True))

    def _import_failed(self, error: BaseException) -> None:
        self.import_button.setEnabled(True)
        if isinstance(error, ImportCancelled):
            self.intro.setText(error_text(error))
        else:
            self.ctx.report(error)

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        # Earlier undo steps may refer to rows the import replaced or erased.
        self.ctx.undo_stack.clear()
        self.ctx.refresh_all()
        total = result.totals()
        self.intro.setText(self.tr("Imported: {new} new, {updated} updated, {conflicting} conflicting, "
                                   "{erased} erased.").format(new=total.new, updated=total.updated,
                                                              conflicting=total.conflicting, erased=total.erased))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Close"))
        self.conflicts_button.setVisible(result.conflicts > 0)
        if result.conflicts:
            self.conflicts_button.setFocus()

    def reject(self) -> None:
        """Cancel (or Esc) while a job runs stops the job first; the window stays to say so."""
        if self.busy:
            self.panel.cancel()
            return
        super().reject()

    def show_conflicts(self) -> None:
        dialog = ConflictsDialog(self.ctx, self.parentWidget() or self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.accept()


def open_bundle(window: QWidget, ctx: UiContext, path: Path, passphrase: str | None = None
                ) -> ImportPreviewDialog | None:
    """Open the import preview for `path` (asking for a passphrase if the bundle needs one);
    it reads the bundle in a job and fills in when it has. None if no passphrase was given."""
    path = Path(path)
    try:
        encrypted = passphrase is None and is_encrypted(read_file_bytes(path)[:16])
    except Exception as exc:  # noqa: BLE001 - the user sees one sentence
        ctx.report(exc)
        return None
    if encrypted:
        ask = PassphraseDialog(path.name, window)
        if ask.exec() != QDialog.DialogCode.Accepted:
            return None
        passphrase = ask.passphrase.text()
    dialog = ImportPreviewDialog(ctx, path, passphrase, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()  # not modal: the window can be worked in during an import
    return dialog
