"""Sync benchmarks on the 10-year store, each side by side with a raw baseline (zip + json
of the same rows, and plain executemany inserts of them), printed as ratios.

    uv run python bench/bench_sync.py [--scale 1.0]

Targets: export <= 5 s, import into an empty store <= 5 s, re-import of the unchanged bundle
<= 2 s, peak memory <= 500 MB. Every phase runs in its own process, so its peak memory
(maximum resident set size) is its own. A large import returns once its data is durable in
the write-ahead log; the copy into the database file that follows in the background is
timed and printed on its own line, with the building of indexes and the search indexing of
the new rows that a large import also leaves to a background thread (store/index_backlog.py,
store/search_backlog.py).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_store import cached_store  # noqa: E402

from fasilitaattori.library.seed import open_workbench  # noqa: E402
from fasilitaattori.store.db import DB_NAME  # noqa: E402
from fasilitaattori.store.models import SYNCED_MODELS  # noqa: E402


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def phase(name: str, store: Path, work: Path) -> dict[str, float]:
    """Run one phase in this process; returns seconds and peak MB."""
    from fasilitaattori.sync.export import export_bundle
    from fasilitaattori.sync.importer import import_bundle

    bundle = work / "store.fasi"
    raw = work / "raw.zip"
    result: dict[str, float] = {}
    if name == "export":
        wb = open_workbench(store)
        start = time.perf_counter()
        export_bundle(wb, bundle)
        result["seconds"] = time.perf_counter() - start
        result["bytes"] = bundle.stat().st_size
        wb.close()
    elif name == "raw-export":
        conn = sqlite3.connect(store / DB_NAME)
        start = time.perf_counter()
        with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for entity, model in SYNCED_MODELS.items():
                rows = conn.execute(f"SELECT * FROM {model.__tablename__}").fetchall()  # type: ignore[attr-defined]
                zf.writestr(f"{entity}.json", json.dumps(rows, ensure_ascii=False, separators=(",", ":")))
                del rows
        result["seconds"] = time.perf_counter() - start
        result["bytes"] = raw.stat().st_size
        conn.close()
    elif name in ("import", "reimport"):
        target = work / "imported"
        wb = open_workbench(target)
        start = time.perf_counter()
        report = import_bundle(wb, bundle)
        result["seconds"] = time.perf_counter() - start
        result["changes"] = report.changes
        start = time.perf_counter()
        wb.store.wait_for_background()  # search indexing and the copy of the log a large import leaves
        result["background_seconds"] = time.perf_counter() - start
        wb.close()
    elif name == "raw-import":
        target = work / "raw-imported"
        wb = open_workbench(target)
        wb.close()
        conn = sqlite3.connect(target / DB_NAME)
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=FULL")
        start = time.perf_counter()
        with zipfile.ZipFile(raw) as zf:
            conn.execute("BEGIN")
            for entity, model in SYNCED_MODELS.items():
                rows = json.loads(zf.read(f"{entity}.json"))
                if rows:
                    marks = ",".join("?" * len(rows[0]))
                    conn.executemany(f"INSERT OR IGNORE INTO {model.__tablename__} VALUES ({marks})",  # type: ignore[attr-defined]
                                     rows)
                del rows
            conn.execute("COMMIT")
        result["seconds"] = time.perf_counter() - start
        conn.close()
    elif name == "raw-reread":
        start = time.perf_counter()
        with zipfile.ZipFile(raw) as zf:
            for entity in SYNCED_MODELS:
                json.loads(zf.read(f"{entity}.json"))
        result["seconds"] = time.perf_counter() - start
    else:
        raise SystemExit(f"unknown phase {name}")
    result["peak_mb"] = _peak_mb()
    return result


def run(name: str, store: Path, work: Path) -> dict[str, float]:
    os.sync()  # the previous phase's files reach the disk first, so their writing is not timed here
    out = subprocess.run([sys.executable, __file__, "--phase", name, "--store", str(store), "--work", str(work)],
                         check=True, capture_output=True, text=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3, help="runs per phase; the median is shown")
    parser.add_argument("--phase")
    parser.add_argument("--store", type=Path)
    parser.add_argument("--work", type=Path)
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(phase(args.phase, args.store, args.work)))
        return
    source = cached_store(args.scale)
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
        work = Path(tmp)
        store = work / "store"
        shutil.copytree(source, store)
        rows = 0
        conn = sqlite3.connect(store / DB_NAME)
        for model in SYNCED_MODELS.values():
            rows += conn.execute(f"SELECT count(*) FROM {model.__tablename__}").fetchone()[0]  # type: ignore[attr-defined]
        conn.close()
        print(f"10-year store (scale {args.scale:g}): {rows:,} rows; median of {args.repeat} runs per phase")
        def median(name: str, fresh: str = "") -> dict[str, float]:
            """Run a phase `--repeat` times (from an empty target each time when `fresh` names
            it); the run with the median time, as this machine's speed wanders."""
            runs = []
            for _ in range(args.repeat):
                if fresh:
                    shutil.rmtree(work / fresh, ignore_errors=True)
                runs.append(run(name, store, work))
            return sorted(runs, key=lambda r: r["seconds"])[len(runs) // 2]

        ours_export, raw_export = median("export"), median("raw-export")
        ours_import, raw_import = median("import", "imported"), median("raw-import", "raw-imported")
        ours_again, raw_again = median("reimport"), median("raw-reread")
        assert ours_again["changes"] == 0, "re-importing the unchanged bundle changed something"
        for label, ours, raw, target in (
            ("export", ours_export, raw_export, 5.0),
            ("import into an empty store", ours_import, raw_import, 5.0),
            ("re-import, unchanged", ours_again, raw_again, 2.0),
        ):
            verdict = "ok" if ours["seconds"] <= target and ours["peak_mb"] <= 500 else "OVER TARGET"
            print(f"{label:<28} ours {ours['seconds']:6.2f} s  {ours['peak_mb']:6.0f} MB   "
                  f"raw {raw['seconds']:6.2f} s  {raw['peak_mb']:6.0f} MB   "
                  f"ratio {ours['seconds'] / raw['seconds']:5.2f}x   target <= {target:g} s, <= 500 MB: {verdict}")
            if ours.get("background_seconds", 0) > 0.05:
                print(f"{'':<28} then {ours['background_seconds']:.2f} s in the background building the "
                      "indexes, indexing the new rows for search and copying the write-ahead log into the database "
                      "file (the window is usable meanwhile)")
        print(f"bundle {ours_export['bytes'] / 1e6:.1f} MB, raw zip {raw_export['bytes'] / 1e6:.1f} MB "
              f"(ratio {ours_export['bytes'] / raw_export['bytes']:.2f}x)")


if __name__ == "__main__":
    main()
