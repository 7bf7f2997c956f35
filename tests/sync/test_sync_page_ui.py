"""The 同步 page, offscreen: enroll, export to a folder in a worker, apply the receipt, review a conflict."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fuyuan_desktop.demo import generate_demo
from fuyuan_desktop.hub.ingest import import_bundle
from fuyuan_desktop.hub.registry import Hub, approve
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import Tribunal
from fuyuan_desktop.sync.enrollment import read_json, write_json
from fuyuan_desktop.sync.receipt import apply_receipt
from fuyuan_desktop.ui.pages.sync import SyncPage
from fuyuan_desktop.ui.qt_fonts import load_bundled_fonts
from sync.sync_support import ACTOR, Laptop

SHOTS = os.environ.get("FUYUAN_SHOTS")


@pytest.fixture(autouse=True)
def fonts(qapp: QApplication) -> None:
    load_bundled_fonts(qapp)


def _shot(page: SyncPage, name: str) -> None:
    if SHOTS:
        page.grab().save(str(Path(SHOTS) / name))


@pytest.mark.slow
def test_the_sync_page_takes_a_laptop_through_enrollment_export_and_receipt(
        qtbot: QtBot, make_laptop: Callable[..., Laptop], hub: Hub, tmp_path: Path) -> None:
    laptop = make_laptop("ui", enroll=False)
    generate_demo(laptop.ctx, disputes=12, seed=51)
    page = SyncPage(laptop.ctx, laptop.paths)
    qtbot.addWidget(page)
    page.resize(900, 640)
    page.show()
    assert page.hub_value.text() == "未登记"
    assert "尚未在中院登记" in page.problem_label.text()
    assert not page.export_other_button.isEnabled()

    page.write_request(tmp_path / "req.json")
    assert "已生成登记申请" in page.result_label.text()
    write_json(tmp_path / "grant.json", approve(hub, read_json(tmp_path / "req.json", "申请"), court="吉07"))
    page.install_grant(tmp_path / "grant.json")
    assert page.hub_value.text() == "中院数据中心" and page.problem_label.isHidden()
    assert "案件 12" in page.pending_detail.text()
    _shot(page, "sync_page_pending.png")

    task = page.export_to(tmp_path / "stick")
    with qtbot.waitSignal(task.signals.finished, timeout=60000):
        pass
    assert "已导出第 1 个数据包" in page.result_label.text()
    assert "案件 12" in page.pending_detail.text(), "still pending until the receipt"
    [bundle] = list((tmp_path / "stick").glob("*.fyb"))

    outcome = import_bundle(hub, bundle, receipts=tmp_path / "stick")
    assert outcome.receipt_path is not None
    with qtbot.waitSignal(page.data_changed, timeout=60000):
        page.apply_receipt(outcome.receipt_path)
    assert "已应用回执" in page.result_label.text() and "→" in page.result_label.text()
    assert page.pending_value.text() == "0 条" and page.pending_detail.isHidden()
    assert page.last_receipt_value.text() != "—"
    _shot(page, "sync_page_done.png")


@pytest.mark.slow
def test_conflicts_are_listed_and_resolved_on_the_page(
        qtbot: QtBot, make_laptop: Callable[..., Laptop], hub: Hub) -> None:
    a, b = make_laptop("a"), make_laptop("b")
    for laptop in (a, b):
        apply_receipt(laptop.db, import_bundle(hub, laptop.export().files[0]).receipt, actor=ACTOR)
    with a.db.read() as session:
        tribunal_id = session.query(Tribunal).first().id  # type: ignore[union-attr]
    for laptop, phone in ((a, "0438-3000001"), (b, "0438-3000002")):
        with laptop.db.write(ACTOR, "改电话") as session:
            row = session.get(Tribunal, tribunal_id)
            assert row is not None
            row.phone = phone
        apply_receipt(laptop.db, import_bundle(hub, laptop.export().files[0]).receipt, actor=ACTOR)

    hub_page = SyncPage(Workspace(hub.db, "中院审核员"), a.paths)  # hub mode: the hub's database
    qtbot.addWidget(hub_page)
    hub_page.resize(1000, 600)
    hub_page.tabs.setCurrentIndex(1)
    hub_page.show()
    assert hub_page.conflict_model.rowCount() == 1
    assert hub_page.conflict_model.data(hub_page.conflict_model.index(0, 4)) == "0438-3000001"
    _shot(hub_page, "sync_conflicts.png")
    hub_page.resolve_selected(restore=True)
    assert "请先在列表中选一条冲突" in hub_page.result_label.text()
    hub_page.conflict_view.selectRow(0)
    hub_page.resolve_selected(restore=True)
    assert "已恢复落选值" in hub_page.result_label.text()
    assert hub_page.conflict_model.rowCount() == 0 and hub_page.conflicts.empty_label.isVisibleTo(hub_page)
    with hub.db.read() as session:
        assert session.get(Tribunal, tribunal_id).phone == "0438-3000001"  # type: ignore[union-attr]


def test_sync_is_role_gated_on_the_page_and_in_the_services(
        qtbot: QtBot, make_laptop: Callable[..., Laptop], tmp_path: Path) -> None:
    from fuyuan_desktop.domain.errors import PermissionDeniedError
    from fuyuan_desktop.services import sync as sync_service

    laptop = make_laptop("roles")
    mediator = Workspace(laptop.db, "王调解员", role="mediator", paths=laptop.paths)
    page = SyncPage(mediator, laptop.paths)
    qtbot.addWidget(page)
    assert not page.export_other_button.isEnabled() and not page.receipt_button.isEnabled()
    assert not page.request_button.isEnabled()
    assert "只有法官、书记员、管理员可以导出同步数据" in page.export_other_button.toolTip()
    with pytest.raises(PermissionDeniedError, match="无权导出同步数据"):
        sync_service.export_to(mediator, tmp_path / "out")
    assert not (tmp_path / "out").exists()
    clerk = Workspace(laptop.db, "书记员", role="clerk", paths=laptop.paths)
    with pytest.raises(PermissionDeniedError, match="无权办理设备登记：此操作只能由管理员进行"):
        sync_service.write_request(clerk, tmp_path / "req.json")
    clerk_page = SyncPage(clerk, laptop.paths)
    qtbot.addWidget(clerk_page)
    assert clerk_page.export_other_button.isEnabled() and clerk_page.receipt_button.isEnabled()
    assert not clerk_page.grant_button.isEnabled()
    assert sync_service.export_to(clerk, tmp_path / "out").seq == 1
