"""A table's local rows as the JSON text an export writes for them (`format.json_row_sql`), for
recognising the bundle lines that are, to the byte, rows the store already has: those are
counted, not parsed, checked or merged (re-importing a colleague's whole store again).

The rows come a part at a time (rendered by SQLite in a second thread, `TextsAhead`) and are
taken as the bundle's lines need them, so rendering and comparing overlap. A bundle this store
imported before has its lines in the order of the local rows: then a whole block of lines is
recognised by one comparison of bytes. Otherwise the rows go into a map from text to id, and
each line is looked up.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Generator, Iterator, Sequence
from pathlib import Path

from .ahead import read_ahead
from .bundle_error import BundleError
from .format import SCHEMA, json_row_sql, table_of
from .rows import Chunk, RowCheck

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


_PART = 20_000  # rowids per statement when rendering local rows: a few megabytes of text


def _render(conn: sqlite3.Connection, entity: str, low: int, high: int) -> tuple[bytes, str]:
    """Local rows of `entity` with rowid in (low, high] as JSON text, one per line, and their
    ids in the same order, built by SQLite in one statement."""
    lines, ids = conn.execute(
        f"SELECT CAST(group_concat(line, x'0a') AS BLOB), group_concat(id, char(10)) FROM "
        f'(SELECT CAST({json_row_sql(SCHEMA[entity])} AS BLOB) AS line, id FROM "{table_of(entity)}" '
        "WHERE rowid > ? AND rowid <= ?)", (low, high)).fetchone()
    return lines or b"", ids or ""


def _row_texts(conn: sqlite3.Connection, entity: str) -> Iterator[tuple[list[bytes], list[str]]]:
    """Every local row of `entity` as the JSON text an export writes for it, and its id, fetched
    row by row in batches: what the merge falls back on when a part cannot be built."""
    cursor = conn.execute(f'SELECT CAST({json_row_sql(SCHEMA[entity])} AS BLOB), id FROM "{table_of(entity)}"')
    while batch := cursor.fetchmany(_PART):
        yield [line for line, _ in batch], [i for _, i in batch]


class TextsAhead:
    """Renders the local rows of the big tables as JSON text in a second thread, a few parts
    ahead of the merge. SQLite builds a part in one statement without Python's lock, so both
    threads really run at once (fetching row by row would hand the lock back and forth for
    every row; two threads both in SQLite slow each other down, as its memory allocator is
    shared). The thread reads the last committed state: the merge has not touched a table
    before it reaches it, except for rows erased by this import (then nothing is rendered
    ahead; see `merge.Merger.run`)."""

    def __init__(self, conn: sqlite3.Connection, entities: list[str]) -> None:
        path = next((row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main"), "")
        self._parts: Iterator[tuple[str, tuple[bytes, str] | None]] | None = (
            read_ahead(_parts(path, entities), 6, "local-rows") if path and entities else None)

    def parts(self, conn: sqlite3.Connection, entity: str) -> Generator[tuple[bytes, list[str]], None, None]:
        """`entity`'s local rows as JSON text, one per line, and their ids, a part at a time:
        from the second thread while it can; when it cannot, fetched here from the start (a
        row given twice is harmless)."""
        if self._parts is not None:
            try:
                for name, part in self._parts:
                    if part is None:
                        if name == entity:
                            return
                    elif name == entity and part[1]:
                        yield part[0], part[1].split("\n")
            except sqlite3.Error:  # e.g. a part too long for one string, or a locked file
                self.close()
        for lines, ids in _row_texts(conn, entity):
            yield b"\n".join(lines), ids

    def close(self) -> None:
        if self._parts is not None:
            self._parts.close()  # type: ignore[attr-defined]
            self._parts = None


def no_parts() -> Generator[tuple[bytes, list[str]], None, None]:
    yield from ()


def _parts(path: str, entities: list[str]) -> Iterator[tuple[str, tuple[bytes, str] | None]]:
    """Each entity's local rows in parts of `_PART` rowids, then (entity, None)."""
    conn = sqlite3.connect(Path(path).as_uri() + "?mode=ro", uri=True, timeout=10, check_same_thread=False)
    try:
        for entity in entities:
            top = conn.execute(f'SELECT coalesce(max(rowid), 0) FROM "{table_of(entity)}"').fetchone()[0]
            for low in range(0, top, _PART):
                yield entity, _render(conn, entity, low, low + _PART)
            yield entity, None
    finally:
        conn.close()


def known_lines(entity: str, lines: list[bytes], numbers: Sequence[int], same: dict[bytes, str],
                 check: RowCheck, waiting: Waiting | None = None) -> Chunk:
    """Count the lines that are, to the byte, a row the caller has; parse and check the rest
    (`numbers` are the lines' indexes in the member), or with `waiting` keep them there."""
    hits = list(map(same.get, lines))
    found = [h for h in hits if h is not None]
    if found:
        _seen_once(entity, found, check)
    if len(found) == len(lines):
        return Chunk(numbers[0] if numbers else 0, [], len(found), [])
    rest = [line for line, h in zip(lines, hits, strict=True) if h is None] if found else lines
    left = [n for n, h in zip(numbers, hits, strict=True) if h is None] if found else list(numbers)
    if waiting is not None:
        waiting.lines += rest
        waiting.numbers += left
        return Chunk(left[0], [], len(found), [])
    text = b"\n".join(rest)
    rows = check.parse(text, left[0], numbers=left)
    if len(rows) != len(left):  # a line held more than one value
        raise BundleError("The bundle's {entity} rows are not valid JSON.", entity=entity)
    return Chunk(left[0], rows, len(found), left)


def _seen_once(entity: str, ids: list[str], check: RowCheck) -> None:
    """Note `ids` as seen, refusing one that appears twice."""
    unique = set(ids)
    if len(unique) != len(ids) or not check.seen.isdisjoint(unique):
        seen = set(check.seen)
        twice = next(i for i in ids if i in seen or seen.add(i))  # type: ignore[func-returns-value]
        raise BundleError("The bundle is invalid: the {entity} {id} appears twice.", entity=entity, id=twice)
    check.seen |= unique


def counted(entity: str, ids: list[str], start: int, check: RowCheck) -> Chunk:
    """A block whose lines are all rows the caller has, with these ids."""
    _seen_once(entity, ids, check)
    return Chunk(start, [], len(ids), [])


class Waiting:
    """Lines not (yet) found among the caller's rows while it was still rendering them."""

    def __init__(self) -> None:
        self.lines: list[bytes] = []
        self.numbers: list[int] = []

    def compared(self, entity: str, same: dict[bytes, str], check: RowCheck) -> Chunk:
        """The waiting lines compared with the caller's complete map, the rest parsed."""
        lines, numbers = self.lines, self.numbers
        self.lines, self.numbers = [], []
        return known_lines(entity, lines, numbers, same, check)
