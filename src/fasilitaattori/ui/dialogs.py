"""Small non-blocking prompts: the window goes on running (and tests can answer them)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


def ask_text(parent: QWidget, title: str, label: str, text: str, done: Callable[[str], None]) -> QInputDialog:
    """Ask for one line of text; `done` gets the text (stripped) when the user presses OK."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("askText")
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.resize(max(dialog.sizeHint().width(), 420), dialog.sizeHint().height())

    def accepted(value: str) -> None:
        if value.strip():
            done(value.strip())

    dialog.textValueSelected.connect(accepted)
    dialog.open()
    line = dialog.findChild(QLineEdit)
    if line is not None:
        line.selectAll()
        line.setAccessibleName(label)
    return dialog
