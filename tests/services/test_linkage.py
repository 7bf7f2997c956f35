"""府院联动 services on a real store: similar-case warning at 10 not 9, the centre, hearings, recommendations."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import TODAY, person
from pypdf import PdfReader

from fuyuan_desktop.domain.errors import ConflictError, InputErrors, NotFoundError, ValidationError
from fuyuan_desktop.services.intake import IntakeResult, PartyInput
from fuyuan_desktop.services.linkage.admin import AdminCaseInput, admin_ledger, open_admin_case, triage_admin_case
from fuyuan_desktop.services.linkage.clusters import similar_clusters
from fuyuan_desktop.services.linkage.followup import (
    draft_from_cluster,
    mark_excellent,
    recommendation_ledger,
    record_follow_up,
    record_reply,
)
from fuyuan_desktop.services.linkage.hearings import agency_flags, appearance_rates, record_appearance, schedule_hearing
from fuyuan_desktop.services.linkage.stats import statistics
from fuyuan_desktop.services.linkage.warnings import linkage_warnings
from fuyuan_desktop.services.recommendations import issue_recommendation, mark_sent, print_recommendation
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators, close_case
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import Place, ReferenceData
from fuyuan_desktop.store.paths import DataPaths

LAND = "土地承包经营权流转纠纷"


@pytest.fixture
def places(ctx: Workspace) -> None:
    with ctx.db.write(ctx.actor, "登记村屯") as session:
        for name in ("新立村", "永兴村"):
            session.add(Place(name=name, kind="village", township="伯都乡", county_code="220702"))
        session.add(Place(name="东胜村", kind="village", township="新城乡", county_code="220702"))


def _land_cases(register: Callable[..., IntakeResult], n: int, *, start: date, village: str = "新立村",
                township: str = "伯都乡") -> list[IntakeResult]:
    out = []
    for i in range(n):
        # Alternate the two villages of one township: the warning is about the township.
        where = village if i % 2 == 0 or township != "伯都乡" else "永兴村"
        out.append(register(person(f"农户{i}", seq=100 + i), person(f"承包方{i}", "被申请人", seq=200 + i),
                            category=LAND, summary="土地流转费拖欠", place=f"宁江区{township}{where}",
                            registered_on=start + timedelta(days=20 * i)))
    return out


def test_the_land_transfer_warning_fires_at_ten_cases_in_a_township(
        ctx: Workspace, places: None, register: Callable[..., IntakeResult]) -> None:
    _land_cases(register, 9, start=TODAY - timedelta(days=300))
    _land_cases(register, 3, start=TODAY - timedelta(days=100), village="东胜村", township="新城乡")
    register(person("老案", seq=50), person("老被", "被申请人", seq=51), category=LAND, summary="旧案",
             place="宁江区伯都乡新立村", registered_on=TODAY - timedelta(days=400))  # outside the 12 months
    assert similar_clusters(ctx) == []  # nine in the window: no warning
    assert not [w for w in linkage_warnings(ctx) if w.kind == "cluster"]

    register(person("第十户", seq=60), person("第十被", "被申请人", seq=61), category=LAND, summary="流转费",
             place="宁江区伯都乡永兴村", registered_on=TODAY - timedelta(days=10))
    clusters = similar_clusters(ctx)
    assert [(c.scope, c.category, c.key, c.count) for c in clusters] == [("township", "land_transfer", "伯都乡", 10)]
    assert clusters[0].first_on == TODAY - timedelta(days=300) and clusters[0].last_on == TODAY - timedelta(days=10)
    warnings = [w for w in linkage_warnings(ctx) if w.kind == "cluster"]
    assert len(warnings) == 1 and "伯都乡" in warnings[0].text and "10件" in warnings[0].text


def test_the_threshold_and_window_are_reference_data(
        ctx: Workspace, places: None, register: Callable[..., IntakeResult]) -> None:
    _land_cases(register, 4, start=TODAY - timedelta(days=100))
    assert similar_clusters(ctx) == []
    with ctx.db.write(ctx.actor, "参考数据") as session:
        session.add(ReferenceData(key="linkage", value_json='{"similar_cases": {"min_cases": 4}}'))
    assert [c.count for c in similar_clusters(ctx)] == [4]
    assert similar_clusters(ctx, window_days=50) == []  # only three in the last 50 days


def test_a_recommendation_drafted_from_the_cluster_is_tracked(
        ctx: Workspace, places: None, register: Callable[..., IntakeResult], paths: DataPaths,
        tmp_path: Path) -> None:
    cases = _land_cases(register, 10, start=TODAY - timedelta(days=250))
    with pytest.raises(NotFoundError):
        draft_from_cluster(ctx, "township", "land_transfer", "新城乡", "新城乡人民政府")
    draft = draft_from_cluster(ctx, "township", "land_transfer", "伯都乡", "宁江区伯都乡人民政府")
    assert (draft.number, draft.is_draft, draft.reopened) == ("", True, False)  # numbered at 签发, not now
    again = draft_from_cluster(ctx, "township", "land_transfer", "伯都乡", "另一单位")
    assert (again.id, again.reopened, again.recipient) == (draft.id, True, "宁江区伯都乡人民政府")
    assert [w.ref.get("drafted") for w in linkage_warnings(ctx) if w.kind == "cluster"] == ["1"]
    view = issue_recommendation(ctx, draft.id, TODAY - timedelta(days=75))
    assert view.number == "宁法建〔2026〕1号"
    assert not [w for w in linkage_warnings(ctx) if w.kind == "cluster"]  # answered by the signed letter
    assert view.case_number == cases[-1].number  # filed under the cluster's latest case
    printed = print_recommendation(ctx, cases[-1].number, out=tmp_path / "rec.pdf")
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "rec.pdf").pages).replace("\n", "")
    assert printed.pages >= 1 and "我院在办理伯都乡10件土地承包经营权流转纠纷类案过程中发现" in text
    assert "我院在诉前调解工作中发现" not in text  # the lead sentence is the template's, said once
    mark_sent(ctx, view.id, TODAY - timedelta(days=70))
    [row] = recommendation_ledger(ctx)
    assert (row.origin, row.overdue) == ("类案", True)
    assert row.source.endswith("伯都乡 10 件")
    assert any(w.kind == "recommendation_overdue" and view.number in w.text for w in linkage_warnings(ctx))
    with pytest.raises(ValidationError, match="早于送达日期"):
        record_reply(ctx, view.number, TODAY - timedelta(days=80), "已整改", "采纳")
    replied = record_reply(ctx, view.number, TODAY - timedelta(days=2), "已开展专项清理", "部分采纳")
    assert (replied.adoption, replied.replied_in_time, replied.overdue) == ("部分采纳", False, False)
    record_follow_up(ctx, view.number, "回访确认已建立流转合同备案制度")
    assert mark_excellent(ctx, view.id).excellent
    stats = statistics(ctx)
    assert (stats.recommendations_sent, stats.recommendations_replied, stats.recommendations_in_time) == (1, 1, 0)
    assert stats.recommendation_reply_rate == 1.0 and stats.largest_cluster_with_recommendation == 10
    assert stats.recommendations_excellent == 1 and stats.recommendations_adopted == 1


def _agency_case(register: Callable[..., IntakeResult], seq: int, agency: str = "松原市宁江区自然资源局") -> IntakeResult:
    organ = PartyInput(role="被申请人", kind="agency", name=agency, representative="陈局长",
                       representative_title="局长", address="吉林省松原市宁江区")
    return register(person(f"申请人{seq}", seq=seq), organ, category="行政争议（征收补偿）", summary="征收补偿",
                    act_name="房屋征收补偿决定", act_number="宁政征补〔2026〕12号", act_date=date(2026, 6, 1),
                    registered_on=TODAY - timedelta(days=30))


def test_admin_centre_limitations_triage_ledger_and_rate(ctx: Workspace,
                                                          register: Callable[..., IntakeResult]) -> None:
    civil = register()
    first, second, third = (_agency_case(register, s) for s in (11, 12, 13))
    with pytest.raises(ValidationError, match="不是行政争议"):
        open_admin_case(ctx, civil.number, AdminCaseInput())
    view = open_admin_case(ctx, first.number, AdminCaseInput(knew_on=date(2026, 6, 10), real_property=True))
    assert view.agency == "松原市宁江区自然资源局"
    labels = [limit.label for limit in view.limitations]
    assert [limit.due_on for limit in view.limitations] == sorted(limit.due_on for limit in view.limitations)
    assert view.limitations[0].due_on == date(2026, 8, 10)  # 60 days from knowing, rolled past a Sunday (8-9)
    assert any("20年" in label for label in labels)
    assert any("照常计算" in w for w in view.warnings)
    with pytest.raises(ConflictError):
        open_admin_case(ctx, first.number, AdminCaseInput())
    with pytest.raises(InputErrors):
        open_admin_case(ctx, second.number, AdminCaseInput(content_type="不存在", people_count=0))
    open_admin_case(ctx, second.number, AdminCaseInput(content_type="其他"))
    open_admin_case(ctx, third.number, AdminCaseInput())
    with pytest.raises(ValidationError, match="第六十条"):
        triage_admin_case(ctx, second.number, "中心协调化解", "双方同意")
    triage_admin_case(ctx, second.number, "不予受理", "不属于协调化解范围")
    triaged = triage_admin_case(ctx, first.number, "mediate", "属行政补偿，双方同意协调")
    assert triaged.triage == "中心协调化解"
    add_mediator(ctx, "王调解", "特邀调解员")
    assign_mediators(ctx, first.number, ["王调解"], accepted_on=TODAY - timedelta(days=20))
    close_case(ctx, first.number, "行政机关自行纠正", closed_on=TODAY - timedelta(days=1))
    ledger = admin_ledger(ctx)
    assert [r.number for r in ledger] == [first.number, second.number, third.number]
    row = ledger[0]
    assert (row.resolved, row.outcome, row.act_number, row.triage) == (True, "行政机关自行纠正", "宁政征补〔2026〕12号",
                                                                       "中心协调化解")
    assert ledger[2].closed_on is None and ledger[2].days is None and ledger[2].triaged_on is None
    stats = statistics(ctx)
    assert (stats.admin_accepted, stats.admin_resolved, stats.admin_rate) == (2, 1, 0.5)  # 不予受理 is not accepted


def test_hearings_notice_rates_and_repeated_non_appearance(ctx: Workspace) -> None:
    late = schedule_hearing(ctx, "（2026）吉0702行初1号", "宁江区自然资源局", date(2026, 6, 4),
                            notice_served_on=date(2026, 6, 2))
    assert any("不足 3 日" in w for w in late.warnings)
    on_time = schedule_hearing(ctx, "（2026）吉0702行初2号", "宁江区自然资源局", date(2026, 7, 4),
                               notice_served_on=date(2026, 7, 1))
    assert not on_time.warnings
    with pytest.raises(ValidationError, match="姓名"):
        record_appearance(ctx, on_time.id, "正职负责人")
    with pytest.raises(ValidationError, match="书面证明"):
        record_appearance(ctx, on_time.id, "仅工作人员", absence_reason="不可抗力")
    view = record_appearance(ctx, late.id, "仅工作人员")
    assert view.failure == "负责人未出庭且无正当理由" and any("司法建议" in w for w in view.warnings)
    record_appearance(ctx, on_time.id, "正职负责人", appearer="陈局长", post="局长")
    other = schedule_hearing(ctx, "（2026）吉0702行初3号", "宁江区人民政府", date(2026, 9, 1),
                             notice_served_on=date(2026, 8, 20))
    record_appearance(ctx, other.id, "副职负责人", appearer="王副区长")
    assert agency_flags(ctx) == []
    third = schedule_hearing(ctx, "（2026）吉0702行初4号", "宁江区自然资源局", date(2026, 10, 9),
                             notice_served_on=date(2026, 10, 1))
    record_appearance(ctx, third.id, "无人出庭")
    [flag] = agency_flags(ctx)
    assert (flag.agency, flag.failures) == ("宁江区自然资源局", 2)
    assert any(w.kind == "agency_flag" for w in linkage_warnings(ctx))
    by_agency = {r.group: (r.heard, r.appeared, r.chief) for r in appearance_rates(ctx, "agency")}
    assert by_agency == {"宁江区自然资源局": (3, 1, 1), "宁江区人民政府": (1, 1, 0)}
    by_quarter = {r.group: r.rate for r in appearance_rates(ctx, "quarter")}
    assert by_quarter == {"2026Q2": 0.0, "2026Q3": 1.0, "2026Q4": 0.0}
    assert statistics(ctx).appearance_rate == 0.5
    assert statistics(ctx, date(2026, 7, 1), date(2026, 9, 30)).appearance_rate == 1.0


def test_the_warning_also_fires_for_ten_disputes_against_one_organ(ctx: Workspace,
                                                                    register: Callable[..., IntakeResult]) -> None:
    for seq in range(30, 39):
        _agency_case(register, seq)
    _agency_case(register, 39, agency="宁江区人民政府")  # another organ: not in the group
    assert [c for c in similar_clusters(ctx) if c.scope == "agency"] == []
    _agency_case(register, 40)
    [cluster] = [c for c in similar_clusters(ctx) if c.scope == "agency"]
    assert (cluster.key, cluster.category, cluster.count) == ("松原市宁江区自然资源局", "admin_expropriation", 10)
    assert cluster.text.startswith("涉松原市宁江区自然资源局近12个月发生行政争议（征收补偿）10件")
