"""Tools → Sync folder encryption: whether this device's bundle in the sync folder is encrypted,
and the passphrase for it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..errors import FasilitaattoriError
from ..sync.folder import set_sync_encrypted, sync_encrypted
from .context import UiContext
from .sync_widgets import secret_field


class SyncEncryptionDialog(QDialog):
    """Whether this laptop's bundle in the sync folder is encrypted, and the team's passphrase
    for this session (it is never saved)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Encrypt sync bundles"))
        self.encrypt = QCheckBox(self.tr("&Encrypt this laptop's bundle in the sync folder"))
        self.encrypt.setChecked(sync_encrypted(ctx.wb))
        self.passphrase = secret_field()
        self.repeat = secret_field()
        note = QLabel(self.tr("Every laptop in the folder needs the same passphrase. It is not saved: "
                              "Fasilitaattori asks for it at the first sync after it starts."))
        note.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.encrypt)
        form.addRow(self.tr("P&assphrase"), self.passphrase)
        form.addRow(self.tr("&Repeat passphrase"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.encrypt.toggled.connect(self._enable)
        self._enable(self.encrypt.isChecked())

    def _enable(self, on: bool) -> None:
        self.passphrase.setEnabled(on)
        self.repeat.setEnabled(on)

    def save(self) -> None:
        on = self.encrypt.isChecked()
        if on:
            if not self.passphrase.text():
                self.status.setText(self.tr("Type the passphrase."))
                return
            if self.passphrase.text() != self.repeat.text():
                self.status.setText(self.tr("The two passphrases differ; type them again."))
                return
        try:
            set_sync_encrypted(self.ctx.wb, on)
        except FasilitaattoriError as exc:
            self.ctx.report(exc)
            return
        self.ctx.sync_passphrase = self.passphrase.text() if on else None
        self.accept()
