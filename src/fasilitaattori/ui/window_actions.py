"""Menu actions that parts of the app add to the main window.

An installer gets the window, the shared context and `menu(name)`, which returns the window's
menu of that name ("file", "edit", "workshop", "tools", "help"), and returns the actions it added.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from .context import UiContext

MenuFor = Callable[[str], QMenu]
Installer = Callable[[QWidget, UiContext, MenuFor], list[QAction]]


def _privacy(window: QWidget, ctx: UiContext, menu: MenuFor) -> list[QAction]:
    from .privacy_actions import install_privacy_actions
    return install_privacy_actions(window, ctx, menu("tools"))


def _capture(window: QWidget, ctx: UiContext, menu: MenuFor) -> list[QAction]:
    from .capture_actions import install_capture_actions
    return install_capture_actions(window, ctx, menu("workshop"))


def _series(window: QWidget, ctx: UiContext, menu: MenuFor) -> list[QAction]:
    from .series_view import install_series_actions
    return install_series_actions(window, ctx, menu("workshop"))


def _sync(window: QWidget, ctx: UiContext, menu: MenuFor) -> list[QAction]:
    from .sync_actions import install_sync_actions
    return install_sync_actions(window, ctx, menu("file"), menu("tools"))


def _help(window: QWidget, ctx: UiContext, menu: MenuFor) -> list[QAction]:
    from .guide_dialog import install_help_actions
    return install_help_actions(window, ctx, menu("help"))


def installers() -> list[Installer]:
    return [_privacy, _capture, _series, _sync, _help]


def install_all(window: QWidget, ctx: UiContext, menu: MenuFor) -> list[QAction]:
    actions: list[QAction] = []
    for install in installers():
        actions.extend(install(window, ctx, menu))
    return actions
