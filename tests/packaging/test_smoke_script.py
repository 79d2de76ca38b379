"""The release workflow's smoke test (packaging/smoke_test.py), run against the source program
here, so that the script every system's build job runs is known to work before a release."""

from __future__ import annotations

import subprocess
import sys

from .helpers import ROOT, probe_env


def test_the_smoke_test_passes_against_the_source_program():
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "smoke_test.py"), sys.executable,
                           str(ROOT / "packaging" / "entry.py")],
                          capture_output=True, text=True, timeout=600, env=probe_env())
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("version: Fasilitaattori ")
    assert "sync round trip: the two stores agree" in lines
    assert lines[-1] == "smoke test passed"


def test_the_smoke_test_fails_when_the_program_does(tmp_path):
    failing = tmp_path / "broken.py"
    failing.write_text("import sys\nprint('Fasilitaattori 0.0')\nsys.exit(0 if '--version' in sys.argv else 1)\n")
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "smoke_test.py"), sys.executable, str(failing)],
                          capture_output=True, text=True, timeout=120, env=probe_env())
    assert done.returncode == 1
    assert "FAILED: --data-dir" in done.stderr and "demo exited 1" in done.stderr
