"""Two laptops edit the same record: merged per field from the base version, the loser logged, nothing lost;
the resolution syncs back; a final agreement is never merged."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select, text

from fuyuan_desktop.demo import generate_demo
from fuyuan_desktop.hub.ingest import import_bundle
from fuyuan_desktop.hub.registry import Hub
from fuyuan_desktop.store.models import Agreement, Tribunal
from fuyuan_desktop.sync.conflicts import list_conflicts, resolve_conflict
from fuyuan_desktop.sync.receipt import apply_receipt
from sync.sync_support import ACTOR, Laptop


def _sync(laptop: Laptop, hub: Hub) -> dict[str, object]:
    outcome = import_bundle(hub, laptop.export().files[0])
    apply_receipt(laptop.db, outcome.receipt, actor=ACTOR)
    return outcome.stats


def _tribunal(db: object, tribunal_id: str) -> Tribunal:
    with db.read() as session:  # type: ignore[attr-defined]
        found = session.get(Tribunal, tribunal_id)
    assert found is not None
    return found


def _edit(laptop: Laptop, tribunal_id: str, **values: str) -> None:
    with laptop.db.write(ACTOR, "修改法庭信息") as session:
        row = session.get(Tribunal, tribunal_id)
        assert row is not None
        for key, value in values.items():
            setattr(row, key, value)


@pytest.mark.slow
def test_two_laptops_edit_the_same_record(make_laptop: Callable[..., Laptop], hub: Hub) -> None:
    a, b = make_laptop("a"), make_laptop("b")
    _sync(a, hub)
    _sync(b, hub)
    tribunal_id = a.db.device_id and _tribunal_of(a)
    base = _tribunal(hub.db, tribunal_id)

    _edit(a, tribunal_id, phone="0438-1111111")
    _edit(b, tribunal_id, phone="0438-2222222", address="松原市开发区新址1号")
    first = _sync(a, hub)
    assert int(first["updated"]) + int(first["merged"]) >= 1 and first["conflicts"] == 0  # type: ignore[call-overload]
    second = _sync(b, hub)
    assert second["merged"] == 1 and second["conflicts"] == 1

    merged = _tribunal(hub.db, tribunal_id)
    assert merged.phone == "0438-2222222", "the later HLC wins the field both changed"
    assert merged.address == "松原市开发区新址1号", "a field only one side changed is simply taken"
    assert merged.name == base.name
    [conflict] = list_conflicts(hub.db)
    assert (conflict.table_name, conflict.field) == ("tribunal", "phone")
    assert (conflict.kept_value, conflict.lost_value) == ("0438-2222222", "0438-1111111")
    from fuyuan_desktop.services.setup import device_info

    assert conflict.lost_device == device_info(a.ctx).tag

    # B got the merged row in its receipt; A gets it with its next exchange.
    assert _tribunal(b.db, tribunal_id).address == "松原市开发区新址1号"
    _sync(a, hub)
    for laptop in (a, b):
        mine = _tribunal(laptop.db, tribunal_id)
        assert (mine.phone, mine.address, mine.hlc) == (merged.phone, merged.address, merged.hlc)

    # The reviewer restores the losing value at the hub: a fresh change that syncs down to both laptops.
    resolved = resolve_conflict(hub.db, conflict.id, restore=True, actor="中院审核员")
    assert resolved.status == "restored" and list_conflicts(hub.db) == []
    assert _tribunal(hub.db, tribunal_id).phone == "0438-1111111"
    _sync(a, hub)
    _sync(b, hub)
    assert _tribunal(a.db, tribunal_id).phone == _tribunal(b.db, tribunal_id).phone == "0438-1111111"
    assert list_conflicts(hub.db) == [], "syncing the resolution back raises no new conflict"


def _tribunal_of(laptop: Laptop) -> str:
    from fuyuan_desktop.services.setup import device_info

    info = device_info(laptop.ctx)
    assert info.tribunal_id
    return info.tribunal_id


@pytest.mark.slow
def test_a_final_agreement_is_never_merged(make_laptop: Callable[..., Laptop], hub: Hub) -> None:
    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=30, seed=21)
    with laptop.db.read() as session:
        final = session.scalars(select(Agreement).where(Agreement.status == "final")).first()
    assert final is not None
    _sync(laptop, hub)
    # An old app version (or a hand-edited database) changes the text of the final agreement on the laptop.
    with laptop.db.engine.begin() as conn:
        conn.execute(text("UPDATE agreement SET facts = :f, hlc = :h WHERE id = :id"),
                     {"f": "被改过的事实", "h": laptop.db.clock.now(), "id": final.id})
    stats = _sync(laptop, hub)
    assert stats["merged"] == 0
    with hub.db.read() as session:
        versions = list(session.scalars(select(Agreement).where(Agreement.dispute_id == final.dispute_id)
                                        .order_by(Agreement.version)))
    original = next(v for v in versions if v.id == final.id)
    assert original.facts == final.facts, "the final text at the hub is untouched"
    extra = [v for v in versions if v.facts == "被改过的事实"]
    assert len(extra) == 1 and extra[0].id != final.id and extra[0].version == max(v.version for v in versions)
    [flag] = [c for c in list_conflicts(hub.db) if c.kind == "final_document"]
    assert flag.row_id == extra[0].id and flag.kind_label == "定稿文书另存为新版本"
