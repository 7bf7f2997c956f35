"""The hub checks ownership and time, on SQLite and PostgreSQL: a device scoped to 吉0721 that sends an edit of a
吉0702 case (moving its court, changing its summary) or of another device's party changes nothing there and
leaves a conflict for review; a row stamped 2099 or at the end of time is quarantined and drags no clock."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from fuyuan_desktop.domain.hlc import HybridClock, StampRangeError, format_stamp, parse_stamp
from fuyuan_desktop.hub.ingest import import_bundle
from fuyuan_desktop.hub.registry import Hub, approve
from fuyuan_desktop.services.setup import find_tribunal, initialize
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import Dispute, Party
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.sync.conflicts import list_conflicts, resolve_conflict
from fuyuan_desktop.sync.container import decrypt_bundle, volumes_of
from fuyuan_desktop.sync.enrollment import install_grant, make_request
from fuyuan_desktop.sync.receipt import apply_receipt
from sync.sync_support import ACTOR, Laptop, repack, shared_builders


def _laptop(tmp_path: Path, hub: Hub, name: str, tribunal: str, court: str) -> Laptop:
    paths = DataPaths(tmp_path / f"laptop-{name}")
    ctx = initialize(paths, actor=ACTOR, tribunal=tribunal)
    install_grant(ctx.db, approve(hub, make_request(ctx.db), court=court))
    return Laptop(Workspace(ctx.db, ACTOR, paths=paths), paths, tmp_path / f"usb-{name}")


def _register(laptop: Laptop, name: str, seq: int) -> str:
    from fuyuan_desktop.services.intake import intake_dispute

    b = shared_builders()
    made = intake_dispute(laptop.ctx, b.intake_input(b.person(name, seq=seq, phone="13904381234"),
                                                     b.person("李四", "被申请人", seq=seq + 1)))
    return made.id


def _rows_of(first: Path, hub: Hub, tmp: Path, table: str) -> list[dict[str, Any]]:
    with decrypt_bundle(volumes_of(first), hub.key().age_identity, tmp) as opened:
        return [json.loads(line) for line in opened.lines(f"tables/{table}.ndjson")]


def _stamp(laptop: Laptop, physical_ms: int | None = None) -> str:
    node = parse_stamp(laptop.db.clock.now())[2]
    return format_stamp(physical_ms if physical_ms is not None else int(datetime.now(UTC).timestamp() * 1000) + 5,
                        0, node)


@pytest.mark.slow
def test_a_device_never_overwrites_another_courts_case_or_another_devices_party(hub: Hub, tmp_path: Path) -> None:
    ningjiang = _laptop(tmp_path, hub, "a", "伯都", "吉0702")
    qianguo = _laptop(tmp_path, hub, "b", "长山", "吉0721")
    case_id = _register(ningjiang, "邝昇堃", 11)
    first_a = ningjiang.export().files[0]
    assert import_bundle(hub, first_a).status == "applied"
    _register(qianguo, "王五", 21)
    first_b = qianguo.export().files[0]
    theirs_case = next(r for r in _rows_of(first_a, hub, tmp_path / "s1", "dispute") if r["id"] == case_id)
    theirs_party = next(r for r in _rows_of(first_a, hub, tmp_path / "s2", "party") if r["name"] == "邝昇堃")
    qianguo_court = find_tribunal(qianguo.ctx, "长山").court_id

    def hijack(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        case = {**theirs_case, "court_id": qianguo_court, "summary": "被改写的纠纷概要", "hlc": _stamp(qianguo),
                "_base": theirs_case["hlc"]}
        party = {**theirs_party, "phone": "13800000000", "hlc": _stamp(qianguo), "_base": theirs_party["hlc"]}
        members["tables/dispute.ndjson"] = members["tables/dispute.ndjson"] + json.dumps(case).encode() + b"\n"
        members["tables/party.ndjson"] = members["tables/party.ndjson"] + json.dumps(party).encode() + b"\n"

    forged = repack(first_b, hub, qianguo, tmp_path / "forged", hijack)
    with hub.db.read() as session:
        before_case = session.get(Dispute, case_id)
        before_party = session.get(Party, theirs_party["id"])
    outcome = import_bundle(hub, forged)
    assert outcome.status == "applied"
    with hub.db.read() as session:
        after_case = session.get(Dispute, case_id)
        after_party = session.get(Party, theirs_party["id"])
    assert before_case is not None and after_case is not None and after_party is not None
    assert (after_case.court_id, after_case.summary, after_case.hlc) == (
        before_case.court_id, before_case.summary, before_case.hlc)
    assert after_party.phone == before_party.phone and after_party.hlc == before_party.hlc  # type: ignore[union-attr]
    conflicts = [c for c in list_conflicts(hub.db) if c.kind == "ownership"]
    assert {(c.table_name, c.field) for c in conflicts} >= {("dispute", "court_id"), ("dispute", "summary"),
                                                            ("party", "phone")}
    reasons = {q["row_id"]: q["reason"] for q in outcome.receipt["receipt"]["quarantined"]}
    assert "其他法院" in reasons[case_id] and "其他设备" in reasons[theirs_party["id"]]
    # the device gets the hub's version back; its own case went in as usual
    apply_receipt(qianguo.db, outcome.receipt, actor=ACTOR)
    assert outcome.stats["inserted"] >= 1
    # a reviewer may still take the device's value: an explicit act, audited, that syncs like any change
    summary = next(c for c in conflicts if c.field == "summary")
    resolve_conflict(hub.db, summary.id, restore=True, actor="中院审核员")
    with hub.db.read() as session:
        assert session.get(Dispute, case_id).summary == "被改写的纠纷概要"  # type: ignore[union-attr]


@pytest.mark.parametrize("physical_ms", [4_070_908_800_000, 9_999_999_999_999])  # 2099-01-01; the end of stamps
def test_stamps_far_ahead_are_quarantined_and_drag_no_clock(hub: Hub, tmp_path: Path, physical_ms: int) -> None:
    laptop = _laptop(tmp_path, hub, "a", "伯都", "吉0702")
    case_id = _register(laptop, "张三", 31)
    first = laptop.export().files[0]
    node = parse_stamp(laptop.db.clock.now())[2]

    def from_the_future(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        lines = [json.loads(line) for line in members["tables/dispute.ndjson"].splitlines()]
        for row in lines:
            row["hlc"] = format_stamp(physical_ms, 99_999, node)
        members["tables/dispute.ndjson"] = b"".join(json.dumps(r).encode() + b"\n" for r in lines)

    forged = repack(first, hub, laptop, tmp_path / "future", from_the_future)
    outcome = import_bundle(hub, forged)
    reasons = {q["row_id"]: q["reason"] for q in outcome.receipt["receipt"]["quarantined"]}
    assert "超前" in reasons[case_id]
    assert parse_stamp(hub.db.clock.now())[0] < 4_000_000_000_000  # the hub's clock stayed in this century
    # the next honest bundle imports and gets its official number as usual
    other = _register(laptop, "赵六", 41)
    later = import_bundle(hub, laptop.export().files[0])
    assert later.status == "applied"
    assert any(n["dispute_id"] == other for n in later.receipt["receipt"]["official_numbers"])
    with hub.db.read() as session:
        assert session.scalars(select(Dispute).where(Dispute.id == other)).one().official_number


def test_an_out_of_range_stamp_leaves_the_clock_where_it_was() -> None:
    clock = HybridClock("hub", wall_ms=lambda: 1_800_000_000_000)
    before = clock.now()
    with pytest.raises(StampRangeError):
        clock.observe(format_stamp(9_999_999_999_999, 99_999, "x"))
    assert clock.now() > before and parse_stamp(clock.now())[0] == 1_800_000_000_000
