"""The Agenda tab: the workshop's blocks with their clock times, reordered by dragging or
Alt+Up/Alt+Down, added blank or from the method library, each block's texts edited on the right,
a warning when the plan runs past the end time, and the packing list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.agenda import (
    CATEGORIES,
    Schedule,
    add_from_method,
    add_item,
    agenda_items,
    move_item,
    packing_list,
)
from ..core.agenda import schedule as make_schedule
from ..core.dates import format_time
from ..core.methods import methods
from ..core.workshops import workshops
from ..errors import FasilitaattoriError
from .agenda_model import AgendaModel, category_icon, category_label
from .context import UiContext
from .edit_fields import CommitText
from .i18n import current_language

REFRESH_ON = {"", "agenda_item", "workshop", "method"}


class BlockEditor(QWidget):
    """The chosen block's title, category, duration and texts; each saved on its own."""

    def __init__(self, tab: AgendaTab) -> None:
        super().__init__()
        self.tab = tab
        self.item_id = ""
        self.title = QLineEdit()
        self.title.setObjectName("blockTitle")
        self.title.editingFinished.connect(lambda: self.tab.edit(self.item_id, "title", self.title.text()))
        self.category = QComboBox()
        for key in CATEGORIES:
            self.category.addItem(category_icon(key), category_label(key), key)
        self.category.activated.connect(
            lambda _i: self.tab.edit(self.item_id, "category", self.category.currentData()))
        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.editingFinished.connect(
            lambda: self.tab.edit(self.item_id, "duration_min", self.duration.value()))
        self.method = QLabel()
        self.method.setWordWrap(True)
        gate = tab.ctx.writes
        self.instructions = CommitText(lambda item, text: self.tab.edit(item, "instructions", text, False), gate=gate)
        self.materials = CommitText(lambda item, text: self.tab.edit(item, "materials", text, False), gate=gate)
        self.materials.setPlaceholderText(self.tr("One material on each line"))
        self.notes = CommitText(lambda item, text: self.tab.edit(item, "facilitator_notes", text, False),
                                gate=gate)
        self.notes.setPlaceholderText(self.tr("Only for you: not on the participants' agenda"))

        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("T&itle:"), self.title)
        form.addRow(self.tr("Categor&y:"), self.category)
        form.addRow(self.tr("D&uration:"), self.duration)
        form.addRow(self.tr("Method:"), self.method)
        for label, box in ((self.tr("Instructio&ns:"), self.instructions),
                           (self.tr("&Materials:"), self.materials),
                           (self.tr("Facilitator's n&otes:"), self.notes)):
            caption = QLabel(label)
            caption.setBuddy(box)
            form.addRow(caption)
            form.addRow(box)
        self.show_item(None)

    def show_item(self, item: Any) -> None:
        self.item_id = item.id if item is not None else ""
        self.setEnabled(item is not None)
        if item is None:
            for edit in (self.instructions, self.materials, self.notes):
                edit.set_value("")
            self.title.clear()
            self.method.clear()
            return
        if self.title.text() != item.title:
            self.title.setText(item.title)
        self.category.setCurrentIndex(max(0, self.category.findData(item.category)))
        self.duration.setValue(item.duration_min)
        self.instructions.set_value(item.instructions, item.id)
        self.materials.set_value(item.materials, item.id)
        self.notes.set_value(item.facilitator_notes, item.id)
        name = ""
        if item.method_id:
            try:
                name = methods.get(self.tab.ctx.wb, item.method_id).name
            except FasilitaattoriError:
                name = ""
        self.method.setText(name or self.tr("(none)"))


class AgendaTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = ""
        self.schedule: Schedule | None = None

        self.summary = QLabel()
        self.summary.setWordWrap(True)
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
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AgendaModel.TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaModel.CATEGORY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AgendaModel.DURATION, QHeaderView.ResizeMode.ResizeToContents)
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
        buttons = QHBoxLayout()
        for button in (self.add_button, self.library_button, self.remove_button, self.up_button,
                       self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.summary)
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
        self.splitter.setSizes([560, 400])
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

    def reload(self) -> None:
        current = self.model.item_id(self.table.currentIndex().row())
        schedule: Schedule | None = None
        if self.workshop_id:
            try:
                workshops.get(self.ctx.wb, self.workshop_id)
                schedule = make_schedule(self.ctx.wb, self.workshop_id)
            except FasilitaattoriError:
                self.workshop_id = ""
        self.schedule = schedule
        self.model.set_schedule(schedule)
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
        self.summary.setText(self.tr("%n blocks from %1 to %2 (%3 min); the workshop ends at %4.", "",
                                     len(schedule.items))
                             .replace("%1", format_time(language, schedule.start))
                             .replace("%2", format_time(language, schedule.planned_end))
                             .replace("%3", str(total)).replace("%4", format_time(language, schedule.workshop_end)))
        self.warning.setVisible(schedule.overrun_min > 0)
        self.warning.setText(self.tr("⚠ The plan runs %n minutes past the end time.", "", schedule.overrun_min))

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
        self.editor.show_item(self.model.rows[row].item if 0 <= row < self.model.rowCount() else None)
        has = row >= 0 and self.model.rowCount() > 0
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.model.rowCount() - 1)

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
        index = self.table.currentIndex().row() + 1 if self.model.rowCount() else 0
        row = self.ctx.create(agenda_items, self.tr("Add agenda block"), make=lambda: add_item(
            self.ctx.wb, self.workshop_id, index, title=self.tr("New block"), duration_min=15,
            category="exercise"))
        if row is not None:
            self.reveal(row.id)
            self.side.setCurrentWidget(self.editor)
            self.editor.title.setFocus()
            self.editor.title.selectAll()

    def add_method(self, method_id: str) -> str:
        """Add a library method as a block after the current one; returns the block's id."""
        if not self.workshop_id:
            return ""
        index = self.table.currentIndex().row() + 1 if self.model.rowCount() else 0
        row = self.ctx.create(agenda_items, self.tr("Add method to agenda"),
                              make=lambda: add_from_method(self.ctx.wb, self.workshop_id, method_id, index))
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

    def move(self, item_id: str, index: int) -> None:
        old = self.model.row_of(item_id)
        if old < 0 or index == old:
            return
        self.ctx.run(self.tr("Move agenda block"), lambda: move_item(self.ctx.wb, item_id, index),
                     lambda: move_item(self.ctx.wb, item_id, old), "agenda_item")
        self.reveal(item_id)

    def move_current(self, step: int) -> None:
        row = self.table.currentIndex().row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        self.move(self.model.item_id(row), target)
