"""Date and time fields that take what people type, in the UI language's own form.

A plain line: the text is read when editing finishes (Tab, Enter, leaving the field) by
`core.dates`, so `15.3.2027`, `15.3.` or `17.30` mean what they say, with no sections that jump
on by themselves. What cannot be read is named in one sentence under the field and nothing is
stored; the typed text stays so it can be corrected. The date field has a calendar to pick from
(the button, or Alt+Down / F4 in the field).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core import dates
from ..errors import FasilitaattoriError
from .context import error_text
from .i18n import current_language


def moment_text(iso: str) -> str:
    """A stored moment (ISO 8601, UTC) in local time as the UI language writes it, e.g.
    '15.3.2027 17.30'. A text that is no moment is shown as it is."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone()  # the user's own clock
    language = current_language()
    return f"{dates.format_date(language, moment.date())} {dates.format_time(language, moment.strftime('%H:%M'))}"


class _Field(QWidget):
    """A line with an error line under it; subclasses read and write the stored value."""

    committed = Signal(object)  # the stored form ('2027-03-15', '17:30') or None for empty

    def __init__(self, parent: QWidget | None = None, error_below: bool = True) -> None:
        """`error_below=False`: the owner places `self.error` (e.g. under a row of two fields)."""
        super().__init__(parent)
        self.edit = QLineEdit()
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("QLabel { color: #b00020; font-weight: bold; }")  # also bold: not by colour alone
        self.error.hide()
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.row)
        if error_below:
            layout.addWidget(self.error)
        self.setFocusProxy(self.edit)
        self._saved: str | None = None
        self.edit.editingFinished.connect(self.commit)

    # -- for subclasses --------------------------------------------------------------
    def _parse(self, text: str) -> str | None:
        raise NotImplementedError

    def _format(self, value: str | None) -> str:
        raise NotImplementedError

    # -- use -------------------------------------------------------------------------
    def value(self) -> str | None:
        return self._saved

    def set_value(self, value: str | None) -> None:
        """Show the stored value (without committing) and forget any error."""
        self._saved = value or None
        text = self._format(value)
        if self.edit.text() != text:
            self.edit.setText(text)
            self.edit.setCursorPosition(0)
        self.show_error("")

    def set_saved(self, value: str | None) -> None:
        """What the store holds, when the owner refused the value this field just offered."""
        self._saved = value

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.edit.setAccessibleDescription(message)

    def commit(self) -> None:
        """Read the typed text: store it if it changed, or name what is wrong with it."""
        try:
            value = self._parse(self.edit.text())
        except FasilitaattoriError as error:
            self.show_error(error_text(error))
            return
        self.show_error("")
        text = self._format(value)
        if self.edit.text() != text:
            self.edit.setText(text)  # written back in the language's form: the user sees what was read
        if value != self._saved:
            self._saved = value
            self.committed.emit(value)


class TimeField(_Field):
    def __init__(self, parent: QWidget | None = None, error_below: bool = True) -> None:
        super().__init__(parent, error_below)
        self.edit.setMaxLength(12)
        self.edit.setPlaceholderText(dates.time_example(current_language()))
        width = self.edit.fontMetrics().horizontalAdvance("00:00") * 2 + 16
        self.edit.setMaximumWidth(width)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)

    def _parse(self, text: str) -> str | None:
        return dates.parse_time(text, current_language())

    def _format(self, value: str | None) -> str:
        return dates.format_time(current_language(), value)


class DateField(_Field):
    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.edit.setMaxLength(40)
        self.edit.setPlaceholderText(dates.date_example(current_language()))
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("30 Sep 2027") * 2)
        self.pick = QToolButton()
        self.pick.setArrowType(Qt.ArrowType.DownArrow)  # opens a calendar, as a drop-down list opens
        self.pick.setAccessibleName(self.tr("Choose from a calendar"))
        self.pick.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self.pick.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down in the field does the same
        self.pick.clicked.connect(self.open_calendar)
        self.row.addWidget(self.pick)
        self.row.addStretch(0)
        self.calendar: QCalendarWidget | None = None
        self.edit.installEventFilter(self)

    def today(self) -> date:
        return self._today or date.today()

    def _parse(self, text: str) -> str | None:
        day = dates.parse_date(text, self.today(), current_language())
        return day.isoformat() if day else None

    def _format(self, value: str | None) -> str:
        return dates.format_date(current_language(), value)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return False

    def open_calendar(self) -> None:
        if not self.isEnabled():
            return
        if self.calendar is None:  # made once and kept: closing it mid key press must not delete it
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(True)
            self.calendar.activated.connect(self._picked)
            self.calendar.clicked.connect(self._picked)
        try:
            shown = dates.parse_date(self.edit.text(), self.today(), current_language()) or self.today()
        except FasilitaattoriError:
            shown = dates.parse_iso_date(self._saved) or self.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        if self.calendar is not None:
            self.calendar.hide()
        self.edit.setText(dates.format_date(current_language(), date(day.year(), day.month(), day.day())))
        self.edit.setFocus()
        self.commit()
