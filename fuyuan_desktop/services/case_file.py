"""Printing the case file's cover and index (卷宗封面及卷宗目录): what the file has, as the record shows it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.documents.cover import build_cover
from fuyuan_desktop.documents.data import CoverDoc, FileItem
from fuyuan_desktop.documents.templates import Template
from fuyuan_desktop.domain.enums import AgreementStatus, DisputeStatus, MediationKind, Outcome, PartyRole, TaskStatus
from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.organisations import case_organisation_name
from fuyuan_desktop.services.printing import (
    Paper,
    PrintedDocument,
    case_header,
    case_mediators,
    case_parties,
    issue,
    load_dispute,
    reprint_archived,
    sittings,
    template_for,
)
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import Agreement, Attachment, CaseParty, Dispute, FollowUp, GeneratedDocument


def _matches(row: Attachment, words: list[str]) -> bool:
    return any(w in row.filename or w in row.note for w in words)


def _listing(rows: list[Attachment], limit: int = 3) -> str:
    names = [r.filename for r in rows[:limit]]
    more = f"等 {len(rows)} 份" if len(rows) > limit else ""
    return "附件：" + "、".join(names) + more


def file_items(session: Session, dispute: Dispute, template: Template) -> tuple[FileItem, ...]:
    """Whether the file has each material of the 卷宗目录, as far as the record shows it."""
    attachments = list(
        session.scalars(
            select(Attachment)
            .where(col(Attachment.dispute_id) == dispute.id, ~col(Attachment.deleted))
            .order_by(col(Attachment.created_at))
        )
    )
    generated = {
        kind: version
        for kind, version in session.execute(
            select(col(GeneratedDocument.kind), col(GeneratedDocument.version))
            .where(col(GeneratedDocument.dispute_id) == dispute.id, ~col(GeneratedDocument.deleted))
            .order_by(col(GeneratedDocument.version))
        ).all()
    }
    specs = [item for item in template.data.get("items", []) if isinstance(item, dict)]
    claimed: set[str] = set()
    for spec in specs:
        claimed |= {a.id for a in attachments if _matches(a, list(spec.get("keywords", [])))}
    has_agents = bool(
        session.scalars(
            select(CaseParty).where(
                col(CaseParty.dispute_id) == dispute.id,
                col(CaseParty.role) == PartyRole.AGENT.value,
                ~col(CaseParty.deleted),
            )
        ).first()
    )
    records = [s for s in sittings(session, dispute.id) if s.record_text.strip()]
    agreements = list(
        session.scalars(
            select(Agreement).where(col(Agreement.dispute_id) == dispute.id).order_by(col(Agreement.version))
        )
    )
    finals = [a for a in agreements if a.status != AgreementStatus.DRAFT.value]
    follow_ups = list(session.scalars(select(FollowUp).where(col(FollowUp.dispute_id) == dispute.id, ~col(FollowUp.deleted))))
    done = [f for f in follow_ups if f.status == TaskStatus.DONE.value]
    failed = dispute.outcome is not None and not Outcome.of(dispute.outcome).is_success

    items: list[FileItem] = []
    for position, spec in enumerate(specs, start=1):
        evidence = str(spec.get("evidence", "attachments"))
        matched = [a for a in attachments if _matches(a, list(spec.get("keywords", [])))]
        present: bool | None
        note = _listing(matched) if matched else ""
        if evidence == "registration":
            present, note = True, f"收案登记 {dispute.registered_on.isoformat()}"
        elif evidence == "notice":
            present = "notice" in generated
            note = f"第 {generated['notice']} 版" if present else "未生成"
        elif evidence == "agents":
            present = bool(matched) if has_agents else None
            note = note or ("有委托代理人，未见委托书" if has_agents else "无委托代理人")
        elif evidence == "other_attachments":
            others = [a for a in attachments if a.id not in claimed]
            present, note = bool(others), _listing(others) if others else ""
        elif evidence == "records":
            present = bool(records)
            note = f"笔录 {len(records)} 次" if records else "未保存笔录"
        elif evidence == "agreement":
            if finals:
                present, note = True, f"第 {finals[-1].version} 版（已定稿）"
            elif failed:
                present, note = None, "调解不成，无协议"
            else:
                present, note = False, "仅有草稿" if agreements else ""
        elif evidence == "follow_ups":
            present = bool(done)
            note = f"已回访 {len(done)} 次" if done else ("回访待办" if follow_ups else "")
        elif evidence == "confirmation":
            present = bool(matched) or "confirmation_application" in generated
            note = note or ("已生成司法确认申请书" if "confirmation_application" in generated else "")
        elif evidence == "back_cover":
            present, note = True, "随本目录打印"
        else:
            present = bool(matched)
        items.append(FileItem(position, str(spec.get("name", "")), bool(spec.get("required")), present, note))
    return tuple(items)


def case_outcome(session: Session, dispute: Dispute) -> str:
    """The result the cover states: the recorded outcome; else a final agreement if there is one (a case
    can have one before its outcome is closed); else where the case stands (调解中…)."""
    if dispute.outcome:
        outcome = Outcome.of(dispute.outcome).label
        return outcome + (f"（{dispute.outcome_note}）" if dispute.outcome_note else "")
    final = session.scalars(
        select(Agreement)
        .where(col(Agreement.dispute_id) == dispute.id, col(Agreement.status) == AgreementStatus.FINAL.value)
        .order_by(col(Agreement.version).desc())
    ).first()
    if final is not None:
        return f"{Outcome.AGREEMENT.label}（第 {final.version} 版协议已定稿）"
    return f"尚未结案（{DisputeStatus.of(dispute.status).label}）"


def cover_doc(session: Session, dispute: Dispute, template: Template) -> CoverDoc:
    parties = case_parties(session, dispute.id)
    names = {party.id: party.name for _cp, party in parties}
    lines = []
    for cp, party in parties:
        acting = f"（{names[cp.represents_id]}的代理人）" if cp.represents_id in names else ""
        lines.append(f"{PartyRole.of(cp.role).label}：{party.name}{acting}")
    outcome = case_outcome(session, dispute)
    return CoverDoc(
        header=case_header(session, dispute),
        people_mediation=dispute.mediation_kind == MediationKind.PEOPLE.value,
        parties=tuple(lines),
        mediators=tuple(m.name for m in case_mediators(session, dispute.id)),
        registered_on=dispute.registered_on,
        closed_on=dispute.closed_on,
        outcome=outcome,
        items=file_items(session, dispute, template),
        committee_name=case_organisation_name(session, dispute.id, committee=True),
    )


def print_cover(
    ctx: Workspace, case_ref: str, *, version: int | None = None, out: Path | None = None
) -> PrintedDocument:
    """Print the 卷宗封面, 卷宗目录 (what the file has, page counts blank) and 封底."""
    template = template_for(ctx, "cover")
    with ctx.db.read() as session:
        dispute = load_dispute(session, resolve_case_id(session, case_ref))
        if version is not None:
            return reprint_archived(ctx, "cover", dispute.id, version, out=out)
        doc = cover_doc(session, dispute, template)
    missing = [i.name for i in doc.items if i.required and i.present is False]
    return issue(
        ctx,
        Paper(
            kind="cover",
            dispute_id=dispute.id,
            source_id=dispute.id,
            data=doc,
            title=template.raw("name"),
            build=lambda fonts, styles: build_cover(doc, fonts, styles, template),
            warnings=(f"卷宗尚缺必备材料：{'、'.join(missing)}",) if missing else (),
        ),
        out=out,
    )
