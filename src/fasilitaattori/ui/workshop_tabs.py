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


def _overview(ctx: UiContext, parent: QWidget | None) -> QWidget:
    from .overview_tab import OverviewTab
    return OverviewTab(ctx, parent)


def _agenda(ctx: UiContext, parent: QWidget | None) -> QWidget:
    from .agenda_tab import AgendaTab
    return AgendaTab(ctx, parent)


def _documents(ctx: UiContext, parent: QWidget | None) -> QWidget:
    from .documents_tab import DocumentsTab
    return DocumentsTab(ctx, parent)


def _participants(ctx: UiContext, parent: QWidget | None) -> QWidget:
    from .participants_tab import ParticipantsTab
    return ParticipantsTab(ctx, parent)


def _notes(ctx: UiContext, parent: QWidget | None) -> QWidget:
    from .notes_tab import NotesTab
    return NotesTab(ctx, parent)


def _tasks(ctx: UiContext, parent: QWidget | None) -> QWidget:
    from .tasks_tab import TasksTab
    return TasksTab(ctx, parent)


def _feedback(ctx: UiContext, parent: QWidget | None) -> QWidget:
    from .feedback_tab import FeedbackTab
    return FeedbackTab(ctx, parent)


def _photos(ctx: UiContext, parent: QWidget | None) -> QWidget:
    from .photos_tab import PhotosTab
    return PhotosTab(ctx, parent)


def workshop_tabs() -> list[WorkshopTab]:
    return [
        WorkshopTab("overview", lambda: QCoreApplication.translate("WorkshopTabs", "Overview"), _overview),
        WorkshopTab("agenda", lambda: QCoreApplication.translate("WorkshopTabs", "Agenda"), _agenda),
        WorkshopTab("participants", lambda: QCoreApplication.translate("WorkshopTabs", "Participants"), _participants),
        WorkshopTab("notes", lambda: QCoreApplication.translate("WorkshopTabs", "Notes"), _notes),
        WorkshopTab("tasks", lambda: QCoreApplication.translate("WorkshopTabs", "Tasks"), _tasks),
        WorkshopTab("feedback", lambda: QCoreApplication.translate("WorkshopTabs", "Feedback"), _feedback),
        WorkshopTab("photos", lambda: QCoreApplication.translate("WorkshopTabs", "Photos"), _photos),
        WorkshopTab("printouts", lambda: QCoreApplication.translate("WorkshopTabs", "Printouts"), _documents),
    ]
