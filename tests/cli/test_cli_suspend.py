"""``fuyuan case suspend / resume / docket`` and ``fuyuan print handoff``, run as the real command (tests/cli_runner.py)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_cli import Fuyuan, _intake_file, fuyuan  # noqa: F401  (the fixture)

from fuyuan_desktop.domain.court_time import court_today
from fuyuan_desktop.domain.deadlines import mediation_deadline
from fuyuan_desktop.services.reference import load_reference


@pytest.mark.slow
def test_suspend_resume_and_docket_with_the_facts_printed(fuyuan: Fuyuan, tmp_path: Path) -> None:  # noqa: F811
    today = court_today()
    accepted, held = today - timedelta(days=12), today - timedelta(days=7)
    number = fuyuan.json("case", "intake", "--from", str(_intake_file(tmp_path)))["number"]
    assert fuyuan("mediator", "add", "王调解").returncode == 0
    assert fuyuan("case", "assign", number, "--mediator", "王调解", "--accepted-on", accepted.isoformat()).returncode == 0

    never = fuyuan("case", "resume", number)
    assert never.returncode == 2 and "没有中止，无需恢复" in never.stderr

    done = fuyuan("case", "suspend", number, "--reason", "等待鉴定结果", "--on", held.isoformat())
    assert done.returncode == 0, done.stderr
    assert f"调解已于 {held.isoformat()} 中止（等待鉴定结果）" in done.stdout
    shown = fuyuan("case", "show", number)
    assert f"已中止：自 {held.isoformat()} 起（等待鉴定结果），已中止 7 日" in shown.stdout
    again = fuyuan("case", "suspend", number, "--reason", "患病")
    assert again.returncode == 2 and "请先恢复" in again.stderr

    resumed = fuyuan.json("case", "resume", number)
    rules = load_reference(None)
    expected = mediation_deadline(accepted, rules.calendar, rules.deadline_rules, paused_days=7)
    assert (resumed["days"], resumed["paused_days"], resumed["due_on"]) == (7, 7, expected.isoformat())
    human = fuyuan("case", "show", number)
    assert "调解期限已顺延 7 日" in human.stdout and "已中止：" not in human.stdout

    assert fuyuan("case", "close", number, "--outcome", "调解不成").returncode == 0
    closed = fuyuan("case", "suspend", number, "--reason", "患病")
    assert closed.returncode == 2 and "不能中止" in closed.stderr
    missing = fuyuan("case", "docket", number)
    assert missing.returncode == 2 and "无争议的事实" in missing.stderr
    docketed = fuyuan("case", "docket", number, "--fact", "双方系楼上楼下邻居。", "--fact", "楼上漏水致楼下顶棚受损。")
    assert docketed.returncode == 0, docketed.stderr
    assert "已转立案，记载无争议事实 2 项" in docketed.stdout and "fuyuan print handoff" in docketed.stdout

    out = tmp_path / "handoff.pdf"
    printed = fuyuan("print", "handoff", number, "--out", str(out))
    assert printed.returncode == 0, printed.stderr
    text = "".join("".join((p.extract_text() or "").split()) for p in PdfReader(out).pages)
    assert "无争议事实记载表" in text and "一、双方系楼上楼下邻居。" in text and "二、楼上漏水致楼下顶棚受损。" in text
    assert "张三" in text and "李四" in text


@pytest.mark.slow
def test_extend_needs_every_partys_consent(fuyuan: Fuyuan, tmp_path: Path) -> None:  # noqa: F811
    today = court_today()
    accepted = today - timedelta(days=5)
    number = fuyuan.json("case", "intake", "--from", str(_intake_file(tmp_path)))["number"]
    assert fuyuan("mediator", "add", "王调解").returncode == 0
    before = fuyuan("case", "extend", number, "10", "--all-consent")
    assert before.returncode == 2 and "不在进行中" in before.stderr  # registered: the period does not run
    assert fuyuan("case", "assign", number, "--mediator", "王调解", "--accepted-on", accepted.isoformat()).returncode == 0

    one = fuyuan("case", "extend", number, "10", "--consent", "张三")
    assert one.returncode == 2 and "尚有 1 方未记录同意" in one.stderr
    stranger = fuyuan("case", "extend", number, "10", "--consent", "张三", "--consent", "王五")
    assert stranger.returncode == 2 and "本案当事人中没有「王五」" in stranger.stderr
    neither = fuyuan("case", "extend", number, "10")
    assert neither.returncode == 2 and "--consent" in neither.stderr

    rules = load_reference(None)
    expected = mediation_deadline(accepted, rules.calendar, rules.deadline_rules, extension_days=10)
    done = fuyuan("case", "extend", number, "10", "--consent", "张三", "--consent", "李四")
    assert done.returncode == 0, done.stderr
    assert f"调解期限延长 10 日，延长至 {expected.isoformat()}" in done.stdout
    again = fuyuan.json("case", "extend", number, "5", "--all-consent")
    total = mediation_deadline(accepted, rules.calendar, rules.deadline_rules, extension_days=15)
    assert again["due_on"] == total.isoformat()
    assert "调解期限已延长 15 日" in fuyuan("case", "show", number).stdout
    history = fuyuan("case", "history", number)
    assert history.stdout.count("延长调解期限") == 2
