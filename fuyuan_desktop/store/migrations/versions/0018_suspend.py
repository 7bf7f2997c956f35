"""中止 and 转立案: a case's mediation period may be suspended (the date and the reason while it stands still, and
the days it stood still once resumed), and the 无争议事实 recorded when a failed mediation goes to 立案. Columns of
the dispute, synced with it.

Revision ID: 0018_suspend
Revises: 0017_confirm
Create Date: 2026-12-07 23:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0018_suspend"
down_revision: str | None = "0017_confirm"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("dispute") as batch:
        batch.add_column(sa.Column("suspended_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("suspension_reason", sqlmodel.sql.sqltypes.AutoString(length=200),
                                   nullable=False, server_default=""))
        batch.add_column(sa.Column("paused_days", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("undisputed_facts", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("dispute") as batch:
        batch.drop_column("undisputed_facts")
        batch.drop_column("paused_days")
        batch.drop_column("suspension_reason")
        batch.drop_column("suspended_on")
