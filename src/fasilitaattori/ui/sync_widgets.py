"""Small pieces the sync windows share: the bundle file filter and a passphrase line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit


def file_filter() -> str:
    return QCoreApplication.translate("SyncActions", "Fasilitaattori bundles (*.fasi);;All files (*)")


def secret_field() -> QLineEdit:
    """A line for a passphrase: what is typed is not shown."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field
