"""What every service call needs: the database, who is acting, today's date and the reference data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from zoneinfo import ZoneInfo

from fuyuan_desktop.services.reference import Reference, load_reference
from fuyuan_desktop.store.db import Database

COURT_TZ = ZoneInfo("Asia/Shanghai")


def court_today() -> date:
    """Today in China Standard Time: deadlines run on the court's calendar, not the laptop's zone."""
    return datetime.now(COURT_TZ).date()


@dataclass
class ServiceContext:
    """Passed to every service function; the actor's name goes into the audit chain.

    ``role`` is the logged-in account's role (judge, clerk, mediator, admin), checked by
    services/permissions.py. ``None`` means no account system: a store without a keyring
    (tests, tools, stores made before accounts existed), where every action is allowed.
    """

    db: Database
    actor: str
    today: Callable[[], date] = field(default=court_today)
    role: str | None = None

    @cached_property
    def reference(self) -> Reference:
        return load_reference(self.db)

    def refresh_reference(self) -> None:
        self.__dict__.pop("reference", None)
