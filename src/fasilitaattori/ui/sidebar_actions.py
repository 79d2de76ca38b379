"""The sidebar's actions on its rows: new project or workshop, rename, delete, copy a
workshop, save it as a template or make one from a template, and the context menu.

Every change goes through `UiContext`, so it is committed at once and can be undone.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QTreeWidget

from ..core import workshops as workshop_service
from ..core.projects import projects
from ..core.workshops import workshops
from .context import UiContext
from .dialogs import ask_text


class SidebarActions:
    """Mixed into the sidebar (a QWidget), which provides what is declared here. Texts are in
    the sidebar's translation context, as this class is no QObject."""

    ctx: UiContext
    tree: QTreeWidget
    _expanded: set[str]

    if TYPE_CHECKING:
        from PySide6.QtCore import SignalInstance

        message: SignalInstance
        series_requested: SignalInstance

        def selected(self) -> tuple[str, str]: ...

        def selected_project_id(self) -> str | None: ...

        def reload(self, fetch: bool = True) -> None: ...

        def select_id(self, row_id: str) -> bool: ...

    # -- actions -------------------------------------------------------------------
    def new_project(self) -> None:
        def create(name: str) -> None:
            row = self.ctx.create(projects, QCoreApplication.translate("Sidebar", "New project"), name=name)
            if row is not None:
                self._expanded.add(row.id)
                self.reload()
                self.select_id(row.id)

        ask_text(self, QCoreApplication.translate("Sidebar", "New project"), QCoreApplication.translate("Sidebar", "Name of the project:"), "", create)

    def new_workshop(self) -> None:
        project_id = self.selected_project_id()

        def create(title: str) -> None:
            row = self.ctx.create(workshops, QCoreApplication.translate("Sidebar", "New workshop"), title=title, project_id=project_id,
                                  date=date.today().isoformat())
            if row is not None:
                self._expanded.add(project_id or "none")
                self.reload()
                self.ctx.select_workshop(row.id)

        ask_text(self, QCoreApplication.translate("Sidebar", "New workshop"), QCoreApplication.translate("Sidebar", "Title of the workshop:"), "", create)

    def rename_selected(self) -> None:
        kind, row_id = self.selected()
        if kind == "project":
            old = projects.get(self.ctx.wb, row_id).name
            ask_text(self, QCoreApplication.translate("Sidebar", "Rename project"), QCoreApplication.translate("Sidebar", "Name of the project:"), old,
                     lambda name: self.ctx.update(projects, row_id, QCoreApplication.translate("Sidebar", "Rename project"), name=name))
        elif kind in ("workshop", "template"):
            old = workshops.get(self.ctx.wb, row_id).title
            ask_text(self, QCoreApplication.translate("Sidebar", "Rename workshop"), QCoreApplication.translate("Sidebar", "Title of the workshop:"), old,
                     lambda title: self.ctx.update(workshops, row_id, QCoreApplication.translate("Sidebar", "Rename workshop"), title=title))

    def delete_selected(self) -> None:
        kind, row_id = self.selected()
        if kind == "project":
            name = projects.get(self.ctx.wb, row_id).name
            if self.ctx.delete(projects, row_id, QCoreApplication.translate("Sidebar", "Delete project")):
                self.message.emit(QCoreApplication.translate("Sidebar", "Deleted the project “%1” and its workshops. Undo brings them back.")
                                  .replace("%1", name))
        elif kind in ("workshop", "template"):
            title = workshops.get(self.ctx.wb, row_id).title
            if self.ctx.delete(workshops, row_id, QCoreApplication.translate("Sidebar", "Delete workshop")):
                if self.ctx.workshop_id == row_id:
                    self.ctx.select_workshop("")
                self.message.emit(QCoreApplication.translate("Sidebar", "Deleted the workshop “%1”. Undo brings it back.").replace("%1", title))

    def copy_workshop(self) -> None:
        kind, row_id = self.selected()
        if kind != "workshop":
            return
        source = workshops.get(self.ctx.wb, row_id)

        def copy(title: str) -> None:
            row = self.ctx.create(workshops, QCoreApplication.translate("Sidebar", "Copy workshop"),
                                  make=lambda: workshop_service.copy_workshop(self.ctx.wb, row_id, title=title))
            if row is not None:
                self.reload()
                self.ctx.select_workshop(row.id)

        ask_text(self, QCoreApplication.translate("Sidebar", "Copy workshop"), QCoreApplication.translate("Sidebar", "Title of the copy:"),
                 QCoreApplication.translate("Sidebar", "Copy of %1").replace("%1", source.title), copy)

    def save_as_template(self) -> None:
        kind, row_id = self.selected()
        if kind != "workshop":
            return
        source = workshops.get(self.ctx.wb, row_id)

        def save(title: str) -> None:
            row = self.ctx.create(workshops, QCoreApplication.translate("Sidebar", "Save as template"), make=lambda: workshop_service.copy_workshop(
                self.ctx.wb, row_id, title=title, as_template=True, project_id=None))
            if row is not None:
                self._expanded.add("templates")
                self.reload()
                self.message.emit(QCoreApplication.translate("Sidebar", "Saved the template “%1”.").replace("%1", title))

        ask_text(self, QCoreApplication.translate("Sidebar", "Save as template"), QCoreApplication.translate("Sidebar", "Name of the template:"), source.title, save)

    def new_from_template(self) -> None:
        kind, row_id = self.selected()
        if kind != "template":
            return
        template = workshops.get(self.ctx.wb, row_id)

        def create(title: str) -> None:
            row = self.ctx.create(workshops, QCoreApplication.translate("Sidebar", "New workshop from template"),
                                  make=lambda: workshop_service.create_from_template(
                                      self.ctx.wb, row_id, title=title, date=date.today().isoformat(),
                                      project_id=None))
            if row is not None:
                self.reload()
                self.ctx.select_workshop(row.id)

        ask_text(self, QCoreApplication.translate("Sidebar", "New workshop from template"), QCoreApplication.translate("Sidebar", "Title of the workshop:"),
                 template.title, create)

    def _context_menu(self, pos: object) -> None:
        kind, _row_id = self.selected()
        menu = QMenu(self)
        project_id = self.selected_project_id() if kind in ("project", "workshop") else None
        if project_id:  # the same view as Workshop → Project series
            menu.addAction(QCoreApplication.translate("Sidebar", "Show &series"),
                           lambda: self.series_requested.emit(project_id))
            menu.addSeparator()
        menu.addAction(QCoreApplication.translate("Sidebar", "New project…"), self.new_project)
        menu.addAction(QCoreApplication.translate("Sidebar", "New workshop…"), self.new_workshop)
        if kind == "template":
            menu.addAction(QCoreApplication.translate("Sidebar", "New workshop from this template…"), self.new_from_template)
        if kind == "workshop":
            menu.addSeparator()
            menu.addAction(QCoreApplication.translate("Sidebar", "Copy workshop…"), self.copy_workshop)
            menu.addAction(QCoreApplication.translate("Sidebar", "Save as template…"), self.save_as_template)
        if kind in ("project", "workshop", "template"):
            menu.addSeparator()
            rename = QAction(QCoreApplication.translate("Sidebar", "Rename…"), menu)
            rename.setShortcut(QKeySequence(Qt.Key.Key_F2))
            rename.triggered.connect(self.rename_selected)
            menu.addAction(rename)
            menu.addAction(QCoreApplication.translate("Sidebar", "Delete"), self.delete_selected)
        menu.popup(self.tree.viewport().mapToGlobal(pos))  # type: ignore[call-overload]
