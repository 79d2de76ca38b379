"""Clock skew between laptops (issue 19): after an import this device's clock is past every
clock it accepted, so an edit made afterwards wins, after a restart too."""

from __future__ import annotations

import time

from fasilitaattori.core import notes, workshops
from fasilitaattori.core.clock import HLC, HybridClock
from fasilitaattori.library.seed import open_workbench
from fasilitaattori.sync.export import export_bundle
from fasilitaattori.sync.importer import import_bundle

from .helpers import new_device

_HOUR_MS = 3600 * 1000


def _ahead(wb, hours: float) -> None:  # type: ignore[no-untyped-def]
    """The laptop's wall clock runs `hours` ahead of the real time."""
    wb.clock = HybridClock(wb.device_id, wb.clock.last,
                           wall=lambda: time.time_ns() // 1_000_000 + int(hours * _HOUR_MS))


def test_an_edit_after_importing_a_bundle_from_a_laptop_30_hours_ahead_wins(tmp_path):
    a, b = new_device(tmp_path / "dev", "a"), new_device(tmp_path / "dev", "b")
    try:
        w = workshops.create_workshop(a, title="Työpaja")
        note = notes.add_note(a, w.id, "Alku")
        export_bundle(a, tmp_path / "1.fasi")
        import_bundle(b, tmp_path / "1.fasi")
        _ahead(a, 30)
        notes.notes.update(a, note.id, text="Edellä käyvän koneen teksti")
        export_bundle(a, tmp_path / "2.fasi")
        import_bundle(b, tmp_path / "2.fasi")
        assert notes.notes.get(b, note.id).text == "Edellä käyvän koneen teksti"
        accepted = notes.notes.get(b, note.id).clock.rsplit("@", 1)[1]
        assert HLC.parse(b.clock.last) > HLC.parse(accepted)
        # The clock it moved to is kept: the program is closed and opened again before the edit.
        data_dir = b.data_dir
        b.close()
        b = open_workbench(data_dir)
        notes.notes.update(b, note.id, text="Myöhempi oma muokkaus")
        export_bundle(b, tmp_path / "3.fasi")
        import_bundle(a, tmp_path / "3.fasi")
        import_bundle(b, tmp_path / "2.fasi")  # the older remote value again changes nothing
        assert notes.notes.get(b, note.id).text == "Myöhempi oma muokkaus"
        assert notes.notes.get(a, note.id).text == "Myöhempi oma muokkaus"
    finally:
        a.close()
        b.close()
