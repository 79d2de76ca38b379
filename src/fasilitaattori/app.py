"""Desktop start-up: QApplication, store and main window."""

from __future__ import annotations

import argparse
import sys


def run_app(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from .library.seed import open_workbench

    app = QApplication.instance() or QApplication(sys.argv[:1])
    wb = open_workbench(args.data_dir)
    window = QMainWindow()
    window.setWindowTitle("Fasilitaattori")
    window.setCentralWidget(QLabel(f"Fasilitaattori — {wb.data_dir}"))
    window.resize(1280, 720)
    window.show()
    try:
        return int(app.exec())
    finally:
        wb.close()
