"""The layout check's own tests: each check finds its fault in a tiny PDF made to have it,
and stays quiet on the same PDF done right."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from reportlab.pdfgen.canvas import Canvas

from fasilitaattori.documents.fonts import BOLD, REGULAR, register_fonts
from tests.documents.layout_check import Expect, Frame, check_pdf, vocabulary_of

W, H = 595.0, 842.0
MARGIN = 50.0


def _frame(_w: float, _h: float) -> Frame:
    return Frame(MARGIN, MARGIN + 20, W - MARGIN, H - MARGIN - 20)


def expect(**kw: object) -> Expect:
    values: dict[str, object] = dict(frame=_frame, body_size=10.0,
                                     vocabulary=vocabulary_of("hyvinvointialueelle Päivämäärä vammaisneuvosto"))
    values.update(kw)
    return Expect(**values)  # type: ignore[arg-type]


def pdf(*pages: Callable[[Canvas], None]) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(W, H))
    for draw in pages:
        draw(canvas)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def text(x: float, y: float, s: str, size: float = 10, font: str = REGULAR) -> Callable[[Canvas], None]:
    """y from the page top, like pdfplumber."""
    def draw(c: Canvas) -> None:
        c.setFont(font, size)
        c.drawString(x, H - y, s)
    return draw


def both(*draws: Callable[[Canvas], None]) -> Callable[[Canvas], None]:
    def draw(c: Canvas) -> None:
        for d in draws:
            d(c)
    return draw


def checks(doc: bytes, **kw: object) -> set[str]:
    return {f.check for f in check_pdf(doc, expect(**kw))}


@pytest.mark.parametrize("first,second", [("hyvinvoi", "ntialueelle"), ("Päivämä", "ärä"), ("10.3.20", "26"),
                                          ("vammaisneuvost", "o")])
def test_a_word_split_without_a_hyphen_is_found(first, second):
    assert "split_word" in checks(pdf(both(text(60, 100, f"Tervetuloa {first}"), text(60, 113, f"{second} ja")))), \
        (first, second)


def test_a_hyphenated_word_and_an_ordinary_line_break_pass():
    doc = pdf(both(text(60, 100, "Tervetuloa hyvinvointi-"), text(60, 113, "alueelle ja"),
                   text(60, 126, "Tänään vammaisneuvosto ja"), text(60, 139, "hyvinvointialueelle")))
    assert "split_word" not in checks(doc)


def test_text_beyond_the_margin_or_out_of_its_box_is_found():
    assert "outside" in checks(pdf(text(20, 100, "reunalla")))

    def box(c: Canvas) -> None:
        c.roundRect(60, H - 200, 300, 100, 6)

    # the third line of the label runs under the box's lower edge
    overflow = both(box, text(70, 120, "Kunta"), text(70, 160, "Maakunta"), text(70, 205, "Hyvinvointialue"))
    assert "outside" in checks(pdf(overflow))
    assert "outside" not in checks(pdf(both(box, text(70, 120, "Kunta"), text(70, 160, "Maakunta"))))


def test_text_over_other_text_is_found():
    assert "overlap" in checks(pdf(both(text(60, 100, "Kunta"), text(62, 103, "Maakunta"))))
    assert "overlap" not in checks(pdf(both(text(60, 100, "Kunta"), text(60, 115, "Maakunta"))))


def test_small_glyphs_in_large_print_are_found():
    body_14 = pdf(text(60, 300, "Kuvateksti", size=14))
    assert "small_glyph" in checks(body_14, large_print=True)
    assert "small_glyph" not in checks(body_14, large_print=False)
    running_13 = pdf(both(text(60, 60, "Ylätunniste", size=13), text(60, 300, "Leipäteksti", size=16)))
    assert "small_glyph" not in checks(running_13, large_print=True)
    running_10 = pdf(both(text(60, 60, "Ylätunniste", size=10), text(60, 300, "Leipäteksti", size=16)))
    assert "small_glyph" in checks(running_10, large_print=True)


def test_an_ellipsis_is_found():
    assert "ellipsis" in checks(pdf(text(60, 100, "Leppävi…")))
    assert "ellipsis" not in checks(pdf(text(60, 100, "Leppävirta")))


@pytest.mark.parametrize("key", ["discussion", "intro", "status.open", "feedback_form"])
def test_an_internal_key_is_found(key):
    assert "internal_key" in checks(pdf(both(text(60, 100, "9.30"), text(120, 100, key))))


def test_translated_words_are_no_internal_key():
    assert "internal_key" not in checks(pdf(both(text(60, 100, "Keskustelu"), text(60, 120, "the feedback form"))))


def test_a_heading_last_on_its_page_is_found():
    body = text(60, 100, "Leipäteksti")
    lonely = pdf(both(body, text(60, 760, "Kuvat", size=14, font=BOLD)), text(60, 100, "Kuva 1"))
    assert "heading_last" in checks(lonely)

    def lines(c: Canvas) -> None:
        c.line(60, H - 765, 400, H - 765)

    with_lines = pdf(both(body, text(60, 740, "Kuvat", size=14, font=BOLD), lines), text(60, 100, "Kuva 1"))
    assert "heading_last" not in checks(with_lines)  # a worksheet box's label above its writing lines
    on_last_page = pdf(both(body, text(60, 760, "Kiitos!", size=14, font=BOLD)))
    assert "heading_last" not in checks(on_last_page)


def test_a_heading_that_heads_its_box_is_not_last():
    """A poster quadrant's prompt is the lowest text of its page, but its box goes on below."""
    def box(c: Canvas) -> None:
        c.roundRect(60, H - 770, 300, 50, 6)

    quadrant = pdf(both(text(60, 100, "Leipäteksti"), box, text(70, 740, "Mitä hän tekee?", size=14, font=BOLD)),
                   text(60, 100, "Kuka hän on?"))
    assert "heading_last" not in checks(quadrant)


def test_a_prompt_without_a_sticky_note_room_under_it_is_found():
    """76 mm is 215.4 pt: a box 280 pt tall keeps it under a three-line prompt (51 pt from the
    box's top), one 240 pt tall does not."""
    def quadrant(height: float) -> Callable[[Canvas], None]:
        def draw(c: Canvas) -> None:
            c.roundRect(60, H - 100 - height, 240, height, 6)
        return both(draw, text(70, 120, "Mitä hän"), text(70, 134, "sa-"), text(70, 148, "noo?"))

    prompts = ("Mitä hän sanoo?",)
    assert "sticky_room" not in checks(pdf(quadrant(280)), sticky_prompts=prompts)
    assert "sticky_room" in checks(pdf(quadrant(240)), sticky_prompts=prompts)
    assert "sticky_room" in checks(pdf(quadrant(280)), sticky_prompts=("Mitä hän tekee?",))  # no box of its own
    assert "sticky_room" not in checks(pdf(quadrant(240)))  # only where prompts are named
