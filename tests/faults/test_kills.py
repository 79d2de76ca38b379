"""The program killed (SIGKILL, as a power cut or the task manager) at random moments of a
large sync import and of the index building it leaves to the background: each time the store
opens, `check` passes and finishes what was pending, and every committed edit is still there.

Seeded: a failure names its run, and the same delays come again."""

from __future__ import annotations

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


@pytest.mark.slow
def test_sigkill_at_random_moments_of_a_large_import(cli, big_bundle, local_store, tmp_path):
    rng = random.Random(2026)
    local = note_texts(local_store)
    whole = copy_store(local_store, tmp_path / "whole")
    until_commit, _ = _whole_import(cli, big_bundle, whole)
    everything = note_texts(whole)
    assert len(everything) > len(local) + 10_000
    before_commit = 0
    for run in range(KILLS):
        data = copy_store(local_store, tmp_path / f"run{run}")
        pid, prefix = cli.start("--data-dir", data, "sync", "import", big_bundle)
        time.sleep(rng.uniform(0.0, until_commit))
        cli.kill(pid)
        ended = cli.finish(prefix)
        committed = ended.out.startswith("Imported")
        texts = note_texts(data)
        assert local_notes_there(data), f"run {run}: a local edit was lost"
        # One transaction: all of the bundle or none of it, and all of it once reported.
        assert texts == everything if committed else texts in (local, everything), f"run {run}"
        before_commit += ended.code < 0 and texts == local
        _checked(cli, data, run)
    assert before_commit >= KILLS // 2  # most kills really fell inside the import


@pytest.mark.slow
def test_sigkill_at_random_moments_of_the_background_index_build(cli, big_bundle, local_store, tmp_path):
    rng = random.Random(1917)
    whole = copy_store(local_store, tmp_path / "whole")
    _, background = _whole_import(cli, big_bundle, whole)
    everything = note_texts(whole)
    left_pending = 0
    for run in range(KILLS):
        data = copy_store(local_store, tmp_path / f"run{run}")
        pid, prefix = cli.start("--data-dir", data, "sync", "import", big_bundle)
        assert wait_for_line(prefix.with_suffix(".out"), "Imported"), f"run {run}"
        time.sleep(rng.uniform(0.0, background))
        cli.kill(pid)
        cli.finish(prefix)
        assert note_texts(data) == everything, f"run {run}: a committed row was lost"
        left_pending += _pending_work(data) != ([], [])
        _checked(cli, data, run)
    assert left_pending >= KILLS // 2  # most kills really fell inside the background work
