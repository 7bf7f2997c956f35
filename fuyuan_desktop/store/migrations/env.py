"""Alembic environment for the Fuyuan store (SQLite on laptops, SQLite or PostgreSQL at the hub)."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import Connection, create_engine
from sqlmodel import SQLModel

import fuyuan_desktop.store.models  # noqa: F401  (registers the tables)

config = context.config
target_metadata = SQLModel.metadata


def include_name(name: str | None, type_: str, _parent: Any) -> bool:
    # The FTS5 search index and its shadow tables, and the name index (0007_search), are made by hand in
    # their migrations, not by models.
    return not (type_ == "table" and name is not None
                and (name.startswith("party_fts") or name in ("name_key", "search_pos")))


def render_item(type_: str, obj: Any, _autogen_context: AutogenContext) -> str | Literal[False]:
    # Migrations stay self-contained: our UTC decorator is rendered as the plain column type it wraps.
    if type_ == "type" and type(obj).__name__ == "UTCDateTime":
        return "sa.DateTime(timezone=True)"
    return False


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_name=include_name,
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported")
run_migrations_online()
