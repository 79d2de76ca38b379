"""The PDF's charts painted as PNG for the editable reports: the bars keep their proportions."""

from __future__ import annotations

import io

from PIL import Image

from fasilitaattori.documents.base import DEFAULT_OPTIONS, make_styles
from fasilitaattori.documents.chart_png import drawing_png
from fasilitaattori.documents.charts import hbar_chart


def _accent_run(image: Image.Image, y: int, accent: tuple[int, int, int]) -> int:
    return sum(1 for x in range(image.width) if image.getpixel((x, y)) == accent)


def test_a_bar_twice_as_long_is_painted_twice_as_long():
    styles = make_styles(DEFAULT_OPTIONS, "fi")
    drawing = hbar_chart([("Iisalmi", 6), ("Kuopio", 3)], 400, styles, "Muut")
    image = Image.open(io.BytesIO(drawing_png(drawing, dpi=144))).convert("RGB")
    assert image.size == (round(drawing.width * 2), round(drawing.height * 2))  # its printed size kept
    accent = tuple(round(c * 255) for c in (styles.theme.accent.red, styles.theme.accent.green,
                                              styles.theme.accent.blue))
    runs = [_accent_run(image, y, accent) for y in range(image.height)]
    first = max(runs[: image.height // 2])
    second = max(runs[image.height // 2:])
    assert first > 50 and abs(first / second - 2) < 0.05
    # the labels are drawn as text (dark pixels left of the bars), not left out
    dark = sum(1 for x in range(image.width // 4) for y in range(image.height)
               if sum(image.getpixel((x, y))) < 200)
    assert dark > 20
