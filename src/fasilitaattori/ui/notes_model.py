"""A windowed table model of a workshop's notes: 200,000 rows scroll without loading them all.

The model holds only the row keys of the matching notes (8 bytes each, in display order: by
block, then kind, then capture order) and reads the notes of the pages the view asks for, keeping
a few pages in memory. Editing a cell goes through `UiContext`, so it is committed at once and
undoable.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QPalette

from ..core import notes
from ..core.notes import NoteFilter, block_homes, note_keys, notes_for_keys
from ..store.models import Note
from .context import UiContext
from .note_kinds import kind_label

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 100
PAGES_KEPT = 24  # about a screenful many times over; older pages are dropped

BLOCK, KIND, GROUP, TEXT = range(4)

_FIELDS = {BLOCK: "agenda_item_id", KIND: "kind", GROUP: "group_label", TEXT: "text"}


class NotesModel(QAbstractTableModel):
    def __init__(self, ctx: UiContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter: NoteFilter | None = None
        self.keys: array[int] = array("q")
        self._pages: OrderedDict[int, list[Note | None]] = OrderedDict()
        self.block_titles: dict[str, str] = {}
        self.rows_loaded = 0  # notes read from the store since the last reset (for the benchmark)
        # Made once: data() runs for every painted cell.
        self._bold = QFont(QGuiApplication.font())
        self._bold.setBold(True)
        self._quiet = QBrush(QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText))

    # -- loading ----------------------------------------------------------------------------
    def set_filter(self, f: NoteFilter | None) -> None:
        self.filter = f
        self.beginResetModel()
        self._load_blocks()
        self.keys = note_keys(self.ctx.wb, f) if f is not None else array("q")
        self._pages.clear()
        self.rows_loaded = 0
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read after an edit: if the order is unchanged, only the shown rows repaint."""
        if self.filter is None:
            return
        self._load_blocks()
        keys = note_keys(self.ctx.wb, self.filter)
        if keys == self.keys:
            self._pages.clear()
            if self.keys:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.keys) - 1, TEXT))
            return
        self.set_filter(self.filter)

    def _load_blocks(self) -> None:
        if self.filter is None:
            self.block_titles = {}
            return
        # A track is named with its block; a deleted track's notes show under its block.
        self.block_titles = {i: c.full_title for i, c in block_homes(self.ctx.wb, self.filter.workshop_id).items()}

    def note_at(self, row: int) -> Note | None:
        if not 0 <= row < len(self.keys):
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            start = number * PAGE_SIZE
            keys = self.keys[start:start + PAGE_SIZE]
            found = notes_for_keys(self.ctx.wb, keys)
            page = [found.get(k) for k in keys]
            self.rows_loaded += len(keys)
            self._pages[number] = page
            while len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[row % PAGE_SIZE]

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    # -- the model interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self.keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (self.tr("Block"), self.tr("Kind"), self.tr("Group"), self.tr("Note"))[section]

    def block_title(self, block_id: str | None) -> str:
        if not block_id or block_id not in self.block_titles:  # none, or a deleted block
            return self.tr("Without a block")
        return self.block_titles[block_id]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        note = self.note_at(index.row())
        if note is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == BLOCK:
                return self.block_title(note.agenda_item_id)
            if column == KIND:
                return kind_label(note.kind)
            if column == GROUP:
                return note.group_label
            return note.text  # wraps in the view, line breaks kept
        if role == Qt.ItemDataRole.EditRole:
            value = getattr(note, _FIELDS[column])
            return value or ""
        if role == Qt.ItemDataRole.UserRole:
            return note.id
        # The grouping shows through the model's roles, not a painting delegate: a Python
        # paint()/initStyleOption() override trips a reference-count bug in PySide6 6.12 on
        # Python 3.11 (None is released once per painted cell until the interpreter aborts).
        if role == Qt.ItemDataRole.FontRole and column in (BLOCK, KIND):
            return None if self.repeats_above(index.row(), column) else self._bold
        if role == Qt.ItemDataRole.ForegroundRole and self.repeats_above(index.row(), column):
            return self._quiet
        return None

    def repeats_above(self, row: int, column: int) -> bool:
        """True when the block (or block and kind) cell says the same as the row above: it is
        drawn quieter (still there for reading and for screen readers); the first is bold."""
        if column not in (BLOCK, KIND):
            return False
        note, above = self.note_at(row), self.note_at(row - 1)
        if note is None or above is None or above.agenda_item_id != note.agenda_item_id:
            return False
        return column == BLOCK or above.kind == note.kind

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        note = self.note_at(index.row())
        if note is None:
            return False
        field = _FIELDS[index.column()]
        if field == "agenda_item_id":
            value = value or None
        old = getattr(note, field)
        if (old or "") == (value or ""):
            return False
        label = self.tr("Move note") if field == "agenda_item_id" else self.tr("Edit note")
        wb, note_id = self.ctx.wb, note.id
        # Not ctx.update: its `text` argument would clash with the note's field of that name.
        done = self.ctx.run(label, lambda: notes.notes.update(wb, note_id, **{field: value}),
                            lambda: notes.notes.update(wb, note_id, **{field: old}), "note")
        return done is not None
