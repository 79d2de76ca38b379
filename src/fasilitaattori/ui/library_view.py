"""The method library: browse and search (name, purpose, tags, duration, group size), preview,
add several methods to the open workshop's agenda at once, see a method's worksheet, and create
or edit one's own methods.

Several methods are picked with Space or Ctrl+click; the arrow keys move without dropping what
was picked, and the picks survive a new search, so a whole agenda is gathered in one visit.
`MethodPickerDialog` is the same view in a dialog, used by the Agenda tab's "Add from library".
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.agenda import add_from_method, agenda_items
from ..core.browse import method_tags
from ..core.methods import find_methods, methods
from ..core.workshops import workshops
from ..errors import FasilitaattoriError
from ..store.models import Method
from .context import UiContext
from .method_list import ID_ROLE, MethodList, method_row
from .method_picture import MethodPicture
from .method_preview import layout_label, preview_html

__all__ = ["LibraryView", "layout_label"]


class LibraryView(QWidget):
    added_to_agenda = Signal(str)  # agenda block id (the last one added)
    methods_chosen = Signal(list)  # method ids in the order picked (picker mode)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, picker: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.picker = picker
        self.methods: list[Method] = []

        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        self.search.setPlaceholderText(self.tr("Search by name, purpose or tag"))
        self.search.setAccessibleName(self.tr("Search methods"))
        self.search.setClearButtonEnabled(True)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the methods"))
        for key, label in (("fi", self.tr("Finnish")), ("sv", self.tr("Swedish")), ("en", self.tr("English")),
                           ("", self.tr("All languages"))):
            self.language.addItem(label, key)
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Tag"))
        self.duration = QSpinBox()
        self.duration.setRange(0, 480)
        self.duration.setSingleStep(15)
        self.duration.setSpecialValueText(self.tr("any length"))
        self.duration.setPrefix(self.tr("at most "))
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Longest duration"))
        self.group = QSpinBox()
        self.group.setRange(0, 1000)
        self.group.setSpecialValueText(self.tr("any group size"))
        self.group.setPrefix(self.tr("for "))
        self.group.setSuffix(self.tr(" people"))
        self.group.setAccessibleName(self.tr("Group size"))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.language.currentIndexChanged.connect(lambda _i: self._language_changed())
        self.tag.currentIndexChanged.connect(lambda _i: self.reload())
        self.duration.valueChanged.connect(lambda _v: self._timer.start())
        self.group.valueChanged.connect(lambda _v: self._timer.start())

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.language, 1)
        filters.addWidget(self.tag, 1)
        filters.addWidget(self.duration, 1)
        filters.addWidget(self.group, 1)

        self.picked: list[str] = []  # method ids in the order they were picked
        self._reloading = False
        self.list = MethodList()
        self.list.setObjectName("methodList")
        self.list.setAccessibleName(self.tr("Methods"))
        self.list.setAccessibleDescription(self.tr(
            "Space or Ctrl+click picks several methods; Enter adds them to the agenda."))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels([self.tr("Method"), self.tr("Duration"), self.tr("Group"),
                                   self.tr("Worksheet"), self.tr("Source")])
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        if picker:  # in a dialog, Enter presses the default button (Add): activating would add twice
            self.list.itemDoubleClicked.connect(lambda *_: self.add_to_agenda())
        else:
            self.list.itemActivated.connect(lambda *_: self.add_to_agenda())
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.search.installEventFilter(self)
        self.count = QLabel()
        self.picked_label = QLabel()
        self.picked_label.setWordWrap(True)

        self.preview = QTextBrowser()
        self.preview.setObjectName("methodPreview")
        self.preview.setAccessibleName(self.tr("Method preview"))
        self.preview.setOpenLinks(False)
        self.picture = MethodPicture(ctx)  # the sheet it prints, above the text

        self.add_button = QPushButton(self.tr("&Add to agenda"))
        self.add_button.setDefault(picker)
        self.add_button.clicked.connect(self.add_to_agenda)
        self.sheet_button = QPushButton(self.tr("Wor&ksheet…"))
        self.sheet_button.setToolTip(self.tr("See the worksheet this method prints"))
        self.sheet_button.clicked.connect(self.preview_worksheet)
        self.new_button = QPushButton(self.tr("&New method…"))
        self.new_button.clicked.connect(lambda: self.edit_method(""))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(lambda: self.edit_method(self.current_id()))
        self.copy_button = QPushButton(self.tr("&Copy as my own…"))
        self.copy_button.clicked.connect(lambda: self.edit_method(self.current_id(), copy=True))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.sheet_button)
        buttons.addStretch(1)
        for button in (self.new_button, self.edit_button, self.copy_button, self.delete_button):
            buttons.addWidget(button)
            button.setVisible(not picker)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.count)
        left_layout.addWidget(self.picked_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.picture)
        right_layout.addWidget(self.preview, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)  # the names tell methods apart: the list gets the room
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        title = QLabel(self.tr("Method library"))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        title.setVisible(not picker)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.search)

        self._choose_language()
        ctx.changed.connect(self._changed)
        ctx.workshop_selected.connect(lambda _id: self._update_buttons())

    # -- listing ---------------------------------------------------------------------
    def _choose_language(self) -> None:
        """Start with the open workshop's printout language: its agenda is printed in it."""
        language = "fi"
        if self.ctx.workshop_id:
            with contextlib.suppress(FasilitaattoriError):
                language = workshops.get(self.ctx.wb, self.ctx.workshop_id).language
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.blockSignals(False)
        self._language_changed()

    def _language_changed(self) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), "")
        for tag in method_tags(self.ctx.wb, self.language.currentData() or None):
            self.tag.addItem(tag, tag)
        self.tag.setCurrentIndex(max(0, self.tag.findData(current)))
        self.tag.blockSignals(False)
        self.reload()

    def _changed(self, entity: str) -> None:
        if entity in ("", "method"):
            self.reload()
        elif entity == "workshop":
            self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Down from the search box moves into the results."""
        if (watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Down and self.list.topLevelItemCount()):
            if self._timer.isActive():
                self.reload()  # the results of what was just typed
            if self.list.currentItem() is None:
                self.list.setCurrentItem(self.list.topLevelItem(0))
            self.list.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def reload(self) -> None:
        self._timer.stop()
        current = self.current_id()
        self.methods = find_methods(
            self.ctx.wb, language=self.language.currentData() or None, text=self.search.text(),
            tag=self.tag.currentData() or "", max_duration=self.duration.value() or None,
            group_size=self.group.value() or None)
        self._reloading = True
        self.list.blockSignals(True)
        self.list.clear()
        icon_size = max(10, self.fontMetrics().height() - 4)
        for method in self.methods:
            item = method_row(method, icon_size, self.tr("%n min", "", method.duration_min))
            self.list.addTopLevelItem(item)
            if method.id in self.picked:
                item.setSelected(True)
        self.list.blockSignals(False)
        self._reloading = False
        # "own method" is the exception: the column shows only when the list has one.
        self.list.setColumnHidden(4, all(m.builtin for m in self.methods))
        self._show_picked()
        self.count.setText(self.tr("%n methods", "", len(self.methods)))
        if not self.show_method(current, quiet=True) and self.methods:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._show_current()

    def current_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(0, ID_ROLE)) if item is not None else ""

    def current(self) -> Method | None:
        method_id = self.current_id()
        return next((m for m in self.methods if m.id == method_id), None)

    def show_method(self, method_id: str, quiet: bool = False) -> bool:
        """Select a method; when it is filtered out, clear the filters and try again."""
        if not method_id:
            return False
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item.data(0, ID_ROLE) == method_id:
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item)
                return True
        if quiet:
            return False
        try:
            method = methods.get(self.ctx.wb, method_id)
        except FasilitaattoriError:
            return False
        self.search.clear()
        self.duration.setValue(0)
        self.group.setValue(0)
        self.tag.setCurrentIndex(0)
        self.language.setCurrentIndex(max(0, self.language.findData(method.language)))
        self.reload()
        return self.show_method(method_id, quiet=True)

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if self._reloading:
            return
        for index in deselected.indexes():
            if index.column() == 0 and index.data(ID_ROLE) in self.picked:
                self.picked.remove(index.data(ID_ROLE))
        for index in selected.indexes():
            if index.column() == 0 and index.data(ID_ROLE) not in self.picked:
                self.picked.append(str(index.data(ID_ROLE)))
        self._show_picked()

    def _show_picked(self) -> None:
        names = {m.id: m.name for m in self.methods}
        if not self.picked:
            self.picked_label.setText(self.tr("Space or Ctrl+click picks several methods."))
        else:
            shown = [names.get(i) or self._name_of(i) for i in self.picked]
            self.picked_label.setText(self.tr("%n picked: %1", "", len(self.picked)).replace(
                "%1", ", ".join(shown)))
        self._update_buttons()

    def _name_of(self, method_id: str) -> str:
        with contextlib.suppress(FasilitaattoriError):
            return methods.get(self.ctx.wb, method_id).name
        return "?"

    def _show_current(self) -> None:
        method = self.current()
        self.preview.setHtml(preview_html(method, self.tr("%n min", "", method.duration_min)) if method else "")
        self.picture.show_method(method)
        self._update_buttons()

    def _update_buttons(self) -> None:
        method = self.current()
        self.add_button.setEnabled((method is not None or bool(self.picked)) and bool(self.ctx.workshop_id))
        self.add_button.setText(self.tr("&Add %n to agenda", "", len(self.picked)) if len(self.picked) > 1
                                else self.tr("&Add to agenda"))
        self.sheet_button.setEnabled(method is not None)
        self.add_button.setToolTip("" if self.ctx.workshop_id else self.tr("Choose a workshop first."))
        self.edit_button.setEnabled(method is not None and not method.builtin)
        self.copy_button.setEnabled(method is not None)
        self.delete_button.setEnabled(method is not None and not method.builtin)

    # -- actions ---------------------------------------------------------------------
    def chosen_ids(self) -> list[str]:
        """What Enter adds: the picked methods in the order picked, else the one under the cursor."""
        return list(self.picked) or ([self.current_id()] if self.current_id() else [])

    def clear_picks(self) -> None:
        self.picked.clear()
        self._reloading = True
        self.list.clearSelection()
        self._reloading = False
        self._show_picked()

    def add_to_agenda(self) -> None:
        chosen = self.chosen_ids()
        if not chosen or not self.ctx.workshop_id:
            return
        if self.picker:
            self.methods_chosen.emit(chosen)
            return
        workshop_id = self.ctx.workshop_id
        last = ""
        self.ctx.undo_stack.beginMacro(self.tr("Add methods to agenda"))
        try:
            for method_id in chosen:
                row = self.ctx.create(agenda_items, self.tr("Add method to agenda"),
                                      make=lambda m=method_id: add_from_method(self.ctx.wb, workshop_id, m))
                if row is None:
                    break
                last = row.id
        finally:
            self.ctx.undo_stack.endMacro()
        if last:
            self.clear_picks()
            self.added_to_agenda.emit(last)

    def preview_worksheet(self) -> None:
        from .worksheet_preview import WorksheetPreview

        method = self.current()
        if method is None:
            return
        dialog = WorksheetPreview(self.ctx, method.id, method.name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def edit_method(self, method_id: str, copy: bool = False) -> None:
        from .method_editor import MethodEditor

        dialog = MethodEditor(self.ctx, method_id, self, copy=copy,
                              language=self.language.currentData() or "fi")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda saved_id: self.show_method(saved_id))
        dialog.open()

    def delete_current(self) -> None:
        method = self.current()
        if method is not None and not method.builtin:
            self.ctx.delete(methods, method.id, self.tr("Delete method"))
