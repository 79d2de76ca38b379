"""Create or edit one's own method, including the worksheet spec the printouts are made from.

Nothing is written until Save; then it is one undoable step. A spec that cannot be printed
(e.g. a 2 × 2 grid without four prompts) is explained in one sentence and the dialog stays open.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.methods import CATEGORIES, create_method, methods
from ..core.worksheet_spec import LAYOUTS, WorksheetSpec, WorksheetSpecError
from ..errors import FasilitaattoriError
from .agenda_model import category_icon, category_label, own_category_keys
from .categories_dialog import read_own_categories
from .context import UiContext, error_text
from .method_preview import layout_label


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class WorksheetEditor(QGroupBox):
    """The worksheet spec: layout, title, instructions, prompts, columns, rows, box sizes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Worksheet for printing"))
        self.setCheckable(True)
        self.setChecked(False)
        self.layout_box = QComboBox()
        for key in LAYOUTS:
            self.layout_box.addItem(layout_label(key), key)
        self.title = QLineEdit()
        self.instructions = QPlainTextEdit()
        self.instructions.setTabChangesFocus(True)
        self.prompts = QPlainTextEdit()
        self.prompts.setTabChangesFocus(True)
        self.prompts.setPlaceholderText(self.tr("One prompt on each line"))
        self.columns = QPlainTextEdit()
        self.columns.setTabChangesFocus(True)
        self.columns.setPlaceholderText(self.tr("One column heading on each line"))
        self.rows = QSpinBox()
        self.rows.setRange(0, 60)
        self.center = QLineEdit()
        self.box_lines = QLineEdit()
        self.box_lines.setPlaceholderText(self.tr("e.g. 3, 3, 6 (empty: equal sizes)"))
        self._kept: WorksheetSpec | None = None
        for box in (self.instructions, self.prompts, self.columns):
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 12)
        form = QFormLayout()
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addStretch(1)
        form.addRow(self.tr("La&yout:"), self.layout_box)
        form.addRow(self.tr("Worksheet t&itle:"), self.title)
        form.addRow(self.tr("Instructions:"), self.instructions)
        form.addRow(self.tr("Prompts:"), self.prompts)
        form.addRow(self.tr("Table columns:"), self.columns)
        form.addRow(self.tr("Table rows:"), self.rows)
        form.addRow(self.tr("Centre label:"), self.center)
        form.addRow(self.tr("Box sizes:"), self.box_lines)
        self.instructions.setAccessibleName(self.tr("Worksheet instructions"))
        self.prompts.setAccessibleName(self.tr("Prompts"))
        self.columns.setAccessibleName(self.tr("Table columns"))
        self.layout_box.currentIndexChanged.connect(lambda _i: self._layout_changed())
        self._form = form
        self._layout_changed()

    def _layout_changed(self) -> None:
        layout = self.layout_box.currentData()
        for widget, shown in ((self.columns, layout == "table"), (self.rows, layout == "table"),
                              (self.center, layout == "circles"),
                              (self.box_lines, layout in ("boxes", "levels"))):
            widget.setVisible(shown)
            label = self._form.labelForField(widget)
            if label is not None:
                label.setVisible(shown)

    def set_spec(self, spec: WorksheetSpec | None) -> None:
        self.setChecked(spec is not None)
        self._kept = spec  # what the form does not show (persona box, poster, personal) is kept
        if spec is None:
            return
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(spec.layout)))
        self.title.setText(spec.title)
        self.instructions.setPlainText(spec.instructions)
        self.prompts.setPlainText("\n".join(spec.prompts))
        self.columns.setPlainText("\n".join(spec.columns))
        self.rows.setValue(spec.rows)
        self.center.setText(spec.center_label)
        self.box_lines.setText(", ".join(str(n) for n in spec.box_lines))

    def spec(self) -> WorksheetSpec | None:
        """The spec as typed, or None when the method has no worksheet; raises WorksheetSpecError."""
        if not self.isChecked():
            return None
        layout = self.layout_box.currentData()
        try:
            sizes = tuple(int(p) for p in self.box_lines.text().replace(";", ",").split(",") if p.strip())
        except ValueError:
            raise WorksheetSpecError("Box sizes must be whole numbers separated by commas.") from None
        table = layout == "table"
        kept = self._kept
        return WorksheetSpec(
            layout=layout, title=self.title.text().strip(), instructions=self.instructions.toPlainText().strip(),
            prompts=_lines(self.prompts.toPlainText()),  # on a table: the rows' labels (levels)
            personal=kept.personal if kept else False, poster=kept.poster if kept else False,
            top_box=kept.top_box if kept else (),
            columns=_lines(self.columns.toPlainText()) if table else (),
            rows=self.rows.value() if table else 0,
            center_label=self.center.text().strip() if layout == "circles" else "",
            box_lines=sizes if layout in ("boxes", "levels") else ())


class MethodEditor(QDialog):
    saved = Signal(str)  # method id

    def __init__(self, ctx: UiContext, method_id: str = "", parent: QWidget | None = None, *,
                 copy: bool = False, language: str = "fi") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.method_id = "" if copy else method_id
        source = methods.get(ctx.wb, method_id) if method_id else None
        if self.method_id:
            self.setWindowTitle(self.tr("Edit method"))
        else:
            self.setWindowTitle(self.tr("New method"))

        self.name = QLineEdit()
        self.name.setObjectName("methodName")
        self.purpose = QPlainTextEdit()
        self.steps = QPlainTextEdit()
        self.steps.setPlaceholderText(self.tr("One step on each line"))
        self.materials = QPlainTextEdit()
        self.materials.setPlaceholderText(self.tr("One material on each line"))
        for box in (self.purpose, self.steps, self.materials):
            box.setTabChangesFocus(True)
        self.purpose.setFixedHeight(self.purpose.fontMetrics().lineSpacing() * 3 + 12)
        self.materials.setFixedHeight(self.materials.fontMetrics().lineSpacing() * 3 + 12)
        self.category = QComboBox()
        read_own_categories(ctx.wb)  # a block saved to My blocks may have an own category: keep it
        for key in (*CATEGORIES, *own_category_keys()):
            self.category.addItem(category_icon(key), category_label(key), key)
        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(5)
        self.duration.setValue(30)
        self.duration.setSuffix(self.tr(" min"))
        self.group_min = QSpinBox()
        self.group_min.setRange(1, 10_000)
        self.group_min.setAccessibleName(self.tr("Smallest group"))
        self.group_max = QSpinBox()
        self.group_max.setRange(1, 10_000)
        self.group_max.setValue(30)
        self.group_max.setAccessibleName(self.tr("Largest group"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. dialogue, small groups"))
        self.language = QComboBox()
        for key, label in (("fi", self.tr("Finnish")), ("sv", self.tr("Swedish")), ("en", self.tr("English"))):
            self.language.addItem(label, key)
        self.worksheet = WorksheetEditor()
        self.error = QLabel()
        self.error.setObjectName("methodError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #842029; }")
        self.error.hide()

        group = QHBoxLayout()
        group.addWidget(self.group_min)
        group.addWidget(QLabel(self.tr("–")))
        group.addWidget(self.group_max)
        group.addWidget(QLabel(self.tr("people")))
        group.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Purpose:"), self.purpose)
        form.addRow(self.tr("&Steps:"), self.steps)
        form.addRow(self.tr("&Materials:"), self.materials)
        form.addRow(self.tr("&Category:"), self.category)
        form.addRow(self.tr("&Duration:"), self.duration)
        group_label = QLabel(self.tr("&Group size:"))
        group_label.setBuddy(self.group_min)
        form.addRow(group_label, group)
        form.addRow(self.tr("&Tags:"), self.tags)
        form.addRow(self.tr("&Language:"), self.language)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addWidget(self.worksheet, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(1100, 640)

        if source is not None:
            self._load(source, copy)
        else:
            self.language.setCurrentIndex(max(0, self.language.findData(language)))

    def _load(self, method: Any, copy: bool) -> None:
        from ..core.methods import worksheet_of

        self.name.setText(self.tr("%1 (own)").replace("%1", method.name) if copy else method.name)
        self.purpose.setPlainText(method.purpose)
        self.steps.setPlainText(method.steps)
        self.materials.setPlainText(method.materials)
        self.category.setCurrentIndex(max(0, self.category.findData(method.category)))
        self.duration.setValue(method.duration_min)
        self.group_min.setValue(method.group_min)
        self.group_max.setValue(method.group_max)
        self.tags.setText(method.tags)
        self.language.setCurrentIndex(max(0, self.language.findData(method.language)))
        try:
            self.worksheet.set_spec(worksheet_of(method))
        except (ValueError, WorksheetSpecError):
            self.worksheet.set_spec(None)

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text(), "purpose": self.purpose.toPlainText(),
                "steps": self.steps.toPlainText(), "materials": self.materials.toPlainText(),
                "category": self.category.currentData(), "duration_min": self.duration.value(),
                "group_min": self.group_min.value(), "group_max": self.group_max.value(),
                "tags": self.tags.text(), "language": self.language.currentData()}

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def save(self) -> None:
        try:
            spec = self.worksheet.spec()
        except WorksheetSpecError as exc:
            self._fail(QCoreApplication.translate("errors", "The worksheet cannot be saved: {reason}")
                       .replace("{reason}", QCoreApplication.translate("errors", str(exc))))
            return
        values = self.values()
        worksheet = json.dumps(spec.to_dict(), ensure_ascii=False, sort_keys=True) if spec else ""
        wb = self.ctx.wb
        # Write first, outside the undo stack, so a refusal keeps the dialog open with its reason;
        # then record the done write as one undoable step.
        try:
            if self.method_id:
                method_id = self.method_id
                before = methods.get(wb, method_id)
                new = {**values, "worksheet": worksheet}
                old = {name: getattr(before, name) for name in new}
                row = methods.update(wb, method_id, **new)
                if old != new:
                    self.ctx.run(self.tr("Edit method"), lambda: row, lambda: methods.update(wb, method_id, **old),
                                 "method", redo=lambda: methods.update(wb, method_id, **new))
            else:
                row = create_method(wb, worksheet=spec, **values)
                new_id = row.id
                self.ctx.run(self.tr("New method"), lambda: row, lambda: methods.delete(wb, new_id), "method",
                             redo=lambda: methods.restore(wb, new_id))
        except FasilitaattoriError as exc:
            self._fail(error_text(exc))
            return
        self.saved.emit(row.id)
        self.accept()
