"""The program killed (SIGKILL, as a power cut or the task manager) at random moments of a
large sync import and of the index building it leaves to the background: each time the store
opens, `check` passes and finishes what was pending, and every committed edit is still there.

Seeded: a failure names its run, and the same delays come again."""

from __future__ import annotations

import json
import random
import sqlite3
import time
from pathlib import Path

import pytest

from fasilitaattori.store import schema_check

from .conftest import CliServer, copy_store, local_notes_there, note_texts, wait_for_line

KILLS = 20


def _pending_work(data: Path) -> tuple[list[str], list[str]]:
    """Backlogs still recorded, and indexes or triggers missing or different from the schema."""
    conn = sqlite3.connect(data / "fasilitaattori.sqlite")
    try:
        backlogs = [row[0] for row in conn.execute(
            "SELECT key FROM settings WHERE key IN ('index_backlog', 'search_backlog')")]
        return backlogs, schema_check.differences(conn)
    finally:
        conn.close()


def _import_logged(data: Path) -> bool:
    """Whether the sync log has an import, and the restore point it names is there."""
    conn = sqlite3.connect(data / "fasilitaattori.sqlite")
    try:
        rows = conn.execute("SELECT summary FROM sync_log WHERE action = 'import'").fetchall()
    finally:
        conn.close()
    points = [json.loads(summary).get("restore_point") for (summary,) in rows]
    return bool(points) and all(p and (data / "restore-points" / p).is_file() for p in points)


def _checked(cli: CliServer, data: Path, run: int) -> None:
    """The store opens, `check` finds it sound, and nothing is left pending after it."""
    before = note_texts(data)
    check = cli.run("--data-dir", data, "check")
    assert check.code == 0 and "The store is sound." in check.out, f"run {run}: {check.out}{check.err}"
    assert "Traceback" not in check.err
    assert _pending_work(data) == ([], []), f"run {run}: work left pending after check"
    assert note_texts(data) == before


def _whole_import(cli: CliServer, bundle: Path, data: Path) -> tuple[float, float]:
    """An import left to finish: seconds until its commit was reported, and from there to its end."""
    started = time.monotonic()
    _pid, prefix = cli.start("--data-dir", data, "sync", "import", bundle)
    assert wait_for_line(prefix.with_suffix(".out"), "Imported")
    committed = time.monotonic()
    run = cli.finish(prefix)
    assert run.code == 0, run.err
    return committed - started, time.monotonic() - committed


def _kills(within: float, kill_once) -> int:  # type: ignore[no-untyped-def]
    """Kill at random moments up to `within` seconds until KILLS of them fell inside the work
    under test; a kill that came after it had ended narrows the range. Returns the runs made."""
    rng = random.Random(2026)
    inside = run = 0
    while inside < KILLS:
        assert run < 3 * KILLS, f"only {inside} of {run} kills fell inside the work"
        if kill_once(run, rng.uniform(0.0, within)):
            inside += 1
        else:
            within *= 0.8
        run += 1
    return run


@pytest.mark.slow
def test_sigkill_at_random_moments_of_a_large_import(cli, big_bundle, local_store, tmp_path):
    local = note_texts(local_store)
    whole = copy_store(local_store, tmp_path / "whole")
    until_commit, _ = _whole_import(cli, big_bundle, whole)
    everything = note_texts(whole)
    assert len(everything) > len(local) + 10_000

    def kill_once(run: int, delay: float) -> bool:
        data = copy_store(local_store, tmp_path / f"run{run}")
        pid, prefix = cli.start("--data-dir", data, "sync", "import", big_bundle)
        time.sleep(delay)
        cli.kill(pid)
        ended = cli.finish(prefix)
        committed = ended.out.startswith("Imported")
        texts = note_texts(data)
        assert local_notes_there(data), f"run {run}: a local edit was lost"
        # One transaction: all of the bundle or none of it, and all of it once reported; the
        # rows come with their line in the sync log, and with it the copy that undoes them.
        assert texts == everything if committed else texts in (local, everything), f"run {run}"
        assert _import_logged(data) == (texts == everything), f"run {run}"
        _checked(cli, data, run)
        return ended.code == -9 and texts == local

    _kills(until_commit, kill_once)


@pytest.mark.slow
def test_sigkill_at_random_moments_of_the_background_index_build(cli, big_bundle, local_store, tmp_path):
    whole = copy_store(local_store, tmp_path / "whole")
    _, background = _whole_import(cli, big_bundle, whole)
    everything = note_texts(whole)

    def kill_once(run: int, delay: float) -> bool:
        data = copy_store(local_store, tmp_path / f"run{run}")
        pid, prefix = cli.start("--data-dir", data, "sync", "import", big_bundle)
        assert wait_for_line(prefix.with_suffix(".out"), "Imported"), f"run {run}"
        time.sleep(delay)
        cli.kill(pid)
        cli.finish(prefix)
        assert note_texts(data) == everything, f"run {run}: a committed row was lost"
        pending = _pending_work(data) != ([], [])
        _checked(cli, data, run)
        return pending

    _kills(background, kill_once)
