"""Parties as the law sees them (docs/domain.md §7.5): a minor is signed for by a 法定代理人, an agent signs a
settlement only with special authority — refused at finalize (so CLI and GUI alike), printed on the paper."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import ACTOR, make_id_number, person
from pypdf import PdfReader

from fuyuan_desktop.domain.capacity import capacity_on
from fuyuan_desktop.domain.errors import InputErrors, ValidationError
from fuyuan_desktop.services.agreements import AgreementInput, ClauseInput, draft_agreement, finalize_agreement
from fuyuan_desktop.services.confirmation import print_confirmation_application
from fuyuan_desktop.services.documents import print_agreement
from fuyuan_desktop.services.intake import IntakeInput, PartyInput, intake_dispute
from fuyuan_desktop.services.parties import GuardianInput, party_law, set_agent_authority, set_capacity, set_guardian
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators, start_mediation
from fuyuan_desktop.services.workspace import DataPaths, Workspace

TODAY = date(2026, 11, 20)
CHILD_ID = make_id_number(21, birth="20150301")  # 11 on TODAY
FATHER_ID = make_id_number(31, birth="19800101")  # odd 17th digit: male


def _store(tmp_path: Path) -> Workspace:
    paths = DataPaths(tmp_path / "d")
    base = initialize(paths, actor=ACTOR)
    return Workspace(base.db, ACTOR, today=lambda: TODAY, paths=paths)


def _case(ctx: Workspace, *parties: PartyInput) -> tuple[str, str]:
    result = intake_dispute(ctx, IntakeInput(category="邻里纠纷", summary="孩子踢球打碎邻居窗玻璃", place="伯都村",
                                             parties=list(parties)))
    add_mediator(ctx, "王秀兰", "特邀调解员", organization="宁江区诉调对接中心")
    assign_mediators(ctx, result.number, ["王秀兰"], accepted_on=date(2026, 11, 18))
    start_mediation(ctx, result.number)
    draft = draft_agreement(ctx, result.number, AgreementInput(
        kind="invited", facts="踢球打碎窗玻璃",
        clauses=[ClauseInput("李四", "赔偿玻璃款", "现金", date(2026, 12, 1), "300")]))
    return result.number, draft.id


def _text(path: Path | None) -> str:
    assert path is not None
    return "".join((p.extract_text() or "").replace("\n", "") for p in PdfReader(path).pages)


def test_capacity_by_age_and_recorded_fact() -> None:
    on = date(2026, 11, 20)
    assert capacity_on(date(2020, 5, 1), on).code == "none"  # 6
    assert capacity_on(date(2015, 3, 1), on).code == "limited"  # 11
    assert capacity_on(date(2018, 11, 20), on).code == "limited"  # 8 today
    assert capacity_on(date(2018, 11, 21), on).code == "none"  # 8 tomorrow
    assert capacity_on(date(2009, 6, 1), on).code == "limited"  # 17
    assert capacity_on(date(2009, 6, 1), on, "labour").code == "full"  # 17, own labour income
    assert capacity_on(date(2012, 6, 1), on, "labour").code == "limited"  # 14: the fact does not apply
    assert capacity_on(date(2008, 11, 20), on).code == "full"  # 18 today
    assert capacity_on(date(1960, 1, 1), on, "none").code == "none"


@pytest.mark.slow
def test_a_party_aged_11_cannot_be_signed_for_without_a_guardian(tmp_path: Path) -> None:
    ctx = _store(tmp_path)
    number, draft = _case(ctx, PartyInput("申请人", "person", "王小明", id_number=CHILD_ID, address="松原市宁江区伯都村"),
                          person("李四", "被申请人", seq=2))
    with pytest.raises(InputErrors) as refused:
        finalize_agreement(ctx, draft)
    message = str(refused.value)
    assert "申请人「王小明」" in message and "11周岁" in message and "限制民事行为能力人" in message
    assert "法定代理人" in message and "民法典》第十九条" in message
    assert next(p.problems for p in party_law(ctx, number).parties if p.name == "王小明")

    # The guardian must be an adult with an ID number that checks.
    with pytest.raises(InputErrors) as bad:
        set_guardian(ctx, number, "王小明", GuardianInput("王大明", "父亲", CHILD_ID[:-1] + "0"))
    assert "法定代理人身份证号码" in str(bad.value)
    with pytest.raises(InputErrors) as minor:
        set_guardian(ctx, number, "王小明", GuardianInput("王二明", "兄", make_id_number(23, birth="20100101")))
    assert "不能担任法定代理人" in str(minor.value)

    with pytest.raises(InputErrors) as mother:
        set_guardian(ctx, number, "王小明", GuardianInput("王大明", "母亲", FATHER_ID))
    assert "与当事人关系" in str(mother.value) and "男性" in str(mother.value)
    law = set_guardian(ctx, number, "王小明", GuardianInput("王大明", "父亲", FATHER_ID, phone="13904380001"))
    assert law.guardian == "王大明（父亲）" and not law.problems
    finalize_agreement(ctx, draft, signed_on=date(2026, 11, 19))
    text = _text(print_agreement(ctx, number, out=tmp_path / "a.pdf").path)
    assert "法定代理人：王大明" in text and "系王小明的父亲" in text
    assert "申请人王小明的法定代理人：王大明" in text  # the signature row
    assert "申请人：王小明" in text  # limited capacity: the child signs with the guardian


def test_a_child_of_six_is_signed_for_by_the_guardian_alone(tmp_path: Path) -> None:
    ctx = _store(tmp_path)
    six = make_id_number(24, birth="20200501")
    number, draft = _case(ctx, PartyInput("申请人", "person", "王小小", id_number=six, address="松原市宁江区伯都村"),
                          person("李四", "被申请人", seq=2))
    set_guardian(ctx, number, "王小小", GuardianInput("王大明", "父亲", FATHER_ID))
    finalize_agreement(ctx, draft)
    text = _text(print_agreement(ctx, number, out=tmp_path / "a.pdf").path)
    assert "申请人王小小的法定代理人：王大明" in text
    assert "申请人：王小小（签名）" not in text.replace("　", "")
    # the party block still names the child first, then the guardian
    assert text.index("申请人：王小小") < text.index("法定代理人：王大明")


def test_an_adult_recorded_without_capacity_needs_a_guardian(tmp_path: Path) -> None:
    ctx = _store(tmp_path)
    number, draft = _case(ctx, person("张三", seq=1), person("李四", "被申请人", seq=2))
    with pytest.raises(ValidationError):
        set_capacity(ctx, number, "张三", "labour", "在工厂务工")  # 41 years old: not a 16–17 fact
    set_capacity(ctx, number, "张三", "none", "（2025）吉0702民特3号民事判决")
    with pytest.raises(InputErrors) as refused:
        finalize_agreement(ctx, draft)
    assert "无民事行为能力人" in str(refused.value) and "第二十一条" in str(refused.value)


def test_an_agent_with_general_authority_cannot_sign_a_settlement(tmp_path: Path) -> None:
    ctx = _store(tmp_path)
    agent = person("冼律师", "代理人", seq=13, authority="一般授权")
    agent.represents = 1
    number, draft = _case(ctx, person("张三", seq=1), person("李四", "被申请人", seq=2), agent)
    with pytest.raises(InputErrors) as refused:
        finalize_agreement(ctx, draft)
    message = str(refused.value)
    assert "被申请人「李四」的委托代理人「冼律师」仅有一般授权" in message and "第六十二条" in message

    with pytest.raises(ValidationError):
        set_agent_authority(ctx, number, "冼律师", "全权代理")
    with pytest.raises(ValidationError):
        set_agent_authority(ctx, number, "冼律师", "一般授权", ["进行和解"])
    # Special authority that lists only receiving papers still may not settle.
    set_agent_authority(ctx, number, "冼律师", "特别授权", ["代为签收法律文书"])
    with pytest.raises(InputErrors):
        finalize_agreement(ctx, draft)

    law = set_agent_authority(ctx, number, "冼律师", "特别授权", ["代为承认、放弃、变更调解请求", "进行和解", "签署调解协议"])
    assert law.agents[0][2].startswith("特别授权：代为承认、放弃、变更调解请求")
    finalize_agreement(ctx, draft)
    text = _text(print_agreement(ctx, number, out=tmp_path / "a.pdf").path)
    assert "委托代理人：冼律师" in text
    assert "代理权限：特别授权（代为承认、放弃、变更调解请求，进行和解，签署调解协议）" in text
    assert "被申请人李四的委托代理人：冼律师" in text  # signs beside the party
    application = _text(print_confirmation_application(ctx, number, out=tmp_path / "c.pdf").path)
    assert "代理权限：特别授权" in application, application[:600]
    assert "申请人李四的委托代理人：冼律师" in application


def test_an_application_without_a_mediator_is_refused(tmp_path: Path) -> None:
    ctx = _store(tmp_path)
    result = intake_dispute(ctx, IntakeInput(category="邻里纠纷", summary="窗玻璃", place="伯都村",
                                             parties=[person("张三", seq=1), person("李四", "被申请人", seq=2)]))
    draft = draft_agreement(ctx, result.number, AgreementInput(
        kind="invited", facts="踢球打碎窗玻璃",
        clauses=[ClauseInput("李四", "赔偿玻璃款", "现金", date(2026, 12, 1), "300")]))
    finalize_agreement(ctx, draft.id)
    with pytest.raises(ValidationError) as refused:
        print_confirmation_application(ctx, result.number, out=tmp_path / "c.pdf")
    assert "没有登记调解员" in str(refused.value)
    assert not (tmp_path / "c.pdf").exists()
