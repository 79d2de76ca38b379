"""Sync that grows with the changes (issue 20), on the 10-year store:

    uv run python bench/bench_delta.py [--scale 1.0] [--repeat 3] [--base DIR]

Laptop A has the decade, laptop B an empty store; both use one sync folder.
- first sync: A writes its snapshot, B takes in the whole decade and writes its own;
- then A types 100 new notes and presses Sync now: the bytes that lands in the folder (target
  <= 200 KB), and B's next Sync now, which takes them in (target <= a quarter of B's first);
- then A presses Sync now three times with 10 new notes before each, and B takes in the three
  change files in one Sync now (one restore point for them all, not one per file).

With `--base DIR` (the `src` folder of an older checkout, e.g. `git archive` of main), B's
first sync also runs with that code, alternating with this one, so the first import of the
decade is compared side by side (target: within 2x of the older code). Every run is its own
process, so neither version's modules or caches help the other.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEVERAL = 3  # change files B takes in at once in the last step


def _folder_bytes(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in folder.iterdir()}


def run(work: Path, scale: float, delta: bool) -> dict[str, float]:
    """One full history in `work`; the code is whatever `fasilitaattori` imports here."""
    from make_store import cached_store

    from fasilitaattori.core import notes, workshops
    from fasilitaattori.library.seed import open_workbench
    from fasilitaattori.sync.folder import set_sync_folder, sync_now
    from fasilitaattori.sync.restore_points import points_dir

    shutil.copytree(cached_store(scale), work / "a")
    folder = work / "folder"
    folder.mkdir()
    a, b = open_workbench(work / "a"), open_workbench(work / "b")
    out: dict[str, float] = {}
    try:
        for wb in (a, b):
            set_sync_folder(wb, folder)
        start = time.perf_counter()
        sync_now(a)
        out["a_first"] = time.perf_counter() - start
        start = time.perf_counter()
        sync_now(b)
        out["b_first"] = time.perf_counter() - start
        b.store.wait_for_background()
        if not delta:
            return out
        sync_now(a)  # A reads B's snapshot once: nothing new in it
        a.store.wait_for_background()
        workshop = workshops.list_workshops(a)[0]
        for i in range(100):
            notes.add_note(a, workshop.id, f"Uusi havainto {i}: kirjastoauto pysähtyy kylätalolla.")
        before = _folder_bytes(folder)
        start = time.perf_counter()
        sync_now(a)
        out["a_delta"] = time.perf_counter() - start
        after = _folder_bytes(folder)
        out["a_delta_bytes"] = sum(size for name, size in after.items() if before.get(name) != size)
        start = time.perf_counter()
        report = sync_now(b)
        out["b_delta"] = time.perf_counter() - start
        out["b_delta_changes"] = sum(result.changes for _name, result in report.imported)
        for round_ in range(SEVERAL):
            for i in range(10):
                notes.add_note(a, workshop.id, f"Kierros {round_}, havainto {i}: kylätalon sauna lämpiää.")
            sync_now(a)
        b.store.wait_for_background()
        points = len(list(points_dir(b).glob("*.sqlite")))
        start = time.perf_counter()
        report = sync_now(b)
        out["b_several"] = time.perf_counter() - start
        out["b_several_files"] = len(report.imported)
        out["b_several_points"] = len(list(points_dir(b).glob("*.sqlite"))) - points
        return out
    finally:
        a.close()
        b.close()


def _child(src: Path | None, scale: float, delta: bool) -> dict[str, float]:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = f"{src}{os.pathsep}{env.get('PYTHONPATH', '')}"
    os.sync()
    out = subprocess.run([sys.executable, __file__, "--child", "--scale", str(scale), *(["--delta"] if delta else [])],
                         check=True, capture_output=True, text=True, env=env)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--base", type=Path, help="src folder of the older code to compare the first sync with")
    parser.add_argument("--child", action="store_true")
    parser.add_argument("--delta", action="store_true")
    args = parser.parse_args()
    if args.child:
        with tempfile.TemporaryDirectory(prefix="bench-delta-") as tmp:
            print(json.dumps(run(Path(tmp), args.scale, args.delta)))
        return
    ours, base = [], []
    for _ in range(args.repeat):
        ours.append(_child(None, args.scale, True))
        if args.base:
            base.append(_child(args.base, args.scale, True))

    def med(runs: list[dict[str, float]], key: str) -> float:
        return statistics.median(r[key] for r in runs)

    print(f"10-year store (scale {args.scale:g}), median of {args.repeat} runs")
    print(f"A's first sync (writes its snapshot)          {med(ours, 'a_first'):6.2f} s")
    print(f"B's first sync (takes in the decade)          {med(ours, 'b_first'):6.2f} s")
    if base:
        ratio = med(ours, "b_first") / med(base, "b_first")
        print(f"  the same with the older code                {med(base, 'b_first'):6.2f} s   ratio {ratio:.2f}x "
              f"(target <= 2x): {'ok' if ratio <= 2 else 'OVER TARGET'}")
    size = med(ours, "a_delta_bytes")
    print(f"A's Sync now after 100 new notes              {med(ours, 'a_delta'):6.2f} s, writes {size / 1000:.1f} KB "
          f"(target <= 200 KB): {'ok' if size <= 200_000 else 'OVER TARGET'}")
    share = med(ours, "b_delta") / med(ours, "b_first")
    print(f"B's next Sync now (takes in the 100 notes)    {med(ours, 'b_delta'):6.2f} s = {share:.2f} of its first "
          f"(target <= 0.25): {'ok' if share <= 0.25 else 'OVER TARGET'}")
    several = f"B's Sync now taking in {SEVERAL} change files"
    print(f"{several:<46}{med(ours, 'b_several'):6.2f} s, {med(ours, 'b_several_points'):.0f} new restore point(s)")
    if base:
        print(f"  the same with the older code                {med(base, 'b_several'):6.2f} s, "
              f"{med(base, 'b_several_points'):.0f} new restore point(s)")
    assert all(r["b_delta_changes"] >= 100 for r in ours), "B did not take in the new notes"
    assert all(r["b_several_files"] == SEVERAL for r in ours), "B did not read each change file"


if __name__ == "__main__":
    main()
