"""Photos: plain PNGs copied undecoded must look the same as decoded ones; other kinds go
through Pillow; rotation from the camera is honoured."""

from __future__ import annotations

import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from fasilitaattori.documents.model import Photo
from fasilitaattori.documents.png_passthrough import read_plain_png
from fasilitaattori.documents.summary import build_summary

from . import pdftools, sample


def _quadrants(path: Path, mode: str, fmt: str = "PNG", exif_orientation: int | None = None) -> Path:
    """Red top-left, green top-right, blue bottom-left, white bottom-right."""
    image = Image.new("RGB", (300, 200), "white")
    image.paste((220, 0, 0), (0, 0, 150, 100))
    image.paste((0, 200, 0), (150, 0, 300, 100))
    image.paste((0, 0, 220), (0, 100, 150, 200))
    image = image.convert(mode)
    if exif_orientation:
        exif = Image.Exif()
        exif[0x0112] = exif_orientation
        image.save(path, format=fmt, exif=exif)
    else:
        image.save(path, format=fmt)
    return path


def _photo_page_pixels(pdf: bytes, tmp_path: Path) -> Image.Image:
    reader = PdfReader(BytesIO(pdf))
    page = next(i for i, p in enumerate(reader.pages, start=1) if p.images)
    root = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", str(page), "-l", str(page), "-singlefile",
                    "-", str(root)], input=pdf, check=True, capture_output=True)
    return Image.open(root.with_suffix(".png")).convert("RGB")


def _has_colour(image: Image.Image, rgb: tuple[int, int, int], tolerance: int = 40) -> bool:
    colours = image.getcolors(maxcolors=1 << 20) or []
    return any(all(abs(c[i] - rgb[i]) <= tolerance for i in range(3)) for _, c in colours)


def test_plain_png_is_recognised(tmp_path: Path) -> None:
    assert read_plain_png(_quadrants(tmp_path / "rgb.png", "RGB")) is not None
    assert read_plain_png(_quadrants(tmp_path / "grey.png", "L")) is not None
    assert read_plain_png(_quadrants(tmp_path / "alpha.png", "RGBA")) is None
    assert read_plain_png(_quadrants(tmp_path / "palette.png", "P")) is None
    (tmp_path / "junk.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert read_plain_png(tmp_path / "junk.png") is None


@pytest.mark.parametrize("mode", ["RGB", "L", "RGBA", "P"])
def test_png_photos_keep_their_colours(mode: str, tmp_path: Path) -> None:
    if not pdftools.shutil.which("pdftoppm"):
        pytest.skip("pdftoppm is not installed")
    path = _quadrants(tmp_path / f"{mode}.png", mode)
    pdf = build_summary(sample.summary(photos=(Photo(path, "Neljä väriä"),)))
    pdftools.qpdf_check(pdf)
    pixels = _photo_page_pixels(pdf, tmp_path)
    if mode == "L":
        assert _has_colour(pixels, (66, 66, 66), 30)  # red in grey
    else:
        for colour in ((220, 0, 0), (0, 200, 0), (0, 0, 220)):
            assert _has_colour(pixels, colour), colour


def test_camera_rotation_is_honoured(tmp_path: Path) -> None:
    path = _quadrants(tmp_path / "turned.jpg", "RGB", "JPEG", exif_orientation=6)  # 90° clockwise
    pdf = build_summary(sample.summary(photos=(Photo(path, "Käännetty"),)))
    reader = PdfReader(BytesIO(pdf))
    image = next(img for page in reader.pages for img in page.images)
    with Image.open(BytesIO(image.data)) as embedded:
        assert embedded.height > embedded.width  # stored upright: portrait


def test_large_photos_are_reduced(tmp_path: Path) -> None:
    big = tmp_path / "big.jpg"
    Image.new("RGB", (4000, 3000), (200, 180, 40)).save(big, format="JPEG", quality=90)
    pdf = build_summary(sample.summary(photos=(Photo(big, "Iso kuva"),)))
    reader = PdfReader(BytesIO(pdf))
    image = next(img for page in reader.pages for img in page.images)
    with Image.open(BytesIO(image.data)) as embedded:
        assert embedded.width <= 1200
