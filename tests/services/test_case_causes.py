"""案由 at intake and after migration: type-ahead on the official catalogues, this tribunal's most used first,
the 人民调解 type suggested, the first-release store migrated with nothing unmapped, the CLI listing."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from conftest import intake_input, organization, person
from store.fixtures.first_release import load_fixture

from fuyuan_desktop.cli import main
from fuyuan_desktop.domain.causes import legacy_mappings
from fuyuan_desktop.domain.errors import InputErrors
from fuyuan_desktop.services.cases import get_case
from fuyuan_desktop.services.causes import review_causes, search_causes, set_case_cause
from fuyuan_desktop.services.intake import intake_dispute
from fuyuan_desktop.services.setup import open_store
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths


def agency(name: str) -> Any:
    party = organization(name, org_body="MB123456")
    party.kind, party.head, party.head_title = "agency", "刘局长", "局长"
    return party


@pytest.mark.parametrize(("typed", "name", "path_part", "old_category"), [
    ("mmht", "买卖合同纠纷", "合同纠纷", "企业合同纠纷"),
    ("tdjyqcz", "土地经营权出租合同纠纷", "土地承包经营权合同纠纷", "土地承包经营权流转纠纷"),
    ("zsldbc", "追索劳动报酬纠纷", "劳动争议", "劳动争议"),
    ("xzcf", "行政处罚", "行政行为", "行政争议（行政处罚）"),
])
def test_a_clerk_registers_official_causes_by_pinyin_initials(ctx: Workspace, typed: str, name: str, path_part: str,
                                                             old_category: str) -> None:
    first = search_causes(ctx, typed)[0]
    assert first.name == name and path_part in first.path
    administrative = first.catalogue == "administrative_2020"
    respondent = agency("松原市宁江区自然资源局") if administrative else person("李四", "被申请人", seq=2)
    data = intake_input(person("张三", seq=1), respondent, category="")
    data.cause = first.ref
    data.mediation_kind = "特邀调解" if administrative else "人民调解"
    case = get_case(ctx, intake_dispute(ctx, data).id)
    assert (case.summary.cause, case.summary.cause_code) == (name, first.ref)
    assert case.summary.category == old_category  # what the rules not yet on 案由 codes read
    assert bool(case.summary.mediation_type) is not administrative  # 人民调解 type suggested from the 案由
    assert not case.summary.cause_review


def test_the_labour_cause_suggests_the_labour_mediation_type(ctx: Workspace) -> None:
    data = intake_input(person("张三", seq=1), person("李四", "被申请人", seq=2), category="追索劳动报酬纠纷",
                        mediation_kind="人民调解")
    case = get_case(ctx, intake_dispute(ctx, data).id)
    assert case.summary.mediation_type == "劳动争议纠纷"


def test_a_mediation_type_is_only_for_people_mediation_and_must_exist(ctx: Workspace) -> None:
    data = intake_input(person("张三", seq=1), person("李四", "被申请人", seq=2), category="买卖合同纠纷")
    data.mediation_type = "星际纠纷"
    with pytest.raises(InputErrors) as info:
        intake_dispute(ctx, data)
    reasons = [str(e) for e in info.value.errors if e.field.startswith("mediation_type")]
    assert any("不是人民调解纠纷类型" in r for r in reasons) and any("只有人民调解" in r for r in reasons)


def test_the_tribunals_most_used_causes_come_first(ctx: Workspace, register: Any) -> None:
    before = [c.name for c in search_causes(ctx, "服务合同")]
    assert before.index("物业服务合同纠纷") > 0
    for seq in range(2):
        register(person(f"业主{seq}", seq=10 + seq), person("物业公司", "被申请人", seq=20 + seq),
                 category="物业服务合同纠纷")
    after = search_causes(ctx, "服务合同")
    assert after[0].name == "物业服务合同纠纷" and after[0].uses == 2
    assert [c.name for c in search_causes(ctx, "")] == ["物业服务合同纠纷"]  # empty: the most used


def test_an_unknown_cause_is_refused_with_the_nearest_names(ctx: Workspace) -> None:
    data = intake_input(person("张三", seq=1), person("李四", "被申请人", seq=2), category="土地承包经营权出租纠纷")
    data.cause = "土地经营权出租纠纷"
    with pytest.raises(InputErrors) as info:
        intake_dispute(ctx, data)
    message = next(str(e) for e in info.value.errors if e.field == "cause")
    assert "不是《民事案件案由规定》" in message and "土地经营权出租合同纠纷" in message


def test_an_old_category_with_several_causes_takes_the_default_and_is_listed_for_review(ctx: Workspace,
                                                                                        register: Any) -> None:
    case_id = register(person("张三", seq=1), person("李四", "被申请人", seq=2), category="邻里纠纷").id
    [review] = review_causes(ctx)
    assert review.case_id == case_id and review.old_category == "邻里纠纷"
    assert review.cause == "civil_2020:3.6.53" and len(review.candidates) == 4
    chosen = set_case_cause(ctx, case_id, "排除妨害纠纷")
    assert chosen.ref == "civil_2020:3.5.39"
    assert review_causes(ctx) == []
    assert get_case(ctx, case_id).summary.cause == "排除妨害纠纷"


def test_the_first_release_store_is_migrated_with_no_case_left_without_a_cause(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    load_fixture(paths.database)
    raw = sqlite3.connect(paths.database)
    old = dict(raw.execute("SELECT id, category FROM dispute").fetchall())
    raw.close()
    opened = open_store(paths)
    opened.db.engine.dispose()
    raw = sqlite3.connect(paths.database)
    rows = raw.execute("SELECT id, category, cause, cause_review FROM dispute").fetchall()
    raw.close()
    assert len(rows) == len(old) > 0
    mappings = legacy_mappings()
    for dispute_id, category, cause, review in rows:
        assert category == old[dispute_id]
        mapping = mappings[category]
        assert cause == f"{mapping.default.catalogue}:{mapping.default.code}"
        assert review == (category if mapping.ambiguous else "")


def test_cli_lists_the_catalogue_by_level_and_search(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert main(["case", "categories", "--level", "1", "--catalogue", "civil", "--json", *data]) == 0
    parts = json.loads(capsys.readouterr().out)
    assert len(parts) == 11 and parts[3]["name"] == "合同、准合同纠纷"
    assert main(["case", "categories", "--search", "mmht", "--json", *data]) == 0
    assert json.loads(capsys.readouterr().out)[0]["name"] == "买卖合同纠纷"
    assert main(["case", "categories", "--level", "9", *data]) == 2
    assert "层级" in capsys.readouterr().err


@pytest.mark.parametrize(("cause", "excluded"), [
    ("civil_2020:2.2.14", "身份关系"),  # 离婚纠纷
    ("civil_2020:2.2.21", "身份关系"),  # 亲子关系纠纷
    ("civil_2020:2.2.25", "身份关系"),  # 收养关系纠纷
    ("civil_2020:3.5.37.1", "物权确权"),  # 所有权确认纠纷, under 物权确认纠纷
    ("civil_2020:2.2", "请先确定具体案由"),  # 婚姻家庭纠纷 itself cannot tell
    ("civil_2020:2.2.22", None),  # 抚养纠纷: a maintenance agreement may be confirmed
    ("civil_2020:2.2.24", None),  # 赡养纠纷
    ("civil_2020:4.10.84", None),  # 买卖合同纠纷
    ("administrative_2020:1.1", None),  # not a civil 司法确认 question
])
def test_judicial_confirmation_exclusions_are_defined_on_cause_codes(cause: str, excluded: str | None) -> None:
    from fuyuan_desktop.domain.cause_rules import confirmation_exclusion

    reason = confirmation_exclusion(cause)
    assert (reason is None) is (excluded is None)
    assert excluded is None or excluded in str(reason)


def test_a_maintenance_agreement_keeps_its_confirmation_clause(ctx: Workspace, register: Any) -> None:
    from datetime import date

    from fuyuan_desktop.services.agreements import AgreementInput, ClauseInput, draft_agreement

    number = get_case(ctx, register(person("张桂芝", seq=1), person("李春生", "被申请人", seq=2),
                                    category="抚养纠纷").id).summary.number
    clauses = [ClauseInput("李春生", "每月支付婚生子李小宝抚养费", "银行转账", date(2026, 12, 5), "1500")]
    draft = draft_agreement(ctx, number, AgreementInput(kind="people", facts="双方就子女抚养费发生争议。",
                                                        clauses=clauses, confirmation_clause=True))
    assert draft.warnings == [] and draft.confirmation_clause is True


def test_statistics_group_the_done_when_cases_at_each_level(ctx: Workspace, register: Any) -> None:
    from fuyuan_desktop.services.causes import count_by_cause

    for seq, cause in enumerate(["买卖合同纠纷", "土地经营权出租合同纠纷", "追索劳动报酬纠纷", "民间借贷纠纷"]):
        register(person(f"申请人{seq}", seq=30 + seq), person(f"被申请人{seq}", "被申请人", seq=40 + seq), category=cause)
    register(person("周九", seq=50), agency("松原市宁江区自然资源局"), category="行政处罚")

    def at(level: int) -> dict[str, int]:
        return {f"{c.name}/{c.level}": c.cases for c in count_by_cause(ctx, level)}

    assert at(1) == {"合同、准合同纠纷/1": 3, "劳动争议、人事争议/1": 1, "行政行为/1": 1}
    assert at(2) == {"合同纠纷/2": 3, "劳动争议/2": 1, "行政处罚/2": 1}
    assert at(3) == {"买卖合同纠纷/3": 1, "土地承包经营权合同纠纷/3": 1, "借款合同纠纷/3": 1, "劳动合同纠纷/3": 1,
                     "行政处罚/2": 1}
    assert at(4) == {"买卖合同纠纷/3": 1, "土地经营权出租合同纠纷/4": 1, "民间借贷纠纷/4": 1, "追索劳动报酬纠纷/4": 1,
                     "行政处罚/2": 1}
