"""Courts and the mediator roster as spreadsheets (issue 15, item 6): exported and imported back as .xlsx and .csv
with the same columns; an imported court is kept in the store and printed by its full name; a bad row names its
row and column and nothing is written; the roster's mediators are matched and updated, never doubled."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from fuyuan_desktop.domain.errors import InputErrors
from fuyuan_desktop.services.courts import (
    COURT_COLUMNS,
    court_full_name,
    export_courts,
    import_courts,
    list_courts,
    show_court,
)
from fuyuan_desktop.services.mediators import COLUMNS as ROSTER_COLUMNS
from fuyuan_desktop.services.mediators import export_mediators, import_mediators
from fuyuan_desktop.services.organisations import NewOrganisation, add_organisation
from fuyuan_desktop.services.workflow import add_mediator, list_mediators
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import Court, Mediator, Tribunal

COMMITTEE = "松原市宁江区伯都乡人民调解委员会"


def _rows(path: Path) -> list[list[str]]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return list(csv.reader(handle))
    sheet = load_workbook(path).worksheets[0]
    return [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]


def _write(path: Path, rows: list[list[str]]) -> Path:
    if path.suffix == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerows(rows)
    else:
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        for row in rows:
            sheet.append(row)
        book.save(path)
    return path


def _counts(ctx: Workspace) -> tuple[int, int, int]:
    with ctx.db.read() as session:
        return (session.scalar(select(func.count()).select_from(Court)) or 0,
                session.scalar(select(func.count()).select_from(Tribunal)) or 0,
                session.scalar(select(func.count()).select_from(Mediator)) or 0)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_courts_go_out_and_come_back_with_a_new_court_and_a_renamed_tribunal(ctx: Workspace, tmp_path: Path,
                                                                              suffix: str) -> None:
    out = tmp_path / f"courts{suffix}"
    n = export_courts(ctx, out)
    rows = _rows(out)
    assert rows[0] == list(COURT_COLUMNS) and len(rows) == n + 1
    assert ["中级法院", "吉07", "松原市中级人民法院", "松原中院", "", "220700", "", "", ""] in rows
    unchanged = import_courts(ctx, out)
    assert (unchanged.added, unchanged.updated, unchanged.unchanged) == (0, 0, n)

    for row in rows:
        if row[2] == "松原市宁江区人民法院伯都人民法庭":
            row[7], row[8] = "宁江区伯都乡政府院内", "0438-1234567"
    rows += [["基层法院", "吉0724", "松原市测试县人民法院", "测试县法院", "吉07", "220724", "", "", ""],
             ["法庭", "吉0724", "松原市测试县人民法院新城人民法庭", "新城", "", "", "新城镇", "", ""]]
    result = import_courts(ctx, _write(tmp_path / f"edited{suffix}", rows))
    assert (result.added, result.updated, result.rows) == (2, 1, n + 2)
    court = show_court(ctx, "吉0724")
    assert (court.name, court.short_name, court.parent_code, court.level) == (
        "松原市测试县人民法院", "测试县法院", "吉07", "basic")
    assert [(t.name, t.seat) for t in court.tribunals] == [("松原市测试县人民法院新城人民法庭", "新城镇")]
    bodu = next(t for t in show_court(ctx, "宁江区法院").tribunals if t.short_name == "伯都")
    assert (bodu.address, bodu.phone) == ("宁江区伯都乡政府院内", "0438-1234567")
    with ctx.db.read() as session:
        assert court_full_name(session, court.id) == "松原市测试县人民法院"  # papers and reports ask here
    # what was exported is read back as it is now
    again = tmp_path / f"again{suffix}"
    export_courts(ctx, again)
    assert sorted(_rows(again)[1:]) == sorted(rows[1:])


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_bad_court_row_is_named_by_row_and_column_and_nothing_is_written(ctx: Workspace, tmp_path: Path,
                                                                           suffix: str) -> None:
    before = _counts(ctx)
    names = [v.name for v in list_courts(ctx)]
    rows = [list(COURT_COLUMNS),
            ["中级法院", "吉07", "松原市中级人民法院（改名）", "松原中院", "", "220700", "", "", ""],
            ["基层法院", "吉0724", "松原市测试县人民法院", "测试县法院", "吉07", "22072", "", "", ""],
            ["法庭", "吉0799", "某法庭", "某", "", "", "", "", ""],
            ["高级法院", "吉", "吉林省高级人民法院", "吉林高院", "", "", "", "", ""]]
    with pytest.raises(InputErrors) as caught:
        import_courts(ctx, _write(tmp_path / f"bad{suffix}", rows))
    problems = [str(e) for e in caught.value.errors]
    assert problems == ["第 3 行「行政区划代码」列：「22072」应为 6 位数字",
                        "第 5 行「类别」列：「高级法院」应为 中级法院、基层法院、法庭",
                        "第 4 行「法院代字」列：「吉0799」不在法院名录中，也不在本表的法院行里"]
    assert _counts(ctx) == before and [v.name for v in list_courts(ctx)] == names  # row 2's rename not kept


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_roster_goes_out_and_comes_back_matched_not_doubled(ctx: Workspace, tmp_path: Path, suffix: str) -> None:
    add_organisation(ctx, NewOrganisation(name=COMMITTEE, kind="人民调解委员会", invited=True))
    add_mediator(ctx, "王红", "人民调解员", organization=COMMITTEE, phone="13900000001")
    add_mediator(ctx, "刘法官", "法官", organization="松原市宁江区人民法院")
    out = tmp_path / f"roster{suffix}"
    assert export_mediators(ctx, out) == 2
    rows = _rows(out)
    assert rows[0] == list(ROSTER_COLUMNS)
    assert ["王红", "人民调解员", COMMITTEE, "", "13900000001", "", "", "是"] in rows
    assert ["刘法官", "法官", "", "松原市宁江区人民法院", "", "", "", "是"] in rows
    assert (r := import_mediators(ctx, out)) and (r.added, r.updated, r.unchanged) == (0, 0, 2)

    for row in rows:
        if row[0] == "王红":
            row[1], row[5], row[6] = "特邀调解员", "TY-2026-01", "伯都"
    rows.append(["李律师", "律师调解员", "", "吉林某律师事务所", "13900000003", "", "", "是"])
    result = import_mediators(ctx, _write(tmp_path / f"edited{suffix}", rows))
    assert (result.added, result.updated, result.unchanged) == (1, 1, 1)
    views = {v.name: v for v in list_mediators(ctx)}
    assert sorted(views) == ["刘法官", "李律师", "王红"]  # 王红 updated, not added twice
    assert (views["王红"].role, views["王红"].roster_number, views["王红"].organization) == (
        "特邀调解员", "TY-2026-01", COMMITTEE)
    with ctx.db.read() as session:
        wang = session.scalars(select(Mediator).where(Mediator.name == "王红")).one()
        assert wang.organisation_id is not None and wang.tribunal_id is not None
    again = tmp_path / f"again{suffix}"
    export_mediators(ctx, again)
    assert sorted(_rows(again)[1:]) == sorted(rows[1:])


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_bad_roster_row_is_named_and_nothing_is_written(ctx: Workspace, tmp_path: Path, suffix: str) -> None:
    add_mediator(ctx, "王红", "人民调解员", phone="13900000001")
    before = _counts(ctx)
    rows = [list(ROSTER_COLUMNS),
            ["王红", "特邀调解员", "", "", "13900000001", "", "", "是"],
            ["张三", "人民调解员", "不存在的委员会", "", "", "", "", "是"],
            ["李四", "调解专家", "", "", "", "", "", "是"],
            ["赵五", "人民调解员", "", "", "", "", "", "也许"]]
    with pytest.raises(InputErrors) as caught:
        import_mediators(ctx, _write(tmp_path / f"bad{suffix}", rows))
    problems = [str(e) for e in caught.value.errors]
    assert problems[0] == "第 3 行「调解组织」列：调解组织名录中没有「不存在的委员会」；请先登记该调解组织"
    assert problems[1].startswith("第 4 行「角色」列：「调解专家」无效")
    assert problems[2] == "第 5 行「在册」列：「也许」应为 是 或 否"
    assert _counts(ctx) == before
    assert [v.role for v in list_mediators(ctx)] == ["人民调解员"]  # row 2's change not kept
