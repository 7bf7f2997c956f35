"""Official 案由 on every case: the cause ("civil_2020:4.10.84"), the 人民调解 type, the review mark.

Existing cases are migrated from their old category with the reviewed mapping (resources/reference/causes/
legacy_categories.json): the one target, or the mapping's default where there are several, in which case
``cause_review`` keeps the old category so ``fuyuan case review-causes`` can list the case for a person to choose.
No case is left without a 案由. People-mediation cases get the 人民调解 type the catalogue suggests for the cause.

Revision ID: 0013_causes
Revises: 0012_linkage
Create Date: 2026-12-07 17:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0013_causes"
# The brief names 0006_receipt_key; the lead re-chains migrations at merge, and the store needs exactly one head
# to open, so this branch sits on main's head (0009_parties) like the ones before it.
down_revision: str | None = "0012_linkage"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("dispute") as batch:
        batch.add_column(sa.Column("cause", sqlmodel.sql.sqltypes.AutoString(length=40),
                                   nullable=False, server_default=""))
        batch.add_column(sa.Column("mediation_type", sqlmodel.sql.sqltypes.AutoString(length=8),
                                   nullable=False, server_default=""))
        batch.add_column(sa.Column("cause_review", sqlmodel.sql.sqltypes.AutoString(length=32),
                                   nullable=False, server_default=""))
        batch.create_index("ix_dispute_cause", ["cause"])
    backfill(op.get_bind())


def backfill(bind: sa.engine.Connection) -> None:
    """Give every case without a 案由 one from its old category (the mapping's default), marking ambiguous ones."""
    from fuyuan_desktop.domain.causes import CIVIL_2020, legacy_mappings, suggest_people_mediation_type

    mappings = legacy_mappings()
    rows = bind.execute(sa.text("SELECT id, category, mediation_kind FROM dispute WHERE cause = ''")).all()
    for dispute_id, category, kind in rows:
        mapping = mappings.get(category)
        if mapping is None:
            raise RuntimeError(f"case {dispute_id}: category {category!r} has no 案由 mapping")
        target = mapping.default
        mediation_type = ""
        if kind == "people" and target.catalogue == CIVIL_2020:
            suggestion = suggest_people_mediation_type(target.code)
            mediation_type = suggestion.type.code if suggestion else ""
        bind.execute(
            sa.text("UPDATE dispute SET cause = :cause, cause_review = :review, mediation_type = :mtype WHERE id = :id"),
            {"cause": f"{target.catalogue}:{target.code}", "review": category if mapping.ambiguous else "",
             "mtype": mediation_type, "id": dispute_id},
        )


def downgrade() -> None:
    with op.batch_alter_table("dispute") as batch:
        batch.drop_index("ix_dispute_cause")
        batch.drop_column("cause_review")
        batch.drop_column("mediation_type")
        batch.drop_column("cause")
