"""The Photos tab: flip-chart and wall photos of the workshop, added by drag and drop or a file
dialog, shown as thumbnails, each with a caption and optionally attached to an agenda block."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QImageReader,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core import photos
from ..core.notes import BlockChoice, block_choices, block_homes
from ..core.workshops import workshops
from ..store.models import Photo
from .context import UiContext
from .fill import fill

THUMB = 160
PREVIEW_EDGE = 1400  # decoded once at about this size, enough for a full-height preview
ENTITIES = {"", "photo", "agenda_item", "workshop"}


def scaled_image(path: Path, edge: int) -> QPixmap:
    """The image read at about `edge` pixels (QImageReader scales while decoding: a 12 MP photo
    does not have to be decoded whole for a thumbnail)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > edge:
        reader.setScaledSize(size.scaled(edge, edge, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return QPixmap.fromImage(image) if not image.isNull() else QPixmap()


class PreviewLabel(QLabel):
    """An image that always fits the label, rescaled from one decoded copy as the label resizes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = QPixmap()

    def show_image(self, pixmap: QPixmap) -> None:
        self._source = pixmap
        self._fit()

    def clear(self) -> None:
        self._source = QPixmap()
        super().clear()

    def _fit(self) -> None:
        if self._source.isNull():
            return
        self.setPixmap(self._source.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()


class PhotosTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = ""
        self.photo_id = ""
        self._thumbs: dict[str, QIcon] = {}
        self._homes: dict[str, BlockChoice] = {}  # block id a photo names -> what it shows under
        self._filling = False
        self.setAcceptDrops(True)

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.add_button = QPushButton(self.tr("&Add photos…"))
        self.add_button.clicked.connect(self.choose_files)
        hint = QLabel(self.tr("or drag image files here"))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(hint)
        top.addWidget(self.add_button)

        self.grid = QListWidget()
        self.grid.setObjectName("photoGrid")
        self.grid.setAccessibleName(self.tr("Photos of this workshop"))
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setIconSize(QSize(THUMB, THUMB))
        self.grid.setGridSize(QSize(THUMB + 40, THUMB + 3 * self.fontMetrics().height()))
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setWordWrap(True)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.currentItemChanged.connect(lambda item, _old: self.show_photo(
            item.data(Qt.ItemDataRole.UserRole) if item else ""))
        self.grid.setAcceptDrops(False)  # drops go to the tab, which adds the files

        self.preview = PreviewLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(240, 180)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview.setAccessibleName(self.tr("Chosen photo"))
        self.caption_edit = QLineEdit()
        self.caption_edit.setPlaceholderText(self.tr("What the photo shows, e.g. Group 2's network map"))
        self.caption_edit.editingFinished.connect(self._caption_edited)
        self.block_box = QComboBox()
        self.block_box.activated.connect(lambda _i: self._set("agenda_item_id", self.block_box.currentData() or None))
        self.info_label = QLabel()
        self.info_label.setTextFormat(Qt.TextFormat.PlainText)
        self.delete_button = QPushButton(self.tr("&Delete photo"))
        self.delete_button.clicked.connect(self.delete)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.grid, self.delete,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.detail_box = QGroupBox(self.tr("Chosen photo"))
        detail = QVBoxLayout(self.detail_box)
        detail.addWidget(self.preview, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Caption:"), self.caption_edit)
        form.addRow(self.tr("&Block:"), self.block_box)
        form.addRow("", self.info_label)
        form.addRow("", self.delete_button)
        detail.addLayout(form)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.grid)
        splitter.addWidget(self.detail_box)
        splitter.setSizes([800, 540])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        ctx.workshop_selected.connect(self.show_workshop)
        ctx.changed.connect(self._on_changed)  # a bound method: disconnected when the tab goes
        self.show_workshop(ctx.workshop_id)

    # -- showing ------------------------------------------------------------------------------
    def show_workshop(self, workshop_id: str) -> None:
        self.workshop_id = workshop_id
        self.photo_id = ""
        self.refresh()

    def _icon(self, photo: Photo) -> QIcon:
        icon = self._thumbs.get(photo.sha256)
        if icon is None:
            icon = QIcon(scaled_image(photos.photo_path(self.ctx.wb, photo), THUMB))
            self._thumbs[photo.sha256] = icon
        return icon

    def _on_changed(self, entity: str) -> None:
        if entity in ENTITIES:
            self.refresh()

    def refresh(self) -> None:
        wb = self.ctx.wb
        try:
            title = workshops.get(wb, self.workshop_id).title if self.workshop_id else ""
        except Exception:  # noqa: BLE001 - deleted meanwhile
            self.workshop_id, title = "", ""
        rows = photos.list_photos(wb, self.workshop_id) if self.workshop_id else []
        self.title.setText(fill(self.tr("Photos: %1 (%2)"), title, len(rows))
                           if title else self.tr("Choose a workshop to see its photos."))
        self.add_button.setEnabled(bool(self.workshop_id))
        self.block_box.clear()
        self.block_box.addItem(self.tr("No block"), "")
        # Each block with its parallel tracks under it; a photo of a deleted track shows under its block.
        for block in block_choices(wb, self.workshop_id) if self.workshop_id else []:
            self.block_box.addItem(block.label, block.id)
        self._homes = block_homes(wb, self.workshop_id) if self.workshop_id else {}
        titles = {i: c.full_title for i, c in self._homes.items()}
        keep = self.photo_id
        self.grid.blockSignals(True)
        self.grid.clear()
        for photo in rows:
            label = photo.caption or photo.filename
            if photo.agenda_item_id in titles:
                label = f"{label}\n{titles[photo.agenda_item_id]}"
            item = QListWidgetItem(self._icon(photo), label)
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            item.setToolTip(label)
            self.grid.addItem(item)
            if photo.id == keep:
                self.grid.setCurrentItem(item)
        self.grid.blockSignals(False)
        self.show_photo(keep if keep in {p.id for p in rows} else "")

    def show_photo(self, photo_id: str) -> None:
        self.photo_id = photo_id
        photo: Photo | None = None
        if photo_id:
            try:
                photo = photos.photos.get(self.ctx.wb, photo_id)
            except Exception:  # noqa: BLE001
                photo = None
        self._filling = True
        self.detail_box.setEnabled(photo is not None)
        self.caption_edit.setText(photo.caption if photo else "")
        home = self._homes.get(photo.agenda_item_id or "") if photo else None
        self.block_box.setCurrentIndex(max(0, self.block_box.findData(home.id if home else "")))
        if photo is not None:
            self.preview.show_image(scaled_image(photos.photo_path(self.ctx.wb, photo), PREVIEW_EDGE))
            self.info_label.setText(fill(self.tr("%1 · %2 × %3 pixels"), photo.filename, photo.width, photo.height))
        else:
            self.preview.clear()
            self.preview.setText(self.tr("Choose a photo to give it a caption or attach it to a block."))
            self.preview.setWordWrap(True)
            self.info_label.clear()
        self._filling = False

    # -- adding -------------------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add photos"), "",
                                                self.tr("Images (*.jpg *.jpeg *.png *.gif *.webp)"))
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> list[str]:
        """Add the files as photos in one undoable step; all or none."""
        if not self.workshop_id or not paths:
            return []
        wb, workshop_id = self.ctx.wb, self.workshop_id
        added: list[str] = []

        def do() -> list[str]:
            added.clear()
            try:
                for path in paths:
                    added.append(photos.add_photo(wb, workshop_id, path).id)
            except Exception:
                for photo_id in added:  # one bad file: leave the store as it was
                    photos.photos.delete(wb, photo_id)
                added.clear()
                raise
            return list(added)

        done = self.ctx.run(self.tr("Add %n photos", "", len(paths)), do,
                            lambda: [photos.photos.delete(wb, i) for i in added], "photo",
                            redo=lambda: [photos.photos.restore(wb, i) for i in added])
        if done:
            self.photo_id = done[-1]
            self.refresh()
            self.caption_edit.setFocus()
        return done or []

    @staticmethod
    def _local_images(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self.workshop_id and self._local_images(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = self._local_images(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)

    # -- edits --------------------------------------------------------------------------------
    def _set(self, field: str, value: object) -> None:
        if self._filling or not self.photo_id:
            return
        self.ctx.update(photos.photos, self.photo_id, self.tr("Edit photo"), **{field: value})

    def _caption_edited(self) -> None:
        self._set("caption", self.caption_edit.text())

    def delete(self) -> None:
        if self.photo_id:
            self.ctx.delete(photos.photos, self.photo_id, self.tr("Delete photo"))
