"""The start-up probe (used by bench/bench_frozen.py and the frozen build test), run from source."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import PACKAGING, probe_env, probe_lines, startup_probe

ENTRY = PACKAGING / "entry.py"


def _run(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ENTRY), *args], capture_output=True, text=True,
                          timeout=180, env=probe_env(**env))


@pytest.mark.parametrize("how", ["flag", "environment"])
def test_the_probe_reports_the_shown_main_window_and_quits(tmp_path: Path, how: str) -> None:
    data = tmp_path / "data"
    if how == "flag":
        done = _run(["--probe", "--data-dir", str(data)])
    else:
        done = _run(["--data-dir", str(data)], FASILITAATTORI_EXIT_AFTER_SHOW="1")
    assert done.returncode == 0, done.stderr
    lines = probe_lines(done.stdout)
    seconds, title, painted = lines[startup_probe.MARKER].rsplit(" ", 2)
    assert float(seconds) > 0
    assert "Fasilitaattori" in title
    assert painted == "painted=yes"
    assert "platform=offscreen" in lines[startup_probe.INFO_MARKER]
    # The real start-up ran: the store was created in the data folder it was given.
    assert (data / "fasilitaattori.sqlite").is_file()


def test_without_the_probe_the_entry_is_the_command_line(tmp_path: Path) -> None:
    done = _run(["--data-dir", str(tmp_path / "data"), "check"])
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "The store is sound."
    assert startup_probe.MARKER not in done.stdout
