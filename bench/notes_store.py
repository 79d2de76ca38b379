"""A store with 200,000 notes in one workshop, made from the 10-year store (cached in /tmp).

The 10-year store spreads its notes over 2,000 workshops; the notes list must also hold up when
one workshop (or a project view) has them all, so this copy moves every note into workshop 1,
spread over its five blocks (a fifth left without a block).
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_store import cached_store  # noqa: E402

from fasilitaattori.store.migrate import HEAD_REVISION  # noqa: E402


def one_workshop_store() -> tuple[Path, str]:
    """(data dir, workshop id) of the store with every note in one workshop."""
    path = Path(f"/tmp/fasilitaattori-bench-notes-one-workshop-{HEAD_REVISION}")
    db = path / "fasilitaattori.sqlite"
    if not db.exists():
        source = cached_store(1.0)
        tmp = path.with_name(path.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        with sqlite3.connect(source / "fasilitaattori.sqlite") as src, \
                sqlite3.connect(tmp / "fasilitaattori.sqlite") as dst:
            src.backup(dst)
        con = sqlite3.connect(tmp / "fasilitaattori.sqlite")
        workshop = con.execute("SELECT id FROM workshops ORDER BY rowid LIMIT 1").fetchone()[0]
        blocks = [r[0] for r in con.execute(
            "SELECT id FROM agenda_items WHERE workshop_id = ? ORDER BY position", (workshop,))]
        con.execute("CREATE TEMP TABLE spread(n INTEGER PRIMARY KEY, item TEXT)")
        con.executemany("INSERT INTO spread VALUES (?, ?)", [(i, b) for i, b in enumerate([*blocks, None])])
        con.execute("UPDATE notes SET workshop_id = ?, agenda_item_id = "
                    "(SELECT item FROM spread WHERE n = (notes.rowid / 7) % ?)", (workshop, len(blocks) + 1))
        con.commit()
        con.close()
        tmp.rename(path)
    con = sqlite3.connect(db)
    workshop = con.execute("SELECT workshop_id FROM notes GROUP BY workshop_id "
                           "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    con.close()
    return path, str(workshop)


if __name__ == "__main__":
    where, workshop_id = one_workshop_store()
    print(where, workshop_id)
