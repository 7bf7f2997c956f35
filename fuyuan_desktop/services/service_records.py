"""送达记录: recording that a printed paper was served — on whom (a party of the case, or for a 司法建议书 the agency it
is addressed to), when, how (reference data ``service_methods.json``), where, by whom, signed or refused — and
listing it per case and per paper. A 送达回证 can then be printed filled in from the record
(``print_service_proof(…, service=ID)``). For a 司法建议书 the record is the 送达 date its reply period runs from
(``recommendations.sync_served``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlmodel import col

from fuyuan_desktop.domain.court_time import COURT_TZ
from fuyuan_desktop.domain.errors import InputErrors, ValidationError
from fuyuan_desktop.domain.service import check_service
from fuyuan_desktop.services.case_papers import AGENCY, pick_recipient, recipients, servable_line, served_document
from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.intake import check_text
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.services.recommendations import sync_served
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import GeneratedDocument, ServiceRecord


@dataclass(frozen=True)
class ServiceInput:
    """One service as the clerk records it. ``to``: the recipient's name (or party id); for a 司法建议书 it may be
    left empty (its addressee). ``receipt``: 签收 / 拒收 (or signed / refused)."""

    paper: str  # the printed paper's verification code or document id
    to: str
    served_on: date
    method: str
    place: str = ""
    server: str = ""  # 送达人; default: who records it
    receipt: str = "签收"
    signer: str = ""  # who signed, when not the recipient in person: a 代收人, an agency's receiving officer
    witness: str = ""  # 留置送达见证人（姓名、单位）
    note: str = ""


@dataclass(frozen=True)
class ServiceView:
    id: str
    document_id: str
    paper: str  # 诉前调解通知书（第1版，验证码 …）
    recipient: str
    party_id: str | None
    served_on: date
    method: str  # 直接送达
    method_code: str
    place: str
    server: str
    receipt: str  # 签收 / 拒收
    signer: str
    witness: str
    note: str
    warnings: tuple[str, ...] = ()

    @property
    def line(self) -> str:
        """已于2026-12-08直接送达冼秀英（签收）"""
        by = f"，{self.signer}代收" if self.signer and self.signer != self.recipient and self.receipt == "签收" else ""
        witness = f"，见证人{self.witness}" if self.witness else ""
        return f"{self.served_on.isoformat()} {self.method}{self.recipient}（{self.receipt}{by}{witness}）"


def _view(ctx: Workspace, row: ServiceRecord, paper: str, warnings: tuple[str, ...] = ()) -> ServiceView:
    methods = ctx.reference.service_methods
    method = methods.get(row.method)
    return ServiceView(
        id=row.id, document_id=row.document_id, paper=paper, recipient=row.recipient, party_id=row.party_id,
        served_on=row.served_on, method=method.label if method else row.method, method_code=row.method,
        place=row.place, server=row.server, receipt=methods.receipts.get(row.receipt, row.receipt),
        signer=row.signer, witness=row.witness, note=row.note, warnings=warnings,
    )


def _texts(data: ServiceInput, server_default: str) -> dict[str, str]:
    errors: list[ValidationError] = []
    texts: dict[str, str] = {}
    for key, value, label, limit in (
        ("place", data.place, "送达地点", 200),
        ("server", data.server or server_default, "送达人", 64),
        ("signer", data.signer, "签收人", 64),
        ("witness", data.witness, "见证人", 100),
        ("note", data.note, "备注", 500),
    ):
        texts[key], err = check_text(value, label, required=False, limit=limit, key=key)
        errors += [err] if err else []
    if errors:
        raise InputErrors(errors)
    return texts


def record_service(ctx: Workspace, case_ref: str, data: ServiceInput) -> ServiceView:
    """Record that the printed paper ``data.paper`` of the case was served. Refused: a paper that is not this case's
    printed, served, current paper; a recipient who is not a party (or, for a 司法建议书, not its addressee); a date
    before the paper was printed or after today; 留置送达 without a witness, or a refusal recorded as another method."""
    require(ctx, "case.edit")
    methods = ctx.reference.service_methods
    method = methods.parse(data.method)
    receipt = methods.receipt(data.receipt or "签收")
    texts = _texts(data, ctx.actor)
    if not data.paper.strip():
        raise ValidationError("送达文书", "请指定所送达的文书（验证码）", field="paper", code="required")
    with ctx.db.write(ctx.actor, "登记送达") as session:
        dispute_id = resolve_case_id(session, case_ref)
        paper = served_document(ctx, session, dispute_id, data.paper)
        if paper.kind == "recommendation":
            require(ctx, "recommendation.sent")
        options = recipients(ctx, session, dispute_id, paper)
        if not data.to.strip() and paper.kind != "recommendation":
            names = "、".join(who.name for _k, who in options)
            raise ValidationError("受送达人", f"请写明受送达人；可选：{names}", field="to", code="required")
        key, who = pick_recipient(options, data.to or AGENCY)
        row_doc = session.get(GeneratedDocument, paper.id)
        assert row_doc is not None
        # The day the paper was printed, on the court's clock; never later than the workspace's today, which is
        # the authority for dates (a clock set to a given day, as in training or tests).
        issued_on = min(row_doc.created_at.astimezone(COURT_TZ).date(), ctx.today())
        check_service(method, receipt, texts["witness"], data.served_on, issued_on, ctx.today(), methods.receipts)
        row = ServiceRecord(
            dispute_id=dispute_id, document_id=paper.id, party_id=None if key == AGENCY else key, recipient=who.name,
            served_on=data.served_on, method=method.code, receipt=receipt, place=texts["place"],
            server=texts["server"], signer=texts["signer"], witness=texts["witness"], note=texts["note"],
        )
        session.add(row)
        session.flush()
        warnings: tuple[str, ...] = ()
        if paper.kind == "recommendation" and row_doc.source_id:
            changed = sync_served(ctx, session, row_doc.source_id)
            warnings = (changed,) if changed else ()
        if method.inferred:
            warnings += (f"{method.label}是推定的送达方式（本院尚未确认在诉前调解中使用），请核对",)
        session.flush()
        return _view(ctx, row, paper.served_line.removesuffix("一份"), warnings)


def services_of(ctx: Workspace, case_ref: str) -> list[ServiceView]:
    """Every recorded service of the case, in the order served."""
    with ctx.db.read() as session:
        dispute_id = resolve_case_id(session, case_ref)
        rows = list(session.scalars(
            select(ServiceRecord)
            .where(col(ServiceRecord.dispute_id) == dispute_id, ~col(ServiceRecord.deleted))
            .order_by(col(ServiceRecord.served_on), col(ServiceRecord.created_at), col(ServiceRecord.id))
        ))
        papers: dict[str, str] = {}
        for r in rows:
            if r.document_id not in papers:
                doc = session.get(GeneratedDocument, r.document_id)
                papers[r.document_id] = servable_line(ctx, doc) if doc is not None else r.document_id
        return [_view(ctx, r, papers[r.document_id]) for r in rows]


def service_status(ctx: Workspace, case_ref: str) -> dict[str, str]:
    """Per printed paper (document id), what its service record says: "已送达冼秀英 2026-12-08（直接送达）；…"."""
    out: dict[str, list[str]] = {}
    for view in services_of(ctx, case_ref):
        out.setdefault(view.document_id, []).append(f"{view.recipient} {view.served_on.isoformat()}（{view.method}）")
    return {doc: "已送达" + "；".join(lines) for doc, lines in out.items()}


@dataclass(frozen=True)
class ServiceChoices:
    """What the 登记送达 form offers for one paper: its name, the recipients (key, shown text), the methods and
    signature states of the reference data."""

    paper: str
    recipients: tuple[tuple[str, str], ...]  # (party id or "agency", "被申请人：冼秀英")
    methods: tuple[tuple[str, str], ...]  # (code, shown label: 委托送达（推定）)
    receipts: tuple[tuple[str, str], ...]  # (signed, 签收)
    witness_methods: tuple[str, ...]  # methods that need a witness


def service_choices(ctx: Workspace, case_ref: str, paper_ref: str) -> ServiceChoices:
    methods = ctx.reference.service_methods
    with ctx.db.read() as session:
        dispute_id = resolve_case_id(session, case_ref)
        paper = served_document(ctx, session, dispute_id, paper_ref)
        options = recipients(ctx, session, dispute_id, paper)
    return ServiceChoices(
        paper=paper.served_line.removesuffix("一份"),
        recipients=tuple((key, f"{who.role}：{who.name}") for key, who in options),
        methods=tuple((m.code, m.shown) for m in methods.methods),
        receipts=tuple(methods.receipts.items()),
        witness_methods=tuple(m.code for m in methods.methods if m.witness),
    )
