"""``fuyuan case party-edit|mediators|reschedule|place`` in a real process: the same services as the case page's
dialogs, exit code 2 with the field named for bad input, and nothing written then."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import make_id_number
from test_cli import USER, Fuyuan, _intake_file


@pytest.fixture(name="fuyuan")
def _fuyuan(tmp_path: Path) -> Fuyuan:
    return Fuyuan(tmp_path / "data")


def _counts(fuyuan: Fuyuan) -> tuple[int, int]:
    with sqlite3.connect(fuyuan.data_dir / "fuyuan.sqlite3") as db:
        return (db.execute("SELECT count(*) FROM auditevent").fetchone()[0],
                db.execute("SELECT count(*) FROM disputemediator").fetchone()[0])


def _case(fuyuan: Fuyuan, tmp_path: Path) -> str:
    created = fuyuan.json("case", "intake", "--from", str(_intake_file(tmp_path)))
    for name, role in (("王调解", "人民调解员"), ("赵律师", "律师调解员"), ("李书记", "书记员")):
        assert fuyuan("mediator", "add", name, "--role", role).returncode == 0
    return str(created["number"])


@pytest.mark.slow
def test_party_edit_corrects_the_numbered_party_and_names_a_bad_field(fuyuan: Fuyuan, tmp_path: Path) -> None:
    number = _case(fuyuan, tmp_path)
    done = fuyuan("case", "party-edit", number, "--party", "2", "--address", "吉林省松原市宁江区民主街1号3单元",
                  "--phone", "13904381234")
    assert done.returncode == 0, done.stderr
    assert "已修改：住址/住所、联系电话" in done.stdout  # in the order the service checks them
    shown = fuyuan.json("case", "show", number, "--unmask")
    assert [(p["name"], p["address"], p["phone"]) for p in shown["parties"]][1] == (
        "李四", "吉林省松原市宁江区民主街1号3单元", "13904381234")
    before = _counts(fuyuan)
    good = make_id_number(5)
    swapped = good[:10] + good[11] + good[10] + good[12:]
    bad = fuyuan("case", "party-edit", number, "--party", "1", "--id-number", swapped, "--phone", "12345")
    assert bad.returncode == 2 and "身份证号码" in bad.stderr and "联系电话" in bad.stderr
    wrong = fuyuan("case", "party-edit", number, "--party", "5", "--phone", "13904381234")
    assert wrong.returncode == 2 and "--party 当事人：本案有 2 位当事人，没有第 5 位" in wrong.stderr
    assert _counts(fuyuan) == before


@pytest.mark.slow
def test_mediators_add_replace_remove_and_only_mediators(fuyuan: Fuyuan, tmp_path: Path) -> None:
    number = _case(fuyuan, tmp_path)
    added = fuyuan.json("case", "mediators", number, "--add", "王调解")
    assert (added["mediators"], added["lead"], added["status"]) == (["王调解"], "王调解", "已指派调解员")
    before = _counts(fuyuan)
    clerk = fuyuan("case", "mediators", number, "--add", "李书记")
    assert clerk.returncode == 2 and "「李书记」是书记员，不是调解员" in clerk.stderr
    assert _counts(fuyuan) == before
    replaced = fuyuan("case", "mediators", number, "--replace", "王调解", "赵律师")
    assert replaced.returncode == 0, replaced.stderr
    assert "本案调解员：赵律师；主持调解：赵律师" in replaced.stdout
    last = fuyuan("case", "mediators", number, "--remove", "赵律师")
    assert last.returncode == 2 and "至少要保留一名" in last.stderr
    history = [h["action"] for h in fuyuan.json("case", "history", number)]
    assert "增加调解员" in history and "替换调解员" in history
    both = fuyuan("case", "mediators", number, "--add", "王调解", "--remove", "赵律师")
    assert both.returncode == 2  # one change at a time


@pytest.mark.slow
def test_reschedule_cancel_and_place(fuyuan: Fuyuan, tmp_path: Path) -> None:
    number = _case(fuyuan, tmp_path)
    none = fuyuan("case", "reschedule", number, "--session", "1", "--cancel")
    assert none.returncode == 2 and "--session 调解场次：本案还没有安排调解" in none.stderr
    bad_time = fuyuan("case", "reschedule", number, "--session", "1", "--at", "明天上午")
    assert bad_time.returncode == 2 and "YYYY-MM-DD HH:MM" in bad_time.stderr
    place = fuyuan("case", "place", number, "伯都乡伯都村")
    assert place.returncode == 0 and "纠纷地点改为：伯都乡伯都村" in place.stdout, place.stderr
    shown = fuyuan.json("case", "show", number)
    assert shown["summary"]["place"] == "伯都村"  # the registry village the text names
    empty = fuyuan("case", "place", number, " ")
    assert empty.returncode == 2 and "纠纷地点" in empty.stderr


@pytest.mark.slow
def test_a_sitting_is_moved_then_cancelled_by_its_number(fuyuan: Fuyuan, tmp_path: Path) -> None:
    from datetime import date, datetime, timedelta

    from fuyuan_desktop.domain.court_time import COURT_TZ
    from fuyuan_desktop.services.sessions import schedule_session
    from fuyuan_desktop.services.workspace import DataPaths, open_workspace

    number = _case(fuyuan, tmp_path)
    ws = open_workspace(DataPaths(fuyuan.data_dir), actor=USER, backup=False)  # sittings are scheduled in the GUI
    day = date.today() + timedelta(days=3)
    first = schedule_session(ws, number, datetime(day.year, day.month, day.day, 9, tzinfo=COURT_TZ), place="村委会")
    schedule_session(ws, number, datetime(day.year, day.month, day.day, 14, tzinfo=COURT_TZ), place="村委会")
    ws.db.engine.dispose()
    later = day + timedelta(days=2)
    moved = fuyuan("case", "reschedule", number, "--session", "1", "--at", f"{later:%Y-%m-%d} 15:30",
                   "--place", "乡司法所")
    assert moved.returncode == 0, moved.stderr
    sessions = fuyuan.json("case", "show", number)["sessions"]
    assert [(s["id"] == first, s["place"], s["scheduled_at"][11:16]) for s in sessions] == [
        (False, "村委会", "06:00"), (True, "乡司法所", "07:30")]  # UTC in JSON; now second in time order
    cancelled = fuyuan("case", "reschedule", number, "--session", "2", "--cancel", "--reason", "当事人外出务工")
    assert cancelled.returncode == 0 and "已取消第 2 次调解" in cancelled.stdout, cancelled.stderr
    again = fuyuan("case", "reschedule", number, "--session", "2", "--at", f"{later:%Y-%m-%d} 09:00")
    assert again.returncode == 2 and "已取消，不能改期" in again.stderr
    assert "取消调解：当事人外出务工" in [h["action"] for h in fuyuan.json("case", "history", number)]
