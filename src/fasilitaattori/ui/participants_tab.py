"""The Participants tab: who came to the workshop and from where.

Left: fast entry (every field optional; Enter adds and starts the next person), the list of
attendees, adding someone already known, and CSV import. Right: anonymous head counts by
municipality and organisation, and the totals of named and anonymous attendance together.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import participants as people
from ..core.workshops import workshops
from .column_fit import fit_columns
from .context import UiContext
from .fill import fill
from .person_details import PersonDetails, needs_summary
from .section import Section

ENTITIES = {"", "participant", "attendance", "head_count", "workshop"}


def _table(headers: list[str]) -> QTableWidget:
    """A read-only list whose columns fit their words and wrap (see column_fit)."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.setProperty("fitter", fit_columns(table))
    return table


def _fit(table: QTableWidget) -> None:
    table.property("fitter").fit()


class ParticipantsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = ""
        self.person_ids: list[str] = []

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.setToolTip(self.tr("Add people from a registration list saved as CSV; you check "
                                              "the columns in a preview first."))
        self.import_button.clicked.connect(self.import_csv)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.import_button)

        # -- fast entry --------------------------------------------------------------------------
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Name (optional)"))
        self.org_edit = QLineEdit()
        self.municipality_edit = QLineEdit()
        self.role_edit = QLineEdit()
        self.add_button = QPushButton(self.tr("&Add person"))
        self.add_button.clicked.connect(self.add_person)
        entry = QFormLayout()
        entry_box = Section(self.tr("Add a participant (Enter adds, every field is optional)"), entry)
        entry.addRow(self.tr("&Name:"), self.name_edit)
        entry.addRow(self.tr("&Organisation:"), self.org_edit)
        entry.addRow(self.tr("&Municipality:"), self.municipality_edit)
        entry.addRow(self.tr("&Role:"), self.role_edit)
        entry.addRow("", self.add_button)
        for edit in (self.name_edit, self.org_edit, self.municipality_edit, self.role_edit):
            edit.returnPressed.connect(self.add_person)

        self.people_table = _table([self.tr("Name"), self.tr("Organisation"), self.tr("Municipality"),
                                    self.tr("Role"), self.tr("Needs")])
        self.people_table.setAccessibleName(self.tr("Participants of this workshop"))
        self.people_table.itemSelectionChanged.connect(self._person_chosen)
        self.details = PersonDetails(ctx)
        self.known_box = QComboBox()
        self.known_box.setEditable(True)
        self.known_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.known_box.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.known_box.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.known_box.setAccessibleName(self.tr("Someone already known"))
        known_caption = QLabel(self.tr("&Known person:"))
        known_caption.setBuddy(self.known_box)
        self.attend_button = QPushButton(self.tr("Mark as a&ttending"))
        self.attend_button.clicked.connect(self.attend_known)
        self.remove_button = QPushButton(self.tr("&Not attending"))
        self.remove_button.setToolTip(self.tr("Take the selected people off this workshop "
                                              "(they stay in the register)."))
        self.remove_button.clicked.connect(self.remove_selected)
        known_row = QHBoxLayout()
        known_row.addWidget(known_caption)
        known_row.addWidget(self.known_box, 1)
        known_row.addWidget(self.attend_button)
        known_row.addWidget(self.remove_button)
        people_layout = QVBoxLayout()
        self.people_box = Section("", people_layout)
        people_layout.addWidget(self.people_table, 1)
        people_layout.addLayout(known_row)
        people_layout.addWidget(self.details)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(entry_box)
        left_layout.addWidget(self.people_box, 1)

        # -- anonymous head counts and totals ----------------------------------------------------
        self.head_municipality = QLineEdit()
        self.head_organisation = QLineEdit()
        self.head_count = QSpinBox()
        self.head_count.setRange(0, 100_000)
        self.head_button = QPushButton(self.tr("Save count"))
        self.head_button.setToolTip(self.tr("Sets the number for this municipality and organisation; "
                                            "0 removes it from the totals."))
        self.head_button.clicked.connect(self.save_head_count)
        head_form = QFormLayout()
        head_box = Section(self.tr("Anonymous head counts"), head_form)
        head_form.addRow(self.tr("Municipality:"), self.head_municipality)
        head_form.addRow(self.tr("Organisation:"), self.head_organisation)
        head_form.addRow(self.tr("How many:"), self.head_count)
        head_form.addRow("", self.head_button)
        self.heads_table = _table([self.tr("Municipality"), self.tr("Organisation"), self.tr("Count")])
        self.heads_table.setAccessibleName(self.tr("Anonymous head counts"))
        self.heads_table.itemSelectionChanged.connect(self._head_chosen)
        head_form.addRow(self.heads_table)

        self.total_label = QLabel()
        font = self.total_label.font()
        font.setBold(True)
        self.total_label.setFont(font)
        self.by_municipality = _table([self.tr("Municipality"), self.tr("People")])
        self.by_municipality.setAccessibleName(self.tr("Attendance by municipality"))
        self.by_organisation = _table([self.tr("Organisation"), self.tr("People")])
        self.by_organisation.setAccessibleName(self.tr("Attendance by organisation"))
        totals = QVBoxLayout()
        totals_box = Section(self.tr("Attendance, named and anonymous together"), totals)
        totals.addWidget(self.total_label)
        # One above the other: side by side, the organisations' counts went past the edge.
        totals.addWidget(self.by_municipality)
        totals.addWidget(self.by_organisation)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(head_box, 1)
        right_layout.addWidget(totals_box, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([900, 460])  # the people and their needs need the room
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        ctx.workshop_selected.connect(self.show_workshop)
        ctx.changed.connect(self._on_changed)  # a bound method: disconnected when the tab goes
        self.show_workshop(ctx.workshop_id)

    # -- showing ------------------------------------------------------------------------------
    def show_workshop(self, workshop_id: str) -> None:
        self.workshop_id = workshop_id
        self.refresh()

    def _on_changed(self, entity: str) -> None:
        if entity in ENTITIES:
            self.refresh()

    def refresh(self) -> None:
        wb = self.ctx.wb
        try:
            title = workshops.get(wb, self.workshop_id).title if self.workshop_id else ""
        except Exception:  # noqa: BLE001 - deleted meanwhile
            self.workshop_id, title = "", ""
        self.title.setText(fill(self.tr("Participants: %1"), title) if title
                           else self.tr("Choose a workshop to see its participants."))
        for widget in (self.import_button, self.add_button, self.attend_button, self.remove_button,
                       self.head_button):
            widget.setEnabled(bool(self.workshop_id))
        attending = people.list_participants(wb, self.workshop_id) if self.workshop_id else []
        chosen = self.details.person_id
        self.person_ids = [p.id for p in attending]
        self.people_table.blockSignals(True)  # the refill keeps the chosen person, below
        self.people_table.clearSelection()
        self.people_box.set_heading(self.tr("%n named participants", "", len(attending)))
        self.people_table.setRowCount(len(attending))
        for r, person in enumerate(attending):
            cells = [person.display_name or self.tr("(no name)"), person.organisation, person.municipality,
                     person.role, needs_summary(person)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.people_table.setItem(r, c, item)
        self.people_table.blockSignals(False)
        _fit(self.people_table)
        if chosen in self.person_ids:
            self.people_table.selectRow(self.person_ids.index(chosen))
        self._person_chosen()
        present = set(self.person_ids)
        self.known_box.clear()
        for person in people.list_participants(wb):
            if person.id not in present and person.display_name:
                where = ", ".join(x for x in (person.organisation, person.municipality) if x)
                self.known_box.addItem(fill(self.tr("%1 (%2)"), person.display_name, where) if where
                                       else person.display_name,
                                       person.id)
        self.known_box.setCurrentIndex(-1)
        heads = people.list_head_counts(wb, self.workshop_id) if self.workshop_id else []
        heads = [h for h in heads if h.count]
        self.heads_table.setRowCount(len(heads))
        for r, head in enumerate(heads):
            for c, text in enumerate((head.municipality, head.organisation, str(head.count))):
                self.heads_table.setItem(r, c, QTableWidgetItem(text))
        _fit(self.heads_table)
        total = people.attendance_total(wb, self.workshop_id) if self.workshop_id else 0
        self.total_label.setText(self.tr("%n people in all", "", total))
        for table, field in ((self.by_municipality, "municipality"), (self.by_organisation, "organisation")):
            tallies = people.counts_by(wb, self.workshop_id, field) if self.workshop_id else []
            tallies = [t for t in tallies if t.count]  # a head count set back to 0
            table.setRowCount(len(tallies))
            for r, tally in enumerate(tallies):
                table.setItem(r, 0, QTableWidgetItem(tally.label or self.tr("(not given)")))
                table.setItem(r, 1, QTableWidgetItem(str(tally.count)))
            _fit(table)

    def _person_chosen(self) -> None:
        rows = {i.row() for i in self.people_table.selectedIndexes()}
        row = min(rows) if len(rows) == 1 else -1  # several selected: nothing to edit one by one
        person_id = self.person_ids[row] if 0 <= row < len(self.person_ids) else ""
        self.details.show_person(people.participants.get(self.ctx.wb, person_id) if person_id else None)

    def _head_chosen(self) -> None:
        row = self.heads_table.currentRow()
        if row < 0 or self.heads_table.item(row, 0) is None:
            return
        self.head_municipality.setText(self.heads_table.item(row, 0).text())
        self.head_organisation.setText(self.heads_table.item(row, 1).text())
        self.head_count.setValue(int(self.heads_table.item(row, 2).text()))

    # -- edits --------------------------------------------------------------------------------
    def add_person(self) -> None:
        if not self.workshop_id:
            return
        values = {"display_name": self.name_edit.text().strip(), "organisation": self.org_edit.text().strip(),
                  "municipality": self.municipality_edit.text().strip(), "role": self.role_edit.text().strip()}
        if not any(values.values()):
            return  # an empty Enter adds no one
        wb, workshop_id = self.ctx.wb, self.workshop_id
        person = self.ctx.create(people.participants, self.tr("Add participant"),
                                 make=lambda: people.create_participant(wb, workshop_id, **values))
        if person is None:
            return
        for edit in (self.name_edit, self.org_edit, self.municipality_edit, self.role_edit):
            edit.clear()
        self.name_edit.setFocus()

    def _set_attending(self, ids: list[str], attending: bool) -> None:
        wb, workshop_id = self.ctx.wb, self.workshop_id
        label = self.tr("Mark as attending") if attending else self.tr("Mark as not attending")
        self.ctx.run(label, lambda: [people.set_attendance(wb, workshop_id, i, attending) for i in ids],
                     lambda: [people.set_attendance(wb, workshop_id, i, not attending) for i in ids], "attendance")

    def attend_known(self) -> None:
        person_id = self.known_box.currentData()
        if person_id is None:  # typed text: take the first entry that matches it
            found = self.known_box.findText(self.known_box.currentText(), Qt.MatchFlag.MatchContains)
            person_id = self.known_box.itemData(found) if found >= 0 else None
        if person_id and self.workshop_id:
            self._set_attending([person_id], True)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.people_table.selectedIndexes()})
        ids = [self.person_ids[r] for r in rows if r < len(self.person_ids)]
        if ids and self.workshop_id:
            self._set_attending(ids, False)

    def save_head_count(self) -> None:
        if not self.workshop_id:
            return
        municipality, organisation = self.head_municipality.text().strip(), self.head_organisation.text().strip()
        if not municipality and not organisation:
            return
        count = self.head_count.value()
        wb, workshop_id = self.ctx.wb, self.workshop_id
        row_id = people.link_id(workshop_id, municipality.casefold(), organisation.casefold())
        old = next((h.count for h in people.list_head_counts(wb, workshop_id) if h.id == row_id), 0)
        self.ctx.run(self.tr("Set head count"),
                     lambda: people.set_head_count(wb, workshop_id, municipality, organisation, count),
                     lambda: people.set_head_count(wb, workshop_id, municipality, organisation, old),
                     "head_count")

    def import_csv(self) -> None:
        from .participant_import_dialog import choose_and_import

        if self.workshop_id:
            choose_and_import(self.ctx, self.workshop_id, self)
