"""Entry point of the frozen build: the same `fasilitaattori` command as from source.

Hidden extras for measuring start-up (bench/bench_frozen.py, tests/packaging):
`--probe` or the environment variable FASILITAATTORI_EXIT_AFTER_SHOW=1 makes the desktop app
print one line when its main window is shown and usable, then quit (see startup_probe.py).
Run from source the same way: `uv run python packaging/entry.py --probe`.
"""

from __future__ import annotations

import os
import sys
import time

STARTED = time.perf_counter()

PROBE_FLAG = "--probe"
PROBE_ENV = "FASILITAATTORI_EXIT_AFTER_SHOW"


def main() -> int:
    argv = sys.argv[1:]
    if PROBE_FLAG in argv or os.environ.get(PROBE_ENV) == "1":
        argv = [arg for arg in argv if arg != PROBE_FLAG]
        from startup_probe import install

        install(STARTED)

    from fasilitaattori.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
