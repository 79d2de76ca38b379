"""The selected participant's consents, contact and accessibility needs, saved as they change.

Ticks save at once (Space ticks); the text fields save when one leaves them or presses Enter.
Each save is one undoable step. The needs are what disability councils ask for: an
interpreter, a hearing loop, an assistant coming along, a special diet, anything else.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from ..core import participants as people
from .context import UiContext
from .fill import fill

FLAGS = ("consent_photo", "consent_contact", "need_interpreter", "need_hearing_loop", "need_assistant")
TEXTS = ("contact", "diet", "other_needs")


def need_labels() -> dict[str, str]:
    """The kinds of need (core.participants.NEED_KINDS) as the participants list shows them."""
    return {"interpreter": QCoreApplication.translate("PersonDetails", "interpreter"),
            "hearing_loop": QCoreApplication.translate("PersonDetails", "hearing loop"),
            "assistant": QCoreApplication.translate("PersonDetails", "assistant"),
            "diet": QCoreApplication.translate("PersonDetails", "diet"),
            "other": QCoreApplication.translate("PersonDetails", "other needs")}


def needs_summary(person: Any) -> str:
    """'hearing loop, diet: gluten-free' for the participants list."""
    labels = need_labels()
    parts = []
    for kind in people.needs_of(person):
        if kind == "diet":
            parts.append(fill(QCoreApplication.translate("PersonDetails", "diet: %1"), person.diet))
        else:
            parts.append(labels[kind])
    return ", ".join(parts)


class PersonDetails(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = ""
        self._loading = False
        self.checks = {
            "consent_photo": QCheckBox(self.tr("May &be in photos")),
            "consent_contact": QCheckBox(self.tr("May be contacted &later")),
            "need_interpreter": QCheckBox(self.tr("Needs an int&erpreter")),
            "need_hearing_loop": QCheckBox(self.tr("Needs a hearin&g loop")),
            "need_assistant": QCheckBox(self.tr("Comes &with an assistant")),
        }
        self.edits = {name: QLineEdit() for name in TEXTS}
        self.edits["contact"].setPlaceholderText(self.tr("Email or phone"))
        self.edits["diet"].setPlaceholderText(self.tr("For example gluten-free"))
        self.edits["other_needs"].setPlaceholderText(self.tr("For example a wheelchair place"))
        grid = QGridLayout(self)
        grid.addWidget(self.checks["consent_photo"], 0, 0, 1, 2)
        grid.addWidget(self.checks["consent_contact"], 0, 2, 1, 2)
        grid.addWidget(self.checks["need_interpreter"], 1, 0, 1, 2)
        grid.addWidget(self.checks["need_hearing_loop"], 1, 2, 1, 2)
        grid.addWidget(self.checks["need_assistant"], 2, 0, 1, 2)
        grid.addWidget(self._caption(self.tr("Contact:"), "contact"), 2, 2)
        grid.addWidget(self.edits["contact"], 2, 3)
        grid.addWidget(self._caption(self.tr("&Diet:"), "diet"), 3, 0)
        grid.addWidget(self.edits["diet"], 3, 1)
        grid.addWidget(self._caption(self.tr("An&y other needs:"), "other_needs"), 3, 2)
        grid.addWidget(self.edits["other_needs"], 3, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for name, box in self.checks.items():
            box.toggled.connect(lambda on, n=name: self._save(n, on))
        for name, edit in self.edits.items():
            edit.editingFinished.connect(lambda n=name: self._save(n, self.edits[n].text().strip()))
        self.show_person(None)

    def _caption(self, text: str, field: str) -> QLabel:
        label = QLabel(text)
        label.setBuddy(self.edits[field])
        return label

    def show_person(self, person: Any) -> None:
        """Show `person` (None: nobody selected, the fields disabled)."""
        self._loading = True
        try:
            self.person_id = person.id if person is not None else ""
            name = (person.display_name or self.tr("(no name)")) if person is not None else ""
            self.setTitle(fill(self.tr("Consents and needs: %1"), name) if person is not None
                          else self.tr("Consents and needs (select a person above)"))
            for field, box in self.checks.items():
                box.setChecked(bool(getattr(person, field)) if person is not None else False)
                box.setEnabled(person is not None)
            for field, edit in self.edits.items():
                edit.setText(getattr(person, field) if person is not None else "")
                edit.setEnabled(person is not None)
        finally:
            self._loading = False

    def _save(self, field: str, value: object) -> None:
        if self._loading or not self.person_id:
            return
        self.ctx.update(people.participants, self.person_id, self.tr("Edit participant"), **{field: value})
