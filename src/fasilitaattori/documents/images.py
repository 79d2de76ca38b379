"""Photos and logos as flowables: verified, turned upright, scaled to fit, never crashing.

A phone photo of a flip chart is often 12 megapixels; it is reduced to what the printed size
needs (about 200 dpi) so a summary with twenty photos stays small enough to e-mail.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image as PILImage
from PIL import ImageOps
from reportlab.platypus import Image

_MAX_PIXELS = 80_000_000  # larger than any camera; refuse decompression bombs
_DPI = 200


def image_flowable(path: Path | str | None, max_width: float, max_height: float) -> Image | None:
    """An Image flowable scaled into the box, or None when the file is missing or unreadable."""
    if not path:
        return None
    try:
        with PILImage.open(path) as probe:
            if probe.width * probe.height > _MAX_PIXELS:
                return None
            probe.draft("RGB", (int(max_width / 72 * _DPI), int(max_height / 72 * _DPI)))
            picture = ImageOps.exif_transpose(probe)
            picture.load()
        if picture.mode not in ("RGB", "L"):
            background = PILImage.new("RGB", picture.size, "white")
            rgba = picture.convert("RGBA")
            background.paste(rgba, mask=rgba.getchannel("A"))
            picture = background
        width, height = picture.size
        scale = min(max_width / width, max_height / height)
        out_w, out_h = width * scale, height * scale
        target = (max(1, int(out_w / 72 * _DPI)), max(1, int(out_h / 72 * _DPI)))
        if target[0] < width:
            picture = picture.resize(target, PILImage.Resampling.BILINEAR)
        buffer = io.BytesIO()
        picture.save(buffer, format="JPEG", quality=85)
        buffer.seek(0)
        flowable = Image(buffer, width=out_w, height=out_h)
        flowable.hAlign = "LEFT"
        return flowable
    except Exception:  # noqa: BLE001 - any broken image prints as a placeholder line instead
        return None
