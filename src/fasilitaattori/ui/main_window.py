"""The main window: the sidebar of projects and workshops, the workshop's tabs, the method
library, menus with standard shortcuts, and what the window remembers between runs.

Tabs come from `workshop_tabs()` and are built the first time they are shown, so start-up
pays only for the tab that is open. Other parts of the app add menu actions through
`window_actions.install_all`. Every edit is committed at once, so closing never asks to save.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from ..core.browse import workshop_counts
from ..core.search import SearchHit
from ..core.workbench import Workbench
from ..core.workshops import workshops
from ..errors import FasilitaattoriError
from . import window_actions
from .context import UiContext
from .jobs import window_panel
from .sidebar import Sidebar
from .tab_page import LazyPage
from .workshop_tabs import workshop_tabs

MENU_NAMES = ("file", "edit", "workshop", "tools", "help")


class MainWindow(QMainWindow):
    def __init__(self, wb: Workbench, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings or QSettings()
        self.ctx = UiContext(wb, self)
        self.ctx.dialog_parent = self
        self.setWindowTitle(self.tr("Fasilitaattori"))
        self._menus: dict[str, QMenu] = {}
        self._library = None

        self.sidebar = Sidebar(self.ctx)
        self.sidebar.setMinimumWidth(220)
        self.sidebar.workshop_activated.connect(self.open_workshop)
        self.sidebar.message.connect(lambda text: self.statusBar().showMessage(text, 8000))

        self.tabs = QTabWidget()
        self.tabs.setObjectName("workshopTabs")
        self.tabs.setDocumentMode(True)
        self.pages: list[LazyPage] = []
        for spec in workshop_tabs():
            page = LazyPage(spec, self.ctx)
            self.pages.append(page)
            self.tabs.addTab(page, spec.title())
        self.tabs.currentChanged.connect(self._tab_shown)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([390, 976])
        self.setCentralWidget(self.splitter)

        self._workshop_label = QLabel()
        self.statusBar().addPermanentWidget(self._workshop_label)
        window_panel(self, self.ctx.writes)  # long work's bar, and edits waiting for it
        self._build_menus()
        self.extra_actions = window_actions.install_all(self, self.ctx, self.menu)
        self._restore()
        self.ctx.workshop_selected.connect(self._workshop_selected)
        self.ctx.changed.connect(self._changed)
        from .welcome_page import attach_welcome

        self.welcome = attach_welcome(self, self.ctx)  # a first start: nothing to show yet

    # -- menus -----------------------------------------------------------------------
    def menu(self, name: str) -> QMenu:
        """The window's menu by name: file, edit, workshop, tools or help."""
        return self._menus[name]

    def _action(self, menu: str, text: str, slot: object, shortcut: object = None, name: str = "") -> QAction:
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(shortcut)  # type: ignore[arg-type]
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self._menus[menu].addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        titles = {"file": self.tr("&File"), "edit": self.tr("&Edit"), "workshop": self.tr("&Workshop"),
                  "tools": self.tr("&Tools"), "help": self.tr("&Help")}
        for name in MENU_NAMES:
            self._menus[name] = bar.addMenu(titles[name])
            self._menus[name].setObjectName(f"menu_{name}")
        std = QKeySequence.StandardKey
        self.new_project_action = self._action("file", self.tr("New &project…"), self.sidebar.new_project,
                                               name="newProject")
        self.new_workshop_action = self._action("file", self.tr("&New workshop…"), self.sidebar.new_workshop,
                                                std.New, "newWorkshop")
        self.file_end = self._menus["file"].addSeparator()
        self.quit_action = self._action("file", self.tr("&Quit"), self.close, QKeySequence("Ctrl+Q"), "quit")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action, self.redo_action = self.ctx.undo_actions(self)  # "Kumoa: uusi työpaja"
        self.undo_action.setShortcut(std.Undo)
        self.undo_action.setObjectName("undo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setObjectName("redo")
        self._menus["edit"].addAction(self.undo_action)
        self._menus["edit"].addAction(self.redo_action)
        self._menus["edit"].addSeparator()
        self.find_action = self._action("edit", self.tr("&Find everywhere…"), self.open_search,
                                        QKeySequence("Ctrl+K"), "find")
        self.filter_action = self._action("edit", self.tr("Filter the &workshop list"), self.focus_filter,
                                          QKeySequence("Ctrl+Shift+F"), "filterWorkshops")

        wmenu = self._menus["workshop"]
        self.rename_action = self._action("workshop", self.tr("&Rename…"), self.sidebar.rename_selected,
                                          QKeySequence(Qt.Key.Key_F2), "rename")
        # F2 renames only from the workshop list: in a table it edits the cell, as everywhere.
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.sidebar.addAction(self.rename_action)
        self.copy_action = self._action("workshop", self.tr("&Copy workshop…"), self.sidebar.copy_workshop,
                                        name="copyWorkshop")
        self.template_action = self._action("workshop", self.tr("Save as &template…"),
                                            self.sidebar.save_as_template, name="saveTemplate")
        self.from_template_action = self._action("workshop", self.tr("New workshop from t&emplate…"),
                                                 self.sidebar.new_from_template, name="fromTemplate")
        wmenu.addSeparator()
        self.delete_action = self._action("workshop", self.tr("&Delete"), self.sidebar.delete_selected,
                                          name="delete")
        wmenu.addSeparator()
        for index, page in enumerate(self.pages[:9]):
            self._action("workshop", self.tr("Show %1").replace("%1", page.spec.title()),
                         lambda _c=False, i=index: self.show_tab(i), QKeySequence(f"Ctrl+{index + 1}"),
                         f"showTab_{page.spec.key}")
        focus = QShortcut(QKeySequence(Qt.Key.Key_F6), self)
        focus.activated.connect(self.switch_focus)

        self.library_action = self._action("tools", self.tr("Method &library"), self.show_library,
                                           QKeySequence("Ctrl+L"), "library")
        self.settings_action = self._action("tools", self.tr("&Settings…"), self.open_settings,
                                            QKeySequence("Ctrl+,"), "settings")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self._menus["tools"].addSeparator()

        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_workshop_action, self.undo_action, self.redo_action, self.find_action,
                       self.library_action):
            toolbar.addAction(action)
        self._update_actions()

    def _update_actions(self) -> None:
        kind, _ = self.sidebar.selected()
        is_workshop = kind == "workshop"
        self.copy_action.setEnabled(is_workshop)
        self.template_action.setEnabled(is_workshop)
        self.from_template_action.setEnabled(kind == "template")
        self.rename_action.setEnabled(kind in ("project", "workshop", "template"))
        self.delete_action.setEnabled(kind in ("project", "workshop", "template"))

    # -- navigation ------------------------------------------------------------------
    def open_workshop(self, workshop_id: str) -> None:
        if workshop_id != self.ctx.workshop_id:
            self.ctx.select_workshop(workshop_id)
        self.stack.setCurrentWidget(self.tabs)
        self._update_actions()

    def _workshop_selected(self, workshop_id: str) -> None:
        self._show_title(workshop_id)
        self.stack.setCurrentWidget(self.tabs)
        self._update_actions()

    def _show_title(self, workshop_id: str) -> None:
        """The open workshop in the title bar and, with its counts, in the status bar."""
        title = ""
        if workshop_id:
            try:
                title = workshops.get(self.ctx.wb, workshop_id).title
            except FasilitaattoriError:
                title = ""
        self.setWindowTitle(self.tr("%1 – Fasilitaattori").replace("%1", title) if title
                            else self.tr("Fasilitaattori"))
        counts = ""
        if title:
            found = workshop_counts(self.ctx.wb, workshop_id)
            counts = self.tr("%1 — %2 agenda blocks, %3 notes, %4 open tasks").replace("%1", title).replace(
                "%2", str(found.blocks)).replace("%3", str(found.notes)).replace("%4", str(found.open_tasks))
        self._workshop_label.setText(counts)

    def _changed(self, entity: str) -> None:
        if entity in ("note", "agenda_item", "task") and self.ctx.workshop_id:
            self._show_title(self.ctx.workshop_id)  # the counts in the status bar
            return
        if entity in ("", "workshop") and self.ctx.workshop_id:
            try:
                workshops.get(self.ctx.wb, self.ctx.workshop_id)
            except FasilitaattoriError:
                self.ctx.select_workshop("")  # deleted (or undone): nothing stays open on a ghost
                return
            self._show_title(self.ctx.workshop_id)
        self._update_actions()

    def _tab_shown(self, index: int) -> None:
        page = self.tabs.widget(index)
        if isinstance(page, LazyPage):
            page.build()

    def tab(self, key: str) -> QWidget | None:
        """The workshop tab named `key` (built if it was not yet shown)."""
        for page in self.pages:
            if page.spec.key == key:
                return page.build()
        return None

    def show_tab(self, key_or_index: str | int) -> QWidget | None:
        if isinstance(key_or_index, int):
            index = key_or_index
        else:
            keys = [p.spec.key for p in self.pages]
            if key_or_index not in keys:
                return None
            index = keys.index(key_or_index)
        if not 0 <= index < len(self.pages):
            return None
        self.stack.setCurrentWidget(self.tabs)
        self.tabs.setCurrentIndex(index)
        return self.pages[index].build()

    def library(self) -> QWidget:
        if self._library is None:
            from .library_view import LibraryView

            self._library = LibraryView(self.ctx)
            self._library.setObjectName("library")
            self._library.added_to_agenda.connect(lambda: self.show_tab("agenda"))
            self.stack.addWidget(self._library)
        return self._library

    def show_library(self, method_id: str = "") -> None:
        library = self.library()
        self.stack.setCurrentWidget(library)
        if method_id:
            library.show_method(method_id)  # type: ignore[attr-defined]
        library.setFocus()

    def focus_filter(self) -> None:
        self.sidebar.filter.setFocus()
        self.sidebar.filter.selectAll()

    def switch_focus(self) -> None:
        """F6: between the workshop list and the open page."""
        focus = QApplication.focusWidget()
        if focus is not None and self.sidebar.isAncestorOf(focus):
            page = self.stack.currentWidget()
            if page is self.tabs:
                self.tabs.tabBar().setFocus()
            else:
                page.setFocus()
        else:
            self.sidebar.tree.setFocus()

    # -- dialogs ---------------------------------------------------------------------
    def open_search(self) -> None:
        from .search_dialog import SearchDialog

        dialog = SearchDialog(self.ctx, self)
        dialog.hit_chosen.connect(self.open_hit)
        dialog.open()

    def open_hit(self, hit: SearchHit) -> None:
        """Show a search result where it lives."""
        if hit.kind == "method":
            self.show_library(hit.ref_id)
            return
        workshop_id = hit.workshop_id or (hit.ref_id if hit.kind == "workshop" else "")
        if not workshop_id:
            return
        self.sidebar.filter.clear()
        self.open_workshop(workshop_id)
        target = {"workshop": "overview", "note": "notes", "task": "tasks"}.get(hit.kind, "overview")
        widget = self.show_tab(target) or self.show_tab("overview")
        reveal = getattr(widget, "reveal", None)
        if callable(reveal):
            reveal(hit.ref_id)  # the tab selects the row it holds, when it knows how

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- remembered between runs -----------------------------------------------------
    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        keys = [p.spec.key for p in self.pages]
        tab = str(self.settings.value("window/tab", "") or "")
        self.tabs.setCurrentIndex(keys.index(tab) if tab in keys else 0)
        last = str(self.settings.value("window/workshop", "") or "")
        if last:
            try:
                workshops.get(self.ctx.wb, last)
            except FasilitaattoriError:
                last = ""
        if last:
            self.ctx.select_workshop(last)
            self.sidebar._select(last)
        self._workshop_selected(last)
        self._tab_shown(self.tabs.currentIndex())

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        page = self.tabs.currentWidget()
        self.settings.setValue("window/tab", page.objectName() if page else "")
        self.settings.setValue("window/workshop", self.ctx.workshop_id)
        self.settings.sync()

    def sync_on_start(self) -> None:
        """After the window has appeared: sync with the folder if the user asked for it."""
        from .sync_actions import sync_if_automatic

        sync_if_automatic(self, self.ctx)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        # Every edit is already committed: a text box being typed in saves on losing focus.
        focus = QApplication.focusWidget()
        if focus is not None:
            focus.clearFocus()
        from .sync_actions import jobs_before_closing

        if jobs_before_closing(self, self.ctx):
            event.ignore()  # closed again when they end
            return
        self.save_state()
        event.accept()
