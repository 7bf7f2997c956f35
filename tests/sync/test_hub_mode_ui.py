"""Hub mode, offscreen: the court's staff open the hub database in the desktop app, import the tribunals'
bundles from a stick, see devices, received bundles, gaps, quarantined records and conflicts, approve a request
file and revoke a device; and the workbench started with ``--hub`` opens on the 数据中心 page."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fuyuan_desktop.demo import generate_demo
from fuyuan_desktop.hub.registry import Hub, init_hub
from fuyuan_desktop.services import hub as hub_service
from fuyuan_desktop.store.models import Dispute
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.sync.enrollment import install_grant, make_request, read_json, write_json
from fuyuan_desktop.sync.receipt import apply_receipt, load_receipt
from fuyuan_desktop.ui.pages.hub import HubPage
from fuyuan_desktop.ui.qt_fonts import load_bundled_fonts
from sync.sync_support import ACTOR, Laptop, dump

SHOTS = os.environ.get("FUYUAN_SHOTS")


@pytest.fixture(autouse=True)
def fonts(qapp: QApplication) -> None:
    load_bundled_fonts(qapp)


def _shot(widget: Any, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / name))


def _import(qtbot: QtBot, page: HubPage, files: list[Path]) -> None:
    with qtbot.waitSignal(page.imported, timeout=60000):  # emitted on the GUI thread once the lines are shown
        assert page.import_files(files) is not None


def _cells(table: Any, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


@pytest.mark.slow
def test_the_hub_page_imports_sticks_and_shows_devices_bundles_and_refusals(
        qtbot: QtBot, make_laptop: Callable[..., Laptop], hub: Hub, tmp_path: Path) -> None:
    a, b = make_laptop("a"), make_laptop("b")
    generate_demo(a.ctx, disputes=8, seed=71)
    generate_demo(b.ctx, disputes=5, seed=72)
    first_a, first_b = a.export().files[0], b.export().files[0]
    page = HubPage(hub)
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    assert _cells(page.device_table, 4) == ["在用", "在用"] and page.bundle_table.rowCount() == 0
    assert "在用设备 2 台" in page.summary_label.text() and page.gap_label.isHidden()

    # Laptop a's stick, as the workbench writes it (DIR/fuyuan/*.fyb), and a damaged copy of b's bundle.
    stick = tmp_path / "stick-a"
    (stick / "fuyuan").mkdir(parents=True)
    shutil.copy(first_a, stick / "fuyuan" / first_a.name)
    damaged = tmp_path / "damaged" / first_b.name
    damaged.parent.mkdir()
    data = bytearray(first_b.read_bytes())
    data[len(data) // 2] ^= 0x40
    damaged.write_bytes(bytes(data))
    before = dump(hub.db.engine)
    _import(qtbot, page, [damaged])
    assert _cells(page.import_table, 1) == ["拒收"] and "拒收" in page.import_table.item(0, 2).text()
    assert "拒收 1 个" in page.result_label.text()
    assert dump(hub.db.engine) == before, "a refused bundle changes nothing"

    files = hub_service.bundle_files(stick)
    assert [p.name for p in files] == [first_a.name]
    _import(qtbot, page, [*files, first_b])
    assert _cells(page.import_table, 1) == ["已导入", "已导入"]
    assert "导入 2 个" in page.result_label.text()
    receipt = stick / "fuyuan" / f"receipt-{_tag(a)}-00001.fyr"
    assert receipt.exists(), "the receipt goes back onto the clerk's stick beside the bundle"
    assert apply_receipt(a.db, load_receipt(receipt, a.db), actor=ACTOR).official_numbers
    assert page.bundle_table.rowCount() == 2 and sorted(_cells(page.bundle_table, 3)) != ["0", "0"]
    assert _cells(page.device_table, 5) == ["1", "1"]
    assert "已收数据包 2 个" in page.summary_label.text()
    with hub.db.read() as session:
        imported = session.query(Dispute).count()
    # Two demo laptops can draw the same demo 案号 for an already-numbered case: the hub quarantines the second
    # with its reason (never a silent loss): every dispute is either imported or set aside.
    set_aside = [q for q in hub_service.hub_quarantine(hub) if q.table_name == "dispute"]
    assert imported + len(set_aside) == 13 and all("official_number" in q.reason for q in set_aside)

    _import(qtbot, page, [first_a])  # the same stick again
    assert _cells(page.import_table, 1) == ["已导入过"] and "未作改动" in page.import_table.item(0, 2).text()
    _shot(page, "hub_page_import.png")
    page.tabs.setCurrentIndex(1)
    _shot(page, "hub_page_devices.png")


def _tag(laptop: Laptop) -> str:
    from fuyuan_desktop.sync.enrollment import self_device

    return self_device(laptop.db).tag


def test_approving_a_request_file_and_revoking_a_device_from_the_page(
        qtbot: QtBot, make_laptop: Callable[..., Laptop], hub: Hub, tmp_path: Path) -> None:
    newcomer = make_laptop("new", enroll=False)
    write_json(tmp_path / "req.json", make_request(newcomer.db))
    page = HubPage(hub)
    qtbot.addWidget(page)
    choices = dict((ref, label) for label, ref in hub_service.court_choices(hub))
    tribunal_ref = next(ref for ref in choices if ref.startswith("tribunal:"))
    page.approve_file(tmp_path / "req.json", tmp_path / "grant.json", tribunal_ref, url="https://10.22.1.5:8443")
    assert "已批准设备" in page.result_label.text()
    enrolled = install_grant(newcomer.db, read_json(tmp_path / "grant.json", "授权"))
    assert enrolled.tribunal_id == tribunal_ref.split(":", 1)[1]
    assert _cells(page.device_table, 0) == [_tag(newcomer)]

    page.approve_file(tmp_path / "nothing.json", tmp_path / "grant2.json", tribunal_ref)
    assert "找不到文件" in page.result_label.text()

    page.revoke_selected("丢失")
    assert "请先在列表中选一台设备" in page.result_label.text()
    page.device_table.selectRow(0)
    page.revoke_selected("  ")
    assert "请写明停用原因" in page.result_label.text()
    page.revoke_selected("笔记本电脑丢失")
    assert "已停用" in page.result_label.text()
    assert _cells(page.device_table, 4) == ["已停用"] and "笔记本电脑丢失" in page.device_table.item(0, 7).text()
    assert not page.revoke_button.isEnabled()


@pytest.mark.slow
def test_a_gap_is_shown_in_red_with_the_device(
        qtbot: QtBot, make_laptop: Callable[..., Laptop], hub: Hub, hub_url: str | None, tmp_path: Path) -> None:
    if hub_url is not None:
        pytest.skip("the hub restore below copies the SQLite file")
    from fuyuan_desktop.hub.ingest import import_bundle

    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=3, seed=9)
    hub_file = Path(str(hub.db.engine.url.database))
    hub.db.engine.dispose()
    shutil.copyfile(hub_file, tmp_path / "backup.sqlite3")
    apply_receipt(laptop.db, import_bundle(hub, laptop.export().files[0]).receipt, actor=ACTOR)
    hub.db.engine.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{hub_file}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(tmp_path / "backup.sqlite3", hub_file)  # last night's backup: bundle 1 lost to the hub
    generate_demo(laptop.ctx, disputes=2, seed=10)
    second = laptop.export().files[0]
    page = HubPage(hub)
    qtbot.addWidget(page)
    _import(qtbot, page, [second])
    assert "缺少更早的数据包" in page.import_table.item(0, 2).text()
    assert page.gap_label.isVisibleTo(page) and "有 1 台设备缺少更早的数据包" in page.gap_label.text()
    assert "缺少更早的数据包" in page.device_table.item(0, 7).text()
    assert page.device_table.item(0, 0).foreground().color().name() == "#b42318"


def test_an_unreachable_or_new_hub_is_said_in_words(tmp_path: Path) -> None:
    assert not hub_service.is_initialized(tmp_path / "empty")
    with pytest.raises(hub_service.HubUnreachableError, match=r"连不上中院端数据库 postgresql\+psycopg://fy:\*\*\*@127") as raised:
        hub_service.is_initialized(tmp_path, "postgresql+psycopg://fy:secret@127.0.0.1:1/x?connect_timeout=2")
    assert "secret" not in str(raised.value) and "请检查地址" in str(raised.value)
    hub = hub_service.open_hub_mode(tmp_path / "new-hub", create=True)
    try:
        assert hub_service.is_initialized(tmp_path / "new-hub")
        assert hub_service.overview(hub).backend == "SQLite"
    finally:
        hub.db.engine.dispose()


@pytest.mark.slow
def test_the_workbench_opens_in_hub_mode_with_the_cases_of_every_tribunal(
        qtbot: QtBot, qapp: QApplication, workbench_app: Any, make_laptop: Callable[..., Laptop], hub: Hub,
        hub_url: str | None, tmp_path: Path) -> None:
    from fuyuan_desktop.hub.ingest import import_bundle

    laptop = make_laptop("w")
    generate_demo(laptop.ctx, disputes=6, seed=3)
    import_bundle(hub, laptop.export().files[0])
    hub.db.engine.dispose()

    # The folder holding hub/ and no database named: hub init recorded it (PostgreSQL too) in hub.json.
    args = workbench_app.parse_args(["--data-dir", str(tmp_path / "staff"), "--hub", str(tmp_path)])
    window = workbench_app.start_workbench(qapp, args)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=60000):
        pass
    assert window.hub_mode and [k for k, _t in window.RAIL] == ["hub", "cases", "linkage", "stats"]
    assert window.windowTitle() == "中院数据中心"  # Qt appends the application name: not twice
    assert window.current_page_key() == "hub"
    page = window.page("hub")
    assert isinstance(page, HubPage) and page.device_table.rowCount() == 1 and page.bundle_table.rowCount() == 1
    window.show_page("cases")
    cases = window.page("cases")
    qtbot.waitUntil(lambda: cases.model.rowCount() == 6, timeout=60000)  # type: ignore[attr-defined]
    stats = window.page("stats")
    with qtbot.waitSignal(stats.computed, timeout=30000):  # type: ignore[attr-defined]
        window.show_page("stats")
        stats.refresh()  # type: ignore[attr-defined]
    assert stats.court.currentText() == "全部法院"  # type: ignore[attr-defined]
    assert stats.figure_labels["disputes"].text() == "6", "the hub counts what every tribunal sent"  # type: ignore[attr-defined]
    window.resize(1200, 720)
    window.show_page("hub")
    _shot(window, "hub_mode_window.png")
    window.close()
    assert window.settings.value("window/hub_page") == "hub"
    assert window.settings.value("window/page") is None, "the laptop's own last page is left alone"
    assert window.hub.db.engine.dialect.name == ("postgresql" if hub_url else "sqlite")  # type: ignore[union-attr]
    window.hub.db.engine.dispose()  # type: ignore[union-attr]


def test_hub_mode_arguments_are_checked(workbench_app: Any) -> None:
    with pytest.raises(SystemExit):
        workbench_app.parse_args(["--hub-db", "postgresql+psycopg://x@y/z"])
    with pytest.raises(SystemExit):
        workbench_app.parse_args(["--hub", "/tmp/x", "--demo"])


@pytest.mark.slow
def test_enrollment_over_the_network_from_both_pages(
        qtbot: QtBot, make_laptop: Callable[..., Laptop], hub: Hub, served: str) -> None:
    """The clerk sends the request from the 同步 page, the hub staff see it with the same code on the 数据中心
    page and approve it, the clerk fetches the grant and syncs — all over real loopback HTTP."""
    from fuyuan_desktop.sync.enrollment import current_peer
    from fuyuan_desktop.ui.pages.sync import SyncPage

    url = served
    laptop = make_laptop("net", enroll=False)
    generate_demo(laptop.ctx, disputes=4, seed=31)
    clerk_page = SyncPage(laptop.ctx, laptop.paths)
    qtbot.addWidget(clerk_page)
    assert not clerk_page.net_fetch_button.isEnabled()
    assert clerk_page.request_over_network("10.22.1.5") is None
    assert "请填写完整的地址" in clerk_page.result_label.text()
    with qtbot.waitSignal(clerk_page.answered, timeout=60000):
        assert clerk_page.request_over_network(url) is not None
    shown = clerk_page.result_label.text()
    assert "登记申请已送达中院" in shown and clerk_page.net_fetch_button.isEnabled()

    hub_page = HubPage(hub)
    qtbot.addWidget(hub_page)
    hub_page.resize(1100, 700)
    assert hub_page.pending_table.rowCount() == 1
    code = hub_page.pending_table.item(0, 0).text()
    assert code in shown, "both sides show the same verification code"
    assert hub_page.hub.key_code() in hub_page.key_code_label.text()
    with qtbot.waitSignal(clerk_page.answered, timeout=60000):
        clerk_page.fetch_grant(url)
    assert "中院尚未批准" in clerk_page.result_label.text()

    hub_page.approve_pending()
    assert "请先在列表中选一份申请" in hub_page.result_label.text()
    hub_page.pending_table.selectRow(0)
    hub_page.tabs.setCurrentIndex(1)
    _shot(hub_page, "hub_page_pending.png")
    hub_page.approve_pending("court:吉07")
    assert "已批准设备" in hub_page.result_label.text() and hub_page.pending_table.rowCount() == 0
    assert hub_page.device_table.rowCount() == 1

    with qtbot.waitSignal(clerk_page.answered, timeout=60000):
        clerk_page.fetch_grant(url)
    assert "已安装授权" in clerk_page.result_label.text() and hub_page.hub.key_code() in clerk_page.result_label.text()
    assert current_peer(laptop.db).url == url
    with qtbot.waitSignal(clerk_page.answered, timeout=60000):
        clerk_page.network_sync()
    assert "已导入设备" in clerk_page.result_label.text()
    with hub.db.read() as session:
        assert session.query(Dispute).count() == 4


@pytest.mark.slow
def test_a_network_request_can_be_rejected_from_the_page(make_laptop: Callable[..., Laptop], hub: Hub,
                                                          qtbot: QtBot) -> None:
    from fuyuan_desktop.hub.registry import enrollment_state, receive_request
    from fuyuan_desktop.sync.enrollment import make_request

    laptop = make_laptop("rej", enroll=False)
    receive_request(hub, make_request(laptop.db))
    page = HubPage(hub)
    qtbot.addWidget(page)
    page.pending_table.selectRow(0)
    page.reject_pending("  ")
    assert "请写明驳回原因" in page.result_label.text()
    page.reject_pending("不是本院配发的笔记本")
    assert "已驳回" in page.result_label.text() and page.pending_table.rowCount() == 0
    state = enrollment_state(hub, _device_id(laptop))
    assert state is not None and state.status == "rejected"


def _device_id(laptop: Laptop) -> str:
    from fuyuan_desktop.sync.enrollment import self_device

    return self_device(laptop.db).id


@pytest.mark.slow
def test_the_settings_page_command_starts_the_workbench_in_hub_mode(tmp_path: Path) -> None:
    """设置 → 以数据中心模式打开 runs this command (detached); here it runs to its first paint and quits."""
    import subprocess

    from fuyuan_desktop.ui.pages.settings import hub_mode_command

    init_hub(tmp_path / "hub")
    program, arguments = hub_mode_command(tmp_path / "hub", DataPaths(tmp_path / "staff"))
    assert arguments[-2:] == ["--hub", str(tmp_path / "hub")]
    done = subprocess.run([program, *arguments, "--quit-after-paint"], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=False)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "staff" / "ui.ini").exists(), "the staff member's own settings folder is used"


def test_a_device_that_has_gone_quiet_is_marked(qtbot: QtBot, make_laptop: Callable[..., Laptop], hub: Hub) -> None:
    from datetime import timedelta

    from fuyuan_desktop.store.sync_models import HubDevice
    from fuyuan_desktop.store.types import utcnow

    quiet, busy = make_laptop("quiet"), make_laptop("busy")
    with hub.db.write(ACTOR, "测试：设备很久没有同步") as session:
        for laptop, days in ((quiet, 31), (busy, 29)):
            row = session.get(HubDevice, _device_id(laptop))
            assert row is not None
            row.last_bundle_at = utcnow() - timedelta(days=days)
    page = HubPage(hub)
    qtbot.addWidget(page)
    notes = {page.device_table.item(r, 0).text(): page.device_table.item(r, 7).text()
             for r in range(page.device_table.rowCount())}
    assert "长时间没有数据包到达" in notes[_tag(quiet)] and notes[_tag(busy)] == ""
    row = _cells(page.device_table, 0).index(_tag(quiet))
    assert page.device_table.item(row, 0).foreground().color().name() == "#9a6700"
