"""Printing court documents from the record (``PRINTERS``, one per kind), and verifying paper copies.

The agreement printer lives here; the other kinds live in case_papers, mediation_record, case_file,
confirmation and recommendations; all of them issue through ``printing.issue``.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.documents.agreement import build_agreement
from fuyuan_desktop.documents.data import AgreementDoc, ClauseBlock
from fuyuan_desktop.documents.registry import KINDS
from fuyuan_desktop.documents.verification import normalize_code, parse_keywords
from fuyuan_desktop.domain.enums import AgreementKind, AgreementStatus, DisputeCategory
from fuyuan_desktop.domain.errors import NotFoundError
from fuyuan_desktop.services.case_file import print_cover
from fuyuan_desktop.services.case_papers import print_address_confirmation, print_notice, print_service_proof
from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.confirmation import print_confirmation_application
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.mediation_record import print_record
from fuyuan_desktop.services.printing import (
    Paper,
    PrintedDocument,
    case_header,
    cite,
    document_fonts,
    existing_document,
    issue,
    kind_label,
    mediating_organization,
    mediator_names,
    paper_content,
    party_blocks,
    reprint_archived,
    template_for,
)
from fuyuan_desktop.services.recommendations import print_recommendation
from fuyuan_desktop.store.blobs import BlobStore
from fuyuan_desktop.store.models import Agreement, AgreementClause, Dispute, GeneratedDocument, MediationSession

__all__ = [
    "PRINTERS",
    "DocumentView",
    "PrintedDocument",
    "VerifyReport",
    "agreement_doc",
    "case_header",
    "document_count",
    "document_fonts",
    "documents_of",
    "mediator_names",
    "party_blocks",
    "print_agreement",
    "reprint_document",
    "verify_code",
    "verify_pdf",
]


@dataclass(frozen=True)
class VerifyReport:
    ok: bool
    status: str  # match | modified | superseded | unknown | draft
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
    parties = party_blocks(session, dispute.id)
    header = case_header(session, dispute)
    category = DisputeCategory.of(dispute.category)
    warnings: list[str] = []
    if category.is_family_status:
        warnings.append(
            "婚姻家庭等身份关系纠纷不能申请司法确认；协议中不印司法确认条款。须当面手写签名，不得电子签名。"
        )
    kind = AgreementKind.of(agreement.kind)
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
        organization=mediating_organization(session, dispute.id),
        committee_name=f"{header.place}人民调解委员会" if header.place else "",
        act_name=getattr(dispute, "act_name", "") or "",
        act_number=getattr(dispute, "act_number", "") or "",
        act_date=getattr(dispute, "act_date", None),
        version=agreement.version,
        final=agreement.status != AgreementStatus.DRAFT.value,
        warnings=tuple(warnings),
    )


def _doc_content(doc: AgreementDoc) -> dict[str, Any]:
    return paper_content("agreement", doc)


def print_agreement(
    ctx: ServiceContext, blobs: BlobStore, case_ref: str, *, version: int | None = None, out: Path | None = None
) -> PrintedDocument:
    """Print an agreement version; a final one is stored content-addressed and carries its code and QR."""
    with ctx.db.read() as session:
        dispute_id = resolve_case_id(session, case_ref)
        agreement = _agreement(session, dispute_id, version)
        doc = agreement_doc(session, agreement)
    template = template_for(ctx, f"agreement_{doc.kind}")
    return issue(
        ctx,
        blobs,
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
            mismatch="已定稿协议的内容与存档不一致（当事人资料可能已被修改）；请创建更正版本",
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
    if document.kind == "record" and document.source_id:
        # A record saved again supersedes its printed paper at once, whether or not the new text is printed yet.
        sitting = session.get(MediationSession, document.source_id)
        if sitting is not None and sitting.record_revision > document.version:
            found = existing_document(session, "record", sitting.id, sitting.record_revision)
            return found or GeneratedDocument(
                dispute_id=document.dispute_id,
                kind="record",
                sha256="",
                verification_code="",
                version=sitting.record_revision,
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


def verify_pdf(ctx: ServiceContext, path: Path) -> VerifyReport:
    """Check a PDF against the record: same bytes as the stored original, and not superseded."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    data = path.read_bytes()
    try:
        reader = PdfReader(io.BytesIO(data))
        meta = reader.metadata
        info = parse_keywords(str(meta.get("/Keywords", "")) if meta else None)
        text = "" if info else "".join((page.extract_text() or "") for page in reader.pages[:1])
    except (PdfReadError, ValueError, KeyError) as exc:
        return VerifyReport(False, "unknown", f"无法读取该 PDF（{exc}）；文件可能已损坏或被修改。")
    with ctx.db.read() as session:
        if info is None:
            import re

            found = re.search(r"验证码\s*([0-9A-Z]{5}-[0-9A-Z]{5})", text)
            if not found:
                return VerifyReport(
                    False, "unknown", "文件中没有本系统的文书标识，无法核验（可能不是本系统生成的，或是草稿）。"
                )
            return verify_code(ctx, found.group(1), modified_hint=True)
        document = session.get(GeneratedDocument, str(info["doc"]))
        if document is None:
            return VerifyReport(False, "unknown", "本机记录中没有这份文书（可能来自其他设备，尚未同步）。")
        modified = hashlib.sha256(data).hexdigest() != document.blob_sha256 or info["sha256"] != document.sha256
        return _report(session, document, modified=modified)


def verify_code(ctx: ServiceContext, typed: str, *, modified_hint: bool = False) -> VerifyReport:
    """Look up a verification code typed from paper (or a scan)."""
    code = normalize_code(typed)
    with ctx.db.read() as session:
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


def document_count(ctx: ServiceContext, case_ref: str) -> int:
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
    "service_proof": print_service_proof,
    "address_confirmation": print_address_confirmation,
    "confirmation_application": print_confirmation_application,
    "recommendation": print_recommendation,
    "cover": print_cover,
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


def documents_of(ctx: ServiceContext, case_ref: str) -> list[DocumentView]:
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
            kind_label(r.kind),
            r.source_id or "",
            r.version,
            r.verification_code,
            r.created_at,
            r.superseded_by_id is not None,
        )
        for r in rows
    ]


def reprint_document(ctx: ServiceContext, blobs: BlobStore, document: DocumentView, out: Path) -> PrintedDocument:
    """Write out an archived paper byte for byte (no new issue, no audit event)."""
    return reprint_archived(ctx, blobs, document.kind, document.source_id, document.version, out=out)
