"""Papers a judge signs: the signed content of an agreement and the issued content of every paper, frozen.

Revision ID: 0008_papers
Revises: 0007_search
Create Date: 2026-12-07 09:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_papers"
down_revision: str | None = "0007_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("agreement") as batch:
        batch.add_column(sa.Column("signed_json", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("generateddocument") as batch:
        batch.add_column(sa.Column("content_json", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("generateddocument") as batch:
        batch.drop_column("content_json")
    with op.batch_alter_table("agreement") as batch:
        batch.drop_column("signed_json")
