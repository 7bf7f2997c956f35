"""Plain data the document builders print (filled by services from the store; no ORM objects here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from fuyuan_desktop.documents.snapshot import LATER


@dataclass(frozen=True)
class PartyBlock:
    """A party as the parties' block prints it (full ID number only here)."""

    role: str  # display name: 申请人 / 被申请人 / 第三人 / 代理人
    kind: str  # person | organization | agency
    name: str
    sex: str = ""
    birth_date: date | None = None
    ethnicity: str = ""
    occupation: str = ""
    id_number: str = ""
    address: str = ""
    phone: str = ""
    credit_code: str = ""
    representative: str = ""
    representative_title: str = ""
    service_address: str = ""
    represents: str = ""  # for an agent or a 法定代理人: whom they act for
    agent_authority: str = ""  # 一般授权 / 特别授权
    # Added with the law of parties (docs/domain.md §7.5); left out of the hash while empty:
    agent_powers: tuple[str, ...] = field(default=(), metadata=LATER)  # the special authority's powers
    relation: str = field(default="", metadata=LATER)  # a 法定代理人's relation to the ward (父亲…)
    capacity: str = field(default="", metadata=LATER)  # "", limited or none on the signing date


@dataclass(frozen=True)
class ClauseBlock:
    position: int
    obligor: str
    text: str
    performance_method: str
    deadline: date | None
    amount_fen: int | None = None


@dataclass(frozen=True)
class CaseHeader:
    """Who issues the paper and under which number."""

    court_name: str  # 宁江区人民法院
    tribunal_name: str  # 宁江区人民法院开发区人民法庭
    number: str  # official 案号 if any, else the provisional number
    category: str
    place: str
    tribunal_address: str = ""
    tribunal_phone: str = ""
    # Added with per-kind wording (docs/domain.md §8.12); left out of the hash while empty, so a paper
    # frozen before prints as it did (the court's entrusted form, its number labelled 案号):
    case_kind: str = field(default="", metadata=LATER)  # people | invited | administrative
    provisional: bool = field(default=False, metadata=LATER)  # ``number`` is the 临时编号, no 案号 yet
    # the registered 人民调解委员会 of a people-mediation case (its full name): the issuer of its papers
    committee_name: str = field(default="", metadata=LATER)


@dataclass(frozen=True)
class AgreementDoc:
    """Everything a 调解协议书 of one of the three kinds prints."""

    kind: str  # people | invited | administrative
    header: CaseHeader
    parties: tuple[PartyBlock, ...]
    facts: str
    clauses: tuple[ClauseBlock, ...]
    responsibilities: str = ""
    breach_terms: str = ""
    confirmation_clause: bool = True
    confirmation_court: str = ""
    mediators: tuple[str, ...] = ()
    organization: str = ""
    recorder: str = ""
    committee_name: str = ""
    centre_name: str = ""
    act_name: str = ""
    act_number: str = ""
    act_date: date | None = None
    version: int = 1
    final: bool = True
    warnings: tuple[str, ...] = field(default=())
    # Added with per-kind wording; left out of the hash while empty: what each mediator is (特邀调解员,
    # 人民调解员, 法官…), in the order of ``mediators``, for their signature labels.
    mediator_roles: tuple[str, ...] = field(default=(), metadata=LATER)


@dataclass(frozen=True)
class Attendee:
    """One line of a record's attendance: who, in what capacity, present or not (ID masked)."""

    role: str  # 申请人 / 被申请人 / 代理人 / 人大代表 …
    name: str
    present: bool | None  # None: nobody checked this party in
    id_masked: str = ""
    represents: str = ""


@dataclass(frozen=True)
class RecordDoc:
    """One session's 调解笔录 as saved (``revision`` is the saved revision of the record text)."""

    header: CaseHeader
    session_id: str
    session_no: int
    revision: int
    starts_at: datetime
    ends_at: datetime | None
    place: str
    hosts: tuple[str, ...]
    recorder: str
    parties: tuple[Attendee, ...]
    others: tuple[Attendee, ...]
    signers: tuple[str, ...]  # "申请人：张三" — the parties (and agents) who sign
    text: str
    result: str  # agreement | failed | continued | open
    result_note: str = ""
    amends_revision: int = 0  # the signed (archived) revision this one changes; 0 for the first signed one


@dataclass(frozen=True)
class Addressee:
    """A party a notice or service form is addressed to."""

    role: str
    kind: str
    name: str
    address: str = ""  # the confirmed service address, else the domicile
    phone: str = ""
    id_masked: str = ""
    representative: str = ""
    agents: tuple[str, ...] = ()


@dataclass(frozen=True)
class NoticeDoc:
    """调解通知书 to every party of a case, one page each."""

    header: CaseHeader
    addressees: tuple[Addressee, ...]
    applicants: tuple[str, ...]
    respondents: tuple[str, ...]
    entrusted_to: str  # the organisation and/or mediators the case was referred to
    referred_on: date | None
    period_days: int
    due_on: date | None
    session_at: datetime | None
    session_place: str
    contact: str
    contact_phone: str = ""
    due_presumed: bool = False  # due_on rests on a year without an imported official calendar: printed 推定


@dataclass(frozen=True)
class ServiceDoc:
    """送达回证 or 送达地址确认书 for every party of a case, one page each."""

    header: CaseHeader
    addressees: tuple[Addressee, ...]
    documents: str = ""  # 送达文书名称和件数 (送达回证 only)
    # Added with the 送达回证 of one served paper (docs/domain.md §8.13); left out of the hash while empty:
    method: str = field(default="", metadata=LATER)  # the 送达方式 ticked (直接, 留置…); "" leaves every box open
    served_id: str = field(default="", metadata=LATER)  # the archived paper served (GeneratedDocument id)
    # Added with the record of service (送达记录): a proof printed from a recorded service carries it filled in;
    # left out of the hash while empty, so a blank proof prints and verifies as before.
    served_on: date | None = field(default=None, metadata=LATER)  # the date served (签收日期 when signed)
    place: str = field(default="", metadata=LATER)  # 送达地点
    server: str = field(default="", metadata=LATER)  # 送达人
    refused: bool = field(default=False, metadata=LATER)  # 拒收 (留置送达: the witness below)
    signer: str = field(default="", metadata=LATER)  # who signed for the recipient: a 代收人, an agency's officer
    witness: str = field(default="", metadata=LATER)  # 留置送达见证人
    # The paper served is a 司法建议书: the recipient is the agency addressed, its receiving officer signs.
    to_agency: bool = field(default=False, metadata=LATER)


@dataclass(frozen=True)
class RightsNoticeDoc:
    """诉前调解告知书: the parties' rights and duties in the mediation, one per case (docs/domain.md §8.13)."""

    header: CaseHeader
    applicants: tuple[str, ...]
    respondents: tuple[str, ...]
    entrusted_to: str  # the organisation and/or mediators the case was referred to ("" not yet)
    mediators: tuple[str, ...]  # named so a party knows whom it may ask to step aside (回避)
    period_days: int
    confirmation_days: int = 30


@dataclass(frozen=True)
class ConfirmationDoc:
    """司法确认申请书: the parties of a final agreement apply together."""

    header: CaseHeader
    parties: tuple[PartyBlock, ...]
    agreement_version: int
    agreed_on: date
    mediated_by: str
    people_mediation: bool
    facts: str
    clauses: tuple[ClauseBlock, ...]
    has_agents: bool = False
    period_days: int = 30


@dataclass(frozen=True)
class RecommendationDoc:
    """司法建议书 after annex 2 of the 2023 rule on judicial recommendations."""

    court_name: str
    number: str
    subject: str
    recipient: str
    background: str
    problems: str
    suggestions: str
    reply_months: int
    source: str  # where the problem was found: the case number and cause, or empty
    attachments_note: str = ""
    contact: str = ""
    copy_to: str = ""
    signed_on: date | None = None


@dataclass(frozen=True)
class FileItem:
    """One line of the 卷宗目录: the material, whether the file must have it, and what the case has."""

    position: int
    name: str
    required: bool
    present: bool | None  # None: not applicable to this case
    note: str = ""


@dataclass(frozen=True)
class CoverDoc:
    """卷宗封面 and 卷宗目录 (page counts stay blank for the archivist)."""

    header: CaseHeader
    people_mediation: bool
    parties: tuple[str, ...]
    mediators: tuple[str, ...]
    registered_on: date
    closed_on: date | None
    outcome: str
    items: tuple[FileItem, ...]
    committee_name: str = ""  # the registered 调解组织 of a people-mediation case (its full name, as registered)


@dataclass(frozen=True)
class HandoffDoc:
    """无争议事实记载表 (调解终结及转立案): when a mediation fails and the case goes to 立案, the facts the parties
    agreed on, for each party to sign (docs/domain.md §8.14)."""

    header: CaseHeader
    applicants: tuple[str, ...]
    respondents: tuple[str, ...]
    mediated_by: str  # the organisation and/or mediators who mediated ("" unknown)
    outcome: str  # why the mediation ended: 调解不成, 一方拒绝调解…
    closed_on: date | None
    facts: tuple[str, ...]  # one agreed fact a line, as the clerk recorded them
    mediators: tuple[str, ...]
