"""Schema upgrades with Alembic: back up, then migrate to head; refuse a database from a newer app."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from fuyuan_desktop import __version__
from fuyuan_desktop.domain.errors import SchemaTooNewError
from fuyuan_desktop.store.backup import backup_sqlite


def alembic_config(url: str = "") -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("fuyuan_desktop.store") / "migrations"))
    if url:
        cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def ensure_not_newer(engine: Engine) -> str | None:
    """Raise ``SchemaTooNewError`` if the database's revision is unknown to this version of the app."""
    current = current_revision(engine)
    if current is None:
        return None
    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
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


def upgrade_to_head(engine: Engine, *, backups: Path | None = None) -> UpgradeResult:
    """Bring the schema to head. A SQLite file that has data is backed up first."""
    current = ensure_not_newer(engine)
    head = head_revision()
    if current == head:
        return UpgradeResult(current, head, None)
    backup: Path | None = None
    database = engine.url.database
    if backups is not None and current is not None and engine.dialect.name == "sqlite" and database:
        backup = backup_sqlite(Path(database), backups, f"before-upgrade-{current[:8]}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return UpgradeResult(current, head, backup)
