"""编辑当事人: corrections after intake are checked like intake, audited, stamped for sync, and found by search."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import audit_length, make_id_number, person
from sqlalchemy import select

from fuyuan_desktop.domain.errors import InputErrors, ValidationError
from fuyuan_desktop.services.case_edits import PartyEdit, edit_party
from fuyuan_desktop.services.cases import get_case, search_cases
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import AuditEvent, Party


def _party(ctx: Workspace, case: IntakeResult, name: str) -> str:
    return next(p.id for p in get_case(ctx, case.id).parties if p.name == name)


def _row(ctx: Workspace, party_id: str) -> Party:
    with ctx.db.read() as session:
        row = session.get(Party, party_id)
        assert row is not None
        return row


def test_an_address_added_after_intake_is_saved_audited_and_stamped(
        ctx: Workspace, register: Callable[..., IntakeResult]) -> None:
    case = register(person("张三", seq=1, address=""), person("李四", "被申请人", seq=2))
    party_id = _party(ctx, case, "张三")
    with ctx.db.read() as session:
        hlc_before = session.get(Party, party_id).hlc  # type: ignore[union-attr]
    events = audit_length(ctx.db)
    changed = edit_party(ctx, party_id, PartyEdit(address="吉林省松原市宁江区伯都乡新立村三社", phone="13904381234"))
    assert changed == ["address", "phone"]
    assert audit_length(ctx.db) == events + 1
    shown = _row(ctx, party_id)
    assert (shown.address, shown.phone) == ("吉林省松原市宁江区伯都乡新立村三社", "13904381234")
    with ctx.db.read() as session:
        row = session.get(Party, party_id)
        assert row is not None and row.hlc > hlc_before
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()  # type: ignore[attr-defined]
        assert event is not None and event.action == "修改当事人信息" and event.entity == "party"
    assert edit_party(ctx, party_id, PartyEdit(address="吉林省松原市宁江区伯都乡新立村三社")) == []  # nothing new


def test_a_name_spelling_and_id_number_are_corrected_and_searchable(
        ctx: Workspace, register: Callable[..., IntakeResult]) -> None:
    case = register(person("张叁", seq=1), person("李四", "被申请人", seq=2))
    party_id = _party(ctx, case, "张叁")
    number = make_id_number(7, birth="19900101")
    assert edit_party(ctx, party_id, PartyEdit(name="张三", id_number=number)) == ["name", "id_number"]
    assert [c.id for c in search_cases(ctx, "张三")] == [case.id]
    assert [c.id for c in search_cases(ctx, number[-4:])] == [case.id]
    with ctx.db.read() as session:
        row = session.get(Party, party_id)
        assert row is not None and row.name_initials == "zs" and row.birth_date is not None


def test_wrong_input_names_the_field_and_saves_nothing(ctx: Workspace, register: Callable[..., IntakeResult]) -> None:
    case = register(person("张三", seq=1), person("李四", "被申请人", seq=2))
    party_id = _party(ctx, case, "张三")
    events = audit_length(ctx.db)
    good = make_id_number(5)
    swapped = good[:10] + good[11] + good[10] + good[12:]
    with pytest.raises(InputErrors) as caught:
        edit_party(ctx, party_id, PartyEdit(id_number=swapped, phone="12345", address="新地址"))
    fields = [e.field for e in caught.value.errors]
    assert any("身份证号码" in f for f in fields) and any("联系电话" in f for f in fields)
    with pytest.raises(ValidationError, match="姓名"):
        edit_party(ctx, party_id, PartyEdit(name="  "))
    with pytest.raises(ValidationError, match="已登记在当事人「李四」"):
        edit_party(ctx, party_id, PartyEdit(id_number=_row(ctx, _party(ctx, case, "李四")).id_number))
    assert audit_length(ctx.db) == events
    shown = next(p for p in get_case(ctx, case.id).parties if p.id == party_id)
    assert shown.address == "吉林省松原市宁江区民主街1号"
