"""The Agenda tab: the workshop's days and blocks with their clock times, reordered by dragging
or Alt+Up/Alt+Down (across days too), added blank or from the method library, split into parallel
tracks, each block's texts and fixed time edited on the right, warnings when the plan runs past
the end time or over a fixed time, and the packing list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.agenda import (
    Schedule,
    add_from_method,
    add_item,
    add_track,
    agenda_items,
    list_tracks,
    move_item,
    packing_list,
    time_balance,
)
from ..core.agenda import schedule as make_schedule
from ..core.dates import format_time
from ..core.workshops import workshops
from ..errors import FasilitaattoriError
from .agenda_days import DaysBar
from .agenda_model import AgendaModel
from .block_editor import BlockEditor
from .categories_dialog import CategoriesDialog, read_own_categories
from .category_bar import CategoryBarDelegate
from .context import UiContext
from .i18n import current_language
from .time_balance import TimeBalanceBar

REFRESH_ON = {"", "agenda_item", "workshop", "method", "category"}


class AgendaTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = ""
        self.schedule: Schedule | None = None

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.days_bar = DaysBar(self)
        self.balance = TimeBalanceBar()
        self.warning = QLabel()
        self.warning.setObjectName("agendaWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel { background: #fff3cd; color: #664d03; padding: 4px; }")

        self.model = AgendaModel(self)
        self.model.on_edit = self.edit
        self.model.on_move = self.move
        self.table = QTableView()
        self.table.setObjectName("agendaTable")
        self.table.setAccessibleName(self.tr("Agenda blocks"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(AgendaModel.CATEGORY, CategoryBarDelegate(self.table))
        self.model.icon_size = max(10, self.fontMetrics().height() - 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        self.table.setWordWrap(False)
        self._fit_columns()
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        self.add_button = QPushButton(self.tr("&Add block"))
        self.add_button.clicked.connect(lambda: self.add_blank())
        self.library_button = QPushButton(self.tr("Add from &library…"))
        self.library_button.clicked.connect(self.pick_method)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button = QPushButton(self.tr("Move u&p"))
        self.up_button.setToolTip(self.tr("Alt+Up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.setToolTip(self.tr("Alt+Down"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        for keys, slot in (("Alt+Up", lambda: self.move_current(-1)), ("Alt+Down", lambda: self.move_current(1))):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_current)
        self.categories_button = QPushButton(self.tr("Categories…"))
        self.categories_button.setObjectName("agendaCategories")
        self.categories_button.clicked.connect(lambda: CategoriesDialog(self.ctx, self).open())
        buttons = QHBoxLayout()
        for button in (self.add_button, self.library_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.days_bar.layout().addWidget(self.categories_button)  # beside Columns: the row below is full

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.days_bar)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.balance)
        left_layout.addWidget(self.warning)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)

        self.editor = BlockEditor(self)
        self.packing = QTreeWidget()
        self.packing.setObjectName("packingList")
        self.packing.setAccessibleName(self.tr("Packing list"))
        self.packing.setHeaderLabels([self.tr("Material"), self.tr("For")])
        self.packing.setRootIsDecorated(False)
        self.packing.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.side = QTabWidget()
        self.side.addTab(self.editor, self.tr("&Block"))
        self.side.addTab(self.packing, self.tr("Pac&king list"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([640, 320])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)

        ctx.workshop_selected.connect(self.set_workshop)
        ctx.changed.connect(self._changed)
        self.set_workshop(ctx.workshop_id)

    # -- showing ---------------------------------------------------------------------
    def set_workshop(self, workshop_id: str) -> None:
        self.workshop_id = workshop_id
        self.reload()
        if self.model.rowCount():
            self.select_row(0)

    def _changed(self, entity: str) -> None:
        if entity in REFRESH_ON:
            self.reload()

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # The optional columns have a set width, so the title keeps the room (the whole text is in the editor).
        for column in range(AgendaModel.FIXED + 1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, max(self.fontMetrics().horizontalAdvance("M") * 11,
                                             header.fontMetrics().horizontalAdvance(text) + 24))

    def reload(self) -> None:
        current = self.model.item_id(self.table.currentIndex().row())
        schedule: Schedule | None = None
        if self.workshop_id:
            try:
                chosen = tuple(k for k in workshops.get(self.ctx.wb, self.workshop_id).agenda_columns.split(",") if k)
                schedule = make_schedule(self.ctx.wb, self.workshop_id)
                if chosen != self.model.optional:
                    self.model.set_optional(chosen)
                    self._fit_columns()
            except FasilitaattoriError:
                self.workshop_id = ""
        self.schedule = schedule
        self.model.set_schedule(schedule)
        self.table.clearSpans()
        for row in self.model.day_rows():
            self.table.setSpan(row, 0, 1, self.model.columnCount())
        self.days_bar.show_schedule(schedule)
        self.balance.show_balance(time_balance(schedule, read_own_categories(self.ctx.wb)) if schedule else None)
        for widget in (self.add_button, self.library_button, self.table):
            widget.setEnabled(bool(self.workshop_id))
        self._show_summary()
        self._show_packing()
        row = self.model.row_of(current)
        if row >= 0:
            self.select_row(row)
        else:
            self._show_current()

    def _show_summary(self) -> None:
        schedule = self.schedule
        if schedule is None:
            self.summary.setText(self.tr("Choose a workshop to plan its agenda."))
            self.warning.hide()
            return
        total = sum(r.item.duration_min for r in schedule.items)
        language = current_language()
        if len(schedule.days) > 1:
            self.summary.setText(self.tr("%n blocks over %1 days (%2 min); each day ends at %3.", "",
                                         len(schedule.items)).replace("%1", str(len(schedule.days)))
                                 .replace("%2", str(total)).replace("%3", format_time(language, schedule.workshop_end)))
        else:
                self.summary.setText(self.tr("%n blocks from %1 to %2 (%3 min); the workshop ends at %4.", "",
                                         len(schedule.items))
                                 .replace("%1", format_time(language, schedule.start))
                                 .replace("%2", format_time(language, schedule.planned_end))
                                 .replace("%3", str(total))
                                 .replace("%4", format_time(language, schedule.workshop_end)))
        lines = []
        for warning in schedule.warnings:
            if warning.kind == "pin_overrun":
                lines.append(self.tr("⚠ The blocks before %1 run %n minutes over its fixed time.", "",
                                     warning.minutes).replace("%1", warning.title))
            elif warning.kind == "track_over":
                lines.append(self.tr("⚠ The track %1 runs %n minutes past the end of its block.", "",
                                     warning.minutes).replace("%1", warning.title))
        if schedule.overrun_min > 0:
            lines.append(self.tr("⚠ The plan runs %n minutes past the end time.", "", schedule.overrun_min))
        self.warning.setVisible(bool(lines))
        self.warning.setText("\n".join(lines))

    def _show_packing(self) -> None:
        self.packing.clear()
        if not self.workshop_id:
            return
        for material, blocks in packing_list(self.ctx.wb, self.workshop_id):
            item = QTreeWidgetItem([material, ", ".join(blocks)])
            item.setToolTip(1, "\n".join(blocks))
            self.packing.addTopLevelItem(item)

    def _show_current(self) -> None:
        row = self.table.currentIndex().row()
        current = self.model.rows[row] if 0 <= row < self.model.rowCount() else None
        scheduled = (current.track or current.block) if current is not None else None
        self.editor.show_item(scheduled.item if scheduled is not None else None)
        has = scheduled is not None
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and self.model.move_target(row, -1) is not None)
        self.down_button.setEnabled(has and self.model.move_target(row, 1) is not None)
        day = current.day if current is not None else (self.schedule.days[0] if self.schedule else None)
        self.days_bar.show_day(day)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, AgendaModel.TITLE)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_current()

    def current_id(self) -> str:
        return self.model.item_id(self.table.currentIndex().row())

    def reveal(self, item_id: str) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.select_row(row)

    # -- editing ---------------------------------------------------------------------
    def _insert_place(self) -> tuple[int, int]:
        """(day, index) for a block added after the current row's block (or at a day's start)."""
        row = self.table.currentIndex().row()
        if not self.model.rowCount() or row < 0:
            return 1, 0
        current = self.model.rows[row]
        day, index = self.model.block_place(row)
        if current.block is None:
            return day, 0
        if current.track is not None:
            index -= 1  # the track's block is counted before it
        return day, index + 1

    def add_track(self) -> None:
        """A parallel track in the current block (the block the current track belongs to)."""
        row = self.table.currentIndex().row()
        if not 0 <= row < self.model.rowCount() or self.model.rows[row].block is None:
            return
        block = self.model.rows[row].block
        assert block is not None
        count = len(block.tracks)
        title = self.tr("Group %1").replace("%1", str(count + 1))
        made = self.ctx.create(agenda_items, self.tr("Add parallel track"),
                               make=lambda: add_track(self.ctx.wb, block.item.id, title=title))
        if made is not None:
            self.reveal(made.id)
            self.side.setCurrentWidget(self.editor)
            self.editor.title.setFocus()
            self.editor.title.selectAll()

    def edit(self, item_id: str, field: str, value: Any, reload: bool = True) -> bool:
        """Save one field; True once written. A refused line shows the stored value again
        (`reload`); a text box keeps its text and tries again (`CommitText`)."""
        if not item_id:
            return True
        if self.ctx.update(agenda_items, item_id, self.tr("Edit agenda block"), **{field: value}) is None:
            if reload:
                self.reload()
            return False
        return True

    def add_blank(self) -> None:
        if not self.workshop_id:
            return
        day, index = self._insert_place()
        row = self.ctx.create(agenda_items, self.tr("Add agenda block"), make=lambda: add_item(
            self.ctx.wb, self.workshop_id, index, title=self.tr("New block"), duration_min=15,
            category="exercise", day=day))
        if row is not None:
            self.reveal(row.id)
            self.side.setCurrentWidget(self.editor)
            self.editor.title.setFocus()
            self.editor.title.selectAll()

    def add_method(self, method_id: str) -> str:
        """Add a library method as a block after the current one; returns the block's id."""
        if not self.workshop_id:
            return ""
        day, index = self._insert_place()
        row = self.ctx.create(agenda_items, self.tr("Add method to agenda"),
                              make=lambda: add_from_method(self.ctx.wb, self.workshop_id, method_id, index, day))
        if row is None:
            return ""
        self.reveal(row.id)
        return str(row.id)

    def pick_method(self) -> None:
        from .method_picker import MethodPickerDialog

        dialog = MethodPickerDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.methods_chosen.connect(self.add_methods)
        dialog.open()

    def add_methods(self, method_ids: list[str]) -> None:
        """Several library methods after the current block, in the order they were picked; one
        undo takes them all back."""
        self.ctx.undo_stack.beginMacro(self.tr("Add methods to agenda"))
        try:
            for method_id in method_ids:
                if not self.add_method(method_id):
                    break  # the sentence is shown; the rest would fail the same way
        finally:
            self.ctx.undo_stack.endMacro()

    def remove_current(self) -> None:
        item_id = self.current_id()
        if item_id:
            row = self.table.currentIndex().row()
            self.ctx.delete(agenda_items, item_id, self.tr("Remove agenda block"))
            if self.model.rowCount():
                self.select_row(min(row, self.model.rowCount() - 1))

    def move(self, item_id: str, index: int, day: int | None = None) -> None:
        """Move a block to `index` among the blocks of `day` (a track among its block's tracks)."""
        old_row = self.model.row_of(item_id)
        if old_row < 0:
            return
        current = self.model.rows[old_row]
        if current.track is not None:
            old, old_day = self._track_index(item_id), None
        else:
            old_day, old = self.model.block_place(old_row)
        if (day or old_day, index) == (old_day, old):
            return
        self.ctx.run(self.tr("Move agenda block"), lambda: move_item(self.ctx.wb, item_id, index, day),
                     lambda: move_item(self.ctx.wb, item_id, old, old_day), "agenda_item")
        self.reveal(item_id)

    def _track_index(self, item_id: str) -> int:
        track = agenda_items.get(self.ctx.wb, item_id)
        return [t.id for t in list_tracks(self.ctx.wb, track.track_of)].index(item_id)

    def move_current(self, step: int) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < self.model.rowCount():
            return
        target = self.model.move_target(row, step)
        if target is None:
            return
        index, day = target
        self.move(self.model.item_id(row), index, day or None)
