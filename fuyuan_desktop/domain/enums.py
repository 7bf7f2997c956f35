"""Enumerations of the mediation domain, stored as stable ASCII codes, shown by their Chinese names."""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class LabelledEnum(StrEnum):
    """A string enum whose members carry a Chinese display name (``label``)."""

    label: str

    def __new__(cls, value: str, label: str) -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    @classmethod
    def of(cls, code: str) -> Self:
        """The member stored as ``code`` (``ValueError`` if none); typed twin of ``cls(code)``."""
        member = cls._value2member_map_.get(code)
        if member is None:
            raise ValueError(f"{code!r} is not a valid {cls.__name__}")
        return member  # type: ignore[return-value]

    @classmethod
    def parse(cls, text: str) -> Self:
        """Find a member by its code or its display name; raise ``KeyError`` if none matches."""
        wanted = text.strip()
        for member in cls:
            if wanted in (member.value, member.label):
                return member
        raise KeyError(wanted)

    @classmethod
    def labels(cls) -> list[str]:
        return [member.label for member in cls]


class DisputeCategory(LabelledEnum):
    """纠纷类型 — the categories the courts report on."""

    LAND_TRANSFER = ("land_transfer", "土地承包经营权流转纠纷")
    EXPROPRIATION = ("expropriation", "房屋征收拆迁补偿纠纷")
    LABOR = ("labor", "劳动争议")
    ENTERPRISE_CONTRACT = ("enterprise_contract", "企业合同纠纷")
    PRIVATE_LENDING = ("private_lending", "民间借贷纠纷")
    NEIGHBOR = ("neighbor", "邻里纠纷")
    MARRIAGE_FAMILY = ("marriage_family", "婚姻家庭纠纷")
    PERSONAL_INJURY = ("personal_injury", "人身损害赔偿纠纷")
    TRAFFIC_ACCIDENT = ("traffic_accident", "机动车交通事故责任纠纷")
    PROPERTY_SERVICE = ("property_service", "物业服务合同纠纷")
    ADMIN_PENALTY = ("admin_penalty", "行政争议（行政处罚）")
    ADMIN_EXPROPRIATION = ("admin_expropriation", "行政争议（征收补偿）")
    ADMIN_AGREEMENT = ("admin_agreement", "行政争议（行政协议）")
    ADMIN_LICENSING = ("admin_licensing", "行政争议（行政许可）")
    ADMIN_INACTION = ("admin_inaction", "行政争议（不履行法定职责）")
    ADMIN_INFO_DISCLOSURE = ("admin_info_disclosure", "行政争议（政府信息公开）")
    ADMIN_OTHER = ("admin_other", "行政争议（其他行政行为）")
    # Not one of the 17: the bridge value for a 案由 none of them covers (see domain/cause_refs.py).
    OTHER_CIVIL = ("other_civil", "其他民事纠纷")

    @property
    def is_administrative(self) -> bool:
        return self.value.startswith("admin_")

    @property
    def is_family_status(self) -> bool:
        """Status relationships (婚姻、亲子、收养) may not be judicially confirmed."""
        return self is DisputeCategory.MARRIAGE_FAMILY


class MediationKind(LabelledEnum):
    """调解方式."""

    PEOPLE = ("people", "人民调解")
    ADMINISTRATIVE = ("administrative", "行政调解")
    LAWYER = ("lawyer", "律师调解")
    INVITED = ("invited", "特邀调解")
    JUDGE = ("judge", "法官主持调解")


class DisputeSource(LabelledEnum):
    """案件来源."""

    COURT_REFERRAL = ("court_referral", "诉前委派")
    PARTY_APPLICATION = ("party_application", "当事人申请")
    PETITION_TRANSFER = ("petition_transfer", "信访转办")
    AGENCY_TRANSFER = ("agency_transfer", "行政机关移送")
    GRID_REPORT = ("grid_report", "网格员上报")


class Outcome(LabelledEnum):
    """调解结果."""

    AGREEMENT = ("agreement", "达成调解协议")
    SETTLED_WITHDRAWN = ("settled_withdrawn", "和解撤回")
    AGENCY_CORRECTED = ("agency_corrected", "行政机关自行纠正")
    NO_AGREEMENT = ("no_agreement", "调解不成")
    PARTY_REFUSED = ("party_refused", "一方拒绝调解")
    UNREACHABLE = ("unreachable", "当事人无法联系")
    PERIOD_EXPIRED = ("period_expired", "调解期满未延长")
    REFUSED_TO_SIGN = ("refused_to_sign", "一方拒绝签署协议")

    @property
    def is_success(self) -> bool:
        return self in (Outcome.AGREEMENT, Outcome.SETTLED_WITHDRAWN, Outcome.AGENCY_CORRECTED)


class PartyRole(LabelledEnum):
    """当事人在案件中的地位."""

    APPLICANT = ("applicant", "申请人")
    RESPONDENT = ("respondent", "被申请人")
    THIRD_PARTY = ("third_party", "第三人")
    AGENT = ("agent", "代理人")
    GUARDIAN = ("guardian", "法定代理人")

    @property
    def acts_for_another(self) -> bool:
        """An agent or a 法定代理人: acts for the party ``represents_id`` names, never a party in their own right."""
        return self in (PartyRole.AGENT, PartyRole.GUARDIAN)


class PartyKind(LabelledEnum):
    """当事人类型."""

    PERSON = ("person", "自然人")
    ORGANIZATION = ("organization", "法人或非法人组织")
    AGENCY = ("agency", "行政机关")


class ParticipantRole(LabelledEnum):
    """调解参与人角色 (they appear in records; they do not log in)."""

    JUDGE = ("judge", "法官")
    CLERK = ("clerk", "书记员")
    PEOPLE_MEDIATOR = ("people_mediator", "人民调解员")
    ADMIN_MEDIATOR = ("admin_mediator", "行政调解员")
    LAWYER_MEDIATOR = ("lawyer_mediator", "律师调解员")
    INVITED_MEDIATOR = ("invited_mediator", "特邀调解员")
    AGENCY_HEAD = ("agency_head", "行政机关负责人")
    NPC_DEPUTY = ("npc_deputy", "人大代表")
    CPPCC_MEMBER = ("cppcc_member", "政协委员")
    GRID_WORKER = ("grid_worker", "网格员")

    @property
    def is_mediator(self) -> bool:
        return self.value.endswith("_mediator")


class PlaceKind(LabelledEnum):
    """调解地点类型."""

    VILLAGE = ("village", "村屯")
    COMMUNITY = ("community", "社区")
    INDUSTRIAL_PARK = ("industrial_park", "产业园区")
    TOWNSHIP = ("township", "乡镇街道")
    COURT = ("court", "法院/法庭")


class DisputeStatus(LabelledEnum):
    """案件状态 (诉前调解 lifecycle, docs/domain.md §5.2)."""

    REGISTERED = ("registered", "已登记")
    ASSIGNED = ("assigned", "已指派调解员")
    MEDIATING = ("mediating", "调解中")
    AGREED = ("agreed", "已达成协议")
    FOLLOW_UP = ("follow_up", "履行回访中")
    CLOSED = ("closed", "已结案")
    TERMINATED = ("terminated", "调解终结")
    DOCKETED = ("docketed", "已转立案")
    RETURNED = ("returned", "已退回")


class SessionStatus(LabelledEnum):
    """调解场次状态."""

    SCHEDULED = ("scheduled", "已排期")
    HELD = ("held", "已进行")
    CANCELLED = ("cancelled", "已取消")


class AgreementKind(LabelledEnum):
    """调解协议书的三种类型."""

    PEOPLE = ("people", "人民调解协议书")
    INVITED = ("invited", "诉前调解协议书（特邀/委派）")
    ADMINISTRATIVE = ("administrative", "行政争议和解协议书")


class AgreementStatus(LabelledEnum):
    """协议版本状态."""

    DRAFT = ("draft", "草稿")
    FINAL = ("final", "已定稿")
    SUPERSEDED = ("superseded", "已被更正版本取代")


class TaskStatus(LabelledEnum):
    """回访等任务状态."""

    PENDING = ("pending", "待办")
    DONE = ("done", "已完成")
    CANCELLED = ("cancelled", "已取消")


class Performance(LabelledEnum):
    """履行情况 of one agreement clause, recorded when its 回访 is completed."""

    FULL = ("full", "全部履行")
    PARTLY = ("partly", "部分履行")
    NONE = ("none", "未履行")
