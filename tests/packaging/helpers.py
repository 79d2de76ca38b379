"""Shared bits of the packaging tests: the repository layout and the start-up probe's output."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"

sys.path.insert(0, str(PACKAGING))
import bundle_info  # noqa: E402
import entry  # noqa: E402
import startup_probe  # noqa: E402

__all__ = ["ROOT", "PACKAGING", "bundle_info", "entry", "startup_probe", "probe_env", "probe_lines"]


def probe_env(**extra: str) -> dict[str, str]:
    """Environment for a program started in a subprocess: no screen, no inherited data dir."""
    env = {k: v for k, v in os.environ.items() if k not in ("FASILITAATTORI_DATA_DIR", entry.PROBE_ENV)}
    env.update({"QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "*.debug=false"}, **extra)
    return env


def probe_lines(stdout: str) -> dict[str, str]:
    """The probe's marker lines, by marker."""
    found = {}
    for line in stdout.splitlines():
        marker, _, rest = line.partition(" ")
        if marker in (startup_probe.MARKER, startup_probe.INFO_MARKER):
            found[marker] = rest
    return found
