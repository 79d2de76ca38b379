"""The tabs of the workshop view, in order.

Each tab is a widget class taking `(ctx, parent)` that follows `ctx.workshop_selected` and
`ctx.changed` itself. The main window builds one of each; keeping the list here lets each part
of the window add its tab without touching the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from .context import UiContext


@dataclass(frozen=True)
class WorkshopTab:
    key: str  # stable name: object name of the page, remembered in QSettings
    title: Callable[[], str]  # translated at the time the tab is built
    make: Callable[[UiContext, QWidget | None], QWidget]


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkshopTabs", text)


def _overview(ctx: UiContext, parent: QWidget | None) -> QWidget:
    from .overview_tab import OverviewTab
    return OverviewTab(ctx, parent)


def _agenda(ctx: UiContext, parent: QWidget | None) -> QWidget:
    from .agenda_tab import AgendaTab
    return AgendaTab(ctx, parent)


def _documents(ctx: UiContext, parent: QWidget | None) -> QWidget:
    from .documents_tab import DocumentsTab
    return DocumentsTab(ctx, parent)


def _feedback(ctx: UiContext, parent: QWidget | None) -> QWidget:
    from .feedback_tab import FeedbackTab
    return FeedbackTab(ctx, parent)


def workshop_tabs() -> list[WorkshopTab]:
    return [
        WorkshopTab("overview", lambda: _tr("Overview"), _overview),
        WorkshopTab("agenda", lambda: _tr("Agenda"), _agenda),
        WorkshopTab("feedback", lambda: _tr("Feedback"), _feedback),
        WorkshopTab("printouts", lambda: _tr("Printouts"), _documents),
    ]
