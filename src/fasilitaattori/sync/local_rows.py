"""A table's local rows as the JSON text an export writes for them (`format.json_row_sql`), for
recognising the bundle lines that are, to the byte, rows the store already has.

The rows come a part at a time (rendered by SQLite in a second thread, see `merge._TextsAhead`)
and are taken as the bundle's lines need them, so rendering and comparing overlap. A bundle
this store imported before has its lines in the order of the local rows: then a whole block of
lines is recognised by one comparison of bytes. Otherwise the rows go into a map from text to
id, and each line is looked up.
"""

from __future__ import annotations

from collections.abc import Iterator

_NEWLINE = 0x0A


class LocalRows:
    def __init__(self, parts: Iterator[tuple[bytes, list[str]]]) -> None:
        """`parts` gives the rows as text, one per line, and their ids in the same order."""
        self._parts = parts
        self._text = b""  # rows loaded but not yet taken in order or mapped, one per line
        self._at = 0  # where in `_text` the next of them starts
        self._ids: list[str] = []  # the ids of the rows in `_text`
        self._next = 0  # the index in `_ids` of the row at `_at`
        self._map: dict[bytes, str] = {}
        self.loaded = 0  # rows taken from `parts`
        self.complete = False  # whether `parts` has no more

    def _pull(self) -> tuple[bytes, list[str]] | None:
        if self.complete:
            return None
        part = next(self._parts, None)
        if part is None:
            self.complete = True
            return None
        self.loaded += len(part[1])
        return part

    def in_order(self, block: bytes) -> list[str] | None:
        """The ids of `block`'s lines when they are, to the byte, the next local rows in order,
        which are then taken; otherwise None and nothing is taken."""
        if not block:
            return None
        end = self._at + len(block)
        while len(self._text) < end:
            part = self._pull()
            if part is None:
                break
            rest = self._text[self._at:]
            self._text = rest + b"\n" + part[0] if rest else part[0]
            self._ids = self._ids[self._next:] + part[1]
            self._at = self._next = 0
            end = len(block)
        if not self._text.startswith(block, self._at) or (end < len(self._text) and self._text[end] != _NEWLINE):
            return None
        count = block.count(b"\n") + 1
        ids = self._ids[self._next:self._next + count]
        self._at, self._next = end + 1, self._next + count
        return ids

    def mapped(self, wanted: int) -> tuple[dict[bytes, str], bool]:
        """The rows not taken in order, as a map from text to id, with more loaded until at
        least `wanted` rows have been (or all of them), and whether all have been."""
        if self._next < len(self._ids):
            lines = self._text[self._at:].split(b"\n")
            self._map.update(zip(lines, self._ids[self._next:], strict=True))
        self._text, self._ids, self._at, self._next = b"", [], 0, 0
        while self.loaded < wanted:
            part = self._pull()
            if part is None:
                break
            self._map.update(zip(part[0].split(b"\n"), part[1], strict=True))
        return self._map, self.complete
