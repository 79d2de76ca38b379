"""Agendas of several days, parallel tracks, fixed times, who leads and where.

A workshop says how many days it spans and when days 2, 3, ... start; a block says its day,
the clock time it is pinned to (if any), who leads it and in which room. A block whose
`track_of` names another block runs alongside that block's other tracks, within its slot.
The workshop also says which optional columns its agenda shows. All plain columns with defaults; older bundles without them are read with those defaults.

Revision ID: 0009_agenda_days_tracks
Revises: 0008_feedback_respondents
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_agenda_days_tracks"
down_revision = "0008_feedback_respondents"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild): other tables refer to these by foreign key.
    op.add_column("workshops", sa.Column("days", sa.Integer(), nullable=False, server_default="1"))
    op.add_column("workshops", sa.Column("day_starts", sa.Text(), nullable=False, server_default=""))
    op.add_column("workshops", sa.Column("agenda_columns", sa.String(length=64), nullable=False,
                                         server_default="who"))
    op.add_column("agenda_items", sa.Column("day", sa.Integer(), nullable=False, server_default="1"))
    op.add_column("agenda_items", sa.Column("track_of", sa.String(length=36), nullable=False,
                                            server_default=""))
    op.add_column("agenda_items", sa.Column("pinned_start", sa.String(length=5), nullable=True))
    op.add_column("agenda_items", sa.Column("leader", sa.Text(), nullable=False, server_default=""))
    op.add_column("agenda_items", sa.Column("room", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    for column in ("room", "leader", "pinned_start", "track_of", "day"):
        op.drop_column("agenda_items", column)
    op.drop_column("workshops", "agenda_columns")
    op.drop_column("workshops", "day_starts")
    op.drop_column("workshops", "days")
