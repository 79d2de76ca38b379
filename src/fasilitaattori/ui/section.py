"""A framed part of a tab whose heading wraps.

A QGroupBox's own title never wraps and its width becomes the box's minimum, so one long
(or translated) title widened a whole tab past the window and made it scroll sideways.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QLayout, QVBoxLayout, QWidget


class Section(QGroupBox):
    def __init__(self, heading: str, body: QLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        outer = QVBoxLayout(self)
        outer.addWidget(self.heading)
        outer.addLayout(body)
        self.set_heading(heading)

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)
        self.setAccessibleName(text)  # what the frame's title told a screen reader
