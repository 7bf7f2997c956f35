"""History per case: each official 案号 a receipt gives (or corrects) is an audit event on that case naming the
receipt and the hub; applying the same receipt again adds nothing; the receipt's full list goes to a file."""

from __future__ import annotations

import copy
import csv
from collections.abc import Callable

import pytest

from fuyuan_desktop.demo import generate_demo
from fuyuan_desktop.domain.hlc import format_stamp, parse_stamp
from fuyuan_desktop.hub.ingest import import_bundle
from fuyuan_desktop.hub.registry import Hub
from fuyuan_desktop.services.audit import case_history
from fuyuan_desktop.services.sync import apply_receipt_file, write_receipt_list
from fuyuan_desktop.store.models import AuditEvent
from fuyuan_desktop.sync.receipt import (
    ACTION_NUMBER_ASSIGNED,
    ACTION_NUMBER_CORRECTED,
    apply_receipt,
    load_receipt,
    sign_receipt,
)
from fuyuan_desktop.sync.rows import BASE_KEY
from sync.sync_support import ACTOR, Laptop


def _events(laptop: Laptop) -> int:
    with laptop.db.read() as session:
        return int(session.query(AuditEvent).count())


@pytest.mark.slow
@pytest.mark.parametrize("hub_url", [None])
def test_each_official_number_is_an_event_on_its_case(make_laptop: Callable[..., Laptop], hub: Hub) -> None:
    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=12, seed=11)
    outcome = import_bundle(hub, laptop.export().files[0], receipts=laptop.usb)
    assert outcome.receipt_path is not None
    body = outcome.receipt["receipt"]
    numbers = body["official_numbers"]
    assert len(numbers) >= 5

    result = apply_receipt_file(laptop.ctx, outcome.receipt_path)
    hub_id = hub.key().owner_id
    for item in numbers:
        history = case_history(laptop.ctx, item["official_number"])
        [event] = [h for h in history if h.action == ACTION_NUMBER_ASSIGNED]
        assert event.after["official_number"] == item["official_number"]
        assert event.after["receipt"] == body["receipt_id"] and event.after["bundle"] == body["bundle_id"]
        assert event.after["hub_id"] == hub_id and event.after["hub"]
        assert event.entity == "dispute"

    before = _events(laptop)
    apply_receipt_file(laptop.ctx, outcome.receipt_path)
    again = case_history(laptop.ctx, numbers[0]["official_number"])
    assert [h.action for h in again].count(ACTION_NUMBER_ASSIGNED) == 1, "the same receipt twice adds no event"
    assert _events(laptop) - before <= 1  # only the receipt's own summary entry

    # The full list: every number, in a file the command names (the terminal shows a summary).
    listed = write_receipt_list(laptop.ctx, result)
    assert listed is not None and listed.parent == laptop.paths.root / "receipts"
    with listed.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["类别", "临时编号", "正式案号"]
    assert sorted(r[2] for r in rows[1:] if r[0] == "正式案号") == sorted(n["official_number"] for n in numbers)

    # The hub corrects one number: a later signed receipt carries the case's row with the new number.
    [row] = [copy.deepcopy(r) for r in body["rows"]["dispute"] if r["id"] == numbers[0]["dispute_id"]]
    ms, counter, node = parse_stamp(row["hlc"])
    row[BASE_KEY] = row["hlc"]  # the version the laptop holds since the first receipt
    row["hlc"] = format_stamp(ms + 60_000, counter, node)
    corrected = numbers[0]["official_number"].replace("调", "调9")  # e.g. …民诉前调1号 → …民诉前调91号
    row["official_number"] = corrected
    if "official_key" in row:
        from fuyuan_desktop.domain.case_numbers import number_search_key

        row["official_key"] = number_search_key(corrected)
    later = {k: v for k, v in body.items() if k not in ("format", "receipt_id", "issued_at")}
    later.update(official_numbers=[], rows={"dispute": [row]}, quarantined=[])
    signed = sign_receipt(hub.key().signing_key, later)
    apply_receipt(laptop.db, signed, actor=ACTOR)
    history = case_history(laptop.ctx, corrected)
    [fix] = [h for h in history if h.action == ACTION_NUMBER_CORRECTED]
    assert fix.before == {"official_number": numbers[0]["official_number"]}
    assert fix.after["official_number"] == corrected and fix.after["receipt"] == signed["receipt"]["receipt_id"]
    assert load_receipt(outcome.receipt_path, laptop.db)["receipt"]["receipt_id"] != signed["receipt"]["receipt_id"]
