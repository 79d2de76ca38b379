"""The first start: an empty store opens on the welcome page; its buttons, driven by the keys,
make a project, open the example project (made once, in the window's language) and show the
quick guide."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from fasilitaattori.core import projects
from fasilitaattori.core.agenda import list_agenda
from fasilitaattori.core.workshops import list_workshops
from fasilitaattori.ui.i18n import install_language, remove_language


@pytest.fixture
def language(qapp) -> Iterator[None]:
    before = QLocale()
    yield
    remove_language()
    QLocale.setDefault(before)


def _press(qtbot, button):
    """Tab to a button and press it with Space, as a keyboard user does."""
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_an_empty_store_opens_on_the_welcome_page(make_window, wb, qtbot):
    window = make_window(wb)
    page = window.welcome
    assert page is not None and window.stack.currentWidget().isAncestorOf(page)
    assert page.create_button.isVisible() and page.example_button.isVisible() and page.guide_button.isVisible()


def test_a_store_with_content_opens_on_the_workshop(make_window, demo_wb):
    window = make_window(demo_wb)
    assert window.welcome is None and window.stack.currentWidget() is window.tabs


def test_create_a_project_from_the_welcome_page(make_window, wb, qtbot, answer):
    window = make_window(wb)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.welcome.create_button, Qt.Key.Key_Return)  # it has the focus at first
    answer("Kylailta")
    assert [p.name for p in projects.list_projects(wb)] == ["Kylailta"]
    assert window.stack.currentWidget() is window.tabs


def test_the_example_project_is_made_once(make_window, wb, qtbot):
    window = make_window(wb)
    _press(qtbot, window.welcome.example_button)
    assert [p.id for p in projects.list_projects(wb)] and len(list_workshops(wb)) == 4
    assert window.stack.currentWidget() is window.tabs and window.ctx.workshop_id in {
        w.id for w in list_workshops(wb)}
    window.findChild(QAction, "exampleProject").trigger()  # Help → Open the example project
    _press(qtbot, window.welcome.example_button)  # and the welcome page's button once more
    assert len(projects.list_projects(wb)) == 1 and len(list_workshops(wb)) == 4


def test_the_example_project_speaks_the_window_language(make_window, wb, qtbot, language):
    install_language("sv")
    window = make_window(wb)
    _press(qtbot, window.welcome.example_button)
    first = list_workshops(wb)[0]
    assert first.language == "sv"
    assert "Dialog" in [i.title for i in list_agenda(wb, first.id)]  # the Swedish method
    assert first.title.startswith("Påverkansworkshop") and projects.list_projects(wb)[0].name.startswith(
        "Påverka tillsammans")


@pytest.mark.parametrize(("code", "heading"), [("fi", "Pikaopas"), ("sv", "Snabbguide"), ("en", "Quick guide")])
def test_the_quick_guide_in_the_window_language(make_window, wb, qtbot, language, code, heading):
    from fasilitaattori.ui.guide_dialog import GuideDialog

    install_language(code)
    window = make_window(wb)
    _press(qtbot, window.welcome.guide_button)
    dialog = window.findChild(GuideDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.text.toPlainText().startswith(heading)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.text)  # read with the keys at once
    qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    guide = window.findChild(QAction, "quickGuide")  # also under Help
    assert guide is not None and guide in window.menu("help").actions()
