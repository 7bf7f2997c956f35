"""The settings table (``referencesetting``): what is in force for each key of domain/settings.py, writing a value
(audited, versioned), the hub's regional set as a receipt carries it, and applying that set on a laptop.

Precedence, lowest first: the default defined in code; an older reference row (``linkage``,
``recommendation_prefixes``) the court sent down before settings existed; the settings row.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.domain import settings as domain
from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.store.models import ReferenceData, ReferenceSetting
from fuyuan_desktop.store.types import utcnow

ENTITY = "referencesetting"
ACTION_SET = "修改参考数据项"
ACTION_RECEIVED = "中院更新参考数据项"
_TABLE = ReferenceSetting.__table__  # type: ignore[attr-defined]

# Where the older reference rows kept the values that are settings now: (row key, path inside its JSON).
_LEGACY: dict[str, tuple[str, tuple[str, ...]]] = {
    "linkage.cluster.min_cases": ("linkage", ("similar_cases", "min_cases")),
    "linkage.cluster.window_days": ("linkage", ("similar_cases", "window_days")),
    "linkage.appearance.repeat_min_failures": ("linkage", ("appearance", "repeat_flag", "min_failures")),
    "linkage.appearance.repeat_window_days": ("linkage", ("appearance", "repeat_flag", "window_days")),
    "linkage.relief.cap_months": ("linkage", ("relief", "cap_months")),
    "linkage.relief.average_monthly_wage": ("linkage", ("relief", "average_monthly_wage_fen")),
    "linkage.meetings.due_soon_days": ("linkage", ("meetings", "due_soon_days")),
    "linkage.recommendations.due_soon_days": ("linkage", ("recommendations", "due_soon_days")),
    "recommendations.prefixes": ("recommendation_prefixes", ("prefixes",)),
}


@dataclass(frozen=True)
class SettingState:
    """One key as it stands here: its value, whether that is the default, and the row's bookkeeping."""

    spec: domain.SettingDef
    value: Any
    is_default: bool
    inferred: bool
    source_note: str
    version: int = 0
    updated_by: str = ""
    updated_at: datetime | None = None
    origin: str = ""  # "" (default) | local | hub
    hub_version: int = 0
    received_at: datetime | None = None
    previous: Any = None

    @property
    def key(self) -> str:
        return self.spec.key

    @property
    def text(self) -> str:
        return domain.show_text(self.spec, self.value)


@dataclass(frozen=True)
class SettingChange:
    """What one write changed: the key, its label and the value before and after (in their text form)."""

    key: str
    label: str
    before: str
    after: str
    unit: str = ""

    @property
    def sentence(self) -> str:
        if self.before == self.after:
            return f"{self.label} {self.after}（仅改了推定标记或来源说明）"
        return f"{self.label} {self.before} → {self.after}"


def _legacy_defaults(session: Session) -> dict[str, Any]:
    rows = {r.key: r.value_json for r in session.scalars(
        select(ReferenceData).where(col(ReferenceData.key).in_({k for k, _p in _LEGACY.values()}),
                                    ~col(ReferenceData.deleted)))}
    out: dict[str, Any] = {}
    for key, (row_key, path) in _LEGACY.items():
        if row_key not in rows:
            continue
        try:
            value: Any = json.loads(rows[row_key])
            for part in path:
                value = value[part]
            out[key] = domain.check_value(domain.DEFINITIONS[key], value)
        except (KeyError, TypeError, ValueError, ValidationError):
            continue  # the row says nothing (valid) about this key
    return out


def settings_in_force(session: Session) -> dict[str, SettingState]:
    """Every defined key with the value in force, in the order the keys are defined."""
    legacy = _legacy_defaults(session)
    rows = {r.key: r for r in session.scalars(select(ReferenceSetting))}
    out: dict[str, SettingState] = {}
    for key, spec in domain.DEFINITIONS.items():
        row = rows.get(key)
        value: Any = None
        if row is not None:
            try:
                value = domain.check_value(spec, json.loads(row.value_json))
            except (ValueError, ValidationError):
                value = None  # a row this version cannot read (a newer hub's form): the default stands
        if row is None or value is None:
            if key in legacy:
                out[key] = SettingState(spec, legacy[key], True, False, "中院下发的参考数据")
            else:
                out[key] = SettingState(spec, spec.default, True, spec.inferred, spec.source)
            continue
        previous = None
        if row.previous_json:
            try:
                previous = json.loads(row.previous_json)
            except ValueError:
                previous = None
        out[key] = SettingState(spec, value, False, row.inferred, row.source_note, row.version,
                                row.updated_by, row.updated_at, row.origin, row.hub_version, row.received_at,
                                previous)
    return out


def write_setting(db: Any, session: Session, spec: domain.SettingDef, value: Any, *, actor: str,
                  inferred: bool = False, note: str = "") -> SettingChange | None:
    """Store an administrator's value (checked); ``None`` when it is the value in force already (nothing written)."""
    value = domain.check_value(spec, value)
    current = settings_in_force(session)[spec.key]
    row = session.get(ReferenceSetting, spec.key)
    if (domain.same_value(current.value, value) and current.inferred == inferred
            and (not note or note == current.source_note)):
        return None
    before_json = json.dumps(current.value, ensure_ascii=False, sort_keys=True)
    if row is None:
        row = ReferenceSetting(key=spec.key, value_json="", scope=spec.scope, version=0, updated_at=utcnow())
        session.add(row)
    row.value_json = json.dumps(value, ensure_ascii=False, sort_keys=True)
    row.previous_json = before_json
    row.version += 1
    row.inferred = inferred
    row.source_note = note.strip()[:500]
    row.updated_by, row.updated_at, row.origin = actor[:64], utcnow(), "local"
    row.scope = spec.scope
    session.flush()
    db.audit(session, entity=ENTITY, entity_id=spec.key[:32], action=ACTION_SET,
             before={"key": spec.key, "value": current.value, "version": row.version - 1},
             after={"key": spec.key, "value": value, "version": row.version, "inferred": inferred,
                    "note": row.source_note})
    return SettingChange(spec.key, spec.label, current.text, domain.show_text(spec, value), spec.unit)


def regional_set(conn: Connection) -> list[dict[str, Any]]:
    """The hub's regional values, as its receipts carry them (every regional key it has set; a few rows)."""
    out = []
    for row in conn.execute(select(_TABLE).where(_TABLE.c.scope == domain.REGIONAL).order_by(_TABLE.c.key)).mappings():
        out.append({"key": row["key"], "value": json.loads(row["value_json"]), "version": int(row["version"]),
                    "inferred": bool(row["inferred"]), "note": row["source_note"],
                    "updated_by": row["updated_by"],
                    "updated_at": row["updated_at"].isoformat() if row["updated_at"] else ""})
    return out


def apply_regional(db: Any, session: Session, items: Iterable[Mapping[str, Any]], *,
                   source: Mapping[str, Any]) -> list[SettingChange]:
    """Lay the hub's regional values over this laptop's: a key changes when the hub's version is newer than the last
    one applied here. Laptop keys, unknown keys (a newer hub's) and values that do not pass the checks are left
    alone. Returns what changed, for the receipt summary; each change is audited, naming the receipt."""
    state = settings_in_force(session)
    changes: list[SettingChange] = []
    now = utcnow()
    for item in items:
        spec = domain.DEFINITIONS.get(str(item.get("key", "")))
        if spec is None or spec.scope != domain.REGIONAL:
            continue
        try:
            version = int(item.get("version", 0))
            value = domain.check_value(spec, item.get("value"))
        except (TypeError, ValueError, ValidationError):
            continue
        row = session.get(ReferenceSetting, spec.key)
        if row is not None and row.hub_version >= version:
            continue
        current = state[spec.key]
        same = domain.same_value(current.value, value)
        if row is None:
            row = ReferenceSetting(key=spec.key, value_json="", scope=spec.scope, version=0, updated_at=now)
            session.add(row)
        if not same:
            row.previous_json = json.dumps(current.value, ensure_ascii=False, sort_keys=True)
        row.value_json = json.dumps(value, ensure_ascii=False, sort_keys=True)
        row.version += 0 if same and row.version else 1
        row.inferred = bool(item.get("inferred", False))
        row.source_note = str(item.get("note", ""))[:500]
        row.updated_by = str(item.get("updated_by", ""))[:64] or "中院"
        row.updated_at, row.origin, row.hub_version, row.received_at = now, "hub", version, now
        row.scope = spec.scope
        session.flush()
        if same:
            continue
        change = SettingChange(spec.key, spec.label, current.text, domain.show_text(spec, value), spec.unit)
        changes.append(change)
        db.audit(session, entity=ENTITY, entity_id=spec.key[:32], action=ACTION_RECEIVED,
                 before={"key": spec.key, "value": current.value},
                 after={"key": spec.key, "value": value, "hub_version": version, **dict(source)})
    return changes
