"""The "Categories" dialog: the user's own block categories, added by typing a name, renamed,
recoloured and removed when no block uses them; each says how its time counts in the balance."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import categories as core
from ..core.workbench import Workbench
from .agenda_model import category_icon, set_own_categories
from .context import UiContext

# New categories take these in turn (the user can change it): distinct from the shipped seven.
PALETTE = ("#e15759", "#ff9da7", "#9c755f", "#bab0ac", "#8cd17d", "#499894", "#d37295", "#86bcb6")


def read_own_categories(wb: Workbench) -> dict[str, str]:
    """Read the own categories for the agenda's labels and colours; how each counts, by key."""
    own = core.list_categories(wb)
    set_own_categories(own)
    return {c.id: c.counts_as for c in own}


class CategoriesDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Categories"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.list = QListWidget()
        self.list.setObjectName("ownCategories")
        self.list.setAccessibleName(self.tr("Own categories"))
        self.list.currentRowChanged.connect(lambda _r: self._show_current())
        self.name = QLineEdit()
        self.name.setObjectName("categoryName")
        self.counts = QComboBox()
        for key, label in (("presentation", self.tr("Presentation")),
                           ("own_work", self.tr("Participants' own work and discussion")),
                           ("breaks", self.tr("Break"))):
            self.counts.addItem(label, key)
        self.counts.setCurrentIndex(1)
        self.counts.activated.connect(lambda _i: self._change("counts_as", self.counts.currentData()))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setObjectName("addCategory")
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton(self.tr("Re&name"))
        self.rename_button.clicked.connect(lambda: self._change("name", self.name.text()))
        self.colour_button = QPushButton(self.tr("C&olour…"))
        self.colour_button.clicked.connect(self.pick_colour)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove)
        form = QFormLayout()
        form.addRow(self.tr("Na&me:"), self.name)
        form.addRow(self.tr("Time &counts as:"), self.counts)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.colour_button, self.remove_button):
            buttons.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.reload()

    def reload(self, select: str = "") -> None:
        select = select or self.current_key()
        own = core.list_categories(self.ctx.wb)
        set_own_categories(own)
        self.list.blockSignals(True)
        self.list.clear()
        for row in own:
            item = QListWidgetItem(category_icon(row.id), row.name)
            item.setData(256, row.id)
            self.list.addItem(item)
            if row.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._show_current()

    def current_key(self) -> str:
        item = self.list.currentItem()
        return str(item.data(256)) if item is not None else ""

    def _current(self) -> Any:
        key = self.current_key()
        return next((c for c in core.list_categories(self.ctx.wb) if c.id == key), None)

    def _show_current(self) -> None:
        row = self._current()
        for button in (self.rename_button, self.colour_button, self.remove_button):
            button.setEnabled(row is not None)
        if row is not None:
            self.name.setText(row.name)
            self.counts.setCurrentIndex(max(0, self.counts.findData(row.counts_as)))

    def add(self) -> None:
        wb, name, held = self.ctx.wb, self.name.text(), {"id": ""}
        colour = PALETTE[len(core.list_categories(wb)) % len(PALETTE)]
        counts = self.counts.currentData()

        def make() -> Any:
            row = core.add_category(wb, name, colour, counts)
            held["id"] = row.id
            return row

        made = self.ctx.run(self.tr("Add category"), make, lambda: core.categories.delete(wb, held["id"]),
                            "category", redo=lambda: core.categories.restore(wb, held["id"]))
        if made is not None:
            self.reload(made.id)

    def _change(self, field: str, value: Any) -> None:
        row = self._current()
        if row is None or getattr(row, field) == value:
            return
        key, old, wb = row.id, getattr(row, field), self.ctx.wb
        self.ctx.run(self.tr("Change category"), lambda: core.update_category(wb, key, **{field: value}),
                     lambda: core.update_category(wb, key, **{field: old}), "category")
        self.reload(key)

    def pick_colour(self) -> None:
        row = self._current()
        if row is None:
            return
        colour = QColorDialog.getColor(QColor(row.colour), self, self.tr("Category colour"))
        if colour.isValid():
            self._change("colour", colour.name())

    def remove(self) -> None:
        key, wb = self.current_key(), self.ctx.wb
        if key:
            self.ctx.run(self.tr("Remove category"), lambda: core.remove_category(wb, key),
                         lambda: core.categories.restore(wb, key), "category")
            self.reload()
