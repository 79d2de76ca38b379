"""Work around a PySide6 bug that would end a long session with a crash on Python 3.11.

With PySide6 6.12 on Python 3.11 every call of a Qt method that returns nothing (setText,
setEnabled, addItem...) takes one reference from `None` without giving it back (measured: 500
calls of QLabel.setText leave None with 500 fewer references). When the count reaches zero,
Python aborts with "Fatal Python error: none_dealloc" — after some tens of thousands of such
calls, i.e. within a working day. From Python 3.12 on, None is immortal and the bug is harmless;
here we give None the same protection once, at start-up, by adding a very large reference count.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40  # ~10^12 calls: more than any session makes


def protect_none() -> bool:
    """Make None effectively immortal on Python < 3.12; returns whether anything was done."""
    if sys.version_info >= (3, 12) or getattr(protect_none, "done", False):
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))
    refcount.value += _RESERVE
    protect_none.done = True  # type: ignore[attr-defined]
    return True
