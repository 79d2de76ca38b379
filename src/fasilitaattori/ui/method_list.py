"""The library's list of methods: one row per method, and how picking several works."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from ..store.models import Method
from .agenda_model import category_icon, category_label
from .method_preview import source_label

ID_ROLE = Qt.ItemDataRole.UserRole
SELECT = QItemSelectionModel.SelectionFlag
WORKSHEET_COLUMN = 3


class MethodList(QTreeWidget):
    """Space and Ctrl+click pick; moving with the keys keeps the picks (Shift still extends)."""

    def selectionCommand(self, index: QModelIndex,  # noqa: N802 - Qt's name
                         event: QEvent | None = None) -> QItemSelectionModel.SelectionFlag:
        if event is None:
            return SELECT.NoUpdate  # the program moving the cursor picks nothing
        if isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select):
                return SELECT.Toggle | SELECT.Rows
            if not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                return SELECT.NoUpdate
        return super().selectionCommand(index, event)


def method_row(method: Method, icon_size: int, minutes: str) -> QTreeWidgetItem:
    """Name, duration, group size, a worksheet mark, and "own method" for the user's own (the
    built-in methods are the rule, so saying it on every row would only hide the exceptions)."""
    if method.worksheet:
        sheet_text = QCoreApplication.translate("LibraryView", "Has a worksheet of its own")
    else:
        sheet_text = QCoreApplication.translate("LibraryView", "Prints a general answer sheet")
    item = QTreeWidgetItem([method.name, minutes,
                            f"{method.group_min}–{method.group_max}", "✓" if method.worksheet else "",
                            "" if method.builtin else source_label(method)])  # built-ins are the rule
    item.setIcon(0, category_icon(method.category, icon_size))
    item.setData(0, ID_ROLE, method.id)
    item.setToolTip(0, category_label(method.category))
    item.setToolTip(WORKSHEET_COLUMN, sheet_text)
    item.setData(WORKSHEET_COLUMN, Qt.ItemDataRole.AccessibleTextRole, sheet_text)
    item.setTextAlignment(WORKSHEET_COLUMN, Qt.AlignmentFlag.AlignCenter)
    return item
