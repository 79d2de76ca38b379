"""What the fault tests share: the command line run in killable children, a large bundle made
by the real export from a generated store, and a store with edits of its own."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# The command line runs in forked children killed with SIGKILL, and root gives up its override
# through Linux capabilities: Linux only (CI's Linux job runs these; Windows has no fork).
if not sys.platform.startswith("linux"):
    collect_ignore_glob = ["test_*.py"]

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
# 20,000 notes: enough that an import drops the notes' indexes and leaves them, with the
# search indexing, to the background (sync/merge.py, `_DEFER_INDEX`), and small enough for
# many kills in a minute.
BUNDLE_SCALE = 0.1
LOCAL_NOTES = [f"Paikallinen muistiinpano {i}: kylätalon esteettömyys" for i in range(12)]


@dataclass
class Run:
    """One command line run: its exit code (negative: killed by that signal) and output."""

    code: int
    out: str
    err: str


class CliServer:
    """The command line in forked children of one preloaded process (see cli_server.py)."""

    def __init__(self, work: Path) -> None:
        self.work = work
        self.count = 0
        self.pids: dict[Path, int] = {}
        self.ended: dict[int, int] = {}
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen([sys.executable, str(HERE / "cli_server.py")], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, env=env)
        assert self._line() == "ready"

    def _line(self) -> str:
        """The server's next line; a child's end is noted for `finish` and said as ""."""
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line, "the command-line server ended"
        words = line.split()
        if words[0] == "exit":
            self.ended[int(words[1])] = int(words[2])
            return ""
        return line.strip()

    def start(self, *argv: object, faults: tuple[tuple[object, ...], ...] | list[tuple[object, ...]] = ()
              ) -> tuple[int, Path]:
        """Start `fasilitaattori ARGV` in a child, with `faults` (functions of inject.py and their
        arguments) put in first; its pid and the prefix of its output files."""
        self.count += 1
        prefix = self.work / f"run{self.count}"
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps({"argv": [str(a) for a in argv], "out": str(prefix),
                                          "faults": [[str(a) for a in f] for f in faults]}) + "\n")
        self.proc.stdin.flush()
        answer = ""
        while not answer:
            answer = self._line()
        head, pid = answer.split()
        assert head == "pid"
        self.pids[prefix] = int(pid)
        return int(pid), prefix

    def finish(self, prefix: Path) -> Run:
        """Wait for the child started with `prefix` to end."""
        pid = self.pids.pop(prefix)
        while pid not in self.ended:
            self._line()
        return Run(self.ended.pop(pid), prefix.with_suffix(".out").read_text(),
                   prefix.with_suffix(".err").read_text())

    def run(self, *argv: object, faults: tuple[tuple[object, ...], ...] | list[tuple[object, ...]] = ()) -> Run:
        _pid, prefix = self.start(*argv, faults=faults)
        return self.finish(prefix)

    def kill(self, pid: int) -> None:
        """SIGKILL to a child, if it is still running (the server sends it: it knows)."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps({"kill": pid}) + "\n")
        self.proc.stdin.flush()

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


@pytest.fixture(scope="session")
def cli(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CliServer]:
    server = CliServer(tmp_path_factory.mktemp("cli-runs"))
    yield server
    server.close()


def _make_store_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("make_store", REPO / "bench" / "make_store.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def big_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A whole-store bundle of a generated team's store: 20,000 notes, 5,000 participants."""
    from fasilitaattori.library.seed import open_workbench
    from fasilitaattori.sync.export import export_bundle

    root = tmp_path_factory.mktemp("big")
    _make_store_module().build_store(root / "colleague", BUNDLE_SCALE)
    wb = open_workbench(root / "colleague")
    try:
        export_bundle(wb, root / "colleague.fasi")
    finally:
        wb.close()
    return root / "colleague.fasi"


@pytest.fixture(scope="session")
def local_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with a workshop and notes of its own, closed: copy it with `copy_store`."""
    from fasilitaattori.core import notes, workshops
    from fasilitaattori.library.seed import open_workbench

    data = tmp_path_factory.mktemp("local") / "data"
    wb = open_workbench(data)
    try:
        workshop = workshops.create_workshop(wb, title="Oma työpaja")
        for text in LOCAL_NOTES:
            note = notes.add_note(wb, workshop.id, text)
        notes.notes.update(wb, note.id, text=LOCAL_NOTES[-1] + " (muokattu)")
    finally:
        wb.close()
    return data


def copy_store(template: Path, target: Path) -> Path:
    shutil.copytree(template, target)
    return target


def local_notes_there(data: Path) -> bool:
    """Every edit the local store had committed is still in it."""
    texts = {text for _id, text in note_texts(data)}
    return set(LOCAL_NOTES[:-1]) <= texts and LOCAL_NOTES[-1] + " (muokattu)" in texts


def note_texts(data: Path) -> set[tuple[str, str]]:
    """The live notes, each as (id, text)."""
    conn = sqlite3.connect(data / "fasilitaattori.sqlite")
    try:
        return set(conn.execute("SELECT id, text FROM notes WHERE deleted = 0"))
    finally:
        conn.close()


def wait_for_line(path: Path, start: str, timeout: float = 60.0) -> bool:
    """Wait until the file has a line starting with `start`; False if the timeout comes first."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            if any(line.startswith(start) for line in path.read_text().splitlines()):
                return True
        except FileNotFoundError:
            pass
        time.sleep(0.003)
    return False
