"""Opening a store that this version must first upgrade: a window says so while it happens.

The upgrade runs once after an update and can take a minute on a decade's store; without a word
the program would seem not to start. The store is opened in a second thread while the notice
keeps painting; any error comes back to the caller as it would have without the notice.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QLabel, QProgressDialog

from ..core.workbench import Workbench
from ..library.seed import open_workbench
from ..store.db import DB_NAME
from ..store.migrate import needs_upgrade

_POLL_MS = 50


def open_workbench_with_notice(data_dir: Path) -> Workbench:
    """`open_workbench(data_dir)`, with a notice on screen while the store is upgraded."""
    if not needs_upgrade(data_dir / DB_NAME):
        return open_workbench(data_dir)
    notice = QProgressDialog()
    label = QLabel(QCoreApplication.translate(
        "UpgradeNotice", "Updating your data for this version of Fasilitaattori. This happens once and can "
        "take a minute with a large store; a copy of the data as it was is kept in the backups folder."))
    label.setWordWrap(True)
    notice.setLabel(label)
    notice.setRange(0, 0)  # no steps to count: a moving bar says the program is at work
    notice.setObjectName("upgrade_notice")
    notice.setWindowTitle(QCoreApplication.translate("UpgradeNotice", "Fasilitaattori"))
    notice.setCancelButton(None)  # an upgrade is not stopped halfway
    notice.setWindowModality(Qt.WindowModality.ApplicationModal)
    notice.setMinimumDuration(0)
    notice.setMinimumWidth(460)
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["wb"] = open_workbench(data_dir)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread below
            outcome["error"] = exc

    worker = threading.Thread(target=run, name="upgrade-store")
    notice.show()
    worker.start()
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: None if worker.is_alive() else loop.quit())
    timer.start(_POLL_MS)
    if worker.is_alive():
        loop.exec()
    timer.stop()
    worker.join()
    notice.close()
    notice.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["wb"]  # type: ignore[no-any-return]
