"""The places registry: codes, levels, parents, aliases, validity and the ancestors statistics group by.

Revision ID: 0011_places
Revises: 0010_drafts
Create Date: 2026-12-12 09:00:00

Only columns here. The shipped rows (Songyuan's statistical division codes and parks) are inserted when the store
is opened (``store/places.py``, ``seed_places``), through the audited bulk writer, so they are stamped and synced
like any other row; free-text places from before the registry keep ``source`` = legacy and are mapped to registry
places by the reviewed step in ``services/places.py``.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0011_places"
down_revision: str | None = "0010_drafts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_S = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    with op.batch_alter_table("place") as batch:
        batch.add_column(sa.Column("code", _S(length=16), nullable=False, server_default=""))
        batch.add_column(sa.Column("level", _S(length=12), nullable=False, server_default=""))
        batch.add_column(sa.Column("short_name", _S(length=64), nullable=False, server_default=""))
        batch.add_column(sa.Column("parent_id", _S(length=32), nullable=True))
        batch.add_column(sa.Column("aliases_json", sa.Text(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("township_code", _S(length=16), nullable=False, server_default=""))
        batch.add_column(sa.Column("park_code", _S(length=16), nullable=False, server_default=""))
        batch.add_column(sa.Column("valid_from", sa.Date(), nullable=True))
        batch.add_column(sa.Column("valid_to", sa.Date(), nullable=True))
        batch.add_column(sa.Column("source", _S(length=12), nullable=False, server_default="legacy"))
        batch.add_column(sa.Column("edition", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("inferred", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("note", _S(length=500), nullable=False, server_default=""))
        batch.add_column(sa.Column("mapped_to_id", _S(length=32), nullable=True))
        batch.create_index(batch.f("ix_place_code"), ["code"], unique=False)
        batch.create_index(batch.f("ix_place_parent_id"), ["parent_id"], unique=False)
        batch.create_index(batch.f("ix_place_township_code"), ["township_code"], unique=False)
        batch.create_index(batch.f("ix_place_park_code"), ["park_code"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("place") as batch:
        for name in ("park_code", "township_code", "parent_id", "code"):
            batch.drop_index(batch.f(f"ix_place_{name}"))
        for name in ("mapped_to_id", "note", "inferred", "edition", "source", "valid_to", "valid_from", "park_code",
                     "township_code", "aliases_json", "parent_id", "short_name", "level", "code"):
            batch.drop_column(name)
