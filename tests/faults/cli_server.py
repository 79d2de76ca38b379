"""The real command line, started many times fast: one Python process loads the program once,
then runs each requested command (`fasilitaattori.cli.main`) in a forked child that the test
can kill at any moment.

A fresh interpreter spends one to two seconds importing the program on a loaded machine; the
fault tests start the command line about a hundred times, and what they test (a kill during
an import, a full disk) happens after the imports anyway.

Protocol, one JSON line per request on stdin: {"argv": [...], "out": "/prefix", "faults": [...]},
each fault a function of `inject.py` and its arguments: ["full_disk", "300"].
The child writes its stdout and stderr to prefix.out and prefix.err; the server answers
"pid N" at once and "exit N" when the child has ended (N < 0: killed by signal -N).
"""

from __future__ import annotations

import json
import os
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


def main() -> None:
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # for `faults.inject`
    _preload()
    print("ready", flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 70
            try:
                code = _child(request)
            finally:
                os._exit(code)
        print(f"pid {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"exit {os.waitstatus_to_exitcode(status)}", flush=True)


if __name__ == "__main__":
    main()
