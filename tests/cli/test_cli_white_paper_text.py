"""``fuyuan report narrative``, ``fuyuan report litigation`` and the outreach ledgers' edit and delete as real
processes on a fresh store: the narrative set from a file is in the printed white paper, the imported totals are in
``report stats`` for the whole year, a bad export is refused by row and column with nothing written."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_cli import Fuyuan

pytestmark = pytest.mark.slow  # real processes, each a CLI start (≥ 1.5 s)


@pytest.mark.slow
def test_narrative_and_litigation_reach_the_white_paper(tmp_path: Path) -> None:
    fuyuan = Fuyuan(tmp_path / "data")
    assert fuyuan("init").returncode == 0
    text = tmp_path / "text.txt"
    text.write_text("本院坚持把非诉讼纠纷解决机制挺在前面。\n\n全年召开府院联席会议两次。\n", encoding="utf-8")
    saved = fuyuan.json("report", "narrative", "set", "--year", "2025", "--section", "主要做法", "--file", str(text))
    assert (saved["heading"], saved["text"]) == ("主要做法和成效", "本院坚持把非诉讼纠纷解决机制挺在前面。\n\n全年召开府院联席会议两次。")
    wrong = fuyuan("report", "narrative", "set", "--year", "2025", "--section", "结语", "--file", str(text))
    assert wrong.returncode == 2 and "可选：前言、主要做法、存在问题、下一步工作" in wrong.stderr
    shown = fuyuan("report", "narrative", "show", "--year", "2025")
    assert "【主要做法和成效】\n本院坚持" in shown.stdout and "【前言】（未填写）" in shown.stdout

    bad = tmp_path / "bad.csv"
    bad.write_text("年度,法院,收案,结案,判决败诉,撤诉\n2025,吉0702,120,110,11,33\n2025,吉0702,1,x,0,0\n",
                   encoding="utf-8")
    refused = fuyuan("report", "litigation", "import", str(bad))
    assert refused.returncode == 2 and "第 3 行「结案」列：「x」不是非负整数" in refused.stderr
    assert fuyuan.json("report", "litigation", "show") == []
    good = tmp_path / "good.csv"
    good.write_text("年度,法院,收案,结案,判决败诉,撤诉\n2025,吉0702,120,110,11,33\n", encoding="utf-8")
    assert fuyuan.json("report", "litigation", "import", str(good))["added"] == 1
    assert "10.00%  30.00%  导入自案件管理系统（good.csv）" in fuyuan("report", "litigation", "show").stdout
    stats = fuyuan("report", "stats", "--from", "2025-01-01", "--to", "2025-12-31").stdout
    assert "行政诉讼：收案 120 件，结案 110 件，败诉率 10.00%，撤诉率 30.00%；导入自案件管理系统（good.csv）" in stats
    assert fuyuan.json("report", "stats", "--from", "2025-01-01", "--to", "2025-06-30")["litigation"] is None

    out = tmp_path / "白皮书.pdf"
    assert fuyuan("report", "white-paper", "--year", "2025", "--out", str(out)).returncode == 0
    printed = "".join(p.extract_text() for p in PdfReader(out).pages).replace("\n", "")
    assert "六、主要做法和成效" in printed and "全年召开府院联席会议两次。" in printed
    assert "行政机关败诉率10.00%，撤诉率30.00%（导入自案件管理系统）" in printed


@pytest.mark.slow
def test_outreach_edit_and_delete(tmp_path: Path) -> None:
    fuyuan = Fuyuan(tmp_path / "data")
    assert fuyuan("init").returncode == 0
    day = (date.today() - timedelta(days=3)).isoformat()
    training = fuyuan.json("linkage", "joint-training", "add", "--on", day, "--place", "审委会会议室",
                           "--topic", "证据规则", "--agency", "宁江区司法局:12:2", "--material", "讲义")
    edited = fuyuan.json("linkage", "joint-training", "edit", training["id"], "--topic", "行政协议",
                         "--agency", "宁江区司法局:10:1", "--agency", "宁江区税务局:5")
    assert (edited["topic"], edited["attendees"], edited["heads"], edited["materials"], edited["place"]) == (
        "行政协议", 15, 1, "讲义", "审委会会议室")
    bad = fuyuan("linkage", "joint-training", "edit", training["id"], "--agency", "宁江区司法局:1:3")
    assert bad.returncode == 2 and "负责人人数" in bad.stderr
    assert fuyuan("linkage", "joint-training", "delete", training["id"], "--reason", "误登").returncode == 0
    assert fuyuan.json("linkage", "joint-training", "list") == []
    gone = fuyuan("linkage", "joint-training", "delete", training["id"])
    assert gone.returncode != 0 and "找不到同堂培训" in gone.stderr

    oral = fuyuan.json("linkage", "oral", "add", "--on", day, "--agency", "宁江区自然资源局", "--judge", "张法官",
                       "--occasion", "走访", "--content", "规范告知程序")
    changed = fuyuan.json("linkage", "oral", "edit", oral["id"], "--occasion", "庭审", "--content", "规范征收告知程序")
    assert (changed["occasion"], changed["content"], changed["judge"]) == ("庭审", "规范征收告知程序", "张法官")
    assert fuyuan("linkage", "oral", "delete", oral["id"]).returncode == 0
    assert fuyuan.json("linkage", "oral", "list") == []
    stats = fuyuan.json("report", "stats")
    assert (stats["joint_trainings"], stats["oral_recommendations"]) == (0, 0)
