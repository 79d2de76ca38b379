"""The facilitator's controls in live capture: "Start now" (F5), "Next block" (Ctrl+PgDown),
"+5 min" (Ctrl++) and "−5 min" (Ctrl+−). Each is one undoable step that records what really
happens beside the plan (core/live.py decides); the plan itself is never changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from ..core import live
from ..core.agenda import Schedule, ScheduledItem
from ..core.dates import format_time
from ..core.live import EXTEND_STEP_MIN, LiveEdit, LiveState, apply_times
from .context import UiContext
from .fill import fill
from .i18n import current_language


def _scaled(widget: QWidget, factor: float, bold: bool = True) -> QFont:
    """A font `factor` times the app font, so the user's font scaling carries through."""
    font = QFont(widget.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font


class LiveControls:
    """Mixed into the live screen (a QWidget), which provides what is declared here. Texts are
    in the screen's translation context ("LiveMode"), as this class is no QObject."""

    ctx: UiContext
    workshop_id: str
    now: Callable[[], datetime]
    state: LiveState | None
    _plan: Schedule | None
    note_edit: QLineEdit

    if TYPE_CHECKING:
        def tick(self) -> None: ...

    def _make_controls(self) -> QHBoxLayout:
        assert isinstance(self, QWidget)
        self.start_button = QPushButton(QCoreApplication.translate("LiveMode", "&Start now"))
        self.start_button.setToolTip(QCoreApplication.translate("LiveMode", "Begin the first block now; the rest follows from it (F5). "
                                             "The plan is not changed."))
        self.start_button.clicked.connect(self.start_now)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.start_now)
        self.next_button = QPushButton(QCoreApplication.translate("LiveMode", "Ne&xt block"))
        self.next_button.setToolTip(QCoreApplication.translate("LiveMode", "End the running block now and start the next one (Ctrl+PgDown)."))
        self.next_button.clicked.connect(self.next_block)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, self.next_block)
        self.extend_button = QPushButton(QCoreApplication.translate("LiveMode", "&+5 min"))
        self.extend_button.setToolTip(QCoreApplication.translate("LiveMode", "Give the running block five more minutes (Ctrl++). "
                                              "The plan is not changed."))
        self.extend_button.clicked.connect(lambda: self.extend(EXTEND_STEP_MIN))
        QShortcut(QKeySequence("Ctrl++"), self, lambda: self.extend(EXTEND_STEP_MIN))
        QShortcut(QKeySequence("Ctrl+="), self, lambda: self.extend(EXTEND_STEP_MIN))
        self.shorten_button = QPushButton(QCoreApplication.translate("LiveMode", "&−5 min"))
        self.shorten_button.setToolTip(QCoreApplication.translate("LiveMode", "Take five minutes from the running block (Ctrl+−)."))
        self.shorten_button.clicked.connect(lambda: self.extend(-EXTEND_STEP_MIN))
        QShortcut(QKeySequence("Ctrl+-"), self, lambda: self.extend(-EXTEND_STEP_MIN))
        for button in (self.start_button, self.next_button, self.extend_button, self.shorten_button):
            button.setFont(_scaled(self, 1.5))
        controls = QHBoxLayout()
        for button in (self.start_button, self.next_button, self.shorten_button, self.extend_button):
            controls.addWidget(button)
        controls.addStretch(1)
        return controls

    def _enable_controls(self, running: bool) -> None:
        has_agenda = bool(self._plan and self._plan.items)
        can_go_on = has_agenda and self.state is not None and not self.state.after_end
        # Starting again would clear the times of a run under way: only before it or after its end.
        can_start = has_agenda and (self.state is None or not self.state.led or self.state.after_end)
        for button, enabled in ((self.extend_button, running), (self.shorten_button, running),
                                (self.next_button, can_go_on), (self.start_button, can_start)):
            if button.isEnabled() != enabled:
                button.setEnabled(enabled)

    def _plan_text(self, current: ScheduledItem, state: LiveState) -> str:
        language = current_language()
        planned = fill(QCoreApplication.translate("LiveMode", "Planned %1–%2"), format_time(language, current.start), format_time(language, current.end))
        began = current.item.actual_start
        if not state.led or not began:
            return planned
        return fill(QCoreApplication.translate("LiveMode", "%1 · began %2"), planned, format_time(language, began))

    def _live(self, text: str, action: Callable[[], LiveEdit]) -> None:
        """Run a facilitator's action as one undoable step; the plan itself is never touched."""
        done: list[LiveEdit] = []

        def do() -> LiveEdit:
            done.append(action())
            return done[-1]

        wb = self.ctx.wb
        self.ctx.run(text, do, lambda: apply_times(wb, done[-1].before), "agenda_item",
                     redo=lambda: apply_times(wb, done[-1].after))
        self.note_edit.setFocus()

    def start_now(self) -> None:
        self.tick()
        if not self.start_button.isEnabled():  # F5 during a run: the run goes on
            return
        self._live(QCoreApplication.translate("LiveMode", "Start now"), lambda: live.start_now(self.ctx.wb, self.workshop_id, self.now()))

    def next_block(self) -> None:
        self.tick()
        if self.state is None or self.state.after_end or self._plan is None or not self._plan.items:
            return
        self._live(QCoreApplication.translate("LiveMode", "Next block"), lambda: live.next_block(self.ctx.wb, self.workshop_id, self.now()))

    def extend(self, by_min: int = EXTEND_STEP_MIN) -> None:
        self.tick()
        if self.state is None or self.state.current is None:
            return
        text = QCoreApplication.translate("LiveMode", "Add five minutes") if by_min > 0 else QCoreApplication.translate("LiveMode", "Take five minutes")
        self._live(text, lambda: live.extend_running(self.ctx.wb, self.workshop_id, self.now(), by_min))

