"""Field rules shared by every entity: what may be stored, with one readable sentence if not."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from typing import Any

from ..errors import ValidationError

SHORT_TEXT = 500  # titles, names, labels
LONG_TEXT = 200_000  # notes, instructions, conclusions: a long note fits, a 10 MB paste does not
_TIME_FORM = r"(?:[01][0-9]|2[0-3]):[0-5][0-9]"
_TIME = re.compile(_TIME_FORM)
# A fractional position key (core.positions): its digits, never ending in the lowest one,
# which no key is put before.
POSITION_FORM = r"[0-9A-Za-z]{0,63}[1-9A-Za-z]"
_DATE_FORM = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: str = "text"  # text | longtext | int | bool | date | time | choice | ref | position
    required: bool = False
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    ref: str | None = None  # entity name for kind == "ref"
    pattern: str | None = None  # a text the value must match as a whole (a content hash, say)
    shape: Callable[[str], object] | None = None  # checks a non-empty text further (a JSON spec); ValueError if not
    nullable: bool = False  # a time that may be unset (None), e.g. a block's actual start

    def clean(self, value: Any) -> Any:
        kind = self.kind
        if kind in ("text", "longtext"):
            return self._clean_text(value)
        if kind == "int":
            return self._clean_int(value)
        if kind == "bool":
            if not isinstance(value, bool):
                raise ValidationError("{field} must be yes or no.", field=self.label)
            return value
        if kind == "date":
            return self._clean_date(value)
        if kind == "time":
            if self.nullable and (value is None or value == ""):
                return None
            if not isinstance(value, str) or not _TIME.fullmatch(value.strip()):
                raise ValidationError("{field} must be a time such as 09:30.", field=self.label)
            return value.strip()
        if kind == "choice":
            if value not in self.choices:
                raise ValidationError("{field} must be one of: {choices}.", field=self.label,
                                      choices=", ".join(self.choices))
            return value
        if kind == "position":
            if not isinstance(value, str) or re.fullmatch(POSITION_FORM, value) is None:
                raise ValidationError("{field} is not a valid position.", field=self.label)
            return value
        if kind == "ref":
            if value is None or value == "":
                if self.required:
                    raise ValidationError("{field} is required.", field=self.label)
                return None
            if not isinstance(value, str) or len(value) > 36:
                raise ValidationError("{field} does not name a saved item.", field=self.label)
            return value
        raise AssertionError(f"unknown field kind {kind}")

    def _clean_text(self, value: Any) -> str:
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise ValidationError("{field} must be text.", field=self.label)
        limit = LONG_TEXT if self.kind == "longtext" else SHORT_TEXT
        if len(value) > limit:
            raise ValidationError("{field} is too long ({length} characters; at most {limit}).",
                                  field=self.label, length=len(value), limit=limit)
        if "\x00" in value:
            value = value.replace("\x00", "")
        if self.kind == "text":
            value = " ".join(value.split()) if "\n" in value or "\t" in value else value.strip()
        if self.required and not value.strip():
            raise ValidationError("{field} cannot be empty.", field=self.label)
        if self.pattern is not None and re.fullmatch(self.pattern, value) is None:
            raise ValidationError("{field} is not in the expected form.", field=self.label)
        if self.shape is not None and value:
            try:
                self.shape(value)
            except (ValueError, RecursionError) as exc:
                raise ValidationError("{field} cannot be saved: {reason}", field=self.label,
                                      reason=str(exc) or "it is not in the expected form.") from None
        return str(value)

    def accepts(self, values: Sequence[Any]) -> bool:
        """Whether `clean` takes every one of `values` as it is (a date or time also in its
        written form), checked a column at a time: what a sync import asks of a bundle's
        values (`sync.rules`), with the same limits as an edit. References are checked by the
        merge, which knows the rows."""
        kind = self.kind
        if kind in ("text", "longtext"):
            present = [v for v in values if v] if None in values else values
            limit = LONG_TEXT if kind == "longtext" else SHORT_TEXT
            if present and max(map(len, present)) > limit:
                return False
            if self.required and (len(present) != len(values) or not all(map(str.strip, present))):
                return False
            if self.pattern is not None and present and _whole(self.pattern).fullmatch(
                    "\n".join(present) + "\n") is None:
                return False
            if self.shape is not None:
                for value in present:
                    try:
                        self.clean(value)
                    except ValidationError:
                        return False
            return True
        if kind == "int":
            numbers = [v for v in values if v is not None] if None in values else values  # the schema says where None may be
            return not numbers or (
                (self.minimum is None or min(numbers) >= self.minimum)
                and (self.maximum is None or max(numbers) <= self.maximum))
        if kind == "date":
            return all(map(_is_date, set(values) - {None}))
        if kind == "time":
            if self.nullable:  # an unset time (None or empty) is allowed here, as `clean` allows it
                values = [v for v in values if v]
            return not values or _whole(_TIME_FORM).fullmatch("\n".join(values) + "\n") is not None
        if kind == "choice":
            return set(values) <= set(self.choices)
        if kind == "position":
            return not values or _whole(POSITION_FORM).fullmatch("\n".join(values) + "\n") is not None
        return True  # bool and ref: the reader checks the type, the merge the reference


    def _clean_int(self, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            try:
                value = int(str(value).strip())
            except ValueError:
                raise ValidationError("{field} must be a whole number.", field=self.label) from None
        if self.minimum is not None and value < self.minimum:
            raise ValidationError("{field} must be at least {minimum}.", field=self.label,
                                  minimum=self.minimum)
        if self.maximum is not None and value > self.maximum:
            raise ValidationError("{field} must be at most {maximum}.", field=self.label,
                                  maximum=self.maximum)
        return int(value)

    def _clean_date(self, value: Any) -> str | None:
        if value is None or value == "":
            if self.required:
                raise ValidationError("{field} is required.", field=self.label)
            return None
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip()).isoformat()
            except ValueError:
                pass
        raise ValidationError("{field} is not a valid date (use the form 2024-05-14).", field=self.label)


@cache
def _whole(form: str) -> re.Pattern[str]:
    """Many values joined by line breaks, each of the form: one match checks a column."""
    return re.compile(f"(?:(?:{form})\n)*+")


@lru_cache(maxsize=4096)
def _is_date(value: object) -> bool:
    if not isinstance(value, str) or _DATE_FORM.fullmatch(value) is None:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def minutes(hhmm: str) -> int:
    hours, mins = hhmm.split(":")
    return int(hours) * 60 + int(mins)


def hhmm(total_minutes: int) -> str:
    total_minutes %= 24 * 60
    return f"{total_minutes // 60:02d}:{total_minutes % 60:02d}"
