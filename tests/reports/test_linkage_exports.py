"""From demo data: the 宁江 warning, the published figures, every ledger in Excel read back, the white paper's text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import ACTOR, TODAY, person
from openpyxl import load_workbook
from pypdf import PdfReader

from fuyuan_desktop.demo import generate_demo
from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.services.intake import IntakeResult, PartyInput
from fuyuan_desktop.services.linkage.admin import AdminCaseInput, open_admin_case
from fuyuan_desktop.services.linkage.ledgers import LEDGERS, export_ledger
from fuyuan_desktop.services.linkage.stats import statistics
from fuyuan_desktop.services.linkage.warnings import linkage_warnings
from fuyuan_desktop.services.linkage.white_paper import print_appearance_report, print_white_paper
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    base = initialize(DataPaths(tmp_path_factory.mktemp("linkage_demo")), actor=ACTOR)
    ctx = Workspace(base.db, ACTOR, today=lambda: TODAY, paths=base.paths)
    generate_demo(ctx, disputes=1000, seed=2025)
    return ctx


def test_the_ningjiang_land_transfer_cluster_is_found_and_its_issued_recommendation_answers_the_warning(
        demo: Workspace) -> None:
    from fuyuan_desktop.services.linkage.clusters import similar_clusters

    # grouped by 案由 at the third level: the demo's land-transfer cases (土地经营权出租合同纠纷) under their parent
    boodu = [c for c in similar_clusters(demo) if c.key == "伯都乡" and c.category == "civil_2020:4.10.135"]
    assert len(boodu) == 1 and boodu[0].count >= 10 and not boodu[0].by_legacy_category
    assert boodu[0].text.startswith(f"伯都乡近12个月发生土地承包经营权合同纠纷{boodu[0].count}件")
    # the demo's court issued a 司法建议 on that cluster after its first case: the warning has been answered
    warned = [w for w in linkage_warnings(demo) if w.kind == "cluster" and w.ref["key"] == "伯都乡"]
    assert warned == []


def test_every_published_figure_comes_out_of_the_demo(demo: Workspace) -> None:
    h = statistics(demo).headline
    assert h.admin_resolved > 0
    assert h.villages_achieved == 66
    assert h.recommendations_issued == 7
    assert h.project_cases_studied == 12
    assert h.appearance_rate == 1.0
    assert h.training_attendees >= 100
    assert h.largest_cluster_with_recommendation >= 10


@pytest.mark.parametrize("kind", sorted(LEDGERS))
def test_each_ledger_opens_in_excel_with_headings_widths_and_a_frozen_header(demo: Workspace, kind: str,
                                                                             tmp_path: Path) -> None:
    out = tmp_path / f"{kind}.xlsx"
    result = export_ledger(demo, kind, out)
    title, _fetch, columns = LEDGERS[kind]
    sheet = load_workbook(out).active
    assert sheet is not None
    assert sheet["A1"].value == title and sheet.freeze_panes == "A4"
    assert [c.value for c in sheet[3]] == [c.heading for c in columns]
    assert [sheet.column_dimensions[chr(65 + i)].width for i in range(min(len(columns), 26))] == \
        [c.width for c in columns][:26]
    assert sheet.max_row == 3 + result.rows
    if kind in ("admin", "hearings", "recommendations", "training", "villages", "projects", "meetings", "clusters"):
        assert result.rows > 0, kind


def test_ledger_cells_read_back_exactly_with_blanks_for_missing_values(
        ctx: Workspace, register: Callable[..., IntakeResult], tmp_path: Path) -> None:
    organ = PartyInput(role="被申请人", kind="agency", name="宁江区自然资源局", representative="陈局长",
                       representative_title="局长", address="吉林省松原市宁江区")
    case = register(person("张桂芝", seq=5), organ, category="行政争议（征收补偿）", summary="征收补偿",
                    act_name="房屋征收补偿决定", act_number="宁政征补〔2026〕12号", act_date=date(2026, 6, 1),
                    registered_on=TODAY - timedelta(days=3))
    open_admin_case(ctx, case.number, AdminCaseInput(field="征收补偿", people_count=3, knew_on=date(2026, 6, 5)))
    out = tmp_path / "admin.xlsx"
    assert export_ledger(ctx, "admin", out).rows == 1
    sheet = load_workbook(out).active
    assert sheet is not None
    row = {sheet.cell(3, i).value: sheet.cell(4, i).value for i in range(1, sheet.max_column + 1)}
    assert row["收案编号"] == case.number
    assert row["收案日期"] == dt.datetime(2026, 11, 17)
    assert row["被申请机关"] == "宁江区自然资源局" and row["领域"] == "征收补偿" and row["涉及人数"] == 3
    assert row["案由"] == "行政征收或者征用"  # the official 案由 the old 行政争议（征收补偿） was registered as
    assert row["文号"] == "宁政征补〔2026〕12号" and row["行为日期"] == dt.datetime(2026, 6, 1)
    assert row["群体性"] == "否" and row["程序状态"] == "尚未起诉或申请复议"
    for blank in ("分流", "分流日期", "结果", "化解", "结案日期", "用时（日）", "兑付金额（元）", "后续诉讼案号"):
        assert row[blank] is None, blank  # never an invented date or a zero
    assert row["最早届满的期限"] == dt.datetime(2026, 8, 4)  # reconsideration: 60 days from knowing (6-5)
    csv = tmp_path / "admin.csv"
    export_ledger(ctx, "admin", csv)
    lines = csv.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("收案编号,收案日期,法院") and ",2026-11-17," in lines[1]
    with pytest.raises(ValidationError):
        export_ledger(ctx, "admin", tmp_path / "admin.txt")
    with pytest.raises(ValidationError, match="没有「nothing」"):
        export_ledger(ctx, "nothing", out)


def test_the_white_paper_prints_the_figures_tables_and_charts(demo: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "white.pdf"
    result = print_white_paper(demo, 2026, out)
    reader = PdfReader(out)
    assert result.pages == len(reader.pages) >= 3
    text = "".join(page.extract_text() for page in reader.pages).replace("\n", "")
    s = statistics(demo, date(2026, 1, 1), date(2026, 12, 31))
    for expected in ("2026年度行政审判白皮书", "松原市中级人民法院", "表1", "表6", "表8", "图1", "图2",
                     f"化解{s.admin_resolved}件", "已达标66个", f"发出司法建议{s.recommendations_sent}份", "研判涉诉案件12件",
                     "伯都乡", "出庭率100.00%"):
        assert expected in text, expected
    with pytest.raises(ValidationError):
        print_white_paper(demo, 1900, out)


def test_the_quarterly_notice_and_annual_disclosure(demo: Workspace, tmp_path: Path) -> None:
    quarterly = print_appearance_report(demo, tmp_path / "q.pdf", quarter="2026Q3")
    assert quarterly.title == "2026年第3季度行政机关负责人出庭应诉情况通报"
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "q.pdf").pages).replace("\n", "")
    assert "各被诉行政机关负责人出庭应诉情况" in text and "2026年7月1日至2026年9月30日" in text
    annual = print_appearance_report(demo, tmp_path / "y.pdf", year=2026)
    assert annual.title == "2026年度行政机关负责人出庭应诉情况公示" and annual.pages >= 1
    with pytest.raises(ValidationError, match="季度"):
        print_appearance_report(demo, tmp_path / "bad.pdf", quarter="2026Q9")
