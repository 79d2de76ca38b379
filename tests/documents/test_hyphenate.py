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


# Compounds from the users' world: where their parts meet (Kielitoimisto: a compound breaks
# at the boundary of its parts), and breaks that misread them; no single letter of a part is
# left at a line end or carried alone.
COMPOUNDS = [
    ("hyvinvointialue", "hyvin-vointi-alue", ["hyvinvointia-lue"]),
    ("hyvinvointialueyhteistyö", "hyvin-vointi-alue-yhteis-työ",
     ["hyvinvointia-lueyhteistyö", "hyvinvointialu-eyhteistyö"]),
    ("hyvinvointialueella", "hyvin-vointi-alueella", ["hyvinvointia-lueella"]),
    ("vammaisneuvosto", "vammais-neuvosto", []),
    ("vanhusneuvostolle", "vanhus-neuvostolle", ["vanhu-sneuvostolle"]),
    ("kaupunginhallitus", "kaupungin-hallitus", ["kaupungi-nhallitus"]),
    ("kunnanjohtaja", "kunnan-johtaja", []),
    ("ideapaja", "idea-paja", ["i-deapaja"]),
    ("videoneuvottelu", "video-neuvottelu", ["vide-oneuvottelu"]),
    ("yhteistyöalue", "yhteis-työ-alue", ["yhteistyöa-lue"]),
    ("esteettömyyskartoitus", "esteettömyys-kartoitus", []),
    ("osallisuussuunnitelma", "osallisuus-suunnitelma", []),
    ("kuljetuspalveluhakemus", "kuljetus-palvelu-hakemus", []),
    ("kuljetuspalveluhakemuksen", "kuljetus-palvelu-hakemuksen", []),
    ("lähidemokratia", "lähi-demokratia", []),
    ("asukasraati", "asukas-raati", ["asuka-sraati"]),
    ("kansanedustaja", "kansan-edustaja", ["kansa-nedustaja"]),
    ("työpajassa", "työ-pajassa", []),
    ("Vastuuhenkilö", "Vastuu-henkilö", []),
]


def _parts(word: str) -> str:
    from fasilitaattori.documents.fi_compounds import compound_boundaries

    bounds = [0, *compound_boundaries(word), len(word)]
    return "-".join(word[a:b] for a, b in zip(bounds, bounds[1:], strict=False))


def _cuts(parts: str) -> list[int]:
    pieces = parts.split("-")
    return [sum(map(len, pieces[:i])) for i in range(1, len(pieces))]


@pytest.mark.parametrize("word,parts,forbidden", COMPOUNDS)
def test_a_finnish_compound_breaks_first_where_its_parts_meet(word, parts, forbidden):
    from fasilitaattori.documents.hyphenate import hyphenator

    assert _parts(word) == parts
    offered = [f"{head}-{tail}" for head, tail in hyphenator("fi")(word)]
    # every boundary is offered, before any break between syllables, the longest head first
    assert offered[:len(_cuts(parts))] == [f"{word[:c]}-{word[c:]}" for c in reversed(_cuts(parts))]
    for bad in forbidden:
        assert bad not in offered
    for pair in offered:  # no part's single letter at a line end or carried alone
        head, tail = pair.split("-", 1)
        assert len(head) >= 2 and len(tail) >= 2


@pytest.mark.parametrize("word", ["Iisalmi", "strategiasta", "toimintaa", "vaikuttamisen",
                                  "osallistujat", "kokoontumisessa", "materiaaleja"])
def test_a_simple_finnish_word_still_breaks_between_syllables(word):
    from fasilitaattori.documents.fi_compounds import compound_boundaries
    from fasilitaattori.documents.hyphenate import finnish_break_order, finnish_breaks

    assert compound_boundaries(word) == ()
    assert list(finnish_break_order(word)) == sorted(finnish_breaks(word), reverse=True)


def test_a_hyphen_joined_finnish_word_breaks_after_its_hyphen_and_at_its_parts_first():
    from fasilitaattori.documents.hyphenate import hyphenator

    assert next(hyphenator("fi")("Pohjois-Savon")) == ("Pohjois-", "Savon")
    heads = [head for head, _ in hyphenator("fi")("sote-hyvinvointialue")]
    assert heads[:3] == ["sote-hyvinvointi", "sote-hyvin", "sote-"]
    assert "sote-hyvinvointia" not in heads


def _printed_lines(text: str, width: float) -> list[str]:
    style = make_styles(DocumentOptions(large_print=True), "fi").body
    paragraph = Paragraph(text, style)
    paragraph.wrap(width, 2000)
    return [" ".join(getattr(w, "text", w) for w in line[1]) if isinstance(line, tuple)
            else " ".join(line.words) for line in paragraph.blPara.lines]


@pytest.mark.parametrize("parts,width", [
    ("Hyvin-vointi-alue-yhteis-työ", 190),
    ("Hyvin-vointi-alue-yhteis-työ", 150),
    ("Vammais-neuvosto-toiminta", 130),
    ("Kuljetus-palvelu-hakemuksen", 140),
    ("Yhteis-työ-alue", 90),
    ("Video-neuvottelu", 90),
    ("Kaupungin-hallitus", 110),
])
def test_a_long_compound_in_a_narrow_large_print_box_breaks_where_its_parts_meet(parts, width):
    word = parts.replace("-", "")
    lines = _printed_lines(word, width)
    assert "".join(line.removesuffix("-") for line in lines) == word, lines
    assert len(lines) > 1, lines  # the box is too narrow for the word: it must break
    printed = 0
    for line in lines[:-1]:
        assert line.endswith("-"), lines
        printed += len(line) - 1
        assert printed in _cuts(parts), lines


def test_a_chart_label_wraps_a_compound_where_its_parts_meet():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from fasilitaattori.documents.charts import wrap_words
    from fasilitaattori.documents.fonts import REGULAR, register_fonts

    register_fonts()
    # room for "Iisalmen vammaisneu-" (syllables) but not for the whole name
    width = stringWidth("Iisalmen vammaisneu-", REGULAR, 14) + 1
    assert wrap_words("Iisalmen vammaisneuvosto", REGULAR, 14, width) == ["Iisalmen vammais-", "neuvosto"]
    swedish = wrap_words("Medlemmar i välfärdsområdessamarbetet", REGULAR, 14, 120, "sv")
    assert any(line.endswith("-") for line in swedish)  # pyphen's breaks, as before
    assert all(stringWidth(line, REGULAR, 14) <= 120 for line in swedish)
