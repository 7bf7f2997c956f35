"""Printing court documents from the record (``PRINTERS``, one per kind), and verifying paper copies.

The agreement printer lives here; the other kinds live in case_papers, mediation_record, case_file,
confirmation and recommendations; all of them issue through ``printing.issue``.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.documents import snapshot
from fuyuan_desktop.documents.agreement import build_agreement
from fuyuan_desktop.documents.data import AgreementDoc, ClauseBlock
from fuyuan_desktop.documents.layout import DRAFT_FOOTER
from fuyuan_desktop.documents.registry import KINDS as KINDS  # the printable kinds, for the frontends' lists
from fuyuan_desktop.documents.verification import normalize_code, parse_keywords, parse_qr_payload
from fuyuan_desktop.domain.enums import AgreementKind, AgreementStatus, DisputeCategory
from fuyuan_desktop.domain.errors import NotFoundError
from fuyuan_desktop.services.case_file import print_cover
from fuyuan_desktop.services.case_papers import (
    METHODS as SERVICE_METHODS,
)
from fuyuan_desktop.services.case_papers import (
    ServableDocument,
    print_address_confirmation,
    print_notice,
    print_rights_notice,
    print_service_proof,
    servable_documents,
)
from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.confirmation import print_confirmation_application
from fuyuan_desktop.services.handoff import print_handoff
from fuyuan_desktop.services.mediation_record import print_record
from fuyuan_desktop.services.organisations import UNREGISTERED, case_organisation_name
from fuyuan_desktop.services.printing import (
    Paper,
    PrintedDocument,
    case_header,
    cite,
    document_fonts,
    existing_document,
    issue,
    kind_label,
    later_facts,
    latest_document,
    mediating_organization,
    mediator_names,
    mediator_roles,
    page_texts,
    paper_content,
    party_blocks,
    recorder_name,
    reprint_archived,
    template_for,
)
from fuyuan_desktop.services.recommendations import print_recommendation
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import Agreement, AgreementClause, Dispute, GeneratedDocument

__all__ = [
    "PRINTERS",
    "SERVICE_METHODS",
    "DocumentView",
    "PrintableKind",
    "PrintedDocument",
    "ServableDocument",
    "VerifyReport",
    "agreement_doc",
    "case_header",
    "document_count",
    "document_fonts",
    "documents_of",
    "mediator_names",
    "party_blocks",
    "print_agreement",
    "printable_kinds",
    "reprint_document",
    "servable_documents",
    "verify_code",
    "verify_pdf",
]


@dataclass(frozen=True)
class PrintableKind:
    code: str  # the key of ``PRINTERS``
    label: str
    needs: str  # what the case must have for this paper to print


def printable_kinds() -> list[PrintableKind]:
    """The documents that can be printed, in the order they are offered."""
    return [PrintableKind(k.code, k.label, k.needs) for k in KINDS.values()]


@dataclass(frozen=True)
class VerifyReport:
    ok: bool
    status: str  # match | modified | superseded | draft | unknown | unchecked
    message: str
    document_id: str = ""
    kind: str = ""
    version: int = 0
    case_number: str = ""
    superseded_by_version: int | None = None


def _agreement(session: Session, dispute_id: str, version: int | None) -> Agreement:
    stmt = select(Agreement).where(col(Agreement.dispute_id) == dispute_id)
    if version is not None:
        stmt = stmt.where(col(Agreement.version) == version)
    else:
        stmt = stmt.order_by(col(Agreement.version).desc())
    agreement = session.scalars(stmt).first()
    if agreement is None:
        raise NotFoundError("本案还没有调解协议" if version is None else f"本案没有第 {version} 版调解协议")
    return agreement


def agreement_doc(session: Session, agreement: Agreement) -> AgreementDoc:
    """Gather one agreement version as the plain data its builder prints."""
    dispute = session.get(Dispute, agreement.dispute_id)
    assert dispute is not None
    clauses = session.scalars(
        select(AgreementClause)
        .where(col(AgreementClause.agreement_id) == agreement.id, ~col(AgreementClause.deleted))
        .order_by(col(AgreementClause.position))
    ).all()
    parties = party_blocks(session, dispute.id, agreement.effective_on)
    header = case_header(session, dispute)
    category = DisputeCategory.of(dispute.category)
    warnings: list[str] = []
    if category.is_family_status:
        warnings.append(
            "婚姻家庭等身份关系纠纷不能申请司法确认；协议中不印司法确认条款。须当面手写签名，不得电子签名。"
        )
    kind = AgreementKind.of(agreement.kind)
    committee = case_organisation_name(session, dispute.id, committee=True)
    if kind is AgreementKind.PEOPLE and committee == UNREGISTERED:
        warnings.append("本案调解员都不属于已登记的调解组织：协议抬头印“调解组织未登记”。"
                        "请在调解组织名录中登记该人民调解委员会，并把调解员归入后重新打印。")
    if kind is AgreementKind.ADMINISTRATIVE and category not in (
        DisputeCategory.ADMIN_EXPROPRIATION,
        DisputeCategory.ADMIN_AGREEMENT,
    ):
        warnings.append(
            f"行政争议调解限于行政赔偿、补偿及行政机关行使自由裁量权的事项（{cite('alp.mediation_scope')}），"
            "请核对本协议内容。"
        )
    return AgreementDoc(
        kind=kind.value,
        header=header,
        parties=parties,
        facts=agreement.facts,
        clauses=tuple(
            ClauseBlock(c.position, c.obligor, c.text, c.performance_method, c.deadline, c.amount_fen) for c in clauses
        ),
        responsibilities=agreement.responsibilities,
        breach_terms=agreement.breach_terms,
        confirmation_clause=agreement.confirmation_clause and not category.is_family_status,
        confirmation_court=header.court_name,
        mediators=mediator_names(session, dispute.id),
        mediator_roles=mediator_roles(session, dispute.id),
        recorder=recorder_name(session, dispute.id),
        organization=mediating_organization(session, dispute.id),
        committee_name=committee,
        act_name=getattr(dispute, "act_name", "") or "",
        act_number=getattr(dispute, "act_number", "") or "",
        act_date=getattr(dispute, "act_date", None),
        version=agreement.version,
        final=agreement.status != AgreementStatus.DRAFT.value,
        warnings=tuple(warnings),
    )


def _doc_content(doc: AgreementDoc) -> dict[str, Any]:
    return paper_content("agreement", doc)


def signed_agreement(session: Session, agreement: Agreement) -> tuple[AgreementDoc, tuple[str, ...]]:
    """The agreement as its parties signed it, and the later facts to print beside it (not inside it).

    A final agreement renders from the snapshot taken at finalize (docs/domain.md §7); a draft, or an
    agreement finalized before snapshots existed, from the case data as it is now.
    """
    current = agreement_doc(session, agreement)
    if agreement.status == AgreementStatus.DRAFT.value or not agreement.signed_json:
        return current, ()
    signed = snapshot.load(AgreementDoc, agreement.signed_json)
    notes = list(later_facts(signed, current))
    if agreement.status == AgreementStatus.SUPERSEDED.value:
        newer = session.scalars(
            select(Agreement)
            .where(col(Agreement.dispute_id) == agreement.dispute_id, col(Agreement.version) > agreement.version)
            .order_by(col(Agreement.version).desc())
        ).first()
        notes.insert(0, f"本协议已被第 {newer.version if newer else '新'} 版协议取代，请以新版为准")
    return signed, tuple(notes)


def print_agreement(
    ctx: Workspace, case_ref: str, *, version: int | None = None, out: Path | None = None
) -> PrintedDocument:
    """Print an agreement version; a final one is stored content-addressed and carries its code and QR.

    A final version prints what was signed (its snapshot), with later facts — the official 案号 a receipt
    brought, a mediator added — as annotation lines outside the verified text.
    """
    with ctx.db.read() as session:
        dispute_id = resolve_case_id(session, case_ref)
        agreement = _agreement(session, dispute_id, version)
        doc, notes = signed_agreement(session, agreement)
    template = template_for(ctx, f"agreement_{doc.kind}")
    return issue(
        ctx,
        Paper(
            kind="agreement",
            dispute_id=dispute_id,
            source_id=agreement.id,
            data=doc,
            title=template.raw("title"),
            build=lambda fonts, styles: build_agreement(doc, fonts, styles, template),
            version=doc.version,
            final=doc.final,
            warnings=doc.warnings,
            mismatch=(
                f"第 {doc.version} 版协议定稿于本机启用“签署内容存档”之前，其后案件资料有变动；"
                "这里给出的是存档原件（签署内容未变，无需更正）"
            ),
            keep_archived=True,
            annotations=notes,
            rebuild=lambda frozen: lambda fonts, styles: build_agreement(frozen, fonts, styles, template),
        ),
        out=out,
    )


def _superseding(session: Session, document: GeneratedDocument) -> GeneratedDocument | None:
    """The later final version that replaced this document, if any."""
    if document.kind == "agreement" and document.source_id:
        agreement = session.get(Agreement, document.source_id)
        if agreement is not None and agreement.status == AgreementStatus.SUPERSEDED.value:
            newer = session.scalars(select(Agreement).where(col(Agreement.supersedes_id) == agreement.id)).first()
            while newer is not None and newer.status == AgreementStatus.SUPERSEDED.value:
                newer = session.scalars(select(Agreement).where(col(Agreement.supersedes_id) == newer.id)).first()
            if newer is not None:
                found = existing_document(session, "agreement", newer.id, newer.version)
                return found or GeneratedDocument(
                    dispute_id=document.dispute_id,
                    kind="agreement",
                    sha256="",
                    verification_code="",
                    version=newer.version,
                )
    if document.kind == "confirmation_application" and document.source_id:
        # The application of a superseded agreement is superseded with it (docs/domain.md §7).
        agreement = session.get(Agreement, document.source_id)
        if agreement is not None and agreement.status == AgreementStatus.SUPERSEDED.value:
            newer = session.scalars(
                select(Agreement)
                .where(col(Agreement.dispute_id) == agreement.dispute_id, col(Agreement.version) > agreement.version)
                .order_by(col(Agreement.version).desc())
            ).first()
            found = latest_document(session, "confirmation_application", newer.id) if newer else None
            return found or GeneratedDocument(
                dispute_id=document.dispute_id,
                kind="confirmation_application",
                sha256="",
                verification_code="",
                version=newer.version if newer else document.version + 1,
            )
    newest = None
    seen = {document.id}
    while document.superseded_by_id and document.superseded_by_id not in seen:
        newer_doc = session.get(GeneratedDocument, document.superseded_by_id)
        if newer_doc is None:
            break
        newest = document = newer_doc
        seen.add(newer_doc.id)
    return newest


def _report(session: Session, document: GeneratedDocument, *, modified: bool) -> VerifyReport:
    dispute = session.get(Dispute, document.dispute_id)
    number = (dispute.official_number or dispute.provisional_number) if dispute else ""
    label = KINDS[document.kind].label.split("（")[0] if document.kind in KINDS else document.kind
    if modified:
        return VerifyReport(
            False,
            "modified",
            f"文件与存档不一致：它声称是案件 {number} 的{label}第 {document.version} 版，"
            "但内容已被修改或不是本系统生成的原件。",
            document.id,
            document.kind,
            document.version,
            number,
        )
    newer = _superseding(session, document)
    if newer is not None:
        return VerifyReport(
            False,
            "superseded",
            f"这是案件 {number} 的{label}第 {document.version} 版，与存档一致，"
            f"但已被第 {newer.version} 版取代，请以新版为准。",
            document.id,
            document.kind,
            document.version,
            number,
            newer.version,
        )
    return VerifyReport(
        True,
        "match",
        f"与存档一致：案件 {number} 的{label}第 {document.version} 版（验证码 "
        f"{document.verification_code}），为现行有效版本。",
        document.id,
        document.kind,
        document.version,
        number,
    )


def _difference(original: list[str], presented: list[str]) -> str:
    """Where ``presented`` first reads differently from ``original``, in words ("" when they read the same)."""
    if len(original) != len(presented):
        return f"存档原件共 {len(original)} 页，此文件 {len(presented)} 页"
    for number, (was, now) in enumerate(zip(original, presented, strict=True), start=1):
        if was == now:
            continue
        at = next((i for i, (a, b) in enumerate(zip(was, now, strict=False)) if a != b), min(len(was), len(now)))
        start = max(at - 6, 0)
        return f"第 {number} 页起不同：存档为“…{was[start:at + 12]}…”，此文件为“…{now[start:at + 12]}…”"
    return ""


def _same_text(ctx: Workspace, document: GeneratedDocument, data: bytes) -> tuple[bool, str] | None:
    """Whether ``data`` reads page for page as the archived original, and where not (``None``: original not on
    this machine)."""
    if not document.blob_sha256 or document.blob_sha256 not in ctx.blobs:
        return None
    original = b"".join(ctx.blobs.read_chunks(document.blob_sha256))
    try:
        presented = page_texts(data)
    except Exception:
        return False, "文件无法读出文字"
    difference = _difference(page_texts(original), presented)
    return not difference, difference


def _code_in(data: bytes) -> str | None:
    """The verification code printed in the footer of the first page, if any."""
    import re

    try:
        first = page_texts(data)[:1]
    except Exception:
        return None
    for text in first:
        found = re.search(r"验证码([0-9A-Z]{5}-[0-9A-Z]{5})", text)
        if found:
            return found.group(1)
    return None


def _is_draft(data: bytes) -> bool:
    try:
        return any(DRAFT_FOOTER in text for text in page_texts(data))
    except Exception:
        return False


def verify_pdf(ctx: Workspace, path: Path) -> VerifyReport:
    """Check a PDF against the record: each page reads as the archived original, and it is not superseded.

    The file's bytes may differ (saved again by a viewer, printed to PDF): the words are what count.
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    data = path.read_bytes()
    try:
        reader = PdfReader(io.BytesIO(data))
        meta = reader.metadata
        info = parse_keywords(str(meta.get("/Keywords", "")) if meta else None)
    except (PdfReadError, ValueError, KeyError) as exc:
        return VerifyReport(False, "unknown", f"无法读取该 PDF（{exc}）；文件可能已损坏或被修改。")
    code = _code_in(data)
    with ctx.db.read() as session:
        document = session.get(GeneratedDocument, str(info["doc"])) if info else None
        if document is None and code:
            document = session.scalars(
                select(GeneratedDocument).where(col(GeneratedDocument.verification_code) == code)
            ).first()
        if document is None:
            if info is None and code is None and _is_draft(data):
                return VerifyReport(
                    False, "draft", "这是草稿（未定稿，不具效力），不是已出具的文书；请以定稿后打印、带验证码的文书为准。"
                )
            if info is None and code is None:
                return VerifyReport(
                    False, "unknown", "文件中没有本系统的文书标识和验证码，无法核验（可能不是本系统生成的，或是草稿）。"
                )
            return VerifyReport(False, "unknown", "本机记录中没有这份文书（可能来自其他设备，尚未同步）。")
        same = _same_text(ctx, document, data)
        if same is None:
            report = _report(session, document, modified=False)
            return VerifyReport(
                False,
                "unchecked",
                "存档原件不在本机，无法逐页比对文字；仅凭标识查得：" + report.message,
                report.document_id,
                report.kind,
                report.version,
                report.case_number,
            )
        report = _report(session, document, modified=not same[0])
        return replace(report, message=f"{report.message}{same[1]}。") if same[1] else report


def verify_code(ctx: Workspace, typed: str, *, modified_hint: bool = False) -> VerifyReport:
    """Look up a verification code typed from paper, or the QR payload a scanner types (``FYDOC/1;…``)."""
    payload = parse_qr_payload(typed)
    with ctx.db.read() as session:
        if payload is not None:
            document = session.get(GeneratedDocument, payload["doc"])
            if document is None or document.sha256 != payload["sha256"]:
                return VerifyReport(False, "unknown", "二维码所载文书不在本机记录中（可能来自其他设备，尚未同步），或二维码不是本系统生成的。")
            return _report(session, document, modified=False)
        code = normalize_code(typed)
        document = session.scalars(
            select(GeneratedDocument).where(col(GeneratedDocument.verification_code) == code)
        ).first()
        if document is None:
            return VerifyReport(False, "unknown", f"没有验证码为 {code} 的文书；请核对输入（验证码不含 I、L、O、U）。")
        report = _report(session, document, modified=False)
    if modified_hint and report.ok:
        return VerifyReport(
            False,
            "modified",
            "文件缺少本系统写入的标识，只能按验证码核对：" + report.message,
            report.document_id,
            report.kind,
            report.version,
            report.case_number,
        )
    return report


def document_count(ctx: Workspace, case_ref: str) -> int:
    with ctx.db.read() as session:
        dispute_id = resolve_case_id(session, case_ref)
        return int(
            session.scalar(
                select(func.count())
                .select_from(GeneratedDocument)
                .where(col(GeneratedDocument.dispute_id) == dispute_id)
            )
            or 0
        )


Printer = Callable[..., PrintedDocument]
PRINTERS: dict[str, Printer] = {
    "agreement": print_agreement,
    "record": print_record,
    "notice": print_notice,
    "rights_notice": print_rights_notice,
    "service_proof": print_service_proof,
    "address_confirmation": print_address_confirmation,
    "confirmation_application": print_confirmation_application,
    "recommendation": print_recommendation,
    "cover": print_cover,
    "handoff": print_handoff,
}


@dataclass(frozen=True)
class DocumentView:
    """One archived (final) paper of a case, as the 文书 list shows it."""

    id: str
    kind: str
    label: str
    source_id: str
    version: int
    verification_code: str
    created_at: datetime
    superseded: bool


def _view_label(row: GeneratedDocument) -> str:
    """The paper's name in the list; a 送达回证 of one paper says which paper went to whom (docs/domain.md §8.13)."""
    label = kind_label(row.kind)
    if row.kind != "service_proof" or not row.content_json:
        return label
    data = json.loads(row.content_json).get("data", {})
    if not data.get("served_id"):
        return label
    paper = str(data.get("documents", "")).split("（")[0]
    names = "、".join(str(a.get("name", "")) for a in data.get("addressees", ()))
    return f"{label}：{paper}→{names}"


def documents_of(ctx: Workspace, case_ref: str) -> list[DocumentView]:
    """The case's archived papers, newest first (drafts are never archived)."""
    with ctx.db.read() as session:
        dispute_id = resolve_case_id(session, case_ref)
        rows = session.scalars(
            select(GeneratedDocument)
            .where(col(GeneratedDocument.dispute_id) == dispute_id, ~col(GeneratedDocument.deleted))
            .order_by(col(GeneratedDocument.created_at).desc())
        ).all()
    return [
        DocumentView(
            r.id,
            r.kind,
            _view_label(r),
            r.source_id or "",
            r.version,
            r.verification_code,
            r.created_at,
            r.superseded_by_id is not None,
        )
        for r in rows
    ]


def reprint_document(ctx: Workspace, document: DocumentView, out: Path) -> PrintedDocument:
    """Write out an archived paper byte for byte (no new issue, no audit event)."""
    return reprint_archived(ctx, document.kind, document.source_id, document.version, out=out)
