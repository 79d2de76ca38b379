"""The clock and id expressions use possessive quantifiers for speed; they must accept exactly
what the plain expressions accept, near-misses and lengths at the limits included."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from fasilitaattori.core.clock import CLOCKS
from fasilitaattori.sync.format import CLOCK_LINES, ROW_IDS

_FIELD = r"[a-z0-9_]{1,63}<?"
_VALUE = r"[0-9]{13}\.[0-9]{4}\.[0-9A-Za-z_-]{1,60}"
_GROUP = _FIELD + r"(?:," + _FIELD + r")*@" + _VALUE
_PLAIN = r"(?:" + _GROUP + r"(?: " + _GROUP + r")*)?"
PLAIN_CLOCKS = re.compile(_PLAIN)
PLAIN_LINES = re.compile(r"(?:" + _PLAIN + r"\n)*")
PLAIN_IDS = re.compile(r"(?:[0-9A-Za-z_-]{1,36}\n)*")

_TOKENS = [
    "deleted", "text", "kind", "a", "_", "9", "x" * 62, "x" * 63, "x" * 64, "<", ",", "@", " ", "\n", ".",
    "1500000449223", "150000044922", "0000", "000", "00001", "dcb8e0", "d" * 59, "d" * 60, "d" * 61,
    "-", "A", "é", "\u0663", "deleted,kind,text@1500000449223.0000.dcb8", "title<@1500000449223.0001.ab",
]
_texts = st.lists(st.sampled_from(_TOKENS), max_size=14).map("".join)


def _clock(draw_fields: list[str], device: str) -> str:
    return ",".join(draw_fields) + "@1500000449223.0000." + device


_valid = st.builds(
    _clock,
    st.lists(st.sampled_from(["deleted", "text", "text<", "x" * 63, "x" * 64, "a_1"]), min_size=1, max_size=4),
    st.sampled_from(["ab", "d" * 60, "d" * 61, "e-f_G", "ö"]),
)
_clock_texts = st.one_of(_texts, st.lists(_valid, max_size=3).map(" ".join))


@settings(max_examples=400, deadline=None)
@given(st.lists(_clock_texts, max_size=5))
def test_the_clock_expressions_accept_what_the_plain_ones_accept(lines):
    for text in lines:
        assert (CLOCKS.fullmatch(text) is None) == (PLAIN_CLOCKS.fullmatch(text) is None), text
    joined = "\n".join(lines) + "\n"
    assert (CLOCK_LINES.fullmatch(joined) is None) == (PLAIN_LINES.fullmatch(joined) is None), joined
    raw = "".join(lines)  # without the closing newline, or with newlines in odd places
    assert (CLOCK_LINES.fullmatch(raw) is None) == (PLAIN_LINES.fullmatch(raw) is None), raw


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="aZ9_-\n é", max_size=40), max_size=6))
def test_the_id_expression_accepts_what_the_plain_one_accepts(ids):
    for joined in ("\n".join(ids) + "\n", "".join(ids), "\n".join(i[:36] for i in ids) + "\n"):
        assert (ROW_IDS.fullmatch(joined) is None) == (PLAIN_IDS.fullmatch(joined) is None), joined


def test_typical_clocks_pass_and_near_misses_fail():
    good = "deleted,kind,text@1500000449223.0000.dcb8 title<@1500000449223.0001.ab"
    assert CLOCKS.fullmatch(good) and CLOCK_LINES.fullmatch(good + "\n" + "\n")
    for bad in (good + " ", "deleted@1500000449223.0000.", "x" * 64 + "@1500000449223.0000.ab",
                "a@1500000449223.0000." + "d" * 61, "a,@1500000449223.0000.ab", "a@\u0663" * 2):
        assert CLOCKS.fullmatch(bad) is None, bad
