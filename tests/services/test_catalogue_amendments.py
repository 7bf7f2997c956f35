"""案由目录的修订: only an administrator adds, renames or retires a 案由; an addition is offered at intake and listed by
``case categories``; a retired 案由 is refused for a new case with its reason while an old case keeps and shows it; the
list leaves as a spreadsheet and comes back, a bad row refusing the whole file."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from conftest import intake_input, person

from fuyuan_desktop.cli import main
from fuyuan_desktop.domain.cause_refs import cause_or_category
from fuyuan_desktop.domain.errors import InputErrors, PermissionDeniedError, ValidationError
from fuyuan_desktop.services.cases import get_case
from fuyuan_desktop.services.causes import (
    add_cause,
    choice_for,
    count_by_cause,
    export_amendments,
    import_amendments,
    list_amendments,
    list_catalogue,
    rename_cause,
    retire_cause,
    search_causes,
    set_case_cause,
)
from fuyuan_desktop.services.intake import intake_dispute
from fuyuan_desktop.services.workspace import Workspace

LIVE_STREAM = "网络直播带货买卖合同纠纷"
SAMPLE = "civil_2020:4.10.84.2"  # （2）凭样品买卖合同纠纷


def _admin(ctx: Workspace) -> Workspace:
    return ctx.as_actor("管理员甲", role="admin")


def _register(ctx: Workspace, cause: str) -> str:
    data = intake_input(person("张三", seq=1), person("李四", "被申请人", seq=2), category="")
    data.cause = cause
    return intake_dispute(ctx, data).id


def test_a_clerk_may_not_amend_the_catalogue_and_is_told_who_may(ctx: Workspace) -> None:
    clerk = ctx.as_actor("书记员甲", role="clerk")
    for attempt in (lambda: add_cause(clerk, "civil", "4.10.84", LIVE_STREAM),
                    lambda: rename_cause(clerk, "civil", "4.10.84.1", "分期付款买卖纠纷"),
                    lambda: retire_cause(clerk, "civil", "4.10.84.2", "并入其他案由")):
        with pytest.raises(PermissionDeniedError) as refused:
            attempt()
        assert "书记员「书记员甲」无权修改案由目录" in str(refused.value)
        assert "只能由管理员进行" in str(refused.value)
    assert list_amendments(ctx) == []


@pytest.mark.slow
def test_an_added_cause_is_offered_at_intake_counted_under_its_parent_and_listed(
        ctx: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    assert not search_causes(ctx, "直播带货")
    made = add_cause(_admin(ctx), "civil", "4.10.84", LIVE_STREAM, level=4)
    assert (made.code, made.parent, made.kind_label) == ("4.10.84.9", "4.10.84", "增补")  # the next free number
    found = search_causes(ctx, "zbdh")  # pinyin initials of 直播带货
    assert found and found[0].name == LIVE_STREAM and "买卖合同纠纷" in found[0].path and found[0].level == 4
    assert [r.name for r in list_catalogue("civil", level=4, search="直播", ctx=ctx)] == [LIVE_STREAM]

    case_id = _register(ctx, found[0].ref)
    case = get_case(ctx, case_id)
    assert (case.summary.cause, case.summary.cause_code) == (LIVE_STREAM, "civil_2020:4.10.84.9")
    assert case.summary.category == "企业合同纠纷"  # the old category follows the parent's mapping
    by_third = {c.name: c.cases for c in count_by_cause(ctx, 3)}
    assert by_third == {"买卖合同纠纷": 1}
    assert {c.name: c.cases for c in count_by_cause(ctx, 4)} == {LIVE_STREAM: 1}

    with pytest.raises(ValidationError, match=r"4\.10\.84\.n"):
        add_cause(_admin(ctx), "civil", "4.10.84", "另一个纠纷", code="4.10.85.1")
    with pytest.raises(ValidationError, match="已在目录中"):
        add_cause(_admin(ctx), "civil", "4.10", "买卖合同纠纷")
    with pytest.raises(ValidationError, match="应为 4 级"):
        add_cause(_admin(ctx), "civil", "4.10.84", "又一个纠纷", level=3)

    data = ["--data-dir", str(ctx.data_paths.root)]
    ctx.db.close()
    assert main(["case", "categories", "--level", "4", "--search", "zbdh", *data]) == 0
    out = capsys.readouterr().out
    assert LIVE_STREAM in out and "4.10.84.9" in out and "管理员增补或更名" in out


def test_a_retired_cause_is_refused_for_a_new_case_but_an_old_case_keeps_it(ctx: Workspace) -> None:
    old = _register(ctx, SAMPLE)
    view = retire_cause(_admin(ctx), "civil", "4.10.84.2", "松中院通知：并入买卖合同纠纷")
    assert view.what == "停用 4.10.84.2 凭样品买卖合同纠纷：松中院通知：并入买卖合同纠纷"

    with pytest.raises(InputErrors) as refused:
        _register(ctx, SAMPLE)
    assert "「凭样品买卖合同纠纷」已停用，不能用于新案件（松中院通知：并入买卖合同纠纷）" in str(refused.value)
    with pytest.raises(ValidationError, match="已停用"):
        choice_for("凭样品买卖合同纠纷", ctx)  # typed into the intake picker
    with pytest.raises(ValidationError, match="已停用"):
        set_case_cause(ctx, old, SAMPLE)
    assert "凭样品买卖合同纠纷" not in [c.name for c in search_causes(ctx, "买卖合同")]
    assert choice_for("凭样品买卖合同纠纷", ctx, include_retired=True).code == "4.10.84.2"  # a filter may look for it

    case = get_case(ctx, old)
    assert case.summary.cause == "凭样品买卖合同纠纷（已停用）" and case.summary.cause_code == SAMPLE
    assert cause_or_category(SAMPLE, "") == "凭样品买卖合同纠纷"  # papers and ledgers print the name as it is
    assert {c.name: c.cases for c in count_by_cause(ctx, 4)} == {"凭样品买卖合同纠纷": 1}
    rows = list_catalogue("civil", search="凭样品", ctx=ctx)
    assert rows[0].retired == "松中院通知：并入买卖合同纠纷"

    with pytest.raises(ValidationError, match="已停用"):
        retire_cause(_admin(ctx), "civil", "4.10.84.2", "再停一次")
    with pytest.raises(ValidationError, match="须写明原因"):
        retire_cause(_admin(ctx), "civil", "4.10.84.3", "  ")


def test_a_retired_parent_closes_its_children_and_a_rename_shows_on_old_cases(ctx: Workspace) -> None:
    old = _register(ctx, "civil_2020:4.10.84.1")
    rename_cause(_admin(ctx), "civil", "4.10.84.1", "分期付款买卖纠纷")
    assert get_case(ctx, old).summary.cause == "分期付款买卖纠纷"
    retire_cause(_admin(ctx), "civil", "4.10.84", "测试")
    with pytest.raises(InputErrors, match="上级案由「买卖合同纠纷」已停用：测试"):
        _register(ctx, "civil_2020:4.10.84.3")
    assert get_case(ctx, old).summary.cause == "分期付款买卖纠纷（已停用）"
    with pytest.raises(ValidationError, match="已停用，不能在其下增补"):
        add_cause(_admin(ctx), "civil", "4.10.84", LIVE_STREAM)


def _rewrite(path: Path, change: dict[tuple[int, int], str]) -> None:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    for (row, column), text in change.items():
        rows[row][column] = text
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)


@pytest.mark.slow
def test_the_amendments_leave_as_a_spreadsheet_and_come_back(ctx: Workspace, tmp_path: Path) -> None:
    admin = _admin(ctx)
    add_cause(admin, "civil", "4.10.84", LIVE_STREAM)
    rename_cause(admin, "civil", "4.10.84.9", "直播带货买卖合同纠纷")
    retire_cause(admin, "admin", "1.1", "测试停用")
    before = [(v.catalogue, v.what) for v in list_amendments(ctx)]
    sheet, book = tmp_path / "修订.csv", tmp_path / "修订.xlsx"
    assert export_amendments(ctx, sheet) == 3 and export_amendments(ctx, book) == 3
    header = sheet.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header == "目录,操作,代码,上级代码,名称,编号,原因,版本"

    # the same file again changes nothing: every row is in force already
    assert (import_amendments(admin, book).added, import_amendments(admin, sheet).skipped) == (0, 3)

    # a fresh store: a bad row refuses the whole file, named by row and column
    from fuyuan_desktop.services.setup import open_store
    from fuyuan_desktop.store.paths import DataPaths

    other_db = open_store(DataPaths(tmp_path / "other")).db
    other = Workspace(other_db, "管理员乙", role="admin")
    bad = tmp_path / "bad.csv"
    bad.write_bytes(sheet.read_bytes())
    _rewrite(bad, {(1, 3): "4.10.999", (3, 6): ""})
    with pytest.raises(InputErrors) as refused:
        import_amendments(other, bad)
    problems = [str(e) for e in refused.value.errors]
    assert problems[0].startswith("第 2 行「上级代码」列") and "4.10.999" in problems[0]
    assert any(p.startswith("第 3 行「代码」列") for p in problems)  # renames what the bad row would have added
    assert any(p.startswith("第 4 行「原因」列") for p in problems)
    assert list_amendments(other) == []  # nothing written

    result = import_amendments(other, book)
    assert (result.added, result.skipped, result.rows) == (3, 0, 3)
    assert [(v.catalogue, v.what) for v in list_amendments(other)] == before
    assert search_causes(other, "zbdh")[0].name == "直播带货买卖合同纠纷"
    other_db.close()


@pytest.mark.slow
def test_cli_amends_and_lists(ctx: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(ctx.data_paths.root)]
    ctx.db.close()
    assert main(["cause", "add", "4.10.84", LIVE_STREAM, *data]) == 0
    assert "已增补 4.10.84.9 网络直播带货买卖合同纠纷（上级 4.10.84）" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["cause", "retire", "4.10.84.2", *data])  # --reason is required
    assert "--reason" in capsys.readouterr().err
    assert main(["cause", "retire", "4.10.84.2", "--reason", "测试", *data]) == 0
    capsys.readouterr()
    assert main(["cause", "list-amendments", "--json", *data]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [r["kind"] for r in listed] == ["add", "retire"]
    assert main(["cause", "add", "4.10.999", "某纠纷", *data]) == 2
    assert "上级代码" in capsys.readouterr().err
