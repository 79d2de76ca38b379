"""The library shows a small picture of the sheet each method prints, laid out on the worker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fasilitaattori.core.workshops import list_workshops
from fasilitaattori.documents.kinds import build_document
from fasilitaattori.ui.method_picture import HEIGHT, first_page


@pytest.fixture
def library(window):
    window.ctx.select_workshop(list_workshops(window.ctx.wb)[0].id)
    window.library_action.trigger()
    return window.library()


def _choose(library, qtbot, name):
    item = library.list.findItems(name, Qt.MatchFlag.MatchExactly, 0)[0]
    library.list.scrollToItem(item)
    qtbot.mouseClick(library.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=library.list.visualItemRect(item).center())
    return library.current()


def _sheet(library, method):
    """The first page of the method's printed sheet, drawn as the picture is."""
    return first_page(build_document(library.ctx.wb, "worksheet", method.id), HEIGHT)


def _shows(picture, image):
    pixmap = picture.pixmap()
    return not pixmap.isNull() and pixmap.toImage() == image.convertToFormat(pixmap.toImage().format())


def test_choosing_a_method_shows_its_worksheet_picture(library, qtbot):
    method = _choose(library, qtbot, "Vaikuttamisen tasot")
    assert method.worksheet  # a layout of its own
    qtbot.waitUntil(lambda: library.picture.shown == (method.id, method.language), timeout=30_000)
    pixmap = library.picture.pixmap()
    assert pixmap.height() == HEIGHT and pixmap.width() > HEIGHT // 2
    assert _shows(library.picture, _sheet(library, method))
    assert library.picture.accessibleName()


def test_a_method_without_a_layout_shows_the_general_sheet(library, qtbot):
    method = _choose(library, qtbot, "Dialogi")
    assert not method.worksheet
    qtbot.waitUntil(lambda: library.picture.shown == (method.id, method.language), timeout=30_000)
    assert _shows(library.picture, _sheet(library, method))


def test_choosing_quickly_ends_with_the_last_methods_picture(library, qtbot):
    first = _choose(library, qtbot, "Vaikuttamisen tasot")
    last = _choose(library, qtbot, "Kalamalja")  # before the first one's sheet is laid out
    qtbot.waitUntil(lambda: library.picture.shown == (last.id, last.language), timeout=30_000)
    qtbot.waitUntil(lambda: library.picture._running is None, timeout=30_000)  # no late result left
    assert library.picture.shown == (last.id, last.language)
    assert _shows(library.picture, _sheet(library, last))
    assert not _shows(library.picture, _sheet(library, first))
