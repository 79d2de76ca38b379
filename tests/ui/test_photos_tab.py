"""The Photos tab: add by drop or file dialog, caption, attach to a block, delete; checked in the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QFileDialog

from fasilitaattori.core import agenda, photos, workshops


def make_image(path: Path, colour: str, size: tuple[int, int] = (800, 600)) -> Path:
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


@pytest.fixture
def setup(wb, qapp):
    from fasilitaattori.ui.context import UiContext

    ws = workshops.create_workshop(wb, title="Työpaja")
    block = agenda.add_item(wb, ws.id, title="Verkostokartta")
    ctx = UiContext(wb)
    ctx.select_workshop(ws.id)
    yield ctx, ws, block
    ctx.undo_stack.clear()


@pytest.fixture
def tab(setup, qtbot):
    from fasilitaattori.ui.photos_tab import PhotosTab

    page = PhotosTab(setup[0])
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def drop(widget, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    # As the platform does it: the drag enters (and is accepted), then drops.
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_drop_photos_then_caption_and_attach_to_a_block(tab, setup, tmp_path, qtbot):
    ctx, ws, block = setup
    files = [make_image(tmp_path / "fläppi1.png", "#c04040"), make_image(tmp_path / "seinä.jpg", "#4040c0")]
    drop(tab, files)
    stored = photos.list_photos(ctx.wb, ws.id)
    assert sorted(p.filename for p in stored) == ["fläppi1.png", "seinä.jpg"]
    assert all(photos.photo_path(ctx.wb, p).exists() for p in stored)
    assert tab.grid.count() == 2 and not tab.grid.item(0).icon().isNull()
    assert tab.caption_edit.hasFocus()  # the last added photo is chosen, ready for its caption
    qtbot.keyClicks(tab.caption_edit, "Group 2 network map")
    qtbot.keyClick(tab.caption_edit, Qt.Key.Key_Return)
    tab.block_box.setCurrentIndex(tab.block_box.findData(block.id))
    tab.block_box.activated.emit(tab.block_box.currentIndex())
    chosen = photos.photos.get(ctx.wb, tab.photo_id)
    assert (chosen.caption, chosen.agenda_item_id) == ("Group 2 network map", block.id)
    labels = [tab.grid.item(i).text() for i in range(tab.grid.count())]
    assert "Group 2 network map\nVerkostokartta" in labels


def test_file_dialog_adds_and_undo_removes_in_one_step(tab, setup, tmp_path, qtbot, monkeypatch):
    ctx, ws, _ = setup
    files = [make_image(tmp_path / f"kuva{i}.png", "#40a040", (40, 30)) for i in range(3)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(f) for f in files], ""))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert len(photos.list_photos(ctx.wb, ws.id)) == 3
    ctx.undo_stack.undo()
    assert photos.list_photos(ctx.wb, ws.id) == [] and tab.grid.count() == 0


def test_a_file_that_is_not_a_photo_adds_nothing_and_says_why(tab, setup, tmp_path):
    ctx, ws, _ = setup
    good = make_image(tmp_path / "ok.png", "#808080", (20, 20))
    bad = tmp_path / "muistio.txt"
    bad.write_text("ei kuva", encoding="utf-8")
    drop(tab, [good, bad])
    assert photos.list_photos(ctx.wb, ws.id) == []
    assert "not a photo" in ctx.last_error


def test_delete_key_removes_the_chosen_photo(tab, setup, tmp_path, qtbot):
    ctx, ws, _ = setup
    drop(tab, [make_image(tmp_path / "a.png", "#000000", (20, 20))])
    tab.grid.setFocus()
    tab.grid.setCurrentRow(0)
    qtbot.keyClick(tab.grid, Qt.Key.Key_Delete)
    assert photos.list_photos(ctx.wb, ws.id) == []
