"""The completeness check means it: blanks, placeholders, zero amounts, a paying clause with no amount and a
template's year left out fail the check with the clause and the field named, and finalizing (the service the
composer and the CLI both call) refuses the same."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import person

from fuyuan_desktop.domain.errors import InputErrors
from fuyuan_desktop.services.agreements import (
    AgreementInput,
    ClauseInput,
    agreement_problems,
    agreements_of,
    draft_agreement,
    finalize_agreement,
)
from fuyuan_desktop.services.workspace import Workspace


def _input(*clauses: ClauseInput, facts: str = "被申请人未支付2025年度土地流转费。",
           breach: str = "逾期未履行的，按日加付万分之五违约金。") -> AgreementInput:
    return AgreementInput(kind="invited", facts=facts, clauses=list(clauses), breach_terms=breach)


def _clause(text: str, amount: str | None = "8000", method: str = "银行转账") -> ClauseInput:
    return ClauseInput(obligor="刘长海", text=text, performance_method=method, deadline=date(2026, 12, 30),
                       amount=amount)


@pytest.fixture
def case(register) -> str:
    return register(person("张桂芝", seq=1), person("刘长海", "被申请人", seq=2),
                    category="土地承包经营权流转纠纷").id


@pytest.mark.parametrize(("clause", "expected"), [
    # the snippet as inserted: "支付____年度…" and no amount
    (_clause("向张桂芝支付____年度土地承包经营权流转费", amount=None),
     ["第1条协议内容有未填写的空白「____」，请据实填写", "第1条写明支付款项，但没有填写金额"]),
    (_clause("向张桂芝支付＿＿年度土地承包经营权流转费"), ["第1条协议内容有未填写的空白「＿＿」，请据实填写"]),
    (_clause("向张桂芝支付年度土地承包经营权流转费"), ["第1条协议内容写有“年度/年底”等但没有写明哪一年"]),
    (_clause("向某某支付2025年度流转费"), ["第1条协议内容含占位词「某某」，请写明实际内容"]),
    (_clause("向张桂芝支付2025年度流转费", method="XX转账"), ["第1条履行方式含占位词「XX」，请写明实际内容"]),
    (_clause("向张桂芝支付2025年度流转费", amount="0"), ["第1条金额为 0 元，请填写实际金额或删去金额"]),
    (_clause("向张桂芝支付2025年度流转费八千元", amount=None), []),  # the sum written in the text is enough
    (_clause("于2026年秋收后返还承包地", amount=None), []),  # no money, no amount needed
])
def test_the_check_names_the_clause_and_the_field(ctx: Workspace, case: str, clause: ClauseInput,
                                                  expected: list[str]) -> None:
    assert agreement_problems(ctx, case, _input(clause)) == expected


def test_blanks_in_facts_and_breach_terms_are_named(ctx: Workspace, case: str) -> None:
    problems = agreement_problems(ctx, case, _input(_clause("向张桂芝支付2025年度流转费"),
                                                    facts="双方于____年签订合同。", breach="逾期按XX计算。"))
    assert problems == ["纠纷主要事实、争议事项有未填写的空白「____」，请据实填写",
                        "违约责任含占位词「XX」，请写明实际内容"]


def test_finalize_refuses_what_the_check_reports(ctx: Workspace, case: str) -> None:
    draft = draft_agreement(ctx, case, _input(_clause("向张桂芝支付____年度土地承包经营权流转费", amount=None)))
    with pytest.raises(InputErrors) as info:
        finalize_agreement(ctx, draft.id)
    reasons = [e.reason for e in info.value.errors]
    assert "第1条协议内容有未填写的空白「____」，请据实填写" in reasons
    assert "第1条写明支付款项，但没有填写金额" in reasons
    assert agreements_of(ctx, case)[0].status_code == "draft"
