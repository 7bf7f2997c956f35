"""``fuyuan report stats`` prints what the README promises: by type, township, month and tribunal."""

from __future__ import annotations

import re

import pytest

from fuyuan_desktop.cli.reports import _print_stats
from fuyuan_desktop.demo import generate_demo
from fuyuan_desktop.services.linkage.stats import statistics
from fuyuan_desktop.services.workspace import Workspace


def test_stats_text_has_the_month_and_tribunal_figures(ctx: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    generate_demo(ctx, disputes=120, seed=4)
    stats = statistics(ctx, None, None)
    _print_stats(stats)
    lines = {line.split("：", 1)[0]: line.split("：", 1)[1] for line in capsys.readouterr().out.splitlines()
             if "：" in line}
    for heading, counts in (("按月份（登记，件/调解成功）", stats.by_month), ("按法庭（件/调解成功）", stats.by_tribunal)):
        assert heading in lines, heading
        shown = dict(re.findall(r"([^；\s]+) (\d+)/\d+", lines[heading]))
        assert shown == {c.label: str(c.count) for c in counts}
        assert sum(int(n) for n in shown.values()) == stats.disputes


def test_a_fresh_store_prints_dashes_for_rates_and_says_when_a_breakdown_is_empty(
        ctx: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    _print_stats(statistics(ctx, None, None))
    out = capsys.readouterr().out
    assert "调解成功率 —，平均用时 — 日" in out
    assert "出庭率 —，正职出庭率 —" in out and "反馈率 —" in out and "化解率 —" in out
    assert not re.search(r"率 ?[，\n]|用时\s+日|：\n", out), out  # no blank figure, no empty heading
    assert out.count("（无）") == 5
