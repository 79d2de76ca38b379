"""Screenshots of the capture screens (live mode, participants, notes, tasks, photos) at 1366×768
with the demo data, for a human look:

    QT_QPA_PLATFORM=offscreen uv run python scripts/capture_screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget


def add_demo_photos(wb: object, workshop_id: str) -> None:
    """Three drawn "flip charts" (the demo has no photos of its own)."""
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    from fasilitaattori.core import photos
    from fasilitaattori.core.agenda import list_agenda

    blocks = list_agenda(wb, workshop_id)  # type: ignore[arg-type]
    folder = Path(tempfile.mkdtemp())
    for i, (caption, colour) in enumerate([("Ryhmän 1 verkostokartta", "#f4e2b8"),
                                           ("Vaikuttamisen tasot, ryhmä 2", "#d8ecd4"),
                                           ("", "#dde4f4")]):
        image = QImage(1200, 900, QImage.Format.Format_RGB32)
        image.fill(QColor(colour))
        painter = QPainter(image)
        painter.setFont(QFont("DejaVu Sans", 48))
        painter.drawText(80, 200, f"Fläppi {i + 1}")
        painter.drawEllipse(300, 300, 600, 450)
        painter.end()
        path = folder / f"flappi_{i + 1}.jpg"
        image.save(str(path))
        photos.add_photo(wb, workshop_id, path, caption=caption,  # type: ignore[arg-type]
                         agenda_item_id=blocks[3 + i % 2].id if caption else None)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/capture-shots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    from fasilitaattori.ui.i18n import install_language

    # FASILITAATTORI_TRANS_SCALE=2 stretches every text: a check for long Finnish words.
    install_language(os.environ.get("FASILITAATTORI_LANGUAGE", "en"))
    from fasilitaattori.core.demo import create_demo
    from fasilitaattori.core.workshops import list_workshops
    from fasilitaattori.library.seed import open_workbench
    from fasilitaattori.ui.context import UiContext
    from fasilitaattori.ui.live_mode import LiveMode
    from fasilitaattori.ui.workshop_tabs import workshop_tabs

    wb = open_workbench(Path(tempfile.mkdtemp()) / "data")
    create_demo(wb)
    workshop = next(w for w in list_workshops(wb) if w.title.endswith("Varkaus"))
    add_demo_photos(wb, workshop.id)
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
            if tab.key == "photos":
                page.grid.setCurrentRow(0)  # type: ignore[attr-defined]
            shoot(page, f"tab_{tab.key}")
            page.close()
    from fasilitaattori.core.participant_import import read_csv
    from fasilitaattori.ui.participant_import_dialog import ParticipantImportDialog

    sample = Path(__file__).resolve().parents[1] / "tests" / "core" / "fixtures" / "ilmoittautuneet_excel.csv"
    dialog = ParticipantImportDialog(ctx, read_csv(sample), workshop.id)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / "participant_import.png"))
    print(out / "participant_import.png")
    dialog.close()
    wb.close()


if __name__ == "__main__":
    main()
