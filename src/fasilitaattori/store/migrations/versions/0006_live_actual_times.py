"""Agenda blocks record what happened in live capture beside the plan.

`actual_start` and `actual_end` are the clock times ('HH:MM') a block really began and ended,
`live_extra_min` the minutes given to or taken from the running block ("+5 min"). The plan
(the workshop's start and the blocks' durations) is never changed by running it. Existing
blocks were never run live: no times, no extra minutes. Plain ADD COLUMN, no table rewrite.

Revision ID: 0006_live_actual_times
Revises: 0005_partial_reference_indexes
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_live_actual_times"
down_revision = "0005_partial_reference_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("agenda_items", sa.Column("actual_start", sa.String(length=5), nullable=True))
    op.add_column("agenda_items", sa.Column("actual_end", sa.String(length=5), nullable=True))
    op.add_column("agenda_items", sa.Column("live_extra_min", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+): a batch copy of the table would trip its notes' foreign keys.
    for column in ("live_extra_min", "actual_end", "actual_start"):
        op.execute(f"ALTER TABLE agenda_items DROP COLUMN {column}")
