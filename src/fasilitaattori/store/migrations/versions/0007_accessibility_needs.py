"""A participant's accessibility needs: interpreter, hearing loop, assistant, diet, other needs.

Disability councils ask for them when inviting; the run sheet and packing list count them.
Existing people get "no needs" (server defaults), so older rows and bundles stay valid.

Revision ID: 0007_accessibility_needs
Revises: 0006_live_actual_times
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_accessibility_needs"
down_revision = "0006_live_actual_times"
branch_labels = None
depends_on = None

FLAGS = ("need_interpreter", "need_hearing_loop", "need_assistant")
TEXTS = ("diet", "other_needs")


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN: a batch copy of the table would trip the foreign keys
    # of attendance, notes and tasks that point at it.
    for name in FLAGS:
        op.add_column("participants", sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false()))
    for name in TEXTS:
        op.add_column("participants", sa.Column(name, sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    for name in FLAGS + TEXTS:
        op.execute(f"ALTER TABLE participants DROP COLUMN {name}")
