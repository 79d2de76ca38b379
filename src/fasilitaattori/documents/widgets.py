"""Small drawn flowables: tick boxes and writing lines."""

from __future__ import annotations

from reportlab.platypus import Flowable

from fasilitaattori.documents.base import Theme


class CheckBox(Flowable):
    """An empty square to tick by hand."""

    def __init__(self, size: float, theme: Theme, label: str = "") -> None:
        super().__init__()
        self.size = size
        self.theme = theme
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.size, self.size

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(self.theme.ink)
        canvas.setLineWidth(max(0.8, self.theme.line_width))
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(0, 0, self.size, self.size, stroke=1, fill=1)
