"""The sidebar: projects and their workshops (date, status, counts) and a filter box. How a
workshop row reads is in sidebar_rows.py; the actions on the rows (new, rename, delete, copy,
templates) in sidebar_actions.py.

Every change goes through `UiContext`, so it is committed at once and can be undone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QHelpEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.browse import ProjectEntry, WorkshopEntry, matches, workshop_counts, workshop_tree
from ..core.workshops import workshops
from .context import UiContext
from .sidebar_actions import SidebarActions
from .sidebar_rows import DETAIL_ROLE, WorkshopRowDelegate, date_text, detail_text, status_text

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
REFRESH_ON = {"", "project", "workshop"}  # notes and blocks do not show in the list


class _Tree(QTreeWidget):
    """The tree, with tooltips made when they are shown."""

    def __init__(self, sidebar: Sidebar) -> None:
        super().__init__(sidebar)
        self._sidebar = sidebar

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # wrapped titles take more or fewer lines

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = self.itemAt(event.pos())
            if item is not None:
                QToolTip.showText(event.globalPos(), self._sidebar._tooltip(item), self.viewport())
                return True
        return super().viewportEvent(event)


class Sidebar(SidebarActions, QWidget):
    workshop_activated = Signal(str)
    message = Signal(str)  # a line for the status bar
    series_requested = Signal(str)  # a project id: show its series (the context menu)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._expanded: set[str] = set()
        self._built = False
        self._entries: dict[str, tuple[WorkshopEntry, ProjectEntry | None]] = {}
        self._tree: tuple[list[ProjectEntry], list[WorkshopEntry]] | None = None
        self._pending: dict[str, tuple[QTreeWidgetItem, list[WorkshopEntry], ProjectEntry | None]] = {}

        self.filter = QLineEdit()
        self.filter.setObjectName("sidebarFilter")
        self.filter.setPlaceholderText(self.tr("Filter workshops"))
        self.filter.setAccessibleName(self.tr("Filter workshops"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)

        self.tree = _Tree(self)
        self.tree.setObjectName("workshopTree")
        self.tree.setAccessibleName(self.tr("Projects and workshops"))
        # One column: the whole width goes to the titles, the date and status go under them
        # (sidebar_rows.py). Rows differ in height, as long titles wrap.
        self.tree.setColumnCount(1)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegate(WorkshopRowDelegate(self.tree))
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemExpanded.connect(self._expanded_item)
        self.tree.itemCollapsed.connect(lambda item: self._expanded.discard(item.data(0, ID_ROLE)))

        # No Alt letter: a field of nearly every tab had it; these are File → … and Ctrl+N too.
        self.new_project_button = QPushButton(self.tr("New project"))
        self.new_project_button.clicked.connect(lambda: self.new_project())
        self.new_workshop_button = QPushButton(self.tr("New workshop"))
        self.new_workshop_button.clicked.connect(lambda: self.new_workshop())
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_project_button)
        buttons.addWidget(self.new_workshop_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.filter, self.tree)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(250)  # many quick edits (live notes) rebuild once
        self._refresh_timer.timeout.connect(self.reload)
        ctx.changed.connect(self._changed)
        ctx.workshop_selected.connect(self._select)
        self.reload()

    # -- content -------------------------------------------------------------------
    def _changed(self, entity: str) -> None:
        if entity in REFRESH_ON:
            self._refresh_timer.start()

    def reload(self, fetch: bool = True) -> None:
        if fetch or self._tree is None:
            self._tree = workshop_tree(self.ctx.wb)
        entries, templates = self._tree
        if not self._built:
            current_project = self._project_of(self.ctx.workshop_id, entries)
            self._expanded = {e.id or "none" for e in entries} if len(entries) <= 6 else {current_project}
            self._expanded.add("templates")
            self._built = True
        self.tree.setUpdatesEnabled(False)
        self.tree.blockSignals(True)
        try:
            self.tree.clear()
            self._entries.clear()
            self._pending.clear()
            words = self.filter.text().strip()
            for project in entries:
                shown = [w for w in project.workshops if not words or matches(w, project, words)]
                if shown or not words:
                    name = project.name or self.tr("Workshops without a project")
                    self._add_group(project.id or "none", "project" if project.id else "none", name,
                                    project.organisation, len(project.workshops), shown, project, bool(words))
            if words:
                templates = [t for t in templates if matches(t, None, words)]
            if templates:
                self._add_group("templates", "templates", self.tr("Templates"), "", len(templates), templates,
                                None, bool(words))
            self._select(self.ctx.workshop_id)
        finally:
            self.tree.blockSignals(False)
            self.tree.setUpdatesEnabled(True)

    @staticmethod
    def _project_of(workshop_id: str, entries: list[ProjectEntry]) -> str:
        for entry in entries:
            if any(w.id == workshop_id for w in entry.workshops):
                return entry.id or "none"
        return ""

    def _add_group(self, key: str, kind: str, name: str, organisation: str, total: int,
                   shown: list[WorkshopEntry], project: ProjectEntry | None, expand: bool) -> None:
        """A project (or the templates) row; its workshop rows are made when it is opened."""
        count = self.tr("%n workshops", "", total)
        item = QTreeWidgetItem([f"{name} ({total})"])
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{name}, {count}")
        item.setData(0, KIND_ROLE, kind)
        item.setData(0, ID_ROLE, key)
        item.setToolTip(0, "\n".join(filter(None, [name, organisation, count])))
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        self.tree.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)
        for entry in shown:
            self._entries[entry.id] = (entry, project)
        self._pending[key] = (item, shown, project)
        if shown:
            item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        if expand or key in self._expanded:
            self._populate(key)
            item.setExpanded(True)

    def _populate(self, key: str) -> QTreeWidgetItem | None:
        pending = self._pending.pop(key, None)
        if pending is None:
            return None
        item, shown, project = pending
        item.addChildren([self._workshop_item(entry, project) for entry in shown])
        return item

    def _expanded_item(self, item: QTreeWidgetItem) -> None:
        key = item.data(0, ID_ROLE)
        self._expanded.add(key)
        self._populate(key)

    def _workshop_item(self, entry: WorkshopEntry, project: ProjectEntry | None) -> QTreeWidgetItem:
        item = QTreeWidgetItem([entry.title])
        detail = detail_text(entry.date, entry.status)
        item.setData(0, DETAIL_ROLE, detail)
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{entry.title}, {detail}")
        item.setData(0, KIND_ROLE, "template" if entry.is_template else "workshop")
        item.setData(0, ID_ROLE, entry.id)
        return item

    def _tooltip(self, item: QTreeWidgetItem) -> str:
        """Counts for the workshop under the pointer, read when asked (cheap for one workshop)."""
        if item.data(0, KIND_ROLE) not in ("workshop", "template"):
            return item.toolTip(0)
        entry, _project = self._entries.get(item.data(0, ID_ROLE), (None, None))
        if entry is None:
            return ""
        counts = workshop_counts(self.ctx.wb, entry.id)
        return "\n".join(filter(None, [
            entry.title, entry.locality, date_text(entry.date), status_text(entry.status),
            self.tr("%n agenda blocks", "", counts.blocks), self.tr("%n notes", "", counts.notes),
            self.tr("%n open tasks", "", counts.open_tasks)]))

    def _apply_filter(self, _text: str) -> None:
        # The tree is rebuilt with only the matching rows: quick even for thousands of workshops,
        # and it avoids hiding rows one by one.
        self.reload(fetch=False)

    # -- selection -----------------------------------------------------------------
    def _find(self, row_id: str) -> QTreeWidgetItem | None:
        """The row of a project, the templates or a workshop; opens its group if needed."""
        group = row_id
        if row_id in self._entries:
            entry, project = self._entries[row_id]
            group = "templates" if entry.is_template else ((project.id or "none") if project else "none")
        top = None
        for index in range(self.tree.topLevelItemCount()):
            candidate = self.tree.topLevelItem(index)
            if candidate.data(0, ID_ROLE) == group:
                top = candidate
                break
        if top is None or group == row_id:
            return top
        self._populate(group)
        for index in range(top.childCount()):
            child = top.child(index)
            if child.data(0, ID_ROLE) == row_id:
                top.setExpanded(True)
                return child
        return None

    def _select(self, workshop_id: str) -> None:
        if not workshop_id:
            return
        current = self.tree.currentItem()
        if current is not None and current.data(0, ID_ROLE) == workshop_id:
            return
        item = self._find(workshop_id) if workshop_id in self._entries else None
        if item is not None:
            blocked = self.tree.blockSignals(True)
            self.tree.setCurrentItem(item)
            self.tree.blockSignals(blocked)
            self.tree.scrollToItem(item)

    def _current_changed(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is not None and item.data(0, KIND_ROLE) in ("workshop", "template"):
            self.workshop_activated.emit(item.data(0, ID_ROLE))

    def selected(self) -> tuple[str, str]:
        """(kind, id) of the current row: project, none, templates, workshop, template, or ("", "")."""
        item = self.tree.currentItem()
        if item is None:
            return "", ""
        return item.data(0, KIND_ROLE), item.data(0, ID_ROLE)

    def selected_project_id(self) -> str | None:
        kind, row_id = self.selected()
        if kind == "project":
            return row_id
        if kind == "workshop":
            return workshops.get(self.ctx.wb, row_id).project_id
        return None

    def select_id(self, row_id: str) -> bool:
        item = self._find(row_id)
        if item is None:
            return False
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)
        return True
