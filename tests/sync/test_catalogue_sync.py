"""A 案由 amendment made at the intermediate court (an addition, a retirement) reaches a laptop with its next receipt
(SQLite and PostgreSQL hubs): before the receipt the laptop's catalogue is the shipped one; after it, the intake offers
the addition, refuses the retired 案由 with the court's reason, and the laptop's own older case keeps its 案由."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import intake_input, person

from fuyuan_desktop.domain.errors import InputErrors
from fuyuan_desktop.hub.ingest import import_bundle
from fuyuan_desktop.hub.registry import Hub
from fuyuan_desktop.services.cases import get_case
from fuyuan_desktop.services.causes import add_cause, list_amendments, list_catalogue, retire_cause, search_causes
from fuyuan_desktop.services.hub import hub_workspace
from fuyuan_desktop.services.intake import intake_dispute
from fuyuan_desktop.sync.receipt import apply_receipt, load_receipt
from sync.sync_support import ACTOR, Laptop

LIVE_STREAM = "网络直播带货买卖合同纠纷"


def _sync(laptop: Laptop, hub: Hub) -> None:
    outcome = import_bundle(hub, laptop.export().files[0], receipts=laptop.usb)
    assert outcome.receipt_path is not None
    apply_receipt(laptop.db, load_receipt(outcome.receipt_path, laptop.db), actor=ACTOR)


def _register(laptop: Laptop, cause: str) -> str:
    data = intake_input(person("张三", seq=1), person("李四", "被申请人", seq=2), category="")
    data.cause = cause
    return intake_dispute(laptop.ctx, data).id


@pytest.mark.slow
def test_the_hubs_catalogue_amendments_reach_the_laptop_with_the_receipt(
        make_laptop: Callable[..., Laptop], hub: Hub) -> None:
    laptop = make_laptop()
    old = _register(laptop, "civil_2020:4.10.84.2")  # 凭样品买卖合同纠纷, before the court retired it
    _sync(laptop, hub)

    admin = hub_workspace(hub).as_actor("中院管理员")
    add_cause(admin, "civil", "4.10.84", LIVE_STREAM)
    retire_cause(admin, "civil", "4.10.84.2", "松中院通知：并入买卖合同纠纷")
    assert [v.kind for v in list_amendments(admin)] == ["add", "retire"]
    assert not search_causes(laptop.ctx, "直播带货")  # not before the receipt
    assert list_amendments(laptop.ctx) == []
    assert search_causes(admin, "直播带货")[0].name == LIVE_STREAM

    _sync(laptop, hub)
    assert [v.what for v in list_amendments(laptop.ctx)] == [
        f"增补 4.10.84.9 {LIVE_STREAM}（上级 4.10.84）", "停用 4.10.84.2 凭样品买卖合同纠纷：松中院通知：并入买卖合同纠纷"]
    found = search_causes(laptop.ctx, "直播带货")
    assert found and found[0].ref == "civil_2020:4.10.84.9"
    assert LIVE_STREAM in [r.name for r in list_catalogue("civil", level=4, search="zbdh", ctx=laptop.ctx)]
    new = get_case(laptop.ctx, _register(laptop, found[0].ref))
    assert new.summary.cause == LIVE_STREAM
    with pytest.raises(InputErrors, match="松中院通知：并入买卖合同纠纷"):
        _register(laptop, "civil_2020:4.10.84.2")
    assert get_case(laptop.ctx, old).summary.cause == "凭样品买卖合同纠纷（已停用）"
