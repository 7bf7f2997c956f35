"""A threshold the hub's administrator changes reaches a laptop with its next receipt (SQLite and PostgreSQL hubs):
the receipt says what changed, the 类案预警 fires at the new threshold, laptop keys stay the laptop's own."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta

import pytest

from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.hub.ingest import import_bundle
from fuyuan_desktop.hub.registry import Hub
from fuyuan_desktop.services.hub import hub_workspace
from fuyuan_desktop.services.intake import intake_dispute
from fuyuan_desktop.services.linkage.warnings import linkage_warnings
from fuyuan_desktop.services.reference import list_settings, set_setting
from fuyuan_desktop.store.models import AuditEvent
from fuyuan_desktop.sync.receipt import apply_receipt, load_receipt
from sync.sync_support import ACTOR, Laptop, shared_builders

LAND = "土地承包经营权流转纠纷"
THRESHOLD = "linkage.cluster.min_cases"


def _nine_land_cases(laptop: Laptop) -> None:
    builders = shared_builders()
    today = laptop.ctx.today()
    for i in range(9):
        intake_dispute(laptop.ctx, builders.intake_input(
            builders.person(f"农户{i}", seq=100 + i), builders.person(f"承包方{i}", "被申请人", seq=200 + i),
            category=LAND, summary="土地流转费拖欠", place="伯都乡", registered_on=today - timedelta(days=300 - 30 * i)))


def _clusters(laptop: Laptop) -> list[str]:
    return [w.text for w in linkage_warnings(laptop.ctx) if w.kind == "cluster"]


def _sync(laptop: Laptop, hub: Hub) -> list[str]:
    """Export, import at the hub, apply the receipt from the stick: what the receipt said changed."""
    outcome = import_bundle(hub, laptop.export().files[0], receipts=laptop.usb)
    assert outcome.receipt_path is not None
    result = apply_receipt(laptop.db, load_receipt(outcome.receipt_path, laptop.db), actor=ACTOR)
    return [c["text"] for c in result.settings_changed]


def _view(laptop: Laptop, key: str) -> object:
    return next(v for v in list_settings(laptop.ctx) if v.key == key)


@pytest.mark.slow
def test_a_threshold_changed_at_the_hub_reaches_the_laptop_with_its_next_receipt(
        make_laptop: Callable[..., Laptop], hub: Hub) -> None:
    laptop = make_laptop()
    _nine_land_cases(laptop)
    assert _clusters(laptop) == []  # nine in 12 months: below the default threshold of 10
    assert _sync(laptop, hub) == []  # the hub has set nothing: nothing changes

    admin = hub_workspace(hub).as_actor("中院管理员")
    change = set_setting(admin, "类案预警阈值", "9", note="松中院〔2026〕12号")
    assert change is not None and change.sentence == "类案预警阈值 10 → 9"
    set_setting(admin, "sync.quiet_device_days", "20")  # the hub's own key: never sent to laptops
    set_setting(laptop.ctx, "linkage.meetings.due_soon_days", "3")  # the laptop's own key
    assert _clusters(laptop) == []  # not before the receipt

    assert _sync(laptop, hub) == ["类案预警阈值 10 → 9"]
    [warning] = _clusters(laptop)
    assert "伯都乡" in warning and "9件" in warning and "（9件）" in warning
    view = _view(laptop, THRESHOLD)
    assert (view.value, view.origin, view.hub_version, view.inferred) == ("9", "hub", 1, False)  # type: ignore[attr-defined]
    assert view.received_at and view.source_note == "松中院〔2026〕12号" and view.previous == "10"  # type: ignore[attr-defined]
    assert "中院下发（中院第 1 版" in view.where  # type: ignore[attr-defined]
    assert _view(laptop, "sync.quiet_device_days").value == "30"  # type: ignore[attr-defined]
    assert _view(laptop, "linkage.meetings.due_soon_days").value == "3"  # type: ignore[attr-defined]
    with laptop.db.read() as session:
        [event] = session.query(AuditEvent).filter(AuditEvent.action == "中院更新参考数据项").all()
    assert json.loads(event.after_json)["value"] == 9 and json.loads(event.after_json)["receipt"]

    assert _sync(laptop, hub) == []  # the same regional set again: nothing more

    set_setting(admin, THRESHOLD, None)  # back to the default at the hub
    assert _sync(laptop, hub) == ["类案预警阈值 9 → 10"]
    assert _clusters(laptop) == []
    assert _view(laptop, THRESHOLD).hub_version == 2  # type: ignore[attr-defined]


@pytest.mark.slow
def test_a_laptop_override_stands_until_the_hub_changes_that_key_again(
        make_laptop: Callable[..., Laptop], hub: Hub) -> None:
    laptop = make_laptop()
    admin = hub_workspace(hub).as_actor("中院管理员")
    set_setting(admin, THRESHOLD, "8")
    assert _sync(laptop, hub) == ["类案预警阈值 10 → 8"]
    set_setting(laptop.ctx, THRESHOLD, "12")  # a court's own choice for a while
    assert _sync(laptop, hub) == []
    assert _view(laptop, THRESHOLD).value == "12"  # type: ignore[attr-defined]
    set_setting(admin, THRESHOLD, "7")
    assert _sync(laptop, hub) == ["类案预警阈值 12 → 7"]


def test_a_receipt_whose_settings_were_altered_is_refused(make_laptop: Callable[..., Laptop], hub: Hub) -> None:
    laptop = make_laptop()
    set_setting(hub_workspace(hub).as_actor("中院管理员"), THRESHOLD, "9")
    outcome = import_bundle(hub, laptop.export().files[0])
    receipt = outcome.receipt
    receipt["receipt"]["settings"][0]["value"] = 2
    with pytest.raises(ValidationError, match="签名不符"):
        apply_receipt(laptop.db, receipt, actor=ACTOR)
    assert _view(laptop, THRESHOLD).value == "10"  # type: ignore[attr-defined]


@pytest.mark.slow
def test_the_hub_window_edits_the_regional_set(qtbot: object, make_laptop: Callable[..., Laptop], hub: Hub,
                                               tmp_path: object) -> None:
    from fuyuan_desktop.ui.pages.hub import HubPage

    laptop = make_laptop()
    page = HubPage(hub)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.resize(1280, 680)
    page.tabs.setCurrentIndex(page.tabs.count() - 1)
    box = page.reference_box
    box.select_key(THRESHOLD)
    box.value_edit.setText("0")
    assert not box.save() and "超出允许范围" in box.error_label.text()
    box.value_edit.setText("9")
    box.inferred_check.setChecked(False)
    assert box.save() and "类案预警阈值 10 → 9" in box.status_label.text()
    page.grab().save(str(tmp_path) + "/hub_reference.png")  # type: ignore[operator]
    assert _sync(laptop, hub) == ["类案预警阈值 10 → 9"]
