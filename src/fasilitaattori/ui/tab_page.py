"""A workshop tab's place in the window: made the first time it is shown, inside a scroll area."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from .context import UiContext
from .workshop_tabs import WorkshopTab


class _Holder(QWidget):
    """A tab inside its scroll area. Wrapped text makes a tab's height depend on its width, and
    the scroll area then stretched the tab to every list's full height, so the whole tab
    scrolled; the tab gets the window's height instead (never less than it needs) and its
    lists scroll inside it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self.minimumSizeHint().height()


class LazyPage(QWidget):
    """A tab's place holder; the real tab is made the first time it is needed."""

    def __init__(self, spec: WorkshopTab, ctx: UiContext) -> None:
        super().__init__()
        self.spec = spec
        self.ctx = ctx
        self.widget: QWidget | None = None
        self.setObjectName(spec.key)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def build(self) -> QWidget:
        if self.widget is None:
            # A tab wider than the window (long words, large fonts) scrolls instead of widening
            # the window past a 1366-pixel screen.
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            holder = _Holder(scroll)
            self.widget = self.spec.make(self.ctx, holder)
            holder.layout().addWidget(self.widget)
            scroll.setWidget(holder)
            holder.show()  # a widget put into a scroll area that is already shown stays hidden
            self.layout().addWidget(scroll)
            scroll.show()  # at once, not at the next turn of the event loop
        return self.widget
