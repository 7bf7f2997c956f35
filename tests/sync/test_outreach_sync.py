"""同堂培训 and 口头建议 rows travel laptop → hub like the other ledgers, and a later response follows them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from fuyuan_desktop.hub.ingest import import_bundle
from fuyuan_desktop.hub.registry import Hub
from fuyuan_desktop.services.linkage.outreach import (
    JointTrainingInput,
    OralInput,
    Participant,
    add_joint_training,
    add_oral,
    delete_joint_training,
    respond_oral,
)
from fuyuan_desktop.services.linkage.white_paper_text import import_litigation, set_narrative
from fuyuan_desktop.store.linkage_models import (
    JointTraining,
    LitigationTotals,
    OralRecommendation,
    WhitePaperNarrative,
)
from fuyuan_desktop.sync.export import pending_counts
from sync.sync_support import Laptop


def test_joint_training_and_oral_rows_reach_the_hub(make_laptop: Callable[..., Laptop], hub: Hub) -> None:
    laptop = make_laptop()
    day = date.today() - timedelta(days=5)
    training = add_joint_training(laptop.ctx, JointTrainingInput(
        day, "审委会会议室", "行政协议案件审理要点", [Participant("宁江区司法局", 12, 2)], materials="讲义"))
    oral = add_oral(laptop.ctx, OralInput(day, "宁江区自然资源局", "张法官", "庭审", "规范征收补偿告知程序"))
    pending = pending_counts(laptop.db)
    assert pending.get("jointtraining") == 1 and pending.get("oralrecommendation") == 1
    first = import_bundle(hub, laptop.export().files[0])
    assert first.status == "applied", first.message
    with hub.db.read() as session:
        row = session.get(JointTraining, training.id)
        assert row is not None and (row.topic, row.attendees, row.heads, row.materials) == (
            "行政协议案件审理要点", 12, 2, "讲义")
        assert "宁江区司法局" in row.agencies
        got = session.scalars(select(OralRecommendation)).one()
        assert (got.id, got.agency, got.adoption) == (oral.id, "宁江区自然资源局", "")

    respond_oral(laptop.ctx, oral.id, "已修订告知书", "采纳", date.today())
    second = import_bundle(hub, laptop.export().files[0])
    assert second.status == "applied", second.message
    with hub.db.read() as session:
        got = session.get(OralRecommendation, oral.id)
        assert got is not None and (got.adoption, got.response) == ("adopted", "已修订告知书")


@pytest.mark.slow
def test_white_paper_text_litigation_totals_and_deletions_reach_the_hub(make_laptop: Callable[..., Laptop], hub: Hub,
                                                                       tmp_path: Path) -> None:
    laptop = make_laptop()
    day = date.today() - timedelta(days=5)
    training = add_joint_training(laptop.ctx, JointTrainingInput(
        day, "审委会会议室", "证据规则", [Participant("宁江区司法局", 12, 2)]))
    set_narrative(laptop.ctx, 2025, "主要做法", "坚持府院联席会议制度。", court="吉0702")
    export = tmp_path / "收结案.csv"
    export.write_text("年度,法院,收案,结案,判决败诉,撤诉\n2025,吉0702,120,110,11,33\n", encoding="utf-8")
    import_litigation(laptop.ctx, export)
    pending = pending_counts(laptop.db)
    assert pending.get("whitepapernarrative") == 1 and pending.get("litigationtotals") == 1
    assert import_bundle(hub, laptop.export().files[0]).status == "applied"
    with hub.db.read() as session:
        text = session.scalars(select(WhitePaperNarrative)).one()
        assert (text.year, text.section, text.text) == (2025, "主要做法", "坚持府院联席会议制度。")
        totals = session.scalars(select(LitigationTotals)).one()
        assert (totals.received, totals.closed, totals.lost, totals.withdrawn) == (120, 110, 11, 33)

    delete_joint_training(laptop.ctx, training.id, "误登")
    assert import_bundle(hub, laptop.export().files[0]).status == "applied"
    with hub.db.read() as session:
        row = session.get(JointTraining, training.id)
        assert row is not None and row.deleted  # the tombstone travelled
