"""Refresh the translation sources from the code and compile them.

    uv run python scripts/update_translations.py          # lupdate + lrelease
    uv run python scripts/update_translations.py --release  # only compile .ts -> .qm

Error sentences and field labels from core/ are first gathered into ui/core_texts.py.
Sources (English) are found in src/fasilitaattori/ui/ and app.py; the .ts files live in
translations/, the compiled .qm files ship inside the package (src/fasilitaattori/translations/).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import core_texts  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "fasilitaattori"
TS_DIR = ROOT / "translations"
QM_DIR = PACKAGE / "translations"
LANGUAGES = ("fi", "sv", "en")


def tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def sources() -> list[str]:
    files = sorted(str(p.relative_to(ROOT)) for p in (PACKAGE / "ui").rglob("*.py"))
    return [*files, str((PACKAGE / "app.py").relative_to(ROOT))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--release", action="store_true", help="only compile")
    args = parser.parse_args()
    if not args.release:
        core_texts.main()  # sentences from core/ that the UI shows
    TS_DIR.mkdir(exist_ok=True)
    QM_DIR.mkdir(exist_ok=True)
    for lang in LANGUAGES:
        ts = TS_DIR / f"fasilitaattori_{lang}.ts"
        if not args.release:
            subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                            "-target-language", lang, "-ts", str(ts)], cwd=ROOT, check=True)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(QM_DIR / f"fasilitaattori_{lang}.qm")],
                       cwd=ROOT, check=True)


if __name__ == "__main__":
    main()
