"""Intake (收案登记): provisional numbers, party reuse, and every bad field refused with nothing written."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest
from conftest import (
    TODAY,
    audit_length,
    intake_input,
    make_credit_code,
    make_id_number,
    organization,
    person,
    table_counts,
)
from sqlalchemy import func, select

from fuyuan_desktop.domain.errors import InputErrors
from fuyuan_desktop.domain.identifiers import id_check_char
from fuyuan_desktop.services.cases import get_case
from fuyuan_desktop.services.intake import IntakeInput, PartyInput, intake_dispute, intake_from_json, suggest_parties
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import CaseParty, Device, Dispute, Party
from fuyuan_desktop.store.places import place_id_for

PROVISIONAL = re.compile(r"^临-开发区-2026-[0-9A-Z]{4}-(\d{4})$")


def _party_count(ctx: Workspace) -> int:
    with ctx.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Party)) or 0)


def test_good_intake_gets_a_provisional_number_and_the_sequence_increments(ctx: Workspace, register) -> None:
    first = register()
    second = register(person("王五", seq=3), person("赵六", "被申请人", seq=4))

    m1, m2 = PROVISIONAL.match(first.number), PROVISIONAL.match(second.number)
    assert m1 and m2, (first.number, second.number)
    assert (m1.group(1), m2.group(1)) == ("0001", "0002")
    with ctx.db.read() as session:
        device = session.scalars(select(Device).where(Device.is_self)).one()
        dispute = session.get(Dispute, first.id)
    assert first.number.split("-")[3] == device.tag
    assert dispute is not None
    assert (dispute.status, dispute.registered_on, dispute.category) == ("registered", TODAY, "neighbor")
    detail = get_case(ctx, first.number)
    assert [(p.role, p.name) for p in detail.parties] == [("申请人", "张三"), ("被申请人", "李四")]
    # Lists mask personal data.
    assert "*" in detail.parties[0].id_number


def test_amount_place_and_categories_given_by_code_or_label(ctx: Workspace, register) -> None:
    # A place the registry lacks is refused (a new place only through "add place"), naming the way to add it.
    with pytest.raises(InputErrors, match=r"地名库中没有「某个没有登记的村」.*添加地点"):
        register(person("张三", seq=1), person("李四", "被申请人", seq=2), category="private_lending",
                 amount="12,000.50", place="某个没有登记的村", source="网格员上报")
    result = register(person("张三", seq=1), person("李四", "被申请人", seq=2), category="private_lending",
                      amount="12,000.50", place="宁江区伯都乡伯都村三组", source="网格员上报")
    detail = get_case(ctx, result.id)
    assert detail.amount_fen == 1_200_050
    assert detail.summary.category == "民间借贷纠纷"
    assert detail.source == "网格员上报"
    assert not result.warnings
    with ctx.db.read() as session:
        linked = session.get(Dispute, result.id)
        assert linked is not None and linked.place_text == "宁江区伯都乡伯都村三组"
        assert linked.place_id == place_id_for("220702202201")  # 伯都村; 三组 is detail


def test_same_id_number_links_the_existing_party_without_changing_it(ctx: Workspace, register) -> None:
    register(person("张三", seq=1, phone="13843800001", address="宁江区原住址"), person("李四", "被申请人", seq=2))
    before = _party_count(ctx)
    with ctx.db.read() as session:
        original = session.scalars(select(Party).where(Party.name == "张三")).one()

    result = register(person("张三", seq=1, phone="13943800009", address="新地址"), person("王五", "被申请人", seq=3))

    assert _party_count(ctx) == before + 1  # only 王五 is new
    assert [(link.index, link.party_id) for link in result.linked] == [(0, original.id)]
    with ctx.db.read() as session:
        again = session.get(Party, original.id)
        linked_roles = session.scalars(select(CaseParty.party_id).where(CaseParty.dispute_id == result.id)).all()
    assert again is not None
    assert (again.phone, again.address, again.hlc, again.updated_at) == (
        original.phone, original.address, original.hlc, original.updated_at)
    assert original.id in linked_roles


def test_same_id_number_but_different_name_is_an_error(ctx: Workspace, register) -> None:
    register()
    counts, chain = table_counts(ctx.db), audit_length(ctx.db)

    with pytest.raises(InputErrors) as info:
        register(person("张叁", seq=1), person("王五", "被申请人", seq=3))

    assert any(e.field == "parties[0].name" and "张三" in e.reason for e in info.value.errors)
    assert table_counts(ctx.db) == counts
    assert audit_length(ctx.db) == chain


def test_same_credit_code_links_the_existing_organisation(ctx: Workspace, register) -> None:
    first = register(person("周工人", seq=5), organization("松原市恒达建材有限公司"), category="劳动争议")
    second = register(person("吴工人", seq=6), organization("松原市恒达建材有限公司"), category="劳动争议")
    assert second.linked and second.linked[0].index == 1
    assert get_case(ctx, first.id).parties[1].id == get_case(ctx, second.id).parties[1].id


def test_name_and_phone_only_suggests(ctx: Workspace, register) -> None:
    register(person("张三", phone="13843800001"), person("李四", "被申请人", seq=2))
    with ctx.db.read() as session:
        existing = session.scalars(select(Party).where(Party.name == "张三")).one()
    before = _party_count(ctx)

    result = register(person("张三", phone="138 4380 0001"), person("王五", "被申请人", seq=3))

    assert result.linked == ()
    assert [(s.index, s.party_id) for s in result.suggestions] == [(0, existing.id)]
    assert _party_count(ctx) == before + 2  # a new 张三 record: the clerk decides whether to merge
    # Typing 张三 + that phone again now offers both records.
    offered = {s.party_id for s in suggest_parties(ctx, person("张三", phone="13843800001"))}
    assert offered == {existing.id, get_case(ctx, result.id).parties[0].id}


def test_choosing_a_suggested_party_links_it(ctx: Workspace, register) -> None:
    register(person("张三", phone="13843800001"), person("李四", "被申请人", seq=2))
    [suggestion] = suggest_parties(ctx, person("张三", phone="13843800001"))
    before = _party_count(ctx)
    result = register(replace(person("张三", phone="13843800001"), party_id=suggestion.party_id),
                      person("王五", "被申请人", seq=3))
    assert [link.party_id for link in result.linked] == [suggestion.party_id]
    assert _party_count(ctx) == before + 1


def _bad_id_check_char() -> tuple[str, str]:
    good = make_id_number(7)
    wrong = "0" if good[-1] != "0" else "1"
    return good[:17] + wrong, good[-1]


def _impossible_birth() -> str:
    first17 = "220702" + "19850230" + "123"
    return first17 + id_check_char(first17)


BAD_CREDIT = make_credit_code()[:17] + ("0" if make_credit_code()[-1] != "0" else "1")


def _applicant(**changes: object) -> PartyInput:
    return replace(person("张三", seq=1), **changes)  # type: ignore[arg-type]


def _respondent() -> PartyInput:
    return person("李四", "被申请人", seq=2)


CASES: list[tuple[str, IntakeInput, str, str]] = [
    ("wrong ID check char", intake_input(_applicant(id_number=_bad_id_check_char()[0]), _respondent()),
     "parties[0].id_number", "校验码不符"),
    ("impossible birth date", intake_input(_applicant(id_number=_impossible_birth()), _respondent()),
     "parties[0].id_number", "出生日期 19850230 不存在"),
    ("ID of someone not yet born", intake_input(
        _applicant(id_number="220702" + "20261121" + "123" + id_check_char("22070220261121123")), _respondent()),
     "parties[0].id_number", "晚于今天"),
    ("bad credit code", intake_input(_applicant(), replace(organization("某公司"), credit_code=BAD_CREDIT)),
     "parties[1].credit_code", "校验码不符"),
    ("organisation without credit code", intake_input(_applicant(), replace(organization("某公司"), credit_code="")),
     "parties[1].credit_code", "必填"),
    ("bad phone", intake_input(_applicant(phone="55555"), _respondent()), "parties[0].phone", "不是有效的手机号码"),
    ("phone with letters", intake_input(_applicant(phone="138abc"), _respondent()), "parties[0].phone", "无效字符"),
    ("bad mobile length", intake_input(_applicant(phone="1384380000"), _respondent()), "parties[0].phone", "应为11位"),
    ("person with credit code", intake_input(_applicant(credit_code=make_credit_code()), _respondent()),
     "parties[0].credit_code", "自然人不填"),
    ("sex contradicts ID", intake_input(_applicant(sex="女"), _respondent()), "parties[0].sex", "不符"),
    ("unknown role", intake_input(_applicant(role="原告"), _respondent()), "parties[0].role", "不是有效地位"),
    ("unknown party kind", intake_input(_applicant(kind="robot"), _respondent()), "parties[0].kind", "不是有效类型"),
    ("empty party name", intake_input(_applicant(name="  "), _respondent()), "parties[0].name", "必填"),
    ("unknown cause", intake_input(category="外星纠纷"), "cause", "不是《民事案件案由规定》或《行政案件案由暂行规定》中的案由"),
    ("unknown source", intake_input(source="托梦"), "source", "无效"),
    ("unknown mediation kind", intake_input(mediation_kind="武力调解"), "mediation_kind", "无效"),
    ("missing summary", intake_input(summary="   "), "summary", "必填"),
    ("no parties", IntakeInput(category="邻里纠纷", summary="漏水", parties=[]), "parties", "至少需要"),
    ("no respondent", intake_input(_applicant(), person("王五", "第三人", seq=3)), "parties", "缺少被申请人"),
    ("no applicant", intake_input(person("王五", "被申请人", seq=3), _respondent()), "parties", "缺少申请人"),
    ("admin category without agency respondent", intake_input(category="行政争议（行政处罚）"),
     "parties", "行政机关"),
    ("agency without head", intake_input(
        _applicant(), PartyInput(role="被申请人", kind="agency", name="松原市某局", address="松原市"),
        category="admin_penalty"), "parties[1].head", "负责人"),
    ("negative amount", intake_input(amount="-5"), "amount", "不能为负数"),
    ("sub-fen amount", intake_input(amount="12.345"), "amount", "精确到分"),
    ("not a number amount", intake_input(amount="一万元"), "amount", "不是有效金额"),
    ("NaN amount", intake_input(amount="NaN"), "amount", "不是有效金额"),
    ("infinite amount", intake_input(amount="Infinity"), "amount", "不是有效金额"),
    ("huge amount", intake_input(amount="1e30"), "amount", "金额过大"),
    ("control characters", intake_input(summary="漏水\x07\x1b[31m"), "summary", "控制字符"),
    ("control characters in a name", intake_input(_applicant(name="张\x00三"), _respondent()),
     "parties[0].name", "控制字符"),
    ("1 MB summary", intake_input(summary="漏" * 1_000_000), "summary", "过长"),
    ("registered in the future", intake_input(registered_on=date(2026, 11, 21)), "registered_on", "晚于今天"),
    ("agent pointing nowhere", intake_input(_applicant(), _respondent(), person("律师甲", "代理人", represents=5)),
     "parties[2].represents", "不存在"),
    ("unknown tribunal", intake_input(tribunal="火星法庭"), "tribunal", "找不到法庭"),
]


@pytest.mark.parametrize(("data", "field", "reason"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input_names_field_and_reason_and_writes_nothing(
        ctx: Workspace, register, data: IntakeInput, field: str, reason: str) -> None:
    register()  # an existing case, so "nothing written" also means nothing changed
    counts, chain = table_counts(ctx.db), audit_length(ctx.db)

    with pytest.raises(InputErrors) as info:
        intake_dispute(ctx, data)

    matching = [e for e in info.value.errors if e.field.split(" ")[0] == field]
    assert matching, [str(e) for e in info.value.errors]
    assert any(reason in e.reason for e in matching), [str(e) for e in matching]
    assert table_counts(ctx.db) == counts
    assert audit_length(ctx.db) == chain


def test_several_bad_fields_are_reported_together(ctx: Workspace) -> None:
    data = intake_input(_applicant(phone="12345", id_number=_bad_id_check_char()[0]), _respondent(),
                        category="外星纠纷", summary="")
    with pytest.raises(InputErrors) as info:
        intake_dispute(ctx, data)
    fields = {e.field.split(" ")[0] for e in info.value.errors}
    assert {"cause", "summary", "parties[0].id_number", "parties[0].phone"} <= fields


def test_full_width_and_spaced_identifiers_are_normalised(ctx: Workspace, register) -> None:
    number = make_id_number(9)
    typed = " ".join([number[:6], number[6:14], number[14:]]).translate(
        {ord(str(d)): chr(0xFF10 + d) for d in range(10)})
    result = register(replace(person("张三", phone="＋86 138-4380-0001"), id_number=typed), _respondent())
    detail = get_case(ctx, result.id, unmasked=True)
    assert (detail.parties[0].id_number, detail.parties[0].phone) == (number, "13843800001")


class TestJsonShape:
    def test_json_format_round_trip(self) -> None:
        data = intake_from_json({
            "category": "邻里纠纷", "summary": "漏水", "amount": 500,
            "parties": [{"role": "申请人", "kind": "person", "name": "张三"},
                        {"role": "被申请人", "kind": "agency", "name": "某局", "head": "局长甲", "head_title": "局长"}]})
        assert data.amount == "500"
        assert (data.parties[1].representative, data.parties[1].representative_title) == ("局长甲", "局长")

    @pytest.mark.parametrize(("raw", "field"), [
        ([], "根对象"),
        ({"category": "x", "summary": "y", "parties": [], "colour": "red"}, "colour"),
        ({"category": "x", "summary": "y"}, "parties"),
        ({"category": "x", "summary": "y", "parties": ["张三"]}, "parties[0]"),
        ({"category": "x", "summary": "y", "parties": [{"name": 5}]}, "parties[0].name"),
        ({"category": "x", "summary": "y", "parties": [{"name": "a", "nickname": "b"}]}, "parties[0].nickname"),
        ({"category": "x", "summary": "y", "parties": [], "registered_on": "2026-13-01"}, "registered_on"),
        ({"category": "x", "summary": "y", "parties": [], "amount": [1]}, "amount"),
    ])
    def test_shape_errors_name_the_key(self, raw: object, field: str) -> None:
        with pytest.raises(InputErrors) as info:
            intake_from_json(raw)
        assert field in [e.field for e in info.value.errors]
