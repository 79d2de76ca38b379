"""Smoke test of a built program, the same on Linux, Windows and macOS (the release workflow runs
it after each build; `tests/packaging/test_smoke_script.py` runs it against the source here).

    python packaging/smoke_test.py PROGRAM [ARG ...]

PROGRAM (and ARGs) start the command-line program, e.g. `dist/Fasilitaattori/fasilitaattori`,
`dist\\Fasilitaattori\\fasilitaattori-cli.exe`, or `python -m fasilitaattori.cli`. It runs
`--version`, `demo`, `pdf summary`, `doc summary` as DOCX, ODT and tagged PDF, a sync round
trip between two data folders (whose names hold non-ASCII letters and a `#`, as users' folders
do) and an offscreen start that shows the main window, then prints one line per step and exits
0, or 1 at the first failure.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

STEP_SECONDS = 180


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "FASILITAATTORI_DATA_DIR"}
    env.update(QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="*.debug=false", PYTHONIOENCODING="utf-8")
    return env


def run(program: list[str], *args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run([*program, *args], capture_output=True, text=True, encoding="utf-8",
                          timeout=STEP_SECONDS, env=env or _env(), check=False)
    if done.returncode != 0:
        raise SystemExit(f"FAILED: {' '.join(args)} exited {done.returncode}\n{done.stdout}\n{done.stderr}")
    return done.stdout


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    program = argv
    with tempfile.TemporaryDirectory(prefix="fasi-smoke-") as tmp:
        base = Path(tmp) / "Äijälä #1"
        first, second, folder = base / "data", base / "toinen", base / "synkronointi"
        folder.mkdir(parents=True)
        print("version:", run(program, "--version").strip())
        run(program, "--data-dir", str(first), "demo")
        content = json.loads(run(program, "--data-dir", str(first), "dump"))
        workshop = content["workshop"][0]["id"]
        pdf = base / "yhteenveto.pdf"
        run(program, "--data-dir", str(first), "pdf", "summary", workshop, "-o", str(pdf))
        if not pdf.read_bytes().startswith(b"%PDF-"):
            raise SystemExit("FAILED: pdf summary wrote no PDF")
        print(f"pdf summary: {pdf.stat().st_size} bytes")
        # the editable reports need python-docx's and odfdo's template files in the build
        for name, part in (("yhteenveto.docx", "word/document.xml"), ("yhteenveto.odt", "content.xml")):
            report = base / name
            run(program, "--data-dir", str(first), "doc", "summary", workshop, "-o", str(report))
            with zipfile.ZipFile(report) as archive:
                if part not in archive.namelist():
                    raise SystemExit(f"FAILED: doc summary wrote no {report.suffix} file")
            print(f"doc summary {report.suffix}: {report.stat().st_size} bytes")
        tagged = base / "yhteenveto-saavutettava.pdf"  # the Typst compiler is in the build
        run(program, "--data-dir", str(first), "doc", "summary", workshop, "-o", str(tagged))
        if b"/StructTreeRoot" not in tagged.read_bytes():
            raise SystemExit("FAILED: doc summary wrote no tagged PDF")
        print(f"doc summary tagged .pdf: {tagged.stat().st_size} bytes")
        run(program, "--data-dir", str(first), "sync", "folder", str(folder), "--now")
        run(program, "--data-dir", str(second), "sync", "folder", str(folder), "--now")
        if json.loads(run(program, "--data-dir", str(second), "dump")) != content:
            raise SystemExit("FAILED: the second store differs from the first after the sync")
        print("sync round trip: the two stores agree")
        run(program, "--data-dir", str(first), "check")
        shown = run(program, "--data-dir", str(first), env={**_env(), "FASILITAATTORI_EXIT_AFTER_SHOW": "1"})
        if "FASILITAATTORI_WINDOW_SHOWN" not in shown:
            raise SystemExit(f"FAILED: no main window was shown\n{shown}")
        print("window:", shown.split("FASILITAATTORI_WINDOW_SHOWN", 1)[1].splitlines()[0].strip())
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
