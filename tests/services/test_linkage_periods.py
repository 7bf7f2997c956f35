"""Period-true 府院联动 figures against hand-computed fixtures (docs/domain.md §11.5), entered through the services.

The fixture (court 宁江区人民法院 吉0702, today 2026-11-20), hearings of administrative cases:

| case (as typed)            | agency      | hearing     | who appeared        |
|----------------------------|-------------|-------------|---------------------|
| （2024）吉0702行初9号       | 自然资源局   | 2024-12-01  | nobody  (failure)   |
| （2025）吉0702行初1号       | 自然资源局   | 2025-02-10  | 正职                |
| （2025）吉0702行初1号       | 自然资源局   | 2025-05-12  | staff only          |
| （2025）吉0702行初2号       | 自然资源局   | 2025-04-08  | staff only (failure)|
| (2025) 吉0702行初2号        | 自然资源局   | 2025-06-20  | nobody  (same pair) |
| （2025）吉0702行初3号       | 人民政府     | 2025-08-05  | 副职                |
| （2025）吉0702行初4号       | 自然资源局   | 2025-11-03  | nobody  (failure)   |
| （2026）吉0702行初1号       | 自然资源局   | 2026-03-01  | nobody  (failure)   |
| （2026）吉0702行初2号       | 自然资源局   | 2026-05-01  | nobody  (failure)   |

By hand, 2025, each (case, 审级) in the quarter of its first hearing: Q1 行初1 (1 heard, 1 appeared, 1 正职);
Q2 行初2 (1, 0, 0) — 行初1's staff-only Q2 hearing does not make it a Q2 case, and the half-width spelling is the
same case; Q3 行初3 (1, 1, 0); Q4 行初4 (1, 0, 0). Year: 4 heard, 2 appeared (50 %), 1 正职 (25 %); the
quarters add up to the year. Flags: as of 2025-06-30 (Q2 notice), 自然资源局 has 2 failing pairs in the
365 days (2024 行初9, 2025 行初2); within the year 2025 it has 2 (行初2, 行初4); the 2026 failures belong to
neither.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import person
from pypdf import PdfReader

from fuyuan_desktop.domain.errors import ConflictError
from fuyuan_desktop.domain.linkage import case_key, person_key
from fuyuan_desktop.services.intake import IntakeResult, PartyInput
from fuyuan_desktop.services.linkage.admin import AdminCaseInput, open_admin_case, triage_admin_case
from fuyuan_desktop.services.linkage.clusters import similar_clusters
from fuyuan_desktop.services.linkage.community import add_village
from fuyuan_desktop.services.linkage.hearings import agency_flags, appearance_rates, record_appearance, schedule_hearing
from fuyuan_desktop.services.linkage.programmes import apply_relief, decide_relief, pay_relief
from fuyuan_desktop.services.linkage.stats import statistics
from fuyuan_desktop.services.linkage.white_paper import print_appearance_report, white_paper_doc
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import Place, ReferenceData, Tribunal

NR = "宁江区自然资源局"
GOV = "宁江区人民政府"
Y2025 = (date(2025, 1, 1), date(2025, 12, 31))


def _hearing(ctx: Workspace, number: str, agency: str, on: date, who: str, name: str = "") -> None:
    view = schedule_hearing(ctx, number, agency, on, notice_served_on=on - timedelta(days=5), court="吉0702")
    record_appearance(ctx, view.id, who, appearer=name)


@pytest.fixture
def hearings(ctx: Workspace) -> None:
    _hearing(ctx, "（2024）吉0702行初9号", NR, date(2024, 12, 1), "无人出庭")
    _hearing(ctx, "（2025）吉0702行初1号", NR, date(2025, 2, 10), "正职负责人", "陈局长")
    _hearing(ctx, "（2025）吉0702行初1号", NR, date(2025, 5, 12), "仅工作人员")
    _hearing(ctx, "（2025）吉0702行初2号", NR, date(2025, 4, 8), "仅工作人员")
    _hearing(ctx, "(2025) 吉0702行初2号", NR, date(2025, 6, 20), "无人出庭")
    _hearing(ctx, "（2025）吉0702行初3号", GOV, date(2025, 8, 5), "副职负责人", "王副区长")
    _hearing(ctx, "（2025）吉0702行初4号", NR, date(2025, 11, 3), "无人出庭")
    _hearing(ctx, "（2026）吉0702行初1号", NR, date(2026, 3, 1), "无人出庭")
    _hearing(ctx, "（2026）吉0702行初2号", NR, date(2026, 5, 1), "无人出庭")


def test_case_keys_ignore_brackets_spaces_and_width() -> None:
    assert case_key("(2025) 吉0702行初2号") == case_key("（２０２５）吉０７０２行初２号") == case_key("（2025）吉0702行初2号")
    assert case_key("（2025）吉0702行初2号") != case_key("（2025）吉0702行初20号")
    assert person_key("张 三") == person_key("张三") and person_key("买买提•艾力") == person_key("买买提·艾力")


@pytest.mark.usefixtures("hearings")
def test_each_case_instance_counts_once_in_the_quarter_of_its_first_hearing(ctx: Workspace) -> None:
    quarters = {r.group: (r.heard, r.appeared, r.chief) for r in appearance_rates(ctx, "quarter", *Y2025)}
    assert quarters == {"2025Q1": (1, 1, 1), "2025Q2": (1, 0, 0), "2025Q3": (1, 1, 0), "2025Q4": (1, 0, 0)}
    q2 = {r.group: (r.heard, r.rate) for r in appearance_rates(ctx, "agency", date(2025, 4, 1), date(2025, 6, 30))}
    assert q2 == {NR: (1, 0.0)}  # only 行初2; 行初1 is a Q1 case
    [year] = appearance_rates(ctx, "all", *Y2025)
    assert (year.heard, year.appeared, year.chief) == (4, 2, 1) == tuple(map(sum, zip(*quarters.values(), strict=True)))
    s = statistics(ctx, *Y2025)
    assert (s.hearings_heard, s.hearings_appeared, s.hearings_chief, s.appearance_rate, s.chief_rate) == (
        4, 2, 1, 0.5, 0.25)


@pytest.mark.usefixtures("hearings")
def test_flags_are_bounded_by_the_report_period(ctx: Workspace) -> None:
    [q2] = agency_flags(ctx, as_of=date(2025, 6, 30))
    assert (q2.agency, q2.failures, q2.cases) == (NR, 2, ("（2024）吉0702行初9号", "（2025）吉0702行初2号"))
    [y] = agency_flags(ctx, as_of=date(2025, 12, 31), since=date(2025, 1, 1))
    assert (y.failures, y.cases) == (2, ("（2025）吉0702行初2号", "（2025）吉0702行初4号"))
    paper = white_paper_doc(ctx, 2025)
    problems = next(sec for sec in paper.sections if sec.heading.startswith("六")).paragraphs
    assert any(f"{NR}本年度2件" in p for p in problems)
    assert paper.court_name == "松原市宁江区人民法院"  # one basic court's data is headed by that court


@pytest.mark.usefixtures("hearings")
def test_the_quarterly_notice_shows_that_quarter_and_is_headed_by_its_court(ctx: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "q2.pdf"
    print_appearance_report(ctx, out, quarter="2025Q2")
    text = "".join(page.extract_text() for page in PdfReader(out).pages).replace(" ", "").replace("\n", "")
    assert "宁江区人民法院" in text and "松原市中级人民法院" not in text
    assert "开庭审理的行政案件1件" in text
    assert "（2026）" not in text.split("多次未依法出庭的机关")[1]  # no case after the quarter among the flagged
    assert "（2025）吉0702行初2号" in text


def test_white_paper_counts_that_year_only(ctx: Workspace, register: Callable[..., IntakeResult]) -> None:
    with ctx.db.write(ctx.actor, "登记村屯") as session:
        session.add(Place(name="新立村", kind="village", township="伯都乡", county_code="220702"))
    for i, day in enumerate([date(2025, 2, 1) + timedelta(days=25 * i) for i in range(10)]
                            + [date(2026, 1, 5) + timedelta(days=20 * i) for i in range(10)]):
        register(person(f"农户{i}", seq=100 + i), person(f"承包方{i}", "被申请人", seq=200 + i),
                 category="土地承包经营权流转纠纷", summary="流转费", place="宁江区伯都乡新立村", registered_on=day)
    [c2025] = similar_clusters(ctx, start=Y2025[0], end=Y2025[1], scopes=("township",))
    assert (c2025.count, c2025.first_on, c2025.last_on) == (10, date(2025, 2, 1), date(2025, 9, 14))
    [now] = similar_clusters(ctx, scopes=("township",))
    assert now.count == 10 and now.first_on.year == 2026  # the rolling 365 days up to today
    paper = white_paper_doc(ctx, 2025)
    [table9] = next(sec for sec in paper.sections if sec.heading.startswith("六")).tables
    assert [row[2] for row in table9.rows] == ["10"] and table9.rows[0][3] == "2025年2月1日"
    [chart] = paper.sections[0].charts
    # 2-1, 2-26, 3-23, 4-17, 5-12, 6-6, 7-1, 7-26, 8-20, 9-14: January and October–December empty, still shown.
    assert chart.labels[0] == "01月" and chart.labels[-1] == "12月"
    assert chart.values == (0, 2, 1, 1, 1, 1, 2, 1, 1, 0, 0, 0)


def test_table_1_new_cases_agree_with_table_7_accepted(ctx: Workspace, register: Callable[..., IntakeResult]) -> None:
    numbers = []
    for seq in (11, 12, 13):
        organ = PartyInput(role="被申请人", kind="agency", name="松原市宁江区自然资源局", representative="陈局长",
                           representative_title="局长", address="吉林省松原市宁江区")
        numbers.append(register(person(f"申请人{seq}", seq=seq), organ, category="行政争议（征收补偿）",
                                summary="征收补偿", act_name="房屋征收补偿决定", act_number="宁政征补〔2025〕12号",
                                act_date=date(2025, 3, 1), registered_on=date(2025, 4, seq)).number)
        open_admin_case(ctx, numbers[-1], AdminCaseInput())
    triage_admin_case(ctx, numbers[0], "不予受理", "不属于协调化解范围")
    paper = white_paper_doc(ctx, 2025)
    table1, *_ = paper.sections[1].tables
    table7 = paper.sections[3].tables[0]
    assert table1.rows[0][1] == table7.rows[0][0] == "2"
    assert "另有不予受理1件" in (table1.note or "")


def test_village_status_as_of_the_period_end_and_per_court(ctx: Workspace) -> None:
    # Registry villages: 伯都村 and 永青村 of 宁江区伯都乡 (吉0702), 长山镇新立村 of 前郭 (吉0721). The tribunal
    # filter goes through a tribunal given to the village's place; the court filter falls back to the county.
    with ctx.db.write(ctx.actor, "村屯所属法庭") as session:
        tribunals = {t.short_name: t.id for t in session.query(Tribunal)}
        for code, tribunal in (("220702202201", "开发区"), ("220702202200", "伯都")):  # 伯都村, 永青村
            row = session.query(Place).filter(Place.code == code).one()
            row.tribunal_id = tribunals[tribunal]
    add_village(ctx, "伯都村", population=1500, cycle_start=2024, status="已达标", achieved_on=date(2025, 12, 20),
                reason="2025 年经中院验收达标")
    add_village(ctx, "永青村", population=900, cycle_start=2024)
    add_village(ctx, "长山镇新立村", population=2000, cycle_start=2023, status="已达标", achieved_on=date(2025, 3, 1),
                reason="2025 年经中院验收达标")
    assert statistics(ctx, date(2024, 1, 1), date(2024, 12, 31)).villages == {"creating": 3}
    assert statistics(ctx, *Y2025).villages == {"achieved": 2, "creating": 1}
    assert statistics(ctx, *Y2025, court="吉0702").villages == {"achieved": 1, "creating": 1}
    assert statistics(ctx, date(2025, 1, 1), date(2025, 6, 30), court="吉0702").villages == {"creating": 2}
    assert statistics(ctx, *Y2025, court="吉0721").villages == {"achieved": 1}
    assert statistics(ctx, *Y2025, tribunal="开发区").villages == {"achieved": 1}


def test_tribunal_statistics_count_only_that_tribunals_hearings(ctx: Workspace,
                                                               register: Callable[..., IntakeResult]) -> None:
    zone = register(tribunal="开发区", registered_on=date(2025, 3, 1))
    other = register(person("王五", seq=5), person("赵六", "被申请人", seq=6), tribunal="伯都",
                     registered_on=date(2025, 3, 2))
    _hearing(ctx, zone.number, NR, date(2025, 5, 6), "正职负责人", "陈局长")
    _hearing(ctx, other.number, NR, date(2025, 5, 7), "无人出庭")
    _hearing(ctx, "（2025）吉0702行初7号", GOV, date(2025, 5, 8), "无人出庭")  # no case on file: no tribunal
    assert statistics(ctx, *Y2025).hearings_heard == 3
    s = statistics(ctx, *Y2025, tribunal="开发区")
    assert (s.hearings_heard, s.hearings_appeared, s.disputes) == (1, 1, 1)
    assert [(r.heard, r.appeared) for r in appearance_rates(ctx, "all", *Y2025, tribunal="伯都")] == [(1, 0)]


def test_one_relief_per_case_and_person_under_any_spelling(ctx: Workspace) -> None:
    first = apply_relief(ctx, "（2025）吉0702民初5号", "张三", date(2026, 3, 1))
    for number, name in (("(2025)吉0702民初5号", "张三"), ("（2025） 吉0702民初5号", "张三"),
                         ("（２０２５）吉０７０２民初５号", "张三"), ("（2025）吉0702民初5号", "张 三")):
        with pytest.raises(ConflictError, match="同一案件只救助一次"):
            apply_relief(ctx, number, name, date(2026, 3, 2))
    apply_relief(ctx, "（2025）吉0702民初5号", "李四", date(2026, 3, 2))  # another person of the case may apply
    decide_relief(ctx, first.id, granted=True, amount="1000", decided_on=date(2026, 3, 5))
    pay_relief(ctx, first.id, date(2026, 3, 6))


@pytest.mark.usefixtures("hearings")
def test_the_period_rule_is_reference_data(ctx: Workspace) -> None:
    """With ``counted_in: last_hearing`` 行初1 (heard 2-10 and 5-12) counts in Q2 instead of Q1 — still once."""
    with ctx.db.write(ctx.actor, "设置参考数据") as session:
        session.add(ReferenceData(key="linkage", value_json='{"appearance": {"counted_in": "last_hearing"}}'))
    quarters = {r.group: (r.heard, r.appeared) for r in appearance_rates(ctx, "quarter", *Y2025)}
    assert quarters == {"2025Q2": (2, 1), "2025Q3": (1, 1), "2025Q4": (1, 0)}
    # A report ending before a pair's later hearings dates it by the last hearing up to that end.
    assert [(r.group, r.heard) for r in appearance_rates(ctx, "quarter", date(2025, 1, 1), date(2025, 3, 31))] == [
        ("2025Q1", 1)]


def test_an_agency_typed_two_ways_is_one_agency(ctx: Workspace) -> None:
    _hearing(ctx, "（2025）吉0702行初1号", "宁江区自然资源局", date(2025, 3, 1), "无人出庭")
    _hearing(ctx, "（2025）吉0702行初2号", "宁江区 自然资源局", date(2025, 4, 1), "无人出庭")
    _hearing(ctx, "（2025）吉0702行初3号", "宁江区自然资源局", date(2025, 5, 1), "正职负责人", "陈局长")
    assert [(r.group, r.heard, r.appeared) for r in appearance_rates(ctx, "agency", *Y2025)] == [
        ("宁江区自然资源局", 3, 1)]
    [flag] = agency_flags(ctx, as_of=date(2025, 12, 31))
    assert (flag.agency, flag.failures) == ("宁江区自然资源局", 2)


def test_training_counts_an_organisation_once_however_typed(ctx: Workspace) -> None:
    from fuyuan_desktop.services.linkage.programmes import TrainingInput, add_training, training_totals

    for orgs in ("宁江区自然资源局、宁江区司法局", "宁江区 自然资源局，宁江区司法局"):
        add_training(ctx, TrainingInput(held_on=date(2025, 5, 1), agency="宁江区自然资源局", observer_orgs=orgs,
                                        attendees=10))
    [year] = training_totals(ctx)
    assert (year.events, year.organisations) == (2, 2)


def test_a_clusters_period_reads_in_chinese_dates(ctx: Workspace, register: Callable[..., IntakeResult]) -> None:
    with ctx.db.write(ctx.actor, "登记村屯") as session:
        session.add(Place(name="新立村", kind="village", township="伯都乡", county_code="220702"))
    for i in range(10):
        register(person(f"农户{i}", seq=100 + i), person(f"承包方{i}", "被申请人", seq=200 + i),
                 category="土地承包经营权流转纠纷", summary="流转费", place="宁江区伯都乡新立村",
                 registered_on=date(2026, 1, 5) + timedelta(days=20 * i))
    [cluster] = similar_clusters(ctx, scopes=("township",))
    assert "（2026年1月5日至2026年7月4日）" in cluster.text and "-" not in cluster.text


def test_an_organ_typed_two_ways_is_one_cluster(ctx: Workspace, register: Callable[..., IntakeResult]) -> None:
    from fuyuan_desktop.services.linkage.clusters import cluster_case_ids

    for seq in range(30, 40):
        spelt = "宁江区自然资源局" if seq % 2 else "宁江区　自然资源局"  # a full-width space in half of them
        organ = PartyInput(role="被申请人", kind="agency", name=spelt, representative="陈局长",
                           representative_title="局长", address="吉林省松原市宁江区")
        register(person(f"申请人{seq}", seq=seq), organ, category="行政争议（征收补偿）", summary="征收补偿",
                 act_name="房屋征收补偿决定", act_number="宁政征补〔2026〕12号", act_date=date(2026, 6, 1),
                 registered_on=date(2026, 10, 1) + timedelta(days=seq - 30))
    [cluster] = similar_clusters(ctx, scopes=("agency",))
    assert cluster.count == 10
    assert len(cluster_case_ids(ctx, "agency", cluster.category, cluster.key)) == 10
