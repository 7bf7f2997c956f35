"""A case's lifecycle: assignment and deadlines, transitions, closing, extension, session records,
agreements (draft → final → correction) and follow-ups."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from conftest import ACTOR, TODAY, audit_length, organization, person, table_counts
from sqlalchemy import select
from sqlmodel import col

from fuyuan_desktop.domain.errors import (
    ConflictError,
    ImmutableDocumentError,
    InputErrors,
    NotFoundError,
    TransitionError,
    ValidationError,
)
from fuyuan_desktop.services.agreements import (
    AgreementInput,
    ClauseInput,
    agreements_of,
    correct_agreement,
    draft_agreement,
    finalize_agreement,
    update_draft,
)
from fuyuan_desktop.services.cases import CaseFilter, get_case, list_cases
from fuyuan_desktop.services.followups import add_follow_up, complete_follow_up, due_follow_ups
from fuyuan_desktop.services.sessions import check_in, record_revisions, save_record, schedule_session
from fuyuan_desktop.services.workflow import (
    add_mediator,
    assign_mediators,
    close_case,
    extend_mediation,
    extended_due,
    set_status,
    start_mediation,
)
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import Agreement, AgreementClause, Attendance, AuditEvent, Dispute, FollowUp

SEPT_1 = date(2025, 9, 1)


@pytest.fixture
def case(ctx: Workspace, register) -> str:
    """A registered case with two persons (ID numbers and addresses complete) and a roster of two."""
    add_mediator(ctx, "王调解", "特邀调解员", organization="宁江区人民调解委员会")
    add_mediator(ctx, "刘法官", "法官")
    return register(registered_on=date(2025, 8, 28)).number


@pytest.fixture
def mediating(ctx: Workspace, case: str) -> str:
    assign_mediators(ctx, case, ["王调解"], accepted_on=SEPT_1)
    start_mediation(ctx, case)
    return case


def _dispute(ctx: Workspace, ref: str) -> Dispute:
    with ctx.db.read() as session:
        row = session.get(Dispute, get_case(ctx, ref).summary.id)
    assert row is not None
    return row


# --- lifecycle --------------------------------------------------------------------------------

def test_assign_with_acceptance_starts_the_30_day_clock_rolled_past_national_day(ctx: Workspace,
                                                                                  case: str) -> None:
    change = assign_mediators(ctx, case, ["王调解", "刘法官"], accepted_on=SEPT_1)

    # 2025-09-01 + 30 days = 10-01, inside the 10-01…10-08 National Day / Mid-Autumn holiday.
    assert change.due_on == date(2025, 10, 9)
    assert change.status == "已指派调解员"
    detail = get_case(ctx, case)
    assert detail.accepted_on == SEPT_1
    assert detail.mediators == ["王调解（宁江区人民调解委员会）", "刘法官（法官）"]
    assert [r.number for r in list_cases(ctx, CaseFilter(mediator="刘法官"))] == [case]


def test_acceptance_date_in_the_future_is_refused(ctx: Workspace, case: str) -> None:
    with pytest.raises(ValidationError, match="晚于今天"):
        assign_mediators(ctx, case, ["王调解"], accepted_on=date(2026, 11, 21))
    with pytest.raises(NotFoundError, match="调解员名册中没有「张飞」"):
        assign_mediators(ctx, case, ["张飞"])
    assert _dispute(ctx, case).status == "registered"


def test_overdue_filter_uses_the_due_date(ctx: Workspace, case: str) -> None:
    assign_mediators(ctx, case, ["王调解"], accepted_on=SEPT_1)
    assert [r.number for r in list_cases(ctx, CaseFilter(overdue=True))] == [case]
    assert [r.number for r in list_cases(ctx, CaseFilter(status="已指派调解员"))] == [case]
    assert list_cases(ctx, CaseFilter(status="已登记")) == []


def test_forbidden_transition_lists_what_is_allowed(ctx: Workspace, case: str) -> None:
    with pytest.raises(TransitionError) as info:
        set_status(ctx, case, "已结案")
    message = str(info.value)
    assert "不能把案件从「已登记」改为「已结案」" in message
    assert "只能转为：已指派调解员、已退回" in message
    assert _dispute(ctx, case).status == "registered"

    set_status(ctx, case, "已退回", note="不属于受理范围")
    with pytest.raises(TransitionError, match="已是终结状态"):
        set_status(ctx, case, "已指派调解员")
    with pytest.raises(ValidationError, match="「飞升」无效"):
        set_status(ctx, case, "飞升")


def test_close_without_agreement_terminates(ctx: Workspace, mediating: str) -> None:
    change = close_case(ctx, mediating, "调解不成", note="双方分歧过大", closed_on=date(2025, 9, 20))
    assert change.status == "调解终结"
    detail = get_case(ctx, mediating)
    assert (detail.outcome, detail.outcome_note, detail.closed_on) == ("调解不成", "双方分歧过大", date(2025, 9, 20))
    # A terminated case can go on to be docketed.
    assert set_status(ctx, mediating, "已转立案").status == "已转立案"


def test_close_with_agreement_and_with_settlement(ctx: Workspace, mediating: str, register) -> None:
    assert close_case(ctx, mediating, "达成调解协议").status == "已达成协议"
    other = register(person("王五", seq=5), person("赵六", "被申请人", seq=6)).number
    assign_mediators(ctx, other, ["王调解"])
    start_mediation(ctx, other)
    assert close_case(ctx, other, "settled_withdrawn").status == "已结案"


def test_close_refusals(ctx: Workspace, case: str) -> None:
    with pytest.raises(ValidationError, match="「吵架」无效；可选：达成调解协议"):
        close_case(ctx, case, "吵架")
    with pytest.raises(ValidationError, match="尚未进入调解"):
        close_case(ctx, case, "达成调解协议")
    with pytest.raises(ValidationError, match="晚于今天"):
        close_case(ctx, case, "调解不成", closed_on=date(2026, 11, 21))
    with pytest.raises(ValidationError, match="控制字符"):
        close_case(ctx, case, "调解不成", note="\x1b")
    with pytest.raises(NotFoundError):
        close_case(ctx, "临-开发区-2026-ZZZZ-9999", "调解不成")
    assert _dispute(ctx, case).status == "registered"


def test_extension_needs_every_partys_consent(ctx: Workspace, mediating: str) -> None:
    party_ids = [p.id for p in get_case(ctx, mediating).parties]
    chain = audit_length(ctx.db)

    with pytest.raises(ValidationError, match="须经全部当事人同意，尚有 1 方未记录同意"):
        extend_mediation(ctx, mediating, 15, consenting_party_ids=party_ids[:1])
    with pytest.raises(ValidationError, match="1 到 365"):
        extend_mediation(ctx, mediating, 0, consenting_party_ids=party_ids)
    assert audit_length(ctx.db) == chain
    assert _dispute(ctx, mediating).due_on == date(2025, 10, 9)

    change = extend_mediation(ctx, mediating, 15, consenting_party_ids=party_ids)
    assert change.due_on == date(2025, 10, 16)
    assert _dispute(ctx, mediating).extension_days == 15


def test_extension_before_acceptance_is_refused(ctx: Workspace, case: str) -> None:
    assign_mediators(ctx, case, ["王调解"])
    parties = [p.id for p in get_case(ctx, case).parties]
    with pytest.raises(ValidationError, match="尚未接受委派"):
        extend_mediation(ctx, case, 10, consenting_party_ids=parties)


def test_extension_is_audited_and_previewed(ctx: Workspace, mediating: str) -> None:
    parties = [p.id for p in get_case(ctx, mediating).parties]
    assert extended_due(ctx, mediating, 15) == date(2025, 10, 16)
    assert _dispute(ctx, mediating).due_on == date(2025, 10, 9)  # the preview writes nothing
    chain = audit_length(ctx.db)
    extend_mediation(ctx, mediating, 15, consenting_party_ids=parties)
    assert audit_length(ctx.db) > chain
    with ctx.db.read() as session:
        event = session.scalars(select(AuditEvent).where(col(AuditEvent.entity_id) == _dispute(ctx, mediating).id)
                                .order_by(col(AuditEvent.seq).desc())).first()
    assert event is not None and event.action == "延长调解期限" and '"extension_days":15' in event.after_json
    # Extensions add up: 15 + 5 = 20 days, 9-01 + 50 = 10-21.
    assert extend_mediation(ctx, mediating, 5, consenting_party_ids=parties).due_on == date(2025, 10, 21)
    assert get_case(ctx, mediating).extension_days == 20


def test_extension_of_a_closed_case_is_refused(ctx: Workspace, mediating: str) -> None:
    parties = [p.id for p in get_case(ctx, mediating).parties]
    close_case(ctx, mediating, "调解不成")
    chain = audit_length(ctx.db)
    with pytest.raises(ValidationError, match="「调解终结」，调解期限不在进行中，不能延长") as caught:
        extend_mediation(ctx, mediating, 10, consenting_party_ids=parties)
    assert caught.value.code == "not_running" and audit_length(ctx.db) == chain


# --- sessions ---------------------------------------------------------------------------------

def test_record_saves_append_revisions_and_never_lose_text(ctx: Workspace, mediating: str) -> None:
    sid = schedule_session(ctx, mediating, datetime(2025, 9, 10, 1, 30, tzinfo=UTC), place="伯都乡调解室")
    first = save_record(ctx, sid, "调解员：请申请人陈述。", base_revision=0)
    second = save_record(ctx, sid, "调解员：请申请人陈述。\n申请人：楼上漏水三个月。", base_revision=1)
    same = save_record(ctx, sid, "调解员：请申请人陈述。\n申请人：楼上漏水三个月。", base_revision=2)

    assert (first.revision, second.revision, same.revision) == (1, 2, 2)
    revisions = record_revisions(ctx, sid)
    assert [(r, text) for r, _at, text in revisions] == [
        (1, "调解员：请申请人陈述。"), (2, "调解员：请申请人陈述。\n申请人：楼上漏水三个月。")]
    view = get_case(ctx, mediating).sessions[0]
    assert (view.record_revision, view.place) == (2, "伯都乡调解室")


def test_stale_base_revision_conflicts_and_keeps_both_texts(ctx: Workspace, mediating: str) -> None:
    sid = schedule_session(ctx, mediating, datetime(2025, 9, 10, 1, 30, tzinfo=UTC))
    save_record(ctx, sid, "第一稿", base_revision=0)
    # Two clerks opened revision 1; the first saves, the second's save is then stale.
    save_record(ctx, sid, "第一稿\n书记员甲的补充", base_revision=1)
    mine = "第一稿\n书记员乙的补充"

    with pytest.raises(ConflictError) as info:
        save_record(ctx, sid, mine, base_revision=1)

    assert "第 2 版" in str(info.value) and "第 1 版" in str(info.value)
    texts = [text for _r, _at, text in record_revisions(ctx, sid)]
    assert texts == ["第一稿", "第一稿\n书记员甲的补充"]  # nothing overwritten
    # The second clerk merges and saves on top of revision 2: both contributions survive.
    merged = save_record(ctx, sid, "第一稿\n书记员甲的补充\n书记员乙的补充", base_revision=2)
    assert merged.revision == 3
    assert [r for r, _at, _t in record_revisions(ctx, sid)] == [1, 2, 3]


def test_record_refusals(ctx: Workspace, mediating: str) -> None:
    sid = schedule_session(ctx, mediating, datetime(2025, 9, 10, 1, 30, tzinfo=UTC))
    with pytest.raises(ValidationError, match="空字符"):
        save_record(ctx, sid, "a\x00b")
    with pytest.raises(NotFoundError):
        save_record(ctx, "0" * 32, "x")
    with pytest.raises(ValidationError, match="时区"):
        schedule_session(ctx, mediating, datetime(2025, 9, 10, 9, 30))
    assert record_revisions(ctx, sid) == []


def test_attendance_check_in(ctx: Workspace, mediating: str) -> None:
    sid = schedule_session(ctx, mediating, datetime(2025, 9, 10, 1, 30, tzinfo=UTC))
    applicant = get_case(ctx, mediating).parties[0]
    check_in(ctx, sid, "张三", "申请人", party_id=applicant.id)
    check_in(ctx, sid, "王调解", "特邀调解员")
    check_in(ctx, sid, "李四", "respondent", present=False)
    with pytest.raises(ValidationError, match="「路人」无效"):
        check_in(ctx, sid, "路人", "路人")
    with pytest.raises(NotFoundError):
        check_in(ctx, "0" * 32, "张三", "申请人")

    with ctx.db.read() as session:
        rows = session.scalars(select(Attendance).where(Attendance.session_id == sid)
                               .order_by(Attendance.name)).all()
    got = {(r.name, r.role, r.present, r.party_id, r.checked_in_at is not None) for r in rows}
    assert got == {("张三", "applicant", True, applicant.id, True), ("王调解", "invited_mediator", True, None, True),
                   ("李四", "respondent", False, None, False)}


# --- agreements -------------------------------------------------------------------------------

def _complete_agreement(amount: str = "3000") -> AgreementInput:
    return AgreementInput(
        kind="诉前调解协议书（特邀/委派）", facts="被申请人家中水管破裂，致申请人房屋受损。",
        clauses=[ClauseInput(obligor="李四", text="李四赔偿张三维修费", performance_method="银行转账",
                             deadline=date(2025, 9, 30), amount=amount),
                 ClauseInput(obligor="李四", text="李四更换破损水管", performance_method="自行维修",
                             deadline=date(2025, 10, 15))],
        breach_terms="逾期未履行的，按日加付万分之五违约金。")


def test_draft_lists_completeness_problems_before_it_can_be_final(ctx: Workspace, mediating: str) -> None:
    incomplete = AgreementInput(kind="invited", facts="水管破裂。",
                                clauses=[ClauseInput(obligor="", text="李四赔偿张三维修费")])
    draft = draft_agreement(ctx, mediating, incomplete)
    assert (draft.version, draft.status) == (1, "草稿")

    with pytest.raises(InputErrors) as info:
        finalize_agreement(ctx, draft.id)
    problems = [e.reason for e in info.value.errors]
    assert "第1条缺少义务人（由谁履行）" in problems
    assert "第1条缺少履行方式" in problems
    assert "第1条缺少履行期限" in problems
    assert agreements_of(ctx, mediating)[0].status == "草稿"

    with pytest.raises(ValidationError, match="已有一份草稿"):
        draft_agreement(ctx, mediating, incomplete)


def test_completeness_requires_party_identity_and_address(ctx: Workspace, register) -> None:
    number = register(person("张三", address=""), organization("某建材公司", address="")).number
    draft = draft_agreement(ctx, number, _complete_agreement())
    with pytest.raises(InputErrors) as info:
        finalize_agreement(ctx, draft.id)
    problems = {e.reason for e in info.value.errors}
    assert {"当事人「张三」缺少身份证号码", "当事人「张三」缺少住址/住所", "当事人「某建材公司」缺少住址/住所"} <= problems


def test_bad_clause_input_is_refused(ctx: Workspace, mediating: str) -> None:
    bad = AgreementInput(kind="合同", facts="", clauses=[ClauseInput(obligor="李四", text="", amount="1.001")])
    with pytest.raises(InputErrors) as info:
        draft_agreement(ctx, mediating, bad)
    fields = {e.field for e in info.value.errors}
    assert {"协议类型", "纠纷主要事实、争议事项", "第1条 协议内容", "第1条 金额"} <= fields
    assert agreements_of(ctx, mediating) == []


def test_final_agreement_is_immutable_and_corrected_by_a_new_version(ctx: Workspace, mediating: str) -> None:
    draft = draft_agreement(ctx, mediating, _complete_agreement())
    updated = update_draft(ctx, draft.id, _complete_agreement(amount="3500"))
    assert updated.clauses[0]["amount_fen"] == 350_000

    final = finalize_agreement(ctx, draft.id)
    assert final.status == "已定稿"
    assert len(final.content_sha256) == 64
    assert _dispute(ctx, mediating).status == "agreed"

    with pytest.raises(ImmutableDocumentError, match=r"^第 1 版调解协议已定稿，不能修改；如需更正"):
        update_draft(ctx, draft.id, _complete_agreement(amount="1"))
    with pytest.raises(ImmutableDocumentError):
        finalize_agreement(ctx, draft.id)

    v2 = correct_agreement(ctx, draft.id)
    assert (v2.version, v2.status, v2.supersedes_id) == (2, "草稿", draft.id)
    assert [c["amount_fen"] for c in v2.clauses] == [350_000, None]
    with pytest.raises(ValidationError, match="只有已定稿"):
        correct_agreement(ctx, v2.id)
    assert agreements_of(ctx, mediating)[0].status == "已定稿"  # v1 stays final until v2 is

    update_draft(ctx, v2.id, _complete_agreement(amount="3200"))
    v2_final = finalize_agreement(ctx, v2.id)

    with pytest.raises(ImmutableDocumentError, match=r"^第 1 版调解协议已被更正版本取代，不能修改"):
        update_draft(ctx, draft.id, _complete_agreement())
    versions = {(a.version, a.status) for a in agreements_of(ctx, mediating)}
    assert versions == {(1, "已被更正版本取代"), (2, "已定稿")}
    assert v2_final.content_sha256 != final.content_sha256
    v1 = agreements_of(ctx, mediating)[0]
    assert (v1.content_sha256, v1.clauses[0]["amount_fen"]) == (final.content_sha256, 350_000)


def test_store_refuses_direct_changes_to_a_final_agreement(ctx: Workspace, mediating: str) -> None:
    draft = draft_agreement(ctx, mediating, _complete_agreement())
    finalize_agreement(ctx, draft.id)
    counts = table_counts(ctx.db)

    with pytest.raises(ImmutableDocumentError), ctx.db.write(ACTOR, "直接改协议") as session:
        row = session.get(Agreement, draft.id)
        assert row is not None
        row.facts = "改过的事实"
    with pytest.raises(ImmutableDocumentError), ctx.db.write(ACTOR, "改回草稿") as session:
        row = session.get(Agreement, draft.id)
        assert row is not None
        row.status = "draft"
    with pytest.raises(ImmutableDocumentError), ctx.db.write(ACTOR, "直接改条款") as session:
        clause = session.scalars(select(AgreementClause).where(AgreementClause.agreement_id == draft.id)).first()
        assert clause is not None
        clause.amount_fen = 1
    with pytest.raises(ImmutableDocumentError), ctx.db.write(ACTOR, "加条款") as session:
        session.add(AgreementClause(agreement_id=draft.id, position=9, text="追加条款"))

    assert table_counts(ctx.db) == counts
    assert agreements_of(ctx, mediating)[0].facts == _complete_agreement().facts


def test_store_refuses_reviving_a_superseded_agreement(ctx: Workspace, mediating: str) -> None:
    v1 = draft_agreement(ctx, mediating, _complete_agreement())
    finalize_agreement(ctx, v1.id)
    finalize_agreement(ctx, correct_agreement(ctx, v1.id).id)

    with pytest.raises(ImmutableDocumentError), ctx.db.write(ACTOR, "恢复旧版本") as session:
        row = session.get(Agreement, v1.id)
        assert row is not None
        row.status = "final"
    assert agreements_of(ctx, mediating)[0].status == "已被更正版本取代"


def test_only_one_correction_draft_at_a_time(ctx: Workspace, mediating: str) -> None:
    v1 = draft_agreement(ctx, mediating, _complete_agreement())
    finalize_agreement(ctx, v1.id)
    correct_agreement(ctx, v1.id)
    with pytest.raises(ValidationError, match="草稿"):
        correct_agreement(ctx, v1.id)
    assert [a.version for a in agreements_of(ctx, mediating)] == [1, 2]


def test_removed_clauses_disappear_from_the_draft(ctx: Workspace, mediating: str) -> None:
    draft = draft_agreement(ctx, mediating, _complete_agreement())
    shorter = _complete_agreement()
    shorter.clauses = shorter.clauses[:1]
    update_draft(ctx, draft.id, shorter)
    [view] = agreements_of(ctx, mediating)
    assert [c["position"] for c in view.clauses] == [1]
    final = finalize_agreement(ctx, draft.id)
    assert [c["position"] for c in final.clauses] == [1]


def test_family_dispute_drafts_drop_judicial_confirmation(ctx: Workspace, register) -> None:
    number = register(person("张三", seq=1), person("李四", "被申请人", seq=2), category="婚姻家庭纠纷").number
    draft = draft_agreement(ctx, number, _complete_agreement())
    assert draft.confirmation_clause is False
    assert any("司法确认" in w for w in draft.warnings)

    ordinary = draft_agreement(ctx, register().number, _complete_agreement())
    assert ordinary.confirmation_clause is True
    assert ordinary.warnings == []


# --- follow-ups -------------------------------------------------------------------------------

def test_finalising_schedules_a_follow_up_after_the_first_deadline(ctx: Workspace, mediating: str) -> None:
    draft = draft_agreement(ctx, mediating, _complete_agreement())
    finalize_agreement(ctx, draft.id)
    with ctx.db.read() as session:
        rows = session.scalars(select(FollowUp)).all()
    # One 履行回访 per clause with a deadline (issue 17: not only the first instalment).
    assert sorted((f.due_on, f.status) for f in rows) == [(date(2025, 10, 1), "pending"), (date(2025, 10, 16), "pending")]
    assert get_case(ctx, mediating).follow_ups == [(date(2025, 10, 1), "履行回访", "pending"),
                                                   (date(2025, 10, 16), "履行回访", "pending")]


def test_due_follow_ups_and_completion(ctx: Workspace, mediating: str) -> None:
    overdue = add_follow_up(ctx, mediating, date(2026, 11, 1), note="回访赔偿款支付情况")
    soon = add_follow_up(ctx, mediating, date(2026, 11, 27))
    add_follow_up(ctx, mediating, date(2026, 11, 28))  # beyond the 7-day horizon

    due = due_follow_ups(ctx)
    assert [(f.id, f.due_on, f.status) for f in due] == [(overdue, date(2026, 11, 1), "待办"),
                                                         (soon, date(2026, 11, 27), "待办")]
    assert due[0].number == mediating
    assert len(due_follow_ups(ctx, within_days=8)) == 3

    complete_follow_up(ctx, overdue, result="已全额支付")
    assert [f.id for f in due_follow_ups(ctx)] == [soon]
    with pytest.raises(ValidationError, match="已是「已完成」"):
        complete_follow_up(ctx, overdue, result="再次回访")
    with pytest.raises(ValidationError, match="必填"):
        complete_follow_up(ctx, soon, result=" ")
    with pytest.raises(ValidationError, match="晚于今天"):
        complete_follow_up(ctx, soon, result="提前", done_on=date(2026, 11, 21))
    with ctx.db.read() as session:
        done = session.get(FollowUp, overdue)
    assert done is not None and (done.status, done.result, done.done_on) == ("done", "已全额支付", TODAY)
