"""The command-line contract of design §6, driven as a script would."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from fasilitaattori import __version__
from fasilitaattori.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_dump_and_check(capsys, tmp_path):
    data = str(tmp_path / "x")
    code, out, _ = run(capsys, "--data-dir", data, "demo")
    assert code == 0 and "Demo project created" in out
    code, first, _ = run(capsys, "--data-dir", data, "dump")
    assert code == 0
    content = json.loads(first)
    assert len(content["workshop"]) == 3 and len(content["project"]) == 1
    assert {n["kind"] for n in content["note"]} == {"idea", "quote", "development_need", "observation",
                                                      "decision", "question"}
    assert len({p["municipality"] for p in content["participant"]}) >= 5
    assert content["task"] and content["feedback_response"]
    _, second, _ = run(capsys, "--data-dir", data, "dump")
    assert first == second  # stable across runs
    code, out, _ = run(capsys, "--data-dir", data, "check")
    assert code == 0 and "sound" in out


def test_backup_and_restore_round_trip(capsys, tmp_path):
    data = str(tmp_path / "x")
    run(capsys, "--data-dir", data, "demo")
    _, before, _ = run(capsys, "--data-dir", data, "dump")
    backup = tmp_path / "varmuuskopio.sqlite"
    code, out, _ = run(capsys, "--data-dir", data, "backup", str(backup))
    assert code == 0 and backup.exists()
    run(capsys, "--data-dir", data, "demo")  # more content after the backup
    _, changed, _ = run(capsys, "--data-dir", data, "dump")
    assert changed != before
    code, out, _ = run(capsys, "--data-dir", data, "restore", str(backup))
    assert code == 0 and "Restored" in out
    _, after, _ = run(capsys, "--data-dir", data, "dump")
    assert after == before
    assert run(capsys, "--data-dir", data, "check")[0] == 0


def test_backup_without_a_file_goes_to_the_backups_folder(capsys, tmp_path):
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "backup")
    assert code == 0
    assert list((tmp_path / "backups").glob("backup-*.sqlite"))


@pytest.mark.parametrize("content", [b"", b"not a database at all", b"SQLite format 3\x00" + b"\x00" * 50])
def test_restoring_a_bad_file_is_one_sentence_and_changes_nothing(capsys, tmp_path, content):
    data = str(tmp_path / "x")
    run(capsys, "--data-dir", data, "demo")
    _, before, _ = run(capsys, "--data-dir", data, "dump")
    bad = tmp_path / "rikki.sqlite"
    bad.write_bytes(content)
    code, out, err = run(capsys, "--data-dir", data, "restore", str(bad))
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert run(capsys, "--data-dir", data, "dump")[1] == before


def test_missing_restore_file_and_usage_errors(capsys, tmp_path):
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "restore", str(tmp_path / "nope.sqlite"))
    assert code == 1 and "does not exist" in err
    with pytest.raises(SystemExit) as exit_info:
        main(["--data-dir", str(tmp_path), "no-such-command"])
    assert exit_info.value.code == 2


def test_a_data_dir_that_is_a_file_is_a_user_error(capsys, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run(capsys, "--data-dir", str(blocker / "sub"), "dump")
    assert code == 1 and "cannot be created" in err


def test_version_and_environment_variable(tmp_path):
    result = subprocess.run([sys.executable, "-m", "fasilitaattori.cli", "--version"],
                            capture_output=True, text=True, check=True)
    assert result.stdout.strip() == f"Fasilitaattori {__version__}"
    env_dir = tmp_path / "env"
    result = subprocess.run([sys.executable, "-m", "fasilitaattori.cli", "check"], capture_output=True, text=True,
                            env={"FASILITAATTORI_DATA_DIR": str(env_dir), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert (env_dir / "fasilitaattori.sqlite").exists()
