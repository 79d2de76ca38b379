"""Editors that commit on their own: a line when editing finishes, a text box when it loses focus
or after a pause in typing. Each commit is one call of `on_commit(value)`; nothing waits for a
Save button.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QPlainTextEdit, QWidget

IDLE_COMMIT_MS = 1500  # typing pauses this long: the text is saved even without leaving the box


class CommitText(QPlainTextEdit):
    """A multi-line box that saves itself when it loses focus or the typing pauses."""

    def __init__(self, on_commit: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_commit = on_commit
        self._saved = ""
        self.setTabChangesFocus(True)  # Tab moves on, as everywhere else in a form
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_COMMIT_MS)
        self._idle.timeout.connect(self.commit)
        self.textChanged.connect(self._edited)
        self.installEventFilter(self)

    def set_value(self, text: str) -> None:
        """Show the stored text (without committing); the caret stays if nothing changed."""
        self._saved = text
        if self.toPlainText() != text:
            blocked = self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(blocked)
        self._idle.stop()

    def _edited(self) -> None:
        self._idle.start()

    def commit(self) -> None:
        self._idle.stop()
        text = self.toPlainText()
        if text != self._saved:
            self._saved = text
            self._on_commit(text)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self and event.type() == QEvent.Type.FocusOut:
            self.commit()
        return False
