"""The one path every printed document takes: gather the case's header and parties, render, hash, archive.

A printer gathers plain data and hands ``issue`` a ``Paper``; ``issue`` renders it with the shared fonts,
hashes its canonical content, stores a final paper's PDF content-addressed with a ``GeneratedDocument``
row (the same row, hence byte-identical output, when the same kind/source/version is printed again),
marks older versions of the same paper superseded, and writes the file.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop import resources
from fuyuan_desktop.documents import snapshot
from fuyuan_desktop.documents.data import CaseHeader, PartyBlock
from fuyuan_desktop.documents.fonts import FontSet, load_fonts, use_face_cache
from fuyuan_desktop.documents.layout import (
    ANNOTATION_MARK,
    Stamp,
    Styles,
    annotate,
    make_styles,
    render,
    verify_line,
)
from fuyuan_desktop.documents.registry import KINDS
from fuyuan_desktop.documents.templates import Template, case_kind_of, load_template, merge_templates
from fuyuan_desktop.documents.verification import (
    canonical_json,
    content_sha256,
    keywords,
    qr_payload,
    verification_code,
)
from fuyuan_desktop.domain.capacity import capacity_on, split_powers
from fuyuan_desktop.domain.court_time import COURT_TZ, court_today
from fuyuan_desktop.domain.enums import DisputeCategory, ParticipantRole, PartyRole, SessionStatus
from fuyuan_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.courts import court_names
from fuyuan_desktop.services.reference import raw_reference
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import (
    CaseParty,
    Device,
    Dispute,
    DisputeMediator,
    GeneratedDocument,
    MediationSession,
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


Builder = Callable[[FontSet, Styles], list[Flowable]]


@dataclass(frozen=True)
class Paper:
    """A document ready to issue: what it is, what it prints, and how to lay it out.

    ``version`` fixed (an agreement's version, a record's saved revision) means the paper for that
    version must never change: a different content under the same version is refused with
    ``mismatch``. ``version=None`` numbers issues automatically: the same content reprints the
    current version; changed content (a new session time, a corrected address) becomes the next one.
    """

    kind: str
    dispute_id: str
    source_id: str
    data: Any  # the builder's plain dataclass; its fields are what the verification hash covers
    title: str
    build: Builder
    version: int | None = None
    final: bool = True
    warnings: tuple[str, ...] = ()
    mismatch: str = ""
    # On a mismatch, hand out the archived original instead of refusing (a signed record stays as signed).
    keep_archived: bool = False
    # Later facts printed beside the paper, outside the verified text (docs/domain.md §8): "正式案号：…".
    annotations: tuple[str, ...] = ()
    # How to lay out the frozen data of an earlier issue of this version (the data as first issued).
    rebuild: Callable[[Any], Builder] | None = None


@lru_cache(maxsize=4)
def _fonts_for(config_json: str) -> tuple[FontSet, Styles]:
    fonts = load_fonts(json.loads(config_json))
    return fonts, make_styles(fonts)


def document_fonts(ctx: Workspace) -> tuple[FontSet, Styles]:
    """Fonts from reference data (``fonts.json``, overridable), loaded once per process; parsed faces are
    kept in the data folder's cache/fonts for the next process (a fresh ``fuyuan print``)."""
    if ctx.paths is not None:
        use_face_cache(ctx.paths.cache / "fonts")
    config = raw_reference(ctx.db).get("fonts") or resources.read_json("reference", "fonts.json")
    return _fonts_for(json.dumps(config, sort_keys=True))


def _issuing_tribunal(ctx: Workspace) -> str:
    """Short name of the tribunal this installation issues papers for ("" at a hub without one)."""
    with ctx.db.read() as session:
        device = session.scalars(select(Device).where(col(Device.is_self))).first()
        tribunal = session.get(Tribunal, device.tribunal_id) if device and device.tribunal_id else None
    return tribunal.short_name if tribunal else ""


def template_overrides(ctx: Workspace, kind: str) -> dict[str, Any]:
    """Court-wide overrides (``template:<kind>``), then this tribunal's (``template:<kind>@<简称>``)."""
    data = raw_reference(ctx.db)
    merged: dict[str, Any] = {}
    for key in (f"template:{kind}", f"template:{kind}@{_issuing_tribunal(ctx)}"):
        layer = data.get(key, {})
        if isinstance(layer, dict):
            merged = merge_templates(merged, layer)
    return merged


def template_for(ctx: Workspace, kind: str) -> Template:
    """The shipped wording of ``kind`` with the court's and the issuing tribunal's overrides."""
    return load_template(kind, template_overrides(ctx, kind))


def cite(key: str) -> str:
    """A statute citation from ``citations.json`` (article numbers never live in code)."""
    entry = resources.read_json("templates", "citations.json")["citations"][key]
    return f"{entry['law']}{entry.get('article', '')}"


def kind_label(kind: str) -> str:
    return KINDS[kind].label.split("（")[0] if kind in KINDS else kind


# --- what every paper prints about the case ---------------------------------------------------------


def case_header(session: Session, dispute: Dispute) -> CaseHeader:
    names = court_names(session, dispute.court_id, dispute.tribunal_id)
    from fuyuan_desktop.services.organisations import case_organisation_name

    place = session.get(Place, dispute.place_id) if dispute.place_id else None
    kind = case_kind_of(administrative=DisputeCategory.of(dispute.category).is_administrative,
                        mediation_kind=dispute.mediation_kind)
    return CaseHeader(
        court_name=names.full_name,
        tribunal_name=names.tribunal_full_name,
        number=dispute.official_number or dispute.provisional_number,
        category=DisputeCategory.of(dispute.category).label,
        place=(place.name if place else "") or dispute.place_text,
        tribunal_address=names.address,
        tribunal_phone=names.phone,
        case_kind=kind,
        provisional=not dispute.official_number,
        committee_name=case_organisation_name(session, dispute.id, committee=True) if kind == "people" else "",
    )


def case_parties(session: Session, dispute_id: str) -> list[tuple[CaseParty, Party]]:
    """The case's parties and agents in intake order."""
    return [
        (cp, party)
        for cp, party in session.execute(
            select(CaseParty, Party)
            .join(Party, col(Party.id) == col(CaseParty.party_id))
            .where(col(CaseParty.dispute_id) == dispute_id, ~col(CaseParty.deleted))
            .order_by(col(CaseParty.position))
        ).all()
    ]


def party_blocks(session: Session, dispute_id: str, on: date | None = None) -> tuple[PartyBlock, ...]:
    """The case's parties as papers print them; a natural person's capacity is taken on ``on`` (the signing
    date; default today), so a minor's block says who signs for them (docs/domain.md §7.5)."""
    rows = case_parties(session, dispute_id)
    names = {party.id: party.name for _cp, party in rows}
    day = on or court_today()
    blocks = []
    for cp, party in rows:
        state = ""
        if party.kind == "person" and not PartyRole.of(cp.role).acts_for_another:
            found = capacity_on(party.birth_date, day, party.capacity or "")
            state = "" if found.full else found.code
        blocks.append(
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
                agent_powers=split_powers(cp.agent_powers),
                relation=cp.relation,
                capacity=state,
            )
        )
    return tuple(blocks)


def case_mediators(session: Session, dispute_id: str) -> list[Mediator]:
    """Everyone assigned to the case, lead first (clerks included; callers filter by role)."""
    return list(
        session.scalars(
            select(Mediator)
            .join(DisputeMediator, col(DisputeMediator.mediator_id) == col(Mediator.id))
            .where(col(DisputeMediator.dispute_id) == dispute_id, ~col(DisputeMediator.deleted))
            .order_by(col(DisputeMediator.is_lead).desc(), col(Mediator.name))
        )
    )


def mediator_names(session: Session, dispute_id: str) -> tuple[str, ...]:
    return tuple(m.name for m in case_mediators(session, dispute_id) if m.role not in ("clerk",))


def mediator_roles(session: Session, dispute_id: str) -> tuple[str, ...]:
    """What each of ``mediator_names`` is (特邀调解员, 人民调解员, 法官…), for their labels on paper."""
    return tuple(role_label(m.role) for m in case_mediators(session, dispute_id) if m.role not in ("clerk",))


def recorder_name(session: Session, dispute_id: str) -> str:
    """The clerk assigned to the case, who signs as 记录人 ("" if none)."""
    return next((m.name for m in case_mediators(session, dispute_id) if m.role == "clerk"), "")


def mediating_organization(session: Session, dispute_id: str) -> str:
    """The registered organisation of the case's mediators (its full name); else the text typed for a mediator."""
    from fuyuan_desktop.services.organisations import case_organisations

    registered = case_organisations(session, dispute_id)
    if registered:
        return registered[0].name
    return next((m.organization for m in case_mediators(session, dispute_id) if m.organization), "")


def entrusted_to(session: Session, dispute_id: str) -> str:
    """Who the case was entrusted to, as the papers name it: the mediators' registered organisation, else the
    first non-clerk mediator with role (特邀调解员王秀兰、…); "" when nobody is assigned."""
    organization = mediating_organization(session, dispute_id)
    if organization:
        return organization
    staff = [m for m in case_mediators(session, dispute_id) if m.role != ParticipantRole.CLERK.value]
    if not staff:
        return ""
    return role_label(staff[0].role) + "、".join(m.name for m in staff)


def load_dispute(session: Session, dispute_id: str) -> Dispute:
    dispute = session.get(Dispute, dispute_id)
    if dispute is None:
        raise NotFoundError(f"找不到案件 {dispute_id}")
    return dispute


def court_time(moment: datetime) -> datetime:
    """A stored UTC moment on the court's clock (Asia/Shanghai), as papers print it."""
    return moment.astimezone(COURT_TZ)


def role_label(code: str) -> str:
    """The Chinese name of a party or participant role code (申请人, 特邀调解员…)."""
    for enum in (PartyRole, ParticipantRole):
        try:
            return enum.of(code).label
        except ValueError:
            continue
    return code


def sittings(session: Session, dispute_id: str) -> list[MediationSession]:
    """The case's sessions that were not cancelled, in scheduled order (第一次, 第二次, …)."""
    return list(
        session.scalars(
            select(MediationSession)
            .where(
                col(MediationSession.dispute_id) == dispute_id,
                ~col(MediationSession.deleted),
                col(MediationSession.status) != SessionStatus.CANCELLED.value,
            )
            .order_by(col(MediationSession.scheduled_at), col(MediationSession.created_at))
        )
    )


# --- issuing ----------------------------------------------------------------------------------------


def existing_document(session: Session, kind: str, source_id: str, version: int) -> GeneratedDocument | None:
    return session.scalars(
        select(GeneratedDocument).where(
            col(GeneratedDocument.kind) == kind,
            col(GeneratedDocument.source_id) == source_id,
            col(GeneratedDocument.version) == version,
        )
    ).first()


def latest_document(session: Session, kind: str, source_id: str) -> GeneratedDocument | None:
    return session.scalars(
        select(GeneratedDocument)
        .where(col(GeneratedDocument.kind) == kind, col(GeneratedDocument.source_id) == source_id)
        .order_by(col(GeneratedDocument.version).desc())
    ).first()


def paper_content(kind: str, data: Any, *, source: str | None = None, issue: int | None = None) -> dict[str, Any]:
    """The canonical content a paper's hash and verification code cover."""
    content: dict[str, Any] = {"format": 1, "kind": kind, "data": snapshot.as_content(data)}
    if issue is not None:
        content.update(source=source, issue=issue)
    return content


def _content(paper: Paper, version: int) -> dict[str, Any]:
    if paper.version is None:
        # Auto-numbered papers carry no version of their own: the issue and source make each one distinct.
        return paper_content(paper.kind, paper.data, source=paper.source_id, issue=version)
    return paper_content(paper.kind, paper.data)


_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


def _page_count(pdf: bytes) -> int:
    """Pages of a PDF this program wrote (reportlab, or pypdf for an annotated original): its page objects,
    counted without importing a PDF reader into a fresh ``fuyuan print``; a reader when none is found."""
    if b"/ObjStm" not in pdf and (found := len(_PAGE_OBJECT.findall(pdf))):
        return found
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text as the reader sees it: annotation lines dropped, white space removed.

    What verification compares (docs/domain.md §9): a re-save that keeps the words passes, a changed
    word fails, and the 〔补记〕 lines printed beside the signed content are not part of it.
    """
    from pypdf import PdfReader

    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        lines = (page.extract_text() or "").splitlines()
        kept = [line for line in lines if not line.strip().startswith(ANNOTATION_MARK)]
        pages.append("".join("".join(kept).split()))
    return pages


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def issue(ctx: Workspace, paper: Paper, *, out: Path | None = None) -> PrintedDocument:
    """Render, hash and (for a final paper) archive ``paper``; write it to ``out``."""
    label = kind_label(paper.kind)
    with ctx.db.read() as session:
        if paper.version is not None:
            version = paper.version
            digest = content_sha256(_content(paper, version))
            existing = existing_document(session, paper.kind, paper.source_id, version)
        else:
            latest = latest_document(session, paper.kind, paper.source_id)
            version = latest.version if latest else 1
            digest = content_sha256(_content(paper, version))
            existing = latest if latest is not None and latest.sha256 == digest else None
            if latest is not None and existing is None:
                version = latest.version + 1
                digest = content_sha256(_content(paper, version))
    if existing is not None and existing.sha256 != digest:
        frozen = _restore(paper, existing)
        if frozen is not None:
            paper, digest = frozen, existing.sha256
    if existing is not None and existing.sha256 != digest:
        message = paper.mismatch or f"第 {version} 版{label}的内容与存档不一致"
        if not paper.keep_archived:
            raise ValidationError(label, message)
        printed = reprint_archived(ctx, paper.kind, paper.source_id, version, out=out)
        return replace(printed, warnings=(*printed.warnings, message, *paper.warnings))
    code = verification_code(digest)
    document_id = existing.id if existing else GeneratedDocument(dispute_id="", kind="", sha256="", verification_code="").id
    fonts, styles = document_fonts(ctx)
    stamp = Stamp(
        qr_payload(case_id=paper.dispute_id, document_id=document_id, version=version, sha256_hex=digest),
        code,
        draft=not paper.final,
        annotations=paper.annotations,
        verify_text=verify_line(getattr(getattr(paper.data, "header", None), "case_kind", "")),
    )
    pdf = render(
        paper.build(fonts, styles),
        fonts=fonts,
        title=paper.title,
        stamp=stamp,
        subject=f"验证码 {code}" if paper.final else "草稿",
        keywords=keywords(document_id=document_id, version=version, sha256_hex=digest, kind=paper.kind)
        if paper.final
        else "",
    )
    if existing is not None and paper.final:
        pdf = _as_archived(ctx, existing, pdf, paper.annotations, fonts)
    pdf_sha = hashlib.sha256(pdf).hexdigest()
    if paper.final:
        blob_sha, _ = ctx.blobs.put_stream(io.BytesIO(pdf))
        if existing is None:
            _archive(ctx, paper, document_id, version, digest, code, blob_sha, canonical_json(_content(paper, version)))
        else:
            ctx.db.record_event(
                ctx.actor,
                f"重新打印{label}",
                entity="generateddocument",
                entity_id=document_id,
                dispute_id=paper.dispute_id,
                after={"pdf_sha256": pdf_sha},
            )
    if out is not None:
        write_atomic(out, pdf)
    return PrintedDocument(
        document_id,
        paper.kind,
        version,
        paper.final,
        code if paper.final else "",
        digest,
        pdf_sha,
        _page_count(pdf),
        out,
        paper.warnings,
    )


def _as_archived(
    ctx: Workspace, row: GeneratedDocument, pdf: bytes, annotations: tuple[str, ...], fonts: FontSet
) -> bytes:
    """A reprint of an issued paper reads as the archived original, word for word.

    The frozen content renders the same words as long as the wording of its kind is unchanged. When the
    wording has changed since (a template corrected, a kind's labels introduced), the paper says what it
    said when it was issued and signed: the archived original, with today's annotation lines added in
    its top margin. Verification compares the text of the pages, so both pass; a re-render would not.
    """
    if not row.blob_sha256 or row.blob_sha256 not in ctx.blobs:
        return pdf
    original = b"".join(ctx.blobs.read_chunks(row.blob_sha256))
    if original == pdf or page_texts(original) == page_texts(pdf):  # the same bytes: no need to read the text
        return pdf
    return annotate(original, annotations, fonts)


def later_facts(frozen: Any, current: Any) -> tuple[str, ...]:
    """What changed since ``frozen`` was signed or issued, as annotation lines (never inside the paper).

    The official 案号 that a receipt brought, mediators added, a party's corrected address or phone.
    """
    lines: list[str] = []
    old_header, new_header = getattr(frozen, "header", None), getattr(current, "header", None)
    if old_header is not None and new_header is not None and old_header.number != new_header.number:
        lines.append(f"正式案号：{new_header.number}（原件所载编号 {old_header.number}）")
    old_mediators, new_mediators = getattr(frozen, "mediators", None), getattr(current, "mediators", None)
    if old_mediators is not None and new_mediators is not None:
        added = [m for m in new_mediators if m not in old_mediators]
        if added:
            lines.append(f"其后增加的调解员：{'、'.join(added)}")
    old_parties = {(p.role, p.name): p for p in getattr(frozen, "parties", ()) if isinstance(p, PartyBlock)}
    for p in getattr(current, "parties", ()):
        before = old_parties.get((p.role, p.name)) if isinstance(p, PartyBlock) else None
        if before is None:
            continue
        if p.address != before.address:
            lines.append(f"{p.name}的住址其后更正为：{p.address}")
        if p.phone != before.phone:
            lines.append(f"{p.name}的联系电话其后更正为：{p.phone}")
    return tuple(lines)


def _restore(paper: Paper, row: GeneratedDocument) -> Paper | None:
    """``paper`` laid out from the data it was first issued with (``None``: nothing frozen to restore)."""
    if paper.rebuild is None or not row.content_json:
        return None
    stored = json.loads(row.content_json)
    frozen = snapshot.load(type(paper.data), stored["data"])
    restored = replace(paper, data=frozen, build=paper.rebuild(frozen))
    if content_sha256(_content(restored, row.version)) != row.sha256:
        return None
    return replace(restored, annotations=(*later_facts(frozen, paper.data), *paper.annotations))


def _archive(
    ctx: Workspace,
    paper: Paper,
    document_id: str,
    version: int,
    digest: str,
    code: str,
    blob_sha: str,
    content_json: str = "",
) -> None:
    """The row that ties the paper to the record; earlier versions of the same paper point to it."""
    with ctx.db.write(ctx.actor, f"生成{kind_label(paper.kind)}") as session:
        if existing_document(session, paper.kind, paper.source_id, version) is not None:
            raise ConflictError(f"第 {version} 版{kind_label(paper.kind)}刚由别处生成；请重新打印")
        session.add(
            GeneratedDocument(
                id=document_id,
                dispute_id=paper.dispute_id,
                kind=paper.kind,
                source_id=paper.source_id,
                version=version,
                sha256=digest,
                verification_code=code,
                blob_sha256=blob_sha,
                content_json=content_json,
            )
        )
        for older in session.scalars(
            select(GeneratedDocument).where(
                col(GeneratedDocument.kind) == paper.kind,
                col(GeneratedDocument.source_id) == paper.source_id,
                col(GeneratedDocument.version) < version,
                col(GeneratedDocument.superseded_by_id).is_(None),
            )
        ):
            older.superseded_by_id = document_id


def reprint_archived(
    ctx: Workspace, kind: str, source_id: str, version: int, *, out: Path | None = None
) -> PrintedDocument:
    """Write out the archived original of an earlier issue, byte for byte (the case data may have moved on)."""
    label = kind_label(kind)
    with ctx.db.read() as session:
        row = existing_document(session, kind, source_id, version)
        if row is None:
            latest = latest_document(session, kind, source_id)
            have = (
                ("只有第 1 版" if latest.version == 1 else f"已有第 1–{latest.version} 版") if latest else "尚未打印过"
            )
            raise NotFoundError(f"没有第 {version} 版{label}（{have}）；不指定版本则按现有资料打印", code="no_such_version")
        newer = session.get(GeneratedDocument, row.superseded_by_id) if row.superseded_by_id else None
    if row.blob_sha256 not in ctx.blobs:
        raise NotFoundError(f"第 {version} 版{label}的存档文件不在本机（可能尚未同步）")
    pdf = b"".join(ctx.blobs.read_chunks(row.blob_sha256))
    if out is not None:
        write_atomic(out, pdf)
    warnings = (f"这是存档的第 {version} 版原件，已被第 {newer.version} 版取代",) if newer is not None else ()
    return PrintedDocument(
        row.id, kind, version, True, row.verification_code, row.sha256, row.blob_sha256, _page_count(pdf), out, warnings
    )


def print_case_paper(
    ctx: Workspace,
    case_ref: str,
    kind: str,
    make_doc: Callable[[Session, Dispute], Any],
    build: Callable[[Any, FontSet, Styles, Template], list[Flowable]],
    title: Callable[[Template, Any], str],
    *,
    check_case: Callable[[Dispute], None] | None = None,
    check_doc: Callable[[Any], None] | None = None,
    warnings: Callable[[Any], tuple[str, ...]] = lambda _doc: (),
    version: int | None = None,
    out: Path | None = None,
) -> PrintedDocument:
    """The shape of a one-per-case paper (notice, 告知书, 无争议事实记载表…): ``version`` reprints the archived
    issue; otherwise the case is checked, its data gathered in one read (``make_doc``), checked again, and issued
    under the case (source = the case) with the template's title and the warnings the data calls for."""
    with ctx.db.read() as session:
        dispute = load_dispute(session, resolve_case_id(session, case_ref))
        if version is not None:
            return reprint_archived(ctx, kind, dispute.id, version, out=out)
        if check_case is not None:
            check_case(dispute)
        doc = make_doc(session, dispute)
    if check_doc is not None:
        check_doc(doc)
    template = template_for(ctx, kind)
    return issue(
        ctx,
        Paper(
            kind=kind,
            dispute_id=dispute.id,
            source_id=dispute.id,
            data=doc,
            title=title(template, doc),
            build=lambda fonts, styles: build(doc, fonts, styles, template),
            warnings=warnings(doc),
        ),
        out=out,
    )
