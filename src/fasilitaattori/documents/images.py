"""Photos and logos as flowables: verified, turned upright, scaled to fit, never crashing.

A phone photo of a flip chart is often 12 megapixels; it is reduced to what the printed size
needs (about 150 dpi) so a summary with twenty photos stays small enough to e-mail. A JPEG that
is already small and upright goes into the PDF as it is, without being decoded at all.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PIL import Image as PILImage
from PIL import ImageOps
from reportlab.platypus import Flowable, Image

from fasilitaattori.documents.png_passthrough import PngData, PngImage, read_plain_png

_MAX_PIXELS = 80_000_000  # larger than any camera; refuse decompression bombs
_DPI = 150
# A plain PNG up to this size goes in as it is even when printed small (two photos to a row):
# decoding and re-encoding it costs more time than the bytes it would save.
_PASS_PIXELS = 2_000_000
_ORIENTATION = 0x0112


class ImagePreparer:
    """Makes image flowables; reduced copies are written into `workdir`, which must outlive
    the PDF build (reportlab reads the files when it draws the page)."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir

    def many(self, paths: Sequence[Path | str | None], max_width: float, max_height: float) -> list[Flowable | None]:
        """Prepare several images at once; decoding and scaling run in parallel threads
        (Pillow releases the interpreter lock while it works on pixels)."""
        if len(paths) < 2:
            return [self.flowable(p, max_width, max_height) for p in paths]
        with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
            return list(pool.map(lambda p: self.flowable(p, max_width, max_height), paths))

    def many_files(self, paths: Sequence[Path | str | None], max_width: float,
                   max_height: float) -> list[tuple[Path, float, float] | None]:
        """`file` for several images at once, in parallel threads like `many`."""
        if len(paths) < 2:
            return [self.file(p, max_width, max_height) for p in paths]
        with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
            return list(pool.map(lambda p: self.file(p, max_width, max_height), paths))

    def flowable(self, path: Path | str | None, max_width: float, max_height: float) -> Flowable | None:
        """An Image scaled into the box, or None when the file is missing or unreadable."""
        if not path:
            return None
        try:
            return self._flowable(Path(path), max_width, max_height)
        except Exception:  # noqa: BLE001 - a broken image prints as a placeholder line instead
            return None

    def file(self, path: Path | str | None, max_width: float, max_height: float) -> tuple[Path, float, float] | None:
        """A JPEG or PNG file of the image reduced for the box, with its size in points, for
        the editable reports; None when the file is missing or unreadable."""
        if not path:
            return None
        try:
            prepared = self._prepare(Path(path), max_width, max_height)
        except Exception:  # noqa: BLE001 - a broken image becomes a placeholder line instead
            return None
        if prepared is None:
            return None
        source, out_w, out_h, _png = prepared
        return source, out_w, out_h

    def _flowable(self, path: Path, max_width: float, max_height: float) -> Flowable | None:
        prepared = self._prepare(path, max_width, max_height)
        if prepared is None:
            return None
        source, out_w, out_h, png = prepared
        if png is not None:
            return PngImage(source, png, out_w, out_h)
        flowable = Image(str(source), width=out_w, height=out_h)
        flowable.hAlign = "LEFT"
        return flowable

    def _prepare(self, path: Path, max_width: float, max_height: float) -> tuple[Path, float, float, PngData | None] | None:
        target_px = (int(max_width / 72 * _DPI), int(max_height / 72 * _DPI))
        with PILImage.open(path) as probe:
            width, height = probe.size
            if width * height > _MAX_PIXELS or not width or not height:
                return None
            # only camera formats carry a rotation; asking a PNG would decode it just for that
            orientation = probe.getexif().get(_ORIENTATION, 1) if probe.format in ("JPEG", "TIFF", "WEBP", "MPO") else 1
            turned = orientation not in (1, None)
            if orientation in (5, 6, 7, 8):
                width, height = height, width
            scale = min(max_width / width, max_height / height)
            out_w, out_h = width * scale, height * scale
            small_enough = width <= target_px[0] * 1.5 and height <= target_px[1] * 1.5
            if probe.format == "JPEG" and probe.mode in ("RGB", "L") and not turned and small_enough:
                probe.verify()
                source = path
            elif probe.format == "PNG" and (width <= target_px[0] * 2 and height <= target_px[1] * 2
                                            or width * height <= _PASS_PIXELS) and \
                    (png := read_plain_png(path)) is not None:
                return path, out_w, out_h, png
            else:
                source = self._reduced(path, probe, target_px)
        return source, out_w, out_h, None

    def _reduced(self, path: Path, probe: PILImage.Image, target_px: tuple[int, int]) -> Path:
        probe.draft("RGB", target_px)  # JPEG decodes straight at a reduced scale
        picture = ImageOps.exif_transpose(probe) if probe.format != "PNG" else probe.copy()
        picture.thumbnail((max(1, target_px[0]), max(1, target_px[1])), PILImage.Resampling.BILINEAR,
                          reducing_gap=2.0)
        if picture.mode not in ("RGB", "L"):
            background = PILImage.new("RGB", picture.size, "white")
            rgba = picture.convert("RGBA")
            background.paste(rgba, mask=rgba.getchannel("A"))
            picture = background
        key = hashlib.sha256(f"{path.resolve()}:{target_px}".encode()).hexdigest()[:16]
        out = self.workdir / f"{key}.jpg"
        picture.save(out, format="JPEG", quality=85)
        return out
