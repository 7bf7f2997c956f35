"""Agency heads in court (负责人出庭应诉): hearings, notice served in time, who appeared, rates and flags."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlmodel import col

from fuyuan_desktop.domain.errors import InputErrors, NotFoundError, ValidationError
from fuyuan_desktop.domain.linkage import (
    AbsenceReason,
    AgencyFlag,
    Appearance,
    AppearanceRate,
    CaseInstance,
    HearingFact,
    Instance,
    case_instances,
    case_key,
    failure_of,
    notice_short_by,
    person_key,
    quarter_of,
    repeated_non_appearance,
)
from fuyuan_desktop.reports.stats import hearing_facts
from fuyuan_desktop.services.courts import court_full_name
from fuyuan_desktop.services.linkage.common import (
    check_text,
    in_period,
    label_of,
    linkage_rules,
    parse_enum,
    resolve_court,
    resolve_tribunal,
)
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.linkage_models import Hearing
from fuyuan_desktop.store.models import Court, Dispute


@dataclass(frozen=True)
class HearingView:
    id: str
    court: str
    case_number: str
    agency: str
    agency_level: str
    instance: str
    mandatory: bool
    hearing_on: date
    notice_served_on: date | None
    appearance: str
    appearer: str
    appearer_post: str
    absence_reason: str
    failure: str
    warnings: tuple[str, ...] = ()


def _facts(rows: list[Hearing]) -> list[HearingFact]:
    return [HearingFact(r.case_number, r.instance, r.agency, r.hearing_on, r.appearance, r.absence_reason,
                        r.left_early, r.refused_to_explain) for r in rows]


def _view(ctx: Workspace, row: Hearing, court: str) -> HearingView:
    rules = linkage_rules(ctx)
    notice_days = ctx.reference.deadline_rules.agency_head_notice_days
    warnings = []
    short = notice_short_by(row.notice_served_on, row.hearing_on, notice_days)
    if short is None:
        warnings.append(f"未登记出庭通知书送达日期（应在开庭 {notice_days} 日前送达）")
    elif short:
        warnings.append(f"出庭通知书送达距开庭不足 {notice_days} 日（行政机关负责人出庭应诉规定第五条）")
    fact = _facts([row])[0]
    failure = failure_of(fact, rules.appearance) or ""
    if failure:
        warnings.append(f"{failure}：依规定应向监察机关、上一级行政机关提出司法建议，并在裁判文书中载明")
    return HearingView(
        id=row.id, court=court, case_number=row.case_number, agency=row.agency, agency_level=row.agency_level,
        instance=label_of(Instance, row.instance), mandatory=row.mandatory, hearing_on=row.hearing_on,
        notice_served_on=row.notice_served_on,
        appearance=label_of(Appearance, row.appearance) if row.appearance else "",
        appearer=row.appearer, appearer_post=row.appearer_post,
        absence_reason=label_of(AbsenceReason, row.absence_reason) if row.absence_reason else "",
        failure=failure, warnings=tuple(warnings),
    )


def schedule_hearing(ctx: Workspace, case_number: str, agency: str, hearing_on: date, *,
                     notice_served_on: date | None = None, instance: str = "一审", mandatory: bool = False,
                     agency_level: str = "", county_code: str = "", court: str | None = None) -> HearingView:
    """A hearing of an administrative case; warns when the notice to appear was served under 3 days before."""
    errors: list[ValidationError] = []
    number, err = check_text(case_number, "案号", required=True, limit=40)
    errors += [err] if err else []
    organ, err = check_text(agency, "被诉行政机关", required=True, limit=200)
    errors += [err] if err else []
    try:
        level = parse_enum(Instance, instance, "审级").value
    except ValidationError as exc:
        errors.append(exc)
    if notice_served_on is not None and notice_served_on > hearing_on:
        errors.append(ValidationError("通知送达日期", "晚于开庭日期"))
    if errors:
        raise InputErrors(errors)
    with ctx.db.write(ctx.actor, "登记行政案件开庭") as session:
        court_row = resolve_court(session, court)
        # The case on file under this number however it was typed (brackets, spaces, width): its tribunal
        # scopes the hearing in tribunal statistics (docs/domain.md §11.5).
        key = case_key(number)
        dispute_id = session.scalars(select(col(Dispute.id)).where(
            or_(col(Dispute.official_key) == key, col(Dispute.provisional_key) == key), ~col(Dispute.deleted))).first()
        row = Hearing(court_id=court_row.id, dispute_id=dispute_id, case_number=number, agency=organ,
                      agency_level=agency_level.strip(),
                      county_code=county_code.strip(), instance=level, mandatory=mandatory, hearing_on=hearing_on,
                      notice_served_on=notice_served_on)
        session.add(row)
        session.flush()
        return _view(ctx, row, court_row.name)


def record_appearance(ctx: Workspace, hearing_id: str, appearance: str, *, appearer: str = "",
                      post: str = "", absence_reason: str = "", absence_proof: bool = False,
                      left_early: bool = False, refused_to_explain: bool = False,
                      spoke_on_resolution: bool = False, identity_submitted: bool = True) -> HearingView:
    """Who appeared (正职、副职、分管负责人、仅工作人员、无人) and, if no head, the reason (S9 art 8)."""
    kind = parse_enum(Appearance, appearance, "出庭情况")
    reason = parse_enum(AbsenceReason, absence_reason, "未出庭理由").value if absence_reason else ""
    rules = linkage_rules(ctx).appearance
    if kind.value in rules.qualifying and not appearer.strip():
        raise ValidationError("出庭负责人", "负责人出庭时须写明姓名")
    if kind.value not in rules.qualifying and not reason:
        reason = AbsenceReason.NONE.value
    if reason in rules.valid_reasons and not absence_proof:
        raise ValidationError("未出庭理由", "正当理由须有加盖公章或负责人签字的书面证明（第九条）；请登记证明")
    with ctx.db.write(ctx.actor, "登记负责人出庭情况") as session:
        row = session.get(Hearing, hearing_id)
        if row is None or row.deleted:
            raise NotFoundError(f"找不到开庭记录 {hearing_id}")
        if kind.value in rules.qualifying and not identity_submitted:
            # S9 art 6: a defect in the identity proof that cannot be cured counts as not appearing.
            kind, reason = Appearance.STAFF, AbsenceReason.NONE.value
        row.appearance, row.appearer, row.appearer_post = kind.value, appearer.strip(), post.strip()
        row.absence_reason, row.absence_proof = reason, absence_proof
        row.left_early, row.refused_to_explain = left_early, refused_to_explain
        row.spoke_on_resolution, row.identity_submitted = spoke_on_resolution, identity_submitted
        session.flush()
        return _view(ctx, row, court_full_name(session, row.court_id))


def _rows(ctx: Workspace, start: date | None, end: date | None, court: str | None,
          tribunal: str | None = None) -> list[tuple[Hearing, str]]:
    """Hearings of one court (all when None) in [start, end]; with a tribunal, only hearings of its disputes."""
    with ctx.db.read() as session:
        query = (select(Hearing, col(Court.name)).join(Court, col(Court.id) == col(Hearing.court_id))
                 .where(~col(Hearing.deleted)))
        if court:
            query = query.where(col(Hearing.court_id) == resolve_court(session, court).id)
        if tribunal:
            query = query.join(Dispute, col(Dispute.id) == col(Hearing.dispute_id)).where(
                col(Dispute.tribunal_id) == resolve_tribunal(session, tribunal).id)
        rows = [(h, str(name)) for h, name in session.execute(query.order_by(col(Hearing.hearing_on),
                                                                             col(Hearing.id)))]
    return [(h, name) for h, name in rows if in_period(h.hearing_on, start, end)]


def hearings(ctx: Workspace, start: date | None = None, end: date | None = None,
             court: str | None = None) -> list[HearingView]:
    return [_view(ctx, h, name) for h, name in _rows(ctx, start, end, court)]


def hearing_courts(ctx: Workspace, start: date | None, end: date | None, court: str | None = None) -> list[str]:
    """The names of the courts whose hearings a report for [start, end] shows (to head the report with)."""
    return sorted({name for _h, name in _rows(ctx, start, end, court)})


@dataclass(frozen=True)
class RateRow:
    """出庭率 of one group (an agency, a quarter, a year or all), with 出声率 and the key cases' 正职出庭率
    (docs/domain.md §10.2)."""

    group: str
    heard: int
    appeared: int
    chief: int
    rate: float | None
    chief_rate: float | None
    spoke: int = 0
    spoke_rate: float | None = None
    key_heard: int = 0
    key_chief: int = 0
    key_chief_rate: float | None = None


def appearance_rates(ctx: Workspace, by: str = "agency", start: date | None = None, end: date | None = None,
                     court: str | None = None, tribunal: str | None = None) -> list[RateRow]:
    """Rates per ``agency``, ``quarter``, ``year`` or ``all`` (docs/domain.md §11.5).

    Each (case, 审级) pair counts once, in the period (and under the agency) of its first recorded hearing in
    [start, end]; so quarterly denominators add up to the year's.
    """
    keys: dict[str, Callable[[CaseInstance], str]] = {
        "agency": lambda p: p.agency, "quarter": lambda p: quarter_of(p.counted_on),
        "year": lambda p: str(p.counted_on.year), "all": lambda p: "合计",
    }
    if by not in keys:
        raise ValidationError("分组", f"应为 {'、'.join(keys)} 之一")
    rules = linkage_rules(ctx).appearance
    # Hearings before the period still decide which pairs began earlier; those after it are not read.
    rows = [h for h, _name in _rows(ctx, None, end, court, tribunal)]
    with ctx.db.read() as session:
        facts = hearing_facts(session, rows)
    groups: dict[str, list[CaseInstance]] = defaultdict(list)
    names: dict[str, str] = {}  # an agency however its name was typed, shown as first typed
    for pair in case_instances(facts, rules, start=start, end=end):
        group = keys[by](pair)
        groups[names.setdefault(person_key(group), group) if by == "agency" else group].append(pair)
    out = []
    for group in sorted(groups):
        r = AppearanceRate.of(groups[group])
        out.append(RateRow(group, r.heard, r.appeared, r.chief, r.rate, r.chief_rate, r.spoke, r.spoke_rate,
                           r.key_heard, r.key_chief, r.key_chief_rate))
    return out


def agency_flags(ctx: Workspace, court: str | None = None, *, as_of: date | None = None,
                 since: date | None = None) -> list[AgencyFlag]:
    """Agencies with repeated non-appearance in the rule's window up to ``as_of`` (today by default), no earlier
    than ``since`` (a year's white paper passes the year's first day)."""
    rules = linkage_rules(ctx).appearance
    end = as_of or ctx.today()
    return repeated_non_appearance(_facts([h for h, _n in _rows(ctx, since, end, court)]), end, rules, since=since)
