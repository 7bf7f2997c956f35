"""The demo's mediation agreements (final, or a draft in progress) and the 履行回访 after a final one.

A final agreement's ``content_sha256`` is hashed by the agreement service's own ``signed_content`` and
``content_hash`` — the same content ``finalize_agreement`` hashes — so a demo agreement verifies like a real one.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from fuyuan_desktop.demo.parties import CaseParties
from fuyuan_desktop.demo.run import DemoRun, Row, Words, cn, yuan
from fuyuan_desktop.domain.enums import (
    AgreementKind,
    AgreementStatus,
    DisputeCategory,
    DisputeStatus,
    MediationKind,
    PartyRole,
    TaskStatus,
)
from fuyuan_desktop.services.agreements import content_hash, signed_content

if TYPE_CHECKING:
    from fuyuan_desktop.demo.cases import Life

_RESPONDENT = PartyRole.RESPONDENT.value


def _clauses(run: DemoRun, remedy: str, words: Words, a: str, b: str, effective: date, agreed_fen: int | None) -> list[Row]:
    """Numbered clauses, each with the obligor, performance method and deadline finalising requires."""
    texts = run.texts
    method = run.ch(texts["methods"][remedy])
    pay = run.ch(texts["methods"]["money"])
    first = effective + timedelta(days=run.between(7, 30))
    what = words["what"]
    clauses: list[Row] = []

    def add(obligor: str, clause: str, deadline: date, amount: int | None = None, how: str = method) -> None:
        clauses.append(
            {
                "obligor": obligor,
                "text": clause,
                "amount_fen": amount,
                "performance_method": how,
                "deadline": deadline,
            }
        )

    if remedy in ("money", "admin_money") and agreed_fen is not None:
        parts = 1 if run.rnd() < 0.6 else run.between(2, 3)
        share = agreed_fen // parts // 10000 * 10000
        for i in range(parts):
            part = agreed_fen - share * (parts - 1) if i == parts - 1 else share
            deadline = first + timedelta(days=30 * i)
            add(b, f"被申请人{b}于{cn(deadline)}前向申请人{a}支付{what}{yuan(part)}元。", deadline, part)
    elif remedy == "land":
        add(b, f"被申请人{b}于{cn(first)}前将{words['mu']}亩承包地交还申请人{a}。", first)
        if agreed_fen is not None:
            add(
                a,
                f"申请人{a}于{cn(first)}前一次性补偿被申请人{b}{what}{yuan(agreed_fen)}元。",
                first,
                agreed_fen,
                pay,
            )
    elif remedy == "family":
        monthly = int(words["alimony"]) * 100
        add(b, f"被申请人{b}自{cn(first)}起每月十日前向申请人{a}支付{what}{yuan(monthly)}元。", first, monthly)
    else:  # put something right: a wall, a ditch, an administrative act
        add(b, f"被申请人{b}于{cn(first)}前{words['fix']}。", first)
        if agreed_fen is not None:
            add(b, f"被申请人{b}于{cn(first)}前赔偿申请人{a}损失{yuan(agreed_fen)}元。", first, agreed_fen, pay)
    if remedy.startswith("admin"):
        withdraw_by = clauses[-1]["deadline"] + timedelta(days=10)
        add(a, texts["admin_withdraw"].format(a=a), withdraw_by, None, "书面申请撤回")
    elif remedy != "family" and run.rnd() < 0.5:
        add(a, texts["waiver"].format(a=a), effective, None, "签订本协议时确认")
    return clauses


def add_agreement(
    run: DemoRun,
    dispute_id: str,
    category: DisputeCategory,
    kind: MediationKind,
    remedy: str,
    words: Words,
    parties: CaseParties,
    facts: str,
    effective: date,
    finalized_by: str | None,
    agreed_fen: int | None,
) -> date:
    """Version 1 of the agreement (final, or a draft without ``finalized_by``); returns the first deadline."""
    respondent = next(p for role, p, _, _ in parties if role == _RESPONDENT)
    clauses = _clauses(run, remedy, words, parties[0][1].name, respondent.name, effective, agreed_fen)
    agreement_id = run.id()
    for position, clause in enumerate(clauses, start=1):
        clause.update(id=run.id(), agreement_id=agreement_id, position=position,
                      kind="pay_money" if clause.get("amount_fen") else "perform_act")
    run.rows["agreementclause"] += clauses
    agreement_kind = (
        AgreementKind.ADMINISTRATIVE
        if category.is_administrative
        else AgreementKind.PEOPLE
        if kind is MediationKind.PEOPLE
        else AgreementKind.INVITED
    )
    row: Row = {
        "id": agreement_id,
        "dispute_id": dispute_id,
        "kind": agreement_kind.value,
        "version": 1,
        "status": AgreementStatus.DRAFT.value,
        "supersedes_id": None,
        "facts": facts,
        "responsibilities": run.texts["responsibilities"][remedy],
        "breach_terms": run.texts["breach_terms"],
        "confirmation_clause": not category.is_family_status,
        "finalized_at": None,
        "finalized_by": "",
        "effective_on": None,
        "content_sha256": "",
    }
    if finalized_by is not None:
        row.update(
            status=AgreementStatus.FINAL.value,
            finalized_by=finalized_by,
            effective_on=effective,
            finalized_at=datetime(effective.year, effective.month, effective.day, 8, 30, tzinfo=UTC),
        )
        signatories = [(role, party) for role, party, _, _ in parties]
        row["content_sha256"] = content_hash(signed_content(row, signatories, clauses))
    run.rows["agreement"].append(row)
    owed: list[date] = [c["deadline"] for c in clauses if c["obligor"] == respondent.name]
    first: date = min(owed or [clauses[0]["deadline"]])
    return first


def add_follow_up(run: DemoRun, dispute_id: str, life: Life, first_deadline: date) -> DisputeStatus:
    """The 履行回访 after the first deadline; decides whether the case is agreed, in follow-up or closed."""
    today = run.today
    due = first_deadline + timedelta(days=1)
    done = due <= today - timedelta(days=2) and (run.rnd() < 0.9 or due < today - timedelta(days=45))
    run.rows["followup"].append(
        {
            "id": run.id(),
            "dispute_id": dispute_id,
            "kind": "履行回访",
            "due_on": due,
            "status": TaskStatus.DONE.value if done else TaskStatus.PENDING.value,
            "note": "第 1 版协议首个履行期限届满，回访履行情况",
            "done_on": min(today, due + timedelta(days=run.between(0, 5))) if done else None,
            "result": run.ch(run.texts["follow_up_results"]) if done else "",
        }
    )
    if done:
        return DisputeStatus.CLOSED
    assert life.end is not None
    return DisputeStatus.FOLLOW_UP if (today - life.end).days > 3 else DisputeStatus.AGREED
