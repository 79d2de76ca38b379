"""None stays alive however many Qt calls a session makes (PySide6 6.12 on Python 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_none_survives_many_void_qt_calls(qapp):
    import fasilitaattori.ui  # noqa: F401 - importing the UI applies the protection

    label = QLabel()
    for _ in range(20_000):
        label.setText("x")
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > 1 << 39
