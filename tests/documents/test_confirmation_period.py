"""司法确认 done right: the 30-day period from the signing date on the court calendar (holidays roll it),
refusal after it, clause types the law excludes refused with their reason, and the application tracked
(申请日, 案号, 裁定) until a superseding agreement makes it read as superseded. Real stores, real PDFs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import ACTOR, make_id_number
from pypdf import PdfReader

from fuyuan_desktop.domain.calendar import HolidayCalendar
from fuyuan_desktop.domain.confirmation import confirmation_window, excluded_clauses
from fuyuan_desktop.domain.deadlines import DeadlineRules
from fuyuan_desktop.domain.errors import InputErrors, ValidationError
from fuyuan_desktop.services.agreements import (
    AgreementInput,
    ClauseInput,
    correct_agreement,
    draft_agreement,
    finalize_agreement,
)
from fuyuan_desktop.services.confirmation import (
    confirmation_state,
    print_confirmation_application,
    record_application,
    record_ruling,
)
from fuyuan_desktop.services.intake import IntakeInput, PartyInput, intake_dispute
from fuyuan_desktop.services.reference import load_reference
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths

SIGNED = date(2026, 9, 1)  # + 30 days = 2026-10-01, 国庆节: the period ends on Thursday 2026-10-08


class Clock:
    def __init__(self, today: date) -> None:
        self.today = today

    def __call__(self) -> date:
        return self.today


def _store(root: Path, clock: Clock) -> Workspace:
    paths = DataPaths(root)
    base = initialize(paths, actor=ACTOR)
    return Workspace(base.db, ACTOR, today=clock, paths=paths)


def _case(ctx: Workspace, clauses: list[ClauseInput], *, signed_on: date = SIGNED) -> tuple[str, str]:
    result = intake_dispute(ctx, IntakeInput(
        category="邻里纠纷", summary="宅前通道与院墙之争", place="伯都乡伯都村",
        parties=[
            PartyInput("申请人", "person", "张三", id_number=make_id_number(1), address="松原市宁江区伯都村1号"),
            PartyInput("被申请人", "person", "李四", id_number=make_id_number(2), address="松原市宁江区伯都村2号"),
        ]))
    add_mediator(ctx, "王秀兰", "特邀调解员", organization="宁江区诉调对接中心")
    assign_mediators(ctx, result.number, ["王秀兰"], accepted_on=date(2026, 8, 20))
    draft = draft_agreement(ctx, result.number, AgreementInput(
        kind="诉前调解协议书（特邀/委派）", facts="双方因院墙位置发生争执", clauses=clauses))
    finalize_agreement(ctx, draft.id, signed_on=signed_on)
    return result.number, draft.id


def _pay(kind: str = "给付金钱") -> ClauseInput:
    return ClauseInput("李四", "赔偿张三院墙修缮费", "银行转账", date(2026, 9, 20), "2000", kind=kind)


def test_a_period_ending_on_national_day_rolls_to_the_first_working_day_after_it() -> None:
    ref = load_reference(None)
    cal, rules = ref.calendar, ref.deadline_rules
    assert not cal.is_workday(date(2026, 10, 1))
    window = confirmation_window(SIGNED, SIGNED, cal, rules)
    assert window.due == date(2026, 10, 8)
    # An ordinary period: 2026-11-20 + 30 = Sunday 2026-12-20 → Monday 2026-12-21; a weekday stays put.
    assert confirmation_window(date(2026, 11, 20), SIGNED, cal, rules).due == date(2026, 12, 21)
    assert confirmation_window(date(2026, 11, 5), SIGNED, cal, rules).due == date(2026, 12, 5 + 2)  # Sat → Mon
    # The period length comes from reference data: a changed rule changes the deadline.
    assert confirmation_window(SIGNED, SIGNED, cal, DeadlineRules(judicial_confirmation_days=10)).due == date(
        2026, 9, 11)
    # An override (a 调休 arrangement sent down) is honoured: 10-08 made a rest day moves it on.
    moved = HolidayCalendar({date(2026, 10, 8): False})
    assert confirmation_window(SIGNED, SIGNED, moved, rules).due == date(2026, 10, 9)


@pytest.mark.parametrize(("today", "state", "words"), [
    (date(2026, 10, 2), "open", "还剩 6 天"),
    (date(2026, 10, 3), "due_soon", "还剩 5 天，即将届满"),
    (date(2026, 10, 8), "due_soon", "今天是最后一天"),
    (date(2026, 10, 9), "overdue", "已届满 1 天，不能再申请"),
])
def test_warned_at_five_days_and_closed_after_the_last_day(today: date, state: str, words: str) -> None:
    ref = load_reference(None)
    window = confirmation_window(SIGNED, today, ref.calendar, ref.deadline_rules)
    assert window.state == state
    assert words in window.text() and "2026-10-08" in window.text()


def test_refused_after_day_30_for_the_paper_and_the_application(tmp_path: Path) -> None:
    clock = Clock(date(2026, 10, 8))
    ctx = _store(tmp_path / "d", clock)
    number, _ = _case(ctx, [_pay()])
    state = confirmation_state(ctx, number)
    assert (state.state, state.due, state.days_left) == ("due_soon", date(2026, 10, 8), 0)

    clock.today = date(2026, 10, 9)
    assert confirmation_state(ctx, number).state == "overdue"
    with pytest.raises(ValidationError, match=r"已于 2026-10-08 届满，不能再申请司法确认") as caught:
        print_confirmation_application(ctx, number, out=tmp_path / "late.pdf")
    assert caught.value.code == "overdue"
    assert not (tmp_path / "late.pdf").exists()
    with pytest.raises(ValidationError, match="届满"):
        record_application(ctx, number, applied_on=date(2026, 10, 9))
    assert confirmation_state(ctx, number).applications == []
    # Made on the last day and recorded the day after: that is in time.
    made = record_application(ctx, number, applied_on=date(2026, 10, 8))
    assert made.applied_on == date(2026, 10, 8) and made.ruling == ""
    # …and the application paper may then be printed (it is the one handed in), with the overdue warning.
    printed = print_confirmation_application(ctx, number, out=tmp_path / "copy.pdf")
    assert any("逾期" in w for w in printed.warnings)


@pytest.mark.slow
def test_due_soon_is_a_warning_on_the_paper(tmp_path: Path) -> None:
    ctx = _store(tmp_path / "d", Clock(date(2026, 10, 5)))
    number, _ = _case(ctx, [_pay()])
    printed = print_confirmation_application(ctx, number, out=tmp_path / "a.pdf")
    assert any("还剩 3 天" in w for w in printed.warnings)
    text = "".join((p.extract_text() or "") for p in PdfReader(tmp_path / "a.pdf").pages)
    assert "司法确认申请书" in text.replace(" ", "")


def test_an_excluded_clause_type_is_refused_with_its_reason(tmp_path: Path) -> None:
    ctx = _store(tmp_path / "d", Clock(date(2026, 9, 3)))
    title = ClauseInput("李四", "确认争议院墙及其占用的宅基地归张三使用", "现场交付", date(2026, 9, 10),
                        kind="确认物权")
    result = intake_dispute(ctx, IntakeInput(
        category="邻里纠纷", summary="院墙之争", place="伯都乡伯都村",
        parties=[
            PartyInput("申请人", "person", "张三", id_number=make_id_number(1), address="松原市宁江区伯都村1号"),
            PartyInput("被申请人", "person", "李四", id_number=make_id_number(2), address="松原市宁江区伯都村2号"),
        ]))
    draft = draft_agreement(ctx, result.number, AgreementInput(
        kind="诉前调解协议书（特邀/委派）", facts="双方因院墙位置发生争执", clauses=[_pay(), title]))
    assert any("第2条为“确认物权”条款" in w and "不能申请司法确认" in w for w in draft.warnings)
    assert [c["kind"] for c in draft.clauses] == ["pay_money", "property_title"]
    add_mediator(ctx, "王秀兰", "特邀调解员")
    assign_mediators(ctx, result.number, ["王秀兰"], accepted_on=date(2026, 8, 20))
    finalize_agreement(ctx, draft.id, signed_on=SIGNED)

    with pytest.raises(ValidationError) as caught:
        print_confirmation_application(ctx, result.number, out=tmp_path / "x.pdf")
    message = str(caught.value)
    assert "第2条为“确认物权”条款" in message and "物权确权" in message and "民诉法解释第三百五十五条" in message
    assert "第1条" not in message  # the money clause is not the problem
    assert caught.value.code == "excluded"
    with pytest.raises(ValidationError, match="物权确权"):
        record_application(ctx, result.number, applied_on=date(2026, 9, 3))
    state = confirmation_state(ctx, result.number)
    assert state.state == "excluded" and not state.can_apply
    assert any("物权确权" in r for r in state.refusals)


def test_the_rule_list_is_data_with_reasons_and_inferred_marks() -> None:
    types = load_reference(None).clause_types
    assert types.labels()[:2] == ["给付金钱", "履行行为"]
    excluded = {t.label: t for t in types.types if t.excluded}
    assert set(excluded) >= {"确认物权", "知识产权确权", "身份关系"}
    assert all(t.reason and t.basis for t in excluded.values())
    assert excluded["身份关系"].inferred and not excluded["确认物权"].inferred
    assert "本系统据此推定" in excluded_clauses([(3, "identity")], types)[0]
    assert excluded_clauses([(1, "pay_money"), (2, "other"), (3, "")], types) == []


def test_words_that_look_like_title_are_a_second_warning(tmp_path: Path) -> None:
    ctx = _store(tmp_path / "d", Clock(date(2026, 9, 3)))
    number, _ = _case(ctx, [ClauseInput("李四", "双方确认争议房屋所有权归张三", "当场确认", date(2026, 9, 10),
                                        kind="履行行为")])
    printed = print_confirmation_application(ctx, number, out=tmp_path / "a.pdf")
    assert any("第1条条款类型为“履行行为”，但文字像是确认权属" in w for w in printed.warnings)
    assert any("像是确认权属" in w for w in confirmation_state(ctx, number).warnings)


def test_unknown_clause_type_is_an_input_error(tmp_path: Path) -> None:
    ctx = _store(tmp_path / "d", Clock(date(2026, 9, 3)))
    result = intake_dispute(ctx, IntakeInput(category="邻里纠纷", summary="院墙之争", parties=[
        PartyInput("申请人", "person", "张三", id_number=make_id_number(1), address="伯都村1号"),
        PartyInput("被申请人", "person", "李四", id_number=make_id_number(2), address="伯都村2号")]))
    with pytest.raises(InputErrors, match="第1条 条款类型"):
        draft_agreement(ctx, result.number, AgreementInput(kind="诉前调解协议书（特邀/委派）", facts="事实",
                                                           clauses=[_pay(kind="赠与")]))


def test_application_and_ruling_round_trip_then_superseded(tmp_path: Path) -> None:
    clock = Clock(date(2026, 9, 10))
    ctx = _store(tmp_path / "d", clock)
    number, agreement_id = _case(ctx, [_pay()])
    with pytest.raises(ValidationError, match="早于协议生效日"):
        record_application(ctx, number, applied_on=date(2026, 8, 30))
    with pytest.raises(ValidationError, match="晚于今天"):
        record_application(ctx, number, applied_on=date(2026, 9, 11))
    made = record_application(ctx, number, applied_on=date(2026, 9, 9), note="双方到庭共同申请")
    with pytest.raises(ValidationError, match="不能重复登记"):
        record_application(ctx, number, applied_on=date(2026, 9, 10))
    with pytest.raises(ValidationError, match="须写明法院案号") as no_number:
        record_ruling(ctx, number, ruling="确认有效", ruled_on=date(2026, 9, 10))
    assert no_number.value.field == "court_number"
    with pytest.raises(ValidationError, match="无效") as bad:
        record_ruling(ctx, number, ruling="准许", ruled_on=date(2026, 9, 10))
    assert bad.value.field == "ruling"
    ruled = record_ruling(ctx, number, ruling="裁定确认有效", ruled_on=date(2026, 9, 10),
                          court_number="（2026）吉0702民特15号")
    assert ruled.id == made.id and ruled.ruling == "confirmed" and ruled.ruling_label == "确认有效"
    state = confirmation_state(ctx, number)
    assert [a.status_text for a in state.applications] == [
        "第 1 版协议，2026-09-09 申请，案号 （2026）吉0702民特15号，2026-09-10 裁定确认有效"]
    assert not state.can_apply  # confirmed: nothing more to apply for
    with pytest.raises(ValidationError, match="没有待裁定"):
        record_ruling(ctx, number, ruling="驳回", ruled_on=date(2026, 9, 10))

    corrected = correct_agreement(ctx, agreement_id)
    finalize_agreement(ctx, corrected.id, signed_on=date(2026, 9, 10))
    after = confirmation_state(ctx, number)
    assert "已被第 2 版取代" in after.applications[0].status_text
    # 09-10 + 30 = Saturday 10-10, a make-up working day (调休) after National Day: the period ends on it.
    assert after.agreement_version == 2 and after.due == date(2026, 10, 10)
    assert after.can_apply
    again = record_application(ctx, number, applied_on=date(2026, 9, 10))
    assert again.agreement_version == 2 and again.superseded_by is None
    withdrawn = record_ruling(ctx, number, ruling="撤回", ruled_on=date(2026, 9, 10))
    assert withdrawn.ruling_label == "撤回" and withdrawn.court_number == ""
