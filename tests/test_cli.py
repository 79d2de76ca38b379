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
    assert len(content["workshop"]) == 4 and len(content["project"]) == 1
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
    run(capsys, "--data-dir", data, "people", "erase",
        json.loads(before)["participant"][0]["id"])  # changed content after the backup
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


def test_demo_twice_is_still_one_example_project(capsys, tmp_path):
    data = str(tmp_path / "x")
    run(capsys, "--data-dir", data, "demo")
    code, out, _ = run(capsys, "--data-dir", data, "demo")
    assert code == 0 and "already there" in out
    content = json.loads(run(capsys, "--data-dir", data, "dump")[1])
    assert len(content["project"]) == 1 and len(content["workshop"]) == 4


def test_list_projects_workshops_and_blocks(capsys, tmp_path):
    data = str(tmp_path / "x")
    run(capsys, "--data-dir", data, "demo")
    content = json.loads(run(capsys, "--data-dir", data, "dump")[1])
    code, out, _ = run(capsys, "--data-dir", data, "list", "projects")
    project = content["project"][0]
    assert code == 0 and out.splitlines() == [f"{project['id']}\t{project['name']}"]
    code, out, _ = run(capsys, "--data-dir", data, "list", "workshops", "--project", project["id"])
    rows = [line.split("\t") for line in out.splitlines()]
    expected = sorted((w["date"], w["id"], w["title"]) for w in content["workshop"])
    assert code == 0 and [(d, i, t) for i, d, t in rows] == expected
    first = expected[0][1]
    code, out, _ = run(capsys, "--data-dir", data, "list", "blocks", "--workshop", first)
    blocks = sorted((b for b in content["agenda_item"] if b["workshop_id"] == first), key=lambda b: b["position"])
    rows = [line.split("\t") for line in out.splitlines()]
    assert code == 0 and [(r[0], r[2]) for r in rows] == [(b["id"], b["title"]) for b in blocks]
    assert rows[0][1] == "09:30"


def test_list_needs_the_right_filter_and_a_known_id(capsys, tmp_path):
    data = str(tmp_path / "x")
    code, _, err = run(capsys, "--data-dir", data, "list", "blocks")
    assert code == 1 and "--workshop" in err and "Traceback" not in err
    code, _, err = run(capsys, "--data-dir", data, "list", "workshops", "--project", "nope")
    assert code == 1 and "not found" in err
    code, out, _ = run(capsys, "--data-dir", data, "list", "projects")
    assert code == 0 and out == ""


def test_pdf_worksheet_of_a_workshop_is_every_worksheet_in_one_pdf(capsys, tmp_path):
    from tests.documents import pdftools

    data = str(tmp_path / "x")
    run(capsys, "--data-dir", data, "demo")
    workshop = run(capsys, "--data-dir", data, "list", "workshops")[1].splitlines()[0].split("\t")[0]
    out_pdf = tmp_path / "tyopohjat.pdf"
    code, _, err = run(capsys, "--data-dir", data, "pdf", "worksheet", workshop, "-o", str(out_pdf))
    assert code == 0, err
    pages = pdftools.page_texts(out_pdf.read_bytes())
    assert len(pages) == 2  # the demo agenda's two methods with a layout of their own
    assert "Vaikuttamisen tasot" in pages[0] and "Verkostokartta" in pages[1]
    blocks = run(capsys, "--data-dir", data, "list", "blocks", "--workshop", workshop)[1].splitlines()
    dialogue = next(line.split("\t")[0] for line in blocks if line.endswith("Dialogi"))
    one = tmp_path / "dialogi.pdf"
    code, _, err = run(capsys, "--data-dir", data, "pdf", "worksheet", dialogue, "-o", str(one))
    assert code == 0, err  # no layout of its own: the general answer sheet, not an error
    text = pdftools.text(one.read_bytes())
    assert "Dialogi" in text and "Ajatuksemme ja vastauksemme" in text


def test_pdf_worksheet_gives_each_table_its_own_question(capsys, tmp_path):
    from tests.documents import pdftools

    data = str(tmp_path / "x")
    run(capsys, "--data-dir", data, "demo")
    workshop = run(capsys, "--data-dir", data, "list", "workshops")[1].splitlines()[0].split("\t")[0]
    blocks = run(capsys, "--data-dir", data, "list", "blocks", "--workshop", workshop)[1].splitlines()
    dialogue = next(line.split("\t")[0] for line in blocks if line.endswith("Dialogi"))
    out_pdf = tmp_path / "poydat.pdf"
    code, _, err = run(capsys, "--data-dir", data, "pdf", "worksheet", dialogue, "-o", str(out_pdf), "--groups",
                       "Pöytä 1=Mitä tarvitaan, ja keneltä?; Pöytä 2=Kuka auttaa?")
    assert code == 0, err
    pages = pdftools.page_texts(out_pdf.read_bytes())
    assert len(pages) == 2
    assert "Pöytä 1" in pages[0] and "Mitä tarvitaan, ja keneltä?" in pages[0] and "Kuka auttaa?" not in pages[0]
    assert "Pöytä 2" in pages[1] and "Kuka auttaa?" in pages[1] and "=" not in pages[1]
