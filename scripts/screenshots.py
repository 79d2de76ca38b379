"""Screenshots of every screen at 1366×768 with the demo data, for a human look.

    uv run python scripts/screenshots.py OUTDIR [--language fi|sv|en] [--stretch 2]

Every tab of the workshop view (whatever `workshop_tabs()` holds, so new tabs are included),
the method library, live capture and the dialogs. `--stretch 2` lengthens every string (the long-word test).
Runs offscreen in a throw-away data folder; nothing of the user's is touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

SIZE = (1366, 768)


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--language", default="fi", choices=("fi", "sv", "en"))
    parser.add_argument("--stretch", type=float, default=0.0, help="lengthen every string by this factor")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.stretch > 1:
        os.environ["FASILITAATTORI_TRANS_SCALE"] = str(args.stretch)
    args.outdir.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from fasilitaattori.app import make_application
    from fasilitaattori.core.demo import create_demo
    from fasilitaattori.core.workshops import list_workshops
    from fasilitaattori.library.seed import open_workbench
    from fasilitaattori.ui.i18n import install_language

    app = make_application()
    install_language(args.language)
    from fasilitaattori.ui.main_window import MainWindow

    saved: list[Path] = []

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        settle()
        path = args.outdir / f"{name}.png"
        widget.grab().save(str(path))
        saved.append(path)

    def wait_for(ready: object, seconds: float = 20.0) -> None:
        """Let a preview laid out on a worker thread arrive."""
        import time

        end = time.monotonic() + seconds
        while not ready() and time.monotonic() < end:  # type: ignore[operator]
            app.processEvents()
            time.sleep(0.02)

    with tempfile.TemporaryDirectory(prefix="fasi-shots-") as tmp:
        wb = open_workbench(Path(tmp) / "data")
        first_start = MainWindow(wb, QSettings(str(Path(tmp) / "first.ini"), QSettings.Format.IniFormat))
        first_start.resize(*SIZE)
        first_start.show()
        save(first_start, "welcome")
        from fasilitaattori.ui.guide_dialog import GuideDialog

        guide = GuideDialog(args.language, first_start)
        guide.show()
        save(guide, "dialog-quick-guide")
        guide.close()
        first_start.close()
        create_demo(wb, args.language)
        first = list_workshops(wb)[0]
        add_demo_photos(wb, first.id)
        settings = QSettings(str(Path(tmp) / "window.ini"), QSettings.Format.IniFormat)
        window = MainWindow(wb, settings)
        window.resize(*SIZE)
        window.show()
        window.ctx.select_workshop(first.id)
        for page in window.pages:
            tab = window.show_tab(page.spec.key)
            if page.spec.key == "printouts":
                wait_for(lambda t=tab: bool(getattr(t, "pdf_bytes", b"")))
                wait_for(lambda: False, 1.0)  # the PDF view paints its pages on a thread of its own
            save(window, f"tab-{page.spec.key}")
        training = list_workshops(wb)[-1]  # the demo's two-day training: days, tracks, fixed lunches
        window.ctx.select_workshop(training.id)
        agenda_tab = window.show_tab("agenda")
        agenda_tab.select_row(3)  # the Learning Cafe's first table
        save(window, "tab-agenda-two-days")
        window.ctx.select_workshop(first.id)
        documents = window.show_tab("printouts")
        kind = getattr(documents, "kind", None)
        if documents is not None and kind is not None:
            kind.setCurrentIndex(kind.findData("worksheet"))
            wait_for(lambda: bool(documents.pdf_bytes))
            wait_for(lambda: False, 1.0)
            save(window, "tab-printouts-worksheet")
            documents.block.showPopup()
            settle()
            save(documents.block.view().window(), "tab-printouts-worksheet-list")
            documents.block.hidePopup()
        window.show_library()
        wait_for(lambda: window.library().picture.shown is not None)  # the sheet's picture
        save(window, "library")
        from fasilitaattori.ui.series_view import show_series

        show_series(window, window.ctx)  # the first workshop's project as a timeline
        save(window, "series")

        from fasilitaattori.ui.method_editor import MethodEditor
        from fasilitaattori.ui.search_dialog import SearchDialog
        from fasilitaattori.ui.settings_dialog import SettingsDialog

        library = window.library()
        editor = MethodEditor(window.ctx, library.current_id(), window, copy=True)
        editor.worksheet.setChecked(True)
        editor.show()
        save(editor, "dialog-method-editor")
        editor.close()
        search = SearchDialog(window.ctx, window)
        search.show()
        search.query.setText("neuvosto")
        search.run_search()
        save(search, "dialog-search")
        search.close()
        prefs = SettingsDialog(window.ctx, window)
        prefs.show()
        save(prefs, "dialog-settings")
        prefs.close()
        agenda = window.show_tab("agenda")
        if agenda is not None:
            from fasilitaattori.ui.method_picker import MethodPickerDialog

            picker = MethodPickerDialog(window.ctx, window)
            picker.show()
            save(picker, "dialog-add-from-library")
            picker.close()
        from datetime import datetime, time

        from fasilitaattori.core.participant_import import read_csv
        from fasilitaattori.ui.live_mode import LiveMode
        from fasilitaattori.ui.participant_import_dialog import ParticipantImportDialog

        day = datetime.fromisoformat(first.date) if first.date else datetime(2026, 3, 10)
        live = LiveMode(window.ctx, first.id, now=lambda: datetime.combine(day.date(), time(10, 52)))
        live.resize(*SIZE)
        live.show()
        save(live, "live-mode")
        # Led by the facilitator: started late with "Start now", the block run over its time.
        from fasilitaattori.core.live import start_now

        start_now(window.ctx.wb, first.id, datetime.combine(day.date(), time(10, 20)))
        live.reload()
        save(live, "live-mode-led")
        live.close()
        sample = Path(__file__).resolve().parents[1] / "tests" / "core" / "fixtures" / "ilmoittautuneet_excel.csv"
        importer = ParticipantImportDialog(window.ctx, read_csv(sample), first.id, window)
        importer.show()
        save(importer, "dialog-participant-import")
        importer.close()
        window.ctx.undo_stack.clear()
        window.close()
        QApplication.processEvents()
        wb.close()
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
