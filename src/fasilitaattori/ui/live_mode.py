"""Live capture: a focused screen for the running workshop, readable from across the room.

Top: the running block and its time left in large type, the next block, and the facilitator's
controls: "Start now" (F5), "Next block" (Ctrl+PgDown), "+5 min" (Ctrl++) and "−5 min" (Ctrl+−).
They record what really happens beside the plan (core/live.py) and can be undone. Bottom: a
note box where Enter saves at once to the block being run (or to one of its parallel tracks,
chosen in a list that shows while such a block runs), with the kind chosen by Alt+1..6 or
Ctrl+1..6 (shown as words, not only as a pressed button) and the group label kept between
notes. Esc leaves. `now` is injectable so tests can set the clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core import notes
from ..core.agenda import Schedule
from ..core.dates import format_date, format_time
from ..core.live import LiveState, day_plan, note_targets, seconds_of_day, state_at
from ..core.workshops import workshops
from .context import UiContext
from .fill import fill
from .i18n import current_language
from .live_controls import LiveControls, _scaled
from .note_kinds import KIND_ORDER, kind_label

Clock = Callable[[], datetime]
RECENT_SHOWN = 6


class LiveMode(LiveControls, QWidget):
    closed = Signal()

    def __init__(self, ctx: UiContext, workshop_id: str, parent: QWidget | None = None,
                 now: Clock = datetime.now) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = workshop_id
        self.now = now
        self.kind = KIND_ORDER[0]
        self._plan: Schedule | None = None
        self.state: LiveState | None = None
        self._previous_block: str | None = None
        self.setObjectName("liveMode")
        self.setWindowTitle(self.tr("Live capture"))

        self.workshop_label = QLabel()
        self.workshop_label.setTextFormat(Qt.TextFormat.PlainText)
        self.workshop_label.setFont(_scaled(self, 1.3, bold=False))
        self.clock_label = QLabel()
        self.clock_label.setFont(_scaled(self, 2.2))
        self.clock_label.setAccessibleName(self.tr("Time now"))
        self.block_label = QLabel()
        self.block_label.setTextFormat(Qt.TextFormat.PlainText)
        self.block_label.setWordWrap(True)
        self.block_label.setFont(_scaled(self, 3.6))
        self.block_label.setAccessibleName(self.tr("Running block"))
        self.remaining_label = QLabel()
        self.remaining_label.setFont(_scaled(self, 7.0))
        self.remaining_label.setAccessibleName(self.tr("Time left"))
        self.next_label = QLabel()
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)
        self.next_label.setWordWrap(True)
        self.next_label.setFont(_scaled(self, 2.2, bold=False))
        self.next_label.setAccessibleName(self.tr("Next block"))

        self.plan_label = QLabel()  # the running block's planned and actual times
        self.plan_label.setTextFormat(Qt.TextFormat.PlainText)
        self.plan_label.setFont(_scaled(self, 1.2, bold=False))
        self.plan_label.setAccessibleName(self.tr("Planned and actual times"))

        self.leave_button = QPushButton(self.tr("Leave live capture (Esc)"))
        self.leave_button.clicked.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

        head = QHBoxLayout()
        head.addWidget(self.workshop_label, 1)
        head.addWidget(self.clock_label)
        head.addSpacing(12)
        head.addWidget(self.leave_button)
        timing = QHBoxLayout()
        timing.addWidget(self.remaining_label, 1)
        controls = self._make_controls()

        # -- the note box ------------------------------------------------------------------
        self.kind_buttons = QButtonGroup(self)
        kinds_row = QHBoxLayout()
        for number, kind in enumerate(KIND_ORDER, start=1):
            # The digit is shown, not a mnemonic: explicit shortcuts avoid an ambiguous Alt+digit.
            button = QPushButton(fill(self.tr("%1 %2"), str(number), kind_label(kind)))
            button.setCheckable(True)
            button.setObjectName(f"kind_{kind}")
            button.setToolTip(fill(self.tr("Alt+%1 or Ctrl+%1"), str(number)))
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setFont(_scaled(self, 1.2, bold=False))
            # The chosen kind also reads in bold and in the "Kind:" label, not by shade alone.
            button.setStyleSheet("QPushButton:checked { font-weight: bold; }")
            self.kind_buttons.addButton(button, number - 1)
            kinds_row.addWidget(button)
            for modifier in ("Ctrl", "Alt"):
                QShortcut(QKeySequence(f"{modifier}+{number}"), self, lambda k=kind: self.set_kind(k))
        self.kind_buttons.idClicked.connect(lambda index: self.set_kind(KIND_ORDER[index]))
        self.kind_label = QLabel()
        self.kind_label.setFont(_scaled(self, 1.3))
        self.kind_label.setAccessibleName(self.tr("Kind of the next note"))

        self.group_edit = QLineEdit()
        self.group_edit.setPlaceholderText(self.tr("Group or table, e.g. Table 2"))
        self.group_edit.setFont(_scaled(self, 1.3, bold=False))
        # Enter in the group moves on to the note, as a person typing "Table 2" then the note expects.
        self.group_edit.returnPressed.connect(lambda: self.note_edit.setFocus())
        group_caption = QLabel(self.tr("&Group:"))
        group_caption.setBuddy(self.group_edit)
        # While a block run as parallel tracks runs: which of them the note is from (the block itself by default).
        self.track_box = QComboBox()
        self.track_box.setFont(_scaled(self, 1.3, bold=False))
        self.track_box.setAccessibleName(self.tr("Parallel track of the next note"))
        self.track_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.track_box.setToolTip(self.tr("The note goes to the block itself or to one of its parallel tracks."))
        self.track_box.activated.connect(lambda _i: self._show_recent())
        self.track_caption = QLabel(self.tr("&Parallel track:"))
        self.track_caption.setBuddy(self.track_box)
        self.track_box.hide()  # until a block with tracks runs
        self.track_caption.hide()
        self.note_edit = QLineEdit()
        self.note_edit.setFont(_scaled(self, 1.6, bold=False))
        self.note_edit.setPlaceholderText(self.tr("Type a note and press Enter to save it"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.returnPressed.connect(self.save_note)
        note_caption = QLabel(self.tr("&Note:"))
        note_caption.setBuddy(self.note_edit)
        self.saved_label = QLabel()
        self.saved_label.setTextFormat(Qt.TextFormat.PlainText)
        self.saved_label.setAccessibleName(self.tr("Last saved note"))
        self.saved_label.setFont(_scaled(self, 1.2, bold=False))
        # The main window's Edit menu is out of reach in this full-screen window: undo is here.
        self.undo_button = QPushButton(self.tr("&Undo last step"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.setEnabled(ctx.undo_stack.canUndo())
        ctx.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.date_warning = QLabel()
        self.date_warning.setWordWrap(True)
        self.date_warning.setFont(_scaled(self, 1.1, bold=True))
        self.date_warning.hide()
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Notes of the running block"))
        self.recent.setFont(_scaled(self, 1.4, bold=False))
        self.recent.setWordWrap(True)
        self.recent.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        kind_line = QHBoxLayout()
        kind_line.addWidget(self.kind_label)
        kind_line.addLayout(kinds_row, 1)
        group_line = QHBoxLayout()
        group_line.addWidget(group_caption)
        group_line.addWidget(self.group_edit, 1)
        group_line.addSpacing(12)
        group_line.addWidget(self.track_caption)
        group_line.addWidget(self.track_box, 1)
        note_line = QHBoxLayout()
        note_line.addWidget(note_caption)
        note_line.addWidget(self.note_edit, 1)

        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(head)
        layout.addWidget(self.date_warning)
        layout.addWidget(self.block_label)
        layout.addWidget(self.plan_label)
        layout.addLayout(timing)
        layout.addWidget(self.next_label)
        layout.addLayout(controls)
        layout.addWidget(rule)
        layout.addLayout(kind_line)
        layout.addLayout(group_line)
        layout.addLayout(note_line)
        saved_line = QHBoxLayout()
        saved_line.addWidget(self.saved_label, 1)
        saved_line.addWidget(self.undo_button)
        layout.addLayout(saved_line)
        layout.addWidget(self.recent, 1)

        self.setTabOrder(self.note_edit, self.group_edit)
        self.setTabOrder(self.group_edit, self.track_box)
        self.setTabOrder(self.track_box, self.start_button)
        self.setTabOrder(self.start_button, self.next_button)
        self.setTabOrder(self.next_button, self.shorten_button)
        self.setTabOrder(self.shorten_button, self.extend_button)
        self.setTabOrder(self.extend_button, self.undo_button)
        self.setTabOrder(self.undo_button, self.leave_button)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        ctx.changed.connect(self._on_changed)
        self.set_kind(self.kind)
        self.reload()
        self.note_edit.setFocus()

    # -- the clock ----------------------------------------------------------------------
    def _on_changed(self, entity: str) -> None:
        if entity in ("", "agenda_item", "workshop", "note"):
            self.reload()

    def reload(self) -> None:
        """Read the plan from the store (on open and after edits); ticks only recompute."""
        try:
            workshop = workshops.get(self.ctx.wb, self.workshop_id)
            title, day = workshop.title, workshop.date
            self._plan = day_plan(self.ctx.wb, self.workshop_id, self.now().date())
        except Exception:  # noqa: BLE001 - the workshop went away (deleted, undo): leave quietly
            self._plan = None
            title, day = "", None
        self.workshop_label.setText(title)
        today = self.now().date().isoformat()
        # The running block follows the clock; say so when the workshop is not planned for today.
        days = {d.date for d in self._plan.days} if self._plan is not None and self._plan.days else {day}
        other_day = bool(day and today not in days)  # a workshop of several days runs on each of them
        self.date_warning.setText(fill(self.tr("This workshop is planned for %1; the blocks follow today's clock."),
                                       format_date(current_language(), day)) if other_day else "")
        self.date_warning.setVisible(other_day)
        self._previous_block = None
        self.tick()

    def tick(self) -> None:
        """Recompute the shown state; widgets are touched only when their text changes, as the
        timer runs all day (and each Qt setter call costs PySide6 6.12 a reference to None on
        Python 3.11 — see the project notes)."""
        now = self.now()
        language = current_language()
        texts = {"clock": format_time(language, now.strftime("%H:%M")), "block": "", "remaining": "", "next": "",
                 "plan": ""}
        running = False
        if self._plan is None:
            self.state = None
            texts["block"] = self.tr("The workshop was not found.")
        else:
            state = state_at(self._plan, seconds_of_day(now))
            self.state = state
            current, following = state.current, state.next
            running = current is not None
            if current is not None:
                texts["block"] = current.item.title
                texts["remaining"] = (self.tr("%n min over", "", state.over_min) if state.remaining_sec < 0
                                      else self.tr("%n min left", "", state.remaining_min))
                texts["plan"] = self._plan_text(current, state)
            elif state.after_end or not self._plan.items:
                texts["block"] = (self.tr("No block is running: the agenda has ended.") if self._plan.items
                                  else self.tr("The workshop has no agenda yet."))
            else:
                texts["block"] = self.tr("No block is running yet.")
            if following is not None:
                texts["next"] = fill(self.tr("Next: %1 at %2"), following.item.title,
                                     format_time(language, state.next_start or following.start))
            elif current is not None:
                texts["next"] = self.tr("Next: nothing, this is the last block.")
        for key, label in (("clock", self.clock_label), ("block", self.block_label),
                           ("remaining", self.remaining_label), ("next", self.next_label), ("plan", self.plan_label)):
            if label.text() != texts[key]:
                label.setText(texts[key])
        self._enable_controls(running)
        block_id = self.state.current.item.id if self.state is not None and self.state.current else None
        if block_id != self._previous_block:
            self._previous_block = block_id
            self._fill_tracks()
            self._show_recent()

    def _fill_tracks(self) -> None:
        """The running block and its tracks to choose from: the choice stays while its block
        runs (notes of one group are typed one after another), else the block itself."""
        chosen = self.track_box.currentData()
        self.track_box.clear()
        targets = note_targets(self.state)
        for target in targets:
            self.track_box.addItem(target.label, target.id)
        self.track_box.setCurrentIndex(max(0, self.track_box.findData(chosen)))
        for widget in (self.track_box, self.track_caption):
            widget.setVisible(len(targets) > 1)

    # -- actions ------------------------------------------------------------------------
    def set_kind(self, kind: str) -> None:
        self.kind = kind
        button = self.kind_buttons.button(KIND_ORDER.index(kind))
        if button is not None:
            button.setChecked(True)
        self.kind_label.setText(fill(self.tr("Kind: %1"), kind_label(kind)))
        self.note_edit.setFocus()

    def running_block_id(self) -> str | None:
        self.tick()
        if self.state is None or self.state.current is None:
            return None
        return str(self.state.current.item.id)

    def _target(self) -> tuple[str | None, str]:
        """The block or track a note typed now goes to, and how to name it."""
        block_id = self.running_block_id()
        chosen = self.track_box.currentData() if self.track_box.count() > 1 else None
        for target in note_targets(self.state):
            if target.id == (chosen or block_id):
                return target.id, target.full_title
        return None, self.tr("the workshop (no block running)")

    def save_note(self) -> None:
        text = self.note_edit.text().strip()
        if not text:
            return
        block_id, where = self._target()
        group = self.group_edit.text().strip()
        kind = self.kind
        note = self.ctx.create(
            notes.notes, self.tr("Add note"),
            make=lambda: notes.add_note(self.ctx.wb, self.workshop_id, text, kind=kind,
                                        agenda_item_id=block_id, group_label=group))
        if note is None:  # the error was shown; keep the text so nothing typed is lost
            return
        self.note_edit.clear()
        self.saved_label.setText(fill(self.tr("Saved as %1 to %2."), kind_label(kind), where))
        self._show_recent()

    def _show_recent(self) -> None:
        """The last notes of the block, or of the track chosen."""
        self.recent.clear()
        block_id = self.state.current.item.id if self.state is not None and self.state.current else None
        if block_id is not None and self.track_box.count() > 1:
            block_id = self.track_box.currentData() or block_id
        if block_id is None:
            return
        count = notes.count_notes(self.ctx.wb, self.workshop_id, agenda_item_id=block_id)
        rows = notes.list_notes(self.ctx.wb, self.workshop_id, agenda_item_id=block_id,
                                offset=max(0, count - RECENT_SHOWN))
        for row in reversed(rows):
            label = (fill(self.tr("%1 · %2"), kind_label(row.kind), row.group_label) if row.group_label
                     else kind_label(row.kind))
            self.recent.addItem(fill(self.tr("%1: %2"), label, row.text))

    def undo(self) -> None:
        self.ctx.undo_stack.undo()
        self.saved_label.clear()
        self._show_recent()
        self.note_edit.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        # Leaving with Esc must not lose a half-typed note: it is saved like Enter would.
        if self.note_edit.text().strip():
            self.save_note()
            if self.note_edit.text().strip():  # the store refused it (the message is shown): stay
                event.ignore()
                return
        self.timer.stop()
        self.closed.emit()
        super().closeEvent(event)
