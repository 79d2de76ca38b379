"""What the program was asked to open when it was started.

A double-clicked bundle reaches us as a plain path argument: the Windows file association runs
`Fasilitaattori.exe "C:\\...\\x.fasi"`, the Linux `.desktop` entry runs `fasilitaattori %f`, and
`fasilitaattori x.fasi` does the same from a terminal. The desktop start-up then shows the import
preview for that bundle. (macOS delivers a double-click as an open-file event instead; see
packaging/README.md.)
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

BUNDLE_SUFFIX = ".fasi"

# Global options that take a value; their value is never the bundle to open.
_OPTIONS_WITH_VALUE = frozenset({"--data-dir"})


def split_bundle(argv: Sequence[str]) -> tuple[Path | None, list[str]]:
    """The bundle to open (if any) and the arguments without it, ready for the CLI parser.

    Only the first positional argument counts, and only when it names an existing `.fasi` file:
    `fasilitaattori sync import x.fasi` is a command, not a request to open a window.
    """
    args = list(argv)
    index = 0
    only_positionals = False
    while index < len(args):
        arg = args[index]
        if not only_positionals and arg == "--":
            only_positionals = True
        elif not only_positionals and arg in _OPTIONS_WITH_VALUE:
            index += 1  # skip the option's value
        elif not only_positionals and arg.startswith("-"):
            pass  # other options, e.g. the -psn_… argument an older macOS Finder adds
        else:
            path = Path(arg).expanduser()
            if path.suffix.lower() == BUNDLE_SUFFIX and path.is_file():
                return path.resolve(), args[:index] + args[index + 1:]
            return None, args
        index += 1
    return None, args


def bundle_to_open(argv: Sequence[str]) -> Path | None:
    """The existing `*.fasi` bundle given as the first positional argument, or None."""
    return split_bundle(argv)[0]
