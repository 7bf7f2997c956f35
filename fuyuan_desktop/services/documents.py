"""Printing court documents from the record, storing them content-addressed, and verifying paper copies."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop import resources
from fuyuan_desktop.documents.agreement import build_agreement
from fuyuan_desktop.documents.data import AgreementDoc, CaseHeader, ClauseBlock, PartyBlock
from fuyuan_desktop.documents.fonts import FontSet, load_fonts
from fuyuan_desktop.documents.layout import Stamp, Styles, make_styles, render
from fuyuan_desktop.documents.registry import KINDS
from fuyuan_desktop.documents.templates import load_template
from fuyuan_desktop.documents.verification import (
    content_sha256,
    keywords,
    normalize_code,
    parse_keywords,
    qr_payload,
    verification_code,
)
from fuyuan_desktop.domain.enums import AgreementKind, AgreementStatus, DisputeCategory, PartyRole
from fuyuan_desktop.domain.errors import NotFoundError, ValidationError
from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.reference import raw_reference
from fuyuan_desktop.store.blobs import BlobStore
from fuyuan_desktop.store.models import (
    Agreement,
    AgreementClause,
    CaseParty,
    Court,
    Dispute,
    DisputeMediator,
    GeneratedDocument,
    Mediator,
    Party,
    Place,
    Tribunal,
)


@dataclass(frozen=True)
class PrintedDocument:
    document_id: str
    kind: str
    version: int
    final: bool
    verification_code: str
    content_sha256: str
    pdf_sha256: str
    pages: int
    path: Path | None
    warnings: tuple[str, ...] = ()


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


@lru_cache(maxsize=4)
def _fonts_for(config_json: str) -> tuple[FontSet, Styles]:
    import json

    fonts = load_fonts(json.loads(config_json))
    return fonts, make_styles(fonts)


def document_fonts(ctx: ServiceContext) -> tuple[FontSet, Styles]:
    """Fonts from reference data (``fonts.json``, overridable), loaded once per process."""
    import json

    config = raw_reference(ctx.db).get("fonts") or resources.read_json("reference", "fonts.json")
    return _fonts_for(json.dumps(config, sort_keys=True))


def _template_overrides(ctx: ServiceContext, kind: str) -> dict[str, Any]:
    data = raw_reference(ctx.db)
    overrides = data.get(f"template:{kind}", {})
    return overrides if isinstance(overrides, dict) else {}


def case_header(session: Session, dispute: Dispute) -> CaseHeader:
    court = session.get(Court, dispute.court_id)
    tribunal = session.get(Tribunal, dispute.tribunal_id) if dispute.tribunal_id else None
    place = session.get(Place, dispute.place_id) if dispute.place_id else None
    return CaseHeader(
        court_name=court.name if court else "",
        tribunal_name=tribunal.name if tribunal else (court.name if court else ""),
        number=dispute.official_number or dispute.provisional_number,
        category=DisputeCategory.of(dispute.category).label,
        place=(place.name if place else "") or dispute.place_text,
        tribunal_address=tribunal.address if tribunal else "",
        tribunal_phone=tribunal.phone if tribunal else "",
    )


def party_blocks(session: Session, dispute_id: str) -> tuple[PartyBlock, ...]:
    rows = session.execute(
        select(CaseParty, Party)
        .join(Party, col(Party.id) == col(CaseParty.party_id))
        .where(col(CaseParty.dispute_id) == dispute_id, ~col(CaseParty.deleted))
        .order_by(col(CaseParty.position))
    ).all()
    names = {party.id: party.name for _cp, party in rows}
    return tuple(
        PartyBlock(
            role=PartyRole.of(cp.role).label,
            kind=party.kind,
            name=party.name,
            sex=party.sex,
            birth_date=party.birth_date,
            ethnicity=party.ethnicity,
            occupation=party.occupation,
            id_number=party.id_number,
            address=party.address,
            phone=party.phone,
            credit_code=party.credit_code,
            representative=party.representative,
            representative_title=party.representative_title,
            service_address=party.service_address,
            represents=names.get(cp.represents_id or "", ""),
            agent_authority=cp.agent_authority,
        )
        for cp, party in rows
    )


def mediator_names(session: Session, dispute_id: str) -> tuple[str, ...]:
    rows = session.scalars(
        select(Mediator)
        .join(DisputeMediator, col(DisputeMediator.mediator_id) == col(Mediator.id))
        .where(col(DisputeMediator.dispute_id) == dispute_id, ~col(DisputeMediator.deleted))
        .order_by(col(DisputeMediator.is_lead).desc(), col(Mediator.name))
    ).all()
    return tuple(m.name for m in rows if m.role not in ("clerk",))


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
            "行政争议调解限于行政赔偿、补偿及行政机关行使自由裁量权的事项（行政诉讼法第六十条），请核对本协议内容。"
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
        organization=next(
            (
                m.organization
                for m in session.scalars(
                    select(Mediator)
                    .join(DisputeMediator, col(DisputeMediator.mediator_id) == col(Mediator.id))
                    .where(col(DisputeMediator.dispute_id) == dispute.id)
                )
                if m.organization
            ),
            "",
        ),
        committee_name=f"{header.place}人民调解委员会" if header.place else "",
        act_name=getattr(dispute, "act_name", "") or "",
        act_number=getattr(dispute, "act_number", "") or "",
        act_date=getattr(dispute, "act_date", None),
        version=agreement.version,
        final=agreement.status != AgreementStatus.DRAFT.value,
        warnings=tuple(warnings),
    )


def _doc_content(doc: AgreementDoc) -> dict[str, Any]:
    from dataclasses import asdict

    return {"format": 1, "kind": "agreement", "data": asdict(doc)}


def _existing_document(session: Session, kind: str, source_id: str, version: int) -> GeneratedDocument | None:
    return session.scalars(
        select(GeneratedDocument).where(
            col(GeneratedDocument.kind) == kind,
            col(GeneratedDocument.source_id) == source_id,
            col(GeneratedDocument.version) == version,
        )
    ).first()


def _page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


Builder = Callable[[FontSet, Styles], list[Any]]


def print_agreement(
    ctx: ServiceContext, blobs: BlobStore, case_ref: str, *, version: int | None = None, out: Path | None = None
) -> PrintedDocument:
    """Print an agreement version; a final one is stored content-addressed and carries its code and QR."""
    fonts, styles = document_fonts(ctx)
    with ctx.db.read() as session:
        dispute_id = resolve_case_id(session, case_ref)
        agreement = _agreement(session, dispute_id, version)
        doc = agreement_doc(session, agreement)
        existing = _existing_document(session, "agreement", agreement.id, agreement.version)
    template = load_template(f"agreement_{doc.kind}", _template_overrides(ctx, f"agreement_{doc.kind}"))
    content = _doc_content(doc)
    digest = content_sha256(content)
    code = verification_code(digest)
    document_id = (
        existing.id if existing else GeneratedDocument(dispute_id="", kind="", sha256="", verification_code="").id
    )
    if existing is not None and existing.sha256 != digest:
        raise ValidationError("文书", "已定稿协议的内容与存档不一致（当事人资料可能已被修改）；请创建更正版本")
    stamp = Stamp(
        qr_payload(case_id=dispute_id, document_id=document_id, version=doc.version, sha256_hex=digest),
        code,
        draft=not doc.final,
    )
    pdf = render(
        build_agreement(doc, fonts, styles, template),
        fonts=fonts,
        title=template.raw("title"),
        stamp=stamp,
        subject=f"验证码 {code}" if doc.final else "草稿",
        keywords=keywords(document_id=document_id, version=doc.version, sha256_hex=digest, kind="agreement")
        if doc.final
        else "",
    )
    pdf_sha = hashlib.sha256(pdf).hexdigest()
    if doc.final:
        blob_sha, _ = blobs.put_stream(io.BytesIO(pdf))
        if existing is None:
            with ctx.db.write(ctx.actor, "生成调解协议书") as session:
                session.add(
                    GeneratedDocument(
                        id=document_id,
                        dispute_id=dispute_id,
                        kind="agreement",
                        source_id=agreement.id,
                        version=doc.version,
                        sha256=digest,
                        verification_code=code,
                        blob_sha256=blob_sha,
                    )
                )
        else:
            ctx.db.record_event(
                ctx.actor,
                "重新打印调解协议书",
                entity="generateddocument",
                entity_id=document_id,
                dispute_id=dispute_id,
                after={"pdf_sha256": pdf_sha},
            )
    if out is not None:
        _write_atomic(out, pdf)
    return PrintedDocument(
        document_id,
        "agreement",
        doc.version,
        doc.final,
        code if doc.final else "",
        digest,
        pdf_sha,
        _page_count(pdf),
        out,
        doc.warnings,
    )


def _write_atomic(path: Path, data: bytes) -> None:
    import os

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def _superseding(session: Session, document: GeneratedDocument) -> GeneratedDocument | None:
    """The later final version that replaced this document, if any."""
    if document.kind == "agreement" and document.source_id:
        agreement = session.get(Agreement, document.source_id)
        if agreement is not None and agreement.status == AgreementStatus.SUPERSEDED.value:
            newer = session.scalars(select(Agreement).where(col(Agreement.supersedes_id) == agreement.id)).first()
            while newer is not None and newer.status == AgreementStatus.SUPERSEDED.value:
                newer = session.scalars(select(Agreement).where(col(Agreement.supersedes_id) == newer.id)).first()
            if newer is not None:
                found = _existing_document(session, "agreement", newer.id, newer.version)
                return found or GeneratedDocument(
                    dispute_id=document.dispute_id,
                    kind="agreement",
                    sha256="",
                    verification_code="",
                    version=newer.version,
                )
    if document.superseded_by_id:
        return session.get(GeneratedDocument, document.superseded_by_id)
    return None


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
PRINTERS: dict[str, Printer] = {"agreement": print_agreement}
