"""Reference data: shipped defaults (resources/reference) overridden by rows the court sends down."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from fuyuan_desktop import resources
from fuyuan_desktop.domain.calendar import HolidayCalendar, OfficialDay, days_from_json
from fuyuan_desktop.domain.case_numbers import CaseNumberReference
from fuyuan_desktop.domain.confirmation import ClauseTypes
from fuyuan_desktop.domain.deadlines import DeadlineRules
from fuyuan_desktop.domain.service import ServiceMethods
from fuyuan_desktop.store.db import Database
from fuyuan_desktop.store.models import OfficialCalendar, ReferenceData
from fuyuan_desktop.store.settings import SettingState, settings_in_force

DEFAULT_FILES = {
    "case_numbers": "case_numbers.json",
    "divisions": "divisions.json",
    "deadlines": "deadlines.json",
    "holiday_overrides": "holiday_overrides.json",
    "courts": "courts.json",
    "confirmation_clause_types": "confirmation_clause_types.json",
    "service_methods": "service_methods.json",
}


@dataclass(frozen=True)
class Settings:
    """The thresholds and amounts in force (domain/settings.py keys): ``settings.value("linkage.cluster.min_cases")``."""

    states: dict[str, SettingState]

    def value(self, key: str) -> Any:
        return self.states[key].value

    def number(self, key: str) -> int:
        return int(self.states[key].value)

    def __getitem__(self, key: str) -> SettingState:
        return self.states[key]


@dataclass(frozen=True)
class Reference:
    """The reference data in force for this database."""

    case_numbers: CaseNumberReference
    divisions: dict[str, str]
    deadline_rules: DeadlineRules
    calendar: HolidayCalendar
    courts: dict[str, Any]
    settings: Settings
    clause_types: ClauseTypes
    # Reasons offered when a mediation is suspended (中止), deadlines.json ``suspension`` (inferred; free text too).
    suspension_reasons: tuple[str, ...] = ()
    # 送达方式 and signature states a record of service may name (service_methods.json; some inferred).
    service_methods: ServiceMethods = field(default_factory=lambda: ServiceMethods((), {}))


def raw_reference(db: Database | None) -> dict[str, Any]:
    data: dict[str, Any] = {key: resources.read_json("reference", name) for key, name in DEFAULT_FILES.items()}
    if db is not None:
        with db.read() as session:
            for row in session.scalars(select(ReferenceData).where(~col(ReferenceData.deleted))):
                data[row.key] = json.loads(row.value_json)
    return data


def load_settings(db: Database | None) -> Settings:
    """The settings in force in ``db`` (the defaults without one)."""
    if db is None:
        from fuyuan_desktop.domain.settings import DEFINITIONS

        return Settings({k: SettingState(d, d.default, True, d.inferred, d.source) for k, d in DEFINITIONS.items()})
    with db.read() as session:
        return Settings(settings_in_force(session))


def load_reference(db: Database | None) -> Reference:
    data = raw_reference(db)
    if db is not None:
        from fuyuan_desktop.services.causes import use_catalogues

        use_catalogues(db)  # the 案由 catalogues in force: the shipped files with this store's amendments
    courts: dict[str, str] = {str(c["code"]): str(c["name"]) for c in data["courts"].get("courts", [])}
    official: dict[int, list[OfficialDay]] = {}
    if db is not None:
        from fuyuan_desktop.services.courts import court_codes

        with db.read() as session:
            courts.update(court_codes(session))  # the store's courts, as the court edited them
            for year in session.scalars(select(OfficialCalendar).where(~col(OfficialCalendar.deleted))):
                official[year.year] = days_from_json(year.days_json)
    return Reference(
        case_numbers=CaseNumberReference.from_dict(data["case_numbers"], courts),
        divisions={str(k): str(v) for k, v in data["divisions"]["regions"].items()},
        deadline_rules=DeadlineRules.from_dict(data["deadlines"]),
        calendar=HolidayCalendar.from_dict(data["holiday_overrides"], official),
        courts=data["courts"],
        settings=load_settings(db),
        clause_types=ClauseTypes.from_dict(data["confirmation_clause_types"]),
        suspension_reasons=tuple(str(r) for r in data["deadlines"].get("suspension", {}).get("reasons", [])),
        service_methods=ServiceMethods.from_dict(data["service_methods"]),
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


# -- thresholds and amounts an administrator may change (参考数据项) ------------------------------------------

EDIT_ACTION = "reference.edit"
COLUMNS = ["参考数据项", "名称", "值", "单位", "范围", "适用", "推定", "来源说明", "版本", "修改人", "修改时间"]
YES = ("是", "推定", "yes", "true", "1", "y")
NO = ("", "否", "no", "false", "0", "n")


@dataclass(frozen=True)
class SettingView:
    """One key as the settings page, ``fuyuan reference show`` and the export list it."""

    key: str
    label: str
    value: str
    unit: str
    range: str
    scope: str
    scope_label: str
    inferred: bool
    is_default: bool
    version: int
    source_note: str
    updated_by: str
    updated_at: str
    origin: str  # "" default | local | hub
    hub_version: int
    received_at: str
    previous: str  # the value before the last change ("" if none)

    @property
    def marker(self) -> str:
        return "推定" if self.inferred else ""

    @property
    def where(self) -> str:
        """Where the value comes from, in words: 默认值, 本机设置 (第 n 版), 中院下发 (第 n 版，… 收到)."""
        if self.is_default:
            return "默认值"
        if self.origin == "hub":
            return f"中院下发（中院第 {self.hub_version} 版，{self.received_at} 收到）"
        return f"管理员设置（第 {self.version} 版）"


def _local_time(moment: Any) -> str:
    if moment is None:
        return ""
    from fuyuan_desktop.domain.court_time import court_clock

    return court_clock(moment)


def _view(state: SettingState) -> SettingView:
    from fuyuan_desktop.domain.settings import SCOPE_LABELS, show_text

    spec = state.spec
    previous = show_text(spec, state.previous) if state.previous is not None else ""
    return SettingView(spec.key, spec.label, state.text, spec.unit, spec.range_text, spec.scope,
                       SCOPE_LABELS[spec.scope], state.inferred, state.is_default, state.version, state.source_note,
                       state.updated_by, _local_time(state.updated_at), state.origin, state.hub_version,
                       _local_time(state.received_at), previous)


def list_settings(ctx: Any) -> list[SettingView]:
    """Every key with the value in force (re-read: the page shows what a receipt just brought)."""
    return [_view(state) for state in load_settings(ctx.db).states.values()]


def set_setting(ctx: Any, key: str, text: str | None, *, inferred: bool = False, note: str = "") -> Any:
    """Check and store one value (``text`` in the form ``show`` prints; ``None`` puts the default back); audited.
    Returns the ``SettingChange`` or ``None`` when the value was already in force."""
    from fuyuan_desktop.domain.settings import definition, parse_text
    from fuyuan_desktop.services.permissions import require
    from fuyuan_desktop.store.settings import write_setting

    require(ctx, EDIT_ACTION)
    spec = definition(key)
    value = spec.default if text is None else parse_text(spec, text)
    if text is None:
        inferred = inferred or spec.inferred
        note = note or spec.source
    with ctx.db.write(ctx.actor, f"参考数据：修改{spec.label}") as session:
        change = write_setting(ctx.db, session, spec, value, actor=ctx.actor, inferred=inferred, note=note)
    ctx.refresh_reference()
    return change


def export_settings(ctx: Any, out: Any) -> int:
    """Every key as a .csv or .xlsx table with the import's columns; returns the number of rows."""
    from fuyuan_desktop.services.places import write_table

    rows = [[v.key, v.label, v.value, v.unit, v.range, v.scope_label, "是" if v.inferred else "否", v.source_note,
             str(v.version), v.updated_by, v.updated_at] for v in list_settings(ctx)]
    write_table(out, COLUMNS, rows, title="参考数据")
    return len(rows)


@dataclass(frozen=True)
class SettingsImport:
    changes: list[Any]
    rows: int
    unchanged: int


def import_settings(ctx: Any, path: Any) -> SettingsImport:
    """Set the keys listed in a table (the export's columns; only 参考数据项, 值, 推定 and 来源说明 are read).
    Every row is checked first: any bad row refuses the whole file, each problem named by row and column."""
    from fuyuan_desktop.domain.errors import InputErrors, ValidationError
    from fuyuan_desktop.domain.settings import definition, parse_text
    from fuyuan_desktop.services.permissions import require
    from fuyuan_desktop.services.places import read_table
    from fuyuan_desktop.store.settings import write_setting

    require(ctx, EDIT_ACTION)
    table = read_table(path, COLUMNS)
    errors: list[ValidationError] = []
    planned: list[tuple[Any, Any, bool, str]] = []
    seen: dict[str, int] = {}
    for number, cells in enumerate(table, start=2):
        where = f"第 {number} 行"
        try:
            spec = definition(cells["参考数据项"])
        except ValidationError as exc:
            errors.append(ValidationError(f"{where}「参考数据项」列", exc.reason))
            continue
        if spec.key in seen:
            errors.append(ValidationError(f"{where}「参考数据项」列", f"{spec.key} 已在第 {seen[spec.key]} 行出现"))
            continue
        seen[spec.key] = number
        flag = cells["推定"].strip().lower()
        if flag not in YES + NO:
            errors.append(ValidationError(f"{where}「推定」列", f"应填“是”或“否”，实为「{cells['推定']}」"))
            continue
        try:
            value = parse_text(spec, cells["值"])
        except ValidationError as exc:
            errors.append(ValidationError(f"{where}「值」列", f"{spec.label}{exc.reason}"))
            continue
        planned.append((spec, value, flag in YES, cells["来源说明"].strip()))
    if errors:
        raise InputErrors(errors)
    changes = []
    with ctx.db.write(ctx.actor, f"参考数据：导入 {path.name}") as session:
        for spec, value, inferred, note in planned:
            change = write_setting(ctx.db, session, spec, value, actor=ctx.actor, inferred=inferred, note=note)
            if change is not None:
                changes.append(change)
    ctx.refresh_reference()
    return SettingsImport(changes, len(table), len(planned) - len(changes))
