"""Field rules shared by every entity: what may be stored, with one readable sentence if not."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..errors import ValidationError

SHORT_TEXT = 500  # titles, names, labels
LONG_TEXT = 200_000  # notes, instructions, conclusions: a long note fits, a 10 MB paste does not
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: str = "text"  # text | longtext | int | bool | date | time | choice | ref
    required: bool = False
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    ref: str | None = None  # entity name for kind == "ref"
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
            if not isinstance(value, str) or not _TIME.match(value.strip()):
                raise ValidationError("{field} must be a time such as 09:30.", field=self.label)
            return value.strip()
        if kind == "choice":
            if value not in self.choices:
                raise ValidationError("{field} must be one of: {choices}.", field=self.label,
                                      choices=", ".join(self.choices))
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
        return str(value)

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


def minutes(hhmm: str) -> int:
    hours, mins = hhmm.split(":")
    return int(hours) * 60 + int(mins)


def hhmm(total_minutes: int) -> str:
    total_minutes %= 24 * 60
    return f"{total_minutes // 60:02d}:{total_minutes % 60:02d}"
