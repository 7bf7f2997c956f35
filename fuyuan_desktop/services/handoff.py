"""转立案: a failed mediation handed to 立案 with the 无争议事实 — the facts the parties agreed on in mediation, which
the clerk records and prints on the 无争议事实记载表 for the parties to sign (docs/domain.md §5.2, §8.14)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from fuyuan_desktop.documents.data import HandoffDoc
from fuyuan_desktop.documents.handoff import build_handoff
from fuyuan_desktop.domain.enums import DisputeStatus, Outcome, ParticipantRole, PartyRole
from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.domain.workflow import check_transition
from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.intake import check_text
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.services.printing import (
    PrintedDocument,
    case_header,
    case_mediators,
    case_parties,
    entrusted_to,
    print_case_paper,
)
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import Dispute

FACT_LIMIT = 500  # one fact
FACTS_LIMIT = 20  # facts on one record


@dataclass(frozen=True)
class Handoff:
    id: str
    number: str
    status: str
    facts: tuple[str, ...]


def clean_facts(facts: list[str]) -> tuple[str, ...]:
    """The facts as recorded: trimmed, empty lines dropped, each checked like any free text."""
    out = []
    for i, fact in enumerate(facts, start=1):
        text, problem = check_text(fact, f"无争议事实第{i}项", required=False, limit=FACT_LIMIT, key="facts")
        if problem is not None:
            raise problem
        if text:
            out.append(" ".join(text.split()))
    if len(out) > FACTS_LIMIT:
        raise ValidationError("无争议事实", f"最多记载 {FACTS_LIMIT} 项，现有 {len(out)} 项", field="facts",
                              code="too_many")
    return tuple(out)


def docket_case(ctx: Workspace, case_ref: str, facts: list[str], *, none_agreed: bool = False) -> Handoff:
    """转立案 of a 调解终结 case, recording the 无争议事实 (one a line). No facts is a choice stated with
    ``none_agreed`` (the parties disputed everything), never an omission; facts and ``none_agreed`` together are
    refused."""
    require(ctx, "case.status")
    recorded = clean_facts(facts)
    if not recorded and not none_agreed:
        raise ValidationError("无争议事实", "请记载调解中各方当事人均无争议的事实；各方对事实均有争议的，请注明“没有无争议事实”",
                              field="facts", code="required")
    if recorded and none_agreed:
        raise ValidationError("无争议事实", "已记载无争议事实，又注明“没有无争议事实”，二者只能选一", field="facts",
                              code="contradiction")
    with ctx.db.write(ctx.actor, "转立案（记载无争议事实）") as session:
        dispute = session.get(Dispute, resolve_case_id(session, case_ref))
        assert dispute is not None
        check_transition(DisputeStatus.of(dispute.status), DisputeStatus.DOCKETED)
        dispute.status = DisputeStatus.DOCKETED.value
        dispute.undisputed_facts = "\n".join(recorded)
        if not dispute.closed_on:
            dispute.closed_on = ctx.today()
        return Handoff(dispute.id, dispute.official_number or dispute.provisional_number,
                       DisputeStatus.DOCKETED.label, recorded)


def handoff_doc(session: Session, dispute: Dispute) -> HandoffDoc:
    parties = case_parties(session, dispute.id)
    staff = [m for m in case_mediators(session, dispute.id) if m.role != ParticipantRole.CLERK.value]
    outcome = Outcome.of(dispute.outcome).label if dispute.outcome else ""
    return HandoffDoc(
        header=case_header(session, dispute),
        applicants=tuple(p.name for cp, p in parties if cp.role == PartyRole.APPLICANT.value),
        respondents=tuple(p.name for cp, p in parties if cp.role == PartyRole.RESPONDENT.value),
        mediated_by=entrusted_to(session, dispute.id),
        outcome=outcome,
        closed_on=dispute.closed_on,
        facts=tuple(line for line in dispute.undisputed_facts.splitlines() if line.strip()),
        mediators=tuple(m.name for m in staff),
    )


def _require_docketed(dispute: Dispute) -> None:
    if dispute.status != DisputeStatus.DOCKETED.value:
        raise ValidationError("无争议事实记载表", f"案件状态为「{DisputeStatus.of(dispute.status).label}」；"
                              "转立案并记载无争议事实后才能打印", code="not_docketed")


def print_handoff(ctx: Workspace, case_ref: str, *, version: int | None = None, out: Path | None = None
                  ) -> PrintedDocument:
    """Print the 无争议事实记载表 of a case handed to 立案 (worded for its kind of case)."""
    return print_case_paper(
        ctx,
        case_ref,
        "handoff",
        handoff_doc,
        build_handoff,
        lambda template, doc: template.for_case(doc.header.case_kind).raw("title"),
        check_case=_require_docketed,
        warnings=lambda doc: () if doc.facts else ("未记载无争议事实：记载表印明各方对事实均有争议",),
        version=version,
        out=out,
    )
