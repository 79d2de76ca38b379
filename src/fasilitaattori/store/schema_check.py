"""The store's indexes and triggers compared with the schema the migrations make, and what is
missing or different built again.

An index a large import dropped comes back through the index backlog; if that record is lost
(an unreadable `settings` value, a file copied half-way), the index would never come back and
searches would slowly get slower, or the search index would stop following edits. `check`
therefore compares every index and trigger with a store freshly made by the migrations.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache

_OBJECTS = "SELECT name, type, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL"


def _same(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip().lower()


@cache
def expected_objects() -> dict[str, tuple[str, str]]:
    """Name → (type, SQL) of each index and trigger of this version's schema."""
    from alembic import command
    from sqlalchemy import create_engine

    from .migrate import alembic_config

    engine = create_engine("sqlite://")
    try:
        with engine.begin() as connection:
            cfg = alembic_config()
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")
            rows = connection.exec_driver_sql(_OBJECTS).all()
    finally:
        engine.dispose()
    return {name: (kind, sql) for name, kind, sql in rows}


def differences(conn: sqlite3.Connection) -> list[str]:
    """Names of the indexes and triggers that are missing or differ from the schema."""
    present = {name: _same(sql) for name, _kind, sql in conn.execute(_OBJECTS)}
    return sorted(name for name, (_kind, sql) in expected_objects().items() if present.get(name) != _same(sql))


def repair(conn: sqlite3.Connection) -> list[str]:
    """Build again every index and trigger that is missing or differs, in one transaction;
    returns their names."""
    wrong = differences(conn)
    if not wrong:
        return []
    expected = expected_objects()
    conn.execute("BEGIN IMMEDIATE")
    try:
        for name in wrong:
            kind, sql = expected[name]
            conn.execute(f'DROP {kind.upper()} IF EXISTS "{name}"')
            conn.execute(sql)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return wrong
