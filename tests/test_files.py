"""Files the user names and folders the program lives in, by Windows' rules as well as this
system's: the rules are checked with PureWindowsPath, the real files are written here."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path, PureWindowsPath

import pytest

from fasilitaattori.cli import main
from fasilitaattori.errors import ValidationError
from fasilitaattori.files import check_data_dir, check_file_name, name_problem, write_atomically

REFUSED_NAMES = ["CON.pdf", "con", "Nul.txt", "COM1.fasi", "lpt9.pdf", "aux .pdf", "COM¹.pdf",
                 "Työpaja 2: ilta.pdf", "kysymys?.pdf", "a*b.pdf", 'lainaus".pdf', "putki|.pdf",
                 "<nimi>.pdf", "yhteenveto.", "yhteenveto.pdf ", "rivin\nvaihto.pdf", "tab\t.pdf"]
ACCEPTED_NAMES = ["yhteenveto.pdf", "Äijälä – työpaja 15.3.2027.pdf", "CONSOLE.pdf", "con-tiedot.pdf",
                  "COM10.pdf", "LPT.pdf", "Åsa Öhman (vammaisneuvosto).fasi", ".piilotettu.pdf",
                  "nul_taulukko.pdf"]


@pytest.mark.parametrize("name", REFUSED_NAMES)
def test_names_windows_cannot_hold_are_refused_with_a_sentence(name):
    with pytest.raises(ValidationError) as caught:
        check_file_name(PureWindowsPath("C:/Users/Äijälä/Documents") / name, windows=True)
    assert caught.value.message.endswith(".") and "\n" not in caught.value.message.replace(name, "")
    assert name_problem(name) is not None


@pytest.mark.parametrize("name", ACCEPTED_NAMES)
def test_ordinary_names_pass(name):
    check_file_name(PureWindowsPath("C:/Users/Äijälä/Documents") / name, windows=True)
    assert name_problem(name) is None


def test_a_path_longer_than_windows_allows_is_refused_only_on_windows():
    deep = PureWindowsPath("C:/Users/Äijälä/OneDrive - Kunta #1", *(["Työpajat ja kokoukset"] * 10),
                           "yhteenveto.pdf")
    assert len(str(deep)) > 260
    with pytest.raises(ValidationError, match="longer than Windows allows"):
        check_file_name(deep, windows=True)
    check_file_name(deep, windows=False)
    check_file_name(PureWindowsPath("C:/Users/Äijälä/yhteenveto.pdf"), windows=True)


def test_a_data_folder_too_deep_for_the_programs_own_files_is_refused_on_windows():
    roomy = PureWindowsPath("C:/Users/Äijälä/AppData/Local/Fasilitaattori")
    check_data_dir(roomy, windows=True)
    deep = PureWindowsPath("C:/Users/Äijälä", *(["Kansio"] * 25))
    assert len(str(deep)) + 1 + 80 > 259 > len(str(deep))
    with pytest.raises(ValidationError, match="too deep"):
        check_data_dir(deep, windows=True)
    check_data_dir(deep, windows=False)


def test_an_atomic_write_gives_the_users_normal_mode_and_leaves_no_temporary_file(tmp_path):
    old = os.umask(0o022)
    try:
        target = tmp_path / "jaettu kansio" / "yhteenveto.pdf"
        write_atomically(target, b"%PDF-1.4 ...")
    finally:
        os.umask(old)
    assert target.read_bytes() == b"%PDF-1.4 ..."
    assert stat.S_IMODE(target.stat().st_mode) == 0o644  # the module read the umask at import: 022 here
    assert [p.name for p in target.parent.iterdir()] == ["yhteenveto.pdf"]


def test_an_atomic_write_that_fails_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "yhteenveto.pdf"
    target.write_bytes(b"vanha")

    def full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(Exception, match="The disk is full, so .* could not be written; free some space"):
        write_atomically(target, b"uusi")
    assert target.read_bytes() == b"vanha"
    assert [p.name for p in tmp_path.iterdir()] == ["yhteenveto.pdf"]


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_cli_refuses_a_reserved_name_in_one_line_and_writes_nothing(capsys, tmp_path):
    data = str(tmp_path / "data")
    assert _run(capsys, "--data-dir", data, "demo")[0] == 0
    workshop = json.loads(_run(capsys, "--data-dir", data, "dump")[1])["workshop"][0]["id"]
    for argv in (("pdf", "summary", workshop, "-o", str(tmp_path / "CON.pdf")),
                 ("sync", "export", str(tmp_path / "Työpaja: ilta.fasi")),
                 ("backup", str(tmp_path / "aux.sqlite"))):
        code, _out, err = _run(capsys, "--data-dir", data, *argv)
        assert code == 1, argv
        assert len(err.strip().splitlines()) == 1 and "Windows" in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


FOLDER_NAMES = ["Äijälä", "OneDrive - Kunta #1", "100% valmis", "Mitä? Missä?"]


@pytest.mark.parametrize("folder", FOLDER_NAMES)
def test_the_store_backups_and_sync_work_under_any_folder_name(capsys, tmp_path, folder):
    """Non-ASCII user names, and the `#`, `?` and `%` that ended SQLite's read-only URIs."""
    if "?" in folder and os.name == "nt":
        pytest.skip("Windows cannot hold the name")
    base = tmp_path / folder / "Fasilitaattori"
    data, other = str(base / "data"), str(base / "toinen")
    assert _run(capsys, "--data-dir", data, "demo")[0] == 0
    _, before, _ = _run(capsys, "--data-dir", data, "dump")
    backup = base / "varmuuskopiot" / "ennen.sqlite"
    assert _run(capsys, "--data-dir", data, "backup", str(backup))[0] == 0
    assert _run(capsys, "--data-dir", data, "restore", str(backup))[0] == 0
    assert _run(capsys, "--data-dir", data, "dump")[1] == before
    folder_dir = base / "synkronointi"
    folder_dir.mkdir()
    assert _run(capsys, "--data-dir", data, "sync", "folder", str(folder_dir), "--now")[0] == 0
    code, _out, err = _run(capsys, "--data-dir", other, "sync", "folder", str(folder_dir), "--now")
    assert code == 0, err
    assert _run(capsys, "--data-dir", other, "dump")[1] == before
    assert _run(capsys, "--data-dir", data, "check")[0] == 0


def test_an_older_store_under_a_hash_folder_is_seen_to_need_its_upgrade(tmp_path):
    from fasilitaattori.store.db import DB_NAME, open_store
    from fasilitaattori.store.migrate import needs_upgrade

    data = tmp_path / "Kunta #1" / "data"
    open_store(data).close()
    db_path = Path(data) / DB_NAME
    import sqlite3

    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '0004_compact_clocks'")
    conn.commit()
    conn.close()
    assert needs_upgrade(db_path)
