"""How a workshop row of the sidebar reads: its whole title, wrapped rather than cut, and a
second, quieter line with the date in the UI language's form and the status in words.

Titles often differ only at their end ("Vaikuttamisen työpaja 2: Vammaisneuvosto"), and a status
column beside them took that end away in the longer languages; so the title gets the full width
and the date and status go under it. The row's own text stays the title (for search, tests and
screen readers, which also hear the second line through the accessible text).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView, QWidget

from ..core.dates import format_date
from .i18n import current_language

DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2  # the second line: date and status
_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
_GAP = 2  # pixels between the title and the second line
Index = QModelIndex | QPersistentModelIndex


def status_text(status: str) -> str:
    names = {"planned": QCoreApplication.translate("Sidebar", "planned"),
             "held": QCoreApplication.translate("Sidebar", "held"),
             "reported": QCoreApplication.translate("Sidebar", "reported")}
    return names.get(status, status)


def date_text(iso: str | None) -> str:
    return format_date(current_language(), iso)


def detail_text(iso: str | None, status: str) -> str:
    """'15.3.2027 · planned'; a workshop without a date says so."""
    day = date_text(iso) or QCoreApplication.translate("Sidebar", "no date yet")
    return f"{day} · {status_text(status)}"


class WorkshopRowDelegate(QStyledItemDelegate):
    """Draws every row's title wrapped to the sidebar's width, and under a workshop's title a
    second line with its date and status."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self._tree = tree

    def _text_width(self, option: QStyleOptionViewItem, index: Index) -> int:
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        if self._tree.rootIsDecorated():
            depth += 1  # the branch marks take one more indentation
        # The style's text margins (about 4 px a side) and the 2 px kept on each side in paint().
        room = self._tree.viewport().width() - self._tree.indentation() * depth - 12
        return max(80, room)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt's name
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)  # the row's own font: a project's title is bold
        metrics = QFontMetrics(opt.font)
        width = self._text_width(option, index)
        title = metrics.boundingRect(QRect(0, 0, width, 10_000), _FLAGS, str(index.data() or ""))
        detail = index.data(DETAIL_ROLE)
        if not detail:  # a project's long name wraps too, instead of ending in "…"
            return QSize(width, max(super().sizeHint(option, index).height(), title.height() + 6))
        second = metrics.boundingRect(QRect(0, 0, width, 10_000), _FLAGS, str(detail))
        return QSize(width, title.height() + _GAP + second.height() + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        detail = index.data(DETAIL_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        opt.text = ""
        widget: QWidget | None = opt.widget
        style = widget.style() if widget is not None else self._tree.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)  # background, focus
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget).adjusted(2, 3, -2, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group, text_role))
        drawn = painter.drawText(rect, _FLAGS, title)
        if not detail:
            painter.restore()
            return
        # Quieter but still readable: the placeholder colour, or the selection's text colour.
        quiet = text_role if selected else QPalette.ColorRole.PlaceholderText
        painter.setPen(opt.palette.color(group, quiet))
        painter.drawText(rect.adjusted(0, drawn.height() + _GAP, 0, 0), _FLAGS, str(detail))
        painter.restore()
