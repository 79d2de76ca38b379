"""The agenda as a Qt table: clock time, category (colour and word), title, duration.

The model reads `core.agenda.schedule`; edits and drag-and-drop moves are handed to callbacks
(the tab turns them into undoable `core` calls), and the model is reloaded from the store.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPixmap

from ..core.agenda import Schedule, ScheduledItem
from ..core.dates import format_time
from .i18n import current_language

MIME = "application/x-fasilitaattori-agenda-row"
Index = QModelIndex | QPersistentModelIndex

# Category colours are a help, never the only sign: the category's name is always written too.
CATEGORY_COLOURS = {
    "intro": "#4e79a7", "exercise": "#59a14f", "discussion": "#76b7b2", "presentation": "#b07aa1",
    "break": "#9d9d9d", "closing": "#f28e2b", "feedback": "#edc948",
}


def category_label(category: str) -> str:
    labels = {
        "intro": QCoreApplication.translate("Agenda", "Opening"),
        "exercise": QCoreApplication.translate("Agenda", "Exercise"),
        "discussion": QCoreApplication.translate("Agenda", "Discussion"),
        "presentation": QCoreApplication.translate("Agenda", "Presentation"),
        "break": QCoreApplication.translate("Agenda", "Break"),
        "closing": QCoreApplication.translate("Agenda", "Closing"),
        "feedback": QCoreApplication.translate("Agenda", "Feedback"),
    }
    return labels.get(category, category)


_icons: dict[tuple[str, int], QIcon] = {}


def category_icon(category: str, size: int = 14) -> QIcon:
    key = (category, size)
    if key not in _icons:
        pixmap = QPixmap(size, size)
        pixmap.fill(QColor(CATEGORY_COLOURS.get(category, "#888888")))
        _icons[key] = QIcon(pixmap)
    return _icons[key]


class AgendaModel(QAbstractTableModel):
    TIME, CATEGORY, TITLE, DURATION = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ScheduledItem] = []
        self.on_edit: Callable[[str, str, Any], None] = lambda _id, _field, _value: None
        self.on_move: Callable[[str, int], None] = lambda _id, _index: None
        self.icon_size = 14

    def set_schedule(self, schedule: Schedule | None) -> None:
        self.beginResetModel()
        self.rows = list(schedule.items) if schedule else []
        self.endResetModel()

    def item_id(self, row: int) -> str:
        return self.rows[row].item.id if 0 <= row < len(self.rows) else ""

    def row_of(self, item_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.item.id == item_id), -1)

    # -- table -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Time"), self.tr("Category"), self.tr("Title"), self.tr("Duration")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        scheduled = self.rows[index.row()]
        item, column = scheduled.item, index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.TIME:
                language = current_language()
                text = f"{format_time(language, scheduled.start)}–{format_time(language, scheduled.end)}"
                return f"⚠ {text}" if scheduled.past_end else text
            if column == self.CATEGORY:
                return category_label(item.category)
            if column == self.TITLE:
                return item.title
            return self.tr("%n min", "", item.duration_min)
        if role == Qt.ItemDataRole.EditRole:
            if column == self.TITLE:
                return item.title
            if column == self.DURATION:
                return item.duration_min
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == self.CATEGORY:
            return category_icon(item.category, self.icon_size)
        if role == Qt.ItemDataRole.ToolTipRole and scheduled.past_end:
            return self.tr("This block ends after the workshop's end time.")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        flags = base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in (self.TITLE, self.DURATION):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        field = {self.TITLE: "title", self.DURATION: "duration_min"}.get(index.column())
        if field is None:
            return False
        self.on_edit(self.item_id(index.row()), field, value)
        return True

    # -- drag to reorder -------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes: Any) -> QMimeData:  # noqa: N802
        data = QMimeData()
        rows = sorted({i.row() for i in indexes})
        if rows:
            data.setData(MIME, self.item_id(rows[0]).encode("ascii"))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                     parent: Index) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        item_id = bytes(data.data(MIME).data()).decode("ascii")
        source = self.row_of(item_id)
        if source < 0:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.rows))
        index = target - 1 if target > source else target  # position among the other blocks
        if index != source:
            self.on_move(item_id, index)
        # False: the move is done in the store and the model reloads; the view removes nothing.
        return False
