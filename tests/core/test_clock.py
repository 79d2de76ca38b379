from hypothesis import given
from hypothesis import strategies as st

from fasilitaattori.core.clock import HLC, HybridClock, is_clock


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
    assert is_clock(value) and HLC.parse(value) == HLC(wall, counter, device)
    later = str(HLC(wall, counter + 1, device)) if counter < 9999 else str(HLC(wall + 1, 0, device))
    assert later > value
