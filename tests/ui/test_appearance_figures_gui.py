"""The 统计 page shows 出庭又出声率 and 重点案件正职出庭率 (docs/domain.md §10.2) from hearings entered through the
services: two (case, 审级) pairs, one a key case (应当通知负责人出庭) whose 正职 appeared and spoke, one staff only."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from fuyuan_desktop.services.linkage.hearings import record_appearance, schedule_hearing
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.pages.stats import StatsPage


def test_the_stats_page_shows_the_spoke_and_key_case_chief_rates(qtbot: Any, ctx: Workspace) -> None:
    on = date(2026, 3, 10)
    key = schedule_hearing(ctx, "（2026）吉0702行初21号", "宁江区自然资源局", on, court="吉0702", mandatory=True,
                           notice_served_on=on - timedelta(days=5))
    record_appearance(ctx, key.id, "正职负责人", appearer="陈局长", spoke_on_resolution=True)
    staff = schedule_hearing(ctx, "（2026）吉0702行初22号", "宁江区自然资源局", on, court="吉0702",
                             notice_served_on=on - timedelta(days=5))
    record_appearance(ctx, staff.id, "仅工作人员")
    page = StatsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.stats is not None, timeout=10000)
    assert page.figure_labels["appearance"].text() == "50.00%"
    assert page.figure_labels["spoke"].text() == "50.00%"
    assert page.figure_labels["key_chief"].text() == "100.00%"
    assert "出庭又出声 1 件；重点案件 1 件，正职出庭 1 件" in page.note.text()
