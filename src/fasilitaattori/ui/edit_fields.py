"""Editors that commit on their own: a line when editing finishes, a text box when it loses focus
or after a pause in typing. Each commit is one call of `on_commit`; nothing waits for a Save
button.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from .jobs import WriteGate

IDLE_COMMIT_MS = 1500  # typing pauses this long: the text is saved even without leaving the box
RETRY_MS = 5000  # a save that failed (a locked or full disk) is tried again this often
_UNSAVED_STYLE = "QPlainTextEdit { border: 2px dashed #b35c00; }"


class CommitText(QPlainTextEdit):
    """A multi-line box that saves itself when it loses focus or the typing pauses.

    `on_commit(record, text)` saves `text` for `record` (the id given to `set_value`) and says
    whether the write succeeded. Only then is the text counted as saved: a failed save keeps the
    box marked unsaved, with its text, and is tried again every few seconds; while a job writes
    (`gate` closed) the save waits for it. A save is always for the record the text was typed
    for, even when the box shows another one by the time it succeeds."""

    def __init__(self, on_commit: Callable[[str, str], bool], parent: QWidget | None = None,
                 gate: WriteGate | None = None) -> None:
        super().__init__(parent)
        self._on_commit = on_commit
        self._gate = gate
        self._record = ""
        self._saved = ""
        self._pending: dict[str, str] = {}  # record -> text whose save failed or waits
        self.setTabChangesFocus(True)  # Tab moves on, as everywhere else in a form
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_COMMIT_MS)
        self._idle.timeout.connect(self.commit)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._save_pending)
        self.textChanged.connect(self._edited)
        self.installEventFilter(self)

    @property
    def saved(self) -> bool:
        """Whether what the box shows is stored."""
        return self._record not in self._pending and self.toPlainText() == self._saved

    def set_value(self, text: str, record: str = "") -> None:
        """Show the stored text of `record` (without committing); the caret stays if nothing
        changed. Text typed for the same record and not yet saved stays in the box."""
        if record == self._record and not self.saved and self.toPlainText() != text:
            return
        if record != self._record and self.toPlainText() != self._saved:
            self.commit()  # typed for the record shown until now
        self._record = record
        self._saved = text
        if self.toPlainText() != text:
            blocked = self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(blocked)
        self._idle.stop()
        self._mark()

    def _edited(self) -> None:
        self._idle.start()

    def commit(self) -> None:
        self._idle.stop()
        text = self.toPlainText()
        if text != self._saved or self._record in self._pending:
            self._save(self._record, text)

    def _save(self, record: str, text: str) -> None:
        if self._gate is not None and self._gate.closed:
            self._pending[record] = text
            self._gate.later((id(self), record), self._save_pending)
        elif self._on_commit(record, text):
            self._pending.pop(record, None)
            if record == self._record:
                self._saved = text
        else:
            self._pending[record] = text
            self._retry.start()
        self._mark()

    def _save_pending(self) -> None:
        for record, text in list(self._pending.items()):
            # The box's own record: what it shows now, which may have grown since.
            self._save(record, self.toPlainText() if record == self._record else text)

    def _mark(self) -> None:
        """A box whose text is not stored yet looks it and says why."""
        if not self._pending:
            self.setStyleSheet("")
            self.setToolTip("")
            return
        self.setStyleSheet(_UNSAVED_STYLE)
        if self._gate is not None and self._gate.closed:
            self.setToolTip(self.tr("Not saved yet: saving waits for the import to finish."))
        else:
            self.setToolTip(self.tr("Not saved yet: saving is tried again in a moment."))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self and event.type() == QEvent.Type.FocusOut:
            self.commit()
        return False
