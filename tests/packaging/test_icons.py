"""The application icon files that packaging/make_icons.py writes (formats written by hand)."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from .helpers import ROOT

ICONS = ROOT / "resources" / "icons"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk comes first
    return width, height


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_each_png_has_the_size_its_name_says(size: int) -> None:
    assert png_size((ICONS / f"fasilitaattori-{size}.png").read_bytes()) == (size, size)


def test_the_windows_icon_holds_bitmaps_for_small_sizes_and_png_for_large() -> None:
    data = (ICONS / "fasilitaattori.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        w, h, _colors, _res, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index: 22 + 16 * index])
        size = w or 256
        assert (w, planes, bits) == (h, 1, 32)
        image = data[offset: offset + length]
        assert len(image) == length
        if image.startswith(PNG_SIGNATURE):
            assert png_size(image) == (size, size)
        else:
            header_size, width, height = struct.unpack("<Iii", image[:12])
            assert (header_size, width, height) == (40, size, 2 * size)  # DIB height counts the mask
            assert length == 40 + size * size * 4 + ((size + 31) // 32) * 4 * size
        sizes.append(size)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_the_windows_icon_reads_back_in_qt() -> None:
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(ICONS / "fasilitaattori.ico"), b"ico")
    assert reader.imageCount() == 7
    first = reader.read()
    assert not first.isNull() and first.width() == 16
    # The corner is transparent (rounded background), the middle is not.
    assert first.pixelColor(0, 0).alpha() < 128
    assert first.pixelColor(8, 8).alpha() == 255


def test_the_macos_icon_is_a_list_of_typed_png_chunks() -> None:
    data = (ICONS / "fasilitaattori.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    expected = {"icp4": 16, "icp5": 32, "ic11": 32, "ic12": 64, "ic07": 128, "ic13": 256,
                "ic08": 256, "ic14": 512, "ic09": 512, "ic10": 1024}
    found = {}
    offset = 8
    while offset < len(data):
        kind = data[offset: offset + 4].decode("ascii")
        length = struct.unpack(">I", data[offset + 4: offset + 8])[0]
        found[kind] = png_size(data[offset + 8: offset + length])[0]
        offset += length
    assert offset == len(data)
    assert found == expected


def test_the_svg_sources_are_what_the_renders_come_from() -> None:
    for name in ("fasilitaattori.svg", "fasilitaattori-small.svg"):
        text = Path(ICONS / name).read_text(encoding="utf-8")
        assert text.lstrip().startswith("<?xml") and "<svg" in text
