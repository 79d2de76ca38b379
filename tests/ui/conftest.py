"""Window fixtures: a main window on the demo store, with QSettings kept in the test's folder."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_dialog_outlives_its_test(qapp):
    """A dialog left open (a child of a test's window is not closed with it) would stay the
    active modal window in the next tests until something ran the event loop: close it, and
    delete what the closed windows left for later, so no test depends on the one before."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication, QDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def qsettings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, qsettings):
    from fasilitaattori.ui.main_window import MainWindow

    made = []

    def make(wb, settings=None):
        window = MainWindow(wb, settings or qsettings)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.ctx.undo_stack.clear()


@pytest.fixture
def window(demo_wb, make_window):
    return make_window(demo_wb)


@pytest.fixture
def answer(qtbot):
    """answer(text): fill in the open one-line prompt and press OK (or Cancel)."""
    return lambda text, accept=True: _answer(qtbot, text, accept)


def _answer(qtbot, text, accept):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QLineEdit

    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QInputDialog))
    dialog = QApplication.activeModalWidget()
    line = dialog.findChild(QLineEdit)
    line.clear()
    if text.isascii():
        qtbot.keyClicks(line, text)
    else:
        line.setText(text)
    buttons = dialog.findChild(QDialogButtonBox)
    role = QDialogButtonBox.StandardButton.Ok if accept else QDialogButtonBox.StandardButton.Cancel
    qtbot.mouseClick(buttons.button(role), Qt.MouseButton.LeftButton)
