"""Screenshots of the capture screens (live mode, participants, notes, tasks, photos) at 1366×768
with the demo data, for a human look:

    QT_QPA_PLATFORM=offscreen uv run python scripts/capture_screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/capture-shots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    from fasilitaattori.core.demo import create_demo
    from fasilitaattori.core.workshops import list_workshops
    from fasilitaattori.library.seed import open_workbench
    from fasilitaattori.ui.context import UiContext
    from fasilitaattori.ui.live_mode import LiveMode
    from fasilitaattori.ui.workshop_tabs import workshop_tabs

    wb = open_workbench(Path(tempfile.mkdtemp()) / "data")
    create_demo(wb)
    workshop = next(w for w in list_workshops(wb) if w.title.endswith("Varkaus"))
    ctx = UiContext(wb)
    ctx.select_workshop(workshop.id)

    def shoot(widget: QWidget, name: str) -> None:
        widget.resize(1366, 768)
        widget.show()
        app.processEvents()
        widget.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    live = LiveMode(ctx, workshop.id, now=lambda: datetime(2026, 4, 14, 11, 2))
    shoot(live, "live_mode")
    live.close()
    wanted = {"participants", "notes", "tasks", "photos"}
    for tab in workshop_tabs():
        if tab.key in wanted:
            page = tab.make(ctx, None)
            ctx.select_workshop(workshop.id)
            shoot(page, f"tab_{tab.key}")
            page.close()
    wb.close()


if __name__ == "__main__":
    main()
