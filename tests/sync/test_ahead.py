"""The second-thread producer: items in order, the producer's error raised to the consumer,
and stopping early closes the source in its own thread."""

from __future__ import annotations

import threading

import pytest

from fasilitaattori.sync.ahead import read_ahead


def test_items_arrive_in_order_and_an_error_reaches_the_consumer():
    def source():
        yield from range(10)
        raise ValueError("rikki")

    got = []
    with pytest.raises(ValueError, match="rikki"):
        for item in read_ahead(source(), 2, "test"):
            got.append(item)
    assert got == list(range(10))


def test_stopping_early_closes_the_source_and_ends_the_thread():
    closed = []

    def source():
        try:
            yield from range(1000)
        finally:
            closed.append(threading.current_thread().name)

    items = read_ahead(source(), 2, "test-ahead")
    assert [next(items), next(items)] == [0, 1]
    items.close()
    assert closed == ["test-ahead"]
    assert not [t for t in threading.enumerate() if t.name == "test-ahead"]
