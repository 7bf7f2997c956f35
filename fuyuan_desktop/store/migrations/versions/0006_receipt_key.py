"""The device's age recipient at the hub, so receipts written to a stick are encrypted to that device.

Revision ID: 0006_receipt_key
Revises: 0005_trust
Create Date: 2026-12-01 17:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0006_receipt_key"
down_revision: str | None = "0005_trust"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("hubdevice") as batch:
        batch.add_column(sa.Column("receipt_recipient", sqlmodel.sql.sqltypes.AutoString(length=100),
                                   nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("hubdevice") as batch:
        batch.drop_column("receipt_recipient")
