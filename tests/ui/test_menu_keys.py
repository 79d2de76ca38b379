"""Every menu item can be reached from the keyboard in every language: by an Alt letter that no
other item of its menu has (Qt only moves between items that share one, without choosing), or
by a shortcut. The menu titles' letters differ from one another too."""

from __future__ import annotations

import re

import pytest

from fasilitaattori.ui.i18n import install_language

_LETTER = re.compile(r"&(?!&)(\w)")


def _letter(text: str) -> str | None:
    found = _LETTER.search(text)
    return found.group(1).casefold() if found else None


def _clashes(texts: list[str]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for text in texts:
        letter = _letter(text)
        if letter is not None:
            by_letter.setdefault(letter, []).append(text)
    return {letter: same for letter, same in by_letter.items() if len(same) > 1}


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_every_menu_item_has_its_own_key(language, demo_wb, make_window):
    install_language(language)
    window = make_window(demo_wb)
    titles = [action.text() for action in window.menuBar().actions()]
    assert None not in map(_letter, titles) and _clashes(titles) == {}, titles
    for title_action in window.menuBar().actions():
        items = [a for a in title_action.menu().actions() if not a.isSeparator()]
        texts = [a.text() for a in items]
        assert _clashes(texts) == {}, f"{title_action.text()}: {texts}"
        keyless = [a.text() for a in items if _letter(a.text()) is None and a.shortcut().isEmpty()]
        assert keyless == [], f"{title_action.text()}: no Alt letter and no shortcut"
