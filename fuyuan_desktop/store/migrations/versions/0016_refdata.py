"""Reference data a court owns: the 调解组织 registry, the official calendars by year, and the courts' full names.

- ``organisation``: the registry of 调解组织 (committees, administrative mediation bodies, lawyer studios, 特邀
  organisations); ``mediator.organisation_id`` links a mediator to one (nullable: the typed text stays).
- ``officialcalendar``: one row per imported year of the State Council's holiday arrangement.
- ``tribunal.seat``: where a tribunal sits.
- Courts and tribunals still carrying a name shipped before (宁江区人民法院, 前郭县人民法院长山人民法庭…) take the
  full names of ``courts.json``; a name the court edited itself is left alone.

Revision ID: 0016_refdata
Revises: 0015_thresholds
Create Date: 2026-12-07 19:00:00
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from importlib import resources

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0016_refdata"
down_revision: str | None = "0015_thresholds"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_S = sqlmodel.sql.sqltypes.AutoString


def _synced_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", _S(length=32), nullable=False),
        sa.Column("origin_device", _S(length=32), nullable=False),
        sa.Column("hlc", _S(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "organisation",
        *_synced_columns(),
        sa.Column("name", _S(length=100), nullable=False),
        sa.Column("kind", _S(length=24), nullable=False),
        sa.Column("place_id", _S(length=32), nullable=True),
        sa.Column("invited", sa.Boolean(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("note", _S(length=500), nullable=False),
        sa.ForeignKeyConstraint(["place_id"], ["place.id"], name=op.f("fk_organisation_place_id_place")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    op.create_index(op.f("ix_organisation_hlc"), "organisation", ["hlc"], unique=False)
    op.create_index(op.f("ix_organisation_name"), "organisation", ["name"], unique=False)
    op.create_table(
        "officialcalendar",
        *_synced_columns(),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("days_json", sa.Text(), nullable=False),
        sa.Column("source", _S(length=12), nullable=False),
        sa.Column("note", _S(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_officialcalendar")),
        sa.UniqueConstraint("year", name=op.f("uq_officialcalendar_year")),
    )
    op.create_index(op.f("ix_officialcalendar_hlc"), "officialcalendar", ["hlc"], unique=False)
    with op.batch_alter_table("mediator") as batch:
        batch.add_column(sa.Column("organisation_id", _S(length=32), nullable=True))
        batch.create_index(batch.f("ix_mediator_organisation_id"), ["organisation_id"], unique=False)
        batch.create_foreign_key(op.f("fk_mediator_organisation_id_organisation"), "organisation", ["organisation_id"], ["id"])
    with op.batch_alter_table("tribunal") as batch:
        batch.add_column(sa.Column("seat", _S(length=64), nullable=False, server_default=""))
    rename_shipped_courts(op.get_bind())


def rename_shipped_courts(bind: sa.engine.Connection) -> None:
    """Give shipped courts and tribunals still under a former shipped name their full names and seats."""
    text = resources.files("fuyuan_desktop.resources").joinpath("reference", "courts.json").read_text("utf-8")
    for court in json.loads(text)["courts"]:
        former = set(court.get("former_names", [])) | {court["name"]}
        row = bind.execute(sa.text("SELECT id, name, short_name FROM court WHERE code = :code"),
                           {"code": court["code"]}).first()
        if row is None:
            continue
        if row.name in former:
            bind.execute(sa.text("UPDATE court SET name = :name WHERE id = :id"), {"name": court["name"], "id": row.id})
        if row.short_name in set(court.get("former_short_names", [])):
            bind.execute(sa.text("UPDATE court SET short_name = :short WHERE id = :id"),
                         {"short": court["short_name"], "id": row.id})
        for tribunal in court.get("tribunals", []):
            names = set(tribunal.get("former_names", [])) | {tribunal["name"]}
            for trib in bind.execute(sa.text("SELECT id, name, seat FROM tribunal WHERE court_id = :court "
                                             "AND short_name = :short"),
                                     {"court": row.id, "short": tribunal["short_name"]}).all():
                values = {"id": trib.id, "name": tribunal["name"] if trib.name in names else trib.name,
                          "seat": trib.seat or tribunal.get("seat", "")}
                bind.execute(sa.text("UPDATE tribunal SET name = :name, seat = :seat WHERE id = :id"), values)


def downgrade() -> None:
    with op.batch_alter_table("tribunal") as batch:
        batch.drop_column("seat")
    with op.batch_alter_table("mediator") as batch:
        batch.drop_constraint(op.f("fk_mediator_organisation_id_organisation"), type_="foreignkey")
        batch.drop_index(batch.f("ix_mediator_organisation_id"))
        batch.drop_column("organisation_id")
    op.drop_index(op.f("ix_officialcalendar_hlc"), table_name="officialcalendar")
    op.drop_table("officialcalendar")
    op.drop_index(op.f("ix_organisation_name"), table_name="organisation")
    op.drop_index(op.f("ix_organisation_hlc"), table_name="organisation")
    op.drop_table("organisation")
