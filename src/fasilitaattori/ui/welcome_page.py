"""The first start: with nothing in the store the window opens on a welcome page instead of
an empty workshop view. It offers a new project, the example project and the quick guide, and
gives way to the workshop tabs as soon as the store holds a project or a workshop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.browse import store_is_empty
from ..core.workshops import list_workshops
from .context import UiContext

if TYPE_CHECKING:
    from .main_window import MainWindow


def ui_language() -> str:
    """The language the window speaks now (the translators set the default locale)."""
    name = QLocale().name().split("_")[0]
    return name if name in ("fi", "sv", "en") else "fi"


class WelcomePage(QWidget):
    create_project = Signal()
    open_example = Signal()
    read_guide = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        title = QLabel(self.tr("Welcome to Fasilitaattori"))
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(self.tr(
            "Plan workshops, run them, write down what comes out and print what you need. "
            "Everything stays on this computer.\n\nStart with a project of your own, or look around "
            "in the example project first: a series of three council workshops, which you can delete "
            "when you no longer need it."))
        text.setWordWrap(True)
        self.create_button = QPushButton(self.tr("&Create a project"))
        self.example_button = QPushButton(self.tr("Open the e&xample project"))
        self.guide_button = QPushButton(self.tr("Read the &quick guide"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addSpacing(title.fontMetrics().height() // 2)
        layout.addWidget(text)
        layout.addSpacing(title.fontMetrics().height())
        for button, signal in ((self.create_button, self.create_project),
                               (self.example_button, self.open_example),
                               (self.guide_button, self.read_guide)):
            button.setMinimumHeight(button.sizeHint().height() * 3 // 2)
            button.setAutoDefault(True)  # Enter presses the button that has the focus
            button.clicked.connect(signal.emit)
            layout.addWidget(button)
        layout.addStretch(2)
        layout.setContentsMargins(48, 24, 48, 24)
        self.setMaximumWidth(720)
        self.setFocusProxy(self.create_button)


class _Holder(QWidget):
    """Centres the page in the window's wide right-hand side."""

    def __init__(self, page: WelcomePage) -> None:
        super().__init__()
        self.setObjectName("welcomeHolder")
        layout = QVBoxLayout(self)
        layout.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
        self.setFocusProxy(page)


def attach_welcome(window: MainWindow, ctx: UiContext) -> WelcomePage | None:
    """Show the welcome page when the store is empty; None when there is something to show."""
    if store_is_empty(ctx.wb):
        page = WelcomePage()
        holder = _Holder(page)
        window.stack.addWidget(holder)
        window.stack.setCurrentWidget(holder)
        page.create_project.connect(window.sidebar.new_project)
        page.open_example.connect(lambda: open_example(window, ctx))
        page.read_guide.connect(lambda: show_guide(window))

        def leave_when_filled(entity: str) -> None:
            if window.stack.currentWidget() is holder and entity in ("", "project", "workshop") \
                    and not store_is_empty(ctx.wb):
                window.stack.setCurrentWidget(window.tabs)

        ctx.changed.connect(leave_when_filled)
        page.create_button.setFocus()
        return page
    return None


def open_example(window: MainWindow, ctx: UiContext) -> None:
    """The example project (made the first time, in the window's language), its first workshop open."""
    from ..core.demo import create_demo  # only when asked for: not on every start

    try:
        project = create_demo(ctx.wb, ui_language())
        first = list_workshops(ctx.wb, project.id)
    except Exception as exc:  # noqa: BLE001
        ctx.report(exc)
        return
    ctx.changed.emit("")
    window.stack.setCurrentWidget(window.tabs)
    if first:
        window.sidebar.select_id(first[0].id)
        window.open_workshop(first[0].id)


def show_guide(parent: QWidget) -> None:
    from .guide_dialog import GuideDialog

    dialog = GuideDialog(ui_language(), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
