"""Write the fixture database for the current schema: a store filled with the demo project.

Run once per released schema and commit the file; tests upgrade every fixture to head.

    uv run python scripts/make_schema_fixture.py
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from fasilitaattori.core.demo import create_demo
from fasilitaattori.library.seed import open_workbench
from fasilitaattori.store.migrate import HEAD_REVISION

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "store" / "fixtures"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        wb = open_workbench(Path(tmp))
        create_demo(wb)
        wb.close()
        conn = sqlite3.connect(Path(tmp) / "fasilitaattori.sqlite")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.close()
        FIXTURES.mkdir(parents=True, exist_ok=True)
        target = FIXTURES / f"schema_{HEAD_REVISION}.sqlite"
        shutil.copy(Path(tmp) / "fasilitaattori.sqlite", target)
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
