"""The conflict log and the quarantine for review: list them, keep the winner or restore the losing value.

Restoring goes through the ordinary write path, so it gets a fresh HLC and syncs like any other change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlmodel import col

from fuyuan_desktop.domain.errors import NotFoundError, ValidationError
from fuyuan_desktop.store.db import Database
from fuyuan_desktop.store.models import SYNCED_TABLES
from fuyuan_desktop.store.sync_models import SyncConflict, SyncQuarantine
from fuyuan_desktop.store.types import utcnow
from fuyuan_desktop.sync.rows import decode_row, table_named
from fuyuan_desktop.sync.status import TABLE_LABELS

STATUS_LABELS = {"open": "待复核", "kept": "已确认保留", "restored": "已恢复落选值"}
KIND_LABELS = {"field": "字段冲突", "final_document": "定稿文书另存为新版本",
               "ownership": "其他法院或设备的记录（未覆盖，待复核）"}
# The fields two devices most often both change, in the words of the case file (others show their column name).
FIELD_LABELS = {
    "name": "姓名/名称", "phone": "电话", "address": "住址", "id_number": "证件号码", "kind": "类别",
    "summary": "纠纷概要", "claims": "诉求", "amount_fen": "标的额", "status": "状态", "outcome": "结果",
    "outcome_note": "结果说明", "category": "纠纷类型", "place_text": "地点", "place_id": "地点",
    "due_on": "期限", "closed_on": "结案日期", "accepted_on": "受理日期", "registered_on": "登记日期",
    "extension_days": "延长天数", "official_number": "正式案号", "provisional_number": "临时编号",
    "text": "内容", "body": "正文", "content": "内容", "note": "备注", "notes": "备注", "title": "标题",
    "scheduled_at": "时间", "starts_at": "开始时间", "ends_at": "结束时间", "location": "地点",
    "role": "身份", "mediator_id": "调解员", "tribunal_id": "法庭", "court_id": "法院", "result": "结果",
    "due_date": "期限", "reply": "回复", "replied_on": "回复日期", "sent_on": "发送日期",
    "suspended_on": "中止日期", "suspension_reason": "中止原因", "paused_days": "中止天数",
    "undisputed_facts": "无争议事实",
}


@dataclass(frozen=True)
class ConflictView:
    id: str
    kind: str
    kind_label: str
    table_name: str
    table_label: str
    row_id: str
    field: str
    field_label: str
    kept_value: str
    lost_value: str
    kept_hlc: str
    lost_hlc: str
    lost_device: str
    detected_at: str
    status: str
    status_label: str


@dataclass(frozen=True)
class QuarantineView:
    id: str
    bundle_id: str
    device_id: str
    table_name: str
    row_id: str
    reason: str
    at: str


def _shown(value: str) -> str:
    try:
        decoded = json.loads(value)
    except ValueError:
        return value
    return "（空）" if decoded in (None, "") else str(decoded)


def _local(moment: datetime) -> str:
    """Stored in UTC, shown in the court's time."""
    from fuyuan_desktop.domain.court_time import COURT_TZ

    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return f"{moment.astimezone(COURT_TZ):%Y-%m-%d %H:%M}"


def _view(c: SyncConflict) -> ConflictView:
    return ConflictView(c.id, c.kind, KIND_LABELS.get(c.kind, c.kind), c.table_name,
                        TABLE_LABELS.get(c.table_name, c.table_name), c.row_id, c.field,
                        FIELD_LABELS.get(c.field, c.field) if c.field else "", _shown(c.kept_value),
                        _shown(c.lost_value), c.kept_hlc, c.lost_hlc, c.lost_device,
                        _local(c.detected_at), c.status, STATUS_LABELS.get(c.status, c.status))


def list_conflicts(db: Database, *, include_resolved: bool = False) -> list[ConflictView]:
    with db.read() as session:
        query = select(SyncConflict).order_by(col(SyncConflict.detected_at).desc())
        if not include_resolved:
            query = query.where(col(SyncConflict.status) == "open")
        return [_view(c) for c in session.scalars(query)]


def list_quarantine(db: Database) -> list[QuarantineView]:
    with db.read() as session:
        rows = session.scalars(select(SyncQuarantine).order_by(col(SyncQuarantine.at).desc()))
        return [QuarantineView(q.id, q.bundle_id, q.device_id, q.table_name, q.row_id, q.reason,
                               _local(q.at)) for q in rows]


def resolve_conflict(db: Database, conflict_id: str, *, restore: bool, actor: str) -> ConflictView:
    """Keep the kept value, or write the losing value back (a new change that syncs)."""
    models = {m.__table__.name: m for m in SYNCED_TABLES}  # type: ignore[attr-defined]
    with db.write(actor, "复核同步冲突") as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None:
            raise NotFoundError(f"找不到冲突记录 {conflict_id}")
        if conflict.status != "open":
            raise ValidationError("冲突", f"该冲突已处理（{STATUS_LABELS.get(conflict.status, conflict.status)}）")
        if restore:
            if conflict.kind not in ("field", "ownership"):
                raise ValidationError("冲突", "定稿文书不合并：两个版本都已保留，无需恢复")
            model, table = models.get(conflict.table_name), table_named(conflict.table_name)
            if model is None or table is None:
                raise NotFoundError(f"未知的表 {conflict.table_name}")
            row = session.get(model, conflict.row_id)
            if row is None:
                raise NotFoundError("冲突所在的记录已不存在")
            value = decode_row(table, {conflict.field: json.loads(conflict.lost_value)})[conflict.field]
            setattr(row, conflict.field, value)
        conflict.status = "restored" if restore else "kept"
        conflict.resolved_by = actor[:64]
        conflict.resolved_at = utcnow()
        db.audit(session, entity="syncconflict", entity_id=conflict.id, after={"status": conflict.status})
        return _view(conflict)
