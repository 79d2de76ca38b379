"""The printouts' charts as PNG pictures for the editable reports (DOCX, ODT).

The charts are reportlab Drawings built by charts.py, the same code as in the PDFs. reportlab's
own bitmap renderer (renderPM) needs the rlPyCairo package and the cairo C library, which the
installer does not carry, so the few shapes the charts use (rectangles, lines, polylines,
circles, strings) are painted here with Pillow, in the same embedded DejaVu fonts.
"""

from __future__ import annotations

import io
from functools import cache
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, Rect, String

from fasilitaattori.documents.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR
from fasilitaattori.paths import resource

_FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf",
               BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}
_ANCHORS = {"start": "ls", "middle": "ms", "end": "rs"}
DPI = 200  # sharp on paper and on a high-resolution screen; a chart stays under 100 kB


@cache
def _font(name: str, pixels: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resource("fonts", _FONT_FILES.get(name, _FONT_FILES[REGULAR]))), pixels)


def _rgb(color: Any) -> tuple[int, int, int] | None:
    if color is None:
        return None
    return (round(color.red * 255), round(color.green * 255), round(color.blue * 255))


def drawing_png(drawing: Drawing, dpi: int = DPI) -> bytes:
    """The drawing as PNG bytes at `dpi` (its size in points stays its printed size)."""
    scale = dpi / 72
    width, height = max(1, round(drawing.width * scale)), max(1, round(drawing.height * scale))
    image = Image.new("RGB", (width, height), "white")
    pen = ImageDraw.Draw(image)

    def xy(x: float, y: float) -> tuple[float, float]:
        return x * scale, height - y * scale

    def paint(shapes: list[Any]) -> None:
        for shape in shapes:
            if isinstance(shape, Group):
                paint(list(shape.contents))
            elif isinstance(shape, Rect):
                x0, y0 = xy(shape.x, shape.y + shape.height)
                x1, y1 = xy(shape.x + shape.width, shape.y)
                if x1 - x0 < 0.5:
                    continue
                stroke = _rgb(shape.strokeColor)
                pen.rectangle((x0, y0, x1, y1), fill=_rgb(shape.fillColor), outline=stroke,
                              width=max(1, round((shape.strokeWidth or 0) * scale)) if stroke else 0)
            elif isinstance(shape, Line):
                pen.line((xy(shape.x1, shape.y1), xy(shape.x2, shape.y2)), fill=_rgb(shape.strokeColor),
                         width=max(1, round(shape.strokeWidth * scale)))
            elif isinstance(shape, PolyLine):
                points = list(shape.points)
                pen.line([xy(points[i], points[i + 1]) for i in range(0, len(points) - 1, 2)],
                         fill=_rgb(shape.strokeColor), width=max(1, round(shape.strokeWidth * scale)),
                         joint="curve")
            elif isinstance(shape, Circle):
                cx, cy = xy(shape.cx, shape.cy)
                r = shape.r * scale
                pen.ellipse((cx - r, cy - r, cx + r, cy + r), fill=_rgb(shape.fillColor))
            elif isinstance(shape, String):
                pen.text(xy(shape.x, shape.y), shape.text, fill=_rgb(shape.fillColor) or (0, 0, 0),
                         font=_font(shape.fontName, max(1, round(shape.fontSize * scale))),
                         anchor=_ANCHORS.get(shape.textAnchor, "ls"))

    paint(list(drawing.contents))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()
