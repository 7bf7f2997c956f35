"""The fixture of the statistics by mediator, 调解组织 and 调解方式 (issue 17 item 5), made through the services;
counted by hand in tests/reports/test_stats_by_group.py's docstring, shared with the GUI test."""

from __future__ import annotations

from datetime import date

from conftest import person

from fuyuan_desktop.services.organisations import NewOrganisation, add_organisation
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators, close_case, set_status, start_mediation
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import Mediator

H1 = (date(2026, 1, 1), date(2026, 6, 30))
COMMITTEE = "松原市宁江区民主街道人民调解委员会"
STUDIO = "吉林松原某某律师调解工作室"


def build_fixture(ctx: Workspace, register) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The fixture of the module docstring, through intake, the roster, assignment and closing."""
    add_organisation(ctx, NewOrganisation(COMMITTEE, "人民调解委员会"))
    add_organisation(ctx, NewOrganisation(STUDIO, "律师调解工作室"))
    add_mediator(ctx, "王秀兰", "人民调解员", organization=COMMITTEE)
    add_mediator(ctx, "李明", "律师调解员", organization=STUDIO)
    add_mediator(ctx, "赵刚", "人民调解员", organization=COMMITTEE)
    add_mediator(ctx, "孙丽", "特邀调解员")
    add_mediator(ctx, "周法官", "法官")
    retired = add_mediator(ctx, "钱红", "人民调解员", organization=COMMITTEE)
    with ctx.db.write(ctx.actor, "调解员离开名册") as session:
        row = session.get(Mediator, retired)
        assert row is not None
        row.active = False

    def case(seq: int, registered: date, kind: str, **extra: object) -> str:
        return str(register(person(f"申请人{seq}", seq=2 * seq), person(f"被申请人{seq}", "被申请人", seq=2 * seq + 1),
                            registered_on=registered, mediation_kind=kind, **extra).number)

    def mediate(number: str, names: list[str], accepted: date) -> None:
        assign_mediators(ctx, number, names, accepted_on=accepted)
        start_mediation(ctx, number)

    c1 = case(1, date(2026, 3, 2), "人民调解")
    mediate(c1, ["王秀兰", "李明"], date(2026, 3, 2))
    close_case(ctx, c1, "达成调解协议", closed_on=date(2026, 3, 12))
    c2 = case(2, date(2026, 3, 10), "人民调解")
    mediate(c2, ["王秀兰"], date(2026, 3, 10))
    close_case(ctx, c2, "调解不成", closed_on=date(2026, 3, 20))
    c3 = case(3, date(2026, 4, 1), "律师调解", tribunal="伯都")
    mediate(c3, ["李明"], date(2026, 4, 1))
    close_case(ctx, c3, "和解撤回", closed_on=date(2026, 4, 21))
    c4 = case(4, date(2026, 5, 1), "特邀调解")
    assign_mediators(ctx, c4, ["孙丽"], accepted_on=date(2026, 5, 2))
    c5 = case(5, date(2026, 5, 5), "特邀调解")
    set_status(ctx, c5, "已退回")
    c7 = case(7, date(2026, 6, 1), "人民调解")
    assign_mediators(ctx, c7, ["王秀兰", "赵刚"], accepted_on=date(2026, 6, 1))
    close_case(ctx, c7, "一方拒绝调解", closed_on=date(2026, 6, 5))
    c6 = case(6, date(2026, 8, 1), "人民调解")
    mediate(c6, ["赵刚"], date(2026, 8, 1))
    close_case(ctx, c6, "达成调解协议", closed_on=date(2026, 8, 11))
    return {"C1": c1, "C2": c2, "C3": c3, "C4": c4, "C5": c5, "C6": c6, "C7": c7}
