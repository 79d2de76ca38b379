"""Recognising bundle lines that are local rows: whole blocks in the local order by one
comparison, any other line through the map, whatever the parts and blocks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fasilitaattori.sync.local_rows import LocalRows


def _row(i: int) -> bytes:
    return f'["id-{i:03d}","teksti {i}"]'.encode()


def _parts(rows: list[int], cuts: list[int]) -> list[tuple[bytes, list[str]]]:
    """`rows` in parts ending at `cuts`, as the merge renders them."""
    parts, start = [], 0
    for end in sorted({*cuts, len(rows)}):
        if start < end <= len(rows):
            part = rows[start:end]
            parts.append((b"\n".join(map(_row, part)), [f"id-{i:03d}" for i in part]))
            start = end
    return parts


def test_blocks_in_the_local_order_are_taken_across_parts():
    local = LocalRows(iter(_parts(list(range(10)), [3, 7])))
    assert local.in_order(b"\n".join(map(_row, range(0, 5)))) == [f"id-{i:03d}" for i in range(5)]
    assert local.in_order(b"\n".join(map(_row, range(5, 10)))) == [f"id-{i:03d}" for i in range(5, 10)]
    assert local.in_order(_row(10)) is None
    assert local.mapped(100) == ({}, True)


def test_a_block_out_of_order_takes_nothing_and_the_map_holds_the_rest():
    local = LocalRows(iter(_parts(list(range(6)), [2, 4])))
    assert local.in_order(_row(0)) == ["id-000"]
    assert local.in_order(_row(2)) is None
    assert local.in_order(_row(1)[:-1]) is None  # not a whole line
    assert local.in_order(b"") is None
    known, complete = local.mapped(3)
    assert known == {_row(1): "id-001", _row(2): "id-002", _row(3): "id-003"} and not complete
    known, complete = local.mapped(10**9)
    assert set(known.values()) == {f"id-{i:03d}" for i in range(1, 6)} and complete


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_every_line_that_is_a_local_row_is_recognised_once_and_no_other(data):
    n = data.draw(st.integers(0, 40))
    local_rows = list(range(n))
    cuts = data.draw(st.lists(st.integers(1, max(n, 1)), max_size=6))
    # The bundle: some local rows (in the local order or shuffled), and rows the store lacks.
    ordered = data.draw(st.booleans())
    chosen = data.draw(st.lists(st.sampled_from(local_rows), unique=True)) if n else []
    bundle = sorted(chosen) if ordered else list(chosen)
    for extra in data.draw(st.lists(st.integers(100, 120), unique=True, max_size=5)):
        bundle.insert(data.draw(st.integers(0, len(bundle))), extra)
    sizes = data.draw(st.lists(st.integers(1, 7), min_size=len(bundle) + 1, max_size=len(bundle) + 1))
    blocks, at = [], 0
    for size in sizes:
        if at < len(bundle):
            blocks.append(bundle[at:at + size])
            at += size
    local = LocalRows(iter(_parts(local_rows, cuts)))
    found: list[str] = []
    waiting: list[bytes] = []
    count = 0
    for block in blocks:
        text = b"\n".join(map(_row, block))
        ids = local.in_order(text)
        count += len(block)
        if ids is not None:
            found += ids
            continue
        known, complete = local.mapped(count)
        for line in text.split(b"\n"):
            if line in known:
                found.append(known[line])
            elif not complete:
                waiting.append(line)
    known, complete = local.mapped(10**9)
    assert complete
    found += [known[line] for line in waiting if line in known]
    assert sorted(found) == sorted(f"id-{i:03d}" for i in chosen)
