"""Decoding and checking a bundle's rows: every value against the schema, before anything
touches the store.

One validator: a msgspec decoder compiled from the schema decodes a block of lines and checks
every value's type, length, emptiness and range in the same pass; its error names the row and
column. What it cannot express is checked a column at a time right after: the ids' form, each
id once, the field clocks, and what the values mean (`rules`). A refusal names the first bad
row and column in one `BundleError` sentence.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from operator import itemgetter
from typing import Annotated, Any, NamedTuple

import msgspec

from .bundle_error import BundleError
from .format import (
    ADDED_COLUMNS,
    CLOCK_LINES,
    COMPACT_CLOCKS_FROM,
    FORMAT_VERSION,
    JSON_CLOCK_LINES,
    ROW_ID,
    ROW_IDS,
    SCHEMA,
    clocks_from_json,
    is_clock_text,
)
from .rules import first_refused, latest_clock

# A lone UTF-16 surrogate escape, which JSON allows and UTF-8 (and the decoder) cannot hold.
_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")
_INT_LIMIT = 2 ** 53
_MAX_HEADER = 64 * 1024
_WHERE = re.compile(r"at `\$\[(\d+)\](?:\[(\d+)\])?")  # the decoder's error: which row, which column

# A bundle row's values in schema order: a tuple as decoded (no copy into lists), a list when
# columns were reordered or clocks converted. Nothing changes a row in place.
Row = Sequence[Any]
Columns = tuple[str, ...]  # a member's column names, in its order

_ID_AT, _CLOCK_AT = 0, 2  # positions in the schema's column order (format.columns_of)
_ID = itemgetter(_ID_AT)
_CLOCK_OF = itemgetter(_CLOCK_AT)


class Chunk(NamedTuple):
    """Checked rows of one entity from one block of its member."""

    start: int  # index in the member of the block's first row
    rows: list[Row]  # columns in schema order
    same: int = 0  # rows left out because they are, to the byte, a row the caller already has
    numbers: list[int] | None = None  # each row's index in the member, when rows were left out

    def number(self, i: int) -> int:
        """The 1-based number in the member of `rows[i]`, for messages."""
        return (self.numbers[i] if self.numbers is not None else self.start + i) + 1


def schema_columns(entity: str) -> Columns:
    return tuple(c.name for c in SCHEMA[entity])


def _columns(entity: str, columns: Any) -> Columns:
    """The member's columns, when they are this version's or an older version's (which lacks
    only columns added since, see `ADDED_COLUMNS`)."""
    names = schema_columns(entity)
    given = tuple(map(str, columns)) if isinstance(columns, list) else ()
    missing = set(names) - set(given)
    if not given or len(set(given)) != len(given) or set(given) - set(names) or missing - set(ADDED_COLUMNS.get(entity, {})):
        raise BundleError("The bundle's {entity} rows do not have the columns this version expects.",
                          entity=entity)
    return given


def header(entity: str, line: bytes) -> Columns:
    """Versions 2 and later: the first line {"entity", "columns"}; returns the columns."""
    if len(line) > _MAX_HEADER:
        raise BundleError("The bundle's {entity} rows are not in the expected form.", entity=entity)
    try:
        head = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleError("The bundle's {entity} rows are not valid JSON.", entity=entity) from None
    if not isinstance(head, dict) or head.get("entity") != entity:
        raise BundleError("The bundle's {entity} rows are not in the expected form.", entity=entity)
    return _columns(entity, head.get("columns"))


class _Document(msgspec.Struct):
    """Version 1: one JSON document per entity, its rows left undecoded for `RowCheck`."""

    entity: str
    columns: Any = None
    rows: msgspec.Raw = msgspec.field(default_factory=lambda: msgspec.Raw(b"null"))


class RowCheck:
    """Decodes and checks the rows of one entity's member, block by block."""

    def __init__(self, entity: str, defer_clocks: bool = False, version: int = FORMAT_VERSION,
                 clock_limit: str = "") -> None:
        self.entity = entity
        self.clock_limit = clock_limit
        self.defer_clocks = defer_clocks  # field clocks left to `check_clocks`, but still text
        self.version = version
        self.seen: set[str] = set()
        self.columns = schema_columns(entity)

    @property
    def exact(self) -> bool:
        """Whether the member's columns are this version's, in its order."""
        return self.columns == schema_columns(self.entity)

    def document(self, data: bytes) -> list[Row]:
        """Version 1: the checked rows of an entity's whole document."""
        try:
            body = msgspec.json.decode(data, type=_Document)
        except msgspec.ValidationError:
            if not _well_formed(data):
                raise BundleError("The bundle's {entity} rows are not valid JSON.", entity=self.entity) from None
            raise BundleError("The bundle's {entity} rows are not in the expected form.", entity=self.entity) from None
        except (msgspec.DecodeError, RecursionError):
            raise BundleError("The bundle's {entity} rows are not valid JSON.", entity=self.entity) from None
        if body.entity != self.entity:
            raise BundleError("The bundle's {entity} rows are not in the expected form.", entity=self.entity)
        self.columns = _columns(self.entity, body.columns)
        return self._checked(bytes(body.rows), 0, None)

    def parse(self, block: bytes, start: int, numbers: list[int] | None = None) -> list[Row]:
        """The checked rows of `block`, complete lines of one JSON row each (`numbers`: their
        indexes in the member, when not consecutive from `start`). A JSON text holds no raw
        newline, so joining the lines with commas makes one array of the rows; anything that
        is not one value per line fails to decode or is counted wrong."""
        return self._checked(b"[" + block.replace(b"\n", b",") + b"]", start, numbers)

    def _checked(self, array: bytes, start: int, numbers: list[int] | None) -> list[Row]:
        def number(n: int) -> int:
            return (numbers[n] if numbers and n < len(numbers) else start + n) + 1

        try:
            rows: list[Row] = _decoder(self.entity, self.columns).decode(array)
        except msgspec.ValidationError as exc:
            raise self._refusal(array, str(exc), number) from None
        except (msgspec.DecodeError, RecursionError):
            raise self._malformed(array, number) from None
        if not self.exact:
            rows = _in_schema_order(self.entity, self.columns, rows)
        if numbers is not None and len(rows) != len(numbers):
            return rows  # the caller refuses a line holding more than one value
        self._keys(rows, number)
        self._content(rows, number)
        if self.version < COMPACT_CLOCKS_FROM:  # clocks as JSON maps: stored as this version stores them
            rows = [[*r[:_CLOCK_AT], clocks_from_json(r[_CLOCK_AT]), *r[_CLOCK_AT + 1:]] for r in rows]
        return rows

    def _bad(self, n: int, column: str) -> BundleError:
        return BundleError("The bundle is invalid: {entity} row {n} has an unacceptable value in {column}.",
                           entity=self.entity, n=n, column=column)

    def _refusal(self, array: bytes, message: str, number: Any) -> BundleError:
        """The decoder's refusal as a sentence naming the row and column, unless the block is not
        JSON at all (the decoder stops at the first value of the wrong type, before the end)."""
        if not _well_formed(array):
            return self._malformed(array, number)
        where = _WHERE.search(message)
        if where is None:  # not an array of rows at all
            return BundleError("The bundle's {entity} rows are not in the expected form.", entity=self.entity)
        if where.group(2) is None:
            return BundleError("The bundle is invalid: {entity} row {n} is not in the expected form.",
                               entity=self.entity, n=number(int(where.group(1))))
        return self._bad(number(int(where.group(1))), self.columns[int(where.group(2))])

    def _malformed(self, array: bytes, number: Any) -> BundleError:
        """Not JSON to the decoder. A text holding half of a UTF-16 pair is JSON, but not text
        any store can hold: that row and column are named; anything else is not JSON."""
        if _SURROGATE.search(array) is not None:
            try:
                rows = json.loads(array.decode("utf-8"))
            except (UnicodeDecodeError, ValueError, RecursionError):
                rows = None
            for n, row in enumerate(rows if isinstance(rows, list) else ()):
                for i, value in enumerate(row if isinstance(row, list) else ()):
                    if isinstance(value, str) and not _is_utf8(value) and i < len(self.columns):
                        return self._bad(number(n), self.columns[i])
        return BundleError("The bundle's {entity} rows are not valid JSON.", entity=self.entity)

    def _keys(self, rows: Sequence[Row], number: Any) -> None:
        """What the decoder does not check: the ids' form, that each appears once, and the
        clocks unless they are left to `check_clocks`."""
        if not rows:
            return
        ids = list(map(_ID, rows))
        if ROW_IDS.fullmatch("\n".join(ids) + "\n") is None:
            n = next(i for i, row_id in enumerate(ids) if not ROW_ID.fullmatch(row_id))
            raise self._bad(number(n), "id")
        unique = set(ids)
        if len(unique) != len(ids) or not self.seen.isdisjoint(unique):
            seen = set(self.seen)
            twice = next(i for i in ids if i in seen or seen.add(i))  # type: ignore[func-returns-value]
            raise BundleError("The bundle is invalid: the {entity} {id} appears twice.", entity=self.entity, id=twice)
        if not self.defer_clocks:  # deferred ones are text already: the decoder saw to it
            clocks = list(map(_CLOCK_OF, rows))
            if not _clocks_ok(clocks, self.version):
                n = next(i for i, clock in enumerate(clocks) if not is_clock_text(clock, self.version))
                raise self._bad(number(n), "clock")
        self.seen |= unique

    def _content(self, rows: Sequence[Row], number: Any) -> None:
        """What the values mean (`rules`), and no clock later than the bundle's own."""
        found = first_refused(self.entity, rows)
        if found is not None:
            raise self._bad(number(found[0]), found[1])
        limit = self.clock_limit
        if limit and rows and latest_clock(list(map(_CLOCK_OF, rows)), self.version) > limit:
            n = next(i for i, row in enumerate(rows) if latest_clock([row[_CLOCK_AT]], self.version) > limit)
            if not is_clock_text(rows[n][_CLOCK_AT], self.version):  # deferred clocks are not checked yet
                raise self._bad(number(n), "clock")
            raise BundleError("The bundle is invalid: {entity} row {n} has a change clock later than the "
                              "bundle's own.", entity=self.entity, n=number(n))


@cache
def _decoder(entity: str, columns: Columns) -> msgspec.json.Decoder[list[Any]]:
    """A JSON decoder for an array of `entity` rows with these columns that refuses any value
    the schema does not allow: a type, a length, an empty value where one is required, an
    integer out of range."""
    by_name = {c.name: c for c in SCHEMA[entity]}
    types: list[Any] = []
    for name in columns:
        c = by_name[name]
        if c.kind == "text":
            kind: Any = Annotated[str, msgspec.Meta(max_length=c.max_chars)]
        elif c.kind == "int":
            kind = Annotated[int, msgspec.Meta(ge=-_INT_LIMIT, le=_INT_LIMIT)]
        else:
            kind = bool
        types.append(kind | None if c.nullable else kind)
    return msgspec.json.Decoder(list[tuple[tuple(types)]])  # type: ignore[misc]


def _in_schema_order(entity: str, columns: Columns, rows: list[Row]) -> list[Row]:
    """Rows of an older member in the schema's order, a column added since with the value an
    older row gets (`ADDED_COLUMNS`)."""
    at = {name: i for i, name in enumerate(columns)}
    added = ADDED_COLUMNS.get(entity, {})
    picks = [(at[name], None) if name in at else (-1, added.get(name)) for name in schema_columns(entity)]
    return [[row[i] if i >= 0 else fill for i, fill in picks] for row in rows]


def _well_formed(data: bytes) -> bool:
    try:
        msgspec.json.decode(data)
    except (msgspec.DecodeError, RecursionError):
        return False
    return True


def _is_utf8(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_clocks(entity: str, chunk: Chunk, rows: Sequence[Row]) -> None:
    """Check the field clocks of `rows`, some rows of `chunk` (from `Bundle.chunks` with
    `defer_clocks`): a caller skips rows whose clock equals its own."""
    if _clocks_ok(list(map(_CLOCK_OF, rows))):
        return
    for row in rows:
        if not is_clock_text(row[_CLOCK_AT]):
            n = next(i for i, r in enumerate(chunk.rows) if r is row)
            raise BundleError("The bundle is invalid: {entity} row {n} has an unacceptable value in {column}.",
                              entity=entity, n=chunk.number(n), column="clock")


def _clocks_ok(clocks: Sequence[Any], version: int = FORMAT_VERSION) -> bool:
    if not clocks:
        return True
    if set(map(type, clocks)) != {str}:
        return False
    lines = CLOCK_LINES if version >= COMPACT_CLOCKS_FROM else JSON_CLOCK_LINES
    return lines.fullmatch("\n".join(clocks) + "\n") is not None
