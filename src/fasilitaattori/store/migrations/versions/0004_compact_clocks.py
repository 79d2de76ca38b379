"""Field clocks are stored compactly: `deleted,kind,text@<clock>` instead of a JSON map.

Fields that share a clock value are listed once before it, and groups are separated by
spaces (`core.clock.dump_clocks`). Most rows were written in one edit, so their map of three to
ten fields becomes one group: the clocks of a note take 70 characters instead of about 180,
and the 10-year store and its bundles shrink by a quarter. Sync reads and writes less, and a
bundle's rows carry the text without escaped quotes.

Rows are converted in place. The search triggers re-index a row on any update, so they are
set aside while only the clocks change (nothing they index does), then restored. A clock text
that is not the JSON this revision expects is left as it is, for `check` to report.

Revision ID: 0004_compact_clocks
Revises: 0003_no_prefix_indexes
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from alembic import op

revision = "0004_compact_clocks"
down_revision = "0003_no_prefix_indexes"
branch_labels = None
depends_on = None

# The synced tables at this revision.
TABLES = ("projects", "methods", "workshops", "agenda_items", "participants", "attendances", "head_counts",
          "notes", "tasks", "feedback_questions", "feedback_responses", "feedback_answers", "question_sets",
          "photos", "conflicts", "erasures")


def _compact(text: str | None) -> str | None:
    """The JSON map as compact text (the format of `dump_clocks` at this revision)."""
    try:
        clocks = json.loads(text or "{}")
    except ValueError:
        return text
    if not isinstance(clocks, dict) or not all(isinstance(v, str) for v in clocks.values()):
        return text
    groups: dict[str, list[str]] = {}
    for name in sorted(clocks):
        groups.setdefault(clocks[name], []).append(name)
    return " ".join(",".join(names) + "@" + value for value, names in groups.items())


def _expand(text: str | None) -> str | None:
    clocks: dict[str, str] = {}
    for group in (text or "").split(" ") if text else ():
        names, _, value = group.partition("@")
        for name in names.split(","):
            clocks[name] = value
    return json.dumps(clocks, sort_keys=True)


def _convert(function: Callable[[str | None], str | None], name: str) -> None:
    conn = op.get_bind()
    raw = conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)  # the store is SQLite
    raw.create_function(name, 1, function, deterministic=True)
    triggers = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                    "AND name LIKE '%\\_fts\\_au' ESCAPE '\\'").fetchall()
    for trigger, _sql in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{trigger}"')
    for table in TABLES:
        conn.exec_driver_sql(f'UPDATE "{table}" SET clock = {name}(clock)')
    for _trigger, sql in triggers:
        conn.exec_driver_sql(sql)


def upgrade() -> None:
    _convert(_compact, "compact_clocks")


def downgrade() -> None:
    _convert(_expand, "expand_clocks")
