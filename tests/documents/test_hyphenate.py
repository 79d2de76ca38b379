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


@pytest.mark.parametrize("language,header", [
    ("fi", ["Päivämäärä", "Työpaja", "Osallistumiset", "Palautteita", "Keskiarvo"]),
    ("sv", ["Datum", "Workshop", "Deltaganden", "Svar", "Medelvärde"]),
])
def test_large_print_five_column_headers_hyphenate_to_leave_the_text_column_room(language, header):
    from fasilitaattori.documents.blocks import data_table, fit_widths

    styles = make_styles(DocumentOptions(large_print=True), language)
    b, width = styles.theme.body, 510.0
    rows = [["10.3.2026", "Vaikuttamisen työpaja 1: Iisalmi", "15", "9", "4,0"]]
    widths = fit_widths([7.0 * b, None, 6.0 * b, 5.0 * b, 5.0 * b], width, 0.35)
    table = data_table(styles, header, rows, widths, align_right=(2, 3, 4), small_header=True)
    text_column = table._colWidths[1]
    assert text_column >= 0.3 * width
    assert all(text_column > w for i, w in enumerate(table._colWidths) if i != 1)
