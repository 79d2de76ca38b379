"""A read-only data folder (a write-protected stick, a share with read rights only, a folder
copied from another user): the program says so in one sentence, writes nothing, and once the
folder is writable again the store opens with everything in it.

The folder is made read-only with chmod. Root writes anyway, and CI runs as root: there the
command line gives up root's override first (the whole folder is then read-only to it, as to
an ordinary user), and the in-process test opens the store's file read-only (`mode=ro`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from fasilitaattori.core import notes, workshops
from fasilitaattori.core.check import check_store
from fasilitaattori.core.dump import dump_json
from fasilitaattori.errors import StoreError
from fasilitaattori.library.seed import open_workbench

from . import inject
from .conftest import copy_store, local_notes_there

READ_ONLY = ("The data folder {path} cannot be written to; check that the folder and the disk are not read-only, "
             "or choose another data folder.")
EDIT_READ_ONLY = ("The data folder cannot be written to, so the change was not saved; check that the folder and "
                  "the disk are not read-only.")


def _contents(data: Path) -> dict[str, bytes]:
    """Every file in the folder; an empty log and the shared-memory index SQLite makes beside a
    file opened read-only (only where root writes anyway) hold nothing of the store."""
    return {str(p.relative_to(data)): p.read_bytes() for p in sorted(data.rglob("*")) if p.is_file()
            and not p.name.endswith("-shm") and not (p.name.endswith("-wal") and p.stat().st_size == 0)}


def _sound(data: Path) -> str:
    wb = open_workbench(data)
    try:
        assert check_store(wb) == []
        return dump_json(wb)
    finally:
        wb.close()


@pytest.fixture
def read_only_data(local_store, tmp_path):
    data = copy_store(local_store, tmp_path / "data")
    before = _sound(data)
    files = _contents(data)
    inject.cannot_write(data)
    yield data, before, files
    inject.can_write(data)


@pytest.mark.parametrize(("argv", "edits"), [(["dump"], False), (["check"], False), (["demo"], True),
                                             (["sync", "export", "{out}"], True)])
def test_the_command_line_on_a_read_only_data_folder(cli, read_only_data, tmp_path, argv, edits):
    data, before, files = read_only_data
    argv = [a.replace("{out}", str(tmp_path / "kollegalle.fasi")) for a in argv]
    run = cli.run("--data-dir", data, *argv, faults=[("read_only_folder", data)])
    assert "Traceback" not in run.err, run.err
    if (tmp_path / inject.ROUTE_FILE).read_text() == "chmod":
        # SQLite cannot make its journal beside the file: the store cannot even open.
        assert (run.code, run.err.strip()) == (1, READ_ONLY.format(path=data))
    elif edits:  # the file opened read-only: it reads, and the command's first write is refused
        assert (run.code, run.err.strip()) == (1, EDIT_READ_ONLY)
    else:
        assert (run.code, run.err) == (0, "")
    assert _contents(data) == files  # not a byte changed, no log, lock or journal left
    inject.can_write(data)
    assert _sound(data) == before
    assert local_notes_there(data)


def test_opening_a_read_only_data_folder(read_only_data, monkeypatch):
    data, before, files = read_only_data
    if inject.chmod_protects():  # SQLite cannot make its journal beside the file
        with pytest.raises(StoreError) as caught:
            open_workbench(data)
        assert caught.value.message == READ_ONLY.format(path=data)
    else:  # root: the file opened read-only reads, and every edit is refused
        inject.read_only_store(data, patch=monkeypatch.setattr)
        wb = open_workbench(data)
        try:
            workshop = workshops.list_workshops(wb)[0]
            with pytest.raises(StoreError) as caught:
                notes.add_note(wb, workshop.id, "Ei mahdu kirjoitussuojattuun kansioon")
            assert caught.value.message == EDIT_READ_ONLY
        finally:
            wb.close()
    monkeypatch.undo()
    assert _contents(data) == files
    inject.can_write(data)
    assert _sound(data) == before


def test_the_window_on_a_read_only_data_folder_says_so(cli, read_only_data, tmp_path):
    """The desktop program (the command line without a command) started on the folder."""
    data, before, files = read_only_data
    run = cli.run("--data-dir", data, faults=[("read_only_folder", data), ("only_where_the_folder_is_read_only", data),
                                              ("window_messages_to_stderr",)])
    if run.code == 77:
        pytest.skip("root's override cannot be given up here, and the data file opens read-only")
    assert "Traceback" not in run.err, run.err
    # The message box's text is its last line (the offscreen platform says something first).
    assert (run.code, run.err.strip().splitlines()[-1]) == (1, READ_ONLY.format(path=data))
    assert _contents(data) == files
    inject.can_write(data)
    assert _sound(data) == before
