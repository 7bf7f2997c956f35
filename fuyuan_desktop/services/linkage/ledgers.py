"""The ledgers (台账) the courts keep, each from the store, exported to Excel or CSV through reports.ledgers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from fuyuan_desktop.domain.cause_refs import cause_or_category
from fuyuan_desktop.domain.court_time import COURT_TZ
from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.domain.linkage import ReliefStatus, RiskLevel
from fuyuan_desktop.reports.ledgers import Ledger as Ledger  # what build_ledger returns
from fuyuan_desktop.reports.ledgers import LedgerColumn, write_csv, write_xlsx
from fuyuan_desktop.services.linkage.admin import admin_ledger
from fuyuan_desktop.services.linkage.clusters import SCOPE_LABELS, similar_clusters
from fuyuan_desktop.services.linkage.common import in_period, label_of, resolve_court
from fuyuan_desktop.services.linkage.community import village_sheet
from fuyuan_desktop.services.linkage.followup import recommendation_ledger
from fuyuan_desktop.services.linkage.hearings import hearings
from fuyuan_desktop.services.linkage.outreach import joint_trainings, oral_recommendations
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.linkage_models import (
    JointMeeting,
    MeetingItem,
    ReliefCase,
    ReliefFundEntry,
    RiskProject,
    SmeCase,
    TrainingEvent,
)
from fuyuan_desktop.store.models import Court, Dispute

C = LedgerColumn
YUAN = "#,##0.00"


def _yuan(fen: int | None) -> float | None:
    return None if fen is None else fen / 100


def _yes(flag: bool | None) -> str:
    return "" if flag is None else ("是" if flag else "否")


def _pct(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass(frozen=True)
class Period:
    start: date | None
    end: date | None
    court: str | None


def _admin(ctx: Workspace, p: Period) -> list[Any]:
    return admin_ledger(ctx, p.start, p.end, p.court)


def _court_id(ctx: Workspace, p: Period) -> str | None:
    if not p.court:
        return None
    with ctx.db.read() as session:
        return resolve_court(session, p.court).id


def _rows(ctx: Workspace, p: Period, model: Any, day: Any, order: Any) -> list[Any]:
    with ctx.db.read() as session:
        query = select(model).where(~col(model.deleted))
        court_id = _court_id(ctx, p)
        if court_id and hasattr(model, "court_id"):
            query = query.where(col(model.court_id) == court_id)
        rows = list(session.scalars(query.order_by(order, col(model.id))))
    return [r for r in rows if in_period(day(r), p.start, p.end)]


def _meetings(ctx: Workspace, p: Period) -> list[Any]:
    with ctx.db.read() as session:
        rows = session.execute(select(MeetingItem, JointMeeting)
                               .join(JointMeeting, col(JointMeeting.id) == col(MeetingItem.meeting_id))
                               .where(~col(MeetingItem.deleted))
                               .order_by(col(JointMeeting.held_on), col(MeetingItem.due_on))).all()
    return [(i, m) for i, m in rows if in_period(m.held_on, p.start, p.end)]


def _sme(ctx: Workspace, p: Period) -> list[Any]:
    with ctx.db.read() as session:
        rows = session.execute(select(SmeCase, Dispute, Court).join(Dispute, col(Dispute.id) == col(SmeCase.dispute_id))
                               .join(Court, col(Court.id) == col(Dispute.court_id))
                               .where(~col(SmeCase.deleted)).order_by(col(Dispute.registered_on))).all()
    return [r for r in rows if in_period(r[1].registered_on, p.start, p.end)]


def _number(d: Dispute) -> str:
    return d.official_number or d.provisional_number


LEDGERS: dict[str, tuple[str, Callable[[Workspace, Period], list[Any]], tuple[LedgerColumn, ...]]] = {
    "admin": ("行政争议协调化解台账", _admin, (
        C("收案编号", 30, lambda r: r.number), C("收案日期", 12, lambda r: r.registered_on), C("法院", 22, lambda r: r.court),
        C("来源", 12, lambda r: r.source), C("被申请机关", 30, lambda r: r.agency), C("机关层级", 12, lambda r: r.agency_level),
        C("领域", 12, lambda r: r.field), C("案由", 20, lambda r: r.cause), C("被诉行政行为", 30, lambda r: r.act), C("文号", 24, lambda r: r.act_number),
        C("行为日期", 12, lambda r: r.act_date), C("涉及人数", 9, lambda r: r.people),
        C("群体性", 8, lambda r: _yes(r.group_case)), C("程序状态", 16, lambda r: r.procedure_state),
        C("分流", 16, lambda r: r.triage), C("分流理由", 30, lambda r: r.triage_reason),
        C("分流日期", 12, lambda r: r.triaged_on), C("负责人参与", 10, lambda r: _yes(r.head_participated)),
        C("结果", 16, lambda r: r.outcome), C("化解", 6, lambda r: _yes(r.resolved) if r.outcome else ""),
        C("结案日期", 12, lambda r: r.closed_on), C("用时（日）", 10, lambda r: r.days),
        C("兑付金额（元）", 14, lambda r: _yuan(r.amount_paid_fen), YUAN), C("后续诉讼案号", 26, lambda r: r.later_case_number),
        C("最早届满的期限", 14, lambda r: r.earliest_limitation),
    )),
    "hearings": ("行政机关负责人出庭应诉台账", lambda ctx, p: hearings(ctx, p.start, p.end, p.court), (
        C("案号", 28, lambda r: r.case_number), C("法院", 22, lambda r: r.court), C("被诉机关", 30, lambda r: r.agency),
        C("机关层级", 12, lambda r: r.agency_level), C("审级", 6, lambda r: r.instance),
        C("应当通知出庭", 12, lambda r: _yes(r.mandatory)), C("开庭日期", 12, lambda r: r.hearing_on),
        C("通知送达日期", 12, lambda r: r.notice_served_on), C("出庭情况", 14, lambda r: r.appearance),
        C("出庭人", 12, lambda r: r.appearer), C("职务", 16, lambda r: r.appearer_post),
        C("未出庭理由", 20, lambda r: r.absence_reason), C("应提司法建议的情形", 30, lambda r: r.failure),
    )),
    "recommendations": ("司法建议台账", lambda ctx, p: recommendation_ledger(ctx, p.start, p.end, _court_id(ctx, p)), (
        C("编号", 18, lambda r: r.number), C("法院", 22, lambda r: r.court), C("标题", 36, lambda r: r.subject),
        C("被建议单位", 30, lambda r: r.recipient), C("来源", 8, lambda r: r.origin), C("来源案件/类案", 34, lambda r: r.source),
        C("状态", 8, lambda r: r.status), C("送达日期", 12, lambda r: r.sent_on), C("反馈期限", 12, lambda r: r.reply_due),
        C("反馈日期", 12, lambda r: r.reply_on), C("按期反馈", 9, lambda r: _yes(r.replied_in_time)),
        C("采纳情况", 10, lambda r: r.adoption), C("跟踪落实", 30, lambda r: r.follow_up),
        C("优秀司法建议", 12, lambda r: "是" if r.excellent else ""), C("逾期未反馈", 10, lambda r: "是" if r.overdue else ""),
    )),
    "training": ("以庭代训台账", lambda ctx, p: _rows(ctx, p, TrainingEvent, lambda r: r.held_on,
                                                   col(TrainingEvent.held_on)), (
        C("日期", 12, lambda r: r.held_on), C("案号", 28, lambda r: r.case_number), C("案由", 20, lambda r: r.cause),
        C("被诉机关", 28, lambda r: r.agency), C("负责人出庭", 10, lambda r: _yes(r.head_appeared)),
        C("观摩单位", 40, lambda r: r.observer_orgs), C("观摩人数", 9, lambda r: r.attendees),
        C("人大代表、政协委员", 12, lambda r: r.deputies), C("授课/点评法官", 14, lambda r: r.lecturer),
        C("座谈要点", 40, lambda r: r.discussion), C("反馈", 30, lambda r: r.feedback),
    )),
    "cotraining": ("同堂培训台账", lambda ctx, p: joint_trainings(ctx, p.start, p.end, p.court), (
        C("日期", 12, lambda r: r.held_on), C("组织单位", 24, lambda r: r.organiser), C("地点", 24, lambda r: r.place),
        C("培训主题", 30, lambda r: r.topic), C("授课人", 20, lambda r: r.lecturers),
        C("参训单位及人数", 50, lambda r: r.agencies_text), C("参训人数", 9, lambda r: r.attendees),
        C("其中机关负责人", 12, lambda r: r.heads), C("培训材料", 30, lambda r: "、".join(r.materials.split())),
        C("备注", 24, lambda r: r.note),
    )),
    "oral": ("口头建议台账", lambda ctx, p: oral_recommendations(ctx, p.start, p.end, p.court), (
        C("日期", 12, lambda r: r.given_on), C("被建议单位", 28, lambda r: r.agency), C("提出法官", 12, lambda r: r.judge),
        C("场合", 10, lambda r: r.occasion), C("关联案号", 28, lambda r: r.case_number),
        C("建议内容", 40, lambda r: r.content), C("单位反馈", 36, lambda r: r.response),
        C("反馈日期", 12, lambda r: r.responded_on), C("采纳情况", 10, lambda r: r.adoption),
    )),
    "relief": ("司法救助台账", lambda ctx, p: _rows(ctx, p, ReliefCase, lambda r: r.applied_on, col(ReliefCase.applied_on)), (
        C("原案案号", 28, lambda r: r.case_number), C("救助案号", 24, lambda r: r.relief_number),
        C("申请人", 12, lambda r: r.applicant), C("申请日期", 12, lambda r: r.applied_on),
        C("申请理由", 30, lambda r: r.reason), C("申请金额（元）", 14, lambda r: _yuan(r.requested_fen), YUAN),
        C("状态", 10, lambda r: label_of(ReliefStatus, r.status)), C("决定日期", 12, lambda r: r.decided_on),
        C("救助金额（元）", 14, lambda r: _yuan(r.amount_fen), YUAN), C("发放日期", 12, lambda r: r.paid_on),
        C("审查意见", 30, lambda r: r.review_note),
    )),
    "fund": ("司法救助慈善基金收支台账", lambda ctx, p: _rows(ctx, p, ReliefFundEntry, lambda r: r.entry_on,
                                                      col(ReliefFundEntry.entry_on)), (
        C("日期", 12, lambda r: r.entry_on), C("收支", 6, lambda r: "收入" if r.direction == "in" else "支出"),
        C("来源/用途", 36, lambda r: r.counterpart), C("收入（元）", 14, lambda r: _yuan(r.amount_fen) if r.direction == "in"
                                                   else None, YUAN),
        C("支出（元）", 14, lambda r: _yuan(r.amount_fen) if r.direction == "out" else None, YUAN),
        C("说明", 30, lambda r: r.note),
    )),
    "villages": ("无讼村屯指标表", lambda ctx, p: village_sheet(ctx, (p.end or ctx.today()).year, court=p.court), (
        C("村屯/社区", 14, lambda r: r.name), C("乡镇", 12, lambda r: r.township), C("状态", 8, lambda r: r.status),
        C("按标准", 8, lambda r: r.judged), C("未达标项", 30, lambda r: "；".join(r.unmet)),
        C("人工认定", 14, lambda r: r.override or ("人工认定：已达标" if r.status_reason else "")),
        C("认定理由", 30, lambda r: r.override_reason or r.status_reason),
        C("创建起始年度", 12, lambda r: r.cycle_start), C("达标日期", 12, lambda r: r.achieved_on),
        C("人口", 8, lambda r: r.population), C("户数", 8, lambda r: r.households), C("网格员", 8, lambda r: r.grid_workers),
        C("调解员", 8, lambda r: r.mediators), C("纠纷", 8, lambda r: r.disputes), C("调解成功", 9, lambda r: r.mediated),
        C("调解成功率", 10, lambda r: _pct(r.success_rate), "0.00%"), C("新收诉讼", 9, lambda r: r.lawsuits),
        C("万人成讼率", 10, lambda r: None if r.litigation_rate is None else round(r.litigation_rate, 2), "0.00"),
        C("信访", 6, lambda r: r.petitions), C("群体性事件", 10, lambda r: r.group_incidents),
        C("法治宣传", 9, lambda r: r.education_events),
    )),
    "projects": ("重大项目社会稳定风险评估台账", lambda ctx, p: _rows(ctx, p, RiskProject, lambda r: r.assessed_on,
                                                              col(RiskProject.assessed_on)), (
        C("项目名称", 30, lambda r: r.name), C("项目单位", 26, lambda r: r.unit), C("园区", 20, lambda r: r.park),
        C("投资额（元）", 16, lambda r: _yuan(r.investment_fen), YUAN), C("涉及人数", 9, lambda r: r.people),
        C("评估日期", 12, lambda r: r.assessed_on), C("风险等级", 9, lambda r: label_of(RiskLevel, r.risk_level)),
        C("研判涉诉案件", 12, lambda r: r.cases_studied), C("风险点", 30, lambda r: r.risk_points),
        C("法律风险提示", 36, lambda r: r.court_opinion), C("防控措施", 30, lambda r: r.measures),
    )),
    "meetings": ("联席会议落实事项台账", _meetings, (
        C("会议日期", 12, lambda r: r[1].held_on), C("会议", 30, lambda r: r[1].title),
        C("参会单位", 36, lambda r: r[1].participants), C("议题", 30, lambda r: r[1].topics),
        C("决定事项", 30, lambda r: r[1].decisions), C("落实事项", 36, lambda r: r[0].text),
        C("责任单位", 20, lambda r: r[0].owner), C("完成期限", 12, lambda r: r[0].due_on),
        C("完成日期", 12, lambda r: r[0].done_on), C("落实情况", 30, lambda r: r[0].result),
    )),
    "sme": ("涉企案件绿色通道台账", _sme, (
        C("案件编号", 30, lambda r: _number(r[1])), C("法院", 22, lambda r: r[2].name), C("企业", 30, lambda r: r[0].enterprise),
        C("案由", 24, lambda r: cause_or_category(r[1].cause, r[1].category)),
        C("登记日期", 12, lambda r: r[1].registered_on), C("纳入通道日期", 12, lambda r: r[0].flagged_on),
        C("结案日期", 12, lambda r: r[1].closed_on),
        C("用时（日）", 10, lambda r: (r[1].closed_on - r[1].registered_on).days if r[1].closed_on else None),
    )),
    "clusters": ("类案预警清单", lambda ctx, p: similar_clusters(ctx), (
        C("范围", 20, lambda r: SCOPE_LABELS.get(r.scope, r.scope)), C("乡镇/机关", 30, lambda r: r.key),
        C("案由", 26, lambda r: r.table_label), C("件数", 8, lambda r: r.count),
        C("最早登记", 12, lambda r: r.first_on), C("最近登记", 12, lambda r: r.last_on),
        C("预警标准（件）", 12, lambda r: r.threshold),
    )),
}


@dataclass(frozen=True)
class LedgerKind:
    kind: str
    title: str


def ledger_kinds() -> list[LedgerKind]:
    return [LedgerKind(kind, title) for kind, (title, _f, _c) in LEDGERS.items()]


def build_ledger(ctx: Workspace, kind: str, start: date | None = None, end: date | None = None,
                 court: str | None = None) -> Ledger:
    require(ctx, "ledger.export")  # every row names parties and agencies: not for every role
    if kind not in LEDGERS:
        raise ValidationError("台账", f"没有「{kind}」；可选：{'、'.join(LEDGERS)}", field="ledger",
                              code="unknown_ledger")
    title, fetch, columns = LEDGERS[kind]
    period = "　".join(x for x in (f"自 {start.isoformat()}" if start else "", f"至 {end.isoformat()}" if end else "") if x)
    return Ledger(kind, title, columns, fetch(ctx, Period(start, end, court)), subtitle=period)


@dataclass(frozen=True)
class ExportResult:
    kind: str
    title: str
    path: Path
    rows: int


def export_ledger(ctx: Workspace, kind: str, out: Path, *, start: date | None = None, end: date | None = None,
                  court: str | None = None) -> ExportResult:
    """Write the ledger to ``out`` (.xlsx, or .csv by suffix); the export is recorded in the audit chain."""
    ledger = build_ledger(ctx, kind, start, end, court)
    if out.suffix.lower() == ".csv":
        rows = write_csv(ledger, out)
    elif out.suffix.lower() == ".xlsx":
        rows = write_xlsx(ledger, out, generated_at=datetime.now(UTC).astimezone(COURT_TZ))
    else:
        raise ValidationError("输出文件", "文件名应以 .xlsx 或 .csv 结尾", field="out", code="wrong_suffix")
    ctx.db.record_event(ctx.actor, "导出台账", entity="ledger", entity_id=kind,
                        after={"kind": kind, "rows": rows, "file": out.name})
    return ExportResult(kind, ledger.title, out, rows)
