"""What the 同步 page and ``fuyuan device status`` show: enrollment, last sync, what is pending, problems."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from fuyuan_desktop.domain.court_time import court_clock
from fuyuan_desktop.store.db import Database
from fuyuan_desktop.store.sync_models import SyncPeer
from fuyuan_desktop.sync.enrollment import self_device

TABLE_LABELS = {
    "dispute": "案件", "party": "当事人", "caseparty": "案件当事人", "mediationsession": "调解", "recordrevision": "笔录",
    "agreement": "协议", "agreementclause": "协议条款", "attachment": "附件", "followup": "回访",
    "generateddocument": "文书", "court": "法院", "tribunal": "法庭", "place": "地点", "mediator": "调解员",
    "device": "设备", "referencedata": "参考数据", "recommendation": "司法建议", "attendance": "到场",
    "disputemediator": "调解员指派", "confirmationapplication": "司法确认申请", "organisation": "调解组织",
    "officialcalendar": "官方节假日安排", "referencesetting": "参考数据设置", "causeamendment": "案由目录修订",
    "servicerecord": "送达记录",
    # 府院联动台账
    "jointmeeting": "联席会议", "meetingitem": "会议落实事项", "trainingevent": "以庭代训", "village": "无讼村屯",
    "villageyear": "无讼村屯年度评定", "admincase": "行政争议", "hearing": "行政机关负责人出庭", "reliefcase": "司法救助",
    "relieffundentry": "司法救助资金", "smecase": "涉企案件", "recommendationtrack": "司法建议跟踪",
    "riskproject": "重大项目风险评估", "jointtraining": "同堂培训", "oralrecommendation": "口头建议",
    "whitepapernarrative": "白皮书正文", "litigationtotals": "行政诉讼收结案（导入）",
}


@dataclass(frozen=True)
class SyncStatus:
    device_tag: str
    enrolled: bool
    hub_name: str
    url: str
    acked_hlc: str
    last_export: str
    last_receipt: str
    pending: dict[str, int] = field(default_factory=dict)
    revoked: bool = False
    problem: str = ""

    @property
    def pending_rows(self) -> int:
        return sum(self.pending.values())

    @property
    def pending_text(self) -> str:
        return "、".join(f"{TABLE_LABELS.get(k, k)} {v}" for k, v in self.pending.items())


def sync_status(db: Database) -> SyncStatus:
    from fuyuan_desktop.sync.export import pending_counts

    device = self_device(db)
    with db.read() as session:
        peer = session.scalars(select(SyncPeer)).first()
    if peer is None:
        return SyncStatus(device.tag, False, "", "", "", "", "",
                          problem="本机尚未在中院登记：生成登记申请文件交中院批准后安装授权文件，或有网络时“经网络申请登记”。")
    problem = ""
    if peer.revoked:
        problem = f"本机已被中院停用，不能再导出：{peer.revoked_reason or '未说明原因'}。请与中院联系。"
    elif peer.last_error:
        problem = peer.last_error
    return SyncStatus(
        device.tag, True, peer.hub_name, peer.url, peer.acked_hlc,
        court_clock(peer.last_export_at), court_clock(peer.last_receipt_at),
        pending_counts(db), peer.revoked, problem,
    )
