"""The agenda's category cell: a wide colour bar at its left edge, drawn the same on a selected
row (a small square vanished into the selection colour), beside the category's word, so the
category never rests on colour alone."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from .agenda_model import CATEGORY_ROLE, category_colour


class CategoryBarDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def bar_width(self, option: QStyleOptionViewItem) -> int:
        return max(8, option.fontMetrics.height() // 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        category = index.data(CATEGORY_ROLE)
        if not category:
            super().paint(painter, option, index)
            return
        width = self.bar_width(opt)
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
        opt.icon = opt.icon.__class__()
        style = opt.widget.style() if opt.widget is not None else None
        if style is None:
            return
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
        bar = QRect(opt.rect.left() + 2, opt.rect.top() + 2, width, opt.rect.height() - 4)
        painter.save()
        painter.fillRect(bar, QColor(category_colour(category)))
        painter.setPen(QPen(QColor("#ffffff"), 1))  # keeps the bar's edge on the selection colour
        painter.drawRect(bar.adjusted(0, 0, -1, -1))
        painter.restore()
        opt.rect = opt.rect.adjusted(width + 6, 0, 0, 0)
        opt.backgroundBrush = QColor(0, 0, 0, 0)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

