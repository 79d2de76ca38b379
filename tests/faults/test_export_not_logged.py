"""An export to a memory stick while the data folder cannot be written to (full, or read-only):
the bundle is written, and the user is told it was saved and that only the sync log misses it,
never that the export failed."""

from __future__ import annotations

import zipfile

from fasilitaattori.library.seed import open_workbench
from fasilitaattori.sync.export import export_and_log
from fasilitaattori.sync.importer import sync_log

from . import inject
from .conftest import copy_store

EDIT_READ_ONLY = ("The data folder cannot be written to, so the change was not saved; check that the folder and "
                  "the disk are not read-only.")


def test_the_bundle_is_saved_and_the_missing_log_line_is_said(local_store, tmp_path, monkeypatch):
    data = copy_store(local_store, tmp_path / "data")
    target = tmp_path / "stick" / "kollegalle.fasi"
    target.parent.mkdir()
    inject.read_only_store(data, patch=monkeypatch.setattr)
    wb = open_workbench(data)
    try:
        result = export_and_log(wb, target)
    finally:
        wb.close()
    monkeypatch.undo()
    assert zipfile.is_zipfile(target) and result.counts["note"] >= 12
    assert result.not_logged is not None and result.not_logged.message == EDIT_READ_ONLY
    wb = open_workbench(data)
    try:
        assert [entry for entry in sync_log(wb) if entry.action == "export"] == []
    finally:
        wb.close()


def test_the_command_line_says_the_bundle_was_written(cli, local_store, tmp_path):
    data = copy_store(local_store, tmp_path / "data")
    target = tmp_path / "stick" / "kollegalle.fasi"
    target.parent.mkdir()
    run = cli.run("--data-dir", data, "sync", "export", target, faults=[("read_only_store", data)])
    assert run.code == 0 and "Traceback" not in run.err, run.err
    assert run.out.startswith(f"Bundle written to {target}")
    assert run.err.strip() == f"Only its entry in the sync log could not be saved: {EDIT_READ_ONLY}"
    assert zipfile.is_zipfile(target)
