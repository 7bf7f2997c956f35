"""Statistics by mediator, 调解组织 and 调解方式 (issue 17 item 5), on a fixture made through the services.

The fixture, counted by hand (period 2026-01-01 … 2026-06-30; today is 2026-11-20):

  case  registered  调解方式  mediators           end                              days
  C1    03-02       人民调解  王秀兰, 李明         达成调解协议 03-12 (success)      10
  C2    03-10       人民调解  王秀兰               调解不成 03-20 (failed)
  C3    04-01       律师调解  李明 (法庭 伯都)      和解撤回 04-21 (success)          20
  C4    05-01       特邀调解  孙丽                 open
  C5    05-05       特邀调解  none                 已退回 (closed today, no outcome)
  C7    06-01       人民调解  王秀兰, 赵刚         一方拒绝调解 06-05 (failed)
  C6    08-01       人民调解  赵刚                 达成调解协议 08-11 — outside the period

  王秀兰 and 赵刚 belong to the 民主街道人民调解委员会, 李明 to the 律师调解工作室, 孙丽 to none;
  周法官 (法官) and 钱红 (人民调解员, retired from the roster) have no case.

  In the period: 受理 6, 已结 5 (C1 C2 C3 C5 C7), 成功 2, 不成 2, 成功率 2/5, 平均用时 (10 + 20) / 2 = 15.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date

import cli_runner
import pytest
from chinese_text import english_words
from group_fixture import COMMITTEE, H1, STUDIO, build_fixture

from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.reports.stats import GroupFigures
from fuyuan_desktop.services.linkage.stats import grouped_statistics, statistics
from fuyuan_desktop.services.workspace import Workspace


@pytest.fixture
def fixture(ctx: Workspace, register) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return build_fixture(ctx, register)


Row = tuple[str, str, int, int, int, int, float | None, float | None]


def rows(groups: list[GroupFigures]) -> list[Row]:
    return [(g.label, g.detail, g.accepted, g.closed, g.successful, g.failed, g.success_rate, g.average_days)
            for g in groups]


def test_by_mediator_counts_a_case_once_for_each_of_its_mediators(ctx: Workspace, fixture: dict[str, str]) -> None:
    got = grouped_statistics(ctx, "mediator", *H1)
    assert rows(got.groups) == [
        ("王秀兰", "人民调解员", 3, 3, 1, 2, pytest.approx(1 / 3), 10.0),  # C1 C2 C7
        ("李明", "律师调解员", 2, 2, 2, 0, 1.0, 15.0),  # C1 (10 days) and C3 (20 days)
        ("孙丽", "特邀调解员", 1, 0, 0, 0, None, None),  # C4, still open
        ("赵刚", "人民调解员", 1, 1, 0, 1, 0.0, None),  # C7; C6 is outside the period
        ("周法官", "法官", 0, 0, 0, 0, None, None),  # on the roster, no case: listed with zeros
        ("（未指派调解员）", "", 1, 1, 0, 0, 0.0, None),  # C5, returned without an outcome
    ]
    assert "钱红" not in [g.label for g in got.groups]  # off the roster and without a case
    # the total counts each case once, exactly as the 统计 page does
    assert rows([got.total]) == [("合计", "", 6, 5, 2, 2, 0.4, 15.0)]
    page = statistics(ctx, *H1)
    assert (page.disputes, page.closed, page.successful, page.success_rate, page.average_days) == (6, 5, 2, 0.4, 15.0)
    assert sum(g.accepted for g in got.groups) == 8  # C1 and C7 count twice: two mediators each


def test_by_organisation_counts_a_case_once_per_organisation(ctx: Workspace, fixture: dict[str, str]) -> None:
    got = grouped_statistics(ctx, "organisation", *H1)
    assert rows(got.groups) == [
        (COMMITTEE, "人民调解委员会", 3, 3, 1, 2, pytest.approx(1 / 3), 10.0),  # C1 C2 C7 (C7's two mediators: once)
        (STUDIO, "律师调解工作室", 2, 2, 2, 0, 1.0, 15.0),  # C1 C3
        ("（调解组织未登记）", "", 1, 0, 0, 0, None, None),  # 孙丽's C4
        ("（未指派调解员）", "", 1, 1, 0, 0, 0.0, None),  # C5
    ]
    assert rows([got.total]) == [("合计", "", 6, 5, 2, 2, 0.4, 15.0)]


def test_by_method_lists_every_kind_and_adds_up_to_the_total(ctx: Workspace, fixture: dict[str, str]) -> None:
    got = grouped_statistics(ctx, "调解方式", *H1)  # the Chinese name works as well as ``method``
    assert got.by == "method"
    assert rows(got.groups) == [
        ("人民调解", "", 3, 3, 1, 2, pytest.approx(1 / 3), 10.0),  # C1 C2 C7
        ("行政调解", "", 0, 0, 0, 0, None, None),
        ("律师调解", "", 1, 1, 1, 0, 1.0, 20.0),  # C3
        ("特邀调解", "", 2, 1, 0, 0, 0.0, None),  # C4 C5
        ("法官主持调解", "", 0, 0, 0, 0, None, None),
    ]
    assert sum(g.accepted for g in got.groups) == got.total.accepted == 6


def test_the_period_tribunal_and_court_scope_as_the_stats_page(ctx: Workspace, fixture: dict[str, str]) -> None:
    everything = grouped_statistics(ctx, "method")
    assert rows([everything.total]) == [("合计", "", 7, 6, 3, 2, 0.5, pytest.approx(40 / 3))]  # C6 too: 10 days
    zone = grouped_statistics(ctx, "mediator", *H1, tribunal="伯都")
    # only C3 is the 伯都 tribunal's; no roster member is that tribunal's, so only 李明 and the unassigned row
    assert rows(zone.groups) == [("李明", "律师调解员", 1, 1, 1, 0, 1.0, 20.0),
                                 ("（未指派调解员）", "", 0, 0, 0, 0, None, None)]
    court = grouped_statistics(ctx, "method", *H1, court="吉0702")
    assert court.total.accepted == statistics(ctx, *H1, court="吉0702").disputes == 6
    assert grouped_statistics(ctx, "method", *H1, court="吉0721").total.accepted == 0


def test_an_empty_period_lists_the_roster_with_zeros(ctx: Workspace, fixture: dict[str, str]) -> None:
    empty = (date(2025, 1, 1), date(2025, 12, 31))
    got = grouped_statistics(ctx, "mediator", *empty)
    assert [g.label for g in got.groups] == ["周法官", "孙丽", "李明", "王秀兰", "赵刚", "（未指派调解员）"]
    assert {(g.accepted, g.closed, g.successful, g.failed, g.success_rate, g.average_days)
            for g in got.groups} == {(0, 0, 0, 0, None, None)}
    orgs = grouped_statistics(ctx, "organisation", *empty)
    assert [(g.label, g.accepted) for g in orgs.groups] == [
        (STUDIO, 0), (COMMITTEE, 0), ("（调解组织未登记）", 0), ("（未指派调解员）", 0)]  # ties by name
    assert rows([orgs.total]) == [("合计", "", 0, 0, 0, 0, None, None)]


def test_an_unknown_grouping_is_refused_in_chinese(ctx: Workspace) -> None:
    with pytest.raises(ValidationError, match="「法院」无效，可选：调解员、调解组织、调解方式"):
        grouped_statistics(ctx, "法院")


def _fuyuan(ctx: Workspace, *args: str) -> subprocess.CompletedProcess[str]:
    """The real ``fuyuan`` command on the fixture's store (forked, as a user runs it)."""
    assert ctx.paths is not None
    env = {k: v for k, v in os.environ.items() if not k.startswith("FUYUAN_")}
    env.update(PYTHONIOENCODING="utf-8", PYTHONUTF8="1", FUYUAN_USER="书记员")
    return cli_runner.run([sys.executable, "-m", "fuyuan_desktop.cli", "--data-dir", str(ctx.paths.root), *args],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120, check=False)


@pytest.mark.slow
def test_the_cli_prints_the_grouped_tables_in_chinese(ctx: Workspace, fixture: dict[str, str]) -> None:
    done = _fuyuan(ctx, "report", "stats", "--by", "mediator", "--from", "2026-01-01", "--to", "2026-06-30")
    assert done.returncode == 0, done.stderr
    lines = [line.split() for line in done.stdout.splitlines()]
    assert lines[0] == ["按调解员统计（登记日期", "2026-01-01", "至", "2026-06-30）"]
    assert lines[1] == ["调解员", "角色", "受理", "已结", "调解成功", "调解不成", "成功率", "平均用时（日）"]
    assert lines[2:9] == [
        ["王秀兰", "人民调解员", "3", "3", "1", "2", "33.33%", "10.0"],
        ["李明", "律师调解员", "2", "2", "2", "0", "100.00%", "15.0"],
        ["孙丽", "特邀调解员", "1", "0", "0", "0", "—", "—"],
        ["赵刚", "人民调解员", "1", "1", "0", "1", "0.00%", "—"],
        ["周法官", "法官", "0", "0", "0", "0", "—", "—"],
        ["（未指派调解员）", "1", "1", "0", "0", "0.00%", "—"],
        ["合计", "6", "5", "2", "2", "40.00%", "15.0"],
    ]
    assert "每名调解员各计一次" in done.stdout
    printed = done.stdout
    for by in ("organisation", "调解方式"):
        other = _fuyuan(ctx, "report", "stats", "--by", by, "--from", "2026-01-01", "--to", "2026-06-30")
        assert other.returncode == 0, other.stderr
        printed += other.stdout
    assert ["法官主持调解", "0", "0", "0", "0", "—", "—"] in [line.split() for line in printed.splitlines()]
    assert english_words(printed) == []
    empty = _fuyuan(ctx, "report", "stats", "--by", "method", "--from", "2025-01-01", "--to", "2025-12-31")
    assert [line.split()[1:] for line in empty.stdout.splitlines()[2:]] == [["0", "0", "0", "0", "—", "—"]] * 6

    data = json.loads(_fuyuan(ctx, "report", "stats", "--by", "organisation", "--from", "2026-01-01", "--to",
                              "2026-06-30", "--tribunal", "伯都", "--json").stdout)
    assert data["by"] == "organisation"
    assert [(g["label"], g["accepted"], g["successful"], g["average_days"]) for g in data["groups"]] == [
        (STUDIO, 1, 1, 20.0), ("（调解组织未登记）", 0, 0, None), ("（未指派调解员）", 0, 0, None)]
    assert data["total"]["accepted"] == 1 and data["filter"]["start"] == "2026-01-01"

    bad = _fuyuan(ctx, "report", "stats", "--by", "法院")
    assert bad.returncode == 2 and "「法院」无效，可选：调解员、调解组织、调解方式" in bad.stderr
    assert english_words(bad.stderr) == []
