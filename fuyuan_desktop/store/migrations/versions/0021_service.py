"""送达记录: who a printed paper was served on, when, how, where, by whom, and whether it was signed or refused
(留置送达 with its witness). Synced like the case's other rows.

Revision ID: 0021_service
Revises: 0020_villages
Create Date: 2026-12-08 01:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from fuyuan_desktop.store.types import UTCDateTime

revision: str = "0021_service"
down_revision: str | None = "0020_villages"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _text(length: int) -> sqlmodel.sql.sqltypes.AutoString:
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def upgrade() -> None:
    op.create_table(
        "servicerecord",
        sa.Column("id", _text(32), nullable=False),
        sa.Column("origin_device", _text(32), nullable=False),
        sa.Column("hlc", _text(64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("dispute_id", _text(32), nullable=False),
        sa.Column("document_id", _text(32), nullable=False),
        sa.Column("party_id", _text(32), nullable=True),
        sa.Column("recipient", _text(200), nullable=False),
        sa.Column("served_on", sa.Date(), nullable=False),
        sa.Column("method", _text(16), nullable=False),
        sa.Column("place", _text(200), nullable=False),
        sa.Column("server", _text(64), nullable=False),
        sa.Column("receipt", _text(16), nullable=False),
        sa.Column("signer", _text(64), nullable=False),
        sa.Column("witness", _text(100), nullable=False),
        sa.Column("note", _text(500), nullable=False),
        sa.ForeignKeyConstraint(["dispute_id"], ["dispute.id"], name=op.f("fk_servicerecord_dispute_id_dispute")),
        sa.ForeignKeyConstraint(["document_id"], ["generateddocument.id"],
                                name=op.f("fk_servicerecord_document_id_generateddocument")),
        sa.ForeignKeyConstraint(["party_id"], ["party.id"], name=op.f("fk_servicerecord_party_id_party")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_servicerecord")),
    )
    with op.batch_alter_table("servicerecord") as batch:
        batch.create_index(batch.f("ix_servicerecord_dispute_id"), ["dispute_id"], unique=False)
        batch.create_index(batch.f("ix_servicerecord_document_id"), ["document_id"], unique=False)
        batch.create_index(batch.f("ix_servicerecord_served_on"), ["served_on"], unique=False)
        batch.create_index(batch.f("ix_servicerecord_hlc"), ["hlc"], unique=False)


def downgrade() -> None:
    op.drop_table("servicerecord")
