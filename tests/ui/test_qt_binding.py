"""The Qt binding keeps Python's reference counts straight.

PySide6 6.12.0 on Python 3.11 took one reference from None on every call of a Qt method that
returns nothing; after a working day of such calls Python aborts ("none_dealloc"). pyproject.toml
keeps that release out; this test fails if a binding with the same fault is ever locked again.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_leave_none_alone(qapp) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        label.setEnabled(True)
    assert sys.getrefcount(None) - before > -100  # a leaking binding loses about 1000
