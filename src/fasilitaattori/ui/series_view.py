"""The Series view (Workshop → Project series, Ctrl+Shift+P): a project as a timeline, one row
per workshop with its date and status and, between them, how long the stretch is and the tasks
and assignments due in it, done or open. Enter on a workshop opens it; on a task, its Tasks tab.

It takes the right-hand side of the window like the method library does, follows the project
chosen in the sidebar while it is shown, and gives way to the tabs when a workshop is opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.dates import format_date
from ..core.series import SeriesTask, SeriesWorkshop, Stretch, project_series
from ..core.workshops import workshops
from ..errors import FasilitaattoriError
from .context import UiContext, error_text
from .i18n import current_language

if TYPE_CHECKING:
    from .main_window import MainWindow

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # ("workshop" | "task" | "gap", workshop id, task id)
REFRESH_ON = {"", "project", "workshop", "task"}
STATUS = {"planned": QT_TRANSLATE_NOOP("SeriesView", "Planned"), "held": QT_TRANSLATE_NOOP("SeriesView", "Held"),
          "reported": QT_TRANSLATE_NOOP("SeriesView", "Reported"), "open": QT_TRANSLATE_NOOP("SeriesView", "Open"),
          "in_progress": QT_TRANSLATE_NOOP("SeriesView", "In progress"),
          "done": QT_TRANSLATE_NOOP("SeriesView", "Done")}


TEXT_COLUMN = 1


class _WrapDelegate(QStyledItemDelegate):
    """Rows as high as their wrapped text. QTreeView asks a row's height without telling the
    column's width, so the text would count as one line; this gives the width."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        if index.column() != TEXT_COLUMN:
            return super().sizeHint(option, index)
        width = self._tree.header().sectionSize(TEXT_COLUMN)
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, width, 10_000)  # a valid rect: the style wraps to its width
        sized.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        return QSize(width, super().sizeHint(sized, index).height())


class SeriesView(QWidget):
    workshop_chosen = Signal(str)
    task_chosen = Signal(str, str)  # workshop id, task id

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seriesView")
        self.ctx = ctx
        self.project_id = ""
        self.heading = QLabel()
        self.heading.setObjectName("seriesHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("seriesTree")
        self.tree.setAccessibleName(self.tr("The project's workshops and the tasks between them"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Workshop, task or assignment"), self.tr("Status")])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # A long assignment wraps onto more lines rather than being cut at the column's edge.
        self.tree.setItemDelegate(_WrapDelegate(self.tree))
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.sectionResized.connect(self._text_column_resized)
        self.tree.itemActivated.connect(self._activated)
        hint = QLabel(self.tr("Enter opens the chosen workshop, or the Tasks tab of the chosen task."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)
        self.setFocusProxy(self.tree)
        ctx.changed.connect(self._changed)

    def _text_column_resized(self, column: int, _old: int, _new: int) -> None:
        if column == TEXT_COLUMN:
            self.tree.scheduleDelayedItemsLayout()  # the texts wrap onto more or fewer lines

    def show_project(self, project_id: str) -> None:
        self.project_id = project_id
        self.refresh()

    def _changed(self, entity: str) -> None:
        if entity in REFRESH_ON and self.project_id and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        try:
            series = project_series(self.ctx.wb, self.project_id)
        except FasilitaattoriError as exc:
            self.heading.setText(self.tr("Project series"))
            self.summary.setText(error_text(exc))  # deleted (or undone) while shown
            return
        self.heading.setText(self.tr("Series: %1").replace("%1", series.name))
        every = [t for s in series.stretches for t in s.tasks] + list(series.unscheduled)
        done = sum(1 for t in every if t.status == "done")
        self.summary.setText(self.tr("%1 workshops; %2 of %3 tasks and assignments done.").replace(
            "%1", str(len(series.workshops))).replace("%2", str(done)).replace("%3", str(len(every))))
        count = len(series.workshops)
        for stretch in series.stretches:
            if 0 < stretch.index < count or stretch.tasks:
                self._gap(stretch, count)
            if stretch.index < count:
                self._workshop(series.workshops[stretch.index])
        if series.unscheduled:
            self._gap(Stretch(count + 1, None, series.unscheduled), count)
        self.tree.expandAll()
        if self.tree.topLevelItemCount():
            first = next((self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())
                          if self.tree.topLevelItem(i).data(0, ROW_ROLE)[0] == "workshop"), None)
            self.tree.setCurrentItem(first or self.tree.topLevelItem(0))

    def _workshop(self, workshop: SeriesWorkshop) -> None:
        day = format_date(current_language(), workshop.date) or self.tr("no date yet")
        if workshop.days > 1:
            day = self.tr("%1 (%2 days)").replace("%1", day).replace("%2", str(workshop.days))
        item = QTreeWidgetItem([day, workshop.title, self._status(workshop.status)])
        item.setData(0, ROW_ROLE, ("workshop", workshop.id, ""))
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for column in range(3):
            item.setFont(column, bold)
        self.tree.addTopLevelItem(item)

    def _gap(self, stretch: Stretch, count: int) -> None:
        if stretch.index > count:
            text = self.tr("Without a due date")
        elif stretch.index == 0:
            text = self.tr("Before the first workshop")
        elif stretch.index == count:
            text = self.tr("After the last workshop")
        elif stretch.days is None:
            text = self.tr("Between the workshops")
        else:
            text = self.tr("%1 between the workshops").replace("%1", self.length(stretch.days))
        if not stretch.tasks and 0 < stretch.index < count:
            text = self.tr("%1 – nothing due").replace("%1", text)
        item = QTreeWidgetItem(["", text, ""])
        item.setData(0, ROW_ROLE, ("gap", "", ""))
        italic = QFont(self.tree.font())
        italic.setItalic(True)
        item.setFont(1, italic)
        item.setForeground(1, self.palette().color(QPalette.ColorRole.PlaceholderText))
        for task in stretch.tasks:
            item.addChild(self._task(task))
        self.tree.addTopLevelItem(item)

    def _task(self, task: SeriesTask) -> QTreeWidgetItem:
        text = self.tr("Assignment: %1").replace("%1", task.text) if task.kind == "assignment" else task.text
        if task.owner:
            text = f"{text} ({task.owner})"
        due = format_date(current_language(), task.due_date)
        item = QTreeWidgetItem([due, text, self._status(task.status)])
        item.setData(0, ROW_ROLE, ("task", task.workshop_id or "", task.id))
        for column in range(3):  # the date and status beside a wrapped text's first line
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if task.status == "done":
            for column in range(3):
                item.setForeground(column, self.palette().color(QPalette.ColorRole.PlaceholderText))
        return item

    def length(self, days: int) -> str:
        """'5 weeks (35 days)', or '3 days' for less than a week."""
        if days < 7:
            return self.tr("%n days", "", days)
        weeks = self.tr("%n weeks", "", days // 7)
        return self.tr("%1 (%2)").replace("%1", weeks).replace("%2", self.tr("%n days", "", days))

    def _status(self, status: str) -> str:
        return QCoreApplication.translate("SeriesView", STATUS[status]) if status in STATUS else status

    def rows(self) -> list[tuple[str, str, str, str]]:
        """(kind, date, text, status) of every row from the top: what the view lists."""
        found = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for item in [top, *(top.child(j) for j in range(top.childCount()))]:
                found.append((item.data(0, ROW_ROLE)[0], item.text(0), item.text(1), item.text(2)))
        return found

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        kind, workshop_id, task_id = item.data(0, ROW_ROLE)
        if kind == "workshop":
            self.workshop_chosen.emit(workshop_id)
        elif kind == "task" and workshop_id:
            self.task_chosen.emit(workshop_id, task_id)


def show_series(window: MainWindow, ctx: UiContext, project_id: str | None = None) -> SeriesView | None:
    """The series of `project_id`, else of the project chosen in the sidebar (or of the open
    workshop's project)."""
    project_id = project_id or window.sidebar.selected_project_id()
    if not project_id and ctx.workshop_id:
        try:
            project_id = workshops.get(ctx.wb, ctx.workshop_id).project_id
        except FasilitaattoriError:
            project_id = None
    if not project_id:
        window.statusBar().showMessage(QCoreApplication.translate(
            "SeriesView", "Choose a project or one of its workshops first."), 8000)
        return None
    view = _view(window, ctx)
    view.show_project(project_id)
    window.stack.setCurrentWidget(view)
    view.tree.setFocus()
    return view


def _view(window: MainWindow, ctx: UiContext) -> SeriesView:
    view = window.findChild(SeriesView)
    if view is None:
        view = SeriesView(ctx)
        window.stack.addWidget(view)
        view.workshop_chosen.connect(window.open_workshop)
        view.task_chosen.connect(lambda workshop_id, task_id: _open_task(window, workshop_id, task_id))

        def follow(item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
            if window.stack.currentWidget() is view and item is not None:
                kind, row_id = window.sidebar.selected()
                if kind == "project" and row_id != view.project_id:
                    view.show_project(row_id)

        window.sidebar.tree.currentItemChanged.connect(follow)
    return view


def _open_task(window: MainWindow, workshop_id: str, task_id: str) -> None:
    window.open_workshop(workshop_id)
    tab = window.show_tab("tasks")
    reveal = getattr(tab, "reveal", None)
    if callable(reveal):
        reveal(task_id)


def install_series_actions(window: QWidget, ctx: UiContext, menu: QMenu) -> list[QAction]:
    action = QAction(QCoreApplication.translate("SeriesView", "Project &series"), window)
    action.setObjectName("projectSeriesAction")
    action.setShortcut(QKeySequence("Ctrl+Shift+P"))
    action.setStatusTip(QCoreApplication.translate(
        "SeriesView", "The project's workshops as a timeline, with the tasks and assignments between them."))
    action.triggered.connect(lambda: show_series(cast("MainWindow", window), ctx))
    menu.addAction(action)
    sidebar = getattr(window, "sidebar", None)  # its context menu's "Show series" (a window may have none)
    if sidebar is not None:
        sidebar.series_requested.connect(lambda project_id: show_series(cast("MainWindow", window), ctx, project_id))
    return [action]
