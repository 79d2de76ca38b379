"""A block of bundle rows is parsed and checked in one pass by a decoder that knows the schema
(sync/reader.py, `RowCheck.parse`). It must accept exactly the rows the value-by-value check
accepts, give them the same values, and leave every refusal to that check, which names the
first bad row in one sentence."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fasilitaattori.core.clock import dump_clocks
from fasilitaattori.sync.bundle_error import BundleError
from fasilitaattori.sync.format import SCHEMA, Column
from fasilitaattori.sync.rows import _SURROGATE, RowCheck, _block_rows

_CLOCK = "1500000449223.0000.40d55695d8674a4fa768e86f68744ea6"
_LIMIT = 2 ** 53
# Entities with every kind of column: short and long texts, flags, integers, empty references.
_ENTITIES = ("note", "method", "feedback_answer", "participant")

_wrong = st.one_of(st.floats(allow_nan=False), st.lists(st.integers(), max_size=2),
                   st.dictionaries(st.text(max_size=2), st.integers(), max_size=1))


def _value(column: Column) -> st.SearchStrategy[Any]:
    """Mostly valid values of `column`, and now and then one the schema refuses."""
    if column.name == "id":
        good: st.SearchStrategy[Any] = st.from_regex(r"[0-9A-Za-z_-]{1,36}", fullmatch=True)
        bad: st.SearchStrategy[Any] = st.one_of(st.sampled_from(["", "x" * 37, "a b", "ä", "a\n"]), st.integers())
    elif column.name == "clock":
        good = st.sampled_from(["", dump_clocks({"text": _CLOCK}), dump_clocks({"kind": _CLOCK, "text<": _CLOCK})])
        bad = st.sampled_from(["text", "text@1", '{"text": "' + _CLOCK + '"}', "x" * 9000])
    elif column.kind == "text":
        short = min(column.max_chars, 40)
        good = st.text(max_size=short)
        bad = st.one_of(st.integers(), st.booleans(), _wrong,
                        st.just("é" * (column.max_chars + 1)) if column.max_chars <= 64 else st.nothing())
    elif column.kind == "int":
        good = st.integers(-_LIMIT, _LIMIT)
        bad = st.one_of(st.sampled_from([_LIMIT + 1, -_LIMIT - 1, 2 ** 64, 1.0, -0.0]), st.booleans(),
                        st.text(max_size=2), _wrong)
    else:
        good = st.booleans()
        bad = st.one_of(st.sampled_from([0, 1, "true"]), _wrong)
    if not column.nullable:
        bad = st.one_of(bad, st.none())
    elif column.name != "id":
        good = st.one_of(good, st.none())
    return st.one_of(good, good, good, bad)


@st.composite
def _blocks(draw: st.DrawFn) -> tuple[str, bytes]:
    entity = draw(st.sampled_from(_ENTITIES))
    schema = SCHEMA[entity]
    rows: list[Any] = draw(st.lists(st.tuples(*map(_value, schema)).map(list), min_size=1, max_size=6))
    if draw(st.booleans()):  # now and then a row repeated, cut short, or not a row at all
        at = draw(st.integers(0, len(rows) - 1))
        rows.append(draw(st.sampled_from([list(rows[at]), rows[at][:-1], {"id": rows[at][0]}, 7])))
    lines = [json.dumps(row, ensure_ascii=draw(st.booleans())) for row in rows]
    return entity, "\n".join(lines).encode("utf-8")


def _outcome(check: RowCheck, block: bytes, parse: bool) -> Any:
    utf8 = _SURROGATE.search(block) is not None
    try:
        if parse:
            return [list(row) for row in check.parse(block, 10, utf8)]
        rows = _block_rows(check.entity, block.decode("utf-8"), [])
        check.rows(rows, 10, utf8)
        return rows
    except BundleError as exc:
        return exc.template, exc.params


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_blocks())
def test_the_one_pass_check_agrees_with_the_value_by_value_check(case: tuple[str, bytes]) -> None:
    entity, block = case
    fast = RowCheck(entity)
    slow = RowCheck(entity)
    slow.decoder = None  # the value-by-value way only
    assert _outcome(fast, block, parse=True) == _outcome(slow, block, parse=False)
    assert fast.seen == slow.seen


@pytest.mark.parametrize("line", [
    '["n1", "2026-01-01", "", false, "w1", null, "", "idea", "", "", null, "extra"]',  # a column too many
    '["n1", "2026-01-01", "", 0, "w1", null, "", "idea", "", "", null]',  # a number for a flag
    '["n1", "2026-01-01", "", false, "w1", null, "", "' + "i" * 25 + '", "", "", null]',  # kind too long
    '["n1", "2026-01-01", "", false, null, null, "", "idea", "", "", null]',  # no workshop
])
def test_a_refused_row_is_named_by_its_number(line: str) -> None:
    check = RowCheck("note")
    with pytest.raises(BundleError) as caught:
        check.parse(line.encode(), 41, False)
    assert "row 42" in str(caught.value)
    assert check.seen == set()
