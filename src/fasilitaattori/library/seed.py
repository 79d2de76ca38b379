"""Bring the built-in method library into the store, once per library version."""

from __future__ import annotations

import hashlib
from typing import Any

from ..core.methods import seed_methods
from ..core.workbench import Workbench
from .loader import BuiltinMethod, load_builtin_methods

FINGERPRINT_KEY = "builtin_library"


def _row(method: BuiltinMethod) -> dict[str, Any]:
    import json

    return {
        "id": method.method_id,
        "key": method.key,
        "builtin": True,
        "language": method.language,
        "name": method.name,
        "purpose": method.purpose,
        "steps": "\n".join(method.steps),
        "category": method.category,
        "duration_min": method.duration_min,
        "group_min": method.group_min,
        "group_max": method.group_max,
        "materials": "\n".join(method.materials),
        "tags": ", ".join(method.tags),
        "worksheet": json.dumps(method.worksheet.to_dict(), ensure_ascii=False, sort_keys=True)
        if method.worksheet else "",
    }


def seed_builtin_methods(wb: Workbench) -> int:
    """Write the shipped methods into the store if the shipped library changed since last time."""
    rows = [_row(m) for m in load_builtin_methods()]
    digest = hashlib.sha256(repr(rows).encode("utf-8")).hexdigest()
    if wb.setting(FINGERPRINT_KEY) == digest:
        return 0
    changed = seed_methods(wb, rows)
    wb.set_setting(FINGERPRINT_KEY, digest)
    return changed


def open_workbench(data_dir: Any = None) -> Workbench:
    """Open the store in `data_dir` (or the default) with the method library in place."""
    wb = Workbench.open(data_dir)
    try:
        seed_builtin_methods(wb)
    except BaseException:
        wb.close()
        raise
    return wb
