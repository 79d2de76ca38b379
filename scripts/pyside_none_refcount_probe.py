"""Probe: does this PySide6 build lose a reference to None on every call of a Qt method that
returns nothing (QLabel.setText, QWidget.resize…)?

PySide6 6.12.0 on Python 3.11 does: None's reference count falls by one per call and the
interpreter aborts ("none_dealloc: deallocating None") once it reaches zero — after some tens
of thousands of setter calls in a long-running window. Python 3.12+ makes None immortal, so the
same build is harmless there.

    QT_QPA_PLATFORM=offscreen uv run python scripts/pyside_none_refcount_probe.py
"""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QApplication, QLabel

CALLS = 200


def main() -> int:
    app = QApplication.instance() or QApplication([])
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("x")
    drift = sys.getrefcount(None) - before
    print(f"Python {sys.version.split()[0]}, None reference count after {CALLS} QLabel.setText calls: {drift:+d}", flush=True)
    del app
    return 1 if drift <= -CALLS // 2 else 0


if __name__ == "__main__":
    # Leave without the interpreter's clean-up, which would itself hit the exhausted None.
    os._exit(main())
