"""Data-protection actions of the Tools menu: erase a person everywhere, review personal data
kept too long, and the privacy notice printed on sign-in sheets.

Erasing cannot be undone, so it is not an undo step: the dialog names everything that will be
removed and asks the user to confirm in so many words first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.people import (
    ErasurePlan,
    ErasureReport,
    all_people,
    erase_person,
    plan_erasure,
    retention_months,
    retention_review,
    set_retention_months,
)
from ..core.privacy import CONTACT_KEY, ORGANISATION_KEY, privacy_notice_for
from ..errors import FasilitaattoriError
from ..sync.restore_points import scrub_points
from .context import UiContext, error_text


class ErasePersonDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None, participant_id: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan: ErasurePlan | None = None
        self.report: ErasureReport | None = None
        self.setWindowTitle(self.tr("Erase a person everywhere"))
        self.resize(640, 520)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Find by name, organisation or municipality"))
        self.filter.setAccessibleName(self.tr("Find a person"))
        self.filter.textChanged.connect(self._apply_filter)
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("People"))
        self.people.currentItemChanged.connect(lambda *_: self._show_plan())
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.plan_label.setTextFormat(Qt.TextFormat.RichText)
        self.confirm = QCheckBox(self.tr("I understand that this cannot be undone."))
        self.confirm.toggled.connect(self._update_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.erase_button = self.buttons.addButton(self.tr("Erase permanently"),
                                                   QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.clicked.connect(self.erase)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.plan_label)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.reload(participant_id)

    def reload(self, select_id: str = "") -> None:
        self.people.clear()
        for person in all_people(self.ctx.wb):
            name = person.display_name or self.tr("(no name)")
            where = ", ".join(p for p in (person.organisation, person.municipality) if p)
            text = f"{name} — {where}" if where else name
            if person.deleted:
                text += " " + self.tr("(deleted, data still kept)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.people.addItem(item)
            if person.id == select_id:
                self.people.setCurrentItem(item)
        self._apply_filter(self.filter.text())
        self._show_plan()

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for row in range(self.people.count()):
            item = self.people.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def select(self, participant_id: str) -> None:
        for row in range(self.people.count()):
            if self.people.item(row).data(Qt.ItemDataRole.UserRole) == participant_id:
                self.people.setCurrentRow(row)
                return

    def _show_plan(self) -> None:
        item = self.people.currentItem()
        self.plan = None
        self.confirm.setChecked(False)
        if item is None:
            self.plan_label.setText(self.tr("Choose the person whose data is to be erased."))
        else:
            try:
                self.plan = plan_erasure(self.ctx.wb, item.data(Qt.ItemDataRole.UserRole))
            except FasilitaattoriError as exc:
                self.plan_label.setText(error_text(exc))
            else:
                self.plan_label.setText(self.plan_text(self.plan))
        self._update_button()

    def plan_text(self, plan: ErasurePlan) -> str:
        name = _escape(plan.name) or self.tr("this person (no name)")
        lines = [self.tr("This removes for good, from this computer:"), self.tr("• {name} and their contact "
                 "details").format(name=name)]
        if plan.workshops:
            lines.append(self.tr("• attendance at %n workshop(s): ", "", len(plan.workshops))
                         + _escape(", ".join(plan.workshops)))
        if plan.notes:
            lines.append(self.tr("• %n note(s) they wrote", "", plan.notes))
        if plan.tasks:
            lines.append(self.tr("• %n task(s) they own", "", plan.tasks))
        if plan.owner_mentions:
            lines.append(self.tr("• their name as an owner of %n other task(s)", "", plan.owner_mentions))
        if plan.conflicts:
            lines.append(self.tr("• %n older version(s) kept from sync conflicts", "", plan.conflicts))
        lines.append(self.tr("Other computers erase the same data when they next sync. "
                             "Backup copies made earlier still contain it."))
        return "<br>".join(lines)

    def _update_button(self) -> None:
        self.erase_button.setEnabled(self.plan is not None and self.confirm.isChecked())

    def erase(self) -> None:
        if self.plan is None or not self.confirm.isChecked():
            return
        name = self.plan.name or self.tr("The person")
        try:
            self.report = erase_person(self.ctx.wb, self.plan.participant_id)
            scrub_points(self.ctx.wb)  # nor in the copies kept to undo imports with
        except Exception as exc:  # noqa: BLE001 - the user sees one sentence
            self.ctx.report(exc)
            return
        # Older undo steps may refer to the erased rows; they cannot be undone any more.
        self.ctx.undo_stack.clear()
        self.ctx.changed.emit("")
        self.reload()
        self.plan_label.setText(self.tr("{name} was erased.").format(name=_escape(name)))


class RetentionDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Personal data review"))
        self.resize(760, 480)
        self.months = QSpinBox()
        self.months.setRange(1, 600)
        self.months.setValue(retention_months(ctx.wb))
        self.months.setAccessibleName(self.tr("Keep personal data for (months)"))
        self.months.valueChanged.connect(self._months_changed)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Organisation"), self.tr("Municipality"),
                                              self.tr("Last workshop"), self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.erase_button = QPushButton(self.tr("Erase the selected person…"))
        self.erase_button.clicked.connect(self.erase_selected)
        form = QFormLayout()
        form.addRow(self.tr("Keep personal data for (months)"), self.months)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.erase_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.items = []
        self.reload()

    def _months_changed(self, value: int) -> None:
        try:
            set_retention_months(self.ctx.wb, value)
        except FasilitaattoriError as exc:
            self.ctx.report(exc)
        self.reload()

    def reload(self) -> None:
        self.items = retention_review(self.ctx.wb, self.months.value())
        self.explain.setText(self.tr("People whose last workshop is more than %n month(s) ago: {count}. Erase "
                                     "their data unless there is a reason to keep it.", "", self.months.value())
                             .format(count=len(self.items)))
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            status = self.tr("deleted, data still kept") if item.deleted else self.tr("in lists")
            for column, text in enumerate((item.name or self.tr("(no name)"), item.organisation,
                                           item.municipality, item.last_seen, status)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.erase_button.setEnabled(bool(self.items))

    def erase_selected(self) -> ErasePersonDialog | None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            return None
        dialog = ErasePersonDialog(self.ctx, self, self.items[row].participant_id)
        dialog.finished.connect(lambda _: self.reload())
        dialog.open()
        return dialog


class PrivacyNoticeDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Privacy notice"))
        self.resize(620, 520)
        self.language = QComboBox()
        for code, label in (("fi", self.tr("Finnish (suomi)")), ("sv", self.tr("Swedish (svenska)")),
                            ("en", self.tr("English"))):
            self.language.addItem(label, code)
        self.organisation = QLineEdit(ctx.wb.setting(ORGANISATION_KEY, "") or "")
        self.contact = QLineEdit(ctx.wb.setting(CONTACT_KEY, "") or "")
        self.contact.setPlaceholderText(self.tr("e-mail or phone for questions about personal data"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Privacy notice text"))
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Contact"), self.contact)
        copy = QPushButton(self.tr("Copy the text"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text.toPlainText()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("The sign-in sheet prints this notice. The organisation and contact are "
                              "saved on this computer."))
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(copy)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(note)
        layout.addLayout(row)
        self.language.currentIndexChanged.connect(self.refresh)
        self.organisation.editingFinished.connect(self._save)
        self.contact.editingFinished.connect(self._save)
        self.refresh()

    def _save(self) -> None:
        self.ctx.wb.set_setting(ORGANISATION_KEY, self.organisation.text().strip())
        self.ctx.wb.set_setting(CONTACT_KEY, self.contact.text().strip())
        self.refresh()

    def refresh(self) -> None:
        self.text.setPlainText(privacy_notice_for(self.ctx.wb, self.language.currentData(),
                                                  self.organisation.text(), self.contact.text()))


def install_privacy_actions(window: QWidget, ctx: UiContext, menu: QMenu) -> list[QAction]:
    """Add the data-protection actions to `menu`; dialogs open window-modal over `window`."""

    def opener(make: type[QDialog]) -> None:
        dialog = make(ctx, window)  # type: ignore[call-arg]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    actions = []
    for text, make, name in (
        (QCoreApplication.translate("PrivacyActions", "&Erase a person everywhere…"), ErasePersonDialog, "erase_person_action"),
        (QCoreApplication.translate("PrivacyActions", "&Personal data review…"), RetentionDialog, "retention_action"),
        (QCoreApplication.translate("PrivacyActions", "Privacy &notice…"), PrivacyNoticeDialog, "privacy_notice_action"),
    ):
        action = QAction(text, window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False, m=make: opener(m))
        menu.addAction(action)
        actions.append(action)
    return actions


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
