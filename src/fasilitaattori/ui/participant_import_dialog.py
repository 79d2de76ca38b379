"""Import participants from a CSV file: check how the columns map to our fields in a preview,
then add everyone in one undoable step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import participants
from ..core.participant_import import FIELDS, CsvTable, import_participants, mapped_rows, suggest_mapping
from .context import UiContext
from .fill import fill

PREVIEW_ROWS = 8
FIELD_LABELS = {
    "display_name": QT_TRANSLATE_NOOP("ParticipantImport", "Name"),
    "organisation": QT_TRANSLATE_NOOP("ParticipantImport", "Organisation"),
    "municipality": QT_TRANSLATE_NOOP("ParticipantImport", "Municipality"),
    "role": QT_TRANSLATE_NOOP("ParticipantImport", "Role"),
    "contact": QT_TRANSLATE_NOOP("ParticipantImport", "Contact"),
    "diet": QT_TRANSLATE_NOOP("ParticipantImport", "Diet"),
    "other_needs": QT_TRANSLATE_NOOP("ParticipantImport", "Other needs"),
}
ENCODINGS = {"utf-8-sig": "UTF-8", "utf-8": "UTF-8", "cp1252": "Windows-1252"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ParticipantImport", text)


class ParticipantImportDialog(QDialog):
    def __init__(self, ctx: UiContext, table: CsvTable, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = table
        self.workshop_id = workshop_id
        self.imported: list[str] = []
        self.setWindowTitle(self.tr("Import participants"))
        self.resize(1000, 620)

        separator = {";": self.tr("semicolon"), ",": self.tr("comma"), "\t": self.tr("tab")}.get(
            table.delimiter, table.delimiter)
        about = QLabel(fill(self.tr("%1: %2 rows, read as %3 text separated by %4. Check which column goes "
                                    "to which field; columns set to \u201cDo not import\u201d are left out."),
                            table.name, len(table.rows), ENCODINGS.get(table.encoding, table.encoding), separator))
        about.setWordWrap(True)

        suggestion = suggest_mapping(table.header)
        self.column_boxes: list[QComboBox] = []
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        for index, title in enumerate(table.header):
            caption = QLabel(title or fill(self.tr("Column %1"), str(index + 1)))
            caption.setTextFormat(Qt.TextFormat.PlainText)
            box = QComboBox()
            box.addItem(self.tr("Do not import"), "")
            for field in FIELDS:
                box.addItem(_tr(FIELD_LABELS[field]), field)
            box.setCurrentIndex(max(0, box.findData(suggestion.get(index, ""))))
            box.setAccessibleName(fill(self.tr("Field for column %1"), caption.text()))
            caption.setBuddy(box)
            box.currentIndexChanged.connect(lambda _i: self.update_preview())
            grid.addWidget(caption, index // 3, (index % 3) * 2)
            grid.addWidget(box, index // 3, (index % 3) * 2 + 1)
            self.column_boxes.append(box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_widget)
        scroll.setMaximumHeight(max(140, grid_widget.sizeHint().height() + 8))
        mapping_box = QGroupBox(self.tr("Columns"))
        QVBoxLayout(mapping_box).addWidget(scroll)

        self.preview = QTableWidget(0, len(FIELDS))
        self.preview.setHorizontalHeaderLabels([_tr(FIELD_LABELS[f]) for f in FIELDS])
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview.setAccessibleName(self.tr("Preview of the first rows"))
        preview_box = QGroupBox(self.tr("Preview of the first rows"))
        QVBoxLayout(preview_box).addWidget(self.preview)

        self.attending = QCheckBox(self.tr("Mark everyone as &attending this workshop"))
        self.attending.setChecked(bool(workshop_id))
        self.attending.setEnabled(bool(workshop_id))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(mapping_box)
        layout.addWidget(preview_box, 1)
        layout.addWidget(self.attending)
        layout.addWidget(self.buttons)
        self.update_preview()

    def mapping(self) -> dict[int, str]:
        return {i: box.currentData() for i, box in enumerate(self.column_boxes) if box.currentData()}

    def update_preview(self) -> None:
        mapping = self.mapping()
        rows = [r for r in mapped_rows(self.table, mapping) if r]
        shown = rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(shown))
        for r, values in enumerate(shown):
            for c, field in enumerate(FIELDS):
                self.preview.setItem(r, c, QTableWidgetItem(values.get(field, "")))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Import %n people", "", len(rows)))
        ok.setEnabled(bool(mapping) and bool(rows))

    def run_import(self) -> None:
        wb, table, mapping = self.ctx.wb, self.table, self.mapping()
        workshop_id = self.workshop_id if self.attending.isChecked() else None
        holder: list[str] = []

        def do() -> list[str]:
            holder[:] = import_participants(wb, table, mapping, workshop_id).ids
            return holder

        def undo() -> None:
            for person_id in holder:
                participants.participants.delete(wb, person_id)

        def redo() -> None:
            for person_id in holder:
                participants.participants.restore(wb, person_id)

        done = self.ctx.run(self.tr("Import %n participants", "", len(table.rows)), do, undo, "participant",
                            redo=redo)
        if done is None:
            return  # the error was shown; the store is unchanged and the dialog stays open
        self.imported = list(holder)
        self.accept()


def choose_and_import(ctx: UiContext, workshop_id: str, parent: QWidget | None, path: Path | None = None) -> bool:
    """Ask for a file (unless given), read it and open the mapping preview; True if people were added."""
    from PySide6.QtWidgets import QFileDialog

    from ..core.participant_import import read_csv

    if path is None:
        name, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("ParticipantImport", "Import participants from a CSV file"), "",
                                              QCoreApplication.translate("ParticipantImport", "CSV files (*.csv *.txt);;All files (*)"))
        if not name:
            return False
        path = Path(name)
    try:
        table = read_csv(path)
    except Exception as exc:  # noqa: BLE001 - one sentence for the user
        ctx.report(exc)
        return False
    dialog = ParticipantImportDialog(ctx, table, workshop_id, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
