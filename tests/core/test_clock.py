import json

from hypothesis import given
from hypothesis import strategies as st

from fasilitaattori.core.clock import CLOCK_VALUE, HLC, HybridClock, dump_clocks, is_clocks_text, load_clocks


def test_clock_values_increase_even_when_the_wall_clock_goes_back():
    times = iter([1000, 1000, 900, 900, 2000])
    clock = HybridClock("a" * 32, wall=lambda: next(times))
    values = [clock.tick() for _ in range(5)]
    assert values == sorted(values) and len(set(values)) == 5


def test_observing_a_remote_clock_makes_the_next_local_edit_win():
    clock = HybridClock("b" * 32, wall=lambda: 1000)
    remote = str(HLC(5000, 3, "a" * 32))
    clock.observe(remote)
    assert clock.tick() > remote


@given(st.integers(0, 10**12), st.integers(0, 9999), st.text("0123456789abcdef", min_size=32, max_size=32))
def test_string_order_is_clock_order(wall, counter, device):
    value = str(HLC(wall, counter, device))
    assert CLOCK_VALUE.fullmatch(value) and HLC.parse(value) == HLC(wall, counter, device)
    later = str(HLC(wall, counter + 1, device)) if counter < 9999 else str(HLC(wall + 1, 0, device))
    assert later > value


_names = st.from_regex(r"[a-z0-9_]{1,12}<?", fullmatch=True)
_values = st.builds(lambda w, c, d: str(HLC(w, c, d)), st.integers(0, 10**13 - 1), st.integers(0, 9999),
                    st.from_regex(r"[0-9A-Za-z_-]{1,32}", fullmatch=True))


@given(st.dictionaries(_names, st.sampled_from(["0000000000000.0000.0"]) | _values, max_size=12))
def test_field_clocks_round_trip_through_their_stored_text(clocks):
    text = dump_clocks(clocks)
    assert load_clocks(text) == clocks
    assert is_clocks_text(text)
    assert dump_clocks(dict(reversed(list(clocks.items())))) == text  # one map, one text


def test_fields_sharing_a_clock_are_stored_once():
    stamp = "1500000449223.0000.dcb8932c6a5e4371b5b5cee66994d66f"
    older = "1500000000000.0002.aa"
    text = dump_clocks({"text": stamp, "deleted": stamp, "kind": stamp, "text<": older})
    assert text == f"deleted,kind,text@{stamp} text<@{older}"
    assert dump_clocks({}) == "" and load_clocks("") == {}
    assert not is_clocks_text(json.dumps({"text": stamp})) and not is_clocks_text("text@soon")
