"""Find everywhere (Ctrl+K): notes, tasks, workshops and methods; a result opens where it lives.

The search runs a moment after typing pauses (the FTS5 index answers in milliseconds, so the
pause is what the user waits for). Down moves from the box into the results, Enter opens one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..core.browse import workshop_titles
from ..core.quick_search import quick_search
from ..core.search import SearchHit, index_pending
from .context import UiContext

PAUSE_MS = 30  # after the last key press
HIT_ROLE = Qt.ItemDataRole.UserRole


class SearchDialog(QDialog):
    hit_chosen = Signal(object)  # SearchHit

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hits: list[SearchHit] = []
        self.setWindowTitle(self.tr("Find everywhere"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(self.tr("Search notes, tasks, workshops and methods"))
        self.query.setAccessibleName(self.tr("Search"))
        self.query.setClearButtonEnabled(True)
        self.query.installEventFilter(self)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.itemActivated.connect(self._activated)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self.timer.start())
        self.resize(760, 520)

    def kind_label(self, kind: str) -> str:
        return {"note": self.tr("Note"), "task": self.tr("Task"), "workshop": self.tr("Workshop"),
                "method": self.tr("Method")}.get(kind, kind)

    def run_search(self) -> None:
        self.timer.stop()
        text = self.query.text()
        self.hits = quick_search(self.ctx.wb, text, limit=60) if text.strip() else []
        titles = workshop_titles(self.ctx.wb, [h.workshop_id or "" for h in self.hits if h.kind in ("note", "task")])
        self.results.clear()
        for hit in self.hits:
            place = hit.title if hit.kind in ("workshop", "method") else titles.get(hit.workshop_id or "", "")
            snippet = " ".join(hit.snippet.split())
            text_line = f"{self.kind_label(hit.kind)} · {place}" if place else self.kind_label(hit.kind)
            item = QListWidgetItem(f"{text_line}\n{snippet}" if snippet else text_line)
            item.setData(HIT_ROLE, hit)
            self.results.addItem(item)
        status = ""
        if self.hits:
            self.results.setCurrentRow(0)
            status = self.tr("%n results; Enter opens the chosen one.", "", len(self.hits))
        elif text.strip():
            status = self.tr("Nothing found.")
        if status and index_pending(self.ctx.wb):
            status += " " + self.tr("Data from a large import is still being added to the search; "
                                    "not all of it may be found yet.")
        self.status.setText(status)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self.query and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.results.count():
                self.results.setFocus()
                if key == Qt.Key.Key_Down and self.results.currentRow() < 0:
                    self.results.setCurrentRow(0)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive():
                    self.run_search()
                current = self.results.currentItem()
                if current is not None:
                    self._activated(current)
                return True
        return super().eventFilter(obj, event)

    def _activated(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.accept()
            self.hit_chosen.emit(hit)
