"""Parties as the law sees them: a recorded civil capacity, the 法定代理人's relation, an agent's powers.

Revision ID: 0009_parties
Revises: 0008_papers
Create Date: 2026-12-08 09:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0009_parties"
# The lead re-chains migrations at merge; this branch sits on main's head so the store opens.
down_revision: str | None = "0008_papers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("party") as batch:
        batch.add_column(sa.Column("capacity", sqlmodel.sql.sqltypes.AutoString(length=16),
                                   nullable=False, server_default=""))
        batch.add_column(sa.Column("capacity_basis", sqlmodel.sql.sqltypes.AutoString(length=200),
                                   nullable=False, server_default=""))
    with op.batch_alter_table("caseparty") as batch:
        batch.add_column(sa.Column("agent_powers", sqlmodel.sql.sqltypes.AutoString(length=200),
                                   nullable=False, server_default=""))
        batch.add_column(sa.Column("relation", sqlmodel.sql.sqltypes.AutoString(length=32),
                                   nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("caseparty") as batch:
        batch.drop_column("relation")
        batch.drop_column("agent_powers")
    with op.batch_alter_table("party") as batch:
        batch.drop_column("capacity_basis")
        batch.drop_column("capacity")
