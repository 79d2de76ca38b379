"""Schema and migrations: models and migrations agree, old stores upgrade, newer ones are refused."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from fasilitaattori.core.check import check_store
from fasilitaattori.core.dump import dump_data
from fasilitaattori.errors import StoreError
from fasilitaattori.library.seed import open_workbench
from fasilitaattori.store.db import DB_NAME, open_store
from fasilitaattori.store.migrate import HEAD_REVISION, alembic_config
from fasilitaattori.store.models import Base

FIXTURES = Path(__file__).parent / "fixtures"


def test_head_constant_matches_the_newest_migration():
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_heads() == [HEAD_REVISION]


def test_models_and_migrations_do_not_drift(tmp_path):
    store = open_store(tmp_path)
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={
            "include_object": lambda obj, name, type_, *_: not (type_ == "table" and name.startswith("search_fts"))})
        diff = compare_metadata(context, Base.metadata)
    store.close()
    assert diff == []


def test_pragmas_are_set_on_every_connection(tmp_path):
    store = open_store(tmp_path)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    store.close()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_*.sqlite")), ids=lambda p: p.stem)
def test_every_released_schema_upgrades_to_head_with_its_data(tmp_path, fixture):
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(fixture, data / DB_NAME)
    wb = open_workbench(data)
    content = dump_data(wb)
    assert check_store(wb) == []
    wb.close()
    assert len(content["workshop"]) == 3
    assert any("Palvelupolku" in n["text"] for n in content["note"])
    assert any(p["display_name"] == "Áile Näkkäläjärvi" for p in content["participant"])
    with sqlite3.connect(data / DB_NAME) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    if fixture.stem != f"schema_{HEAD_REVISION}":
        assert list((data / "backups").glob("before-upgrade-*.sqlite")), "no copy made before migrating"


def test_a_store_from_a_newer_version_is_refused_and_left_alone(tmp_path):
    store = open_store(tmp_path)
    store.close()
    with sqlite3.connect(tmp_path / DB_NAME) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = (tmp_path / DB_NAME).read_bytes()
    with pytest.raises(StoreError, match="newer version of Fasilitaattori"):
        open_store(tmp_path)
    assert (tmp_path / DB_NAME).read_bytes() == before


def test_a_file_that_is_not_a_store_is_refused(tmp_path):
    (tmp_path / DB_NAME).write_text("tämä ei ole tietokanta")
    with pytest.raises(StoreError, match="not a Fasilitaattori data file"):
        open_store(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    with sqlite3.connect(other / DB_NAME) as conn:
        conn.execute("CREATE TABLE x (a)")
    with pytest.raises(StoreError, match="not a Fasilitaattori data file"):
        open_store(other)


def test_settings_are_json_and_local(tmp_path):
    wb = open_workbench(tmp_path)
    wb.set_setting("facilitator", {"name": "Silja", "languages": ["fi", "sv"]})
    wb.close()
    wb = open_workbench(tmp_path)
    assert wb.setting("facilitator") == {"name": "Silja", "languages": ["fi", "sv"]}
    assert "settings" not in json.dumps(list(dump_data(wb)))
    wb.close()


def _downgrade(data: Path, revision: str) -> None:
    from alembic import command

    store = open_store(data)
    try:
        with store.engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
    finally:
        store.close()


def _raw_clocks(path: Path) -> dict[tuple[str, str], str]:
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND sql LIKE '%clock TEXT%'")]
        return {(t, i): c for t in tables for i, c in conn.execute(f'SELECT id, clock FROM "{t}"')}


def test_field_clocks_become_compact_with_the_same_values_and_go_back_on_downgrade(tmp_path):
    """Migration 0004: every row's JSON clock map becomes the compact text of the same map, the
    search index stays whole, and a downgrade gives the JSON back byte for byte."""
    from fasilitaattori.core.clock import dump_clocks, load_clocks

    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(FIXTURES / "schema_0003_no_prefix_indexes.sqlite", data / DB_NAME)
    before = _raw_clocks(data / DB_NAME)
    assert len(before) > 100 and all(c.startswith("{") for c in before.values())
    wb = open_workbench(data)
    assert check_store(wb) == []
    wb.close()
    after = _raw_clocks(data / DB_NAME)
    added = after.keys() - before.keys()  # built-in methods newer than the fixture, seeded on opening
    assert before.keys() <= after.keys() and {table for table, _id in added} <= {"methods"}
    after = {key: after[key] for key in before}
    for key, text in after.items():
        assert load_clocks(text) == json.loads(before[key]), key
        assert text == dump_clocks(load_clocks(text)) and not text.startswith("{")
    assert sum(map(len, after.values())) < 0.5 * sum(map(len, before.values()))
    _downgrade(data, "0003_no_prefix_indexes")
    downgraded = _raw_clocks(data / DB_NAME)
    assert {key: downgraded[key] for key in before} == before


def _reference_indexes(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN "
                                 "('ix_notes_agenda_item_id', 'ix_notes_author_id', 'ix_tasks_owner_id', "
                                 "'ix_tasks_follow_up_workshop_id')"))


def test_mostly_empty_references_are_indexed_where_set_and_lookups_still_use_them(tmp_path):
    """Migration 0005: the indexes of a note's block and author and a task's owner and follow-up
    leave out empty values; an erasure's lookups still go through them, and a downgrade gives
    the full indexes back."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(FIXTURES / "schema_0004_compact_clocks.sqlite", data / DB_NAME)
    assert not any("WHERE" in sql for sql in _reference_indexes(data / DB_NAME).values())
    wb = open_workbench(data)
    assert check_store(wb) == []
    content = dump_data(wb)
    wb.close()
    indexes = _reference_indexes(data / DB_NAME)
    assert len(indexes) == 4
    for name, sql in indexes.items():
        column = name.split("_", 2)[2]
        assert sql.endswith(f"WHERE {column} IS NOT NULL"), sql
    with sqlite3.connect(data / DB_NAME) as conn:
        for statement, index in (("UPDATE notes SET author_id = NULL WHERE author_id IN (?, ?)", "ix_notes_author_id"),
                                 ("SELECT id FROM notes WHERE agenda_item_id IN (?, ?)", "ix_notes_agenda_item_id"),
                                 ("UPDATE tasks SET owner_id = NULL WHERE owner_id IN (?, ?)", "ix_tasks_owner_id")):
            plan = " ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {statement}", ("a", "b")))
            assert f"INDEX {index} " in plan, plan
    _downgrade(data, "0004_compact_clocks")
    assert not any("WHERE" in sql for sql in _reference_indexes(data / DB_NAME).values())
    wb = open_workbench(data)  # upgrades again, with the rows as they were
    assert dump_data(wb) == content
    wb.close()


def _agenda_columns(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [row[1] for row in conn.execute("PRAGMA table_info(agenda_items)")]


def test_blocks_get_live_times_never_run_and_lose_them_on_downgrade(tmp_path):
    """Migration 0006: every existing block gets no actual times and no extra minutes; a
    downgrade takes the three columns away and keeps the blocks."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(FIXTURES / "schema_0005_partial_reference_indexes.sqlite", data / DB_NAME)
    wb = open_workbench(data)
    blocks = dump_data(wb)["agenda_item"]
    wb.close()
    assert blocks and {(b["actual_start"], b["actual_end"], b["live_extra_min"]) for b in blocks} == {(None, None, 0)}
    _downgrade(data, "0005_partial_reference_indexes")
    columns = _agenda_columns(data / DB_NAME)
    assert "title" in columns and not {"actual_start", "actual_end", "live_extra_min"} & set(columns)
    with sqlite3.connect(data / DB_NAME) as conn:
        assert conn.execute("SELECT count(*) FROM agenda_items").fetchone()[0] == len(blocks)
