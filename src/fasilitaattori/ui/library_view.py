"""The method library: browse and search (name, purpose, tags, duration, group size), preview,
add to the open workshop's agenda, and create or edit one's own methods.

`MethodPickerDialog` is the same view in a dialog, used by the Agenda tab's "Add from library".
"""

from __future__ import annotations

import contextlib
import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.agenda import add_from_method, agenda_items
from ..core.browse import method_tags
from ..core.methods import find_methods, methods, worksheet_of
from ..core.workshops import workshops
from ..errors import FasilitaattoriError
from ..store.models import Method
from .agenda_model import category_icon, category_label
from .context import UiContext
from .fill import fill

ID_ROLE = Qt.ItemDataRole.UserRole


def layout_label(layout: str) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {"boxes": QCoreApplication.translate("Library", "Boxes"),
             "levels": QCoreApplication.translate("Library", "Levels"),
             "circles": QCoreApplication.translate("Library", "Concentric circles"),
             "grid2x2": QCoreApplication.translate("Library", "2 × 2 grid"),
             "table": QCoreApplication.translate("Library", "Table")}
    return names.get(layout, layout)


class LibraryView(QWidget):
    added_to_agenda = Signal(str)  # agenda block id
    method_chosen = Signal(str)  # method id (picker mode)

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

        self.list = QTreeWidget()
        self.list.setObjectName("methodList")
        self.list.setAccessibleName(self.tr("Methods"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels([self.tr("Method"), self.tr("Duration"), self.tr("Group"), self.tr("Kind")])
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.list.itemActivated.connect(lambda *_: self.add_to_agenda())
        self.count = QLabel()

        self.preview = QTextBrowser()
        self.preview.setObjectName("methodPreview")
        self.preview.setAccessibleName(self.tr("Method preview"))
        self.preview.setOpenLinks(False)

        self.add_button = QPushButton(self.tr("&Add to agenda"))
        self.add_button.setDefault(picker)
        self.add_button.clicked.connect(self.add_to_agenda)
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
        buttons.addStretch(1)
        for button in (self.new_button, self.edit_button, self.copy_button, self.delete_button):
            buttons.addWidget(button)
            button.setVisible(not picker)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
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

    def reload(self) -> None:
        self._timer.stop()
        current = self.current_id()
        self.methods = find_methods(
            self.ctx.wb, language=self.language.currentData() or None, text=self.search.text(),
            tag=self.tag.currentData() or "", max_duration=self.duration.value() or None,
            group_size=self.group.value() or None)
        self.list.blockSignals(True)
        self.list.clear()
        for method in self.methods:
            group = f"{method.group_min}–{method.group_max}"
            kind = self.tr("built-in") if method.builtin else self.tr("own")
            item = QTreeWidgetItem([method.name, self.tr("%n min", "", method.duration_min), group, kind])
            item.setIcon(0, category_icon(method.category, max(10, self.fontMetrics().height() - 4)))
            item.setData(0, ID_ROLE, method.id)
            item.setToolTip(0, category_label(method.category))
            self.list.addTopLevelItem(item)
        self.list.blockSignals(False)
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

    def _show_current(self) -> None:
        method = self.current()
        self.preview.setHtml(self.preview_html(method) if method else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        method = self.current()
        self.add_button.setEnabled(method is not None and bool(self.ctx.workshop_id))
        self.add_button.setToolTip("" if self.ctx.workshop_id else self.tr("Choose a workshop first."))
        self.edit_button.setEnabled(method is not None and not method.builtin)
        self.copy_button.setEnabled(method is not None)
        self.delete_button.setEnabled(method is not None and not method.builtin)

    def preview_html(self, method: Method) -> str:
        esc = html.escape
        # Texts are translated outside the f-strings: lupdate does not look inside them.
        minutes = self.tr("%n min", "", method.duration_min)
        people = fill(self.tr("%1–%2 people"), method.group_min, method.group_max)
        steps_heading, materials_heading = self.tr("Steps"), self.tr("Materials")
        tags_label, worksheet_label, layout_heading = self.tr("Tags"), self.tr("Worksheet"), self.tr("Layout")
        parts = [f"<h2>{esc(method.name)}</h2>",
                 f"<p><b>{esc(category_label(method.category))}</b> · {esc(minutes)} · {esc(people)}</p>"]
        if method.purpose:
            parts.append(f"<p>{esc(method.purpose)}</p>")
        steps = [s for s in method.steps.splitlines() if s.strip()]
        if steps:
            parts.append(f"<h3>{esc(steps_heading)}</h3><ol>")
            parts.extend(f"<li>{esc(s)}</li>" for s in steps)
            parts.append("</ol>")
        materials = [m for m in method.materials.splitlines() if m.strip()]
        if materials:
            parts.append(f"<h3>{esc(materials_heading)}</h3><ul>")
            parts.extend(f"<li>{esc(m)}</li>" for m in materials)
            parts.append("</ul>")
        if method.tags:
            parts.append(f"<p><i>{esc(tags_label)}: {esc(method.tags)}</i></p>")
        try:
            spec = worksheet_of(method)
        except ValueError:
            spec = None
        if spec is not None:
            parts.append(f"<h3>{esc(worksheet_label)}: {esc(spec.title)}</h3>")
            parts.append(f"<p>{esc(layout_heading)}: {esc(layout_label(spec.layout))}</p>")
            items = list(spec.prompts or spec.columns)
            if items:
                parts.append("<ul>" + "".join(f"<li>{esc(p)}</li>" for p in items) + "</ul>")
        return "".join(parts)

    # -- actions ---------------------------------------------------------------------
    def add_to_agenda(self) -> None:
        method = self.current()
        if method is None or not self.ctx.workshop_id:
            return
        if self.picker:
            self.method_chosen.emit(method.id)
            return
        workshop_id = self.ctx.workshop_id
        row = self.ctx.create(agenda_items, self.tr("Add method to agenda"),
                              make=lambda: add_from_method(self.ctx.wb, workshop_id, method.id))
        if row is not None:
            self.added_to_agenda.emit(row.id)

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


class MethodPickerDialog(QDialog):
    """The library in a dialog: choose a method and it is added to the agenda."""

    method_chosen = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add from the method library"))
        self.view = LibraryView(ctx, self, picker=True)
        self.view.method_chosen.connect(self._chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(1100, 620)
        self.view.search.setFocus()

    def _chosen(self, method_id: str) -> None:
        self.method_chosen.emit(method_id)
        self.accept()

