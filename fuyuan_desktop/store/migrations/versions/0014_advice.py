"""司法建议 workflow: to whom it was served, the administrative judgment it came from, the follow-up log.

A recommendation is now numbered at 签发 (not at drafting), so drafts keep an empty number; nothing to migrate for
that. ``recommendationtrack`` gains ``served_to`` (the organ the letter was served on), ``judgment_number`` (the
案号 of the administrative judgment a recommendation arose from, when it hangs on no mediation case) and
``follow_log`` (every dated 跟踪落实 note; ``follow_up`` keeps the latest one for the ledger).

Revision ID: 0014_advice
Revises: 0013_causes
Create Date: 2026-12-07 19:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0014_advice"
down_revision: str | None = "0013_causes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("recommendationtrack") as batch:
        batch.add_column(sa.Column("served_to", sqlmodel.sql.sqltypes.AutoString(length=200),
                                   nullable=False, server_default=""))
        batch.add_column(sa.Column("judgment_number", sqlmodel.sql.sqltypes.AutoString(length=40),
                                   nullable=False, server_default=""))
        batch.add_column(sa.Column("follow_log", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("recommendationtrack") as batch:
        batch.drop_column("follow_log")
        batch.drop_column("judgment_number")
        batch.drop_column("served_to")
