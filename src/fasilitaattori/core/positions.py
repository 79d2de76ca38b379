"""Fractional positions: order keys that can always be put between two others.

Two devices that reorder the same agenda offline each write new keys for the rows they moved;
the merge keeps the winning key per row and the agenda sorts by (position, id), so concurrent
reorders merge without renumbering anything.
"""

from __future__ import annotations

DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_BASE = len(DIGITS)


def _midpoint(a: str, b: str | None) -> str:
    """A key strictly between a and b ('' is the start, None the end); keys never end in '0'."""
    if b is not None:
        n = 0
        while n < len(b) and (a[n] if n < len(a) else "0") == b[n]:
            n += 1
        if n > 0:
            return b[:n] + _midpoint(a[n:], b[n:])
    low = DIGITS.index(a[0]) if a else 0
    high = DIGITS.index(b[0]) if b is not None else _BASE
    if high - low > 1:
        return DIGITS[(low + high + 1) // 2]
    if b is not None and len(b) > 1:
        return b[:1]
    return DIGITS[low] + _midpoint(a[1:], None)


def key_between(before: str | None, after: str | None) -> str:
    """A position key sorting after `before` and before `after` (None: open end)."""
    a = before or ""
    if after is not None and a >= after:
        raise ValueError(f"positions out of order: {before!r} >= {after!r}")
    return _midpoint(a, after)


def spread(count: int, before: str | None = None, after: str | None = None) -> list[str]:
    """`count` ascending keys between two keys."""
    keys: list[str] = []
    last = before
    for _ in range(count):
        last = key_between(last, after)
        keys.append(last)
    return keys
