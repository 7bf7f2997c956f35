"""The official 案号 a clerk records fits its case (own court's 代字, a type code its kind of case may carry), and a
wrong one is corrected by an administrator only, with the reason kept in the case's history."""

from __future__ import annotations

import pytest
from conftest import ACTOR, TODAY, organization, person, table_counts

from fuyuan_desktop.domain.errors import PermissionDeniedError, ValidationError
from fuyuan_desktop.services.audit import case_history
from fuyuan_desktop.services.cases import get_case
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.workflow import correct_official_number, set_official_number
from fuyuan_desktop.services.workspace import Workspace

OWN = "（2026）吉0702民诉前调15号"


def _as(ctx: Workspace, actor: str, role: str) -> Workspace:
    return Workspace(ctx.db, actor, role=role, today=lambda: TODAY, paths=ctx.paths)


@pytest.fixture
def civil(ctx: Workspace, register) -> IntakeResult:  # type: ignore[no-untyped-def]
    return register(person("张三", seq=1), person("李四", "被申请人", seq=2))


def test_the_number_of_another_court_or_of_another_kind_is_refused_and_nothing_is_written(
        ctx: Workspace, civil: IntakeResult, register) -> None:  # type: ignore[no-untyped-def]
    before = table_counts(ctx.db)
    with pytest.raises(ValidationError) as caught:
        set_official_number(ctx, civil.number, "（2026）吉0721民诉前调15号")
    assert "吉0721" in str(caught.value) and "吉0702" in str(caught.value) and "本案属于" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        set_official_number(ctx, civil.number, "（2026）吉0702行诉前调15号")
    assert "民诉前调" in str(caught.value)
    assert table_counts(ctx.db) == before
    assert set_official_number(ctx, civil.number, OWN).number == OWN

    organ = organization("松原市某局", org_body="MB123456")
    organ.kind, organ.head, organ.head_title = "agency", "刘局长", "局长"
    administrative = register(person("王五", seq=3), organ, category="行政争议（行政处罚）")
    with pytest.raises(ValidationError, match="行诉前调"):
        set_official_number(ctx, administrative.number, "（2026）吉0702民诉前调16号")
    assert set_official_number(ctx, administrative.number, "（2026）吉0702行诉前调1号").number.endswith("行诉前调1号")


def test_a_recorded_number_is_corrected_by_an_administrator_with_a_reason(ctx: Workspace,
                                                                          civil: IntakeResult) -> None:
    set_official_number(ctx, civil.number, OWN)
    with pytest.raises(ValidationError, match="管理员更正"):
        set_official_number(ctx, civil.number, "（2026）吉0702民诉前调51号")
    clerk = _as(ctx, "书记员甲", "clerk")
    with pytest.raises(PermissionDeniedError, match="更正正式案号"):
        correct_official_number(clerk, civil.number, "（2026）吉0702民诉前调51号", reason="录入时数字颠倒")
    admin = _as(ctx, "管理员", "admin")
    with pytest.raises(ValidationError, match="更正原因"):
        correct_official_number(admin, civil.id, "（2026）吉0702民诉前调51号", reason="  ")
    with pytest.raises(ValidationError, match="无需更正"):
        correct_official_number(admin, civil.id, OWN, reason="重复")
    with pytest.raises(ValidationError, match="吉0721"):
        correct_official_number(admin, civil.id, "（2026）吉0721民诉前调51号", reason="录入时数字颠倒")
    changed = correct_official_number(admin, civil.id, "（2026）吉0702民诉前调51号", reason="录入时数字颠倒")
    assert changed.number == "（2026）吉0702民诉前调51号" == get_case(ctx, civil.id).summary.official_number
    history = "\n".join(str(entry) for entry in case_history(ctx, civil.id))
    assert "更正正式案号" in history and "录入时数字颠倒" in history and OWN in history and "管理员" in history
    assert ACTOR  # the clerk who first recorded the number stays in the history too


def test_a_case_without_an_official_number_is_not_corrected(ctx: Workspace, civil: IntakeResult) -> None:
    with pytest.raises(ValidationError, match="还没有正式案号"):
        correct_official_number(_as(ctx, "管理员", "admin"), civil.id, OWN, reason="误")
