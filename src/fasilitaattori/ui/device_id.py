"""Offering a new device id when Sync now finds another laptop writing under this one's id
(a disk copied to a second laptop): the user reads why, and gives this laptop its own id."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from ..sync.changes import DuplicateDeviceError, rekey
from .context import UiContext, error_text


def offer_new_device_id(window: QWidget, ctx: UiContext, error: DuplicateDeviceError,
                        then: Callable[[], object]) -> QMessageBox:
    """Tell the user, and on "Give a new id" re-key this laptop and run `then` (the sync again)."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("DeviceId", "Sync now"),
                      error_text(error) + "\n\n" + QCoreApplication.translate(
                          "DeviceId", "Give this laptop a new device id now? Nothing else in its data changes."),
                      QMessageBox.StandardButton.Cancel, window)
    give = box.addButton(QCoreApplication.translate("DeviceId", "&Give a new id"), QMessageBox.ButtonRole.AcceptRole)
    give.setObjectName("new_device_id_button")
    box.setObjectName("duplicate_device_box")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen() -> None:
        if box.clickedButton() is give:
            try:
                rekey(ctx.wb)
            except Exception as exc:  # noqa: BLE001 - the user sees one sentence
                ctx.report(exc)
                return
            QTimer.singleShot(0, then)  # once this box is gone

    box.finished.connect(lambda _result: chosen())
    box.open()
    return box
