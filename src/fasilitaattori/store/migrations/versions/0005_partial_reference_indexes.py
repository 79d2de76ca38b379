"""References that most rows leave empty are indexed only where they are set.

A note's block and author and a task's owner and follow-up workshop are often empty (on the
10-year store, every author and a quarter of the blocks). Every lookup by one of them asks for
a value (`= ?`, `IN (…)`, a foreign-key check), which SQLite answers from an index restricted
to `IS NOT NULL` as well, so the empty rows need no entries. The indexes get smaller, and a
sync import into an empty store, which builds them after copying the rows, builds them sooner.
Plain DROP INDEX and CREATE INDEX under the same names.

Revision ID: 0005_partial_reference_indexes
Revises: 0004_compact_clocks
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_partial_reference_indexes"
down_revision = "0004_compact_clocks"
branch_labels = None
depends_on = None

COLUMNS = (("notes", "agenda_item_id"), ("notes", "author_id"), ("tasks", "owner_id"),
           ("tasks", "follow_up_workshop_id"))


def upgrade() -> None:
    for table, column in COLUMNS:
        op.drop_index(f"ix_{table}_{column}", table_name=table)
        op.create_index(f"ix_{table}_{column}", table, [column], unique=False,
                        sqlite_where=sa.text(f"{column} IS NOT NULL"))


def downgrade() -> None:
    for table, column in COLUMNS:
        op.drop_index(f"ix_{table}_{column}", table_name=table)
        op.create_index(f"ix_{table}_{column}", table, [column], unique=False)
