"""Column widths for read-only lists whose cells wrap: nothing that tells rows apart is cut.

Each column gets at least its longest word (so "osallisuuskoordinaattori" is never cut
to "osallisuuskoordi…") and, when the table is wide enough, its longest text; the space
between is shared in proportion to what each column still lacks. Longer texts wrap onto a
second line and the row grows. Widths follow the table's width as it is resized. With
`wrap_headers` a heading longer than its column wraps too (Qt's header never grows by itself,
so its height is set from the tallest wrapped heading).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

PADDING = 16  # a cell's margins and the grid line


class _Fitter(QObject):
    def __init__(self, table: QTableWidget, wrap_headers: bool = False) -> None:
        super().__init__(table)
        self.table = table
        self.busy = False
        self.wrap_headers = wrap_headers
        self.on_fit: Callable[[], None] | None = None  # e.g. a table that grows to its rows

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
            head_width = bold.horizontalAdvance(head_text) if not self.wrap_headers else max(
                (bold.horizontalAdvance(line) for line in head_text.splitlines()), default=0)
            most.append(max([head_width + PADDING * 2,
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
            if self.wrap_headers:
                self._fit_header_height(widths)
            table.resizeRowsToContents()
            if self.on_fit is not None:
                self.on_fit()
        finally:
            self.busy = False

    def _fit_header_height(self, widths: list[int]) -> None:
        table, header = self.table, self.table.horizontalHeader()
        bold = header.fontMetrics()
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        tallest = bold.height()
        for c, width in enumerate(widths):
            head = table.horizontalHeaderItem(c)
            if head is not None:
                box = QRect(0, 0, max(1, width - PADDING), 10_000)
                tallest = max(tallest, bold.boundingRect(box, flags, head.text()).height())
        header.setFixedHeight(tallest + PADDING // 2)


def fit_columns(table: QTableWidget, wrap_headers: bool = False) -> _Fitter:
    """Make `table`'s columns fit as described above; call `.fit()` after each refill."""
    header = table.horizontalHeader()
    if wrap_headers:
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    table.setWordWrap(True)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    fitter = _Fitter(table, wrap_headers)
    table.viewport().installEventFilter(fitter)
    return fitter
