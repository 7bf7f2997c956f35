"""Fixed papers for the golden texts and the page images: every paper kind for each kind of case, built from
plain data (no store, no clock), rendered exactly as ``fuyuan print`` renders them."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from pypdf import PdfReader

from fuyuan_desktop import resources
from fuyuan_desktop.documents.agreement import build_agreement
from fuyuan_desktop.documents.confirmation import build_confirmation_application
from fuyuan_desktop.documents.cover import build_cover
from fuyuan_desktop.documents.data import (
    Addressee,
    AgreementDoc,
    Attendee,
    CaseHeader,
    ClauseBlock,
    ConfirmationDoc,
    CoverDoc,
    FileItem,
    HandoffDoc,
    NoticeDoc,
    PartyBlock,
    RecommendationDoc,
    RecordDoc,
    RightsNoticeDoc,
    ServiceDoc,
)
from fuyuan_desktop.documents.fonts import load_fonts
from fuyuan_desktop.documents.handoff import build_handoff
from fuyuan_desktop.documents.layout import Stamp, make_styles, render, verify_line
from fuyuan_desktop.documents.notice import build_notice
from fuyuan_desktop.documents.recommendation import build_recommendation
from fuyuan_desktop.documents.record import build_record
from fuyuan_desktop.documents.rights_notice import build_rights_notice
from fuyuan_desktop.documents.service_forms import build_address_confirmation, build_service_proof
from fuyuan_desktop.documents.templates import load_template

TZ = ZoneInfo("Asia/Shanghai")
CASE_KINDS = ("people", "invited", "administrative")
PAPERS = (
    "agreement",
    "record",
    "notice",
    "service_proof",
    "address_confirmation",
    "confirmation_application",
    "cover",
    "recommendation",
    "rights_notice",
    "served_proof",
    "handoff",
    "recorded_proof",
    "recommendation_proof",
)
#: Papers printed only for the entrusted case (a 司法建议书 and what serves it belong to the court).
COURT_ONLY = ("recommendation", "recommendation_proof")
RARE = "冼\U00020000"  # CJK Extension B: only the fallback face has it


def header(kind: str) -> CaseHeader:
    """The people's case carries the committee's own number; the entrusted case only its 临时编号 so far."""
    numbers = {
        "people": ("伯都乡人民调解委员会（2026）第37号", False),
        "invited": ("吉0702民诉前调临〔2026〕115号", True),
        "administrative": ("（2026）吉0702行诉前调8号", False),
    }
    number, provisional = numbers[kind]
    return CaseHeader(
        court_name="宁江区人民法院",
        tribunal_name="宁江区人民法院伯都人民法庭",
        number=number,
        category="行政争议（征收补偿）" if kind == "administrative" else "相邻关系纠纷",
        place="伯都乡",
        tribunal_address="吉林省松原市宁江区伯都乡政府路8号",
        tribunal_phone="0438-3211234",
        case_kind=kind,
        provisional=provisional,
        committee_name="伯都乡人民调解委员会" if kind == "people" else "",
    )


def parties(kind: str) -> tuple[PartyBlock, ...]:
    applicant = PartyBlock(
        "申请人", "person", RARE, sex="女", birth_date=date(1971, 6, 2), ethnicity="汉族", occupation="农民",
        id_number="220721197106020028", address="吉林省松原市宁江区伯都乡伯都村三组", phone="0438-3219876",
    )
    if kind == "administrative":
        respondent = PartyBlock(
            "被申请人", "agency", "松原市宁江区伯都乡人民政府", credit_code="11220702MB1234567X",
            address="吉林省松原市宁江区伯都乡政府路1号", representative="王立新", representative_title="乡长",
        )
    else:
        respondent = PartyBlock(
            "被申请人", "person", "冼秀英", sex="女", birth_date=date(1968, 1, 9), ethnicity="汉族",
            id_number="220721196801090047", address="吉林省松原市宁江区伯都乡伯都村三组", phone="13604385678",
        )
    agent = PartyBlock("代理人", "person", "孙律师", occupation="吉林伯都律师事务所律师", represents=RARE,
                       agent_authority="特别授权", agent_powers=("代为承认、放弃、变更调解请求", "签署调解协议"))
    return applicant, respondent, agent


def clauses(kind: str) -> tuple[ClauseBlock, ...]:
    obligor = "松原市宁江区伯都乡人民政府" if kind == "administrative" else "冼秀英"
    return (
        ClauseBlock(1, obligor, f"被申请人{obligor}向{RARE}支付补偿款（含房屋、附属物及搬迁补助）", "银行转账",
                    date(2026, 12, 31), 12_345_600),
        ClauseBlock(2, RARE, "收款后配合办理相关手续，并将院墙东移至双方确认的界址线", "当面交付", date(2027, 1, 15)),
    )


def agreement(kind: str) -> AgreementDoc:
    return AgreementDoc(
        kind=kind,
        header=header(kind),
        parties=parties(kind),
        facts="申请人与被申请人系前后院邻居。2026年8月，被申请人翻建院墙，申请人认为新墙占用其宅基地约0.6米，双方发生争执。",
        clauses=clauses(kind),
        responsibilities="双方对界址线的认识不一致，均有一定责任。",
        breach_terms="逾期未履行的，按未付金额每日万分之五支付违约金。",
        confirmation_clause=kind != "administrative",
        confirmation_court="宁江区人民法院",
        mediators=("王秀兰", "刘建华"),
        mediator_roles=(
            ("人民调解员", "人民调解员") if kind == "people" else ("特邀调解员", "法官")
        ),
        organization="宁江区诉调对接中心" if kind == "invited" else "伯都乡人民调解委员会",
        recorder="李书记",
        act_name="《房屋征收补偿决定》" if kind == "administrative" else "",
        act_number="宁伯政征补〔2026〕3号" if kind == "administrative" else "",
        act_date=date(2026, 9, 1) if kind == "administrative" else None,
    )


def record(kind: str) -> RecordDoc:
    host_role = "人民调解员" if kind == "people" else "特邀调解员"
    return RecordDoc(
        header=header(kind),
        session_id="s1",
        session_no=1,
        revision=1,
        starts_at=datetime(2026, 12, 7, 9, 30, tzinfo=TZ),
        ends_at=datetime(2026, 12, 7, 11, 5, tzinfo=TZ),
        place="伯都村村委会调解室",
        hosts=(f"王秀兰（{host_role}）", "刘建华（法官）"),
        recorder="李书记",
        parties=(
            Attendee("申请人", RARE, True, "220721********0028"),
            Attendee("被申请人", parties(kind)[1].name, True, "" if kind == "administrative" else "220721********0047"),
            Attendee("代理人", "孙律师", True, represents=RARE),
        ),
        others=(Attendee("人大代表", "赵人大", True),),
        signers=(f"申请人：{RARE}", f"被申请人：{parties(kind)[1].name}", "代理人：孙律师"),
        text="调解员：今天就院墙占地一事进行调解，请双方陈述。\n申请人：新墙占了我家宅基地，要求拆除重建并赔偿。\n被申请人：同意按测量结果东移院墙。",
        result="failed" if kind == "administrative" else "agreement",
        result_note="双方对补偿数额分歧较大" if kind == "administrative" else "",
    )


def addressees(kind: str) -> tuple[Addressee, ...]:
    first, second, _ = parties(kind)
    return (
        Addressee("申请人", "person", RARE, first.address, "0438-3219876", "220721********0028", agents=("孙律师",)),
        Addressee("被申请人", second.kind, second.name, second.address, second.phone, "" if second.kind != "person"
                  else "220721********0047", representative=second.representative),
    )


def notice(kind: str) -> NoticeDoc:
    return NoticeDoc(
        header=header(kind),
        addressees=addressees(kind)[:1],
        applicants=(RARE,),
        respondents=(parties(kind)[1].name,),
        entrusted_to="人民调解员王秀兰" if kind == "people" else "宁江区诉调对接中心特邀调解员王秀兰",
        referred_on=date(2026, 12, 1),
        period_days=30,
        due_on=date(2026, 12, 31),
        session_at=datetime(2026, 12, 7, 9, 30, tzinfo=TZ),
        session_place="伯都村村委会调解室",
        contact="王秀兰",
        contact_phone="13800000000",
    )


def service(kind: str) -> ServiceDoc:
    return ServiceDoc(header=header(kind), addressees=addressees(kind)[:1])


def rights_notice(kind: str) -> RightsNoticeDoc:
    return RightsNoticeDoc(
        header=header(kind),
        applicants=(RARE,),
        respondents=(parties(kind)[1].name,),
        entrusted_to=notice(kind).entrusted_to,
        mediators=("王秀兰", "刘建华"),
        period_days=30,
    )


def served_proof(kind: str) -> ServiceDoc:
    """The 送达回证 of one served paper: it names that paper, one recipient, the 送达方式 ticked."""
    titles = {"people": "人民调解通知书", "invited": "诉前调解通知书", "administrative": "行政争议诉前调解通知书"}
    return ServiceDoc(
        header=header(kind),
        addressees=addressees(kind)[1:2],
        documents=f"{titles[kind]}（第1版，验证码 13K2P-T9SHK）一份",
        method="直接",
        served_id="0192f3a4b5c6d7e8f9a0b1c2d3e4f5a6",
    )


def recorded_proof(kind: str) -> ServiceDoc:
    """The 送达回证 printed from a recorded service: 留置送达 (refused, with its witness), place and server filled."""
    return replace(served_proof(kind), method="留置", served_on=date(2026, 12, 8), place="吉林省松原市宁江区伯都乡伯都村三组",
                   server="李书记", refused=True, witness="赵村主任（伯都村村委会）")


def recommendation_proof(_kind: str) -> ServiceDoc:
    """The 送达回证 of a 司法建议书: the court's, numbered with its 文号, served on the agency addressed, signed by its
    receiving officer."""
    return ServiceDoc(
        header=replace(header("invited"), tribunal_name="", number="宁法建〔2026〕1号", provisional=False),
        addressees=(Addressee("被建议单位", "agency", "松原市宁江区伯都乡人民政府"),),
        documents="司法建议书（宁法建〔2026〕1号）（第1版，验证码 7RQ2M-XK4PD）一份",
        method="直接",
        served_id="0192f3a4b5c6d7e8f9a0b1c2d3e4f5a7",
        served_on=date(2026, 12, 8),
        server="刘建华",
        signer="王收发",
        to_agency=True,
    )


def confirmation(kind: str) -> ConfirmationDoc:
    return ConfirmationDoc(
        header=header(kind),
        parties=tuple(replace(p, role="委托代理人" if p.represents else "申请人") for p in parties(kind)),
        agreement_version=1,
        agreed_on=date(2026, 12, 7),
        mediated_by="伯都乡人民调解委员会" if kind == "people" else "宁江区诉调对接中心",
        people_mediation=kind == "people",
        facts=agreement(kind).facts,
        clauses=clauses(kind),
        has_agents=True,
    )


def cover(kind: str) -> CoverDoc:
    items = (
        FileItem(1, "人民调解申请书或受理登记表", True, True, "收案登记 2026-12-01"),
        FileItem(2, "调解通知书", False, True, "第 1 版"),
        FileItem(3, "当事人权利义务告知书", True, False, ""),
        FileItem(4, "调解协议书", True, True, "第 1 版（已定稿）"),
    )
    return CoverDoc(
        header=header(kind),
        people_mediation=kind == "people",
        parties=(f"申请人：{RARE}", f"被申请人：{parties(kind)[1].name}"),
        mediators=("王秀兰", "刘建华"),
        registered_on=date(2026, 12, 1),
        closed_on=date(2026, 12, 7),
        outcome="达成调解协议（第 1 版协议已定稿）",
        items=items,
    )


def handoff(kind: str) -> HandoffDoc:
    return HandoffDoc(
        header=header(kind),
        applicants=(RARE,),
        respondents=(parties(kind)[1].name,),
        mediated_by="伯都乡人民调解委员会" if kind == "people" else "宁江区诉调对接中心",
        outcome="调解不成",
        closed_on=date(2026, 12, 7),
        facts=("申请人与被申请人系前后院邻居，双方宅基地以原院墙为界。",
               "2026年8月，被申请人拆除原院墙并在原址翻建新墙，新墙长约18米。",
               "双方均同意以2026年11月20日县自然资源局测量所作的界址图为准。"),
        mediators=("王秀兰", "刘建华"),
    )


def recommendation(_kind: str) -> RecommendationDoc:
    return RecommendationDoc(
        court_name="宁江区人民法院",
        number="宁法建〔2026〕1号",
        subject="预防和化解相邻关系纠纷",
        recipient="松原市宁江区伯都乡人民政府",
        background="农村宅基地确权工作是重要的基础性工作。",
        problems="部分村屯宅基地界址不清，翻建房屋前未经四邻确认。",
        suggestions="一、在翻建审批中增加四邻界址确认环节。\n二、对界址争议先行组织测量。",
        reply_months=2,
        source="吉0702民诉前调临〔2026〕115号相邻关系纠纷一案",
        contact="刘建华　0438-3211234",
        copy_to="松原市宁江区人民政府",
        signed_on=date(2026, 12, 7),
    )


BUILDERS: dict[str, tuple[str, Callable[[str], Any], Callable[..., Any]]] = {
    "agreement": ("", agreement, build_agreement),
    "record": ("record", record, build_record),
    "notice": ("notice", notice, build_notice),
    "service_proof": ("service_proof", service, build_service_proof),
    "address_confirmation": ("address_confirmation", service, build_address_confirmation),
    "confirmation_application": ("confirmation_application", confirmation, build_confirmation_application),
    "cover": ("cover", cover, build_cover),
    "recommendation": ("recommendation", recommendation, build_recommendation),
    "rights_notice": ("rights_notice", rights_notice, build_rights_notice),
    "served_proof": ("service_proof", served_proof, build_service_proof),
    "handoff": ("handoff", handoff, build_handoff),
    "recorded_proof": ("service_proof", recorded_proof, build_service_proof),
    "recommendation_proof": ("service_proof", recommendation_proof, build_service_proof),
}


def render_paper(paper: str, kind: str) -> bytes:
    """The PDF of one fixed paper, with a fixed verification code."""
    template_kind, make, build = BUILDERS[paper]
    data = make(kind)
    template = load_template(template_kind or f"agreement_{kind}")
    fonts = load_fonts(resources.read_json("reference", "fonts.json"))
    styles = make_styles(fonts)
    case_kind = getattr(getattr(data, "header", None), "case_kind", "")
    stamp = Stamp(f"FYDOC/1;case=golden;doc={paper}-{kind};v=1;sha256=0", "GOLDN-00000",
                  verify_text=verify_line(case_kind))
    return render(build(data, fonts, styles, template), fonts=fonts, title=paper, stamp=stamp)


def page_lines(pdf: bytes) -> str:
    """The text a reader of the paper sees, page by page and line by line (how lines break is reviewed too)."""
    pages = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):
        lines = [line.rstrip() for line in (page.extract_text() or "").splitlines()]
        pages.append(f"=== 第 {number} 页 ===\n" + "\n".join(lines))
    return "\n".join(pages) + "\n"
