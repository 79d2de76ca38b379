"""What every window part shares: the workbench, the undo stack and change notifications.

Every edit goes through `UiContext`: it calls a `core` function (committed at once), pushes a
QUndoStack command whose undo/redo call `core` again, and announces the change so views
refresh. A failed write shows one calm sentence and leaves the views as the store is.
While a job writes (an import), edits wait in `writes` and are made when it ends (`jobs`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.records import Entity
from ..core.workbench import Workbench
from ..errors import FasilitaattoriError
from .jobs import Job, JobPanel, Progress, WriteGate

log = logging.getLogger("fasilitaattori.ui")


def error_text(error: BaseException) -> str:
    """The user's sentence for an error, translated where a translation exists."""
    if isinstance(error, FasilitaattoriError):
        template = QCoreApplication.translate("errors", error.template)
        # Parameters may themselves be sentences or field labels from core (ui/core_texts.py).
        params = {key: _translate_param(value) for key, value in error.params.items()}
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return error.message
    return QCoreApplication.translate(
        "errors", "Something unexpected went wrong; the details are in the log file in the data folder.")


def _translate_param(value: object) -> object:
    if not isinstance(value, str):
        return value
    text = QCoreApplication.translate("errors", value)
    return QCoreApplication.translate("fields", value) if text == value else text


class _Command(QUndoCommand):
    def __init__(self, ctx: UiContext, text: str, redo: Callable[[], Any], undo: Callable[[], Any],
                 entity: str) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._redo = redo
        self._undo = undo
        self._entity = entity
        self._first = True  # the edit already ran before the command was pushed

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._ctx._guarded(self._redo, self._entity)

    def undo(self) -> None:
        self._ctx._guarded(self._undo, self._entity)


def _lower_first(text: str) -> str:
    """"Uusi työpaja" -> "uusi työpaja" for "Kumoa: uusi työpaja"; "CSV …" stays as it is."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


class _ActionText(QObject):
    """Keeps an undo or redo action's text as "&Undo: new workshop" ("&Undo" when there is
    nothing to undo). Qt's own text is the prefix, a space and the command's text, which reads
    "Kumoa Uusi työpaja"; this runs after Qt's and replaces it. A child of the action, so the
    connection ends with it."""

    def __init__(self, action: QAction, plain: str, with_text: str) -> None:
        super().__init__(action)
        self.action, self.plain, self.with_text = action, plain, with_text

    def show(self, text: str) -> None:
        self.action.setText(self.with_text.replace("%1", _lower_first(text)) if text else self.plain)


class UiContext(QObject):
    changed = Signal(str)  # entity name ("" when many kinds changed, e.g. after an import)
    workshop_selected = Signal(str)  # workshop id ("" for none)

    def __init__(self, wb: Workbench, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.wb = wb
        self.undo_stack = QUndoStack(self)
        self.workshop_id: str = ""
        self.dialog_parent: QWidget | None = None
        self.sync_passphrase: str | None = None  # kept in memory for this session only, never saved
        self.writes = WriteGate(self, busy=lambda: wb.store.background_busy)
        self.jobs: list[Job] = []  # running
        self.closing = False  # the window's last sync has started

    def undo_actions(self, parent: QObject) -> tuple[QAction, QAction]:
        """The Undo and Redo menu actions, each saying what it undoes: "Kumoa: uusi työpaja"."""
        stack = self.undo_stack
        undo, redo = stack.createUndoAction(parent), stack.createRedoAction(parent)
        for action, signal, now, plain, with_text in (
                (undo, stack.undoTextChanged, stack.undoText(), self.tr("&Undo"), self.tr("&Undo: %1")),
                (redo, stack.redoTextChanged, stack.redoText(), self.tr("&Redo"), self.tr("&Redo: %1"))):
            text = _ActionText(action, plain, with_text)
            signal.connect(text.show)
            text.show(now)
        return undo, redo

    # -- edits ---------------------------------------------------------------------
    def run(self, text: str, do: Callable[[], Any], undo: Callable[[], Any], entity: str,
            redo: Callable[[], Any] | None = None) -> Any:
        """Run an edit now and make it undoable; returns do()'s result, or None if it failed.
        While a job writes, the edit waits for it (None now) instead of for the store's lock."""
        if self.writes.closed:
            self.writes.later(object(), lambda: self.run(text, do, undo, entity, redo))
            return None
        try:
            result = do()
        except Exception as exc:  # noqa: BLE001 - every failure reaches the user as one sentence
            self.report(exc)
            return None
        self.undo_stack.push(_Command(self, text, redo or do, undo, entity))
        self.changed.emit(entity)
        return result

    def refresh_all(self) -> None:
        """Tell every view that much changed (after an import), once the store is free: after
        a large import its indexes are built in the background, and reading before is slow."""
        self.writes.when_open(lambda: self.changed.emit(""))

    def record(self, text: str, redo: Callable[[], Any], undo: Callable[[], Any], entity: str) -> None:
        """Make undoable an edit a job has already made."""
        self.undo_stack.push(_Command(self, text, redo, undo, entity))
        self.changed.emit(entity)

    def start_job(self, panel: JobPanel, label: str, work: Callable[[Progress], Any],
                  done: Callable[[Any], Any], failed: Callable[[BaseException], Any], *,
                  writes: bool = False, cancellable: bool = True) -> Job:
        """Run `work(progress)` on a worker thread with its progress in `panel`; `writes`: the
        window's edits wait until it ends."""
        job = Job(work, panel, gate=self.writes if writes else None)
        job.done.connect(done)
        job.failed.connect(failed)
        panel.follow(job, label, cancellable=cancellable)
        self.jobs.append(job)
        job.ended.connect(lambda: self.jobs.remove(job))
        return job.start()

    def create(self, entity: Entity[Any], text: str, make: Callable[[], Any] | None = None,
               **values: Any) -> Any:
        """Create a row (via `make` or entity.create); undo deletes it, redo restores it."""
        holder: dict[str, str] = {}

        def do() -> Any:
            row = make() if make else entity.create(self.wb, **values)
            holder["id"] = row.id
            return row

        return self.run(text, do, lambda: entity.delete(self.wb, holder["id"]), entity.name,
                        redo=lambda: entity.restore(self.wb, holder["id"]))

    def update(self, entity: Entity[Any], row_id: str, text: str, **changes: Any) -> Any:
        try:
            row = entity.get(self.wb, row_id)
        except Exception as exc:  # noqa: BLE001
            self.report(exc)
            return None
        old = {name: getattr(row, name) for name in changes}
        if all(old[name] == value for name, value in changes.items()):
            return row
        if self.writes.closed:  # made when the job ends, against the row as it is then
            self.writes.later(object(), lambda: self.update(entity, row_id, text, **changes))
            return row  # not None: the field keeps what was typed instead of showing the store
        return self.run(text, lambda: entity.update(self.wb, row_id, **changes),
                        lambda: entity.update(self.wb, row_id, **old), entity.name)

    def delete(self, entity: Entity[Any], row_id: str, text: str) -> bool:
        done = self.run(text, lambda: entity.delete(self.wb, row_id) or True,
                        lambda: entity.restore(self.wb, row_id), entity.name)
        return bool(done)

    # -- errors --------------------------------------------------------------------
    def _guarded(self, action: Callable[[], Any], entity: str) -> None:
        if self.writes.closed:  # an undo or redo during an import: made when it ends
            self.writes.later(object(), lambda: self._guarded(action, entity))
            return
        try:
            action()
        except Exception as exc:  # noqa: BLE001
            self.report(exc)
        self.changed.emit(entity)

    def report(self, error: BaseException) -> None:
        if not isinstance(error, FasilitaattoriError):
            log.error("Unexpected error", exc_info=error)
        message = error_text(error)
        self.last_error = message
        parent = self.dialog_parent
        if parent is not None and any(box.isVisible() and box.text() == message
                                      for box in parent.findChildren(QMessageBox)):
            return  # a save tried again fails the same way: one box is enough
        # Window-modal and non-blocking: the user reads it, the event loop (and tests) go on.
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("errors", "Fasilitaattori"),
                          message, QMessageBox.StandardButton.Ok, self.dialog_parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    last_error: str = ""

    def select_workshop(self, workshop_id: str) -> None:
        self.workshop_id = workshop_id
        self.workshop_selected.emit(workshop_id)
