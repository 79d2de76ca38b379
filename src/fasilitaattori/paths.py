"""Where the shipped resources (methods, fonts, icons, translations) are found.

From a source checkout they sit at the top of the repository; in a wheel or a frozen build they
are copied inside the package as `fasilitaattori/resources`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def resource_dir() -> Path:
    inside = _PACKAGE / "resources"
    if inside.is_dir():
        return inside
    return _PACKAGE.parents[1] / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def translations_dir() -> Path:
    """Compiled .qm files ship inside the package (the .ts sources live in translations/)."""
    return _PACKAGE / "translations"
