"""The Workshop menu's "Live capture" (F5): opens the live screen for the chosen workshop."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from .context import UiContext
from .live_mode import LiveMode


def open_live_mode(window: QWidget, ctx: UiContext, full_screen: bool = True) -> LiveMode | None:
    """A top-level live screen over the window for `ctx.workshop_id` (None when none is chosen)."""
    if not ctx.workshop_id:  # the action is disabled then; a stray call does nothing
        return None
    live = LiveMode(ctx, ctx.workshop_id, window)
    live.setWindowFlag(Qt.WindowType.Window, True)
    live.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if full_screen:
        live.showFullScreen()
    else:
        live.show()
    live.activateWindow()
    live.note_edit.setFocus()
    return live


def install_capture_actions(window: QWidget, ctx: UiContext, menu: QMenu) -> list[QAction]:
    action = QAction(QCoreApplication.translate("CaptureActions", "&Live capture"), window)
    action.setObjectName("liveCaptureAction")
    action.setShortcut(QKeySequence(Qt.Key.Key_F5))
    action.setStatusTip(QCoreApplication.translate("CaptureActions", "A large-type screen for the running workshop: time left and quick notes."))
    action.setEnabled(bool(ctx.workshop_id))
    ctx.workshop_selected.connect(lambda workshop_id: action.setEnabled(bool(workshop_id)))
    action.triggered.connect(lambda: open_live_mode(window, ctx))
    menu.addAction(action)
    return [action]
