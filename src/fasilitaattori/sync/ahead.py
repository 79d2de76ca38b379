"""Producing items in a second thread, a few ahead of their use.

Worth it only where the producer's work releases Python's lock for long stretches (zlib,
hashlib, one long SQLite statement): work that hands the lock back and forth per row stalls
both threads instead.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Iterator
from typing import TypeVar

T = TypeVar("T")
_DONE = object()


def read_ahead(items: Iterator[T], depth: int, name: str) -> Iterator[T]:
    """`items`, produced in a second thread at most `depth` ahead. An exception in the producer
    is raised here, in the consumer. Closing the returned generator (or leaving it) stops the
    producer and closes `items` in its own thread."""
    slot: queue.Queue[object] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                slot.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not put(item):
                    return
            put(_DONE)
        except BaseException as exc:  # noqa: BLE001 - raised again in the consuming thread
            put(exc)
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()

    thread = threading.Thread(target=produce, name=name, daemon=True)
    thread.start()
    try:
        while True:
            item = slot.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        while thread.is_alive():
            with contextlib.suppress(queue.Empty):
                slot.get_nowait()  # let a blocked producer see the stop
            thread.join(timeout=0.05)
