"""What people type into date and time fields, per language, and what is stored from it."""

from __future__ import annotations

from datetime import date

import pytest

from fasilitaattori.core.dates import format_date, format_time, parse_date, parse_time
from fasilitaattori.errors import ValidationError

TODAY = date(2026, 12, 7)

TYPED_DATES = [
    ("15.3.2027", date(2027, 3, 15)),
    ("15.3.27", date(2027, 3, 15)),
    ("15.3.", date(2026, 3, 15)),
    ("15.3", date(2026, 3, 15)),
    ("1.12", date(2026, 12, 1)),
    ("01.02.2027", date(2027, 2, 1)),
    (" 15. 3. 2027 ", date(2027, 3, 15)),
    ("15/3/2027", date(2027, 3, 15)),
    ("2027-03-15", date(2027, 3, 15)),
    ("15 Mar 2027", date(2027, 3, 15)),
    ("15 march", date(2026, 3, 15)),
    ("29.2.2028", date(2028, 2, 29)),
]

NOT_DATES = ["15", "15.3.202", "31.2.2027", "15.13.2027", "0.3.2027", "huomenna", "15-3", "2027", "15 Mrz 2027",
             "29.2.2027", "15.3.2027 17.30"]


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize(("typed", "meant"), TYPED_DATES)
def test_typed_dates_mean_the_day_people_mean(typed, meant, language):
    assert parse_date(typed, TODAY, language) == meant


@pytest.mark.parametrize(("language", "example"), [("fi", "15.3.2027"), ("sv", "15.3.2027"), ("en", "15 Mar 2027")])
@pytest.mark.parametrize("typed", NOT_DATES)
def test_what_is_not_a_date_is_one_sentence_with_the_form_to_use(typed, language, example):
    with pytest.raises(ValidationError) as caught:
        parse_date(typed, TODAY, language)
    assert example in caught.value.message and typed.strip() in caught.value.message


def test_an_empty_date_is_no_date():
    assert parse_date("  ", TODAY) is None


@pytest.mark.parametrize(("language", "shown"), [("fi", "15.3.2027"), ("sv", "15.3.2027"), ("en", "15 Mar 2027")])
def test_a_date_is_shown_in_the_language_and_reads_back_as_typed(language, shown):
    assert format_date(language, "2027-03-15") == shown
    assert parse_date(shown, TODAY, language) == date(2027, 3, 15)


def test_a_stored_text_that_is_no_date_is_shown_as_it_is():
    assert format_date("fi", "2026-02-30") == "2026-02-30"
    assert format_date("fi", None) == ""


TYPED_TIMES = [("17.30", "17:30"), ("17:30", "17:30"), ("1730", "17:30"), ("930", "09:30"), ("9", "09:00"),
               ("09.05", "09:05"), ("0", "00:00"), ("23.59", "23:59"), ("klo 17.30", "17:30"), ("kl. 9", "09:00"),
               (" 17 . 30 ", "17:30")]


@pytest.mark.parametrize(("typed", "stored"), TYPED_TIMES)
def test_typed_times(typed, stored):
    assert parse_time(typed) == stored


@pytest.mark.parametrize(("language", "example"), [("fi", "17.30"), ("sv", "17.30"), ("en", "17:30")])
@pytest.mark.parametrize("typed", ["24", "17.60", "2400", "17.30.00", "puoli kuusi", "12345", "-1"])
def test_what_is_not_a_time_names_the_form_to_use(typed, language, example):
    with pytest.raises(ValidationError) as caught:
        parse_time(typed, language)
    assert example in caught.value.message


@pytest.mark.parametrize(("language", "shown"), [("fi", "9.00"), ("sv", "9.00"), ("en", "09:00")])
def test_times_are_shown_in_the_language_and_read_back(language, shown):
    assert format_time(language, "09:00") == shown
    assert parse_time(shown, language) == "09:00"
