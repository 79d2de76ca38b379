"""A write that SQLite refuses (full disk, read-only folder, a file another program holds, a
damaged file) is one sentence that says what to do, through the ORM as well as raw SQLite, and
leaves the store as it was."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest
from sqlalchemy import event

from fasilitaattori.core import notes, workshops
from fasilitaattori.core.dump import dump_json as dump_store
from fasilitaattori.errors import StoreError
from fasilitaattori.store.failures import store_error


def _on_every_connection(wb, pragma: Callable[[sqlite3.Connection], None]) -> None:
    """Apply `pragma` to every pooled connection from now on (the pool reconnects)."""
    event.listen(wb.store.engine, "connect", lambda conn, _record: pragma(conn))
    wb.store.engine.dispose()


def _full_disk(wb) -> None:
    def limit(conn: sqlite3.Connection) -> None:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count={pages}")  # not one page more: the disk is full

    _on_every_connection(wb, limit)


def _read_only(wb) -> None:
    _on_every_connection(wb, lambda conn: conn.execute("PRAGMA query_only=ON"))


def _held_by_another_program(wb) -> sqlite3.Connection:
    _on_every_connection(wb, lambda conn: conn.execute("PRAGMA busy_timeout=50"))
    other = sqlite3.connect(wb.store.db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


@pytest.mark.parametrize(("make_it_fail", "sentence"), [
    (_full_disk, "The disk is full, so the change was not saved; free some space and try again."),
    (_read_only, "The data folder cannot be written to, so the change was not saved; check that the folder "
                 "and the disk are not read-only."),
    (_held_by_another_program, "Another copy of Fasilitaattori or another program is using the data file, so "
                               "the change was not saved; wait a moment and try again."),
])
def test_a_refused_edit_is_one_sentence_and_changes_nothing(wb, make_it_fail, sentence):
    workshop = workshops.create_workshop(wb, title="Kyläilta")
    notes.add_note(wb, workshop.id, "Ensimmäinen muistiinpano")
    before = dump_store(wb)
    held = make_it_fail(wb)
    try:
        with pytest.raises(StoreError) as caught:  # through the ORM: SQLAlchemy wraps SQLite's error
            notes.add_note(wb, workshop.id, "Pitkä muistiinpano " * 5000)
        assert caught.value.message == sentence
        if make_it_fail is not _full_disk:  # a short edit still fits in the pages the file has
            with pytest.raises(StoreError) as caught:
                workshops.workshops.update(wb, workshop.id, title="Kyläilta 2")
            assert caught.value.message == sentence
    finally:
        if held is not None:
            held.execute("ROLLBACK")
            held.close()
    assert dump_store(wb) == before


def test_a_damaged_file_and_an_unknown_failure_each_get_their_sentence():
    damaged = sqlite3.DatabaseError("database disk image is malformed")
    damaged.sqlite_errorcode = 11  # type: ignore[attr-defined]
    assert store_error(damaged).message.startswith("The data file is damaged; restore the latest copy")
    assert "disk is full" in store_error(sqlite3.OperationalError("database or disk is full")).message
    odd = sqlite3.OperationalError("something else")
    assert store_error(odd).message == "The change could not be saved: something else."


def test_a_background_failure_is_logged(wb, caplog, monkeypatch):
    from fasilitaattori.store import db, index_backlog

    def broken(*_args, **_kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(index_backlog, "catch_up", broken)
    with caplog.at_level("WARNING", logger="fasilitaattori.store"):
        wb.store.start_background()
        wb.store.wait_for_background()
    assert any("Background indexing stopped" in r.getMessage() and r.exc_info for r in caplog.records)
    assert db.log.name == "fasilitaattori.store"


def test_check_builds_again_an_index_and_a_trigger_that_went_missing(capsys, tmp_path):
    """A lost index backlog record (or a file copied half-way) would leave an index dropped for
    good and the search index no longer following edits; `check` compares with the schema."""
    from fasilitaattori.cli import main

    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "demo"]) == 0
    conn = sqlite3.connect(tmp_path / "data" / "fasilitaattori.sqlite")
    conn.execute("DROP INDEX ix_notes_agenda_item_id")
    conn.execute("DROP TRIGGER notes_fts_ai")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["--data-dir", data, "check"]) == 0
    out = capsys.readouterr().out
    assert "Built again: ix_notes_agenda_item_id" in out and "Built again: notes_fts_ai" in out
    assert main(["--data-dir", data, "check"]) == 0
    assert "Built again" not in capsys.readouterr().out
    conn = sqlite3.connect(tmp_path / "data" / "fasilitaattori.sqlite")
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert {"ix_notes_agenda_item_id", "notes_fts_ai"} <= names
