"""What the linkage services share: the rules in force, the court a record belongs to, amounts and dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import or_, select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop import resources
from fuyuan_desktop.domain.enums import LabelledEnum
from fuyuan_desktop.domain.errors import NotFoundError, ValidationError
from fuyuan_desktop.domain.linkage import AppearanceRules, VillageCriteria
from fuyuan_desktop.services.reference import raw_reference
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import Court, Device, Tribunal

E = TypeVar("E", bound=LabelledEnum)


@dataclass(frozen=True)
class LinkageRules:
    """The thresholds, caps and denominators in force (``linkage.json``, overridable by a reference row)."""

    raw: dict[str, Any]
    appearance: AppearanceRules
    cluster_min_cases: int
    cluster_window_days: int
    cluster_cause_level: int
    cluster_scopes: tuple[str, ...]
    mediable_content: tuple[str, ...]
    accepted_excludes: tuple[str, ...]
    relief_cap_months: int
    relief_wage_fen: dict[str, int]
    village_per_population: int
    village_criteria: VillageCriteria
    meeting_due_soon_days: int
    recommendation_due_soon_days: int

    def wage_fen(self, county_code: str) -> int:
        return self.relief_wage_fen.get(county_code, self.relief_wage_fen.get("default", 0))


def linkage_rules(ctx: Workspace) -> LinkageRules:
    """The rules in force: thresholds, windows, caps and wages from the settings (``ctx.reference.settings``, which
    an administrator or the hub may change), the rest from the shipped ``linkage.json`` with the court's override
    row (key ``linkage``) laid over it, section by section."""
    from dataclasses import replace

    data: dict[str, Any] = dict(resources.read_json("reference", "linkage.json"))
    override = raw_reference(ctx.db).get("linkage")
    if isinstance(override, dict):
        for key, value in override.items():
            data[key] = {**data.get(key, {}), **value} if isinstance(value, dict) else value
    settings = ctx.reference.settings
    similar, centre = data["similar_cases"], data["admin_centre"]
    appearance = replace(AppearanceRules.from_dict(data["appearance"]),
                         repeat_min_failures=settings.number("linkage.appearance.repeat_min_failures"),
                         repeat_window_days=settings.number("linkage.appearance.repeat_window_days"))
    return LinkageRules(
        raw=data,
        appearance=appearance,
        cluster_min_cases=settings.number("linkage.cluster.min_cases"),
        cluster_window_days=settings.number("linkage.cluster.window_days"),
        cluster_cause_level=settings.number("linkage.cluster.cause_level"),
        cluster_scopes=tuple(similar["scopes"]),
        mediable_content=tuple(centre["mediable_content"]),
        accepted_excludes=tuple(centre["accepted_excludes_triage"]),
        relief_cap_months=settings.number("linkage.relief.cap_months"),
        relief_wage_fen={str(k): int(v) for k, v in settings.value("linkage.relief.average_monthly_wage").items()},
        village_per_population=int(data["villages"]["per_population"]),
        village_criteria=VillageCriteria(
            max_lawsuits=settings.number("linkage.villages.max_lawsuits"),
            max_petitions=settings.number("linkage.villages.max_petitions"),
            max_group_incidents=settings.number("linkage.villages.max_group_incidents"),
            min_success_percent=settings.number("linkage.villages.min_success_percent")),
        meeting_due_soon_days=settings.number("linkage.meetings.due_soon_days"),
        recommendation_due_soon_days=settings.number("linkage.recommendations.due_soon_days"),
    )


def resolve_court(session: Session, ref: str | None) -> Court:
    """A court by 法院代字, name or short name; by default the court of this device."""
    if ref:
        text = ref.strip()
        found = session.scalars(
            select(Court).where(
                or_(col(Court.code) == text, col(Court.name) == text, col(Court.short_name) == text,
                    col(Court.id) == text)
            )
        ).first()
        if found is None:
            raise NotFoundError(f"找不到法院「{ref}」（可用法院代字如 吉0702，或法院名称）")
        return found
    device = session.scalars(select(Device).where(col(Device.is_self))).first()
    court = session.get(Court, device.court_id) if device is not None and device.court_id else None
    if court is None:
        court = session.scalars(select(Court).order_by(col(Court.code))).first()
    if court is None:
        raise NotFoundError("本机尚未初始化：请先初始化本机", code="not_initialized")
    return court


def resolve_tribunal(session: Session, ref: str) -> Tribunal:
    """A tribunal by id, short name (开发区) or name."""
    text = ref.strip()
    found = session.scalars(select(Tribunal).where(or_(
        col(Tribunal.id) == text, col(Tribunal.short_name) == text, col(Tribunal.name) == text))).first()
    if found is None:
        raise NotFoundError(f"找不到法庭「{ref}」")
    return found


def parse_enum(kind: type[E], text: str, field: str) -> E:
    """A member by code or Chinese label; the error lists what is allowed."""
    try:
        return kind.parse(text)
    except KeyError:
        raise ValidationError(field, f"「{text}」不是可选值；可选：{'、'.join(kind.labels())}") from None


def label_of(kind: type[LabelledEnum], code: str) -> str:
    try:
        return kind.of(code).label
    except ValueError:
        return code


def not_after_today(ctx: Workspace, day: date | None, field: str) -> None:
    if day is not None and day > ctx.today():
        raise ValidationError(field, f"{day.isoformat()} 晚于今天")


def in_period(day: date | None, start: date | None, end: date | None) -> bool:
    return day is not None and (start is None or day >= start) and (end is None or day <= end)


def format_yuan(fen: int | None) -> str:
    """``1234500`` → ``12,345.00`` (blank for no amount)."""
    return "" if fen is None else f"{fen / 100:,.2f}"


def check_text(value: str, field: str, *, required: bool, limit: int) -> tuple[str, ValidationError | None]:
    """intake.check_text, imported on first use: intake pulls in the pinyin dictionaries (~0.25 s), which the
    工作台's warnings (they import this package) must not pay for at start-up."""
    from fuyuan_desktop.services.intake import check_text as check

    return check(value, field, required=required, limit=limit)


def parse_amount_fen(raw: str | None, field: str) -> int | None:
    """intake.parse_amount_fen, imported on first use (see check_text)."""
    from fuyuan_desktop.services.intake import parse_amount_fen as parse

    return parse(raw, field)
