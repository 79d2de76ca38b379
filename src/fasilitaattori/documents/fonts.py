"""The embedded Unicode font family and the text clean-up that keeps every string printable.

DejaVu Sans ships in `resources/fonts/` and covers Latin (Finnish, Swedish, Sámi), Greek,
Cyrillic and Arabic letters. A character the font lacks (an emoji, a private-use code point)
is replaced by U+FFFD so a name typed on a phone never breaks a printout.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fasilitaattori.documents.rtl import shape_rtl
from fasilitaattori.paths import resource

FAMILY = "FasiSans"
REGULAR = "FasiSans"
BOLD = "FasiSans-Bold"
ITALIC = "FasiSans-Oblique"
BOLD_ITALIC = "FasiSans-BoldOblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
REPLACEMENT = "\ufffd"
# Invisible joiners and selectors: emoji sequences leave these behind; they carry no glyph.
_DROP = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD} | set(range(0xFE00, 0xFE10))

_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the family once (thread-safe) and return the regular font's name."""
    global _registered
    if _registered:
        return REGULAR
    with _lock:
        if not _registered:
            for name, filename in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
            pdfmetrics.registerFontFamily(
                FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
            )
            _registered = True
    return REGULAR


@cache
def _glyphs(*names: str) -> frozenset[int]:
    register_fonts()
    covered = set(pdfmetrics.getFont(names[0]).face.charToGlyph)
    for name in names[1:]:
        covered &= set(pdfmetrics.getFont(name).face.charToGlyph)
    return frozenset(covered)


def _coverage() -> frozenset[int]:
    """Characters both upright weights draw (the obliques lack Arabic; see `upright_runs`)."""
    return _glyphs(REGULAR, BOLD)


def italic_coverage() -> frozenset[int]:
    return _glyphs(ITALIC, BOLD_ITALIC)


def has_glyph(char: str) -> bool:
    return ord(char) in _coverage()


def printable(text: str | None) -> str:
    """Return `text` with only characters the embedded font can draw.

    Normalises to NFC, keeps line breaks, turns tabs into spaces, drops control and invisible
    characters, replaces every other character without a glyph (emoji, lone surrogates,
    U+10FFFF) by U+FFFD, and puts right-to-left runs (Arabic, Hebrew) into visual order."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    covered = _coverage()
    out: list[str] = []
    for ch in text:
        code = ord(ch)
        if ch == "\n":
            out.append(ch)
        elif ch in "\t\r\v\f":
            out.append(" " if ch != "\r" else "")
        elif 0xD800 <= code <= 0xDFFF:
            if not out or out[-1] != REPLACEMENT:
                out.append(REPLACEMENT)
        elif code < 0x20 or 0x7F <= code < 0xA0 or code in _DROP:
            continue
        elif code in covered:
            out.append(ch)
        elif unicodedata.category(ch) == "Mn":
            continue  # a combining mark the font lacks: keep the base letter alone
        elif not out or out[-1] != REPLACEMENT:
            out.append(REPLACEMENT)
    return shape_rtl("".join(out), covered)
