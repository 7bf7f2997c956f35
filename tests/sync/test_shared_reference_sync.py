"""What the intermediate court keeps for the whole city reaches every laptop with its next receipt (SQLite and
PostgreSQL hubs): the State Council's holiday schedule for a new year and a newly registered 调解组织."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from fuyuan_desktop.hub.ingest import import_bundle
from fuyuan_desktop.hub.registry import Hub
from fuyuan_desktop.services.calendar import import_calendar, show_calendar
from fuyuan_desktop.services.hub import hub_workspace
from fuyuan_desktop.services.organisations import NewOrganisation, add_organisation, list_organisations
from fuyuan_desktop.sync.receipt import apply_receipt, load_receipt
from sync.sync_support import ACTOR, Laptop

SCHEDULE_2027 = (
    "日期,类型,名称\n"
    + "".join(f"2027-02-{day:02d},休,春节\n" for day in range(5, 13))  # the test's own schedule
    + "2027-02-20,班,春节调休\n"
)


def _sync(laptop: Laptop, hub: Hub) -> None:
    outcome = import_bundle(hub, laptop.export().files[0], receipts=laptop.usb)
    assert outcome.receipt_path is not None
    apply_receipt(laptop.db, load_receipt(outcome.receipt_path, laptop.db), actor=ACTOR)


@pytest.mark.slow
def test_the_hubs_2027_schedule_and_a_new_organisation_reach_the_laptop(
        make_laptop: Callable[..., Laptop], hub: Hub, tmp_path: Path) -> None:
    laptop = make_laptop()
    assert show_calendar(laptop.ctx, 2027).source == "presumed"
    assert laptop.ctx.reference.calendar.presumed(date(2027, 2, 15))
    _sync(laptop, hub)  # the hub has nothing new yet

    admin = hub_workspace(hub).as_actor("中院管理员")
    schedule = tmp_path / "2027.csv"
    schedule.write_text(SCHEDULE_2027, encoding="utf-8")
    import_calendar(admin, schedule, note="国办发明电〔2026〕X号（测试用）")
    add_organisation(admin, NewOrganisation(name="松原市雅达虹工业园区人民调解委员会", kind="人民调解委员会",
                                            invited=True, note="中院统一登记"))
    assert show_calendar(laptop.ctx, 2027).source == "presumed"  # not before the receipt
    assert "雅达虹" not in " ".join(o.name for o in list_organisations(laptop.ctx))

    _sync(laptop, hub)
    year = show_calendar(laptop.ctx, 2027)
    assert year.source == "hub" and year.official and "中院下发" in year.source_label
    assert not laptop.ctx.reference.calendar.presumed(date(2027, 2, 15))
    assert {d.day for d in year.days if not d.workday} >= {date(2027, 2, 12)}
    assert date(2027, 2, 20) in {d.day for d in year.days if d.workday}
    names = [o.name for o in list_organisations(laptop.ctx)]
    assert "松原市雅达虹工业园区人民调解委员会" in names


@pytest.mark.slow
def test_the_court_it_person_does_it_from_the_command_line_with_hub(tmp_path: Path) -> None:
    import os
    import sys

    import cli_runner

    env = {k: v for k, v in os.environ.items() if not k.startswith("FUYUAN_")}
    env.update(PYTHONIOENCODING="utf-8", FUYUAN_USER="中院管理员")
    home = tmp_path / "hub"

    def fuyuan(*args: str) -> str:
        done = cli_runner.run([sys.executable, "-m", "fuyuan_desktop.cli", "--data-dir", str(tmp_path / "d"), *args],
                              capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout

    fuyuan("hub", "init", "--home", str(home))
    schedule = tmp_path / "2027.csv"
    schedule.write_text(SCHEDULE_2027, encoding="utf-8")
    fuyuan("calendar", "import", str(schedule), "--hub", str(home), "--note", "测试用安排")
    assert "中院下发" in fuyuan("calendar", "show", "2027", "--hub", str(home))
    fuyuan("org", "add", "松原市雅达虹工业园区人民调解委员会", "--kind", "人民调解委员会", "--hub", str(home))
    assert "雅达虹" in fuyuan("org", "list", "--hub", str(home))
    assert "雅达虹" not in fuyuan("org", "list")  # this folder's own store is another one

    # both lists leave as the spreadsheet columns they are imported from, and come back in on another device
    fuyuan("calendar", "export", "2027", "--out", str(tmp_path / "cal.csv"), "--hub", str(home))
    assert (tmp_path / "cal.csv").read_text(encoding="utf-8-sig").splitlines()[0] == "日期,类型,名称"
    fuyuan("calendar", "export", "2027", "--out", str(tmp_path / "cal.json"), "--hub", str(home))
    fuyuan("org", "export", "--out", str(tmp_path / "orgs.xlsx"), "--hub", str(home))
    fuyuan("org", "export", "--out", str(tmp_path / "orgs.csv"), "--hub", str(home))
    assert "松原市雅达虹工业园区人民调解委员会,人民调解委员会" in (tmp_path / "orgs.csv").read_text(encoding="utf-8-sig")
    fuyuan("init")
    assert "推定" in fuyuan("calendar", "show", "2027")
    fuyuan("calendar", "import", str(tmp_path / "cal.json"))
    assert "推定" not in fuyuan("calendar", "show", "2027") and "2027-02-20" in fuyuan("calendar", "show", "2027")
    fuyuan("org", "import", str(tmp_path / "orgs.xlsx"))
    assert "雅达虹" in fuyuan("org", "list")
    refused = cli_runner.run([sys.executable, "-m", "fuyuan_desktop.cli", "--data-dir", str(tmp_path / "d"), "calendar",
                              "export", "2031", "--out", str(tmp_path / "x.csv")], capture_output=True, text=True,
                             encoding="utf-8", env=env, timeout=120)
    assert refused.returncode == 2 and "尚未导入" in refused.stderr and not (tmp_path / "x.csv").exists()


@pytest.mark.slow
def test_a_court_imported_at_the_hub_reaches_the_laptop_with_its_next_receipt(
        make_laptop: Callable[..., Laptop], hub: Hub, tmp_path: Path) -> None:
    from fuyuan_desktop.services.courts import export_courts, import_courts, show_court
    from fuyuan_desktop.services.hub import pending_reference
    from fuyuan_desktop.sync.enrollment import self_device

    laptop = make_laptop()
    _sync(laptop, hub)
    admin = hub_workspace(hub).as_actor("中院管理员")
    table = tmp_path / "courts.csv"
    export_courts(admin, table)
    text = table.read_text(encoding="utf-8-sig").replace(
        "松原市宁江区人民法院伯都人民法庭,伯都,,,伯都乡,,", "松原市宁江区人民法院伯都人民法庭,伯都,,,伯都乡,伯都乡政府院内,0438-1234567")
    text += "基层法院,吉0724,松原市测试县人民法院,测试县法院,吉07,220724,,,\n"
    text += "法庭,吉0724,松原市测试县人民法院新城人民法庭,新城,,,新城镇,,\n"
    table.write_text(text, encoding="utf-8-sig")
    result = import_courts(admin, table)
    assert (result.added, result.updated) == (2, 1)
    device = self_device(laptop.db).id
    waiting = {p.device_id: p for p in pending_reference(hub)}
    assert waiting[device].counts == {"court": 1, "tribunal": 2}  # what the next receipt will carry
    with pytest.raises(Exception, match="吉0724"):
        show_court(laptop.ctx, "吉0724")  # not before the receipt

    _sync(laptop, hub)
    court = show_court(laptop.ctx, "吉0724")
    assert (court.name, court.parent_code, [t.seat for t in court.tribunals]) == ("松原市测试县人民法院", "吉07", ["新城镇"])
    bodu = next(t for t in show_court(laptop.ctx, "吉0702").tribunals if t.short_name == "伯都")
    assert (bodu.address, bodu.phone) == ("伯都乡政府院内", "0438-1234567")
    assert {p.device_id: p for p in pending_reference(hub)}[device].counts == {}
