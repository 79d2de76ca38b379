"""Put a plain PNG into the PDF without decoding it.

A PNG's image data is a zlib stream of rows, each led by a filter byte; PDF reads exactly that
with /FlateDecode and the PNG predictor. So an 8-bit grey or RGB, non-interlaced PNG can be
copied in as it is, which is many times faster than decoding and re-compressing the pixels.
Anything else (palette, alpha, 16-bit, interlaced) goes the ordinary way through Pillow.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.utils import _digester
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFImageXObject, PDFName, PDFStream
from reportlab.platypus import Flowable

_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class PngData:
    width: int
    height: int
    colors: int  # 1 grey, 3 RGB
    data: bytes  # the concatenated IDAT chunks


def read_plain_png(path: Path, max_bytes: int = 8_000_000) -> PngData | None:
    """The PNG's compressed rows when it can be copied as is, else None."""
    raw = path.read_bytes()[: max_bytes + 1]
    if len(raw) > max_bytes or not raw.startswith(_SIGNATURE):
        return None
    pos, header, parts = 8, None, []
    while pos + 8 <= len(raw):
        length, kind = struct.unpack(">I4s", raw[pos:pos + 8])
        body = raw[pos + 8:pos + 8 + length]
        if len(body) != length:
            return None
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            parts.append(body)
        elif kind in (b"IEND",):
            break
        elif kind in (b"tRNS", b"PLTE"):
            return None  # transparency or palette: let Pillow handle it
        pos += 12 + length
    if header is None or not parts:
        return None
    width, height, depth, color_type, _compression, _filter, interlace = header
    if depth != 8 or interlace != 0 or color_type not in (0, 2) or not width or not height:
        return None
    return PngData(width, height, 1 if color_type == 0 else 3, b"".join(parts))


class _PngXObject(PDFImageXObject):
    def __init__(self, name: str, png: PngData) -> None:  # no call to super: nothing to load
        self.name = name
        self.width = png.width
        self.height = png.height
        self.bitsPerComponent = 8
        self.colorSpace = "DeviceRGB" if png.colors == 3 else "DeviceGray"
        self._filters = ("FlateDecode",)
        self.streamContent = png.data
        self.mask = None
        self._colors = png.colors

    def format(self, document: Any) -> bytes:
        stream = PDFStream(content=self.streamContent)
        stream.filters = []  # already compressed: copy the bytes as they are
        d = stream.dictionary
        d["Type"] = PDFName("XObject")
        d["Subtype"] = PDFName("Image")
        d["Width"] = self.width
        d["Height"] = self.height
        d["BitsPerComponent"] = 8
        d["ColorSpace"] = PDFName(self.colorSpace)
        d["Filter"] = PDFName("FlateDecode")
        d["DecodeParms"] = PDFDictionary({"Predictor": 15, "Colors": self._colors, "BitsPerComponent": 8,
                                          "Columns": self.width})
        d["Length"] = len(self.streamContent)
        return stream.format(document)


class PngImage(Flowable):
    """Draws a plain PNG copied straight into the PDF (see the module text)."""

    def __init__(self, path: Path, png: PngData, width: float, height: float) -> None:
        super().__init__()
        self.path = str(path)
        self.png = png
        self.draw_width = width
        self.draw_height = height
        self.hAlign = "LEFT"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.draw_width, self.draw_height

    def draw(self) -> None:
        canvas = self.canv
        try:
            # register under the name drawImage gives this file, so drawImage finds it loaded
            name = _digester(f"{self.path}None".encode())
            reg = canvas._doc.getXObjectName(name)
            if canvas._doc.idToObject.get(reg) is None:
                xobject = _PngXObject(name, self.png)
                canvas._setXObjects(xobject)
                canvas._doc.Reference(xobject, reg)
                canvas._doc.addForm(name, xobject)
        except Exception:  # noqa: BLE001 - reportlab changed inside: drawImage decodes the file itself
            pass
        canvas.drawImage(self.path, 0, 0, self.draw_width, self.draw_height)
