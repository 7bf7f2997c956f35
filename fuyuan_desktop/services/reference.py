"""Reference data: shipped defaults (resources/reference) overridden by rows the court sends down."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from fuyuan_desktop import resources
from fuyuan_desktop.domain.calendar import HolidayCalendar
from fuyuan_desktop.domain.case_numbers import CaseNumberReference
from fuyuan_desktop.domain.deadlines import DeadlineRules
from fuyuan_desktop.store.db import Database
from fuyuan_desktop.store.models import ReferenceData

DEFAULT_FILES = {
    "case_numbers": "case_numbers.json",
    "divisions": "divisions.json",
    "deadlines": "deadlines.json",
    "holiday_overrides": "holiday_overrides.json",
    "courts": "courts.json",
}


@dataclass(frozen=True)
class Reference:
    """The reference data in force for this database."""

    case_numbers: CaseNumberReference
    divisions: dict[str, str]
    deadline_rules: DeadlineRules
    calendar: HolidayCalendar
    courts: dict[str, Any]


def raw_reference(db: Database | None) -> dict[str, Any]:
    data: dict[str, Any] = {key: resources.read_json("reference", name) for key, name in DEFAULT_FILES.items()}
    if db is not None:
        with db.read() as session:
            for row in session.scalars(select(ReferenceData).where(~col(ReferenceData.deleted))):
                data[row.key] = json.loads(row.value_json)
    return data


def load_reference(db: Database | None) -> Reference:
    data = raw_reference(db)
    return Reference(
        case_numbers=CaseNumberReference.from_dict(data["case_numbers"]),
        divisions={str(k): str(v) for k, v in data["divisions"]["regions"].items()},
        deadline_rules=DeadlineRules.from_dict(data["deadlines"]),
        calendar=HolidayCalendar.from_dict(data["holiday_overrides"]),
        courts=data["courts"],
    )


def courts_and_tribunals(ctx: Any) -> list[dict[str, str]]:
    """Every tribunal with its court, as the store has them (the court may have edited the shipped list)."""
    from sqlalchemy import select as _select

    from fuyuan_desktop.store.models import Court, Tribunal

    with ctx.db.read() as session:
        rows = session.execute(
            _select(Court, Tribunal)
            .join(Tribunal, col(Tribunal.court_id) == col(Court.id))
            .order_by(col(Court.code), col(Tribunal.name))
        ).all()
    return [
        {"court_code": c.code, "court": c.name, "tribunal": t.name, "short_name": t.short_name, "tribunal_id": t.id}
        for c, t in rows
    ]
