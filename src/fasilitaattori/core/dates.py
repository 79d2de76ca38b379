"""Dates and times as people write and read them: the one formatter and parser for every screen.

Shown and edited in the UI language's own form (printouts use the same, see documents/i18n.py):

- Finnish: 15.3.2027 and 17.30, as Finnish authorities write them.
- Swedish: 15.3.2027 and 17.30 as well: the users are Finland-Swedish, and Finland's Swedish
  authorities write dates and times like the Finnish ones (the Swedish of Sweden's 2027-03-15
  is still accepted when typed).
- English: 15 Mar 2027 (day, short month, year: never mistaken for a US month-first date) and
  17:30.

Whatever the language, typing accepts what people type: `15.3.2027`, `15.3.27`, `15.3.` and
`15.3` (this year), `15/3/2027` (day first), `2027-03-15`, `15 Mar 2027`; times `17.30`,
`17:30`, `1730`, `930`, `9`, with an optional "klo"/"kl."/"at" before. Anything else is one
sentence naming the form to use, and nothing is stored.
"""

from __future__ import annotations

import re
from datetime import date

from ..errors import ValidationError

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS_EN_LONG = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")
_MONTH_WORDS = {name.lower(): i for names in (MONTHS_EN, MONTHS_EN_LONG) for i, name in enumerate(names, start=1)}
_MONTH_WORDS["sept"] = 9
_NUMERIC = re.compile(r"(\d{1,2})\s*[./]\s*(\d{1,2})\s*(?:[./]\s*(\d{2}|\d{4})?)?")  # d.M., d.M.yy(yy)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_WORDED = re.compile(r"(\d{1,2})\.?\s+([A-Za-z]{3,9})\.?,?\s*(\d{4})?")  # 15 Mar 2027
_TIME = re.compile(r"(\d{1,2})(?:\s*[.:]\s*(\d{1,2}))?")
_TIME_DIGITS = re.compile(r"(\d{1,2})(\d{2})")  # 1730, 930
_TIME_PREFIX = re.compile(r"^(?:klo|kl|at)\.?\s*", re.IGNORECASE)


def language_of(language: str) -> str:
    return language if language in ("fi", "sv", "en") else "fi"


def format_date(language: str, value: date | str | None, *, long_month: bool = False) -> str:
    """A date as the language writes it; '' for none. A stored text that is not a date is
    shown as it is, so the user sees what to correct. Printouts name English months in full."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            return str(value)
    if language_of(language) == "en":
        return f"{value.day} {(MONTHS_EN_LONG if long_month else MONTHS_EN)[value.month - 1]} {value.year}"
    return f"{value.day}.{value.month}.{value.year}"


def date_example(language: str) -> str:
    return format_date(language, date(2027, 3, 15))


def parse_date(text: str, today: date, language: str = "fi") -> date | None:
    """The date meant by typed `text`; None for an empty text. A missing year is this year's,
    a two-digit year is of this century."""
    typed = text.strip()
    if not typed:
        return None
    day = month = year = None
    if match := _ISO.fullmatch(typed):
        year, month, day = (int(g) for g in match.groups())
    elif match := _NUMERIC.fullmatch(typed):
        day, month = int(match.group(1)), int(match.group(2))
        year = int(match.group(3)) if match.group(3) else today.year
    elif (match := _WORDED.fullmatch(typed)) and match.group(2).lower() in _MONTH_WORDS:
        day, month = int(match.group(1)), _MONTH_WORDS[match.group(2).lower()]
        year = int(match.group(3)) if match.group(3) else today.year
    if day is None or month is None or year is None:
        raise ValidationError("“{text}” is not a date; type it like {example}.", text=typed,
                              example=date_example(language))
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError("There is no such day as “{text}”; type it like {example}.", text=typed,
                              example=date_example(language)) from None


def parse_iso_date(value: str | None) -> date | None:
    """A stored date, or None when there is none or it is not a real date."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def format_time(language: str, value: str | None) -> str:
    """A stored 'HH:MM' as the language writes it: '9.00' in Finnish and Swedish, '09:00' in English."""
    if not value:
        return ""
    hours, _, mins = value.partition(":")
    if not (hours.isdigit() and mins.isdigit()):
        return value
    if language_of(language) == "en":
        return f"{int(hours):02d}:{int(mins):02d}"
    return f"{int(hours)}.{int(mins):02d}"


def time_example(language: str) -> str:
    return format_time(language, "17:30")


def parse_time(text: str, language: str = "fi") -> str | None:
    """The time of day meant by typed `text` as 'HH:MM'; None for an empty text."""
    typed = _TIME_PREFIX.sub("", text.strip())
    if not typed:
        return None
    match = _TIME.fullmatch(typed)
    if match is not None:
        hours, mins = int(match.group(1)), int(match.group(2) or 0)
    elif (match := _TIME_DIGITS.fullmatch(typed)) is not None:
        hours, mins = int(match.group(1)), int(match.group(2))
    else:
        raise ValidationError("“{text}” is not a time; type it like {example}.", text=text.strip(),
                              example=time_example(language))
    if hours > 23 or mins > 59:
        raise ValidationError("There is no such time as “{text}”; type it like {example}.", text=text.strip(),
                              example=time_example(language))
    return f"{hours:02d}:{mins:02d}"
