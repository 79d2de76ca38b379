from __future__ import annotations

from datetime import date, time

import pytest

from fasilitaattori.documents import stats
from fasilitaattori.documents.fonts import REPLACEMENT, has_glyph, printable
from fasilitaattori.documents.i18n import (
    TEXTS,
    format_date,
    format_decimal,
    format_percent,
    format_time,
    plural,
    tr,
)
from fasilitaattori.documents.model import (
    AgendaRow,
    Feedback,
    FeedbackQuestion,
    FeedbackResponse,
    with_clock_times,
)

from . import sample


@pytest.mark.parametrize("name", [sample.SAMI_NAME, "Čáhppes Ŋ ŧ đ ž", sample.CYRILLIC_NAME, sample.GREEK_NAME,
                                  "Åsa Öström-Ääri", "Ǧǧ Ǩǩ Ʒʒ Ǯǯ"])
def test_names_keep_their_letters(name: str) -> None:
    assert printable(name) == name
    assert all(has_glyph(ch) for ch in name if ch != " ")


def test_arabic_name_is_joined_and_in_visual_order() -> None:
    shown = printable(sample.ARABIC_NAME)
    assert REPLACEMENT not in shown
    assert all(has_glyph(ch) for ch in shown if ch != " ")
    assert all(0xFE70 <= ord(ch) <= 0xFEFF for ch in shown if ch != " ")  # presentation forms
    assert shown.split(" ")[0] == printable("علي")  # the last word is drawn first (leftmost)


@pytest.mark.parametrize("text", ["x\U0010ffffy", "a\ud800b", "\U000e0001tag", "\uf8ff"])
def test_missing_glyphs_are_replaced(text: str) -> None:
    shown = printable(text)
    assert REPLACEMENT in shown
    assert all(has_glyph(ch) for ch in shown)


def test_controls_and_joiners_disappear_and_lines_stay() -> None:
    assert printable("a\x00b\x07c\u200dd\ufe0f\tе\nf") == "abcd е\nf"


def test_dates_written_out_per_language() -> None:
    day = date(2024, 5, 14)
    assert format_date("fi", day) == "tiistai 14.5.2024"
    assert format_date("sv", day) == "tisdag 14.5.2024"
    assert format_date("en", day) == "Tuesday 14 May 2024"
    assert format_date("fi", day, weekday=False) == "14.5.2024"
    assert format_date("fi", None) == ""
    assert format_time("fi", time(9, 5)) == "9.05"
    assert format_time("en", time(9, 5)) == "09:05"


def test_plurals() -> None:
    assert plural("fi", 1, "participant") == "1 osallistuja"
    assert plural("fi", 2, "participant") == "2 osallistujaa"
    assert plural("fi", 0, "participant") == "0 osallistujaa"
    assert plural("sv", 1, "participant") == "1 deltagare"
    assert plural("sv", 3, "participant") == "3 deltagare"
    assert plural("en", 1, "participant") == "1 participant"
    assert plural("en", 2, "participant") == "2 participants"
    assert plural("en", 1, "response") == "1 response"


def test_page_labels_and_numbers() -> None:
    assert tr("fi", "page", n=2, total=5) == "sivu 2 / 5"
    assert tr("sv", "page", n=2, total=5) == "sida 2 / 5"
    assert tr("en", "page", n=2, total=5) == "page 2 of 5"
    assert tr("xx", "page", n=1, total=1) == "sivu 1 / 1"
    assert format_decimal("fi", 4.25) in ("4,2", "4,3")
    assert format_decimal("en", 4.0) == "4.0"
    assert format_percent("fi", 0.6) == "60\u00a0%"
    assert format_percent("en", 0.6) == "60%"


def test_every_text_has_three_languages() -> None:
    for key, texts in TEXTS.items():
        assert len(texts) == 3 and all(t.strip() for t in texts[:2]), key


def test_scale_stats() -> None:
    result = stats.scale_stats([5, 4, "3", None, 9, True, "x", 4], 1, 5)
    assert result.n == 4
    assert result.mean == pytest.approx(4.0)
    assert result.distribution == ((1, 0), (2, 0), (3, 1), (4, 2), (5, 1))
    assert stats.scale_stats([], 1, 5).mean is None


def test_yes_no_text_and_rate() -> None:
    assert stats.yes_no_stats([True, False, True, None, "kyllä", "ei", "Ja"]) == stats.YesNoStats(4, 2)
    assert stats.text_answers(["  hyvä ", "", None, 3]) == ("hyvä",)
    assert stats.response_rate(6, 12) == 0.5
    assert stats.response_rate(20, 12) == pytest.approx(20 / 12)  # a warning to read, not a capped 100 %
    assert stats.response_rate(3, 0) is None


def test_overall_mean_weights_every_answer() -> None:
    feedback = Feedback(
        (FeedbackQuestion("scale", "a"), FeedbackQuestion("text", "b"), FeedbackQuestion("scale", "c")),
        (FeedbackResponse((5, "ok", 3)), FeedbackResponse((4, None, None))),
    )
    assert stats.overall_scale_mean(feedback) == pytest.approx(4.0)
    assert stats.overall_scale_mean(Feedback()) is None


def test_overall_mean_never_mixes_scales() -> None:
    feedback = Feedback(
        (FeedbackQuestion("scale", "a"), FeedbackQuestion("scale", "b", scale_min=0, scale_max=10)),
        (FeedbackResponse((5, 10)), FeedbackResponse((4, 9))),
    )
    assert stats.overall_scale_mean(feedback) is None


def test_tally_sorts_biggest_first() -> None:
    assert stats.tally([("Kuopio", 1), ("Iisalmi", 3), ("Kuopio", 1), (" Iisalmi ", 1)]) == \
        (("Iisalmi", 4), ("Kuopio", 2))


def test_clock_times_count_from_the_start() -> None:
    rows = with_clock_times((AgendaRow("a", 20), AgendaRow("b", 40), AgendaRow("c", 10, start=time(11, 0)),
                             AgendaRow("d", 5)), time(9, 0))
    assert [r.start for r in rows] == [time(9, 0), time(9, 20), time(11, 0), time(11, 10)]
