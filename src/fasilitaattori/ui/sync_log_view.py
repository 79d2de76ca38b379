"""Tools → Sync log: what earlier imports and exports did, and undoing an import.

Undoing puts the store back as it was before the chosen import (`sync.restore_points`); an
import that came in with others in one Sync now takes the whole Sync now back. The
window first says exactly which edits made here since would go; the work itself (reading the
store for those edits, copying the restore point back) runs in a second thread while a
progress window shows, so the window keeps painting on a large store.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import FasilitaattoriError
from ..sync.importer import LogEntry, sync_log
from ..sync.restore_points import UndoPlan, plan_undo, undo_import, undoable
from .context import UiContext, error_text
from .jobs import Job

_LOST_SHOWN = 15  # later edits named one by one; the rest are counted


def kind_label(entity: str) -> str:
    labels = {
        "project": QCoreApplication.translate("SyncActions", "Projects"), "method": QCoreApplication.translate("SyncActions", "Methods"), "workshop": QCoreApplication.translate("SyncActions", "Workshops"),
        "agenda_item": QCoreApplication.translate("SyncActions", "Agenda blocks"), "participant": QCoreApplication.translate("SyncActions", "Participants"),
        "attendance": QCoreApplication.translate("SyncActions", "Attendance"), "head_count": QCoreApplication.translate("SyncActions", "Head counts"), "note": QCoreApplication.translate("SyncActions", "Notes"),
        "task": QCoreApplication.translate("SyncActions", "Tasks"), "feedback_question": QCoreApplication.translate("SyncActions", "Feedback questions"),
        "feedback_response": QCoreApplication.translate("SyncActions", "Feedback responses"), "feedback_answer": QCoreApplication.translate("SyncActions", "Feedback answers"),
        "question_set": QCoreApplication.translate("SyncActions", "Question sets"),
        "category": QCoreApplication.translate("SyncActions", "Own categories"), "photo": QCoreApplication.translate("SyncActions", "Photos"), "conflict": QCoreApplication.translate("SyncActions", "Kept conflict copies"),
        "erasure": QCoreApplication.translate("SyncActions", "Erasures"),
    }
    return labels.get(entity, entity)


def in_background(parent: QWidget, label: str, work: Callable[[], Any], done: Callable[[Any], None],
                  failed: Callable[[BaseException], None]) -> QProgressDialog:
    """Run `work` as a job while a moving bar shows; then `done(result)` or `failed(error)` in
    this thread. No event loop is started here: the window's own goes on."""
    notice = QProgressDialog(label, "", 0, 0, parent)
    notice.setObjectName("background_work")
    notice.setWindowTitle(QCoreApplication.translate("SyncLog", "Sync log"))
    notice.setCancelButton(None)  # a restore is not stopped halfway
    notice.setWindowModality(Qt.WindowModality.WindowModal)
    notice.setMinimumDuration(200)
    notice.setMinimumWidth(420)
    job = Job(lambda _progress: work(), parent)

    def close() -> None:
        notice.close()
        notice.deleteLater()
        job.deleteLater()

    # The notice goes first, so that what follows (a message box) is not behind it.
    job.done.connect(lambda result: (close(), done(result)))
    job.failed.connect(lambda error: (close(), failed(error)))
    job.start()
    return notice


class SyncLogDialog(QDialog):
    COLUMNS = 4

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[LogEntry] = []
        self.setWindowTitle(self.tr("Sync log"))
        self.resize(820, 520)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setAccessibleName(self.tr("Sync log"))
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), self.tr("File"), self.tr("Changes")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.currentCellChanged.connect(lambda *_: self._enable())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo this import…"))
        self.undo_button.setObjectName("undo_import_button")
        self.undo_button.clicked.connect(self.ask_undo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.reload()

    def _what(self, entry: LogEntry) -> str:
        actions = {"import": self.tr("Imported"), "export": self.tr("Exported"), "sync": self.tr("Synced"),
                   "undo": self.tr("Undid an import")}
        text = actions.get(entry.action, entry.action)
        if entry.summary.get("undone"):
            text += " " + self.tr("(undone)")
        return text

    def _changes(self, entry: LogEntry) -> str:
        words = {"new": self.tr("new"), "updated": self.tr("updated"), "conflicting": self.tr("conflicting"),
                 "erased": self.tr("erased")}
        parts = []
        for entity, counts in entry.summary.get("counts", {}).items():
            if isinstance(counts, dict):
                shown = ", ".join(f"{value} {words.get(key, key)}" for key, value in counts.items()
                                  if value and key != "unchanged")
                if shown:
                    parts.append(f"{kind_label(entity)}: {shown}")
            elif counts:
                parts.append(f"{kind_label(entity)}: {counts}")
        return "; ".join(parts)

    def reload(self) -> None:
        self.entries = sync_log(self.ctx.wb)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = [entry.at[:16].replace("T", " "), self._what(entry), entry.file, self._changes(entry)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        if not self.entries:
            self.status.setText(self.tr("Nothing has been imported or exported yet."))
        if self.entries:
            self.table.setCurrentCell(0, 0)
        self._enable()

    def current(self) -> LogEntry | None:
        row = self.table.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _enable(self) -> None:
        entry = self.current()
        self.undo_button.setEnabled(entry is not None and undoable(self.ctx.wb, entry.device_id, entry.summary))

    def ask_undo(self) -> None:
        entry = self.current()
        if entry is None:
            return
        self.undo_button.setEnabled(False)
        in_background(self, self.tr("Looking for what was changed here since the import…"),
                      lambda: plan_undo(self.ctx.wb, entry.id), self._confirm, self._failed)

    def _confirm(self, plan: UndoPlan) -> None:
        lines = [self.tr("The store goes back to how it was before the import of {file} ({when}). "
                         "Erasures made since stay in force.").format(file=plan.file,
                                                                       when=plan.at[:16].replace("T", " "))]
        if plan.lost:
            lines.append(self.tr("These changes made here since then will be lost:"))
            untitled = self.tr("(untitled)")
            lines += [f"• {QCoreApplication.translate('fields', x.what)}: {x.title or untitled}"
                      for x in plan.lost[:_LOST_SHOWN]]
            if len(plan.lost) > _LOST_SHOWN:
                lines.append(self.tr("…and %n more.", "", len(plan.lost) - _LOST_SHOWN))
        else:
            lines.append(self.tr("Nothing has been changed here since then."))
        if plan.same_round:
            lines.append(self.tr("%n other import(s) of the same Sync now will be undone too: a Sync now "
                                 "keeps one restore point.", "", plan.same_round))
        if plan.later_imports:
            lines.append(self.tr("%n later import(s) will be undone too.", "", plan.later_imports))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Undo the import"), lines[0],
                          QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText("\n".join(lines[1:]))
        box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 460px; }")  # long file names and titles wrap less
        box.setObjectName("undo_import_question")
        go = box.addButton(self.tr("&Undo the import"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered() -> None:
            if box.clickedButton() is go:
                self._undo(plan)
            else:
                self._enable()

        box.finished.connect(lambda _result: answered())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _undo(self, plan: UndoPlan) -> None:
        in_background(self, self.tr("Putting the store back as it was before the import…"),
                      lambda: undo_import(self.ctx.wb, plan.log_id), self._undone, self._failed)

    def _undone(self, _plan: UndoPlan) -> None:
        self.ctx.undo_stack.clear()  # the steps it holds refer to rows as they were
        self.ctx.changed.emit("")
        self.reload()
        self.status.setText(self.tr("The import was undone."))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, FasilitaattoriError):
            self.status.setText(error_text(exc))
        else:
            self.ctx.report(exc)
        self._enable()
