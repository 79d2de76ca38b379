"""Tombstone flags lose their indexes: they misled the query planner.

Nearly every row is live, so an index on `deleted` selects almost everything; without table
statistics SQLite still preferred it to the index on `workshop_id`, which made "this workshop's
live notes" scan the whole table (140 ms instead of 0.2 ms on the 10-year store).
Plain DROP INDEX: the tables (and the search triggers on them) stay as they are.

Revision ID: 0002_no_deleted_indexes
Revises: 0001_initial
"""

from __future__ import annotations

from alembic import op

revision = "0002_no_deleted_indexes"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

TABLES = ('agenda_items', 'attendances', 'conflicts', 'erasures', 'feedback_answers', 'feedback_questions', 'feedback_responses', 'head_counts', 'methods', 'notes', 'participants', 'photos', 'projects', 'question_sets', 'tasks', 'workshops')


def upgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_deleted", table_name=table)


def downgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_deleted", table, ["deleted"], unique=False)
