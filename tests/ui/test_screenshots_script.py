"""scripts/screenshots.py makes a picture of every workshop tab, the library and the dialogs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from fasilitaattori.ui.workshop_tabs import workshop_tabs

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "screenshots.py"


def test_every_screen_is_captured_at_1366_by_768(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("FASILITAATTORI_DATA_DIR", None)
    done = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path)], capture_output=True, text=True,
                          timeout=240, env=env)
    assert done.returncode == 0, done.stderr
    names = {p.stem for p in tmp_path.glob("*.png")}
    assert {f"tab-{t.key}" for t in workshop_tabs()} <= names
    assert {"library", "series", "dialog-search", "dialog-settings", "dialog-method-editor"} <= names
    image = QImage(str(tmp_path / "tab-agenda.png"))
    assert (image.width(), image.height()) == (1366, 768)
