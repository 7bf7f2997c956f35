"""出庭又出声 (出声率) and the key cases' 正职出庭率 against a hand-computed fixture (docs/domain.md §10.2), entered
through the services, shown in `report stats`' figures, the per-agency rates and the white paper's table 7.

The fixture (court 吉0702), hearings of 2025, one per (case, 一审) pair:

| case                   | agency   | who appeared   | spoke | key case                                   |
|------------------------|----------|----------------|-------|--------------------------------------------|
| （2025）吉0702行初11号  | 自然资源局 | 正职           | yes   | no                                         |
| （2025）吉0702行初12号  | 自然资源局 | 副职           | no    | no                                         |
| （2025）吉0702行初13号  | 人民政府   | 仅工作人员      | yes*  | yes: 应当通知负责人出庭 (art 4)              |
| (2025)吉0702行初14号    | 人民政府   | 正职           | no    | yes: the later lawsuit of a 重大案件协调 case |

* staff speaking is no 出庭又出声: no head appeared.

By hand: heard 4, appeared 3 (75 %), 正职 2 (50 %), 出庭又出声 1 → 出声率 1/4 = 25 %; key cases 2 (行初13, 行初14),
正职 at 1 → 重点案件正职出庭率 50 %. Per agency: 自然资源局 2 heard, 1 spoke (50 %), no key case (blank);
人民政府 2 heard, 0 spoke (0 %), 2 key, 1 正职 (50 %).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from conftest import person

from fuyuan_desktop.domain.linkage import AppearanceRules, HearingFact, appearance_rate
from fuyuan_desktop.services.intake import IntakeResult, PartyInput
from fuyuan_desktop.services.linkage.admin import (
    AdminCaseInput,
    open_admin_case,
    triage_admin_case,
    update_admin_outcome,
)
from fuyuan_desktop.services.linkage.hearings import appearance_rates, record_appearance, schedule_hearing
from fuyuan_desktop.services.linkage.stats import statistics
from fuyuan_desktop.services.linkage.white_paper import white_paper_doc
from fuyuan_desktop.services.workspace import Workspace

NR = "宁江区自然资源局"
GOV = "宁江区人民政府"
Y2025 = (date(2025, 1, 1), date(2025, 12, 31))


def _hearing(ctx: Workspace, number: str, agency: str, on: date, who: str, name: str = "", *,
             spoke: bool = False, mandatory: bool = False) -> None:
    view = schedule_hearing(ctx, number, agency, on, notice_served_on=on - timedelta(days=5), court="吉0702",
                            mandatory=mandatory)
    record_appearance(ctx, view.id, who, appearer=name, spoke_on_resolution=spoke)


@pytest.fixture
def hearings(ctx: Workspace, register: Callable[..., IntakeResult]) -> None:
    organ = PartyInput(role="被申请人", kind="agency", name="松原市宁江区人民政府", representative="李区长",
                       representative_title="区长", address="吉林省松原市宁江区")
    major = register(person("申请人甲", seq=31), organ, category="行政争议（征收补偿）", summary="征收补偿",
                     act_name="房屋征收补偿决定", act_number="宁政征补〔2025〕3号", act_date=date(2025, 1, 5),
                     registered_on=date(2025, 2, 1))
    open_admin_case(ctx, major.number, AdminCaseInput())
    triage_admin_case(ctx, major.number, "重大案件协调", "涉及百户以上征收补偿，属行政补偿，可以调解")
    update_admin_outcome(ctx, major.number, later_case_number="（2025）吉0702行初14号")
    _hearing(ctx, "（2025）吉0702行初11号", NR, date(2025, 3, 10), "正职负责人", "陈局长", spoke=True)
    _hearing(ctx, "（2025）吉0702行初12号", NR, date(2025, 4, 10), "副职负责人", "赵副局长")
    _hearing(ctx, "（2025）吉0702行初13号", GOV, date(2025, 5, 10), "仅工作人员", spoke=True, mandatory=True)
    _hearing(ctx, "(2025)吉0702行初14号", GOV, date(2025, 6, 10), "正职负责人", "李区长")  # typed half-width


@pytest.mark.slow
@pytest.mark.usefixtures("hearings")
def test_spoke_and_key_case_chief_rates_by_hand(ctx: Workspace) -> None:
    s = statistics(ctx, *Y2025)
    assert (s.hearings_heard, s.hearings_appeared, s.hearings_chief) == (4, 3, 2)
    assert (s.hearings_spoke, s.spoke_rate) == (1, 0.25)
    assert (s.key_heard, s.key_chief, s.key_chief_rate) == (2, 1, 0.5)
    [total] = appearance_rates(ctx, "all", *Y2025)
    assert (total.spoke, total.spoke_rate, total.key_heard, total.key_chief, total.key_chief_rate) == (1, 0.25, 2, 1, 0.5)
    agencies = {r.group: (r.heard, r.spoke, r.spoke_rate, r.key_heard, r.key_chief, r.key_chief_rate)
                for r in appearance_rates(ctx, "agency", *Y2025)}
    assert agencies == {NR: (2, 1, 0.5, 0, 0, None), GOV: (2, 0, 0.0, 2, 1, 0.5)}
    # A period holding only the first quarter: 行初11 alone.
    q1 = statistics(ctx, date(2025, 1, 1), date(2025, 3, 31))
    assert (q1.hearings_heard, q1.spoke_rate, q1.key_heard, q1.key_chief_rate) == (1, 1.0, 0, None)


@pytest.mark.slow
@pytest.mark.usefixtures("hearings")
def test_the_white_paper_table_7_shows_both(ctx: Workspace) -> None:
    paper = white_paper_doc(ctx, 2025)
    section = next(sec for sec in paper.sections if sec.heading.startswith("三"))
    table7 = section.tables[0]
    assert table7.header[-3:] == ("出庭又出声", "出声率", "重点案件正职出庭率")
    rows = {row[0]: row[5:] for row in table7.rows}
    assert rows == {NR: ("1", "50.00%", ""), GOV: ("0", "0.00%", "50.00%"), "合计": ("1", "25.00%", "50.00%")}
    assert "出庭又出声1件，出声率25.00%；重点案件2件，正职负责人出庭1件，重点案件正职出庭率50.00%" in section.paragraphs[0]


def test_a_later_hearing_where_the_head_spoke_counts_for_the_pair_and_refusing_is_no_speaking() -> None:
    rules = AppearanceRules()
    facts = [HearingFact("（2025）吉0702行初1号", "first", NR, date(2025, 2, 1), "staff"),
             HearingFact("（2025）吉0702行初1号", "first", NR, date(2025, 3, 1), "deputy", spoke=True),
             HearingFact("（2025）吉0702行初2号", "first", NR, date(2025, 2, 1), "chief", refused_to_explain=True,
                         spoke=True, key=True)]
    result = appearance_rate(facts, rules)
    assert (result.heard, result.spoke, result.spoke_rate, result.key_heard, result.key_chief) == (2, 1, 0.5, 1, 1)
    assert result.key_chief_rate == 1.0
