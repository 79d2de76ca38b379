"""What a bundle may say: only what the app itself could have written (docs/bundle-format.md).

The reader checks a row's types and lengths; this checks what the values mean, with the rules
the core applies to an edit (each entity's `Field`s, one definition for both): dates, times,
number ranges, text limits, choices, position keys, the JSON of worksheets and question sets.
It adds what no edit can do: ids a link row derives from what it links, erasures other than
those `people erase` makes, a tombstone on a built-in method, a clock later than the bundle's
own. Rows are checked a column at a time (one pass of C-level builtins per rule); only a
refused block is walked row by row, to name the first bad row and field.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from ..core import entities  # noqa: F401 - every entity registered
from ..core.clock import CLOCK_VALUE
from ..core.fields import LONG_TEXT, Field
from ..core.participants import link_id
from ..core.people import ERASED_WITH_PERSON, erasure_id
from ..core.records import REGISTRY
from .format import NO_CONFLICT_COPIES, SCHEMA

Row = Sequence[Any]
# A row passes when the check returns True for the rows it is given (a whole block, or one).
RowsCheck = Callable[[Sequence[Row]], bool]

_CREATED_AT = re.compile(rb"0000-00-00T00:00:00(?:\.0{1,6})?+(?:\+00:00|Z)?+")  # with every digit as 0
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
_WALL_AND_COUNTER = 18  # characters of a clock value that order it: "WWWWWWWWWWWWW.CCCC"
_LEGACY_CLOCKS = re.compile(r'"([0-9]{13}\.[0-9]{4})\.')  # versions 1 and 2: clocks as JSON maps
# Fields whose losing value is kept as a conflict copy, by entity.
_COPIED = {entity: frozenset(c.name for c in columns if c.is_text)
           for entity, columns in SCHEMA.items() if entity not in NO_CONFLICT_COPIES}


@dataclass(frozen=True)
class Rule:
    column: str  # the field a refusal names
    check: RowsCheck


def _index(entity: str, name: str) -> int:
    return [c.name for c in SCHEMA[entity]].index(name)


def _column(entity: str, name: str) -> Callable[[Sequence[Row]], list[Any]]:
    get = itemgetter(_index(entity, name))
    return lambda rows: list(map(get, rows))


def _field_rule(entity: str, field: Field) -> Rule:
    values = _column(entity, field.name)
    return Rule(field.name, lambda rows: field.accepts(values(rows)))


def _created_at(entity: str) -> Rule:
    values = _column(entity, "created_at")

    def check(rows: Sequence[Row]) -> bool:
        # Every digit as 0: the few shapes left are matched, not each value (a tenth of the time).
        lines = "\n".join(values(rows)).encode("utf-8").translate(_DIGITS_AS_ZERO).split(b"\n")
        return len(lines) == len(rows) and all(_CREATED_AT.fullmatch(shape) is not None for shape in set(lines))
    return Rule("created_at", check)


def _derived_id(entity: str, derive: Callable[[Row], str]) -> Rule:
    """A link row's id is made from what it links, so every device adding it agrees."""
    return Rule("id", lambda rows: all(row[0] == derive(row) for row in rows))


def _head_count_id(entity: str) -> Callable[[Row], str]:
    w, m, o = (_index(entity, n) for n in ("workshop_id", "municipality", "organisation"))
    return lambda row: link_id(row[w], row[m].strip().casefold(), row[o].strip().casefold())


def _erasure_rules() -> list[Rule]:
    e, r, d = (_index("erasure", n) for n in ("entity", "row_id", "deleted"))
    return [
        # Only what erasing a person removes; never an erasure record itself.
        Rule("entity", lambda rows: {row[e] for row in rows} <= ERASED_WITH_PERSON),
        Rule("deleted", lambda rows: not any(row[d] for row in rows)),  # an erasure is never undone
        _derived_id("erasure", lambda row: erasure_id(row[e], row[r])),
    ]


def _conflict_rules() -> list[Rule]:
    e, r, f, v, vc = (_index("conflict", n) for n in ("entity", "row_id", "field", "value", "value_clock"))
    from .merge_rules import conflict_id  # the merge makes copies; the id rule is its own

    return [
        Rule("entity", lambda rows: {row[e] for row in rows} <= _COPIED.keys()),
        Rule("field", lambda rows: all(row[f] in _COPIED[row[e]] for row in rows)),
        Rule("value", lambda rows: max((len(row[v]) for row in rows), default=0) <= LONG_TEXT),
        Rule("value_clock", lambda rows: all(CLOCK_VALUE.fullmatch(row[vc]) for row in rows)),
        _derived_id("conflict", lambda row: conflict_id(row[e], row[r], row[f], row[vc])),
    ]


def _method_rules() -> list[Rule]:
    b, d = _index("method", "builtin"), _index("method", "deleted")
    # The app never deletes a built-in method (`merge` also keeps one that is built-in here).
    return [Rule("deleted", lambda rows: not any(row[b] and row[d] for row in rows))]


def _rules(entity: str) -> list[Rule]:
    rules = [_created_at(entity)]
    entity_rules = REGISTRY.get(entity)
    if entity_rules is not None:
        rules += [_field_rule(entity, f) for f in entity_rules.fields.values() if f.kind not in ("ref", "bool")]
    if entity == "attendance":
        w, p = _index(entity, "workshop_id"), _index(entity, "participant_id")
        rules.append(_derived_id(entity, lambda row: link_id(row[w], row[p])))
    elif entity == "head_count":
        rules.append(_derived_id(entity, _head_count_id(entity)))
    elif entity == "erasure":
        rules += _erasure_rules()
    elif entity == "conflict":
        rules += _conflict_rules()
    elif entity == "method":
        rules += _method_rules()
    return rules


_RULES: dict[str, list[Rule]] = {}


def rules_of(entity: str) -> list[Rule]:
    if entity not in _RULES:
        _RULES[entity] = _rules(entity)
    return _RULES[entity]


def first_refused(entity: str, rows: Sequence[Row]) -> tuple[int, str] | None:
    """None when every row of `rows` (checked for types) says what the app could have
    written; else the index of the first row that does not and the field it breaks."""
    rules = rules_of(entity)
    if not rows or all(_passes(rule, rows) for rule in rules):
        return None
    for n, row in enumerate(rows):
        for rule in rules:
            if not _passes(rule, [row]):
                return n, rule.column
    return None  # pragma: no cover - a block refused as a whole has a refused row


def _passes(rule: Rule, rows: Sequence[Row]) -> bool:
    try:
        return rule.check(rows)
    except (TypeError, ValueError, AttributeError, KeyError):  # a value of a type the rule never sees
        return False


def latest_clock(clocks: Sequence[str], version: int) -> str:
    """The greatest wall time and counter (`WWWWWWWWWWWWW.CCCC`) in rows' clocks texts, '' if none."""
    if version < 3:
        return max(_LEGACY_CLOCKS.findall("\n".join(clocks)), default="")
    parts = "\n".join(clocks).split("@")
    return max(map(itemgetter(slice(0, _WALL_AND_COUNTER)), parts[1:]), default="")
