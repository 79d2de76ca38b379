"""Lays out printouts on a worker thread, so a long preview never freezes the window.

The store is read on the window's thread (`prepare_document`); only the layout, which touches
no store, runs on the worker. One worker: reportlab's font registry is shared, and a newer
request makes an older result stale, so it is dropped when it arrives.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal

_POOL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="printout")


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
        future = _POOL.submit(render)
        # The callback runs on the worker thread; the signal crosses to the window's thread.
        future.add_done_callback(lambda f: self._done(number, f))
        return number

    def _done(self, number: int, future: Future[bytes]) -> None:
        error = future.exception()
        try:
            if error is None:
                self.finished.emit(number, future.result())
            else:
                self.failed.emit(number, error)
        except RuntimeError:
            pass  # the window closed while the worker was busy

    @staticmethod
    def run_now(render: Callable[[], bytes]) -> bytes:
        """Run `render` on the worker and wait (saving and printing need the bytes at once)."""
        return _POOL.submit(render).result()
