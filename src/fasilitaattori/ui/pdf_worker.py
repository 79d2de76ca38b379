"""Lays out printouts as jobs (`jobs`), so a long preview never freezes the window.

The store is read on the window's thread (`prepare_document`); only the layout, which touches
no store, runs on the worker. One worker: reportlab's font registry is shared, and a newer
request makes an older result stale, so it is dropped when it arrives.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from .jobs import PRINTOUTS, Job


class PdfWorker(QObject):
    finished = Signal(int, bytes)  # request number, the PDF
    failed = Signal(int, object)  # request number, the exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.latest = 0

    def start(self, render: Callable[[], bytes]) -> int:
        """Run `render` on the worker; its result comes through `finished` or `failed`."""
        self.latest += 1
        number = self.latest
        job = Job(lambda _progress: render(), self, pool=PRINTOUTS)
        job.done.connect(lambda data: self.finished.emit(number, data))
        job.failed.connect(lambda error: self.failed.emit(number, error))
        job.ended.connect(job.deleteLater)
        job.start()
        return number

    @staticmethod
    def run_now(render: Callable[[], bytes]) -> bytes:
        """Run `render` on the worker and wait (saving and printing need the bytes at once)."""
        return PRINTOUTS.submit(render).result()
