"""The white paper's narrative sections (stored per year, court and section; printed in their places, numbered in
print order) and the administrative litigation totals imported from a court's case-management export (hand-checked
rates; bad rows named by row and column, nothing written)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from fuyuan_desktop.domain.errors import InputErrors, ValidationError
from fuyuan_desktop.services.linkage.outreach import (
    JointTrainingInput,
    OralInput,
    Participant,
    add_joint_training,
    add_oral,
    delete_joint_training,
    delete_oral,
    joint_trainings,
    oral_recommendations,
    respond_oral,
    update_joint_training,
    update_oral,
)
from fuyuan_desktop.services.linkage.stats import statistics
from fuyuan_desktop.services.linkage.white_paper import print_white_paper, white_paper_doc
from fuyuan_desktop.services.linkage.white_paper_text import (
    import_litigation,
    litigation_summary,
    litigation_totals,
    narratives,
    set_narrative,
)
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.linkage_models import (
    JointTraining,
    LitigationTotals,
    OralRecommendation,
    WhitePaperNarrative,
)
from fuyuan_desktop.store.models import AuditEvent

HEADER = "年度,法院,收案,结案,判决败诉,撤诉\n"


def _rows(ctx: Workspace, model: type) -> int:
    with ctx.db.read() as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar_one())


def _actions(ctx: Workspace) -> list[str]:
    with ctx.db.read() as session:
        return [str(a) for a in session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq))]  # type: ignore[arg-type]


def _csv(tmp_path: Path, body: str, name: str = "收结案.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


@pytest.mark.slow
def test_litigation_totals_give_hand_checked_rates_in_the_white_paper(ctx: Workspace, tmp_path: Path) -> None:
    # 宁江: 120 收, 110 结, 11 败诉, 33 撤诉 → 10.00 %, 30.00 %; 前郭: 80 收, 90 结, 9 败诉, 18 撤诉 → 10.00 %, 20.00 %.
    # Both courts: 200 收, 200 结, 20 败诉 (10.00 %), 51 撤诉 (25.50 %).
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["年度", "法院", "收案", "结案", "判决败诉", "撤诉", "备注"])
    sheet.append([2025, "吉0702", 120, 110, 11, 33, "案管系统导出"])
    sheet.append([2025, "前郭尔罗斯蒙古族自治县人民法院", 80, 90, 9, 18, ""])
    sheet.append([2024, "宁江区法院", 100, 100, 0, 0, ""])
    book.save(tmp_path / "export.xlsx")
    result = import_litigation(ctx, tmp_path / "export.xlsx")
    assert (result.rows, result.added, result.replaced) == (3, 3, 0)

    ningjiang = litigation_summary(ctx, 2025, "吉0702")
    assert ningjiang is not None
    assert (ningjiang.received, ningjiang.closed, ningjiang.loss_rate, ningjiang.withdrawal_rate) == (120, 110, 0.1, 0.3)
    both = litigation_summary(ctx, 2025)
    assert both is not None and (both.received, both.closed, both.lost, both.withdrawn) == (200, 200, 20, 51)
    assert both.withdrawal_rate == pytest.approx(0.255)
    assert litigation_summary(ctx, 2023) is None

    doc = white_paper_doc(ctx, 2025, "吉0702")
    summary = doc.sections[0].paragraphs[0]
    assert "受理行政诉讼案件120件，审结110件，行政机关败诉率10.00%，撤诉率30.00%（导入自案件管理系统）" in summary
    [table] = [t for s in doc.sections for t in s.tables if t.caption.startswith("附表")]
    assert "导入自案件管理系统" in table.caption
    assert table.rows == (("120", "110", "11", "33", "10.00%", "30.00%"),)
    every = white_paper_doc(ctx, 2025)
    [table] = [t for s in every.sections for t in s.tables if t.caption.startswith("附表")]
    assert table.rows == (("200", "200", "20", "51", "10.00%", "25.50%"),)
    assert not [t for s in white_paper_doc(ctx, 2023).sections for t in s.tables if t.caption.startswith("附表")]

    # Importing a corrected export replaces that year and court; an unchanged row is left alone.
    again = import_litigation(ctx, _csv(tmp_path, "2025,吉0702,121,110,12,33\n2024,吉0702,100,100,0,0\n"))
    assert (again.added, again.replaced, again.unchanged) == (0, 1, 1)
    assert [(r.year, r.court, r.received, r.lost) for r in litigation_totals(ctx, court="吉0702")] == [
        (2025, "松原市宁江区人民法院", 121, 12), (2024, "松原市宁江区人民法院", 100, 0)]
    assert _rows(ctx, LitigationTotals) == 3
    assert "导入行政诉讼收结案数：收结案.csv" in _actions(ctx)


def test_bad_litigation_rows_are_named_by_row_and_column_and_nothing_is_written(ctx: Workspace,
                                                                              tmp_path: Path) -> None:
    path = _csv(tmp_path, "2025,吉0702,120,110,11,33\n"
                          "2025,不存在的法院,1,1,0,0\n"
                          "二〇二五,吉0721,十,5,0,0\n"
                          "2025,吉0722,10,5,4,2\n"
                          "2025,松原市宁江区人民法院,3,3,0,0\n"
                          "2025,吉0723,-1,,0,0\n")
    with pytest.raises(InputErrors) as caught:
        import_litigation(ctx, path)
    where = [(e.label, e.reason) for e in caught.value.errors]
    assert [w for w, _ in where] == ["第 3 行「法院」列", "第 4 行「年度」列", "第 4 行「收案」列", "第 5 行「判决败诉」列",
                                     "第 6 行「法院」列", "第 7 行「收案」列", "第 7 行「结案」列"]
    assert "不存在的法院" in where[0][1] and "与第 2 行重复" in where[4][1] and where[6][1] == "不能为空"
    assert _rows(ctx, LitigationTotals) == 0  # the good first row was not written either
    missing = tmp_path / "缺列.csv"
    missing.write_text("年度,法院,收案,结案\n2025,吉0702,1,1\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="缺少列：判决败诉、撤诉"):
        import_litigation(ctx, missing)
    (tmp_path / "x.txt").write_text(HEADER, encoding="utf-8")
    with pytest.raises(ValidationError, match=r"只接受 \.csv 或 \.xlsx"):
        import_litigation(ctx, tmp_path / "x.txt")
    assert _rows(ctx, LitigationTotals) == 0


@pytest.mark.slow
def test_narratives_are_kept_per_year_court_and_section_and_printed_in_place(ctx: Workspace, tmp_path: Path) -> None:
    assert [n.section for n in narratives(ctx, 2025)] == ["前言", "主要做法", "存在问题", "下一步工作"]
    headings = [s.heading for s in white_paper_doc(ctx, 2025).sections]
    assert headings == ["一、总体情况", "二、行政争议收结案情况", "三、行政机关负责人出庭应诉", "四、协调化解与司法建议",
                        "五、府院联动其他工作", "六、存在的问题和建议"]  # nothing written: the generated default only
    assert white_paper_doc(ctx, 2025).sections[-1].paragraphs == ("本年度未发现需要特别提示的问题。",)

    set_narrative(ctx, 2025, "前言", "为全面展示本院行政审判工作，特发布本白皮书。")
    set_narrative(ctx, 2025, "主要做法", "一是坚持府院联席会议制度。\r\n\r\n二是推行负责人出庭应诉。  \n")
    set_narrative(ctx, 2025, "存在问题", "部分行政机关应诉能力不足。")
    set_narrative(ctx, 2025, "下一步工作", "持续深化府院联动。", court="吉0702")  # another scope
    set_narrative(ctx, 2024, "下一步工作", "二〇二四年的计划。")  # another year
    with pytest.raises(ValidationError, match="不是白皮书的正文章节；可选：前言、主要做法、存在问题、下一步工作"):
        set_narrative(ctx, 2025, "结语", "x")
    events = len(_actions(ctx))
    set_narrative(ctx, 2025, "主要做法", "一是坚持府院联席会议制度。\n\n二是推行负责人出庭应诉。")
    assert len(_actions(ctx)) == events  # unchanged text writes nothing
    assert "白皮书正文：2025年主要做法" in _actions(ctx)

    doc = white_paper_doc(ctx, 2025)
    assert [s.heading for s in doc.sections] == [
        "前言", "一、总体情况", "二、行政争议收结案情况", "三、行政机关负责人出庭应诉", "四、协调化解与司法建议",
        "五、府院联动其他工作", "六、主要做法和成效", "七、存在的问题和建议"]
    assert doc.sections[0].paragraphs == ("为全面展示本院行政审判工作，特发布本白皮书。",)
    assert doc.sections[6].paragraphs == ("一是坚持府院联席会议制度。", "二是推行负责人出庭应诉。")
    assert doc.sections[7].paragraphs == ("部分行政机关应诉能力不足。",)  # the court's words replace the default
    court_doc = white_paper_doc(ctx, 2025, "吉0702")
    assert [s.heading for s in court_doc.sections][-2:] == ["六、存在的问题和建议", "七、下一步工作"]

    out = tmp_path / "白皮书.pdf"
    print_white_paper(ctx, 2025, out)
    text = "".join(page.extract_text() for page in PdfReader(out).pages).replace("\n", "")
    for words in ("前言", "为全面展示本院行政审判工作", "六、主要做法和成效", "二是推行负责人出庭应诉。", "部分行政机关应诉能力不足"):
        assert words in text
    assert text.index("前言") < text.index("一、总体情况") < text.index("六、主要做法和成效") < text.index("七、存在的问题")

    set_narrative(ctx, 2025, "存在问题", "  ")  # emptied: the generated sentences come back
    assert white_paper_doc(ctx, 2025).sections[-1].paragraphs == ("本年度未发现需要特别提示的问题。",)
    assert _rows(ctx, WhitePaperNarrative) == 5


def test_outreach_records_are_edited_and_deleted_with_an_audit_trail(ctx: Workspace) -> None:
    day = ctx.today()
    training = add_joint_training(ctx, JointTrainingInput(day, "审委会会议室", "证据规则",
                                                          [Participant("宁江区司法局", 12, 2)]))
    with pytest.raises(InputErrors, match="负责人人数"):
        update_joint_training(ctx, training.id, JointTrainingInput(day, "审委会会议室", "证据规则",
                                                                   [Participant("宁江区司法局", 2, 3)]))
    changed = update_joint_training(ctx, training.id, JointTrainingInput(
        day, "区政府会议室", "行政协议", [Participant("宁江区司法局", 10, 1), Participant("宁江区税务局", 5)],
        organiser="开发区"))
    assert (changed.topic, changed.attendees, changed.heads) == ("行政协议", 15, 1)
    assert changed.organiser == "松原市宁江区人民法院开发区人民法庭"
    assert statistics(ctx).joint_training_attendees == 15

    oral = add_oral(ctx, OralInput(day - timedelta(days=5), "宁江区自然资源局", "张法官", "走访", "规范告知程序"))
    respond_oral(ctx, oral.id, "已整改", "采纳", day - timedelta(days=3))
    with pytest.raises(ValidationError, match="晚于单位反馈日期"):
        update_oral(ctx, oral.id, OralInput(day - timedelta(days=1), "宁江区自然资源局", "张法官", "走访", "x"))
    edited = update_oral(ctx, oral.id, OralInput(day - timedelta(days=4), "宁江区自然资源局", "李法官", "庭审", "规范征收告知程序"))
    assert (edited.judge, edited.occasion, edited.content, edited.adoption) == ("李法官", "庭审", "规范征收告知程序", "采纳")

    delete_joint_training(ctx, training.id, "重复登记")
    delete_oral(ctx, oral.id)
    assert joint_trainings(ctx) == [] and oral_recommendations(ctx) == []
    assert (statistics(ctx).joint_trainings, statistics(ctx).oral_recommendations) == (0, 0)
    with ctx.db.read() as session:  # tombstones, not erased: they travel to the hub like any change
        assert session.get(JointTraining, training.id).deleted  # type: ignore[union-attr]
        assert session.get(OralRecommendation, oral.id).deleted  # type: ignore[union-attr]
    actions = _actions(ctx)
    for action in ("修改同堂培训", "删除同堂培训：重复登记", "修改口头建议", "删除口头建议"):
        assert action in actions
    with pytest.raises(Exception, match="找不到同堂培训"):
        delete_joint_training(ctx, training.id)
