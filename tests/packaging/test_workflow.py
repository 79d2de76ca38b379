"""The release workflow (.github/workflows/build.yml): actionlint (with shellcheck for its
scripts) finds nothing, and every system's job builds, smoke-tests and keeps its installer."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from .helpers import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"


def test_actionlint_finds_nothing_to_fix():
    actionlint = shutil.which("actionlint")
    if actionlint is None:
        pytest.skip("actionlint is not installed (uv sync installs it with the dev tools)")
    done = subprocess.run([actionlint, str(WORKFLOW)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_actionlint_would_see_a_broken_workflow(tmp_path):
    actionlint = shutil.which("actionlint")
    if actionlint is None:
        pytest.skip("actionlint is not installed")
    broken = tmp_path / "build.yml"
    broken.write_text(WORKFLOW.read_text(encoding="utf-8").replace('"$PROGRAM"', "$PROGRAM"), encoding="utf-8")
    done = subprocess.run([actionlint, str(broken)], capture_output=True, text=True, timeout=120)
    assert done.returncode != 0 and "SC2086" in done.stdout


def test_each_system_builds_smoke_tests_and_keeps_its_installer():
    text = WORKFLOW.read_text(encoding="utf-8")
    for system in ("linux", "windows", "macos"):
        assert f"system: {system}" in text
    for command in ("packaging/build_linux.sh", "ISCC.exe", "hdiutil create", "packaging/smoke_test.py",
                    "-windows-setup.exe", "*.dmg", "*.tar.gz", "uv run pytest"):
        assert command in text, command
    readme = (ROOT / "packaging" / "README.md").read_text(encoding="utf-8")
    for command in ("packaging/smoke_test.py", "ISCC.exe", "hdiutil create", "packaging/build_linux.sh"):
        assert command in readme, command
