"""Schema upgrades with Alembic: back up, then migrate to head; refuse a database from a newer app."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from fuyuan_desktop import __version__
from fuyuan_desktop.domain.errors import SchemaTooNewError
from fuyuan_desktop.store.backup import backup_sqlite

if TYPE_CHECKING:
    from alembic.config import Config

_REVISION = re.compile(r"^revision(?:: str)? = ['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision(?:: str \| None)? = ['\"]([^'\"]+)['\"]", re.MULTILINE)


@lru_cache(maxsize=1)
def shipped_revisions() -> tuple[frozenset[str], str]:
    """Every revision this app ships and its head, read from the migration files without importing Alembic.

    Alembic (with mako and pygments) costs ~0.15 s and 13 MB at start; it is imported only when a
    database actually needs upgrading. ``test_migrations`` checks this agrees with Alembic's own view.
    """
    folder = resources.files("fuyuan_desktop.store") / "migrations" / "versions"
    revisions: set[str] = set()
    parents: set[str] = set()
    for entry in folder.iterdir():
        if entry.name.endswith(".py"):
            source = entry.read_text(encoding="utf-8")
            revisions.update(_REVISION.findall(source))
            parents.update(_DOWN.findall(source))
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {sorted(heads)}")
    return frozenset(revisions), heads.pop()


def alembic_config(url: str = "") -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("fuyuan_desktop.store") / "migrations"))
    if url:
        cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def head_revision() -> str:
    return shipped_revisions()[1]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def ensure_not_newer(engine: Engine) -> str | None:
    """Raise ``SchemaTooNewError`` if the database's revision is unknown to this version of the app."""
    current = current_revision(engine)
    if current is None:
        return None
    known, _head = shipped_revisions()
    if current not in known:
        raise SchemaTooNewError(
            f"此数据库由更新版本的 Fuyuan Desktop 创建（架构版本 {current}），"
            f"当前程序版本 {__version__} 无法打开它。请安装最新版本后再打开；数据库未作任何改动。"
        )
    return current


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def upgrade_to_head(engine: Engine, *, backups: Path | None = None, key: bytes | None = None) -> UpgradeResult:
    """Bring the schema to head. A SQLite file that has data is backed up first."""
    current = ensure_not_newer(engine)
    head = head_revision()
    if current == head:
        return UpgradeResult(current, head, None)
    backup: Path | None = None
    database = engine.url.database
    if backups is not None and current is not None and engine.dialect.name == "sqlite" and database:
        backup = backup_sqlite(Path(database), backups, f"before-upgrade-{current[:8]}", key=key)
    from alembic import command

    cfg = alembic_config()
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        if sqlite and raw is not None:
            # Batch migrations rebuild a table (create, copy, drop, rename); with foreign keys enforced, dropping
            # a table other rows point at fails. Off for the upgrade (outside any transaction, as SQLite needs),
            # checked after, on again.
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration left {len(broken)} dangling references, e.g. {broken[0]}")
        finally:
            if sqlite and raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")
    return UpgradeResult(current, head, backup)
