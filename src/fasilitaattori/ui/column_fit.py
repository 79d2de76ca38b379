"""Column widths for read-only lists whose cells wrap: nothing that tells rows apart is cut.

Each column gets at least its longest word (so "osallisuuskoordinaattori" is never cut
to "osallisuuskoordi…") and, when the table is wide enough, its longest text; the space
between is shared in proportion to what each column still lacks. Longer texts wrap onto a
second line and the row grows. Widths follow the table's width as it is resized.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

PADDING = 16  # a cell's margins and the grid line


class _Fitter(QObject):
    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table
        self.busy = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and not self.busy:
            self.fit()
        return False

    def fit(self) -> None:
        table = self.table
        metrics = table.fontMetrics()
        header = table.horizontalHeader()
        bold = header.fontMetrics()
        least, most = [], []
        for c in range(table.columnCount()):
            head = table.horizontalHeaderItem(c)
            texts = [table.item(r, c).text() for r in range(table.rowCount()) if table.item(r, c) is not None]
            head_text = head.text() if head is not None else ""
            words = [w for t in [head_text, *texts] for w in t.split()]
            least.append(max((metrics.horizontalAdvance(w) for w in words), default=0) + PADDING)
            most.append(max([bold.horizontalAdvance(head_text) + PADDING * 2,
                             *(metrics.horizontalAdvance(t) + PADDING for t in texts)]))
        room = table.viewport().width()
        extra = room - sum(least)
        lacking = [m - n for m, n in zip(most, least, strict=True)]
        want = sum(lacking)
        widths = [n + (d if want <= extra else max(0, extra) * d // max(want, 1))
                  for n, d in zip(least, lacking, strict=True)]
        self.busy = True
        try:
            for c, width in enumerate(widths):
                header.resizeSection(c, width)
            table.resizeRowsToContents()
        finally:
            self.busy = False


def fit_columns(table: QTableWidget) -> _Fitter:
    """Make `table`'s columns fit as described above; call `.fit()` after each refill."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    table.setWordWrap(True)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    fitter = _Fitter(table)
    table.viewport().installEventFilter(fitter)
    return fitter
