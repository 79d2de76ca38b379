"""Long work off the window's thread: a `Job` runs a core call on a worker thread while the
window keeps painting, and hands back its result or error on the window's thread.

No event loop ever runs inside a store transaction: the worker only writes its progress into
plain attributes, and a timer on the window's thread reads them into a `JobPanel` (a bar and
Cancel). Cancel sets a flag the worker's next progress call turns into `ImportCancelled`, which
rolls the transaction back. Store connections come from the engine's pool, one session per
call, so the worker never shares a connection with the window's thread.

A job that writes (an import holds the store's write lock for seconds) holds the context's
`WriteGate`: the window's own edits then wait in the gate instead of on the lock, and are saved,
in order, as soon as the job ends (`context.UiContext.run`, `edit_fields.CommitText`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ..sync.importer import cancelled

Progress = Callable[[int, int], None]

_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="job")
# Printouts lay out one at a time: reportlab's font registry is shared (see pdf_worker).
PRINTOUTS = ThreadPoolExecutor(max_workers=1, thread_name_prefix="printout")
_TICK_MS = 50  # how often the bar reads the worker's progress
SHOW_AFTER_MS = 200  # shorter work shows no bar at all


class WriteGate(QObject):
    """Holds the window's edits back while a job writes, and while `busy()` says other work
    holds the store (the indexes a large import left are built in the background after it);
    `waiting` tells how many edits wait."""

    waiting_changed = Signal(int)
    opened = Signal()  # the store is free again: what waited is done now

    def __init__(self, parent: QObject | None = None, busy: Callable[[], bool] = lambda: False) -> None:
        super().__init__(parent)
        self._holds = 0
        self._busy = busy
        self._waiting: dict[Hashable, tuple[Callable[[], Any], bool]] = {}
        self._poll = QTimer(self)
        self._poll.setInterval(_TICK_MS)
        self._poll.timeout.connect(self._open_if_free)

    @property
    def closed(self) -> bool:
        return self._holds > 0 or self._busy()

    @property
    def waiting(self) -> int:
        """The edits waiting (not counting views waiting to read the store again)."""
        return sum(edit for _save, edit in self._waiting.values())

    def hold(self) -> None:
        self._holds += 1

    def release(self) -> None:
        self._holds = max(self._holds - 1, 0)
        self._open_if_free()

    def _open_if_free(self) -> None:
        if self.closed:
            if self._waiting:
                self._poll.start()  # until the background work is done
            return
        self._poll.stop()
        if self._waiting:
            self.opened.emit()
        waiting, self._waiting = self._waiting, {}
        for save, _edit in waiting.values():  # in the order they were made
            with suppress(RuntimeError):  # the field was closed meanwhile; it committed on closing
                save()
        self.waiting_changed.emit(self.waiting)

    def later(self, key: Hashable, save: Callable[[], Any], *, edit: bool = True) -> None:
        """Run `save` when the gate opens; a second call with the same key replaces the first.
        Not an `edit`: a view reading the store again, which no banner needs to announce."""
        self._waiting.pop(key, None)
        self._waiting[key] = (save, edit)
        if not self._holds:
            self._poll.start()
        self.waiting_changed.emit(self.waiting)

    def when_open(self, action: Callable[[], Any]) -> None:
        """Run `action` now if the gate is open, else when it opens."""
        if self.closed:
            self.later(object(), action, edit=False)
        else:
            action()


class Job(QObject):
    """`work(progress)` on a worker thread; then `done(result)` or `failed(error)` here."""

    done = Signal(object)
    failed = Signal(object)
    ended = Signal()  # after either
    _over = Signal(object)  # the future, crossing from the worker to this object's thread

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None, *,
                 gate: WriteGate | None = None, pool: ThreadPoolExecutor = _POOL) -> None:
        super().__init__(parent)
        self._work = work
        self._gate = gate
        self.writes = gate is not None
        self._pool = pool
        self._stop = threading.Event()
        self._future: Future[Any] | None = None
        self.progress = (0, 0)  # (done, total), written by the worker, read by the panel
        # Queued even when emitted here: work done before start() returns (a loaded machine
        # can pause this thread that long) calls back in submit()'s thread, and the caller has
        # not yet noted what the job is for.
        self._over.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self._future is not None

    def start(self) -> Job:
        if self._gate is not None:
            self._gate.hold()
        self._future = self._pool.submit(self._work, self._report)
        self._future.add_done_callback(self._finish)
        return self

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelling(self) -> bool:
        return self._stop.is_set()

    def _report(self, done: int, total: int) -> None:  # on the worker
        self.progress = (done, total)
        if self._stop.is_set():
            raise cancelled()

    def _finish(self, future: Future[Any]) -> None:  # on the worker
        with suppress(RuntimeError):  # the window closed while the worker was busy
            self._over.emit(future)

    def _deliver(self, future: Future[Any]) -> None:
        self._future = None
        try:
            error = future.exception()
            if error is None:
                self.done.emit(future.result())
            else:
                self.failed.emit(error)
        finally:
            if self._gate is not None:
                self._gate.release()
            self.ended.emit()


class JobPanel(QWidget):
    """A line saying what runs, its bar and Cancel; and, while edits wait for a job that writes,
    a note that they will be saved."""

    def __init__(self, parent: QWidget | None = None, gate: WriteGate | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("job_panel")
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMinimumWidth(180)
        self.bar.setMaximumWidth(260)
        self.cancel_button = QPushButton(QCoreApplication.translate("Jobs", "Cancel"))
        self.cancel_button.setObjectName("job_cancel")
        self.waiting = QLabel()
        self.waiting.setObjectName("edits_waiting")
        self.waiting.setWordWrap(True)
        self.waiting.setStyleSheet("QLabel { background: #fff4ce; color: #3b2f00; padding: 3px 6px; }")
        self.waiting.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.waiting, 3)  # the longer text: it takes the room first
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.cancel_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.job: Job | None = None
        self._cancellable = True
        self._timer = QTimer(self)
        self._timer.setInterval(_TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._show_later = QTimer(self)
        self._show_later.setSingleShot(True)
        self._show_later.timeout.connect(self._appear)
        self.cancel_button.clicked.connect(self.cancel)
        self._set_running(False)
        if gate is not None:
            gate.waiting_changed.connect(self.edits_waiting)

    def follow(self, job: Job, label: str, *, cancellable: bool = True) -> Job:
        """Show `job`'s progress (after a moment) until it ends."""
        self.job = job
        self.label.setText(label)
        self.bar.setRange(0, 0)  # moving until the first figures come
        self.cancel_button.setEnabled(True)
        self._cancellable = cancellable
        job.ended.connect(lambda: self._ended(job))
        self._timer.start()
        self._show_later.start(SHOW_AFTER_MS)
        return job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(QCoreApplication.translate("Jobs", "Cancelling…"))

    def edits_waiting(self, count: int) -> None:
        if count:
            self.waiting.setText(QCoreApplication.translate(
                "Jobs", "Saving waits for the import to finish; what you type is kept and saved then."))
        self.waiting.setVisible(bool(count))
        self._update_visible()

    def _appear(self) -> None:
        self._set_running(True)

    def _tick(self) -> None:
        if self.job is None:
            return
        done, total = self.job.progress
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _ended(self, job: Job) -> None:
        if job is not self.job:
            return  # an earlier job this panel no longer shows
        self._timer.stop()
        self._show_later.stop()
        self.job = None
        self._set_running(False)

    def _set_running(self, on: bool) -> None:
        self.label.setVisible(on)
        self.bar.setVisible(on)
        self.cancel_button.setVisible(on and self._cancellable)
        self._update_visible()

    def _update_visible(self) -> None:
        self.setVisible(self.label.isVisibleTo(self) or self.waiting.isVisibleTo(self))


def window_panel(window: QWidget, gate: WriteGate | None = None) -> JobPanel:
    """The job panel in the status bar of `window`'s main window, made the first time."""
    top = window.window()
    panel = top.findChild(JobPanel, "window_jobs")
    if panel is not None:
        return panel
    if isinstance(top, QMainWindow):
        panel = JobPanel(top, gate)
        panel.setObjectName("window_jobs")
        top.statusBar().addPermanentWidget(panel, 1)
    else:  # a window without a status bar: the panel is a small window of its own
        panel = JobPanel(top, gate)
        panel.setObjectName("window_jobs")
        panel.setWindowFlags(Qt.WindowType.Tool)
    return panel
