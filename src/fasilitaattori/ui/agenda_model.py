"""The agenda as a Qt table: clock time, category (colour and word), title, duration, the
fixed time with its slack, who leads and where.

The model reads `core.agenda.schedule`. A workshop of several days has a heading row for each
day; a block run as parallel tracks has a row for each track under it. Edits and drag-and-drop
moves are handed to callbacks (the tab turns them into undoable `core` calls), and the model is
reloaded from the store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap

from ..core.agenda import Schedule, ScheduledItem, ScheduledTrack
from ..core.agenda_times import Day
from ..core.dates import format_date, format_time
from .i18n import current_language

MIME = "application/x-fasilitaattori-agenda-row"
CATEGORY_ROLE = int(Qt.ItemDataRole.UserRole) + 7  # the block's category key, for the colour bar
Index = QModelIndex | QPersistentModelIndex

# Category colours are a help, never the only sign: the category's name is always written too.
CATEGORY_COLOURS = {
    "intro": "#4e79a7", "exercise": "#59a14f", "discussion": "#76b7b2", "presentation": "#b07aa1",
    "break": "#9d9d9d", "closing": "#f28e2b", "feedback": "#edc948",
}


# The user's own categories (core.categories) by key: name and colour, as the agenda tab last read them.
_own: dict[str, tuple[str, str]] = {}


def set_own_categories(rows: Iterable[Any]) -> None:
    _own.clear()
    _own.update({row.id: (row.name, row.colour) for row in rows})


def own_category_keys() -> list[str]:
    return list(_own)


def category_colour(category: str) -> str:
    return CATEGORY_COLOURS.get(category) or _own.get(category, ("", "#888888"))[1]


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
    return labels.get(category) or _own.get(category, (category, ""))[0]


def column_label(key: str) -> str:
    """The heading of an optional agenda column (core.workshops.AGENDA_COLUMNS)."""
    labels = {
        "who": QCoreApplication.translate("AgendaModel", "Who leads, where"),
        "materials": QCoreApplication.translate("AgendaModel", "Materials"),
        "instructions": QCoreApplication.translate("AgendaModel", "Description"),
    }
    return labels.get(key, key)


_icons: dict[tuple[str, int], QIcon] = {}


def category_icon(category: str, size: int = 14) -> QIcon:
    colour = category_colour(category)
    key = (colour, size)
    if key not in _icons:
        pixmap = QPixmap(size, size)
        pixmap.fill(QColor(colour))
        _icons[key] = QIcon(pixmap)
    return _icons[key]


@dataclass(frozen=True)
class Row:
    """One table row: a day's heading, a block, or one parallel track of the block `block`."""

    day: Day
    block: ScheduledItem | None = None
    track: ScheduledTrack | None = None

    @property
    def item_id(self) -> str:
        if self.track is not None:
            return str(self.track.item.id)
        return str(self.block.item.id) if self.block is not None else ""


class AgendaModel(QAbstractTableModel):
    TIME, CATEGORY, TITLE, DURATION, FIXED, WHO = range(6)  # WHO: the first optional column when shown

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.on_edit: Callable[[str, str, Any], None] = lambda _id, _field, _value: None
        self.on_move: Callable[[str, int, int], None] = lambda _id, _index, _day: None
        self.icon_size = 14
        self.optional: tuple[str, ...] = ("who",)  # the workshop's chosen columns after FIXED

    def set_optional(self, keys: tuple[str, ...]) -> None:
        self.beginResetModel()
        self.optional = keys
        self.endResetModel()

    def optional_key(self, column: int) -> str:
        at = column - self.FIXED - 1
        return self.optional[at] if 0 <= at < len(self.optional) else ""

    def set_schedule(self, schedule: Schedule | None) -> None:
        self.beginResetModel()
        self.rows = []
        for day in schedule.days if schedule else ():
            if len(schedule.days) > 1:  # type: ignore[union-attr]
                self.rows.append(Row(day))
            for block in day.items:
                self.rows.append(Row(day, block))
                self.rows += [Row(day, block, track) for track in block.tracks]
        self.endResetModel()

    def item_id(self, row: int) -> str:
        return self.rows[row].item_id if 0 <= row < len(self.rows) else ""

    def row_of(self, item_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if item_id and r.item_id == item_id), -1)

    def day_rows(self) -> list[int]:
        return [i for i, r in enumerate(self.rows) if r.block is None]

    def block_place(self, row: int) -> tuple[int, int]:
        """(day, index among that day's blocks) a block at `row` has, or one dropped there gets."""
        if not self.rows:
            return 1, 0
        at = self.rows[min(row, len(self.rows) - 1)]
        day = at.day.number
        before = self.rows[:row]
        return day, sum(1 for r in before if r.day.number == day and r.block is not None and r.track is None)

    def move_target(self, row: int, step: int) -> tuple[int, int] | None:
        """Where Alt+Up/Down takes the block or track at `row`: (index, day; 0 for a track), or
        None. A day's first block goes up to the end of the day before, its last down to the
        start of the next."""
        current = self.rows[row]
        if current.block is None:
            return None
        if current.track is not None:
            index = current.block.tracks.index(current.track) + step
            return (index, 0) if 0 <= index < len(current.block.tracks) else None
        day, index = self.block_place(row)
        if 0 <= index + step < len(current.day.items):
            return index + step, day
        days = {r.day.number: r.day for r in self.rows}
        if step < 0 and day - 1 in days:
            return len(days[day - 1].items), day - 1
        if step > 0 and day + 1 in days:
            return 0, day + 1
        return None

    # -- table -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.FIXED + 1 + len(self.optional)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return ([self.tr("Time"), self.tr("Category"), self.tr("Title"), self.tr("Duration"), self.tr("Fixed time")]
                    + [column_label(key) for key in self.optional])[section]
        return None

    def day_title(self, day: Day) -> str:
        language = current_language()
        when = format_date(language, date.fromisoformat(day.date)) if day.date else ""
        text = self.tr("Day %1").replace("%1", str(day.number))
        text = f"{text} · {when}" if when else text
        return f"{text} · " + self.tr("starts at %1").replace("%1", format_time(language, day.start))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if row.block is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole) and index.column() == 0:
                return self.day_title(row.day)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        return self._block_data(row, index.column(), role)

    def _block_data(self, row: Row, column: int, role: int) -> Any:
        scheduled = row.track or row.block
        assert scheduled is not None
        item = scheduled.item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.TIME:
                language = current_language()
                text = f"{format_time(language, scheduled.start)}–{format_time(language, scheduled.end)}"
                if row.track is None and scheduled.item.pinned_start:
                    text = f"{text} ⚑"  # fixed to the clock
                return f"⚠ {text}" if self._late(row) else text
            if column == self.CATEGORY:
                return category_label(item.category)
            if column == self.TITLE:
                return f"    ↳ {item.title}" if row.track is not None else item.title
            if column == self.DURATION:
                return self.tr("%n min", "", item.duration_min)
            if column == self.FIXED:
                return self._fixed(row)
            key = self.optional_key(column)
            if key == "materials":
                return ", ".join(line.strip(" -•") for line in item.materials.splitlines() if line.strip(" -•"))
            if key == "instructions":
                return " ".join(item.instructions.split())
            return " · ".join(p for p in (item.leader, item.room) if p)
        if role == Qt.ItemDataRole.EditRole:
            if column == self.TITLE:
                return item.title
            if column == self.DURATION:
                return item.duration_min
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == self.CATEGORY:
            return category_icon(item.category, self.icon_size)
        if role == CATEGORY_ROLE and column == self.CATEGORY:
            return item.category
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _late(self, row: Row) -> bool:
        if row.track is not None:
            return row.track.over_min > 0
        return row.block is not None and row.block.past_end

    def _fixed(self, row: Row) -> str:
        block = row.block
        if row.track is not None or block is None or block.slack_min is None:
            return ""
        if block.slack_min < 0:
            return "⚠ " + self.tr("%n min over", "", -block.slack_min)
        return self.tr("%n min to spare", "", block.slack_min)

    def _tooltip(self, row: Row) -> str | None:
        if row.track is not None:
            if row.track.over_min:
                return self.tr("This track runs %n minutes past the end of its block.", "", row.track.over_min)
            return None
        if row.block is not None and row.block.slack_min is not None:
            if row.block.slack_min < 0:
                return self.tr("The blocks before this fixed time run %n minutes over it.", "", -row.block.slack_min)
            return self.tr("Fixed time: the blocks before it leave %n minutes to spare.", "", row.block.slack_min)
        if row.block is not None and row.block.past_end:
            return self.tr("This block ends after the workshop's end time.")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        if self.rows[index.row()].block is None:
            return base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags = base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.rows[index.row()].track is None:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in (self.TITLE, self.DURATION):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        field = {self.TITLE: "title", self.DURATION: "duration_min"}.get(index.column())
        if field is None or not self.item_id(index.row()):
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
        if source < 0 or self.rows[source].track is not None:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.rows))
        day, index = self.block_place(target) if target < len(self.rows) else (
            self.rows[-1].day.number, sum(1 for r in self.rows if r.day.number == self.rows[-1].day.number
                                          and r.block is not None and r.track is None))
        old_day, old_index = self.block_place(source)
        if day == old_day and index > old_index:
            index -= 1  # position among the other blocks
        if (day, index) != (old_day, old_index):
            self.on_move(item_id, index, day)
        # False: the move is done in the store and the model reloads; the view removes nothing.
        return False
