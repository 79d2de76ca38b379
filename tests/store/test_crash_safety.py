"""Killing the program at random moments never damages the store or loses a committed edit."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 50


@pytest.mark.slow
def test_sigkill_during_a_stream_of_edits_never_breaks_the_store(tmp_path):
    rng = random.Random(7)
    committed: set[str] = set()
    db = tmp_path / "fasilitaattori.sqlite"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    for run in range(KILLS):
        proc = subprocess.Popen([sys.executable, str(WRITER), str(tmp_path), str(run)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read() if proc.stderr else ""
        time.sleep(rng.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        committed.update(line for line in out.splitlines() if line)
        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            texts = {r[0] for r in conn.execute("SELECT text FROM notes WHERE deleted = 0")}
        missing = committed - texts
        assert not missing, f"committed edits lost after kill {run}: {sorted(missing)[:3]}"
    assert len(committed) > KILLS  # the writer really was writing between kills
