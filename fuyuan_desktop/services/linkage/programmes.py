"""以庭代训 events and 司法救助: applications, review, capped amount, one payment per case, the charity-fund ledger."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.domain.case_numbers import normalize_number_query
from fuyuan_desktop.domain.errors import ConflictError, InputErrors, NotFoundError, ValidationError
from fuyuan_desktop.domain.linkage import ReliefStatus, case_key, person_key, relief_cap_fen
from fuyuan_desktop.services.linkage.common import (
    check_text,
    format_yuan,
    label_of,
    linkage_rules,
    not_after_today,
    parse_amount_fen,
    resolve_court,
)
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.linkage_models import ReliefCase, ReliefFundEntry, TrainingEvent


@dataclass(frozen=True)
class TrainingInput:
    held_on: date
    observer_orgs: str
    attendees: int
    case_number: str = ""
    cause: str = ""
    agency: str = ""
    head_appeared: bool = False
    deputies: int = 0
    lecturer: str = ""
    discussion: str = ""
    feedback: str = ""


def add_training(ctx: Workspace, data: TrainingInput, court: str | None = None) -> str:
    """Record a trial observed as training (观摩单位, headcount, 人大代表, discussion, feedback)."""
    errors: list[ValidationError] = []
    texts: dict[str, str] = {}
    for key, value, label, required, limit in (
        ("observer_orgs", data.observer_orgs, "观摩单位", True, 1000), ("case_number", data.case_number, "案号", False, 40),
        ("cause", data.cause, "案由", False, 100), ("agency", data.agency, "被诉机关", False, 200),
        ("lecturer", data.lecturer, "授课法官", False, 64), ("discussion", data.discussion, "座谈要点", False, 20000),
        ("feedback", data.feedback, "反馈", False, 20000),
    ):
        texts[key], err = check_text(value, label, required=required, limit=limit)
        errors += [err] if err else []
    if data.attendees < 1:
        errors.append(ValidationError("观摩人数", "至少 1 人"))
    if not 0 <= data.deputies <= max(data.attendees, 0):
        errors.append(ValidationError("人大代表、政协委员人数", "不能为负，也不能多于观摩人数"))
    try:
        not_after_today(ctx, data.held_on, "日期")
    except ValidationError as exc:
        errors.append(exc)
    if errors:
        raise InputErrors(errors)
    with ctx.db.write(ctx.actor, "登记以庭代训") as session:
        row = TrainingEvent(court_id=resolve_court(session, court).id, held_on=data.held_on,
                            head_appeared=data.head_appeared, attendees=data.attendees, deputies=data.deputies)
        for key, value in texts.items():
            setattr(row, key, value)
        session.add(row)
        session.flush()
        return row.id


@dataclass(frozen=True)
class TrainingTotals:
    year: int
    events: int
    attendees: int
    deputies: int
    organisations: int


def training_totals(ctx: Workspace, court_id: str | None = None) -> list[TrainingTotals]:
    """Events, 人次 and distinct observing organisations per year."""
    with ctx.db.read() as session:
        query = select(TrainingEvent).where(~col(TrainingEvent.deleted))
        if court_id:
            query = query.where(col(TrainingEvent.court_id) == court_id)
        rows = list(session.scalars(query))
    years: dict[int, list[TrainingEvent]] = {}
    for row in rows:
        years.setdefault(row.held_on.year, []).append(row)
    out = []
    for year in sorted(years):
        events = years[year]
        orgs = {person_key(o) for e in events for o in e.observer_orgs.replace("，", "、").replace(",", "、").split("、")
                if o.strip()}
        out.append(TrainingTotals(year, len(events), sum(e.attendees for e in events),
                                  sum(e.deputies for e in events), len(orgs)))
    return out


# --- 司法救助 ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReliefView:
    id: str
    case_number: str
    applicant: str
    status: str
    amount_fen: int | None
    cap_fen: int
    warnings: tuple[str, ...] = ()


def _relief_view(ctx: Workspace, row: ReliefCase, warnings: tuple[str, ...] = ()) -> ReliefView:
    rules = linkage_rules(ctx)
    return ReliefView(row.id, row.case_number, row.applicant, label_of(ReliefStatus, row.status), row.amount_fen,
                      relief_cap_fen(rules.wage_fen(row.county_code), rules.relief_cap_months), warnings)


def _same_relief(row: ReliefCase, case_number: str, applicant: str) -> bool:
    """一案一救助: the same case and applicant however either was spelt (brackets, spaces, width)."""
    return (case_key(row.case_number) == case_key(case_number)
            and person_key(row.applicant) == person_key(applicant))


def apply_relief(ctx: Workspace, case_number: str, applicant: str, applied_on: date, *, reason: str = "",
                 requested: str | None = None, county_code: str = "", court: str | None = None) -> ReliefView:
    """An application for state judicial assistance (one per applicant and case)."""
    number, err1 = check_text(case_number, "原案案号", required=True, limit=40)
    name, err2 = check_text(applicant, "申请人", required=True, limit=100)
    why, err3 = check_text(reason, "申请理由", required=False, limit=1000)
    errors = [e for e in (err1, err2, err3) if e]
    try:
        not_after_today(ctx, applied_on, "申请日期")
        fen = parse_amount_fen(requested, "申请金额")
    except ValidationError as exc:
        errors.append(exc)
    if errors:
        raise InputErrors(errors)
    number = normalize_number_query(number)
    with ctx.db.write(ctx.actor, "登记司法救助申请") as session:
        live = session.scalars(select(ReliefCase).where(
            ~col(ReliefCase.deleted), col(ReliefCase.status) != ReliefStatus.REJECTED.value)).all()
        existing = next((r for r in live if _same_relief(r, number, name)), None)
        if existing is not None:
            raise ConflictError(f"{name}已就{number}申请司法救助（同一案件只救助一次）")
        row = ReliefCase(court_id=resolve_court(session, court).id, case_number=number, applicant=name, reason=why,
                         applied_on=applied_on, requested_fen=fen, county_code=county_code.strip())
        session.add(row)
        session.flush()
        return _relief_view(ctx, row)


def decide_relief(ctx: Workspace, relief_id: str, *, granted: bool, amount: str | None, decided_on: date,
                  note: str = "", relief_number: str = "") -> ReliefView:
    """审查 and 决定: a granted amount may not exceed the cap (36 months' average wage by default)."""
    not_after_today(ctx, decided_on, "决定日期")
    fen = parse_amount_fen(amount, "救助金额")
    with ctx.db.write(ctx.actor, "司法救助决定") as session:
        row = session.get(ReliefCase, relief_id)
        if row is None or row.deleted:
            raise NotFoundError(f"找不到司法救助申请 {relief_id}")
        if row.status in (ReliefStatus.PAID.value, ReliefStatus.REJECTED.value):
            raise ConflictError(f"该申请已{label_of(ReliefStatus, row.status)}，不能再作决定")
        rules = linkage_rules(ctx)
        cap = relief_cap_fen(rules.wage_fen(row.county_code), rules.relief_cap_months)
        if granted:
            if not fen:
                raise ValidationError("救助金额", "决定救助须写明金额")
            if fen > cap:
                raise ValidationError("救助金额", f"超过上限 {format_yuan(cap)} 元（上年度职工月平均工资的 "
                                                  f"{rules.relief_cap_months} 个月）")
        row.status = ReliefStatus.GRANTED.value if granted else ReliefStatus.REJECTED.value
        row.amount_fen = fen if granted else None
        row.decided_on, row.review_note, row.relief_number = decided_on, note.strip(), relief_number.strip()
        session.flush()
        return _relief_view(ctx, row)


def pay_relief(ctx: Workspace, relief_id: str, paid_on: date, *, from_fund: bool = False) -> ReliefView:
    """发放: once per case; paid from the charity fund when asked (the fund's ledger gets the outgoing line)."""
    not_after_today(ctx, paid_on, "发放日期")
    with ctx.db.write(ctx.actor, "司法救助金发放") as session:
        row = session.get(ReliefCase, relief_id)
        if row is None or row.deleted:
            raise NotFoundError(f"找不到司法救助申请 {relief_id}")
        if row.status != ReliefStatus.GRANTED.value or row.amount_fen is None:
            raise ConflictError(f"该申请{label_of(ReliefStatus, row.status)}，只有决定救助的才能发放")
        paid = session.scalars(select(ReliefCase).where(
            col(ReliefCase.status) == ReliefStatus.PAID.value, col(ReliefCase.id) != row.id,
            ~col(ReliefCase.deleted))).all()
        paid_before = next((r for r in paid if _same_relief(r, row.case_number, row.applicant)), None)
        if paid_before is not None:
            raise ConflictError("该申请人就本案已领取过司法救助金（一案一次）")
        if from_fund:
            balance = _fund_balance(session, row.court_id)
            if balance < row.amount_fen:
                raise ValidationError("救助基金", f"余额 {format_yuan(balance)} 元不足以发放 {format_yuan(row.amount_fen)} 元")
            session.add(ReliefFundEntry(court_id=row.court_id, entry_on=paid_on, direction="out",
                                        counterpart=f"{row.applicant}（{row.case_number}）", amount_fen=row.amount_fen,
                                        relief_id=row.id, note="司法救助金发放"))
        row.status, row.paid_on = ReliefStatus.PAID.value, paid_on
        session.flush()
        return _relief_view(ctx, row)


def _fund_balance(session: Session, court_id: str) -> int:
    total = 0
    for direction, amount in session.execute(
        select(col(ReliefFundEntry.direction), func.sum(col(ReliefFundEntry.amount_fen)))
        .where(col(ReliefFundEntry.court_id) == court_id, ~col(ReliefFundEntry.deleted))
        .group_by(col(ReliefFundEntry.direction))
    ):
        total += int(amount or 0) * (1 if direction == "in" else -1)
    return total


def fund_income(ctx: Workspace, entry_on: date, source: str, amount: str, *, note: str = "",
                court: str | None = None) -> int:
    """Money into the charity fund (捐赠、财政拨付…); returns the balance after it, in fen."""
    not_after_today(ctx, entry_on, "入账日期")
    name, err = check_text(source, "资金来源", required=True, limit=200)
    if err:
        raise err
    fen = parse_amount_fen(amount, "金额")
    if not fen:
        raise ValidationError("金额", "应大于 0")
    with ctx.db.write(ctx.actor, "救助基金入账") as session:
        court_row = resolve_court(session, court)
        session.add(ReliefFundEntry(court_id=court_row.id, entry_on=entry_on, direction="in", counterpart=name,
                                    amount_fen=fen, note=note.strip()))
        session.flush()
        return _fund_balance(session, court_row.id)
