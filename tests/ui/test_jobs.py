"""Long work off the window: a large import through the window keeps it painting, Cancel stops
it at once leaving the store as it was, and what the user types meanwhile is saved after it."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import itertools
import json
import threading
import time
import uuid
import zipfile
from concurrent.futures import ThreadPoolExecutor, wait
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from fasilitaattori.core import notes, workshops
from fasilitaattori.sync import importer
from fasilitaattori.sync.export import export_bundle
from tests.sync.helpers import dump, new_device

NOTES = 200_000  # the 10-year store's notes (bench/make_store.py); the window must paint throughout
PAINT_GAP_S = 0.1  # the longest the window may go without painting
TASKS = Path("/proc/self/task")


class CpuDenied:
    """Seconds this program's threads have spent ready to run while the machine gave them no
    processor (Linux's schedstat; 0 where there is none). On a loaded machine (a CI run beside
    other work) the window may wait for a processor a while: that wait is the machine's, not
    the program's, so it is taken off the gaps measured. On a quiet machine it is about 0.
    Counted per thread, so that a thread that ends takes nothing back."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}
        self.total = 0

    def __call__(self) -> float:
        for stat in TASKS.glob("*/schedstat") if TASKS.is_dir() else ():
            with contextlib.suppress(OSError, IndexError, ValueError):
                waited = int(stat.read_text().split()[1])
                self.total += max(waited - self.seen.get(stat.parent.name, 0), 0)
                self.seen[stat.parent.name] = waited
        return self.total / 1e9


cpu_denied = CpuDenied()


def large_bundle(tmp_path: Path) -> Path:
    """A bundle from another laptop with one workshop and NOTES notes. Its notes member is
    written directly (a store that size takes long to fill), from the row the app exported."""
    other = new_device(tmp_path / "devices", "laptop2")
    try:
        workshop = workshops.create_workshop(other, title="Maakuntakierroksen työpaja")
        notes.add_note(other, workshop.id, "Kuljetuspalvelu tarvitsee selkeämmän ohjeen.")
        small = tmp_path / "small.fasi"
        export_bundle(other, small)
    finally:
        other.close()
    with zipfile.ZipFile(small) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    head, row, *_ = members["rows/note.jsonl"].decode("utf-8").split("\n")
    template = json.loads(row)
    at_id, at_text = json.loads(head)["columns"].index("id"), json.loads(head)["columns"].index("text")
    lines = [head]
    for i in range(NOTES):
        template[at_id] = str(uuid.UUID(int=i + 1, version=4))
        template[at_text] = f"Muistiinpano {i}: kuljetuspalvelu tarvitsee selkeämmän ohjeen."
        lines.append(json.dumps(template, ensure_ascii=False, separators=(",", ":")))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    members["rows/note.jsonl"] = data
    manifest = json.loads(members["manifest.json"])
    manifest["counts"]["note"] = NOTES
    manifest["members"]["rows/note.jsonl"] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    members["manifest.json"] = json.dumps(manifest).encode("utf-8")
    path = tmp_path / "laptop2.fasi"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    return path


Moment = tuple[float, float]  # (time.perf_counter(), cpu_denied())


def moment() -> Moment:
    return time.perf_counter(), cpu_denied()


def took(start: Moment, end: Moment) -> float:
    """Seconds from `start` to `end` the program could have run: less what the machine denied."""
    return max((end[0] - start[0]) - (end[1] - start[1]), 0.0)


class PaintClock(QObject):
    """Asks a small widget in the window to repaint every 10 ms and notes when it does: the
    gaps between paints (less the time the machine gave no processor) are how long the window
    stood still."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.probe = QWidget(window)
        self.probe.setGeometry(0, 0, 4, 4)
        self.probe.show()
        self.probe.installEventFilter(self)
        self.paints: list[Moment] = []
        self.timer = QTimer(self)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.probe.update)
        self.timer.start()

    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        if obj is self.probe and event.type() == QEvent.Type.Paint:
            self.paints.append(moment())
        return False

    def longest_gap(self, start: Moment, end: Moment) -> float:
        moments = [start, *[m for m in self.paints if start[0] <= m[0] <= end[0]], end]
        return max(took(a, b) for a, b in itertools.pairwise(moments))


@pytest.fixture
def window(demo_wb, make_window):
    return make_window(demo_wb)


def test_a_large_import_keeps_the_window_painting_cancel_stops_it_and_typed_edits_are_saved_after(
        window, qtbot, tmp_path, monkeypatch, request):
    from fasilitaattori.ui.jobs import JobPanel
    from fasilitaattori.ui.sync_actions import open_bundle

    wb, ctx = window.ctx.wb, window.ctx
    path = large_bundle(tmp_path)
    workshop = workshops.list_workshops(wb)[0]
    window.open_workshop(workshop.id)
    overview = window.show_tab("overview")  # built before: building a tab is not the import's time
    notes_tab = window.show_tab("notes")
    preview = open_bundle(window, ctx, path)
    qtbot.waitUntil(lambda: preview.plan is not None, timeout=60_000)
    before = dump(wb)
    # The test run's own heap (every module and test before this one) is set aside from Python's
    # cycle collector, whose passes over it would be the test run's pauses, not the window's.
    gc.collect()
    gc.freeze()
    request.addfinalizer(gc.unfreeze)
    clock = PaintClock(window)

    # The import pauses a third of the way until the test says go on: then it is surely under
    # way when Cancel is pressed or the edits are typed, however fast the machine.
    third, go_on = threading.Event(), threading.Event()
    request.addfinalizer(go_on.set)  # a failed check must not leave the import waiting
    real = importer.merge_bundle

    def merge(conn, bundle, progress):
        def told(done, total):
            if done > total // 3 and not go_on.is_set():
                third.set()
                go_on.wait(30)
            progress(done, total)
        return real(conn, bundle, told)

    monkeypatch.setattr(importer, "merge_bundle", merge)

    # 1. Cancel a third of the way: the import stops within a second and nothing changed.
    started = moment()
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(third.is_set, timeout=60_000)
    qtbot.waitUntil(preview.panel.cancel_button.isVisible)
    go_on.set()  # the import goes on, and is cancelled at its next step
    qtbot.mouseClick(preview.panel.cancel_button, Qt.MouseButton.LeftButton)
    pressed = moment()
    stopped: list[Moment] = []
    preview.job.ended.connect(lambda: stopped.append(moment()))
    qtbot.waitUntil(lambda: not preview.busy, timeout=60_000)
    assert took(pressed, stopped[0]) < 1.0
    assert preview.intro.text() == "The import was cancelled; nothing was changed."
    assert dump(wb) == before
    assert clock.longest_gap(started, stopped[0]) < PAINT_GAP_S

    # 2. Import for real; a note and the workshop's goals are typed while it is paused a third
    # of the way. The window's paints are measured before and after the typing, which takes
    # the window's thread.
    third.clear()
    go_on.clear()
    opened: list[Moment] = []
    ctx.writes.opened.connect(lambda: opened.append(moment()))
    started = moment()
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(third.is_set, timeout=60_000)
    running = moment()
    # The worker waits now; the window is the test's while it types, checks, then lets it go on.
    qtbot.keyClicks(notes_tab.new_edit, "Kahvitauko on liian lyhyt")
    qtbot.keyClick(notes_tab.new_edit, Qt.Key.Key_Return)
    window.show_tab("overview")
    overview.goals.setFocus()
    qtbot.keyClick(overview.goals, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(overview.goals, " Toive: pidempi kahvitauko.")
    venue = overview.lines["venue"]
    venue.setFocus()
    qtbot.keyClick(venue, Qt.Key.Key_End)
    qtbot.keyClicks(venue, " (sali 2)")
    qtbot.keyClick(venue, Qt.Key.Key_Return)
    assert venue.text().endswith(" (sali 2)")  # the line keeps what was typed
    panel = window.findChild(JobPanel, "window_jobs")
    qtbot.waitUntil(panel.waiting.isVisible)  # the window says the edits wait
    # The typing pauses: the box saves itself, or would; its save waits for the import.
    qtbot.waitUntil(lambda: overview.goals.toolTip() == "Not saved yet: saving waits for the import to finish.",
                    timeout=10_000)
    assert not overview.goals.saved and overview.goals.toPlainText().endswith(" Toive: pidempi kahvitauko.")
    assert "Kahvitauko on liian lyhyt" not in [n.text for n in notes.list_notes(wb, workshop.id)]
    go_on.set()
    going_on = moment()
    qtbot.waitUntil(lambda: preview.result is not None, timeout=60_000)
    assert preview.result.totals().new >= NOTES
    # The edits are saved once the store is free again: after a large import, when the
    # indexes it left are built. Until then the window painted all along.
    qtbot.waitUntil(lambda: bool(opened) and not panel.waiting.isVisible(), timeout=60_000)
    assert clock.longest_gap(started, running) < PAINT_GAP_S
    assert clock.longest_gap(going_on, opened[0]) < PAINT_GAP_S
    assert "Kahvitauko on liian lyhyt" in [n.text for n in notes.list_notes(wb, workshop.id)]
    assert workshops.workshops.get(wb, workshop.id).goals.endswith(" Toive: pidempi kahvitauko.")
    assert overview.goals.saved
    assert workshops.workshops.get(wb, workshop.id).venue.endswith(" (sali 2)")


def test_a_text_whose_save_fails_stays_unsaved_in_its_box_and_is_saved_when_the_store_takes_it(
        window, qtbot, monkeypatch):
    from fasilitaattori.ui import edit_fields

    monkeypatch.setattr(edit_fields, "RETRY_MS", 200)
    wb, ctx = window.ctx.wb, window.ctx
    workshop = workshops.list_workshops(wb)[0]
    window.open_workshop(workshop.id)
    # A store that refuses the write, as a locked or full disk does: a trigger that fails it.
    with closing(wb.store.raw()) as conn:
        conn.execute("CREATE TRIGGER refuse BEFORE UPDATE ON workshops BEGIN "
                     "SELECT RAISE(ABORT, 'disk I/O error'); END")
    overview = window.show_tab("overview")
    stored = workshops.workshops.get(wb, workshop.id).goals
    told: list[BaseException] = []  # each failed save, as the window reports it
    report = ctx.report
    monkeypatch.setattr(ctx, "report", lambda error: (told.append(error), report(error))[-1])
    overview.goals.setFocus()
    qtbot.keyClick(overview.goals, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(overview.goals, " Toive: pidempi kahvitauko.")
    qtbot.waitUntil(lambda: bool(ctx.last_error), timeout=10_000)  # the pause in typing saved it, or tried
    assert workshops.workshops.get(wb, workshop.id).goals == stored
    assert not overview.goals.saved and overview.goals.toPlainText() == stored + " Toive: pidempi kahvitauko."
    assert overview.goals.toolTip() == "Not saved yet: saving is tried again in a moment."
    # Tried again, failing again (a fixed wait may end before the retry): still one message,
    # the text still there.
    qtbot.waitUntil(lambda: len(told) >= 2, timeout=10_000)
    assert overview.goals.toPlainText() == stored + " Toive: pidempi kahvitauko."
    assert len([box for box in window.findChildren(QMessageBox) if box.isVisible()]) == 1
    with closing(wb.store.raw()) as conn:
        conn.execute("DROP TRIGGER refuse")
    qtbot.waitUntil(lambda: overview.goals.saved, timeout=10_000)
    assert workshops.workshops.get(wb, workshop.id).goals == stored + " Toive: pidempi kahvitauko."
    assert overview.goals.toolTip() == ""


class AlreadyDone(ThreadPoolExecutor):
    """A pool whose work is done before `submit` returns: as when the window's thread loses the
    processor right after handing the work over, which a loaded machine does."""

    def submit(self, fn, /, *args, **kwargs):
        future = super().submit(fn, *args, **kwargs)
        wait([future])
        return future


def test_a_job_done_before_start_returns_reports_on_the_next_turn_of_the_event_loop(qtbot, request):
    from fasilitaattori.ui.jobs import Job

    pool = AlreadyDone(max_workers=1)
    request.addfinalizer(pool.shutdown)
    got: list[object] = []
    job = Job(lambda _progress: 42, pool=pool)
    job.done.connect(got.append)
    assert job.start() is job
    assert got == [] and job.running  # the caller can still note what the job is for
    qtbot.waitUntil(lambda: got == [42], timeout=10_000)
    assert not job.running
