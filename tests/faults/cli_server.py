"""The real command line, started many times fast: one Python process loads the program once,
then runs each requested command (`fasilitaattori.cli.main`) in a forked child that the test
can kill at any moment.

A fresh interpreter spends one to two seconds importing the program on a loaded machine; the
fault tests start the command line about a hundred times, and what they test (a kill during
an import, a full disk) happens after the imports anyway.

Protocol, one JSON line per request on stdin: {"argv": [...], "out": "/prefix", "faults": [...]},
each fault a function of `inject.py` and its arguments: ["full_disk", "300"]; or {"kill": pid}
for SIGKILL to a child still running.
The child writes its stdout and stderr to prefix.out and prefix.err; the server answers
"pid P" at once and "exit P N" whenever a child has ended (N < 0: killed by signal -N), so
several children can run at once (two windows on one data folder).
"""

from __future__ import annotations

import json
import os
import signal
import sys


def _preload() -> None:
    # Everything the commands under test import, loaded before any fork.
    from fasilitaattori import cli
    from fasilitaattori.core import check  # noqa: F401
    from fasilitaattori.library import seed  # noqa: F401
    from fasilitaattori.store import schema_check
    from fasilitaattori.sync import export, importer  # noqa: F401

    cli.build_parser()  # imports every command group
    schema_check.expected_objects()  # the schema `check` compares with, made once


def _child(request: dict[str, object]) -> int:
    out = str(request["out"])
    for fd, suffix in ((1, ".out"), (2, ".err")):
        target = os.open(out + suffix, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(target, fd)
        os.close(target)
    from faults import inject

    for name, *args in request.get("faults", []):  # type: ignore[attr-defined]
        getattr(inject, name)(*args)
    from fasilitaattori import cli

    try:
        code = cli.main([str(a) for a in request["argv"]])  # type: ignore[union-attr]
    except SystemExit as exc:  # argparse's usage errors
        code = exc.code if isinstance(exc.code, int) else 2
    sys.stdout.flush()
    sys.stderr.flush()
    return code


def _say(text: str) -> None:
    # One write(2) per line: the child-ended handler below may run between any two bytecodes
    # of the main loop, and a buffered print would then be entered twice.
    os.write(1, (text + "\n").encode())


_LIVE: set[int] = set()  # children not reaped yet: their pids cannot have gone to another process


def _reap(_signum: int, _frame: object) -> None:
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        _LIVE.discard(pid)
        _say(f"exit {pid} {os.waitstatus_to_exitcode(status)}")


def _kill(pid: int) -> None:
    """SIGKILL to one of our children, only while it is unreaped (never to a stranger that
    got its pid afterwards)."""
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGCHLD})
    try:
        if pid in _LIVE:
            os.kill(pid, signal.SIGKILL)
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGCHLD})


def main() -> None:
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # for `faults.inject`
    _preload()
    signal.signal(signal.SIGCHLD, _reap)
    _say("ready")
    for line in sys.stdin:
        request = json.loads(line)
        if "kill" in request:
            _kill(int(request["kill"]))
            continue
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGCHLD})  # until the child is in _LIVE
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGCHLD})
            code = 70
            try:
                code = _child(request)
            finally:
                os._exit(code)
        _LIVE.add(pid)
        _say(f"pid {pid}")
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGCHLD})


if __name__ == "__main__":
    main()
