"""A small horizontal bar chart drawn with QPainter, for the answers to one question.

Every bar carries its label and its numbers as text ("3 (27 %)"), so the chart can be read
without colour and by a screen reader (the accessible description lists the same figures).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass(frozen=True)
class Bar:
    label: str
    count: int


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._total = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar], total: int | None = None) -> None:
        """Bars in display order; shares are of `total` (default: the sum of the counts)."""
        self._bars = list(bars)
        self._total = sum(b.count for b in bars) if total is None else total
        self.setAccessibleDescription("; ".join(self.figure_text(b) for b in self._bars))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def figure_text(self, bar: Bar) -> str:
        share = round(100 * bar.count / self._total) if self._total else 0
        return self.tr("{label}: {count} ({share} %)").format(label=bar.label, count=bar.count, share=share)

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, max(1, len(self._bars)) * self._row_height() + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        if not self._bars:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        palette = self.palette()
        row = self._row_height()
        label_width = min(self.width() // 3, max(metrics.horizontalAdvance(b.label) for b in self._bars) + 16)
        figures = [self.tr("{count} ({share} %)").format(
            count=b.count, share=round(100 * b.count / self._total) if self._total else 0) for b in self._bars]
        figure_width = max(metrics.horizontalAdvance(f) for f in figures) + 12
        bar_space = max(10, self.width() - label_width - figure_width - 4)
        most = max((b.count for b in self._bars), default=0) or 1
        for i, (bar, figure) in enumerate(zip(self._bars, figures, strict=True)):
            top = 2 + i * row
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(QRectF(0, top, label_width - 8, row), Qt.AlignmentFlag.AlignVCenter
                             | Qt.AlignmentFlag.AlignRight, label)
            length = bar_space * bar.count / most
            rect = QRectF(label_width, top + 3, max(length, 1.0), row - 6)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 1))
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            if bar.count:
                painter.drawRect(rect)
            else:
                painter.drawLine(rect.topLeft(), rect.bottomLeft())
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(label_width + length + 6, top, figure_width, row),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, figure)
        painter.end()
