"""The Agenda tab's right side: the chosen block's or track's title, category, duration, fixed
time, who leads it and where, and its texts; each saved on its own."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from ..core.agenda import CATEGORIES, save_to_my_blocks
from ..core.methods import methods
from ..errors import FasilitaattoriError
from .agenda_model import category_icon, category_label, own_category_keys
from .date_fields import TimeField
from .edit_fields import CommitText

if TYPE_CHECKING:
    from .agenda_tab import AgendaTab


class BlockEditor(QWidget):
    def __init__(self, tab: AgendaTab) -> None:
        super().__init__()
        self.tab = tab
        self.item_id = ""
        self.title = QLineEdit()
        self.title.setObjectName("blockTitle")
        self.title.editingFinished.connect(lambda: self.tab.edit(self.item_id, "title", self.title.text()))
        self.category = QComboBox()
        self.category.setObjectName("blockCategory")
        self._choices: list[tuple[str, str]] = []
        self._fill_categories()
        self.category.activated.connect(
            lambda _i: self.tab.edit(self.item_id, "category", self.category.currentData()))
        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.editingFinished.connect(
            lambda: self.tab.edit(self.item_id, "duration_min", self.duration.value()))
        self.pinned = TimeField()
        self.pinned.setObjectName("blockFixedTime")
        self.pinned.edit.setAccessibleName(self.tr("Fixed start time"))
        self.pinned.setToolTip(self.tr("A block with a fixed time starts then, whatever comes before it; "
                                       "leave empty to let it follow the block before."))
        self.pinned.committed.connect(lambda value: self._pin(value))
        self.leader = QLineEdit()
        self.leader.setObjectName("blockLeader")
        self.leader.editingFinished.connect(lambda: self.tab.edit(self.item_id, "leader", self.leader.text()))
        self.room = QLineEdit()
        self.room.setObjectName("blockRoom")
        self.room.editingFinished.connect(lambda: self.tab.edit(self.item_id, "room", self.room.text()))
        self.add_track_button = QPushButton(self.tr("Add parallel track"))
        self.add_track_button.setToolTip(self.tr("A group or table that works on its own thing in this "
                                                 "block's time; the tracks merge back after the block."))
        self.add_track_button.clicked.connect(lambda: self.tab.add_track())
        self.save_button = QPushButton(self.tr("Save to My blocks"))
        self.save_button.setObjectName("saveToMyBlocks")
        self.save_button.setToolTip(self.tr("Keep this block with its instructions and materials for other "
                                            "workshops: it is added from the library like a method."))
        self.save_button.clicked.connect(self.save_to_my_blocks)
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        self.saved.hide()
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
        self.pinned_label = QLabel(self.tr("Fixed time:"))
        self.pinned_label.setBuddy(self.pinned.edit)
        form.addRow(self.pinned_label, self.pinned)
        form.addRow(self.tr("Who leads:"), self.leader)
        form.addRow(self.tr("Room:"), self.room)
        form.addRow("", self.add_track_button)
        form.addRow("", self.save_button)
        form.addRow("", self.saved)
        form.addRow(self.tr("Method:"), self.method)
        for label, box in ((self.tr("Instructio&ns:"), self.instructions),
                           (self.tr("&Materials:"), self.materials),
                           (self.tr("Facilitator's n&otes:"), self.notes)):
            caption = QLabel(label)
            caption.setBuddy(box)
            form.addRow(caption)
            form.addRow(box)
        self.show_item(None)

    def save_to_my_blocks(self) -> None:
        item_id, ctx = self.item_id, self.tab.ctx
        if not item_id:
            return
        made = ctx.create(methods, self.tr("Save to My blocks"), make=lambda: save_to_my_blocks(ctx.wb, item_id))
        if made is not None:
            self.saved.setText(self.tr("Saved to My blocks: add it to any workshop with \"Add from library\"."))
            self.saved.show()

    def _fill_categories(self) -> None:
        """The shipped seven, then the user's own (they may have been added, renamed or synced)."""
        choices = [(key, category_label(key)) for key in (*CATEGORIES, *own_category_keys())]
        if choices == self._choices:
            return
        self._choices = choices
        self.category.clear()
        for key, label in choices:
            self.category.addItem(category_icon(key), label, key)

    def _pin(self, value: str | None) -> None:
        if self.item_id:
            self.tab.edit(self.item_id, "pinned_start", value)

    def show_item(self, item: Any) -> None:
        if (item.id if item is not None else "") != self.item_id:
            self.saved.clear()
            self.saved.hide()
        self.item_id = item.id if item is not None else ""
        self.setEnabled(item is not None)
        if item is None:
            for edit in (self.instructions, self.materials, self.notes):
                edit.set_value("")
            for line in (self.title, self.leader, self.room):
                line.clear()
            self.pinned.set_value(None)
            self.method.clear()
            return
        is_track = bool(item.track_of)
        if self.title.text() != item.title:
            self.title.setText(item.title)
        self._fill_categories()
        self.category.setCurrentIndex(max(0, self.category.findData(item.category)))
        self.duration.setValue(item.duration_min)
        # A track runs in its block's time: only a block can be fixed to the clock or split.
        for widget in (self.pinned, self.pinned_label, self.add_track_button):
            widget.setVisible(not is_track)
        self.pinned.set_value(item.pinned_start)
        for line, value in ((self.leader, item.leader), (self.room, item.room)):
            if line.text() != value:
                line.setText(value)
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
