"""Settings: the UI language, the facilitator's and the organisation's names (for printouts)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.preferences import facilitator_name, organisation_name, save_preferences, ui_language
from ..errors import FasilitaattoriError
from .context import UiContext, error_text
from .i18n import choose_language, install_language


class SettingsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.setObjectName("uiLanguage")
        for key, label in (("", self.tr("The system's language")), ("fi", self.tr("Suomi (Finnish)")),
                           ("sv", self.tr("Svenska (Swedish)")), ("en", self.tr("English"))):
            self.language.addItem(label, key)
        self._language_before = ui_language(ctx.wb)
        self.language.setCurrentIndex(max(0, self.language.findData(self._language_before)))
        self.facilitator = QLineEdit(facilitator_name(ctx.wb))
        self.facilitator.setObjectName("facilitatorName")
        self.organisation = QLineEdit(organisation_name(ctx.wb))
        self.organisation.setObjectName("organisationName")
        self.organisation.setToolTip(self.tr("Printed on the printouts"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.language.currentIndexChanged.connect(lambda _i: self._language_note())
        form = QFormLayout()
        form.addRow(self.tr("&Language of the program:"), self.language)
        form.addRow(self.tr("&Facilitator's name:"), self.facilitator)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _language_note(self) -> None:
        changed = self.language.currentData() != self._language_before
        self.note.setText(self.tr("Menus and windows that are already open change language when the program "
                                  "is started again.") if changed else "")

    def save(self) -> None:
        language = self.language.currentData()
        try:
            save_preferences(self.ctx.wb, language=language, facilitator=self.facilitator.text(),
                             organisation=self.organisation.text())
        except FasilitaattoriError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        if language != self._language_before:
            install_language(choose_language(language or None))  # dialogs opened from now on
        self.ctx.changed.emit("setting")
        self.accept()
