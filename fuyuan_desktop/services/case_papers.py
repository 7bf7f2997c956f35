"""Printing the papers that bring parties to the table: the mediation notice and the two service forms.

One page per party (an agent is served for the party it acts for), each numbered as its own paper.
They are numbered by issue: the same data reprints the same paper, changed data (a new sitting, a
corrected address) the next version, and ``--version N`` hands out the archived original of issue N.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.documents.data import Addressee, CaseHeader, NoticeDoc, RightsNoticeDoc, ServiceDoc
from fuyuan_desktop.documents.notice import build_notice
from fuyuan_desktop.documents.registry import KINDS
from fuyuan_desktop.documents.rights_notice import build_rights_notice
from fuyuan_desktop.documents.service_forms import METHODS, build_address_confirmation, build_service_proof
from fuyuan_desktop.documents.templates import case_kind
from fuyuan_desktop.documents.verification import normalize_code
from fuyuan_desktop.domain.enums import ParticipantRole, PartyRole, SessionStatus
from fuyuan_desktop.domain.errors import NotFoundError, ValidationError
from fuyuan_desktop.domain.identifiers import mask_id_number, mask_phone
from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.courts import court_full_name
from fuyuan_desktop.services.permissions import allowed
from fuyuan_desktop.services.printing import (
    Paper,
    PrintedDocument,
    case_header,
    case_mediators,
    case_parties,
    court_time,
    entrusted_to,
    issue,
    kind_label,
    load_dispute,
    print_case_paper,
    reprint_archived,
    sittings,
    template_for,
)
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import Dispute, DisputeMediator, GeneratedDocument, Recommendation, ServiceRecord

__all__ = [
    "METHODS",
    "ServableDocument",
    "addressees",
    "print_address_confirmation",
    "print_notice",
    "print_rights_notice",
    "print_service_proof",
    "servable_documents",
]


def addressees(session: Session, dispute_id: str, *, masked: bool = False) -> tuple[Addressee, ...]:
    """Every party except agents, with its agents' names; an agent is served for the party it acts for.

    ``masked``: the phone printed as 138****5678, for a role that may not see it in full (a mediator).
    """
    rows = case_parties(session, dispute_id)
    agents: dict[str, list[str]] = {}
    for cp, party in rows:
        if cp.role == PartyRole.AGENT.value and cp.represents_id:
            agents.setdefault(cp.represents_id, []).append(party.name)
    return tuple(
        Addressee(
            role=PartyRole.of(cp.role).label,
            kind=party.kind,
            name=party.name,
            address=party.service_address or party.address,
            phone=mask_phone(party.phone) if masked and party.phone else party.phone,
            id_masked=mask_id_number(party.id_number) if party.id_number else "",
            representative=party.representative,
            agents=tuple(agents.get(party.id, ())),
        )
        for cp, party in rows
        if cp.role != PartyRole.AGENT.value
    )


def notice_doc(ctx: Workspace, session: Session, dispute: Dispute) -> NoticeDoc:
    header = case_header(session, dispute)
    parties = case_parties(session, dispute.id)
    today = ctx.today()
    upcoming = [
        s
        for s in sittings(session, dispute.id)
        if s.status == SessionStatus.SCHEDULED.value and court_time(s.scheduled_at).date() >= today
    ]
    nxt = upcoming[0] if upcoming else None
    assigned = session.scalars(
        select(col(DisputeMediator.assigned_on))
        .where(col(DisputeMediator.dispute_id) == dispute.id, ~col(DisputeMediator.deleted))
        .order_by(col(DisputeMediator.assigned_on))
    ).first()
    staff = [m for m in case_mediators(session, dispute.id) if m.role != ParticipantRole.CLERK.value]
    return NoticeDoc(
        header=header,
        addressees=addressees(session, dispute.id, masked=not allowed(ctx.role, "case.unmask")),
        applicants=tuple(p.name for cp, p in parties if cp.role == PartyRole.APPLICANT.value),
        respondents=tuple(p.name for cp, p in parties if cp.role == PartyRole.RESPONDENT.value),
        entrusted_to=entrusted_to(session, dispute.id),
        referred_on=assigned,
        period_days=ctx.reference.deadline_rules.mediation_days,
        due_on=dispute.due_on,
        due_presumed=dispute.due_on is not None and ctx.reference.calendar.presumed(dispute.due_on),
        session_at=court_time(nxt.scheduled_at) if nxt else None,
        session_place=(nxt.place_text or dispute.place_text) if nxt else "",
        contact=staff[0].name if staff else "",
        contact_phone=header.tribunal_phone or (staff[0].phone if staff else ""),
    )


def _require_addressees(doc_addressees: tuple[Addressee, ...], what: str) -> None:
    if not doc_addressees:
        raise ValidationError(what, "本案没有当事人，无法打印")


def _notice_warnings(doc: NoticeDoc) -> tuple[str, ...]:
    warnings: tuple[str, ...] = () if doc.session_at else ("本案没有已排期的调解，调解时间、地点留空待填",)
    if doc.due_presumed:
        warnings += ("调解期限所在年份的国务院放假安排尚未导入，期限按推算印出并注明“推定”；导入后请重印",)
    return warnings


def print_notice(
    ctx: Workspace, case_ref: str, *, version: int | None = None, out: Path | None = None
) -> PrintedDocument:
    """Print the 诉前调解通知书: one page to each party (applicants, respondents, third parties)."""
    return print_case_paper(
        ctx,
        case_ref,
        "notice",
        lambda session, dispute: notice_doc(ctx, session, dispute),
        build_notice,
        lambda template, _doc: template.raw("title"),
        check_doc=lambda doc: _require_addressees(doc.addressees, "调解通知书"),
        warnings=_notice_warnings,
        version=version,
        out=out,
    )


def rights_notice_doc(ctx: Workspace, session: Session, dispute: Dispute) -> RightsNoticeDoc:
    parties = case_parties(session, dispute.id)
    staff = [m for m in case_mediators(session, dispute.id) if m.role != ParticipantRole.CLERK.value]
    return RightsNoticeDoc(
        header=case_header(session, dispute),
        applicants=tuple(p.name for cp, p in parties if cp.role == PartyRole.APPLICANT.value),
        respondents=tuple(p.name for cp, p in parties if cp.role == PartyRole.RESPONDENT.value),
        entrusted_to=entrusted_to(session, dispute.id),
        mediators=tuple(m.name for m in staff),
        period_days=ctx.reference.deadline_rules.mediation_days,
    )


def _require_sides(doc: RightsNoticeDoc) -> None:
    if not doc.applicants and not doc.respondents:
        raise ValidationError("诉前调解告知书", "本案没有申请人或被申请人，无法打印")


def print_rights_notice(
    ctx: Workspace, case_ref: str, *, version: int | None = None, out: Path | None = None
) -> PrintedDocument:
    """Print the 诉前调解告知书 of the case (one paper, worded for its kind; docs/domain.md §8.13)."""
    return print_case_paper(
        ctx,
        case_ref,
        "rights_notice",
        lambda session, dispute: rights_notice_doc(ctx, session, dispute),
        build_rights_notice,
        lambda template, doc: template.for_case(doc.header.case_kind).raw("title"),
        check_doc=_require_sides,
        warnings=lambda doc: () if doc.mediators else ("本案尚未指派调解员，告知书中调解员一项印“尚未确定，确定后另行告知”",),
        version=version,
        out=out,
    )


SERVED_KINDS = tuple(k.code for k in KINDS.values() if k.served)


@dataclass(frozen=True)
class ServableDocument:
    """A printed paper of the case that is served on the parties, as the 送达回证 names it."""

    id: str
    kind: str
    title: str  # as printed on it: 人民调解通知书, 行政争议和解协议书…
    version: int
    verification_code: str

    @property
    def served_line(self) -> str:
        """送达文书名称和件数: the paper, its issue and its code, so the receipt names exactly this paper."""
        return f"{self.title}（第{self.version}版，验证码 {self.verification_code}）一份"


def _printed_title(ctx: Workspace, row: GeneratedDocument) -> str:
    """The title the archived paper bears, from the content it was issued with (its kind of case)."""
    data = json.loads(row.content_json)["data"] if row.content_json else {}
    if row.kind == "recommendation":  # named by its number: 司法建议书（宁法建〔2026〕1号）
        number = str(data.get("number", ""))
        return f"司法建议书（{number}）" if number else "司法建议书"
    kind = str(data.get("header", {}).get("case_kind", ""))
    template = f"agreement_{data.get('kind') or case_kind(kind).code}" if row.kind == "agreement" else row.kind
    title = template_for(ctx, template).for_case(kind).raw("title") or kind_label(row.kind)
    return "".join(title.split())


def _servable(ctx: Workspace, rows: list[GeneratedDocument]) -> list[ServableDocument]:
    return [ServableDocument(r.id, r.kind, _printed_title(ctx, r), r.version, r.verification_code) for r in rows]


def servable_line(ctx: Workspace, row: GeneratedDocument) -> str:
    """The paper as a record of its service names it: 诉前调解通知书（第1版，验证码 …）."""
    return _servable(ctx, [row])[0].served_line.removesuffix("一份")


def servable_documents(ctx: Workspace, case_ref: str) -> list[ServableDocument]:
    """The case's printed papers in force that are served on parties (a notice, an agreement…), newest first."""
    with ctx.db.read() as session:
        dispute_id = resolve_case_id(session, case_ref)
        rows = list(
            session.scalars(
                select(GeneratedDocument)
                .where(
                    col(GeneratedDocument.dispute_id) == dispute_id,
                    ~col(GeneratedDocument.deleted),
                    col(GeneratedDocument.superseded_by_id).is_(None),
                    col(GeneratedDocument.kind).in_(SERVED_KINDS),
                )
                .order_by(col(GeneratedDocument.created_at).desc())
            )
        )
    return _servable(ctx, rows)


def served_document(ctx: Workspace, session: Session, dispute_id: str, ref: str) -> ServableDocument:
    """The paper named by its document id or its verification code; it must be this case's, served, in force."""
    row = session.get(GeneratedDocument, ref.strip())
    if row is None:
        row = session.scalars(
            select(GeneratedDocument).where(col(GeneratedDocument.verification_code) == normalize_code(ref))
        ).first()
    if row is None or row.deleted or row.dispute_id != dispute_id:
        rows = session.scalars(
            select(GeneratedDocument).where(
                col(GeneratedDocument.dispute_id) == dispute_id,
                ~col(GeneratedDocument.deleted),
                col(GeneratedDocument.superseded_by_id).is_(None),
                col(GeneratedDocument.kind).in_(SERVED_KINDS),
            )
        ).all()
        have = "；".join(f"{d.served_line.removesuffix('一份')}" for d in _servable(ctx, list(rows)))
        raise NotFoundError(
            f"本案没有验证码或编号为「{ref}」的已打印文书；"
            + (f"本案可送达的文书：{have}" if have else "请先打印要送达的文书（通知书、告知书、协议书等）")
        )
    if not (row.kind in KINDS and KINDS[row.kind].served):
        servable = "、".join(kind_label(k.code) for k in KINDS.values() if k.served)
        raise ValidationError("送达文书", f"{kind_label(row.kind)}不向当事人送达；可送达的文书：{servable}")
    if row.superseded_by_id is not None:
        newer = session.get(GeneratedDocument, row.superseded_by_id)
        raise ValidationError(
            "送达文书",
            f"第 {row.version} 版{kind_label(row.kind)}已被第 {newer.version if newer else '新'} 版取代，请送达现行版本",
        )
    return _servable(ctx, [row])[0]


AGENCY = "agency"  # the recipient key of a 司法建议书's addressee (not a party of the case)


def recipients(ctx: Workspace, session: Session, dispute_id: str, paper: ServableDocument
               ) -> list[tuple[str, Addressee]]:
    """Who ``paper`` is served on, each with its key: every party but agents (key: the party id), or for a
    司法建议书 the agency it is addressed to (key ``AGENCY``)."""
    if paper.kind == "recommendation":
        row = session.get(GeneratedDocument, paper.id)
        rec = session.get(Recommendation, row.source_id) if row is not None and row.source_id else None
        if rec is None:
            raise NotFoundError("找不到这份司法建议书的记录")
        return [(AGENCY, Addressee(role="被建议单位", kind="agency", name=rec.recipient))]
    everyone = addressees(session, dispute_id, masked=not allowed(ctx.role, "case.unmask"))
    party_ids = [p.id for cp, p in case_parties(session, dispute_id) if cp.role != PartyRole.AGENT.value]
    return list(zip(party_ids, everyone, strict=True))


def pick_recipient(options: list[tuple[str, Addressee]], to: str) -> tuple[str, Addressee]:
    """The recipient named ``to`` (its name or key); refused, with the choices, when it is not one of them."""
    for key, who in options:
        if to.strip() in (who.name, key):
            return key, who
    if options and options[0][0] == AGENCY:
        raise ValidationError("受送达人", f"司法建议书的受送达人是被建议单位「{options[0][1].name}」，不是「{to}」")
    names = "、".join(a.name for _k, a in options) or "（本案没有当事人）"
    raise ValidationError("受送达人", f"「{to}」不是本案的当事人；可选：{names}（代理人代收的，选其所代理的当事人）")


def _proof_header(session: Session, dispute: Dispute, paper: ServableDocument) -> CaseHeader:
    """The case's header; for a 司法建议书 the court's, numbered with the recommendation's 文号."""
    header = case_header(session, dispute)
    if paper.kind != "recommendation":
        return header
    row = session.get(GeneratedDocument, paper.id)
    rec = session.get(Recommendation, row.source_id) if row is not None and row.source_id else None
    return replace(header, tribunal_name="", court_name=court_full_name(session, rec.court_id) if rec else
                   header.court_name, number=rec.number if rec else "", case_kind="invited", provisional=False,
                   committee_name="")


def _print_served_proof(
    ctx: Workspace,
    case_ref: str,
    served: str,
    to: str | None,
    method: str | None,
    version: int | None,
    out: Path | None,
    service: str | None = None,
) -> PrintedDocument:
    """The 送达回证 of one printed paper: to one party (``to``: its name) or to each party, one page each; for a
    司法建议书 to the agency it is addressed to. ``service`` (a recorded service's id) prints it filled in from
    that record: recipient, date, method, place, who served, signed or refused (with the witness).

    Its issues are numbered per paper and recipient: serving the notice on the respondent does not
    supersede the applicant's receipt; printing it again with another 送达方式 makes the next version.
    """
    if method and method not in METHODS:
        raise ValidationError("送达方式", f"「{method}」无效；可选：{'、'.join(METHODS)}")
    template = template_for(ctx, "service_proof")
    methods = ctx.reference.service_methods
    with ctx.db.read() as session:
        dispute = load_dispute(session, resolve_case_id(session, case_ref))
        record = None
        if service:
            record = session.get(ServiceRecord, service.strip())
            if record is None or record.deleted or record.dispute_id != dispute.id:
                raise NotFoundError(f"本案没有编号为「{service}」的送达记录；已登记的送达见案件的文书页")
            served = record.document_id
            to = record.party_id or AGENCY
            found_method = methods.get(record.method)
            method = found_method.box if found_method else ""
        paper = served_document(ctx, session, dispute.id, served)
        options = recipients(ctx, session, dispute.id, paper)
        source = paper.id
        chosen = tuple(who for _k, who in options)
        to_agency = paper.kind == "recommendation"
        if to or to_agency:
            key, who = pick_recipient(options, to or AGENCY)
            chosen = (who,)
            source = hashlib.sha256(f"{paper.id}/{key}".encode()).hexdigest()[:32]
        if record is not None:
            source = hashlib.sha256(f"{paper.id}/service/{record.id}".encode()).hexdigest()[:32]
        if version is not None:
            return reprint_archived(ctx, "service_proof", source, version, out=out)
        doc = ServiceDoc(
            header=_proof_header(session, dispute, paper),
            addressees=chosen,
            documents=paper.served_line,
            method=method or "",
            served_id=paper.id,
            to_agency=to_agency,
        )
        if record is not None:
            doc = replace(doc, served_on=record.served_on, place=record.place, server=record.server,
                          refused=record.receipt == "refused", signer=record.signer, witness=record.witness)
    _require_addressees(doc.addressees, template.raw("name", "service_proof"))
    return issue(
        ctx,
        Paper(
            kind="service_proof",
            dispute_id=dispute.id,
            source_id=source,
            data=doc,
            title=template.raw("name", "service_proof"),
            build=lambda fonts, styles: build_service_proof(doc, fonts, styles, template),
        ),
        out=out,
    )


def _print_service_form(
    ctx: Workspace,
    case_ref: str,
    kind: str,
    version: int | None,
    out: Path | None,
) -> PrintedDocument:
    template = template_for(ctx, kind)
    with ctx.db.read() as session:
        dispute = load_dispute(session, resolve_case_id(session, case_ref))
        if version is not None:
            return reprint_archived(ctx, kind, dispute.id, version, out=out)
        doc = ServiceDoc(
            header=case_header(session, dispute),
            addressees=addressees(session, dispute.id, masked=not allowed(ctx.role, "case.unmask")),
            documents=template.raw("documents"),
        )
    _require_addressees(doc.addressees, template.raw("name", kind))
    build = build_service_proof if kind == "service_proof" else build_address_confirmation
    return issue(
        ctx,
        Paper(
            kind=kind,
            dispute_id=dispute.id,
            source_id=dispute.id,
            data=doc,
            title=template.raw("name", kind),
            build=lambda fonts, styles: build(doc, fonts, styles, template),
        ),
        out=out,
    )


def print_service_proof(
    ctx: Workspace,
    case_ref: str,
    *,
    version: int | None = None,
    out: Path | None = None,
    served: str | None = None,
    to: str | None = None,
    method: str | None = None,
    service: str | None = None,
) -> PrintedDocument:
    """Print a 送达回证 for each party (documents served: the template's list, court-overridable), or with
    ``served`` (a printed paper's verification code or id) the 送达回证 of that paper, naming it (docs/domain.md
    §8.13): to the party ``to`` or to each party, the 送达方式 ``method`` ticked or left open. With ``service`` (a
    recorded service's id) the proof of that service, filled in from the record."""
    if service:
        if served or to or method:
            raise ValidationError("送达回证", "按送达记录打印时，文书、受送达人和送达方式都取自该记录，不再另行指定")
        return _print_served_proof(ctx, case_ref, "", None, None, version, out, service)
    if served:
        return _print_served_proof(ctx, case_ref, served, to, method, version, out)
    if to or method:
        raise ValidationError("送达回证", "指定受送达人或送达方式时，须同时指定所送达的文书（其验证码）")
    return _print_service_form(ctx, case_ref, "service_proof", version, out)


def print_address_confirmation(
    ctx: Workspace, case_ref: str, *, version: int | None = None, out: Path | None = None
) -> PrintedDocument:
    """Print a 送达地址确认书 for each party, the known address prefilled for the party to check."""
    return _print_service_form(ctx, case_ref, "address_confirmation", version, out)
