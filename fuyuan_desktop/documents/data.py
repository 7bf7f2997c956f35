"""Plain data the document builders print (filled by services from the store; no ORM objects here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


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
    represents: str = ""  # for an agent: whom they act for
    agent_authority: str = ""


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
