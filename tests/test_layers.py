"""The layer rule of docs/architecture.md, checked on the source."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "fasilitaattori"
# layer -> layers it must not import
FORBIDDEN = {
    "store": {"core", "library", "sync", "documents", "ui", "cli", "app"},
    "core": {"library", "sync", "documents", "ui", "cli", "app"},
    "library": {"sync", "documents", "ui", "cli", "app"},
    "sync": {"documents", "ui", "cli", "app"},
    "documents": {"sync", "ui", "cli", "app"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                parts = path.relative_to(PACKAGE).parts[:-1]
                base = list(parts[: len(parts) - node.level + 1])
                module = ".".join(["fasilitaattori", *base, *([module] if module else [])])
            found.add(module)
    return found


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_ui_and_app_import_qt(path):
    rel = path.relative_to(PACKAGE)
    if rel.parts[0] == "ui" or rel.name == "app.py":
        return
    assert not any(m.startswith("PySide6") for m in _imports(path)), f"{rel} imports Qt"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_layer_imports_upwards(path):
    rel = path.relative_to(PACKAGE)
    layer = rel.parts[0] if len(rel.parts) > 1 else ""
    banned = FORBIDDEN.get(layer, set())
    for module in _imports(path):
        parts = module.split(".")
        if parts[0] == "fasilitaattori" and len(parts) > 1:
            target = parts[1]
            assert target not in banned, f"{rel} ({layer}) imports {module}"
