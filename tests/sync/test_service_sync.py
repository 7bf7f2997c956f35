"""A recorded service (送达记录) travels laptop → hub like the case's other rows, with the printed paper it names,
and a second service recorded later follows it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from fuyuan_desktop.hub.ingest import import_bundle
from fuyuan_desktop.hub.registry import Hub
from fuyuan_desktop.services.documents import print_notice
from fuyuan_desktop.services.intake import intake_dispute
from fuyuan_desktop.services.service_records import ServiceInput, record_service
from fuyuan_desktop.store.models import GeneratedDocument, ServiceRecord
from fuyuan_desktop.sync.export import pending_counts
from sync.sync_support import Laptop, shared_builders

builders = shared_builders()


@pytest.mark.slow
def test_a_service_record_reaches_the_hub_with_its_paper(make_laptop: Callable[..., Laptop], hub: Hub,
                                                         tmp_path: Path) -> None:
    laptop = make_laptop()
    ctx = laptop.ctx
    number = intake_dispute(ctx, builders.intake_input(
        builders.person("张桂芝", seq=1), builders.person("李大山", "被申请人", seq=2),
        category="民间借贷纠纷", summary="借款到期未还")).number
    notice = print_notice(ctx, number, out=tmp_path / "n.pdf")
    today = ctx.today()
    left = record_service(ctx, number, ServiceInput(notice.verification_code, "李大山", today, "留置送达",
                                                    receipt="拒收", witness="王村主任（村委会）", place="李大山住所"))
    assert pending_counts(laptop.db).get("servicerecord") == 1
    first = import_bundle(hub, laptop.export().files[0])
    assert first.status == "applied", first.message
    with hub.db.read() as session:
        row = session.get(ServiceRecord, left.id)
        assert row is not None
        assert (row.recipient, row.method, row.receipt, row.witness, row.served_on, row.place) == (
            "李大山", "leaving", "refused", "王村主任（村委会）", today, "李大山住所")
        paper = session.get(GeneratedDocument, row.document_id)
        assert paper is not None and paper.verification_code == notice.verification_code

    signed = record_service(ctx, number, ServiceInput(notice.verification_code, "张桂芝", today, "直接"))
    second = import_bundle(hub, laptop.export().files[0])
    assert second.status == "applied", second.message
    with hub.db.read() as session:
        got = session.scalars(select(ServiceRecord).order_by(ServiceRecord.recipient)).all()
        assert {(r.id, r.recipient, r.method) for r in got} == {
            (left.id, "李大山", "leaving"), (signed.id, "张桂芝", "direct")}
