"""同堂培训 events and the 口头建议 ledger: validation (all errors at once, nothing written), totals in the 统计,
the white paper and the Excel ledgers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import TODAY
from openpyxl import load_workbook

from fuyuan_desktop.domain.errors import InputErrors, NotFoundError, ValidationError
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.linkage.ledgers import export_ledger
from fuyuan_desktop.services.linkage.outreach import (
    JointTrainingInput,
    OralInput,
    Participant,
    add_joint_training,
    add_oral,
    joint_trainings,
    oral_recommendations,
    parse_participants,
    respond_oral,
)
from fuyuan_desktop.services.linkage.stats import statistics
from fuyuan_desktop.services.linkage.white_paper import white_paper_doc
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.linkage_models import JointTraining, OralRecommendation


def _count(ctx: Workspace, model: type) -> int:
    from sqlalchemy import func, select

    with ctx.db.read() as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar_one())


def test_participants_are_read_from_lines() -> None:
    assert parse_participants("宁江区司法局 12 2\n\n宁江区自然资源局：8\n前郭县 人民政府,5,1") == [
        Participant("宁江区司法局", 12, 2), Participant("宁江区自然资源局", 8, 0), Participant("前郭县 人民政府", 5, 1)]
    with pytest.raises(ValidationError, match="第 2 行「宁江区税务局」"):
        parse_participants("宁江区司法局 12\n宁江区税务局")


def test_joint_training_checks_everything_before_writing(ctx: Workspace) -> None:
    with pytest.raises(InputErrors) as caught:
        add_joint_training(ctx, JointTrainingInput(
            TODAY + timedelta(days=1), place="", topic=" ",
            participants=[Participant("宁江区司法局", 3, 4), Participant("宁江区 司法局", 2), Participant("", 1),
                          Participant("宁江区税务局", 0)]))
    fields = [e.field for e in caught.value.errors]
    assert {"地点", "培训主题", "负责人人数", "参训单位", "参训人数", "培训日期"} <= set(fields)
    assert any("登记了两次" in str(e) for e in caught.value.errors)  # the same agency however it was spaced
    with pytest.raises(InputErrors, match="至少登记一个参训单位"):
        add_joint_training(ctx, JointTrainingInput(TODAY, "审委会会议室", "行政诉讼证据规则", []))
    with pytest.raises(Exception, match="找不到法庭"):
        add_joint_training(ctx, JointTrainingInput(TODAY, "审委会会议室", "行政诉讼证据规则",
                                                   [Participant("宁江区司法局", 3)], organiser="没有这个法庭"))
    assert _count(ctx, JointTraining) == 0  # nothing half-written


def test_joint_training_is_counted_and_exported(ctx: Workspace, tmp_path: Path) -> None:
    view = add_joint_training(ctx, JointTrainingInput(
        date(2026, 5, 12), "宁江区人民法院第三审判庭", "行政协议案件审理要点",
        [Participant("宁江区司法局", 12, 2), Participant("宁江区自然资源局", 8, 1)], lecturers="王法官、李法官",
        organiser="开发区", materials="行政协议司法解释讲义\n典型案例汇编"))
    assert (view.attendees, view.heads, view.organiser) == (20, 3, "松原市宁江区人民法院开发区人民法庭")
    add_joint_training(ctx, JointTrainingInput(date(2025, 12, 1), "区政府会议室", "政府信息公开",
                                               [Participant("宁江区人民政府办公室", 30, 1)]))
    assert [t.topic for t in joint_trainings(ctx, date(2026, 1, 1))] == ["行政协议案件审理要点"]
    s = statistics(ctx, date(2026, 1, 1), date(2026, 12, 31))
    assert (s.joint_trainings, s.joint_training_attendees, s.joint_training_heads) == (1, 20, 3)
    assert statistics(ctx, tribunal="开发区").joint_trainings == 1  # organised by the tribunal
    assert statistics(ctx, tribunal="伯都").joint_trainings == 0
    assert statistics(ctx).joint_training_attendees == 50
    doc = white_paper_doc(ctx, 2026)
    other = next(x for x in doc.sections if x.heading.startswith("五"))
    assert "同堂培训1场，参训20人次，其中机关负责人3人次" in other.paragraphs[0]

    out = tmp_path / "同堂培训.xlsx"
    result = export_ledger(ctx, "cotraining", out, start=date(2026, 1, 1))
    assert result.rows == 1
    sheet = load_workbook(out).active
    assert sheet is not None
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(r for r in cells if "参训单位及人数" in r)
    row = cells[cells.index(header) + 1]
    record = dict(zip(header, row, strict=False))
    assert record["培训主题"] == "行政协议案件审理要点"
    assert record["参训单位及人数"] == "宁江区司法局 12 人（负责人 2）、宁江区自然资源局 8 人（负责人 1）"
    assert (record["参训人数"], record["其中机关负责人"]) == (20, 3)
    assert record["培训材料"] == "行政协议司法解释讲义、典型案例汇编"


@pytest.mark.slow
def test_oral_recommendations_respond_and_count(ctx: Workspace, register: Callable[..., IntakeResult],
                                                tmp_path: Path) -> None:
    with pytest.raises(InputErrors) as caught:
        add_oral(ctx, OralInput(TODAY + timedelta(days=2), "", "", "茶话会", ""))
    assert {e.field for e in caught.value.errors} == {"被建议单位", "提出建议的法官", "场合", "建议内容", "建议日期"}
    assert _count(ctx, OralRecommendation) == 0
    case = register()
    linked = add_oral(ctx, OralInput(date(2026, 9, 3), "宁江区自然资源局", "张法官", "庭审",
                                     "规范征收补偿告知程序", case_number=case.number))
    assert linked.case_on_file and linked.warnings == () and linked.occasion == "庭审"
    loose = add_oral(ctx, OralInput(date(2026, 10, 8), "宁江区 自然资源局", "李法官", "走访", "完善信访台账",
                                    case_number="（2026）吉0702行初404号"))
    assert not loose.case_on_file and "未关联案件" in loose.warnings[0]
    add_oral(ctx, OralInput(date(2026, 10, 9), "宁江区市场监管局", "李法官", "meeting", "统一处罚裁量基准"))

    with pytest.raises(InputErrors) as caught:
        respond_oral(ctx, linked.id, "", "全部照办", TODAY + timedelta(days=1))
    assert {e.field for e in caught.value.errors} == {"单位反馈", "采纳情况", "反馈日期"}
    with pytest.raises(ValidationError, match="早于提出建议的日期"):
        respond_oral(ctx, linked.id, "已整改", "采纳", date(2026, 9, 1))
    with pytest.raises(NotFoundError):
        respond_oral(ctx, "nosuchid", "已整改", "采纳", date(2026, 9, 10))
    done = respond_oral(ctx, linked.id, "已修订告知书格式", "采纳", date(2026, 9, 20))
    assert (done.adoption, done.responded_on) == ("采纳", date(2026, 9, 20))
    respond_oral(ctx, loose.id, "正在研究", "未采纳", date(2026, 10, 20))

    assert [o.judge for o in oral_recommendations(ctx, agency="宁江区自然资源局")] == ["张法官", "李法官"]
    s = statistics(ctx, date(2026, 1, 1), date(2026, 12, 31))
    assert (s.oral_recommendations, s.oral_responded, s.oral_adopted) == (3, 2, 1)
    assert statistics(ctx, date(2026, 10, 1), date(2026, 10, 31)).oral_recommendations == 2
    other = next(x for x in white_paper_doc(ctx, 2026).sections if x.heading.startswith("五"))
    assert "口头建议3条，已反馈2条，采纳1条" in other.paragraphs[0]

    out = tmp_path / "oral.xlsx"
    assert export_ledger(ctx, "oral", out).rows == 3
    sheet = load_workbook(out).active
    assert sheet is not None
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(r for r in cells if "建议内容" in r)
    first = dict(zip(header, cells[cells.index(header) + 1], strict=False))
    assert (first["被建议单位"], first["场合"], first["采纳情况"], first["单位反馈"]) == (
        "宁江区自然资源局", "庭审", "采纳", "已修订告知书格式")
    assert first["关联案号"] == case.number
