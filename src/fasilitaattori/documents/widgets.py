"""Small drawn flowables: tick boxes and writing lines."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas
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


class LabelledBoxes(Flowable):
    """Tick boxes in a row, each followed by its label: '☐ Kyllä   ☐ Ei'."""

    def __init__(self, labels: tuple[str, ...], size: float, font_size: float, theme: Theme,
                 indent: float = 0.0) -> None:
        super().__init__()
        self.indent = indent
        self.labels = labels
        self.size = size
        self.font_size = font_size
        self.theme = theme

    def _widths(self) -> list[float]:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        from fasilitaattori.documents.fonts import REGULAR, printable

        return [self.size + self.font_size * 0.4 + stringWidth(printable(lbl), REGULAR, self.font_size)
                for lbl in self.labels]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        gap = self.font_size * 1.6
        self.width = self.indent + sum(self._widths()) + gap * (len(self.labels) - 1)
        self.height = self.size
        return self.width, self.height

    def draw(self) -> None:
        from fasilitaattori.documents.fonts import REGULAR, printable

        canvas = self.canv
        x = self.indent
        gap = self.font_size * 1.6
        for label, width in zip(self.labels, self._widths(), strict=True):
            canvas.setStrokeColor(self.theme.ink)
            canvas.setLineWidth(max(0.8, self.theme.line_width))
            canvas.setFillColorRGB(1, 1, 1)
            canvas.rect(x, 0, self.size, self.size, stroke=1, fill=1)
            canvas.setFillColor(self.theme.ink)
            canvas.setFont(REGULAR, self.font_size)
            canvas.drawString(x + self.size + self.font_size * 0.4, self.size / 2 - self.font_size * 0.35,
                              printable(label))
            x += width + gap


def writing_line(canvas: Canvas, theme: Theme) -> None:
    """Set the pen for lines to write on: solid and dark enough to see through old eyes and a
    photocopier (the old pale 0.5 pt dots vanished on both)."""
    canvas.setDash()
    canvas.setStrokeColor(theme.muted if theme.line_width < 1 else theme.ink)
    canvas.setLineWidth(max(0.7, theme.line_width * 0.9))
