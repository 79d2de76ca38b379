"""The method library in a dialog, for the Agenda tab's "Add from library"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .context import UiContext
from .library_view import LibraryView


class MethodPickerDialog(QDialog):
    """The library in a dialog: pick one or several methods and add them to the agenda. It
    stays open, so more can follow; Close (Esc) returns to the agenda."""

    methods_chosen = Signal(list)  # method ids in the order picked

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add from the method library"))
        self.view = LibraryView(ctx, self, picker=True)
        self.view.methods_chosen.connect(self._chosen)
        self.status = QLabel()
        self.status.setObjectName("pickerStatus")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.resize(1100, 620)
        self.view.search.setFocus()

    def _chosen(self, method_ids: list[str]) -> None:
        self.methods_chosen.emit(method_ids)
        self.view.clear_picks()
        self.status.setText(self.tr("%n method(s) added to the agenda.", "", len(method_ids)))
