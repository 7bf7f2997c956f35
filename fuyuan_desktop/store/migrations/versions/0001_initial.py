"""Initial schema: the case store, sync columns, audit chain and the party-name search index.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-27 00:10:43.201957
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Trigram index over party names, kept in step by triggers (dropped and rebuilt around bulk loads).
PARTY_FTS_CREATE = (
    "CREATE VIRTUAL TABLE party_fts USING fts5(name, content='party', content_rowid='rowid', tokenize='trigram')",
    "CREATE TRIGGER party_fts_ai AFTER INSERT ON party BEGIN "
    "INSERT INTO party_fts(rowid, name) VALUES (new.rowid, new.name); END",
    "CREATE TRIGGER party_fts_ad AFTER DELETE ON party BEGIN "
    "INSERT INTO party_fts(party_fts, rowid, name) VALUES ('delete', old.rowid, old.name); END",
    "CREATE TRIGGER party_fts_au AFTER UPDATE OF name ON party BEGIN "
    "INSERT INTO party_fts(party_fts, rowid, name) VALUES ('delete', old.rowid, old.name); "
    "INSERT INTO party_fts(rowid, name) VALUES (new.rowid, new.name); END",
)
PARTY_FTS_DROP = (
    "DROP TRIGGER IF EXISTS party_fts_ai",
    "DROP TRIGGER IF EXISTS party_fts_ad",
    "DROP TRIGGER IF EXISTS party_fts_au",
    "DROP TABLE IF EXISTS party_fts",
)


def upgrade() -> None:

    op.create_table(
        "auditevent",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("at", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("device_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("entity", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("entity_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("dispute_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("before_json", sa.Text(), nullable=False),
        sa.Column("after_json", sa.Text(), nullable=False),
        sa.Column("prev_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_auditevent")),
        sa.UniqueConstraint("id", name=op.f("uq_auditevent_id")),
    )
    with op.batch_alter_table("auditevent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_auditevent_dispute_id"), ["dispute_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_auditevent_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "counter",
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_counter")),
    )
    op.create_table(
        "court",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("short_name", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("division_code", sqlmodel.sql.sqltypes.AutoString(length=6), nullable=False),
        sa.Column("level", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("parent_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.ForeignKeyConstraint(["parent_id"], ["court.id"], name=op.f("fk_court_parent_id_court")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_court")),
        sa.UniqueConstraint("code", name=op.f("uq_court_code")),
    )
    with op.batch_alter_table("court", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_court_hlc"), ["hlc"], unique=False)

    op.create_table(
        "party",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("name_pinyin", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False),
        sa.Column("name_initials", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("id_number", sqlmodel.sql.sqltypes.AutoString(length=18), nullable=False),
        sa.Column("id_number_rev", sqlmodel.sql.sqltypes.AutoString(length=18), nullable=False),
        sa.Column("sex", sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("ethnicity", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("occupation", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("credit_code", sqlmodel.sql.sqltypes.AutoString(length=18), nullable=False),
        sa.Column("representative", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("representative_title", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("address", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("service_address", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party")),
    )
    with op.batch_alter_table("party", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_party_credit_code"), ["credit_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_party_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_party_id_number"), ["id_number"], unique=False)
        batch_op.create_index("ix_party_id_number_rev", ["id_number_rev"], unique=False)
        batch_op.create_index(batch_op.f("ix_party_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_party_name_initials"), ["name_initials"], unique=False)
        batch_op.create_index("ix_party_name_phone", ["name", "phone"], unique=False)
        batch_op.create_index(batch_op.f("ix_party_name_pinyin"), ["name_pinyin"], unique=False)
        batch_op.create_index(batch_op.f("ix_party_phone"), ["phone"], unique=False)

    op.create_table(
        "referencedata",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referencedata")),
        sa.UniqueConstraint("key", name=op.f("uq_referencedata_key")),
    )
    with op.batch_alter_table("referencedata", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referencedata_hlc"), ["hlc"], unique=False)

    op.create_table(
        "tribunal",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("court_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("short_name", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("address", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.ForeignKeyConstraint(["court_id"], ["court.id"], name=op.f("fk_tribunal_court_id_court")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tribunal")),
    )
    with op.batch_alter_table("tribunal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tribunal_court_id"), ["court_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_tribunal_hlc"), ["hlc"], unique=False)

    op.create_table(
        "device",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("tag", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("court_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("tribunal_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("is_self", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["court_id"], ["court.id"], name=op.f("fk_device_court_id_court")),
        sa.ForeignKeyConstraint(["tribunal_id"], ["tribunal.id"], name=op.f("fk_device_tribunal_id_tribunal")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device")),
    )
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_device_hlc"), ["hlc"], unique=False)

    op.create_table(
        "mediator",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
        sa.Column("organization", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("roster_number", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("tribunal_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["tribunal_id"], ["tribunal.id"], name=op.f("fk_mediator_tribunal_id_tribunal")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mediator")),
    )
    with op.batch_alter_table("mediator", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mediator_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_mediator_name"), ["name"], unique=False)

    op.create_table(
        "place",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
        sa.Column("township", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("county_code", sqlmodel.sql.sqltypes.AutoString(length=6), nullable=False),
        sa.Column("division_code", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
        sa.Column("tribunal_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("name_initials", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.ForeignKeyConstraint(["tribunal_id"], ["tribunal.id"], name=op.f("fk_place_tribunal_id_tribunal")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_place")),
    )
    with op.batch_alter_table("place", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_place_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_place_name"), ["name"], unique=False)

    op.create_table(
        "dispute",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("provisional_number", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("official_number", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
        sa.Column("provisional_key", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("official_key", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("court_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("tribunal_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("place_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("place_text", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("category", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("mediation_kind", sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("claims", sa.Text(), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
        sa.Column("outcome", sqlmodel.sql.sqltypes.AutoString(length=24), nullable=True),
        sa.Column("outcome_note", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("accepted_on", sa.Date(), nullable=True),
        sa.Column("extension_days", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("owner_device", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.ForeignKeyConstraint(["court_id"], ["court.id"], name=op.f("fk_dispute_court_id_court")),
        sa.ForeignKeyConstraint(["place_id"], ["place.id"], name=op.f("fk_dispute_place_id_place")),
        sa.ForeignKeyConstraint(["tribunal_id"], ["tribunal.id"], name=op.f("fk_dispute_tribunal_id_tribunal")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispute")),
        sa.UniqueConstraint("official_number", name=op.f("uq_dispute_official_number")),
        sa.UniqueConstraint("provisional_number", name=op.f("uq_dispute_provisional_number")),
    )
    with op.batch_alter_table("dispute", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dispute_category"), ["category"], unique=False)
        batch_op.create_index(batch_op.f("ix_dispute_court_id"), ["court_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_dispute_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_dispute_official_key"), ["official_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_dispute_place_id"), ["place_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_dispute_provisional_key"), ["provisional_key"], unique=False)
        batch_op.create_index("ix_dispute_registered_on", ["registered_on"], unique=False)
        batch_op.create_index("ix_dispute_status_registered", ["status", "registered_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_dispute_tribunal_id"), ["tribunal_id"], unique=False)

    op.create_table(
        "agreement",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("dispute_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("supersedes_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.Column("responsibilities", sa.Text(), nullable=False),
        sa.Column("breach_terms", sa.Text(), nullable=False),
        sa.Column("confirmation_clause", sa.Boolean(), nullable=False),
        sa.Column("finalized_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finalized_by", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=True),
        sa.Column("content_sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.ForeignKeyConstraint(["dispute_id"], ["dispute.id"], name=op.f("fk_agreement_dispute_id_dispute")),
        sa.ForeignKeyConstraint(["supersedes_id"], ["agreement.id"], name=op.f("fk_agreement_supersedes_id_agreement")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
        sa.UniqueConstraint("dispute_id", "version", name=op.f("uq_agreement_dispute_id_version")),
    )
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_dispute_id"), ["dispute_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_hlc"), ["hlc"], unique=False)

    op.create_table(
        "attachment",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("dispute_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("filename", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("media_type", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.ForeignKeyConstraint(["dispute_id"], ["dispute.id"], name=op.f("fk_attachment_dispute_id_dispute")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_dispute_id"), ["dispute_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_sha256"), ["sha256"], unique=False)

    op.create_table(
        "caseparty",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("dispute_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("party_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("represents_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("agent_authority", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.ForeignKeyConstraint(["dispute_id"], ["dispute.id"], name=op.f("fk_caseparty_dispute_id_dispute")),
        sa.ForeignKeyConstraint(["party_id"], ["party.id"], name=op.f("fk_caseparty_party_id_party")),
        sa.ForeignKeyConstraint(["represents_id"], ["party.id"], name=op.f("fk_caseparty_represents_id_party")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caseparty")),
        sa.UniqueConstraint("dispute_id", "party_id", "role", name=op.f("uq_caseparty_dispute_id_party_id_role")),
    )
    with op.batch_alter_table("caseparty", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_caseparty_dispute_id"), ["dispute_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_caseparty_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_caseparty_party_id"), ["party_id"], unique=False)

    op.create_table(
        "disputemediator",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("dispute_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("mediator_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("is_lead", sa.Boolean(), nullable=False),
        sa.Column("assigned_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["dispute_id"], ["dispute.id"], name=op.f("fk_disputemediator_dispute_id_dispute")),
        sa.ForeignKeyConstraint(["mediator_id"], ["mediator.id"], name=op.f("fk_disputemediator_mediator_id_mediator")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disputemediator")),
        sa.UniqueConstraint("dispute_id", "mediator_id", name=op.f("uq_disputemediator_dispute_id_mediator_id")),
    )
    with op.batch_alter_table("disputemediator", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_disputemediator_dispute_id"), ["dispute_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_disputemediator_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_disputemediator_mediator_id"), ["mediator_id"], unique=False)

    op.create_table(
        "followup",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("dispute_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("result", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
        sa.ForeignKeyConstraint(["dispute_id"], ["dispute.id"], name=op.f("fk_followup_dispute_id_dispute")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_followup")),
    )
    with op.batch_alter_table("followup", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_followup_dispute_id"), ["dispute_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_followup_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_followup_hlc"), ["hlc"], unique=False)

    op.create_table(
        "generateddocument",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("dispute_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("source_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("verification_code", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("blob_sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("superseded_by_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.ForeignKeyConstraint(["dispute_id"], ["dispute.id"], name=op.f("fk_generateddocument_dispute_id_dispute")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_generateddocument")),
    )
    with op.batch_alter_table("generateddocument", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_generateddocument_dispute_id"), ["dispute_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_generateddocument_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_generateddocument_sha256"), ["sha256"], unique=False)
        batch_op.create_index(batch_op.f("ix_generateddocument_verification_code"), ["verification_code"], unique=False)

    op.create_table(
        "mediationsession",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("dispute_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("scheduled_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("place_text", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("record_text", sa.Text(), nullable=False),
        sa.Column("record_saved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("record_revision", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["dispute_id"], ["dispute.id"], name=op.f("fk_mediationsession_dispute_id_dispute")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mediationsession")),
    )
    with op.batch_alter_table("mediationsession", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mediationsession_dispute_id"), ["dispute_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mediationsession_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_mediationsession_scheduled_at"), ["scheduled_at"], unique=False)

    op.create_table(
        "agreementclause",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("agreement_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("obligor", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=True),
        sa.Column("performance_method", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreement.id"], name=op.f("fk_agreementclause_agreement_id_agreement")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreementclause")),
        sa.UniqueConstraint("agreement_id", "position", name=op.f("uq_agreementclause_agreement_id_position")),
    )
    with op.batch_alter_table("agreementclause", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreementclause_agreement_id"), ["agreement_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreementclause_hlc"), ["hlc"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("session_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
        sa.Column("party_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("mediator_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("checked_in_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["mediator_id"], ["mediator.id"], name=op.f("fk_attendance_mediator_id_mediator")),
        sa.ForeignKeyConstraint(["party_id"], ["party.id"], name=op.f("fk_attendance_party_id_party")),
        sa.ForeignKeyConstraint(
            ["session_id"], ["mediationsession.id"], name=op.f("fk_attendance_session_id_mediationsession")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_session_id"), ["session_id"], unique=False)

    op.create_table(
        "recordrevision",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("session_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("saved_by", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"], ["mediationsession.id"], name=op.f("fk_recordrevision_session_id_mediationsession")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recordrevision")),
        sa.UniqueConstraint("session_id", "revision", name=op.f("uq_recordrevision_session_id_revision")),
    )
    with op.batch_alter_table("recordrevision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_recordrevision_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_recordrevision_session_id"), ["session_id"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        for statement in PARTY_FTS_CREATE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in PARTY_FTS_DROP:
            op.execute(statement)

    with op.batch_alter_table("recordrevision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recordrevision_session_id"))
        batch_op.drop_index(batch_op.f("ix_recordrevision_hlc"))

    op.drop_table("recordrevision")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_session_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_hlc"))

    op.drop_table("attendance")
    with op.batch_alter_table("agreementclause", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreementclause_hlc"))
        batch_op.drop_index(batch_op.f("ix_agreementclause_agreement_id"))

    op.drop_table("agreementclause")
    with op.batch_alter_table("mediationsession", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mediationsession_scheduled_at"))
        batch_op.drop_index(batch_op.f("ix_mediationsession_hlc"))
        batch_op.drop_index(batch_op.f("ix_mediationsession_dispute_id"))

    op.drop_table("mediationsession")
    with op.batch_alter_table("generateddocument", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_generateddocument_verification_code"))
        batch_op.drop_index(batch_op.f("ix_generateddocument_sha256"))
        batch_op.drop_index(batch_op.f("ix_generateddocument_hlc"))
        batch_op.drop_index(batch_op.f("ix_generateddocument_dispute_id"))

    op.drop_table("generateddocument")
    with op.batch_alter_table("followup", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_followup_hlc"))
        batch_op.drop_index(batch_op.f("ix_followup_due_on"))
        batch_op.drop_index(batch_op.f("ix_followup_dispute_id"))

    op.drop_table("followup")
    with op.batch_alter_table("disputemediator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_disputemediator_mediator_id"))
        batch_op.drop_index(batch_op.f("ix_disputemediator_hlc"))
        batch_op.drop_index(batch_op.f("ix_disputemediator_dispute_id"))

    op.drop_table("disputemediator")
    with op.batch_alter_table("caseparty", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_caseparty_party_id"))
        batch_op.drop_index(batch_op.f("ix_caseparty_hlc"))
        batch_op.drop_index(batch_op.f("ix_caseparty_dispute_id"))

    op.drop_table("caseparty")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_sha256"))
        batch_op.drop_index(batch_op.f("ix_attachment_hlc"))
        batch_op.drop_index(batch_op.f("ix_attachment_dispute_id"))

    op.drop_table("attachment")
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_hlc"))
        batch_op.drop_index(batch_op.f("ix_agreement_dispute_id"))

    op.drop_table("agreement")
    with op.batch_alter_table("dispute", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dispute_tribunal_id"))
        batch_op.drop_index("ix_dispute_status_registered")
        batch_op.drop_index("ix_dispute_registered_on")
        batch_op.drop_index(batch_op.f("ix_dispute_provisional_key"))
        batch_op.drop_index(batch_op.f("ix_dispute_place_id"))
        batch_op.drop_index(batch_op.f("ix_dispute_official_key"))
        batch_op.drop_index(batch_op.f("ix_dispute_hlc"))
        batch_op.drop_index(batch_op.f("ix_dispute_court_id"))
        batch_op.drop_index(batch_op.f("ix_dispute_category"))

    op.drop_table("dispute")
    with op.batch_alter_table("place", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_place_name"))
        batch_op.drop_index(batch_op.f("ix_place_hlc"))

    op.drop_table("place")
    with op.batch_alter_table("mediator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mediator_name"))
        batch_op.drop_index(batch_op.f("ix_mediator_hlc"))

    op.drop_table("mediator")
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_device_hlc"))

    op.drop_table("device")
    with op.batch_alter_table("tribunal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tribunal_hlc"))
        batch_op.drop_index(batch_op.f("ix_tribunal_court_id"))

    op.drop_table("tribunal")
    with op.batch_alter_table("referencedata", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referencedata_hlc"))

    op.drop_table("referencedata")
    with op.batch_alter_table("party", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_party_phone"))
        batch_op.drop_index(batch_op.f("ix_party_name_pinyin"))
        batch_op.drop_index("ix_party_name_phone")
        batch_op.drop_index(batch_op.f("ix_party_name_initials"))
        batch_op.drop_index(batch_op.f("ix_party_name"))
        batch_op.drop_index("ix_party_id_number_rev")
        batch_op.drop_index(batch_op.f("ix_party_id_number"))
        batch_op.drop_index(batch_op.f("ix_party_hlc"))
        batch_op.drop_index(batch_op.f("ix_party_credit_code"))

    op.drop_table("party")
    with op.batch_alter_table("court", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_court_hlc"))

    op.drop_table("court")
    op.drop_table("counter")
    with op.batch_alter_table("auditevent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_auditevent_entity_id"))
        batch_op.drop_index(batch_op.f("ix_auditevent_dispute_id"))

    op.drop_table("auditevent")
