"""The workspace: one handle on the open data — database, actor and role, today, reference data, paths, blobs.

Every frontend (workbench, ``fuyuan`` command, hub, benchmarks, self-check) opens its data with
``open_workspace`` and passes the workspace to the services; nothing else builds a blob store or
repeats the login, encryption, backup and warning steps. See docs/architecture.md.

The frontends name the data folder through this module (``DataPaths``, ``resolve_data_paths``), so it
stays light: the workbench imports it before its window paints, when SQLAlchemy must not load yet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from fuyuan_desktop.domain.court_time import court_today
from fuyuan_desktop.domain.errors import AuthenticationError, DiskFullError, ValidationError
from fuyuan_desktop.store import folder_lock
from fuyuan_desktop.store.blobs import BlobStore
from fuyuan_desktop.store.paths import DataPaths, resolve_data_paths

if TYPE_CHECKING:  # the database, change and reference modules load SQLAlchemy: only when a workspace is opened
    from fuyuan_desktop.services.changes import ChangeFeed
    from fuyuan_desktop.services.reference import Reference
    from fuyuan_desktop.store.db import Database

# The data folder's layout and where it is (``--data-dir``, FUYUAN_DATA_DIR, the platform's default) are part of
# opening a workspace: frontends take them from here, not from the store.
__all__ = ["BlobStore", "DataPaths", "Workspace", "open_workspace", "resolve_data_paths"]


@dataclass
class Workspace:
    """Passed to every service function; the actor's name goes into the audit chain.

    ``role`` is the logged-in account's role (judge, clerk, mediator, admin), checked by
    services/permissions.py. ``None`` means no account system: a store without a keyring
    (tests, tools, stores made before accounts existed), where every action is allowed.
    ``paths`` is the data folder (the hub's folder for the hub); a workspace over a bare
    database (some tests, a benchmark) has none and so no blob store. ``changes`` tells its
    subscribers what each write changed (services/changes.py; the workbench's pages follow it).
    """

    db: Database
    actor: str
    today: Callable[[], date] = field(default=court_today)
    role: str | None = None
    paths: DataPaths | None = None
    # What the opening said the user should know (an interrupted write recovered, a damaged WAL set aside…).
    warnings: list[str] = field(default_factory=list)

    @property
    def changes(self) -> ChangeFeed:
        """What each write to this database changed, for whoever subscribes (the workbench's pages). One feed per
        database: every workspace on it (``as_actor``, the hub's) hears every write."""
        from fuyuan_desktop.services.changes import feed_of

        return feed_of(self.db)

    @property
    def reference(self) -> Reference:
        """The reference data in force, read again after a write changed it (a receipt brought the court's)."""
        from fuyuan_desktop.services.reference import load_reference

        version = self.changes.reference_version
        cached = self.__dict__.get("_reference")
        if cached is None or cached[0] != version:
            cached = self.__dict__["_reference"] = (version, load_reference(self.db))
        return cached[1]

    def refresh_reference(self) -> None:
        self.__dict__.pop("_reference", None)

    @property
    def data_paths(self) -> DataPaths:
        """The data folder; a workspace opened without one cannot hold attachments or bundles."""
        if self.paths is None:
            raise RuntimeError("this workspace was opened on a bare database: it has no data folder")
        return self.paths

    @property
    def blobs(self) -> BlobStore:
        """Attachments and printed originals, sealed with the data key when the store is protected.

        Built once per data key: a login sets the key after the store is opened.
        """
        key = self.db.data_key
        cached = self.__dict__.get("_blobs")
        if cached is None or cached[0] != key:
            cached = (key, self.data_paths.blob_store(key))
            self.__dict__["_blobs"] = cached
        return cached[1]

    def as_actor(self, actor: str, *, role: str | None = None) -> Workspace:
        """The same open data acted on by someone else (a hub reviewer, a scripted import)."""
        return Workspace(self.db, actor, today=self.today, role=role, paths=self.paths, warnings=self.warnings)


WORKBENCH = "工作台（图形界面）"


def name_this_program(label: str) -> None:
    """How this process is named to another one refused while it has a data folder open (e.g. a restore)."""
    folder_lock.set_program(label)


def other_workbenches(paths: DataPaths) -> list[str]:
    """Other live workbench windows that have this data folder open, described (program, process, since).

    A second window on the same folder must not mistake the first one's "running" mark for a crash."""
    return [h.describe() for h in folder_lock.other_holders(paths.root) if h.program == WORKBENCH]


def open_workspace(
    paths: DataPaths,
    *,
    actor: str,
    credentials: tuple[str, str] | None = None,
    tribunal: str | None = None,
    backup: bool = True,
) -> Workspace:
    """Open (create, migrate) the data folder's store — the one way every frontend opens data.

    A protected store (one with a keyring) needs ``credentials`` (name, password): the data key comes
    from the password, so the login precedes the opening. An unprotected store is initialised as
    ``actor``. Then the daily backup is taken, and ``warnings`` carries what the opening found.
    """
    from fuyuan_desktop.services.accounts import is_protected, login
    from fuyuan_desktop.services.setup import initialize

    if is_protected(paths):
        if credentials is None:
            raise AuthenticationError("本机数据已启用账户：请先登录")
        ws = login(paths, *credentials)
    else:
        ws = initialize(paths, actor=actor, tribunal=tribunal)
    ws.warnings = list(ws.db.open_warnings) + ws.warnings
    _ = ws.changes  # the change feed follows every write from the first on (the daily backup's included)
    if backup:
        problem = take_daily_backup(ws)
        if problem:
            ws.warnings.append(problem)
    return ws


def take_daily_backup(ws: Workspace, *, in_steps: bool = False) -> str | None:
    """The daily backup if one is due; a warning text instead of an error when it could not be taken.

    ``open_workspace`` takes it before a command runs; the workbench opens without it and takes it in steps
    on a worker thread once the window is usable (``in_steps``).
    """
    from fuyuan_desktop.services.backups import daily_backup

    try:
        taken = daily_backup(ws, in_steps=in_steps)
    except (ValidationError, DiskFullError) as exc:  # a full disk must not lock the user out of their data
        return f"今天的自动备份未能完成：{exc}"
    return taken.warning if taken is not None and taken.warning else None
