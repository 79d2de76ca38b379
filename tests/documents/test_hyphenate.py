"""Finnish syllable hyphenation, and that paragraphs in every language hyphenate long words
instead of cutting them anywhere."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from fasilitaattori.documents.base import DocumentOptions, make_styles


def _hyphenated(word: str) -> str:
    from fasilitaattori.documents.hyphenate import finnish_breaks

    parts, start = [], 0
    for index in finnish_breaks(word):
        parts.append(word[start:index])
        start = index
    return "-".join([*parts, word[start:]])


@pytest.mark.parametrize("word,expected", [
    ("vammaisneuvostotoiminta", "vam-mais-neu-vos-to-toi-min-ta"),
    ("Päivämäärä", "Päi-vä-mää-rä"),
    ("Vastuuhenkilö", "Vas-tuu-hen-ki-lö"),
    ("tieto", "tie-to"),
    ("kauan", "kau-an"),
    ("strategia", "stra-te-gia"),
    ("työpaja", "työ-pa-ja"),
    ("ja", "ja"),
])
def test_finnish_words_break_between_syllables(word, expected):
    assert _hyphenated(word) == expected


@pytest.mark.parametrize("language,text", [
    ("fi", "Hyvinvointialueyhteistyökoordinaattori ja vammaisneuvostotoiminta"),
    ("sv", "Medelvärde för välfärdsområdessamarbetet"),
    ("en", "Representation of intergovernmental considerations"),
])
def test_a_long_word_in_a_narrow_column_is_hyphenated_not_cut(language, text):
    style = make_styles(DocumentOptions(large_print=True), language).cell
    paragraph = Paragraph(text, style)
    paragraph.wrap(110, 1000)
    lines = [" ".join(getattr(w, "text", w) for w in line[1]) if isinstance(line, tuple) else " ".join(line.words)
             for line in paragraph.blPara.lines]
    joined = "".join(line[:-1] if line.endswith("-") else line + " " for line in lines).split()
    assert joined == text.split(), lines  # every break is at a space or a hyphen
    assert any(line.endswith("-") for line in lines)
