"""A small picture of a method's printable sheet in the library: the first page of its own
worksheet, or of the general answer sheet when it has no layout of its own.

The sheet is laid out on the printout worker (pdf_worker.py), never on the window's thread. Only
one layout runs at a time: while it runs, choosing other methods only notes the latest wish,
so running the arrow keys down the list queues no backlog. A result that is no longer wanted
is kept in the cache but not shown. Pictures are kept per method id and language until a
method changes.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ..documents.kinds import prepare_document
from ..store.models import Method
from .context import UiContext
from .pdf_worker import PdfWorker

Key = tuple[str, str]  # method id, language
HEIGHT = 200  # pixels: big enough to tell a grid from boxes, small beside the text


def first_page(data: bytes, height: int) -> QImage:
    """The PDF's first page drawn `height` pixels tall (a null image when it has no page)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.pageCount() < 1:
        return QImage()
    points = document.pagePointSize(0)
    width = max(1, round(height * points.width() / max(points.height(), 1.0)))
    image = document.render(0, QSize(width, height))
    document.close()
    return image


class MethodPicture(QLabel):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("methodPicture")
        self.setAccessibleName(self.tr("Picture of the method's worksheet"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFixedHeight(HEIGHT + 8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.cache: dict[Key, QPixmap] = {}
        self.shown: Key | None = None  # whose picture is on screen
        self.wanted: Key | None = None
        self._running: Key | None = None
        self._outdated = False  # a method changed while its sheet was laid out
        self.worker = PdfWorker(self)
        self.worker.finished.connect(self._arrived)
        self.worker.failed.connect(lambda _n, _error: self._arrived(0, b""))
        ctx.changed.connect(self._changed)

    def show_method(self, method: Method | None) -> None:
        """Show `method`'s picture now if it is known, else as soon as it is laid out."""
        self.wanted = (method.id, method.language) if method is not None else None
        if self.wanted is None:
            self._put(None)
        elif self.wanted in self.cache:
            self._put(self.wanted)
        else:
            self._put(None)
            self.setText(self.tr("Preparing the picture…"))
            self._start()

    def _start(self) -> None:
        if self._running is not None or self.wanted is None or self.wanted in self.cache:
            return
        try:
            render = prepare_document(self.ctx.wb, "worksheet", self.wanted[0])
        except Exception:  # noqa: BLE001 - a broken spec: the text preview says what it is
            self.setText("")
            return
        self._running = self.wanted
        self._outdated = False
        self.worker.start(render)

    def _arrived(self, _number: int, data: bytes) -> None:
        key, self._running = self._running, None
        if key is not None and data and not self._outdated:
            image = first_page(data, HEIGHT)
            if not image.isNull():
                self.cache[key] = QPixmap.fromImage(image)
        if self.wanted is not None and self.wanted in self.cache:
            self._put(self.wanted)
        elif self.wanted == key and not data:
            self.setText("")  # it could not be laid out: the text preview still tells the method
        else:  # chosen meanwhile, or changed meanwhile: lay out the newest wish
            self._start()

    def _put(self, key: Key | None) -> None:
        self.shown = key
        if key is None:
            self.clear()
        else:
            self.setPixmap(self.cache[key])

    def _changed(self, entity: str) -> None:
        if entity in ("", "method", "setting"):  # a method's sheet or the header may differ now
            self.cache.clear()
            self._outdated = self._running is not None
