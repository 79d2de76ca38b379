"""Render the application icon from its SVG sources into every format the installers need.

    uv run python packaging/make_icons.py

Writes into resources/icons/: fasilitaattori-<size>.png (16 … 512, the Linux icon set and the
window icon), fasilitaattori.ico (Windows: small sizes as bitmaps, large ones as PNG, which every
Windows since Vista reads) and fasilitaattori.icns (macOS: PNG chunks). The 16-32 px sizes come
from a simplified drawing that stays readable in a task bar. Only Qt is used, no image library.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QImageReader, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
NAME = "fasilitaattori"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_UP_TO = 32  # sizes drawn from the simplified SVG
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_AS_BITMAP_UP_TO = 64
# icns chunk type -> pixel size (the @2x types hold the doubled size)
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("ic11", 32), ("ic12", 64), ("ic07", 128), ("ic13", 256),
              ("ic08", 256), ("ic14", 512), ("ic09", 512), ("ic10", 1024))


def render(size: int) -> QImage:
    source = ICONS / (f"{NAME}-small.svg" if size <= SMALL_UP_TO else f"{NAME}.svg")
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {source}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """An ICO bitmap entry: BITMAPINFOHEADER, 32-bit BGRA rows bottom-up, then an empty AND mask."""
    w, h = image.width(), image.height()
    pixels = bytearray()
    for y in reversed(range(h)):
        for x in range(w):
            pixels += struct.pack("<I", image.pixel(x, y))  # 0xAARRGGBB -> B, G, R, A
    mask_row = ((w + 31) // 32) * 4
    mask = bytes(mask_row * h)
    header = struct.pack("<IiiHHIIiiII", 40, w, 2 * h, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0)
    return header + bytes(pixels) + mask


def ico_bytes(images: dict[int, QImage]) -> bytes:
    sizes = sorted(images)
    blobs = [dib_bytes(images[s]) if s <= ICO_AS_BITMAP_UP_TO else png_bytes(images[s]) for s in sizes]
    out = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    for size, blob in zip(sizes, blobs, strict=True):
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    return out + b"".join(blobs)


def icns_bytes(images: dict[int, QImage]) -> bytes:
    chunks = b""
    for kind, size in ICNS_TYPES:
        data = png_bytes(images[size])
        chunks += kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def check_ico(path: Path) -> list[int]:
    reader = QImageReader(str(path), b"ico")
    sizes = []
    for _ in range(reader.imageCount()):
        image = reader.read()
        if image.isNull():
            raise SystemExit(f"{path} does not read back: {reader.errorString()}")
        sizes.append(image.width())
        reader.jumpToNextImage()
    return sizes


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    wanted = set(PNG_SIZES) | set(ICO_SIZES) | {size for _kind, size in ICNS_TYPES}
    images = {size: render(size) for size in sorted(wanted)}
    for size in PNG_SIZES:
        (ICONS / f"{NAME}-{size}.png").write_bytes(png_bytes(images[size]))
    ico = ICONS / f"{NAME}.ico"
    ico.write_bytes(ico_bytes({size: images[size] for size in ICO_SIZES}))
    icns = ICONS / f"{NAME}.icns"
    icns.write_bytes(icns_bytes(images))
    print(f"PNG {', '.join(map(str, PNG_SIZES))} px; {ico.name} with {check_ico(ico)} px "
          f"({ico.stat().st_size // 1024} KiB); {icns.name} ({icns.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
