"""The Notes tab: the workshop's notes grouped by block and kind, filtered and edited in place.

Filters (search words, block, kind) narrow the windowed list; cells edit in place (F2 or a
double click: block and kind from a list); selected notes move to another block or are deleted
in one undoable step; a line at the bottom adds a note (group, then text: Enter moves on and adds)
to the block and kind the filters show, as the line beside it says.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core import notes
from ..core.notes import NO_BLOCK, BlockChoice, NoteFilter, block_choices
from ..core.workshops import workshops
from .context import UiContext
from .fill import fill
from .note_kinds import KIND_ORDER, kind_label
from .notes_model import BLOCK, GROUP, KIND, TEXT, NotesModel

SEARCH_DELAY_MS = 250
MAX_LINES = 8  # a wrapped note's row grows up to this many lines


class ChoiceDelegate(QStyledItemDelegate):
    """A list to pick from (block or kind), storing the chosen key."""

    def __init__(self, choices: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices  # callable -> list[(label, key)]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        box = QComboBox(parent)
        for label, key in self.choices():
            box.addItem(label, key)
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.setCurrentIndex(max(0, found))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class NotesTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = ""
        self.model = NotesModel(ctx, self)
        self._blocks: dict[str, BlockChoice] = {}  # what the block lists offer, by id

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search notes"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search notes"))
        search_caption = QLabel(self.tr("&Search:"))
        search_caption.setBuddy(self.search_edit)
        self.block_filter = QComboBox()
        self.block_filter.setAccessibleName(self.tr("Show notes of block"))
        block_caption = QLabel(self.tr("&Block:"))
        block_caption.setBuddy(self.block_filter)
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Show notes of kind"))
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for kind in KIND_ORDER:
            self.kind_filter.addItem(kind_label(kind), kind)
        kind_caption = QLabel(self.tr("&Kind:"))
        kind_caption.setBuddy(self.kind_filter)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of notes shown"))

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.block_filter.activated.connect(lambda _i: self.apply_filter())
        self.kind_filter.activated.connect(lambda _i: self.apply_filter())

        filters = QHBoxLayout()
        filters.addWidget(search_caption)
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(block_caption)
        filters.addWidget(self.block_filter, 2)
        filters.addWidget(kind_caption)
        filters.addWidget(self.kind_filter, 1)
        filters.addWidget(self.count_label)

        self.view = QTableView()
        self.view.setObjectName("notesView")
        self.view.setAccessibleName(self.tr("Notes"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        # Long notes wrap. Only the rows on screen are measured (see _fit_rows): a whole-list
        # ResizeToContents would read all 200,000 notes of a decade.
        self.view.setWordWrap(True)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.timeout.connect(self._fit_rows)
        self.view.verticalScrollBar().valueChanged.connect(lambda _v: self._fit_timer.start())
        self.model.modelReset.connect(self._fit_timer.start)
        self.model.dataChanged.connect(lambda *_a: self._fit_timer.start())
        self.view.horizontalHeader().sectionResized.connect(lambda *_a: self._fit_timer.start())
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        width = self.fontMetrics().horizontalAdvance("M")
        self.view.setColumnWidth(BLOCK, width * 16)
        self.view.setColumnWidth(KIND, width * 15)
        self.view.setColumnWidth(GROUP, width * 7)
        self._block_delegate = ChoiceDelegate(self._block_choices, self.view)
        self._kind_delegate = ChoiceDelegate(lambda: [(kind_label(k), k) for k in KIND_ORDER], self.view)
        self.view.setItemDelegateForColumn(BLOCK, self._block_delegate)
        self.view.setItemDelegateForColumn(KIND, self._kind_delegate)

        self.move_target = QComboBox()
        self.move_target.setAccessibleName(self.tr("Block to move the selected notes to"))
        self.move_button = QPushButton(self.tr("&Move selected to"))
        self.move_button.clicked.connect(self.move_selected)
        self.delete_button = QPushButton(self.tr("&Delete selected"))
        self.delete_button.setToolTip(self.tr("Delete the selected notes (Del); Undo brings them back."))
        self.delete_button.clicked.connect(self.delete_selected)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        actions = QHBoxLayout()
        actions.addWidget(self.move_button)
        actions.addWidget(self.move_target, 1)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)

        self.new_edit = QLineEdit()
        self.new_edit.setPlaceholderText(self.tr("Type a new note and press Enter"))
        self.new_edit.setAccessibleName(self.tr("New note"))
        self.new_edit.returnPressed.connect(self.add_note)
        new_caption = QLabel(self.tr("&New note:"))
        new_caption.setBuddy(self.new_edit)
        self.target_label = QLabel()  # where a new note goes: the filters above decide it
        self.target_label.setTextFormat(Qt.TextFormat.PlainText)
        # Typing up sticky notes table by table: the group stays, Enter in it moves on to the note.
        self.group_edit = QLineEdit()
        self.group_edit.setPlaceholderText(self.tr("e.g. Table 2"))
        self.group_edit.setAccessibleName(self.tr("Group of the new note"))
        self.group_edit.returnPressed.connect(self.new_edit.setFocus)
        group_caption = QLabel(self.tr("&Group:"))
        group_caption.setBuddy(self.group_edit)
        adding = QHBoxLayout()
        adding.addWidget(group_caption)
        adding.addWidget(self.group_edit)
        adding.addWidget(new_caption)
        adding.addWidget(self.new_edit, 1)
        adding.addWidget(self.target_label)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addLayout(adding)
        self.setTabOrder(self.group_edit, self.new_edit)  # once both are in this widget

        ctx.workshop_selected.connect(self.show_workshop)
        ctx.changed.connect(self._on_changed)
        self.show_workshop(ctx.workshop_id)

    # -- following the context --------------------------------------------------------------
    def show_workshop(self, workshop_id: str) -> None:
        self.workshop_id = workshop_id
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.kind_filter.setCurrentIndex(0)
        self._fill_blocks()
        self.block_filter.setCurrentIndex(0)
        self.apply_filter()

    def _on_changed(self, entity: str) -> None:
        if not self.workshop_id:
            return
        if entity in ("", "agenda_item", "workshop"):
            self._fill_blocks()
            self._show_target()
        if entity in ("", "note", "agenda_item", "workshop"):
            scroll = self.view.verticalScrollBar().value()
            current = self.view.currentIndex()
            self.model.refresh()
            self._show_count()
            self.view.verticalScrollBar().setValue(scroll)
            if current.isValid() and not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(min(current.row(), self.model.rowCount() - 1),
                                                           current.column()))

    def _block_choices(self) -> list[tuple[str, str]]:
        """Without a block, then each block with its parallel tracks indented under it."""
        if not self.workshop_id:
            return []
        self._blocks = {c.id: c for c in block_choices(self.ctx.wb, self.workshop_id)}
        return [(self.tr("Without a block"), "")] + [(c.label, c.id) for c in self._blocks.values()]

    def _fill_blocks(self) -> None:
        chosen = self.block_filter.currentData()
        self.block_filter.clear()
        self.block_filter.addItem(self.tr("All blocks"), "")
        self.move_target.clear()
        for label, key in self._block_choices():
            self.block_filter.addItem(label, key or NO_BLOCK)
            self.move_target.addItem(label, key)
        found = self.block_filter.findData(chosen)
        self.block_filter.setCurrentIndex(max(0, found))

    def current_filter(self) -> NoteFilter | None:
        if not self.workshop_id:
            return None
        try:
            workshops.get(self.ctx.wb, self.workshop_id)
        except Exception:  # noqa: BLE001 - deleted meanwhile: show nothing
            return None
        return NoteFilter(self.workshop_id, block=self.block_filter.currentData() or "",
                          kind=self.kind_filter.currentData() or "", text=self.search_edit.text())

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())
        self._show_count()
        self._show_target()
        enabled = bool(self.workshop_id)
        for widget in (self.new_edit, self.group_edit, self.move_button, self.delete_button):
            widget.setEnabled(enabled)

    def reveal(self, note_id: str) -> None:
        """Select a note (a search result): filters are cleared so that it is in the list."""
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.block_filter.setCurrentIndex(0)
        self.kind_filter.setCurrentIndex(0)
        self.apply_filter()
        key = notes.key_of(self.ctx.wb, note_id)
        if key is None or key not in self.model.keys:
            return
        index = self.model.index(self.model.keys.index(key), TEXT)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.view.setFocus()

    def _show_target(self) -> None:
        block = self.block_filter.currentData() or ""
        kind = kind_label(self.kind_filter.currentData() or "idea")
        self.target_label.setText(fill(self.tr("Goes without a block · %1"), kind) if block in ("", NO_BLOCK)
                                  else fill(self.tr("Goes to: %1 · %2"), self._block_title(block), kind))
        self.new_edit.setAccessibleDescription(self.target_label.text())

    def _block_title(self, block_id: str) -> str:
        """A track by its own title: the line has room for little beside the note box, and
        the block list above shows whose track it is."""
        choice = self._blocks.get(block_id)
        return choice.title if choice is not None else self.block_filter.currentText()

    def _fit_rows(self) -> None:
        """Rows on screen as tall as their wrapped text, up to MAX_LINES lines (the tooltip
        shows the rest)."""
        view = self.view
        top = view.rowAt(0)
        if top < 0:
            return
        most = self.fontMetrics().lineSpacing() * MAX_LINES + 10
        height = view.viewport().height()
        row = top
        while row < self.model.rowCount() and view.rowViewportPosition(row) < height:
            wanted = max(view.verticalHeader().defaultSectionSize(), min(view.sizeHintForRow(row), most))
            if view.rowHeight(row) != wanted:
                view.setRowHeight(row, wanted)
            row += 1

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n notes", "", self.model.rowCount()))

    # -- edits ----------------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        found = [self.model.note_at(r) for r in rows]
        return [n.id for n in found if n is not None]

    def move_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        target = self.move_target.currentData() or None
        old = {i: notes.notes.get(self.ctx.wb, i).agenda_item_id for i in ids}
        wb = self.ctx.wb
        self.ctx.run(self.tr("Move %n notes", "", len(ids)),
                     lambda: [notes.move_note(wb, i, target) for i in ids],
                     lambda: [notes.move_note(wb, i, old[i]) for i in ids], "note")

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        wb = self.ctx.wb
        self.ctx.run(self.tr("Delete %n notes", "", len(ids)),
                     lambda: [notes.notes.delete(wb, i) for i in ids],
                     lambda: [notes.notes.restore(wb, i) for i in ids], "note")

    def add_note(self) -> None:
        text = self.new_edit.text().strip()
        if not text or not self.workshop_id:
            return
        block = self.block_filter.currentData() or ""
        block_id = None if block in ("", NO_BLOCK) else block
        kind = self.kind_filter.currentData() or "idea"
        group = self.group_edit.text().strip()
        workshop_id = self.workshop_id
        note = self.ctx.create(notes.notes, self.tr("Add note"),
                               make=lambda: notes.add_note(self.ctx.wb, workshop_id, text, kind=kind,
                                                           agenda_item_id=block_id, group_label=group))
        if note is not None or self.ctx.writes.closed:  # made, or waiting for an import to end
            self.new_edit.clear()

