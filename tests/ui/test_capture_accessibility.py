"""Keyboard and screen-reader basics of the capture screens: every input has a name a screen
reader can say (an accessible name or a label pointing at it) and can take keyboard focus."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QWidget,
)

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def _named(widget: QWidget, root: QWidget) -> bool:
    if widget.accessibleName():
        return True
    if any(label.buddy() is widget for label in root.findChildren(QLabel)):
        return True
    return any(form.labelForField(widget) is not None for form in root.findChildren(QFormLayout))


def _screens(ctx, workshop_id):
    from fasilitaattori.ui.live_mode import LiveMode
    from fasilitaattori.ui.workshop_tabs import workshop_tabs

    yield "live", LiveMode(ctx, workshop_id, now=lambda: datetime(2026, 4, 14, 11, 0))
    for tab in workshop_tabs():
        if tab.key in ("participants", "notes", "tasks", "photos"):
            yield tab.key, tab.make(ctx, None)


@pytest.fixture
def ctx(demo_wb, qapp):
    from fasilitaattori.core.workshops import list_workshops
    from fasilitaattori.ui.context import UiContext

    context = UiContext(demo_wb)
    context.select_workshop(list_workshops(demo_wb)[1].id)
    yield context
    context.undo_stack.clear()


def test_every_input_has_a_name_and_takes_focus(ctx, qtbot):
    problems = []
    for key, screen in _screens(ctx, ctx.workshop_id):
        qtbot.addWidget(screen)
        screen.resize(1366, 768)
        screen.show()
        for widget in screen.findChildren(QWidget):
            if not isinstance(widget, INPUTS) or isinstance(widget, QHeaderView) or not widget.isVisibleTo(screen):
                continue
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
                continue  # the line edit inside a combo or spin box speaks for its owner
            if not _named(widget, screen):
                problems.append(f"{key}: {type(widget).__name__} {widget.objectName()!r} has no name")
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                problems.append(f"{key}: {type(widget).__name__} cannot take keyboard focus")
    assert problems == []


def test_the_workshop_tabs_come_in_the_planned_order():
    from fasilitaattori.ui.workshop_tabs import workshop_tabs

    keys = [t.key for t in workshop_tabs()]
    mine = [k for k in keys if k in ("participants", "notes", "tasks", "feedback", "photos", "printouts")]
    assert mine == ["participants", "notes", "tasks", "feedback", "photos", "printouts"]
