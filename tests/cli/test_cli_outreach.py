"""``fuyuan linkage joint-training`` and ``fuyuan linkage oral`` as real processes on a fresh store: JSON out,
Chinese refusals with exit code 2, the ledgers exported and the counts in ``report stats``."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from test_cli import Fuyuan


@pytest.mark.slow
def test_joint_training_and_oral_recommendations(tmp_path: Path) -> None:
    fuyuan = Fuyuan(tmp_path / "data")
    assert fuyuan("init").returncode == 0
    day = (date.today() - timedelta(days=3)).isoformat()
    training = fuyuan.json("linkage", "joint-training", "add", "--on", day, "--place", "审委会会议室",
                           "--topic", "行政诉讼证据规则", "--agency", "宁江区司法局:12:2",
                           "--agency", "宁江区自然资源局：8", "--lecturers", "王法官", "--material", "证据规则讲义")
    assert (training["attendees"], training["heads"], len(training["participants"])) == (20, 2, 2)
    human = fuyuan("linkage", "joint-training", "list")
    assert human.returncode == 0 and "行政诉讼证据规则" in human.stdout and training["id"] in human.stdout
    bad = fuyuan("linkage", "joint-training", "add", "--on", day, "--place", "会议室", "--topic", "培训",
                 "--agency", "宁江区司法局:3:5")
    assert bad.returncode == 2 and "负责人人数" in bad.stderr
    unreadable = fuyuan("linkage", "joint-training", "add", "--on", day, "--place", "会议室", "--topic", "培训",
                        "--agency", "宁江区司法局")
    assert unreadable.returncode == 2 and "单位 人数" in unreadable.stderr
    assert len(fuyuan.json("linkage", "joint-training", "list")) == 1  # the refused ones left nothing behind

    oral = fuyuan.json("linkage", "oral", "add", "--on", day, "--agency", "宁江区自然资源局", "--judge", "张法官",
                       "--occasion", "联席会议", "--content", "规范征收补偿告知程序")
    assert oral["occasion"] == "联席会议" and oral["adoption"] == ""
    wrong = fuyuan("linkage", "oral", "add", "--on", day, "--agency", "宁江区自然资源局", "--judge", "张法官",
                   "--occasion", "茶话会", "--content", "x")
    assert wrong.returncode == 2 and "可选：庭审、联席会议、走访、其他" in wrong.stderr
    answered = fuyuan("linkage", "oral", "respond", oral["id"], "--on", date.today().isoformat(),
                      "--response", "已修订告知书", "--adoption", "部分采纳")
    assert answered.returncode == 0 and "部分采纳" in answered.stdout, answered.stderr
    [row] = fuyuan.json("linkage", "oral", "list", "--agency", "宁江区自然资源局")
    assert (row["adoption"], row["response"]) == ("部分采纳", "已修订告知书")

    stats = fuyuan.json("report", "stats")
    assert (stats["joint_trainings"], stats["joint_training_attendees"], stats["oral_adopted"]) == (1, 20, 1)
    text = fuyuan("report", "stats").stdout
    assert "同堂培训 1 场 20 人次（其中机关负责人 2 人次）" in text and "口头建议 1 条，已反馈 1 条，采纳 1 条" in text

    for kind, rows in (("cotraining", 1), ("oral", 1)):
        out = tmp_path / f"{kind}.xlsx"
        done = fuyuan.json("export", "ledger", kind, "--out", str(out))
        assert done["rows"] == rows
        sheet = load_workbook(out).active
        assert sheet is not None
        values = {c.value for row_cells in sheet.iter_rows() for c in row_cells}
        assert ("宁江区司法局 12 人（负责人 2）、宁江区自然资源局 8 人" if kind == "cotraining"
                else "规范征收补偿告知程序") in values
