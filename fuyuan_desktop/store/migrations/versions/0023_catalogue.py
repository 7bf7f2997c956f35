"""案由目录的修订: an administrator's amendments to the shipped 案由 catalogues (add an entry under a parent,
rename one, retire one with its reason), one synced row each, pushed by the hub like the other court reference data.

Revision ID: 0023_catalogue
Revises: 0022_whitepaper
Create Date: 2026-12-08 01:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from fuyuan_desktop.store.types import UTCDateTime

revision: str = "0023_catalogue"
down_revision: str | None = "0022_whitepaper"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_S = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table(
        "causeamendment",
        sa.Column("id", _S(length=32), nullable=False),
        sa.Column("origin_device", _S(length=32), nullable=False),
        sa.Column("hlc", _S(length=64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("catalogue", _S(length=32), nullable=False),
        sa.Column("edition", _S(length=64), nullable=False),
        sa.Column("kind", _S(length=12), nullable=False),
        sa.Column("code", _S(length=64), nullable=False),
        sa.Column("parent", _S(length=64), nullable=False),
        sa.Column("number", _S(length=16), nullable=False),
        sa.Column("name", _S(length=100), nullable=False),
        sa.Column("reason", _S(length=500), nullable=False),
        sa.Column("made_by", _S(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_causeamendment")),
    )
    with op.batch_alter_table("causeamendment") as batch:
        batch.create_index(batch.f("ix_causeamendment_code"), ["code"], unique=False)
        batch.create_index(batch.f("ix_causeamendment_hlc"), ["hlc"], unique=False)


def downgrade() -> None:
    op.drop_table("causeamendment")
