"""Alt+letter in Finnish, Swedish and English: a letter underlined in a label reaches its
field, and the sidebar's buttons (also under File and Ctrl+N) take no letter from the tabs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QGroupBox,
    QLabel,
    QTabBar,
    QTabWidget,
)

from fasilitaattori.core.workshops import list_workshops
from fasilitaattori.ui.i18n import install_language


def letters(widget) -> set[str]:
    """The Alt+letters of the buttons and labelled fields shown inside `widget`."""
    found = set()
    for child in widget.findChildren(QAbstractButton) + widget.findChildren(QLabel):
        if child.isVisible() and (not isinstance(child, QLabel) or child.buddy() is not None):
            key = QKeySequence.mnemonic(child.text()).toString().lower()
            if key:
                found.add(key)
    return found


@pytest.fixture(params=["fi", "sv", "en"])
def window(request, demo_wb, make_window, qtbot):
    install_language(request.param)
    shown = make_window(demo_wb)
    shown.ctx.select_workshop(list_workshops(demo_wb)[0].id)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    return shown


def test_the_sidebar_buttons_take_no_letter_from_the_tabs(window):
    sidebar = letters(window.sidebar)
    for page in window.pages:
        tab = window.show_tab(page.spec.key)
        shared = sidebar & letters(tab)
        assert not shared, f"{page.spec.key}: {shared}"


def test_the_printout_is_chosen_by_the_letter_of_its_label(window, qtbot):
    tab = window.show_tab("printouts")
    form = next(lay for lay in tab.findChildren(QFormLayout) if lay.labelForField(tab.kind) is not None)
    label = form.labelForField(tab.kind)
    key = QKeySequence.mnemonic(label.text())
    assert not key.isEmpty()
    tab.paper.setFocus()
    qtbot.keyClick(tab.paper, key[0].key(), Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is tab.kind


def _mnemonics(root) -> list[str]:
    """'Alt+x: text' for every Alt letter shown inside `root`: buttons, labels with a buddy,
    group boxes and tab bars. Disabled ones count too: selecting a row enables them."""
    found = []
    # unbound calls: a widget class may name an attribute "title" or "text"
    texts = [QAbstractButton.text(w) for w in root.findChildren(QAbstractButton) if w.isVisible()]
    texts += [QLabel.text(w) for w in root.findChildren(QLabel) if w.isVisible() and w.buddy() is not None]
    texts += [QGroupBox.title(w) for w in root.findChildren(QGroupBox) if w.isVisible()]
    for bar in root.findChildren(QTabBar):
        if bar.isVisible():
            texts += [bar.tabText(i) for i in range(bar.count())]
    for text in texts:
        key = QKeySequence.mnemonic(text).toString().lower().removeprefix("alt+")
        if key:
            found.append(f"{key}: {text}")
    return found


def _clashes(page: str, shown: list[str], menu_letters: set[str]) -> list[str]:
    by_letter: dict[str, list[str]] = {}
    for entry in shown:
        by_letter.setdefault(entry.split(":")[0], []).append(entry)
    return [f"{page}: {same} {'(a menu letter)' if letter in menu_letters else ''}"
            for letter, same in by_letter.items() if len(same) > 1 or letter in menu_letters]


def _select_first_rows(tab) -> None:
    """A chosen row shows the tab's detail fields (a task's form, a person's needs)."""
    for view in tab.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() and not view.selectionModel().hasSelection():
            view.setCurrentIndex(model.index(0, 0))


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_no_page_shares_an_alt_letter_with_the_menus_or_itself(language, demo_wb, make_window):
    """Alt+letter that two things on a page share, or that a menu title has, only moves between
    them or opens the menu: the letter no longer reaches its field."""
    install_language(language)
    window = make_window(demo_wb)
    window.ctx.select_workshop(list_workshops(demo_wb)[0].id)
    menu_letters = {QKeySequence.mnemonic(a.text()).toString().lower().removeprefix("alt+")
                    for a in window.menuBar().actions()}
    clashes = []
    for page in window.pages:
        tab = window.show_tab(page.spec.key)
        _select_first_rows(tab)
        # The agenda's side tabs; the printout chosen shows its own fields (block, groups, codes).
        for inner in tab.findChildren(QTabWidget) or ([tab.kind] if page.spec.key == "printouts" else []):
            for index in range(inner.count()):
                inner.setCurrentIndex(index)
                clashes += _clashes(f"{page.spec.key}/{index}", _mnemonics(window), menu_letters)
        clashes += _clashes(page.spec.key, _mnemonics(window), menu_letters)
    window.show_library()
    _select_first_rows(window.library())
    clashes += _clashes("library", _mnemonics(window), menu_letters)
    from fasilitaattori.ui.series_view import show_series

    assert show_series(window, window.ctx) is not None
    clashes += _clashes("series", _mnemonics(window), menu_letters)
    assert clashes == [], "\n".join(dict.fromkeys(clashes))


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_no_dialog_shares_an_alt_letter_with_itself(language, demo_wb, make_window):
    from datetime import datetime

    from fasilitaattori.ui.live_mode import LiveMode
    from fasilitaattori.ui.method_editor import MethodEditor
    from fasilitaattori.ui.method_picker import MethodPickerDialog
    from fasilitaattori.ui.settings_dialog import SettingsDialog

    install_language(language)
    window = make_window(demo_wb)
    library = window.library()
    editor = MethodEditor(window.ctx, library.current_id(), window, copy=True)
    editor.show()
    editor.worksheet.setChecked(True)  # its fields show
    clashes = _clashes("method editor", _mnemonics(editor), set())
    editor.close()
    live = LiveMode(window.ctx, list_workshops(demo_wb)[0].id, now=lambda: datetime(2026, 3, 10, 10, 52))
    for name, dialog in (("settings", SettingsDialog(window.ctx, window)),
                         ("add from library", MethodPickerDialog(window.ctx, window)), ("live capture", live)):
        dialog.show()
        clashes += _clashes(name, _mnemonics(dialog), set())
        dialog.close()
    assert clashes == [], "\n".join(clashes)
