"""Reference data on a fresh store (no demo): the court's full name and the registered committee on an agreement,
2027 deadlines marked 推定 until the State Council's schedule is imported, and imports that refuse bad rows whole.
Every step is the real ``fuyuan`` command in a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pypdf
import pytest
from conftest import make_id_number
from test_cli import Fuyuan

COMMITTEE = "松原市宁江区伯都乡人民调解委员会"
SCHEDULE_2027 = (
    "日期,类型,名称\n"
    + "".join(f"2027-02-{day:02d},休,春节\n" for day in range(5, 13))  # 2月5日至12日放假（the test's own schedule)
    + "2027-02-20,班,春节调休\n"
)


def _case(fuyuan: Fuyuan, tmp_path: Path, *, mediator: str, kind: str = "人民调解") -> str:
    intake = tmp_path / "in.json"
    intake.write_text(json.dumps({
        "category": "邻里纠纷", "summary": "楼上漏水", "place": "伯都乡", "mediation_kind": kind,
        "parties": [
            {"role": "申请人", "kind": "person", "name": "张三", "id_number": make_id_number(1),
             "address": "松原市宁江区伯都乡"},
            {"role": "被申请人", "kind": "person", "name": "李四", "id_number": make_id_number(2),
             "address": "松原市宁江区伯都乡"}]}, ensure_ascii=False), encoding="utf-8")
    number = str(fuyuan.json("case", "intake", "--from", str(intake))["number"])
    done = fuyuan("case", "assign", number, "--mediator", mediator, "--accepted-on", "2026-12-07")
    assert done.returncode == 0, done.stderr
    return number


def _agreement_text(fuyuan: Fuyuan, tmp_path: Path, number: str) -> tuple[str, str]:
    draft = tmp_path / "a.json"
    draft.write_text(json.dumps({"kind": "people", "facts": "楼上漏水", "clauses": [
        {"obligor": "李四", "text": "赔偿维修费", "amount": "300", "performance_method": "现金",
         "deadline": "2099-12-30"}]}, ensure_ascii=False), encoding="utf-8")
    assert fuyuan("agreement", "draft", number, "--from", str(draft)).returncode == 0
    out = tmp_path / f"{number}.pdf"
    printed = fuyuan("print", "agreement", number, "--out", str(out))
    assert printed.returncode == 0, printed.stderr
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    return "".join(text.split()), printed.stdout + printed.stderr


@pytest.mark.slow
def test_agreement_prints_the_court_full_name_and_the_committee_registered_name(tmp_path: Path) -> None:
    fuyuan = Fuyuan(tmp_path / "data")
    assert fuyuan("init").returncode == 0
    added = fuyuan("org", "add", COMMITTEE, "--kind", "人民调解委员会", "--place", "伯都乡", "--invited")
    assert added.returncode == 0, added.stderr
    assert fuyuan("mediator", "add", "王秀兰", "--role", "人民调解员", "--organization", COMMITTEE).returncode == 0
    shown = fuyuan("org", "show", COMMITTEE)
    assert "王秀兰" in shown.stdout and "特邀调解组织名册：是" in shown.stdout and "伯都乡" in shown.stdout

    text, _ = _agreement_text(fuyuan, tmp_path, _case(fuyuan, tmp_path, mediator="王秀兰"))
    assert COMMITTEE in text
    assert "松原市宁江区人民法院" in text  # the full name, in the 司法确认 clause
    assert "伯都乡人民调解委员会" not in text.replace(COMMITTEE, "")  # nothing made up from the place


@pytest.mark.slow
def test_a_case_without_a_registered_organisation_says_so_on_the_paper_and_in_a_warning(tmp_path: Path) -> None:
    fuyuan = Fuyuan(tmp_path / "data")
    assert fuyuan("init").returncode == 0
    assert fuyuan("mediator", "add", "赵六", "--role", "人民调解员", "--organization", "某调委会").returncode == 0
    text, said = _agreement_text(fuyuan, tmp_path, _case(fuyuan, tmp_path, mediator="赵六"))
    assert "调解组织未登记" in text and "伯都乡人民调解委员会" not in text
    assert "调解组织名录" in said  # the warning tells the clerk what to do


@pytest.mark.slow
def test_a_2027_reply_deadline_is_presumed_until_the_schedule_is_imported_and_moves_with_it(tmp_path: Path) -> None:
    fuyuan = Fuyuan(tmp_path / "data")
    assert fuyuan("init").returncode == 0
    assert fuyuan("mediator", "add", "王秀兰", "--role", "人民调解员").returncode == 0
    number = _case(fuyuan, tmp_path, mediator="王秀兰")
    rec = fuyuan.json("recommendation", "draft", number, "--recipient", "松原市宁江区伯都乡人民政府",
                      "--problems", "土地流转合同不规范", "--suggestions", "推行示范文本")["id"]
    # Two months from 2026-12-07 is Sunday 2027-02-07, in the presumed Spring Festival: the next working day the
    # ``holidays`` package guesses is 2027-02-11.
    issued = fuyuan("recommendation", "issue", rec, "--on", "2026-12-07")  # numbered and signed before serving
    assert issued.returncode == 0, issued.stderr
    sent = fuyuan("recommendation", "sent", rec, "--on", "2026-12-07")
    assert sent.returncode == 0, sent.stderr
    assert "2027-02-11（推定）" in sent.stdout
    assert "2027-02-11（推定）" in fuyuan("recommendation", "list", number).stdout
    assert "2027-01-06（推定）" in fuyuan("case", "show", number).stdout  # the 30-day mediation period too
    assert "推定" in fuyuan("calendar", "show", "2027").stdout

    schedule = tmp_path / "2027.csv"
    schedule.write_text(SCHEDULE_2027, encoding="utf-8")
    imported = fuyuan("calendar", "import", str(schedule), "--note", "测试用安排")
    assert imported.returncode == 0, imported.stderr
    assert "2027-02-11 → 2027-02-15" in imported.stdout  # 2月11、12日 are holidays in the schedule

    listed = fuyuan("recommendation", "list", number).stdout
    assert "2027-02-15" in listed and "推定" not in listed
    assert "推定" not in fuyuan("case", "show", number).stdout
    year = fuyuan("calendar", "show", "2027").stdout
    assert "官方" in year and "推定" not in year and "2027-02-20" in year
    assert fuyuan.json("recommendation", "list", number)[0]["reply_due"] == "2027-02-15"


@pytest.mark.slow
def test_bad_calendar_rows_are_named_by_row_and_column_and_nothing_is_imported(tmp_path: Path) -> None:
    fuyuan = Fuyuan(tmp_path / "data")
    assert fuyuan("init").returncode == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("日期,类型,名称\n2027-02-08,休,春节\n2027-02-31,休,春节\n2027-02-09,上班,春节\n"
                   "2027-02-10,班,春节调休\n2027-02-08,休,重复\n", encoding="utf-8")
    done = fuyuan("calendar", "import", str(bad))
    assert done.returncode == 2
    said = done.stdout + done.stderr
    assert "第 3 行「日期」列" in said and "第 4 行「类型」列" in said and "第 5 行「类型」列" in said
    assert "第 6 行「日期」列" in said and "第 2 行「" not in said
    assert "推定" in fuyuan("calendar", "show", "2027").stdout  # the good row was not kept either

    as_json = tmp_path / "bad.json"
    as_json.write_text(json.dumps({"days": [{"date": "2027-10-01", "kind": "休", "name": "国庆节"},
                                            {"date": "2027-10-02", "kind": "", "name": "国庆节"}]},
                                  ensure_ascii=False), encoding="utf-8")
    done = fuyuan("calendar", "import", str(as_json))
    assert done.returncode == 2 and "第 2 条「类型」列" in done.stdout + done.stderr
    assert "推定" in fuyuan("calendar", "show", "2027").stdout


@pytest.mark.slow
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_bad_organisation_rows_are_named_by_row_and_column_and_nothing_is_imported(tmp_path: Path,
                                                                                  suffix: str) -> None:
    fuyuan = Fuyuan(tmp_path / "data")
    assert fuyuan("init").returncode == 0
    rows = [["名称", "类型", "地点", "特邀", "启用日期", "停用日期", "备注"],
            [COMMITTEE, "人民调解委员会", "伯都乡", "是", "2020-01-01", "", ""],
            ["宁江区道路交通事故纠纷调解委员会", "交通", "", "否", "", "", ""],
            ["松原市某律师调解工作室", "律师调解工作室", "没有这个地方乡", "", "", "", ""],
            ["宁江区某行政调解组织", "行政调解组织", "", "也许", "2026-13-01", "", ""],
            [COMMITTEE, "律师调解工作室", "", "", "", "", ""]]
    path = tmp_path / f"orgs{suffix}"
    if suffix == ".csv":
        path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    else:
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        for row in rows:
            sheet.append(row)
        book.save(path)
    done = fuyuan("org", "import", str(path))
    assert done.returncode == 2
    said = done.stdout + done.stderr
    for where in ("第 3 行「类型」列", "第 4 行「地点」列", "第 5 行「特邀」列", "第 6 行「名称」列"):
        assert where in said, said
    assert "第 2 行「" not in said
    assert fuyuan.json("org", "list") == []  # the good first row was not kept

    good = tmp_path / f"good{suffix}"
    if suffix == ".csv":
        good.write_text("\n".join(",".join(r) for r in rows[:2]) + "\n", encoding="utf-8")
        assert fuyuan("org", "import", str(good)).returncode == 0
        assert [o["name"] for o in fuyuan.json("org", "list", "--invited")] == [COMMITTEE]


@pytest.mark.slow
def test_courts_and_the_roster_round_trip_through_spreadsheets_on_the_command_line(tmp_path: Path) -> None:
    fuyuan = Fuyuan(tmp_path / "data")
    assert fuyuan("init").returncode == 0
    courts = tmp_path / "courts.csv"
    exported = fuyuan("court", "export", "--out", str(courts))
    assert exported.returncode == 0 and "已导出 23 行" in exported.stdout
    text = courts.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "类别,法院代字,全称,简称,上级法院代字,行政区划代码,驻地,地址,电话"
    # the court renames its development-zone tribunal and adds a tribunal; a bad row first refuses the whole file
    renamed = text.replace("松原市宁江区人民法院开发区人民法庭,开发区", "松原市宁江区人民法院经济开发区人民法庭,开发区")
    bad = renamed + "法庭,吉0702,松原市宁江区人民法院新区人民法庭,新区,吉07,,,,\n"
    courts.write_text(bad, encoding="utf-8-sig")
    refused = fuyuan("court", "import", str(courts))
    assert refused.returncode == 2 and "第 25 行「上级法院代字」列" in refused.stderr
    assert "松原市宁江区人民法院经济开发区人民法庭" not in fuyuan("court", "show", "吉0702").stdout
    courts.write_text(bad.replace("新区,吉07,", "新区,,"), encoding="utf-8-sig")
    done = fuyuan.json("court", "import", str(courts))
    assert (done["added"], done["updated"]) == (1, 1)
    shown = fuyuan("court", "show", "宁江区法院").stdout
    assert "松原市宁江区人民法院经济开发区人民法庭" in shown and "新区人民法庭" in shown

    # papers print the name the court imported
    assert fuyuan("org", "add", COMMITTEE, "--kind", "人民调解委员会").returncode == 0
    roster = tmp_path / "roster.xlsx"
    assert fuyuan("mediator", "add", "王秀兰", "--role", "人民调解员", "--phone", "13900000001").returncode == 0
    assert fuyuan("mediator", "export", "--out", str(roster)).returncode == 0
    from openpyxl import load_workbook

    book = load_workbook(roster)
    sheet = book.worksheets[0]
    assert [c.value for c in sheet[1]] == ["姓名", "角色", "调解组织", "单位", "电话", "名册编号", "法庭", "在册"]
    sheet["C2"] = COMMITTEE
    sheet.append(["赵六", "特邀调解员", "", "律师事务所", "13900000006", "TY-6", "开发区", "是"])
    book.save(roster)
    imported = fuyuan.json("mediator", "import", str(roster))
    assert (imported["added"], imported["updated"], imported["unchanged"]) == (1, 1, 0)
    assert sorted(r["name"] for r in fuyuan.json("mediator", "list")) == ["王秀兰", "赵六"]
    assert "王秀兰" in fuyuan("org", "show", COMMITTEE).stdout  # linked to the registered 调解组织 by the import
    number = _case(fuyuan, tmp_path, mediator="王秀兰", kind="invited")
    out = tmp_path / "rights.pdf"
    assert fuyuan("print", "rights_notice", number, "--out", str(out)).returncode == 0
    notice = "".join("".join(page.extract_text() for page in pypdf.PdfReader(out).pages).split())
    assert "松原市宁江区人民法院经济开发区人民法庭" in notice  # the tribunal's name as the court imported it
