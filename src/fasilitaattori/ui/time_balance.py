"""A bar under the agenda's summary: how the time divides between presentation, participants'
own work and discussion, and breaks, with the minutes written out (never colour alone) and a
gentle note when participants' own time is under a third."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..core.agenda_times import TimeBalance
from .agenda_model import CATEGORY_COLOURS

COLOURS = (CATEGORY_COLOURS["presentation"], CATEGORY_COLOURS["exercise"], CATEGORY_COLOURS["break"])


class _Bar(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.parts: tuple[int, int, int] = (0, 0, 0)
        self.setMinimumHeight(max(8, self.fontMetrics().height() // 2))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        total = sum(self.parts)
        if not total:
            return
        painter = QPainter(self)
        x = 0.0
        for minutes, colour in zip(self.parts, COLOURS, strict=True):
            w = self.width() * minutes / total
            painter.fillRect(QRectF(x, 0, w, self.height()), QColor(colour))
            x += w
        painter.end()


class TimeBalanceBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = _Bar()
        self.text = QLabel()
        self.text.setObjectName("timeBalance")
        self.text.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("timeBalanceNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("QLabel { font-style: italic; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget in (self.bar, self.text, self.note):
            layout.addWidget(widget)

    def show_balance(self, balance: TimeBalance | None) -> None:
        total = (balance.working + balance.breaks) if balance else 0
        self.setVisible(bool(total))
        if balance is None or not total:
            return
        self.bar.parts = (balance.presentation, balance.own_work, balance.breaks)
        self.bar.update()
        parts = [(self.tr("Presentation %1 min (%2 %)"), balance.presentation),
                 (self.tr("participants' own work and discussion %1 min (%2 %)"), balance.own_work),
                 (self.tr("breaks %1 min (%2 %)"), balance.breaks)]
        self.text.setText(" · ".join(text.replace("%1", str(minutes)).replace("%2", str(round(100 * minutes / total)))
                                     for text, minutes in parts))
        self.bar.setAccessibleDescription(self.text.text())
        self.note.setVisible(balance.own_work_low)
        self.note.setText(self.tr("Participants' own work and discussion take less than a third of the time "
                                  "that is not a break; a third or more keeps a workshop participatory."))
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
