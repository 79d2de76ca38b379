"""Imported feedback remembers its respondents; questions keep their options.

A response imported from a survey export keeps the tool's respondent id (or the row's
fingerprint) and the time it was given, so importing the same file again is recognised and
changes nothing. A choice or multi-select question keeps its options, one a line. Both are
plain columns with an empty default; older bundles without them are read with that default.

Revision ID: 0008_feedback_respondents
Revises: 0007_accessibility_needs
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_feedback_respondents"
down_revision = "0007_accessibility_needs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild): other tables refer to these by foreign key.
    op.add_column("feedback_responses", sa.Column("respondent", sa.String(length=120), nullable=False,
                                                  server_default=""))
    op.add_column("feedback_responses", sa.Column("answered_at", sa.String(length=32), nullable=False,
                                                  server_default=""))
    op.add_column("feedback_questions", sa.Column("options", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    op.drop_column("feedback_questions", "options")
    op.drop_column("feedback_responses", "answered_at")
    op.drop_column("feedback_responses", "respondent")
