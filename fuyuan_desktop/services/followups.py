"""Follow-up tasks (履行回访): created with a due date, listed when due, completed with a result."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlmodel import col

from fuyuan_desktop.domain.enums import Performance, TaskStatus
from fuyuan_desktop.domain.errors import NotFoundError, ValidationError
from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.intake import check_text, parse_amount_fen
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import AgreementClause, Dispute, FollowUp


@dataclass(frozen=True)
class FollowUpView:
    id: str
    dispute_id: str
    number: str
    kind: str
    due_on: date
    status: str
    note: str


def add_follow_up(ctx: Workspace, case_ref: str, due_on: date, *, kind: str = "履行回访", note: str = "") -> str:
    clean, err = check_text(note, "回访事项", required=False, limit=1000)
    if err:
        raise err
    with ctx.db.write(ctx.actor, "安排回访") as session:
        dispute_id = resolve_case_id(session, case_ref)
        row = FollowUp(dispute_id=dispute_id, kind=kind, due_on=due_on, note=clean)
        session.add(row)
        return row.id


def complete_follow_up(ctx: Workspace, follow_up_id: str, *, result: str, done_on: date | None = None,
                       performance: str = "", paid: str | None = None) -> None:
    """Complete a 回访 with its result; a 履行回访 of a clause also records how the clause was performed."""
    clean, err = check_text(result, "回访结果", required=True, limit=1000)
    if err:
        raise err
    when = done_on or ctx.today()
    if when > ctx.today():
        raise ValidationError("回访日期", f"{when.isoformat()} 晚于今天")
    fen = parse_amount_fen(paid, "已履行金额") if paid else None
    with ctx.db.write(ctx.actor, "完成回访") as session:
        row = session.get(FollowUp, follow_up_id)
        if row is None or row.deleted:
            raise NotFoundError(f"找不到回访任务 {follow_up_id}")
        if row.status != TaskStatus.PENDING.value:
            raise ValidationError("回访任务", f"该任务已是「{TaskStatus.of(row.status).label}」")
        if row.clause_id:
            if not performance:
                raise ValidationError("履行情况", "履行回访须写明履行情况：全部履行、部分履行或未履行")
            try:
                chosen = Performance.parse(performance)
            except KeyError:
                raise ValidationError("履行情况", f"「{performance}」应为 全部履行、部分履行 或 未履行") from None
            clause = session.get(AgreementClause, row.clause_id)
            due_fen = clause.amount_fen if clause is not None else None
            if fen is not None and due_fen is not None and fen > due_fen:
                raise ValidationError("已履行金额", f"超过本条应履行的 {due_fen / 100:,.2f} 元")
            if chosen is Performance.PARTLY and fen is not None and due_fen is not None and fen == due_fen:
                raise ValidationError("履行情况", "已履行金额等于应履行金额，应为全部履行")
            row.performance = chosen.value
            row.paid_fen = due_fen if chosen is Performance.FULL and fen is None else fen
        elif performance:
            raise ValidationError("履行情况", "只有协议条款的履行回访记录履行情况")
        row.status = TaskStatus.DONE.value
        row.result = clean
        row.done_on = when


@dataclass(frozen=True)
class PerformanceItem:
    """One clause with a deadline and its 履行回访: due, performed in full or in part, or overdue."""

    follow_up_id: str
    position: int
    obligor: str
    text: str
    amount_fen: int | None
    deadline: date
    status: str  # 待履行 / 全部履行 / 部分履行 / 未履行 / 逾期未回访
    paid_fen: int | None
    visit_due: date
    visit_status: str
    result: str


@dataclass(frozen=True)
class CasePerformance:
    items: list[PerformanceItem]
    due: int
    full: int

    @property
    def rate(self) -> float | None:
        """自动履行率: clauses performed in full ÷ clauses whose deadline has passed or whose result is in."""
        return self.full / self.due if self.due else None


def case_performance(ctx: Workspace, case_ref: str) -> CasePerformance:
    """The 履行 items of a case's agreements (one per clause with a deadline), with the case's 自动履行率."""
    today = ctx.today()
    with ctx.db.read() as session:
        dispute_id = resolve_case_id(session, case_ref)
        rows = session.execute(
            select(FollowUp, AgreementClause)
            .join(AgreementClause, col(AgreementClause.id) == col(FollowUp.clause_id))
            .where(col(FollowUp.dispute_id) == dispute_id, ~col(FollowUp.deleted),
                   col(FollowUp.status) != TaskStatus.CANCELLED.value)
            .order_by(col(AgreementClause.deadline), col(AgreementClause.position))
        ).all()
    items = []
    for f, c in rows:
        assert c.deadline is not None
        if f.performance:
            status = Performance.of(f.performance).label
        elif c.deadline < today:
            status = "逾期未回访" if f.due_on < today else "履行期限已届满"
        else:
            status = "待履行"
        items.append(PerformanceItem(f.id, c.position, c.obligor, c.text, c.amount_fen, c.deadline, status,
                                     f.paid_fen, f.due_on, TaskStatus.of(f.status).label, f.result))
    due = [i for i in items if i.deadline < today or i.status in {p.label for p in Performance}]
    return CasePerformance(items, len(due), sum(1 for i in due if i.status == Performance.FULL.label))


def due_follow_ups(ctx: Workspace, *, within_days: int = 7) -> list[FollowUpView]:
    """Pending follow-ups due within ``within_days`` (and all overdue ones)."""
    horizon = date.fromordinal(ctx.today().toordinal() + within_days)
    with ctx.db.read() as session:
        rows = session.execute(
            select(FollowUp, Dispute)
            .join(Dispute, col(Dispute.id) == col(FollowUp.dispute_id))
            .where(
                col(FollowUp.status) == TaskStatus.PENDING.value,
                col(FollowUp.due_on) <= horizon,
                ~col(FollowUp.deleted),
            )
            .order_by(col(FollowUp.due_on))
        ).all()
    return [
        FollowUpView(
            f.id,
            d.id,
            d.official_number or d.provisional_number,
            f.kind,
            f.due_on,
            TaskStatus.of(f.status).label,
            f.note,
        )
        for f, d in rows
    ]
