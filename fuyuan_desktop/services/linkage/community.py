"""无讼村屯, major-project risk assessments, joint meetings with follow-up items, and the SME green channel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.domain.enums import Outcome, PartyKind
from fuyuan_desktop.domain.errors import ConflictError, InputErrors, NotFoundError, ValidationError
from fuyuan_desktop.domain.linkage import (
    RiskLevel,
    VillageCriteria,
    VillageJudgement,
    VillageStatus,
    judge_village,
    litigation_rate,
    rate,
)
from fuyuan_desktop.reports.stats import villages_in_scope
from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.linkage.common import (
    check_text,
    label_of,
    linkage_rules,
    not_after_today,
    parse_amount_fen,
    parse_enum,
    resolve_court,
    resolve_tribunal,
)
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.linkage_models import JointMeeting, MeetingItem, RiskProject, SmeCase, Village, VillageYear
from fuyuan_desktop.store.models import CaseParty, Dispute, Party, Place

SUCCESS = tuple(o.value for o in Outcome if o.is_success)


# --- 无讼村屯 ------------------------------------------------------------------------------------------


STATUS_REASON_LIMIT = 500
OVERRIDES = {"达标": "achieved", "未达标": "not_achieved"}


def _reason(reason: str) -> str:
    text, err = check_text(reason, "人工认定理由", required=True, limit=STATUS_REASON_LIMIT)
    if err:
        raise err
    return text


def add_village(ctx: Workspace, place: str, *, population: int, households: int = 0, cycle_start: int,
                status: str = "创建中", achieved_on: date | None = None, grid_workers: int = 0, mediators: int = 0,
                assessors: int = 0, reason: str = "") -> str:
    """Put a known village or community (by name) into the 无讼村屯 creation programme. Registered as 已达标 it has
    no yearly figures the criteria could judge: that is a 人工认定 and needs ``reason``."""
    chosen = parse_enum(VillageStatus, status, "状态")
    if population < 1:
        raise ValidationError("人口", "应大于 0（万人成讼率按人口计算）")
    if chosen is VillageStatus.ACHIEVED and achieved_on is None:
        raise ValidationError("达标日期", "状态为已达标时必填")
    why = _reason(reason) if chosen is VillageStatus.ACHIEVED else ""
    with ctx.db.write(ctx.actor, "登记无讼村屯") as session:
        # The registry first (伯都村, 长山镇新立村: a shared name is refused with every candidate and its parent);
        # a free-text place from before the registry by its exact name.
        from fuyuan_desktop.services.places import resolve_in

        try:
            registered = resolve_in(session, place, on=ctx.today(), field_name="村屯")
            found = [p for p in [session.get(Place, registered.record_id)] if p is not None]
            problem: ValidationError | None = None
        except ValidationError as exc:
            problem = exc
            found = list(session.scalars(select(Place).where(col(Place.name) == place.strip(),
                                                             col(Place.source) == "legacy", ~col(Place.deleted))))
        if len(found) != 1:
            if problem is not None and "地名库中没有" not in problem.reason:
                raise problem
            if not found:
                raise NotFoundError(f"找不到村屯或社区「{place}」：请从地名库中选", code="unknown_place",
                                    details={"place": place})
            raise ValidationError("村屯", f"「{place}」有 {len(found)} 处同名，请写明乡镇（如 伯都乡新立村）")
        spot = found[0]
        if session.scalars(select(Village).where(col(Village.place_id) == spot.id)).first() is not None:
            raise ConflictError(f"{spot.name}已在无讼村屯名单中")
        row = Village(place_id=spot.id, name=spot.name, township=spot.township, tribunal_id=spot.tribunal_id,
                      population=population, households=households, grid_workers=grid_workers, mediators=mediators,
                      assessors=assessors, status=chosen.value, cycle_start=cycle_start, achieved_on=achieved_on,
                      status_reason=why)
        session.add(row)
        session.flush()
        return row.id


def _village(session: Session, village: str) -> Village:
    row = session.get(Village, village) or session.scalars(
        select(Village).where(col(Village.name) == village.strip(), ~col(Village.deleted))).first()
    if row is None or row.deleted:
        raise NotFoundError(f"无讼村屯名单中没有「{village}」")
    return row


def _dispute_counts(session: Session, place_ids: list[str], year: int) -> dict[str, tuple[int, int]]:
    """Disputes registered at each place in ``year`` and those with a successful outcome."""
    success = func.sum(case((col(Dispute.outcome).in_(SUCCESS), 1), else_=0))
    return {str(pid): (int(n), int(ok or 0)) for pid, n, ok in session.execute(
        select(col(Dispute.place_id), func.count(), success)
        .where(col(Dispute.place_id).in_(place_ids), col(Dispute.registered_on) >= date(year, 1, 1),
               col(Dispute.registered_on) <= date(year, 12, 31), ~col(Dispute.deleted))
        .group_by(col(Dispute.place_id)))}


def _judge(criteria: VillageCriteria, counts: tuple[int, int], entry: VillageYear | None) -> VillageJudgement:
    n, ok = counts
    return judge_village(criteria, disputes=n, mediated=ok, lawsuits=entry.lawsuits if entry else None,
                         petitions=entry.petitions if entry else None,
                         group_incidents=entry.group_incidents if entry else None)


def _achieved(judgement: VillageJudgement, entry: VillageYear | None) -> bool:
    """The year's 达标 in force: the 人工认定 if there is one, else the criteria's judgement."""
    if entry is not None and entry.override:
        return entry.override == "achieved"
    return judgement.met is True


def set_village_status(ctx: Workspace, village: str, status: str, on: date, *, reason: str = "") -> None:
    """创建中, 已达标 (from ``on``) or 已撤销. 已达标 stands on the criteria: the year of ``on`` or the year before must
    be judged 达标 (by the criteria or a 人工认定 of that year); otherwise it is a 人工认定 and needs ``reason``."""
    chosen = parse_enum(VillageStatus, status, "状态")
    not_after_today(ctx, on, "日期")
    criteria = linkage_rules(ctx).village_criteria
    with ctx.db.write(ctx.actor, "无讼村屯状态") as session:
        row = _village(session, village)
        why = ""
        if chosen is VillageStatus.ACHIEVED:
            backed = []
            for year in (on.year, on.year - 1):
                entry = session.scalars(select(VillageYear).where(col(VillageYear.village_id) == row.id,
                                                                  col(VillageYear.year) == year,
                                                                  ~col(VillageYear.deleted))).first()
                counts = _dispute_counts(session, [row.place_id or ""], year).get(row.place_id or "", (0, 0))
                backed.append(_achieved(_judge(criteria, counts, entry), entry))
            if not any(backed):
                if not reason.strip():
                    raise ValidationError(
                        "已达标", f"{row.name} {on.year - 1}、{on.year} 年均未按达标标准判定达标（见指标表）；"
                        "如经人工认定达标，请写明理由", field="reason", code="not_achieved")
                why = _reason(reason)
        row.status = chosen.value
        row.status_reason = why if chosen is VillageStatus.ACHIEVED else ""
        if chosen is VillageStatus.ACHIEVED:
            row.achieved_on = on
        elif chosen is VillageStatus.REVOKED:
            row.revoked_on = on


def village_year(ctx: Workspace, village: str, year: int, *, lawsuits: int, petitions: int = 0,
                 group_incidents: int = 0, education_events: int = 0) -> None:
    """The year's 新收诉讼案件数 and the other figures the disputes table does not hold."""
    if min(lawsuits, petitions, group_incidents, education_events) < 0:
        raise ValidationError("件数", "不能为负数")
    with ctx.db.write(ctx.actor, "无讼村屯年度数据") as session:
        row = _village(session, village)
        entry = session.scalars(select(VillageYear).where(col(VillageYear.village_id) == row.id,
                                                          col(VillageYear.year) == year)).first()
        if entry is None:
            entry = VillageYear(village_id=row.id, year=year)
            session.add(entry)
        entry.lawsuits, entry.petitions = lawsuits, petitions
        entry.group_incidents, entry.education_events = group_incidents, education_events


def override_village(ctx: Workspace, village: str, year: int, decision: str, reason: str = "") -> None:
    """人工认定 of a year's 达标: ``decision`` 达标 or 未达标 with a reason (required), or 按标准 to take the criteria's
    judgement back. The year's figures must be registered first; audited like every write."""
    chosen = OVERRIDES.get(decision.strip(), "" if decision.strip() in ("按标准", "") else None)
    if chosen is None:
        raise ValidationError("人工认定", f"「{decision}」无效；可选：达标、未达标、按标准", field="decision",
                              code="invalid_choice")
    why = _reason(reason) if chosen else ""
    with ctx.db.write(ctx.actor, "无讼村屯人工认定") as session:
        row = _village(session, village)
        entry = session.scalars(select(VillageYear).where(col(VillageYear.village_id) == row.id,
                                                          col(VillageYear.year) == year,
                                                          ~col(VillageYear.deleted))).first()
        if entry is None:
            raise ValidationError("人工认定", f"{row.name} {year} 年度数据尚未登记，请先登记年度数据",
                                  field="year", code="no_figures")
        entry.override, entry.override_reason = chosen, why


@dataclass(frozen=True)
class VillageIndicators:
    """The indicator sheet of one village for one year, with its 达标 judged against the criteria."""

    name: str
    township: str
    status: str
    population: int
    households: int
    grid_workers: int
    mediators: int
    disputes: int
    mediated: int
    success_rate: float | None
    lawsuits: int | None
    litigation_rate: float | None
    petitions: int | None
    group_incidents: int | None
    education_events: int | None
    cycle_start: int
    achieved_on: date | None
    judged: str = ""  # 达标 / 未达标 / 无法判定 — by the criteria (linkage.villages.*)
    unmet: tuple[str, ...] = ()  # the criteria not met, in words
    override: str = ""  # 人工认定：达标 / 人工认定：未达标, or "" (as judged)
    override_reason: str = ""
    achieved: bool = False  # the year's 达标 in force: the 人工认定, else the criteria's judgement
    status_reason: str = ""  # 已达标 set by hand without a year judged 达标: why


JUDGED = {True: "达标", False: "未达标", None: "无法判定"}


def village_sheet(ctx: Workspace, year: int, *, court: str | None = None,
                  tribunal: str | None = None) -> list[VillageIndicators]:
    """Every village (of the court and tribunal asked) with its disputes, mediation success, 万人成讼率 and its 达标
    for ``year`` judged against the criteria, and any 人工认定 with its reason (docs/domain.md §10.7)."""
    rules = linkage_rules(ctx)
    per, criteria = rules.village_per_population, rules.village_criteria
    with ctx.db.read() as session:
        court_id = resolve_court(session, court).id if court else None
        tribunal_id = resolve_tribunal(session, tribunal).id if tribunal else None
        villages = villages_in_scope(session, court_id, tribunal_id)
        counts = _dispute_counts(session, [v.place_id for v in villages if v.place_id], year)
        years = {y.village_id: y for y in session.scalars(select(VillageYear).where(col(VillageYear.year) == year,
                                                                                   ~col(VillageYear.deleted)))}
    out = []
    for v in villages:
        n, ok = counts.get(v.place_id or "", (0, 0))
        y = years.get(v.id)
        judgement = _judge(criteria, (n, ok), y)
        override = f"人工认定：{'达标' if y.override == 'achieved' else '未达标'}" if y and y.override else ""
        out.append(VillageIndicators(
            v.name, v.township, label_of(VillageStatus, v.status), v.population, v.households, v.grid_workers,
            v.mediators, n, ok, rate(ok, n), y.lawsuits if y else None,
            litigation_rate(y.lawsuits, v.population, per) if y else None, y.petitions if y else None,
            y.group_incidents if y else None, y.education_events if y else None, v.cycle_start, v.achieved_on,
            judged=JUDGED[judgement.met], unmet=judgement.unmet, override=override,
            override_reason=y.override_reason if y else "", achieved=_achieved(judgement, y),
            status_reason=v.status_reason))
    return out


# --- major projects ------------------------------------------------------------------------------------


def add_project(ctx: Workspace, name: str, risk_level: str, assessed_on: date, *, unit: str = "",
                park: str = "", investment: str | None = None, people: int = 0, cases_studied: int = 0,
                risk_points: str = "", court_opinion: str = "", measures: str = "", court: str | None = None) -> str:
    """A stability-risk assessment of a major project with the court's litigation-risk opinion."""
    level = parse_enum(RiskLevel, risk_level, "风险等级")
    title, err = check_text(name, "项目名称", required=True, limit=200)
    errors = [err] if err else []
    if cases_studied < 0 or people < 0:
        errors.append(ValidationError("件数/人数", "不能为负数"))
    try:
        not_after_today(ctx, assessed_on, "评估日期")
        fen = parse_amount_fen(investment, "投资额")
    except ValidationError as exc:
        errors.append(exc)
    if errors:
        raise InputErrors(errors)
    with ctx.db.write(ctx.actor, "登记重大项目风险评估") as session:
        row = RiskProject(court_id=resolve_court(session, court).id, name=title, unit=unit.strip(), park=park.strip(),
                          investment_fen=fen, people=people, risk_level=level.value, cases_studied=cases_studied,
                          risk_points=risk_points.strip(), court_opinion=court_opinion.strip(),
                          measures=measures.strip(), assessed_on=assessed_on)
        session.add(row)
        session.flush()
        return row.id


# --- joint meetings ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemInput:
    text: str
    owner: str
    due_on: date


def add_meeting(ctx: Workspace, held_on: date, title: str, *, participants: str = "", topics: str = "",
                decisions: str = "", items: tuple[ItemInput, ...] = (), court: str | None = None) -> str:
    """A 联席会议 with its follow-up items (owner and deadline each)."""
    name, err = check_text(title, "会议名称", required=True, limit=200)
    errors = [err] if err else []
    for i, item in enumerate(items, start=1):
        if not item.text.strip() or not item.owner.strip():
            errors.append(ValidationError(f"第 {i} 项落实事项", "须写明事项和责任单位"))
        if item.due_on < held_on:
            errors.append(ValidationError(f"第 {i} 项落实事项", "完成期限早于会议日期"))
    try:
        not_after_today(ctx, held_on, "会议日期")
    except ValidationError as exc:
        errors.append(exc)
    if errors:
        raise InputErrors(errors)
    with ctx.db.write(ctx.actor, "登记联席会议") as session:
        meeting = JointMeeting(court_id=resolve_court(session, court).id, held_on=held_on, title=name,
                               participants=participants.strip(), topics=topics.strip(), decisions=decisions.strip())
        session.add(meeting)
        session.flush()
        for item in items:
            session.add(MeetingItem(meeting_id=meeting.id, text=item.text.strip(), owner=item.owner.strip(),
                                    due_on=item.due_on))
        return meeting.id


def complete_item(ctx: Workspace, item_id: str, done_on: date, result: str = "") -> None:
    not_after_today(ctx, done_on, "完成日期")
    with ctx.db.write(ctx.actor, "联席会议事项办结") as session:
        item = session.get(MeetingItem, item_id)
        if item is None or item.deleted:
            raise NotFoundError(f"找不到落实事项 {item_id}")
        item.done_on, item.result = done_on, result.strip()


@dataclass(frozen=True)
class OpenItem:
    id: str
    meeting: str
    held_on: date
    text: str
    owner: str
    due_on: date
    days_left: int


def open_items(ctx: Workspace, within_days: int | None = None) -> list[OpenItem]:
    """Items not done, due within the horizon (default from linkage.json) or overdue, earliest first."""
    days = linkage_rules(ctx).meeting_due_soon_days if within_days is None else within_days
    horizon = ctx.today() + timedelta(days=days)
    with ctx.db.read() as session:
        rows = session.execute(
            select(MeetingItem, JointMeeting).join(JointMeeting, col(JointMeeting.id) == col(MeetingItem.meeting_id))
            .where(col(MeetingItem.done_on).is_(None), col(MeetingItem.due_on) <= horizon, ~col(MeetingItem.deleted))
            .order_by(col(MeetingItem.due_on), col(MeetingItem.id))).all()
    return [OpenItem(i.id, m.title, m.held_on, i.text, i.owner, i.due_on, (i.due_on - ctx.today()).days)
            for i, m in rows]


# --- SME green channel ---------------------------------------------------------------------------------


def flag_sme(ctx: Workspace, case_ref: str, *, enterprise: str = "", on: date | None = None,
             note: str = "") -> str:
    """Put an enterprise-party case in the green channel; the enterprise defaults to its first organisation party."""
    day = on or ctx.today()
    not_after_today(ctx, day, "日期")
    with ctx.db.write(ctx.actor, "涉企案件绿色通道") as session:
        dispute_id = resolve_case_id(session, case_ref)
        if session.scalars(select(SmeCase).where(col(SmeCase.dispute_id) == dispute_id)).first() is not None:
            raise ConflictError("本案已在涉企绿色通道中")
        name = enterprise.strip() or session.scalars(
            select(col(Party.name)).join(CaseParty, col(CaseParty.party_id) == col(Party.id))
            .where(col(CaseParty.dispute_id) == dispute_id, col(Party.kind) == PartyKind.ORGANIZATION.value)
            .order_by(col(CaseParty.position))).first() or ""
        if not name:
            raise ValidationError("企业", "本案当事人中没有企业；请写明企业名称")
        row = SmeCase(dispute_id=dispute_id, enterprise=name, flagged_on=day, note=note.strip())
        session.add(row)
        session.flush()
        return row.id


def sme_enterprise_cases(ctx: Workspace, start: date, end: date) -> list[str]:
    """Cases in the period with an organisation party that are not yet in the channel (candidates to flag)."""
    with ctx.db.read() as session:
        return list(session.scalars(
            select(col(Dispute.id)).join(CaseParty, col(CaseParty.dispute_id) == col(Dispute.id))
            .join(Party, col(Party.id) == col(CaseParty.party_id))
            .outerjoin(SmeCase, col(SmeCase.dispute_id) == col(Dispute.id))
            .where(col(Party.kind) == PartyKind.ORGANIZATION.value, col(SmeCase.id).is_(None),
                   col(Dispute.registered_on) >= start, col(Dispute.registered_on) <= end)
            .distinct()))
