"""Conflicts: values two people changed at the same time on different laptops.

The list shows what still needs a look; the two versions stand side by side, and the user
keeps one, keeps both (one after the other) or writes a merged text. An edit made to a row
that was deleted on another laptop is listed too: restore the row with the edit, or let it
go. Each choice is one undoable edit that syncs like any other.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..sync.conflicts import OpenConflict, open_conflicts, reopen, resolve, undo_settled
from ..sync.looks import DELETED
from .context import UiContext


class ConflictsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[OpenConflict] = []
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(980, 600)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Conflicts to look at"))
        self.list.currentRowChanged.connect(self._show)
        self.what = QLabel()
        self.what.setWordWrap(True)
        self.mine = QPlainTextEdit()
        self.mine.setReadOnly(True)
        self.theirs = QPlainTextEdit()
        self.theirs.setReadOnly(True)
        self.merged = QPlainTextEdit()
        mine_label = QLabel(self.tr("&In use now"))
        mine_label.setBuddy(self.mine)
        theirs_label = QLabel(self.tr("&Other version"))
        theirs_label.setBuddy(self.theirs)
        merged_label = QLabel(self.tr("&Merged text (edit freely)"))
        merged_label.setBuddy(self.merged)
        self.keep_mine = QPushButton(self.tr("Keep the one in &use"))
        self.keep_theirs = QPushButton(self.tr("Keep the o&ther"))
        self.keep_both = QPushButton(self.tr("Keep &both"))
        self.save_merged = QPushButton(self.tr("&Save merged text"))
        self.keep_mine.clicked.connect(lambda: self.choose("mine"))
        self.keep_theirs.clicked.connect(lambda: self.choose("theirs"))
        self.keep_both.clicked.connect(lambda: self.choose("both"))
        self.save_merged.clicked.connect(lambda: self.choose("merged"))
        self.save_merged.setShortcut(QKeySequence("Ctrl+Return"))
        self.restore_row = QPushButton(self.tr("&Restore it with the edit"))
        self.let_go = QPushButton(self.tr("&Let it go (stays deleted)"))
        self.restore_row.clicked.connect(lambda: self.settle_deleted(True))
        self.let_go.clicked.connect(lambda: self.settle_deleted(False))

        compare = QGridLayout()
        compare.addWidget(mine_label, 0, 0)
        compare.addWidget(theirs_label, 0, 1)
        compare.addWidget(self.mine, 1, 0)
        compare.addWidget(self.theirs, 1, 1)
        compare.addWidget(self.keep_mine, 2, 0)
        compare.addWidget(self.keep_theirs, 2, 1)
        merged_row = QHBoxLayout()
        merged_row.addWidget(self.keep_both)
        merged_row.addStretch(1)
        merged_row.addWidget(self.save_merged)
        deleted_row = QHBoxLayout()
        deleted_row.addWidget(self.restore_row)
        deleted_row.addWidget(self.let_go)
        deleted_row.addStretch(1)
        self.merged_label = merged_label
        self.mine_label = mine_label
        self.theirs_label = theirs_label
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.what)
        right_layout.addLayout(compare, 3)
        right_layout.addWidget(merged_label)
        right_layout.addWidget(self.merged, 2)
        right_layout.addLayout(merged_row)
        right_layout.addLayout(deleted_row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 680])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.setTabOrder(self.list, self.mine)
        self.setTabOrder(self.mine, self.theirs)
        self.setTabOrder(self.theirs, self.keep_mine)
        self.setTabOrder(self.keep_mine, self.keep_theirs)
        self.setTabOrder(self.keep_theirs, self.merged)
        self.setTabOrder(self.merged, self.keep_both)
        self.setTabOrder(self.keep_both, self.save_merged)
        ctx.changed.connect(self._changed)
        self.reload()

    def _changed(self, _entity: str) -> None:
        if self.isVisible():
            self.reload()

    def reload(self, keep_id: str = "") -> None:
        current = self.current()
        keep_id = keep_id or (current.id if current else "")
        self.items = open_conflicts(self.ctx.wb)
        self.list.blockSignals(True)
        self.list.clear()
        select = 0
        for row, item in enumerate(self.items):
            untitled = self.tr("(untitled)")
            what = QCoreApplication.translate("fields", item.what)  # core's labels (ui/core_texts.py)
            field = QCoreApplication.translate("fields", item.field_label)
            text = f"{what[:1].upper()}{what[1:]} · {field}: {item.title or untitled}"
            if item.kind == DELETED:  # said before the title: a long title would hide it at the end
                mark = self.tr("edited after it was deleted")
                text = f"{what[:1].upper()}{what[1:]} ({mark}): {item.title or untitled}"
            entry = QListWidgetItem(text)
            entry.setToolTip(text)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            self.list.addItem(entry)
            if item.id == keep_id:
                select = row
        self.list.blockSignals(False)
        if self.items:
            self.summary.setText(self.tr("%n value(s) were changed on two devices at the same time. Choose "
                                         "what to keep; the choice goes to the other devices with the next sync.",
                                         "", len(self.items)))
            self.list.setCurrentRow(select)
        else:
            self.summary.setText(self.tr("No conflicts: everything that was changed on two devices has been "
                                         "settled."))
        self._show(self.list.currentRow())

    def current(self) -> OpenConflict | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _show(self, _row: int) -> None:
        item = self.current()
        enabled = item is not None
        deleted = item is not None and item.kind == DELETED
        for widget in (self.keep_mine, self.keep_theirs, self.keep_both, self.save_merged, self.merged):
            widget.setEnabled(enabled)
            widget.setVisible(not deleted)
        for widget in (self.mine, self.mine_label, self.merged_label):
            widget.setVisible(not deleted)
        self.restore_row.setVisible(deleted)
        self.theirs_label.setText(self.tr("The &edit") if deleted else self.tr("&Other version"))
        self.let_go.setVisible(deleted)
        if item is None:
            self.what.setText("")
            self.mine.setPlainText("")
            self.theirs.setPlainText("")
            self.merged.setPlainText("")
            return
        names = {"field": QCoreApplication.translate("fields", item.field_label),
                 "what": QCoreApplication.translate("fields", item.what), "title": item.title}
        if deleted:
            self.what.setText(self.tr("The {what} “{title}” was deleted on one device while its {field} was "
                                      "edited on another. Restore it with the edit, or let it go and it stays "
                                      "deleted.").format(**names))
            self.theirs.setPlainText(item.theirs)
            return
        self.what.setText(self.tr("{field} of the {what} “{title}”").format(**names))
        self.mine.setPlainText(item.mine)
        self.theirs.setPlainText(item.theirs)
        self.merged.setPlainText(f"{item.mine}\n\n{item.theirs}" if item.mine else item.theirs)

    def choose(self, choice: str) -> None:
        item = self.current()
        if item is None:
            return
        text = self.merged.toPlainText() if choice == "merged" else None
        entity = item.entity
        holder: dict[str, str] = {}

        def do() -> None:
            holder["before"] = resolve(self.ctx.wb, item.id, choice, text)[0]

        labels = {"mine": self.tr("Keep the value in use"), "theirs": self.tr("Keep the other value"),
                  "both": self.tr("Keep both values"), "merged": self.tr("Save the merged text")}
        self.ctx.run(labels[choice], do, lambda: reopen(self.ctx.wb, item.id, holder["before"]), entity)
        self.reload()

    def settle_deleted(self, restore: bool) -> None:
        """Restore a row deleted elsewhere with the edit made meanwhile, or let the edit go."""
        item = self.current()
        if item is None or item.kind != DELETED:
            return

        def do() -> None:
            resolve(self.ctx.wb, item.id, "restore" if restore else "let_go")

        label = self.tr("Restore the deleted row") if restore else self.tr("Let the edit go")
        self.ctx.run(label, do, lambda: undo_settled(self.ctx.wb, item.id, restore), item.entity)
        self.reload()
