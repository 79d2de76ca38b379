"""A second copy of the program started on the data folder a running window has: it says so
and touches nothing; once the first is gone (even killed), the next start opens normally."""

from __future__ import annotations

import sqlite3

from .conftest import copy_store, local_notes_there, wait_for_line

ALREADY_OPEN = ("Fasilitaattori is already open with this data folder; use the window that is open, or close it "
                "and start again.")


def _sync_log_and_settings(data):
    conn = sqlite3.connect(data / "fasilitaattori.sqlite")
    try:
        return (conn.execute("SELECT count(*) FROM sync_log").fetchone(),
                sorted(conn.execute("SELECT key, value FROM settings")))
    finally:
        conn.close()


def test_a_second_copy_of_the_program_says_the_first_has_the_folder(cli, local_store, tmp_path):
    data = copy_store(local_store, tmp_path / "data")
    first, prefix = cli.start("--data-dir", data, faults=[("say_when_the_window_is_shown",)])
    try:
        assert wait_for_line(prefix.with_suffix(".out"), "SHOWN"), prefix.with_suffix(".err").read_text()
        before = _sync_log_and_settings(data)
        second = cli.run("--data-dir", data, faults=[("window_messages_to_stderr",),  # a window would close
                                                      ("say_when_the_window_is_shown", "quit")])
        assert "Traceback" not in second.err, second.err
        assert second.code == 1
        assert "SHOWN" not in second.out  # no second main window on the same store
        assert second.err.strip().splitlines()[-1] == ALREADY_OPEN
        assert _sync_log_and_settings(data) == before
    finally:
        cli.kill(first)  # as a crash would end it: its lock stays behind
        assert cli.finish(prefix).code == -9
    third = cli.run("--data-dir", data, faults=[("window_messages_to_stderr",),
                                                 ("say_when_the_window_is_shown", "quit")])
    assert third.code == 0 and "SHOWN" in third.out, third.err
    assert local_notes_there(data)
