"""Follow-up tasks (履行回访): created with a due date, listed when due, completed with a result."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlmodel import col

from fuyuan_desktop.domain.enums import TaskStatus
from fuyuan_desktop.domain.errors import NotFoundError, ValidationError
from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.intake import check_text
from fuyuan_desktop.store.models import Dispute, FollowUp


@dataclass(frozen=True)
class FollowUpView:
    id: str
    dispute_id: str
    number: str
    kind: str
    due_on: date
    status: str
    note: str


def add_follow_up(ctx: ServiceContext, case_ref: str, due_on: date, *, kind: str = "履行回访", note: str = "") -> str:
    clean, err = check_text(note, "回访事项", required=False, limit=1000)
    if err:
        raise err
    with ctx.db.write(ctx.actor, "安排回访") as session:
        dispute_id = resolve_case_id(session, case_ref)
        row = FollowUp(dispute_id=dispute_id, kind=kind, due_on=due_on, note=clean)
        session.add(row)
        return row.id


def complete_follow_up(ctx: ServiceContext, follow_up_id: str, *, result: str, done_on: date | None = None) -> None:
    clean, err = check_text(result, "回访结果", required=True, limit=1000)
    if err:
        raise err
    when = done_on or ctx.today()
    if when > ctx.today():
        raise ValidationError("回访日期", f"{when.isoformat()} 晚于今天")
    with ctx.db.write(ctx.actor, "完成回访") as session:
        row = session.get(FollowUp, follow_up_id)
        if row is None:
            raise NotFoundError(f"找不到回访任务 {follow_up_id}")
        if row.status != TaskStatus.PENDING.value:
            raise ValidationError("回访任务", f"该任务已是「{TaskStatus.of(row.status).label}」")
        row.status = TaskStatus.DONE.value
        row.result = clean
        row.done_on = when


def due_follow_ups(ctx: ServiceContext, *, within_days: int = 7) -> list[FollowUpView]:
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
