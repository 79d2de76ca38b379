"""Hybrid logical clocks: the per-field timestamps that make sync merges order-independent.

A clock value is a string `WWWWWWWWWWWWW.CCCC.DEVICE` (wall milliseconds, counter, device id),
fixed-width so that plain string comparison orders values the way the HLC rules do; the device
id breaks ties so no two devices ever produce equal values.

A row keeps the clocks of its fields as one text (`dump_clocks`): the fields that share a value
are listed once, before it, as in `deleted,kind,text@1500000449223.0000.dcb8…`, and groups are
separated by spaces. Most rows have one value for all their fields, so this is a third of the
size of the JSON map it replaced, and a bundle carries it without escaped quotes.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

ZERO = "0000000000000.0000.0"
_MAX_COUNTER = 9999


@dataclass(frozen=True, order=True)
class HLC:
    wall_ms: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}.{self.counter:04d}.{self.device}"

    @classmethod
    def parse(cls, value: str) -> HLC:
        wall, counter, device = value.split(".", 2)
        digits = wall + counter
        if len(wall) != 13 or len(counter) != 4 or not (digits.isascii() and digits.isdigit()):
            raise ValueError(f"not a clock value: {value!r}")
        return cls(int(wall), int(counter), device)


# Possessive quantifiers (`*+`, `{1,63}+`): no part can match a character that may follow it
# (a field name has no `<`, `,` or `@`, a device id no space or newline), so giving back
# characters never leads to a match, and the expression need not keep the places it could
# backtrack to. That made checking a decade's clocks four times faster; the language is the
# same (tests/core/test_clock_pattern.py compares it with the plain form).
_FIELD = r"[a-z0-9_]{1,63}+<?+"  # a field name; `<` marks the clock of the value an edit replaced
# ASCII digits only: `\d` would take any script's digits, which compare wrongly as text.
_VALUE = r"[0-9]{13}\.[0-9]{4}\.[0-9A-Za-z_-]{1,60}+"
_GROUP = _FIELD + r"(?:," + _FIELD + r")*+@" + _VALUE
CLOCKS_PATTERN = r"(?:" + _GROUP + r"(?: " + _GROUP + r")*+)?+"  # a row's clocks text, used with fullmatch
CLOCKS = re.compile(CLOCKS_PATTERN)
CLOCK_VALUE = re.compile(_VALUE)  # one clock value, used with fullmatch


def dump_clocks(clocks: Mapping[str, str]) -> str:
    """A row's field clocks as stored: fields sharing a value grouped before it, names sorted,
    groups in the order of their first name, so equal maps always give equal text."""
    groups: dict[str, list[str]] = {}
    for name in sorted(clocks):
        groups.setdefault(clocks[name], []).append(name)
    return " ".join(",".join(names) + "@" + value for value, names in groups.items())


def load_clocks(text: str) -> dict[str, str]:
    """The field -> clock map of a stored clocks text (see `dump_clocks`)."""
    clocks: dict[str, str] = {}
    for group in text.split(" ") if text else ():
        names, _, value = group.partition("@")
        for name in names.split(","):
            clocks[name] = value
    return clocks


def is_clocks_text(value: object) -> bool:
    return isinstance(value, str) and CLOCKS.fullmatch(value) is not None


class HybridClock:
    """Issues strictly increasing clock values for one device."""

    def __init__(self, device: str, last: str | None = None,
                 wall: Callable[[], int] = lambda: time.time_ns() // 1_000_000) -> None:
        self.device = device
        self._wall = wall
        self._last = HLC.parse(last) if last else HLC(0, 0, device)

    @property
    def last(self) -> str:
        return str(self._last)

    def tick(self) -> str:
        now = self._wall()
        last = self._last
        nxt = HLC(now, 0, self.device) if now > last.wall_ms else self._after(last)
        self._last = nxt
        return str(nxt)

    def _after(self, value: HLC) -> HLC:
        """This device's first value after `value`."""
        if value.counter < _MAX_COUNTER:
            return HLC(value.wall_ms, value.counter + 1, self.device)
        return HLC(value.wall_ms + 1, 0, self.device)

    def observe(self, remote: str) -> None:
        """Move past a clock value seen from another device, so later local edits win over it.
        `last` itself is then past it too (a greater device id alone would not be)."""
        seen = HLC.parse(remote)
        if seen >= self._last:
            mine = HLC(seen.wall_ms, seen.counter, self.device)
            self._last = mine if mine > seen else self._after(seen)
