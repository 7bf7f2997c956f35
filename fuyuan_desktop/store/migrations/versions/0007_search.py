"""The name index: postings of name characters, pairs, prefixes and pinyin keys per case, newest first.

Revision ID: 0007_search
Revises: 0006_receipt_key
Create Date: 2026-12-10 09:00:00

SQLite only (the hub's PostgreSQL does not search by name). Filled from the existing links when the
migration runs; kept in step by triggers afterwards, which bulk loads drop and rebuild around their rows.
The statements come from ``fuyuan_desktop.store.search`` so that the bulk rebuild and the migration can
never disagree; a later change to the index must come with its own migration that drops and refills it.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0007_search"
down_revision: str | None = "0006_receipt_key"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from fuyuan_desktop.store.search import create_name_index

    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        create_name_index(bind)


def downgrade() -> None:
    from fuyuan_desktop.store.search import NAME_KEY_TRIGGERS

    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in NAME_KEY_TRIGGERS:
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        bind.exec_driver_sql("DROP TABLE IF EXISTS name_key")
        bind.exec_driver_sql("DROP TABLE IF EXISTS search_pos")
