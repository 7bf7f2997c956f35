"""Enum values as the user reads them: one helper for every ``LabelledEnum`` (status, outcome, role, party kind,
session status …). The domain keeps the Chinese names (they go into papers and the command line); the window shows
them through Qt's translation, context "Enums", so English mode shows English names.

A new member of an enum needs its label listed in ``LABELS`` (tests/ui/test_i18n_complete.py checks this), then
pyside6-lupdate picks it up.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from fuyuan_desktop.domain.enums import DisputeStatus, LabelledEnum

LABELS = (
    # AgreementKind
    QT_TRANSLATE_NOOP("Enums", "人民调解协议书"),
    QT_TRANSLATE_NOOP("Enums", "诉前调解协议书（特邀/委派）"),
    QT_TRANSLATE_NOOP("Enums", "行政争议和解协议书"),
    # AgreementStatus
    QT_TRANSLATE_NOOP("Enums", "草稿"),
    QT_TRANSLATE_NOOP("Enums", "已定稿"),
    QT_TRANSLATE_NOOP("Enums", "已被更正版本取代"),
    # DisputeCategory
    QT_TRANSLATE_NOOP("Enums", "土地承包经营权流转纠纷"),
    QT_TRANSLATE_NOOP("Enums", "房屋征收拆迁补偿纠纷"),
    QT_TRANSLATE_NOOP("Enums", "劳动争议"),
    QT_TRANSLATE_NOOP("Enums", "企业合同纠纷"),
    QT_TRANSLATE_NOOP("Enums", "民间借贷纠纷"),
    QT_TRANSLATE_NOOP("Enums", "邻里纠纷"),
    QT_TRANSLATE_NOOP("Enums", "婚姻家庭纠纷"),
    QT_TRANSLATE_NOOP("Enums", "人身损害赔偿纠纷"),
    QT_TRANSLATE_NOOP("Enums", "机动车交通事故责任纠纷"),
    QT_TRANSLATE_NOOP("Enums", "物业服务合同纠纷"),
    QT_TRANSLATE_NOOP("Enums", "行政争议（行政处罚）"),
    QT_TRANSLATE_NOOP("Enums", "行政争议（征收补偿）"),
    QT_TRANSLATE_NOOP("Enums", "行政争议（行政协议）"),
    QT_TRANSLATE_NOOP("Enums", "行政争议（行政许可）"),
    QT_TRANSLATE_NOOP("Enums", "行政争议（不履行法定职责）"),
    QT_TRANSLATE_NOOP("Enums", "行政争议（政府信息公开）"),
    QT_TRANSLATE_NOOP("Enums", "行政争议（其他行政行为）"),
    QT_TRANSLATE_NOOP("Enums", "其他民事纠纷"),
    # DisputeSource
    QT_TRANSLATE_NOOP("Enums", "诉前委派"),
    QT_TRANSLATE_NOOP("Enums", "当事人申请"),
    QT_TRANSLATE_NOOP("Enums", "信访转办"),
    QT_TRANSLATE_NOOP("Enums", "行政机关移送"),
    QT_TRANSLATE_NOOP("Enums", "网格员上报"),
    # DisputeStatus
    QT_TRANSLATE_NOOP("Enums", "已登记"),
    QT_TRANSLATE_NOOP("Enums", "已指派调解员"),
    QT_TRANSLATE_NOOP("Enums", "调解中"),
    QT_TRANSLATE_NOOP("Enums", "已达成协议"),
    QT_TRANSLATE_NOOP("Enums", "履行回访中"),
    QT_TRANSLATE_NOOP("Enums", "已结案"),
    QT_TRANSLATE_NOOP("Enums", "调解终结"),
    QT_TRANSLATE_NOOP("Enums", "已转立案"),
    QT_TRANSLATE_NOOP("Enums", "已退回"),
    # MediationKind
    QT_TRANSLATE_NOOP("Enums", "人民调解"),
    QT_TRANSLATE_NOOP("Enums", "行政调解"),
    QT_TRANSLATE_NOOP("Enums", "律师调解"),
    QT_TRANSLATE_NOOP("Enums", "特邀调解"),
    QT_TRANSLATE_NOOP("Enums", "法官主持调解"),
    # Outcome
    QT_TRANSLATE_NOOP("Enums", "达成调解协议"),
    QT_TRANSLATE_NOOP("Enums", "和解撤回"),
    QT_TRANSLATE_NOOP("Enums", "行政机关自行纠正"),
    QT_TRANSLATE_NOOP("Enums", "调解不成"),
    QT_TRANSLATE_NOOP("Enums", "一方拒绝调解"),
    QT_TRANSLATE_NOOP("Enums", "当事人无法联系"),
    QT_TRANSLATE_NOOP("Enums", "调解期满未延长"),
    QT_TRANSLATE_NOOP("Enums", "一方拒绝签署协议"),
    # ParticipantRole
    QT_TRANSLATE_NOOP("Enums", "法官"),
    QT_TRANSLATE_NOOP("Enums", "书记员"),
    QT_TRANSLATE_NOOP("Enums", "人民调解员"),
    QT_TRANSLATE_NOOP("Enums", "行政调解员"),
    QT_TRANSLATE_NOOP("Enums", "律师调解员"),
    QT_TRANSLATE_NOOP("Enums", "特邀调解员"),
    QT_TRANSLATE_NOOP("Enums", "行政机关负责人"),
    QT_TRANSLATE_NOOP("Enums", "人大代表"),
    QT_TRANSLATE_NOOP("Enums", "政协委员"),
    QT_TRANSLATE_NOOP("Enums", "网格员"),
    # PartyKind
    QT_TRANSLATE_NOOP("Enums", "自然人"),
    QT_TRANSLATE_NOOP("Enums", "法人或非法人组织"),
    QT_TRANSLATE_NOOP("Enums", "行政机关"),
    # PartyRole
    QT_TRANSLATE_NOOP("Enums", "申请人"),
    QT_TRANSLATE_NOOP("Enums", "被申请人"),
    QT_TRANSLATE_NOOP("Enums", "第三人"),
    QT_TRANSLATE_NOOP("Enums", "代理人"),
    QT_TRANSLATE_NOOP("Enums", "法定代理人"),
    # Performance
    QT_TRANSLATE_NOOP("Enums", "全部履行"),
    QT_TRANSLATE_NOOP("Enums", "部分履行"),
    QT_TRANSLATE_NOOP("Enums", "未履行"),
    # PlaceKind
    QT_TRANSLATE_NOOP("Enums", "村屯"),
    QT_TRANSLATE_NOOP("Enums", "社区"),
    QT_TRANSLATE_NOOP("Enums", "产业园区"),
    QT_TRANSLATE_NOOP("Enums", "乡镇街道"),
    QT_TRANSLATE_NOOP("Enums", "法院/法庭"),
    # SessionStatus
    QT_TRANSLATE_NOOP("Enums", "已排期"),
    QT_TRANSLATE_NOOP("Enums", "已进行"),
    QT_TRANSLATE_NOOP("Enums", "已取消"),
    # TaskStatus
    QT_TRANSLATE_NOOP("Enums", "待办"),
    QT_TRANSLATE_NOOP("Enums", "已完成"),
    # AbsenceReason
    QT_TRANSLATE_NOOP("Enums", "不可抗力"),
    QT_TRANSLATE_NOOP("Enums", "意外事件"),
    QT_TRANSLATE_NOOP("Enums", "需要履行他人不能代替的公务"),
    QT_TRANSLATE_NOOP("Enums", "其他正当事由"),
    QT_TRANSLATE_NOOP("Enums", "无正当理由"),
    # Adoption
    QT_TRANSLATE_NOOP("Enums", "采纳"),
    QT_TRANSLATE_NOOP("Enums", "部分采纳"),
    QT_TRANSLATE_NOOP("Enums", "未采纳"),
    # OralOccasion (其他 is listed once, below)
    QT_TRANSLATE_NOOP("Enums", "庭审"),
    QT_TRANSLATE_NOOP("Enums", "联席会议"),
    QT_TRANSLATE_NOOP("Enums", "走访"),
    # the recorder's speaker besides the party roles
    QT_TRANSLATE_NOOP("Enums", "调解员"),
    # Appearance
    QT_TRANSLATE_NOOP("Enums", "正职负责人"),
    QT_TRANSLATE_NOOP("Enums", "副职负责人"),
    QT_TRANSLATE_NOOP("Enums", "分管负责人"),
    QT_TRANSLATE_NOOP("Enums", "仅工作人员"),
    QT_TRANSLATE_NOOP("Enums", "无人出庭"),
    # ContentType
    QT_TRANSLATE_NOOP("Enums", "行政赔偿"),
    QT_TRANSLATE_NOOP("Enums", "行政补偿"),
    QT_TRANSLATE_NOOP("Enums", "自由裁量权"),
    QT_TRANSLATE_NOOP("Enums", "其他"),
    # Instance
    QT_TRANSLATE_NOOP("Enums", "一审"),
    QT_TRANSLATE_NOOP("Enums", "二审"),
    QT_TRANSLATE_NOOP("Enums", "再审"),
    # IntakeSource
    QT_TRANSLATE_NOOP("Enums", "法院移送"),
    QT_TRANSLATE_NOOP("Enums", "复议机关移送"),
    # ProcedureState
    QT_TRANSLATE_NOOP("Enums", "尚未起诉或申请复议"),
    QT_TRANSLATE_NOOP("Enums", "行政复议中"),
    QT_TRANSLATE_NOOP("Enums", "行政诉讼中"),
    # ReliefStatus
    QT_TRANSLATE_NOOP("Enums", "已申请"),
    QT_TRANSLATE_NOOP("Enums", "审查中"),
    QT_TRANSLATE_NOOP("Enums", "决定救助"),
    QT_TRANSLATE_NOOP("Enums", "不予救助"),
    QT_TRANSLATE_NOOP("Enums", "已发放"),
    # RiskLevel
    QT_TRANSLATE_NOOP("Enums", "高风险"),
    QT_TRANSLATE_NOOP("Enums", "中风险"),
    QT_TRANSLATE_NOOP("Enums", "低风险"),
    # Triage
    QT_TRANSLATE_NOOP("Enums", "中心协调化解"),
    QT_TRANSLATE_NOOP("Enums", "重大案件协调"),
    QT_TRANSLATE_NOOP("Enums", "引导申请行政复议"),
    QT_TRANSLATE_NOOP("Enums", "登记立案"),
    QT_TRANSLATE_NOOP("Enums", "转信访渠道"),
    QT_TRANSLATE_NOOP("Enums", "不予受理"),
    # VillageStatus
    QT_TRANSLATE_NOOP("Enums", "创建中"),
    QT_TRANSLATE_NOOP("Enums", "已达标"),
    QT_TRANSLATE_NOOP("Enums", "已撤销"),
)


def enum_label(member: LabelledEnum) -> str:
    """The member's name in the window's language."""
    return QCoreApplication.translate("Enums", member.label)


def enum_text(kind: type[LabelledEnum], code_or_label: str) -> str:
    """The shown name of a value stored as a code (or carried by a view as its Chinese label); unknown values
    are shown as they are."""
    try:
        return enum_label(kind.parse(code_or_label))
    except KeyError:
        return code_or_label


# The sentence services.workflow.follow_the_work returns after an automatic status change, and its triggers.
NOTE = QT_TRANSLATE_NOOP("Enums", "案件状态已自动由「{old}」转为「{new}」（{trigger}）")
TRIGGERS = (QT_TRANSLATE_NOOP("Enums", "保存了第一份调解笔录"), QT_TRANSLATE_NOOP("Enums", "第 {n} 版调解协议定稿"))
_NOTE = re.compile(r"案件状态已自动由「(.+?)」转为「(.+?)」（(.+)）$")
_VERSION = re.compile(r"第 (\d+) 版调解协议定稿$")


def status_note_text(note: str) -> str:
    """An automatic status change as the services word it, in the window's language (other text as it is)."""
    found = _NOTE.match(note)
    if found is None:
        return note
    old, new, trigger = found.groups()
    version = _VERSION.match(trigger)
    trigger = (QCoreApplication.translate("Enums", "第 {n} 版调解协议定稿").format(n=version.group(1)) if version
               else QCoreApplication.translate("Enums", trigger))
    return QCoreApplication.translate("Enums", "案件状态已自动由「{old}」转为「{new}」（{trigger}）").format(
        old=enum_text(DisputeStatus, old), new=enum_text(DisputeStatus, new), trigger=trigger)
