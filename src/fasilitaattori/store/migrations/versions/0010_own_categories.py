"""Block categories of the user's own: a name, a colour and how its time counts.

A new synced table; a block names an own category by the row's id ("c-" and 12 hex digits,
short enough for the block's category column). Older bundles hold no such rows.

Revision ID: 0010_own_categories
Revises: 0009_agenda_days_tracks
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_own_categories"
down_revision = "0009_agenda_days_tracks"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "categories",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("colour", sa.String(length=7), nullable=False),
        sa.Column("counts_as", sa.String(length=16), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("clock", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_categories")),
    )


def downgrade() -> None:
    op.drop_table("categories")
