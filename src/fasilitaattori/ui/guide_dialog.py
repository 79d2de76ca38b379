"""The built-in quick guide (resources/guide/quick_guide_<language>.md) and the Help menu's
actions: the guide, the example project, the keyboard shortcuts and About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..paths import resource
from .context import UiContext


def guide_text(language: str) -> str:
    path = resource("guide", f"quick_guide_{language}.md")
    if not path.is_file():
        path = resource("guide", "quick_guide_fi.md")
    return path.read_text(encoding="utf-8")


class GuideDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickGuide")
        self.setWindowTitle(self.tr("Quick guide"))
        self.text = QTextBrowser()
        self.text.setObjectName("guideText")
        self.text.setAccessibleName(self.tr("Quick guide"))
        self.text.setOpenLinks(False)  # the program opens no web pages
        self.text.setMarkdown(guide_text(language))
        # Read with the keys: the arrows and Page Up/Down scroll, Tab moves to Close.
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)
        self.text.setFocus()


def install_help_actions(window: QWidget, ctx: UiContext, menu: QMenu) -> list[QAction]:
    """The Help menu. Its texts keep the MainWindow context they had when the window made them."""
    from .welcome_page import open_example, show_guide

    def add(text: str, slot: object, name: str, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        menu.addAction(action)
        return action

    guide = add(QCoreApplication.translate("MainWindow", "&Quick guide"), lambda: show_guide(window),
                "quickGuide")
    example = add(QCoreApplication.translate("MainWindow", "Open the &example project"),
                  lambda: open_example(window, ctx), "exampleProject")  # type: ignore[arg-type]
    keys = add(QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"), lambda: show_keys(window),
               "keys", QKeySequence(Qt.Key.Key_F1))
    menu.addSeparator()
    about_action = add(QCoreApplication.translate("MainWindow", "&About Fasilitaattori"),
                       lambda: about(window), "about")
    about_action.setMenuRole(QAction.MenuRole.AboutRole)
    return [guide, example, keys, about_action]


def about(window: QWidget) -> None:
    text = QCoreApplication.translate(
        "MainWindow", "Fasilitaattori %1\n\nAn offline workbench for planning and running workshops, "
        "capturing what comes out and printing the results.").replace("%1", __version__)
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("MainWindow", "About Fasilitaattori"),
                      text, QMessageBox.StandardButton.Ok, window)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def show_keys(window: QWidget) -> None:
    lines = [QCoreApplication.translate("MainWindow", "Ctrl+K: find everywhere"),
             QCoreApplication.translate("MainWindow", "Ctrl+Z / Ctrl+Shift+Z: undo / redo"),
             QCoreApplication.translate("MainWindow", "Ctrl+N: new workshop"),
             QCoreApplication.translate("MainWindow", "Ctrl+1 … Ctrl+9: the workshop's tabs"),
             QCoreApplication.translate("MainWindow", "Ctrl+L: method library"),
             QCoreApplication.translate("MainWindow", "Ctrl+Shift+F: filter the workshop list"),
             QCoreApplication.translate("MainWindow", "F6: move between the workshop list and the page"),
             QCoreApplication.translate("MainWindow", "F2: rename"),
             QCoreApplication.translate("MainWindow", "Alt+Up / Alt+Down: move an agenda block")]
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("MainWindow", "Keyboard shortcuts"),
                      "\n".join(lines), QMessageBox.StandardButton.Ok, window)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
