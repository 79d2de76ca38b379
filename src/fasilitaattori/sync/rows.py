"""Decoding and checking a bundle's rows: every value against the schema, before anything
touches the store.

A block of lines is decoded and checked in one pass by a msgspec decoder compiled from the
schema (types, lengths, empty values, integer ranges); the ids' form, each id once and the
field clocks are checked a column at a time; what the values mean is `rules`. A refusal names
the first bad row and column in one `BundleError` sentence.
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
    ENTITY_ORDER,
    FORMAT_VERSION,
    JSON_CLOCK_LINES,
    MAX_CLOCK_CHARS,
    ROW_ID,
    ROW_IDS,
    SCHEMA,
    clocks_from_json,
    is_clock_text,
)
from .rules import first_refused, latest_clock

_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")


_INT_LIMIT = 2 ** 53


_MAX_HEADER = 64 * 1024


# A bundle row's values in schema order: a tuple when a block was parsed and checked in one
# pass (no copy into lists), a list otherwise. Nothing changes a row in place.
Row = Sequence[Any]


class Chunk(NamedTuple):
    """Checked rows of one entity from one block of its member."""

    start: int  # index in the member of the block's first row
    rows: list[Row]  # columns in schema order
    same: int = 0  # rows left out because they are, to the byte, a row the caller already has
    numbers: list[int] | None = None  # each row's index in the member, when rows were left out

    def number(self, i: int) -> int:
        """The 1-based number in the member of `rows[i]`, for messages."""
        return (self.numbers[i] if self.numbers is not None else self.start + i) + 1


def _columns(entity: str, columns: Any) -> list[int] | None:
    """The permutation from the member's column order to the schema's (-1 for a column added
    since, see `ADDED_COLUMNS`), or None when the columns are exactly this version's."""
    names = [c.name for c in SCHEMA[entity]]
    added = ADDED_COLUMNS.get(entity, {})
    given = list(map(str, columns)) if isinstance(columns, list) else []
    missing = set(names) - set(given)
    if not given or len(set(given)) != len(given) or set(given) - set(names) or missing - set(added):
        raise BundleError("The bundle's {entity} rows do not have the columns this version expects.",
                          entity=entity)
    perm = [given.index(n) if n in given else -1 for n in names]
    return None if perm == list(range(len(names))) else perm


def _permute(entity: str, rows: list[Any], perm: list[int] | None) -> list[Any]:
    if perm is None:
        return rows
    width = sum(1 for i in perm if i >= 0)  # the member's rows
    if width == len(perm):
        return [[r[i] for i in perm] if isinstance(r, list) and len(r) == width else r for r in rows]
    added = ADDED_COLUMNS[entity]
    fill = [added.get(c.name) for c in SCHEMA[entity]]
    return [[r[i] if i >= 0 else fill[k] for k, i in enumerate(perm)] if isinstance(r, list) and len(r) == width
            else r for r in rows]


def _document_rows(entity: str, data: bytes) -> list[Any]:
    """Version 1: one JSON document {"entity", "columns", "rows": [...]} per entity."""
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleError("The bundle's {entity} rows are not valid JSON.", entity=entity) from None
    if not isinstance(body, dict) or body.get("entity") != entity:
        raise BundleError("The bundle's {entity} rows are not in the expected form.", entity=entity)
    perm = _columns(entity, body.get("columns"))
    rows = body.get("rows")
    if not isinstance(rows, list):
        raise BundleError("The bundle's {entity} rows are not in the expected form.", entity=entity)
    return _permute(entity, rows, perm)


_NO_PERM: list[int] = []


def _header(entity: str, line: bytes) -> list[int]:
    """Version 2: the first line {"entity", "columns"}; returns the column permutation."""
    if len(line) > _MAX_HEADER:
        raise BundleError("The bundle's {entity} rows are not in the expected form.", entity=entity)
    try:
        head = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleError("The bundle's {entity} rows are not valid JSON.", entity=entity) from None
    if not isinstance(head, dict) or head.get("entity") != entity:
        raise BundleError("The bundle's {entity} rows are not in the expected form.", entity=entity)
    return _columns(entity, head.get("columns")) or _NO_PERM


def _text(entity: str, block: bytes) -> str:
    try:
        return block.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleError("The bundle's {entity} rows are not valid JSON.", entity=entity) from None


def _block_rows(entity: str, text: str, perm: list[int]) -> list[Any]:
    """Version 2: complete lines, one JSON row each, parsed in one call. A JSON text holds no
    raw newline, so joining the lines with commas makes one array of the rows; anything that
    is not one value per line fails to parse."""
    try:
        rows = json.loads("[" + text.replace("\n", ",") + "]")
    except (ValueError, RecursionError):
        raise BundleError("The bundle's {entity} rows are not valid JSON.", entity=entity) from None
    return _permute(entity, rows, perm or None)


_ID_AT, _CLOCK_AT = 0, 2  # positions in the schema's column order (format.columns_of)


_ID = itemgetter(_ID_AT)


_CLOCK_OF = itemgetter(_CLOCK_AT)


_NONE = type(None)


class RowCheck:
    """Checks rows of one entity against the schema.

    The common case runs column by column in C-level builtins (types, lengths, one regular
    expression over all ids), a tenth of the time of a loop per value; anything it does not
    accept goes through the loop per row, which names the first bad row and column.
    """

    def __init__(self, entity: str, defer_clocks: bool = False, version: int = FORMAT_VERSION,
                 clock_limit: str = "") -> None:
        self.entity = entity
        self.clock_limit = clock_limit
        self.defer_clocks = defer_clocks
        self.version = version
        schema = SCHEMA[entity]
        self.width = len(schema)
        self.specs = [(i, c.kind, c.max_chars, c.nullable) for i, c in enumerate(schema)
                      if c.name not in ("id", "clock")]
        self.seen: set[str] = set()
        self.decoder = _decoder(entity) if version >= COMPACT_CLOCKS_FROM else None

    def parse(self, block: bytes, start: int, check_utf8: bool, perm: list[int] = _NO_PERM,
              numbers: list[int] | None = None) -> list[Row]:
        """The checked rows of `block`, complete lines of one JSON row each. The common case is
        parsed and checked for types, lengths and nulls in one pass by a decoder that knows the
        schema; anything it refuses goes the long way, which names the first bad row."""
        if self.decoder is not None and not check_utf8 and not perm:
            try:
                decoded = self.decoder.decode(b"[" + block.replace(b"\n", b",") + b"]")
            except msgspec.DecodeError:  # a validation error too: the long way names it
                pass
            else:
                if self._keys(decoded, not self.defer_clocks):
                    self._content(decoded, start, numbers)
                    return decoded
        rows = _block_rows(self.entity, _text(self.entity, block), perm)
        if numbers is not None and len(rows) != len(numbers):
            return rows  # the caller refuses a line holding more than one value
        self.rows(rows, start, check_utf8, numbers)
        return rows

    def _keys(self, rows: Sequence[Row], clocks: bool) -> bool:
        """What the decoder does not check: the ids' form, that each appears once, and the clocks."""
        if not rows:
            return True
        ids = list(map(_ID, rows))
        if ROW_IDS.fullmatch("\n".join(ids) + "\n") is None:
            return False
        unique = set(ids)
        if len(unique) != len(ids) or not self.seen.isdisjoint(unique):
            return False
        if clocks and not _clocks_ok(list(map(_CLOCK_OF, rows)), self.version):
            return False
        self.seen |= unique
        return True

    def rows(self, rows: list[Any], start: int, check_utf8: bool, numbers: list[int] | None = None) -> None:
        if check_utf8 or not self._fast(rows, not self.defer_clocks):
            _validate(self.entity, rows, start, set(self.seen), numbers, self.version)
            if not check_utf8:  # pragma: no cover - the two checks disagree; refuse rather than guess
                raise BundleError("The bundle's {entity} rows are not in the expected form.", entity=self.entity)
            self.seen.update(map(_ID, rows))
        self._content(rows, start, numbers)

    def _content(self, rows: Sequence[Row], start: int, numbers: list[int] | None) -> None:
        """What the values mean (`rules`), and no clock later than the bundle's own."""
        found = first_refused(self.entity, rows)
        if found is not None:
            n, column = found
            raise BundleError("The bundle is invalid: {entity} row {n} has an unacceptable value in {column}.",
                              entity=self.entity, n=(numbers[n] if numbers else start + n) + 1, column=column)
        limit = self.clock_limit
        if limit and rows and latest_clock(list(map(_CLOCK_OF, rows)), self.version) > limit:
            n = next(i for i, row in enumerate(rows) if latest_clock([row[_CLOCK_AT]], self.version) > limit)
            if not is_clock_text(rows[n][_CLOCK_AT], self.version):  # deferred clocks are not checked yet
                raise BundleError("The bundle is invalid: {entity} row {n} has an unacceptable value in {column}.",
                                  entity=self.entity, n=(numbers[n] if numbers else start + n) + 1, column="clock")
            raise BundleError("The bundle is invalid: {entity} row {n} has a change clock later than the "
                              "bundle's own.", entity=self.entity, n=(numbers[n] if numbers else start + n) + 1)

    def _fast(self, rows: list[Any], clocks: bool) -> bool:
        if not rows:
            return True
        if set(map(type, rows)) != {list} or set(map(len, rows)) != {self.width}:
            return False
        columns = list(zip(*rows, strict=True))  # the values column by column, in one pass
        ids = columns[_ID_AT]
        if set(map(type, ids)) != {str} or ROW_IDS.fullmatch("\n".join(ids) + "\n") is None:
            return False
        unique = set(ids)
        if len(unique) != len(ids) or not self.seen.isdisjoint(unique):
            return False
        stamps = columns[_CLOCK_AT]
        if clocks:
            if not _clocks_ok(stamps, self.version):
                return False
        elif set(map(type, stamps)) != {str} or max(map(len, stamps)) > MAX_CLOCK_CHARS:
            return False  # deferred clocks are still text a caller can compare
        for i, kind, limit, nullable in self.specs:
            column = columns[i]
            types = set(map(type, column))
            if nullable:
                types.discard(_NONE)
            if kind == "text":
                if types - {str} or (types and max(map(len, filter(None, column)), default=0) > limit):
                    return False
            elif kind == "int":
                if types - {int}:
                    return False
                values = [v for v in column if v is not None] if nullable else column
                if values and (min(values) < -_INT_LIMIT or max(values) > _INT_LIMIT):
                    return False
            elif types - {bool}:
                return False
        self.seen |= unique
        return True


@cache
def _decoder(entity: str) -> msgspec.json.Decoder[list[Any]]:
    """A JSON decoder for a block of `entity` rows that refuses any value the schema does not
    allow: a type, a length, an empty value where one is required, an integer out of range."""
    types: list[Any] = []
    for c in SCHEMA[entity]:
        if c.kind == "text":
            kind: Any = Annotated[str, msgspec.Meta(max_length=c.max_chars)]
        elif c.kind == "int":
            kind = Annotated[int, msgspec.Meta(ge=-_INT_LIMIT, le=_INT_LIMIT)]
        else:
            kind = bool
        types.append(kind | None if c.nullable else kind)
    return msgspec.json.Decoder(list[tuple[tuple(types)]])  # type: ignore[misc]


def check_clocks(entity: str, chunk: Chunk, rows: Sequence[Row]) -> None:
    """Check the field clocks of `rows`, some rows of `chunk` (from `Bundle.chunks` with
    `defer_clocks`): a caller skips rows whose clock equals its own."""
    if _clocks_ok(list(map(_CLOCK_OF, rows))):
        return
    for row in rows:
        if not is_clock_text(row[2]):
            n = next(i for i, r in enumerate(chunk.rows) if r is row)
            raise BundleError("The bundle is invalid: {entity} row {n} has an unacceptable value in {column}.",
                              entity=entity, n=chunk.number(n), column="clock")


def _clocks_ok(clocks: Sequence[Any], version: int = FORMAT_VERSION) -> bool:
    if not clocks:
        return True
    if set(map(type, clocks)) != {str} or max(map(len, clocks)) > MAX_CLOCK_CHARS:
        return False
    lines = CLOCK_LINES if version >= COMPACT_CLOCKS_FROM else JSON_CLOCK_LINES
    return lines.fullmatch("\n".join(clocks) + "\n") is not None


def _convert_clocks(rows: list[Any]) -> None:
    """Version 1 and 2 rows, checked: their clocks as this version stores them."""
    for row in rows:
        row[_CLOCK_AT] = clocks_from_json(row[_CLOCK_AT])


def _validate(entity: str, rows: list[Any], start: int, seen: set[str], numbers: list[int] | None = None,
              version: int = FORMAT_VERSION) -> None:
    """The check row by row, value by value: slow, but it names the first bad row."""
    schema = SCHEMA[entity]
    width = len(schema)
    specs = [(i, 0 if c.kind == "text" else 1 if c.kind == "int" else 2, c.max_chars, c.nullable, c.name)
             for i, c in enumerate(schema) if c.name not in ("id", "clock")]
    id_i = [c.name for c in schema].index("id")
    clock_i = [c.name for c in schema].index("clock")

    def bad(n: int, column: str) -> BundleError:
        return BundleError("The bundle is invalid: {entity} row {n} has an unacceptable value in {column}.",
                           entity=entity, n=(numbers[n] if numbers else start + n) + 1, column=column)

    for n, row in enumerate(rows):
        if type(row) is not list or len(row) != width:
            raise BundleError("The bundle is invalid: {entity} row {n} is not in the expected form.",
                              entity=entity, n=(numbers[n] if numbers else start + n) + 1)
        row_id = row[id_i]
        if type(row_id) is not str or not ROW_ID.fullmatch(row_id):
            raise bad(n, "id")
        if row_id in seen:
            raise BundleError("The bundle is invalid: the {entity} {id} appears twice.", entity=entity, id=row_id)
        seen.add(row_id)
        if not is_clock_text(row[clock_i], version):
            raise bad(n, "clock")
        for i, kind, limit, nullable, name in specs:
            v = row[i]
            if v is None:
                if not nullable:
                    raise bad(n, name)
            elif kind == 0:
                if type(v) is not str or len(v) > limit:
                    raise bad(n, name)
                try:
                    v.encode("utf-8")
                except UnicodeEncodeError:
                    raise bad(n, name) from None
            elif kind == 1:
                if type(v) is not int or not -_INT_LIMIT <= v <= _INT_LIMIT:
                    raise bad(n, name)
            elif type(v) is not bool:
                raise bad(n, name)
    if entity not in ENTITY_ORDER:  # pragma: no cover - SCHEMA and ENTITY_ORDER come from one dict
        raise BundleError("Unknown entity {entity}.", entity=entity)
