"""Start-up to a shown, usable main window: the frozen program against the same code from source.

    packaging/build_linux.sh                      # once: dist/Fasilitaattori/
    uv run python bench/bench_frozen.py [--runs 7] [--dist dist/Fasilitaattori]

Both start with the start-up probe (packaging/startup_probe.py: `--probe`, the same as
FASILITAATTORI_EXIT_AFTER_SHOW=1), offscreen, on the same data folder holding the demo project.
The time is wall clock from launching the process to the probe's line, which it prints once the
main window has been shown and painted. Runs alternate between the two so that both meet the
same machine load; one warm-up run each is not counted. Source runs use this environment's
Python directly (no `uv run` in front), the fastest way to run from source. A third column, a
bare QApplication + QMainWindow in the same Python, is the raw floor for a Qt window.

Target: frozen median <= 1.5x the source median.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

from startup_probe import MARKER  # noqa: E402

TARGET_RATIO = 1.5
BARE_QT = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1]); w = QMainWindow(); w.resize(1280, 720); w.show()\n"
    f"QTimer.singleShot(0, lambda: (print('{MARKER} 0 bare painted=yes', flush=True), app.quit()))\n"
    "app.exec()\n"
)


def timed_start(command: list[str]) -> float:
    """Seconds from launch to the probe's line; the process is then waited for."""
    env = {k: v for k, v in os.environ.items() if k != "FASILITAATTORI_DATA_DIR"}
    env.update(QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="*.debug=false")
    started = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                          env=env) as process:
        assert process.stdout is not None
        shown = None
        for line in process.stdout:
            if line.startswith(MARKER):
                shown = time.perf_counter() - started
        if process.wait(timeout=180) != 0 or shown is None:
            raise SystemExit(f"no main window from: {' '.join(command)}")
    return shown


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "Fasilitaattori")
    args = parser.parse_args()
    frozen_exe = args.dist / "fasilitaattori"
    if not frozen_exe.is_file():
        raise SystemExit(f"no frozen build at {args.dist}: run packaging/build_linux.sh first")

    with tempfile.TemporaryDirectory(prefix="fasilitaattori-bench-") as tmp:
        data = str(Path(tmp) / "data")
        subprocess.run([str(frozen_exe), "--data-dir", data, "demo"], check=True, capture_output=True)
        commands = {
            "frozen": [str(frozen_exe), "--probe", "--data-dir", data],
            "source": [sys.executable, str(ROOT / "packaging" / "entry.py"), "--probe", "--data-dir", data],
            "bare Qt": [sys.executable, "-c", BARE_QT],
        }
        for command in commands.values():  # warm-up: file cache, first-run store work
            timed_start(command)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(timed_start(command))

    print(f"time to a shown main window, {args.runs} runs each (offscreen, demo data)")
    for name, values in times.items():
        print(f"  {name:<8} median {statistics.median(values):6.3f} s   "
              f"min {min(values):6.3f} s   max {max(values):6.3f} s")
    frozen = statistics.median(times["frozen"])
    source = statistics.median(times["source"])
    ratio = frozen / source
    verdict = "ok" if ratio <= TARGET_RATIO else "TOO SLOW"
    print(f"frozen / source = {ratio:.2f}x (target <= {TARGET_RATIO}x): {verdict}")
    print(f"source / bare Qt window = {source / statistics.median(times['bare Qt']):.2f}x")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
