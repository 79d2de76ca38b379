"""A block of bundle rows is decoded and checked in one pass by a decoder compiled from the
schema (sync/rows.py, `RowCheck.parse`). Against a value-by-value reading of the schema's rules
written here: it accepts exactly the rows the rules accept, gives them the same values, and a
refusal names, in one sentence, a row and column that the rules do refuse."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fasilitaattori.core.clock import dump_clocks
from fasilitaattori.sync.bundle_error import BundleError
from fasilitaattori.sync.format import ROW_ID, SCHEMA, Column, is_clock_text
from fasilitaattori.sync.rows import RowCheck
from fasilitaattori.sync.rules import first_refused

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


def _good(column: Column, value: Any) -> bool:
    """The schema's rule for one value, read plainly."""
    if value is None:
        return column.nullable
    if column.name == "id":
        return type(value) is str and ROW_ID.fullmatch(value) is not None
    if column.name == "clock":
        return is_clock_text(value)
    if column.kind == "text":
        if type(value) is not str or len(value) > column.max_chars:
            return False
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return True
    if column.kind == "int":
        return type(value) is int and -_LIMIT <= value <= _LIMIT
    return type(value) is bool


def _not_json(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")  # Python reads NaN and Infinity; JSON has no such numbers


def _refusals(entity: str, block: bytes, start: int) -> tuple[list[list[Any]] | None, set[str]]:
    """The rows the rules accept (None when they refuse any), and every sentence (template
    filled in) that rightly refuses the block."""
    template = "The bundle is invalid: {entity} row {n} has an unacceptable value in {column}."
    try:
        rows = json.loads("[" + block.decode("utf-8").replace("\n", ",") + "]", parse_constant=_not_json)
    except ValueError:
        return None, {f"The bundle's {entity} rows are not valid JSON."}
    schema = SCHEMA[entity]
    right: set[str] = set()
    ids: list[str] = []
    for n, row in enumerate(rows, start=start + 1):
        if type(row) is not list or len(row) != len(schema):
            right.add(f"The bundle is invalid: {entity} row {n} is not in the expected form.")
            continue
        right |= {template.format(entity=entity, n=n, column=c.name) for c, v in zip(schema, row, strict=True)
                  if not _good(c, v)}
        ids.append(row[0])
    right |= {f"The bundle is invalid: the {entity} {i} appears twice." for i in ids if ids.count(i) > 1}
    if right:
        return None, right
    refused = first_refused(entity, rows)
    if refused is not None:
        return None, {template.format(entity=entity, n=start + 1 + refused[0], column=refused[1])}
    return rows, set()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_blocks())
def test_the_decoder_accepts_what_the_rules_accept_and_names_a_cell_they_refuse(case: tuple[str, bytes]) -> None:
    entity, block = case
    check = RowCheck(entity)
    accepted, right = _refusals(entity, block, 10)
    try:
        rows = [list(row) for row in check.parse(block, 10)]
    except BundleError as exc:
        assert accepted is None and str(exc.template).format(**exc.params) in right
    else:
        assert rows == accepted
        assert check.seen == {row[0] for row in rows}


@pytest.mark.parametrize("line", [
    '["n1", "2026-01-01", "", false, "w1", null, "", "idea", "", "", null, "extra"]',  # a column too many
    '["n1", "2026-01-01", "", 0, "w1", null, "", "idea", "", "", null]',  # a number for a flag
    '["n1", "2026-01-01", "", false, "w1", null, "", "' + "i" * 25 + '", "", "", null]',  # kind too long
    '["n1", "2026-01-01", "", false, null, null, "", "idea", "", "", null]',  # no workshop
])
def test_a_refused_row_is_named_by_its_number(line: str) -> None:
    check = RowCheck("note")
    with pytest.raises(BundleError) as caught:
        check.parse(line.encode(), 41)
    assert "row 42" in str(caught.value)
    assert check.seen == set()
