"""The places registry on a fresh store (no demo): seeded, picked at intake, warnings and statistics by registry place,
added only through the audited "add place", aliases, retirement, import/export, legacy places mapped after review."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import TODAY, person
from openpyxl import load_workbook
from sqlalchemy import func, select

from fuyuan_desktop.domain.errors import InputErrors, PermissionDeniedError, ValidationError
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.linkage.clusters import cluster_case_ids, similar_clusters
from fuyuan_desktop.services.linkage.stats import statistics
from fuyuan_desktop.services.linkage.warnings import linkage_warnings
from fuyuan_desktop.services.places import (
    COLUMNS,
    NewPlace,
    add_alias,
    add_place,
    automap_legacy,
    export_places,
    import_places,
    legacy_review,
    list_places,
    map_legacy,
    resolve_place,
    retire_place,
    search_places,
)
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import AuditEvent, Dispute, Place
from fuyuan_desktop.store.places import place_id_for

LAND = "土地承包经营权流转纠纷"


def _land(register: Callable[..., IntakeResult], n: int, place: str, *, seq: int, days_ago: int = 300,
          step: int = 25) -> list[IntakeResult]:
    return [register(person(f"农户{seq + i}", seq=seq + i), person(f"承包方{seq + i}", "被申请人", seq=seq + 500 + i),
                     category=LAND, summary="土地流转费拖欠", place=place,
                     registered_on=TODAY - timedelta(days=days_ago - step * i)) for i in range(n)]


def test_a_fresh_store_holds_the_shipped_places_once(ctx: Workspace) -> None:
    with ctx.db.read() as session:
        counts = dict(session.execute(select(Place.level, func.count()).group_by(Place.level)).all())
    assert counts == {"city": 1, "county": 6, "township": 147, "village": 1312, "park": 8}
    again = initialize(ctx.data_paths, actor="第二次打开")  # opening again adds nothing
    with again.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Place)) == 1474
        seeded = session.scalars(select(AuditEvent).where(AuditEvent.action.contains("统计用区划代码"))).all()
    assert len(seeded) == 1  # one audited bulk event, not one per opening


def test_type_ahead_by_characters_and_pinyin_initials(ctx: Workspace) -> None:
    assert search_places(ctx, "bd")[0].display_name == "伯都乡"
    assert search_places(ctx, "伯都")[0].display_name == "伯都乡"
    first = search_places(ctx, "bd")[0]
    assert (first.level, first.parent, first.code) == ("township", "宁江区", "220702202000")
    # Duplicate names are told apart by their parent.
    xinli = search_places(ctx, "新立村")
    assert {p.display_name for p in xinli} >= {"长山镇新立村", "巨宝山镇新立村", "新站乡新立村"}
    assert {p.parent for p in xinli if p.display_name == "长山镇新立村"} == {"前郭尔罗斯蒙古族自治县长山镇"}
    # Parks by their other names; a park and its official unit stay apart in labels.
    assert resolve_place(ctx, "雅达虹").display_name == "吉林宁江经济开发区（园区）"


def test_ambiguous_and_unknown_places_are_refused_with_the_candidates(ctx: Workspace, register) -> None:
    with pytest.raises(InputErrors) as caught:
        register(person("甲", seq=1), person("乙", "被申请人", seq=2), place="新立村")
    text = str(caught.value)
    assert "有多处" in text and "长山镇新立村" in text and "巨宝山镇新立村" in text
    with pytest.raises(InputErrors, match="地名库中没有「幸福屯」"):
        register(person("甲", seq=1), person("乙", "被申请人", seq=2), place="幸福屯")
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Dispute)) == 0
    made = register(person("甲", seq=1), person("乙", "被申请人", seq=2), place="长山镇新立村")
    with ctx.db.read() as session:
        dispute = session.get(Dispute, made.id)
        assert dispute is not None and dispute.place_id == place_id_for("220721101205")
        place = session.get(Place, dispute.place_id)
        assert place is not None and place.name == "新立村" and place.township_code == "220721101000"


def test_ten_land_transfer_disputes_in_boduxiang_warn_nine_do_not(ctx: Workspace, register) -> None:
    _land(register, 9, "伯都乡", seq=100)
    _land(register, 3, "伯都村", seq=200, days_ago=200)  # a village of 伯都乡: counts for the township
    assert [c.key for c in similar_clusters(ctx)] == ["伯都乡"]  # 12 of them
    # Now the same for a township with exactly nine, then ten.
    _land(register, 9, "善友镇", seq=300)
    assert "善友镇" not in {c.key for c in similar_clusters(ctx)}
    assert not [w for w in linkage_warnings(ctx) if "善友镇" in w.text]
    _land(register, 1, "善友镇", seq=400, days_ago=5)
    found = {c.key: c for c in similar_clusters(ctx)}
    assert found["善友镇"].count == 10 and found["善友镇"].code.startswith("220702")
    assert [w for w in linkage_warnings(ctx) if w.kind == "cluster" and "善友镇近12个月发生" in w.text]
    assert len(cluster_case_ids(ctx, "township", "land_transfer", "善友镇")) == 10


def test_the_same_village_name_in_two_townships_is_two_groups(ctx: Workspace, register) -> None:
    _land(register, 6, "长山镇新立村", seq=100)
    _land(register, 6, "巨宝山镇新立村", seq=200)
    assert similar_clusters(ctx, scopes=("village",)) == []  # six each, not twelve
    clusters = similar_clusters(ctx, scopes=("village",), min_cases=6)
    assert sorted(c.key for c in clusters) == ["巨宝山镇新立村", "长山镇新立村"]
    county = similar_clusters(ctx, scopes=("county",), min_cases=6)
    assert sorted(c.key for c in county) == ["前郭尔罗斯蒙古族自治县", "长岭县"]
    stats = statistics(ctx)
    assert {(c.label, c.count) for c in stats.by_village} == {("长山镇新立村", 6), ("巨宝山镇新立村", 6)}
    assert {(c.label, c.count) for c in stats.by_place} == {("长山镇", 6), ("巨宝山镇", 6)}
    assert {(c.label, c.count) for c in stats.by_county} == {("前郭尔罗斯蒙古族自治县", 6), ("长岭县", 6)}


def test_park_disputes_count_for_the_park(ctx: Workspace, register) -> None:
    _land(register, 2, "雅达虹", seq=100)
    _land(register, 1, "吉林宁江经济开发区", seq=200)  # the park's official unit: the same park
    stats = statistics(ctx)
    assert [(c.label, c.count) for c in stats.by_park] == [("吉林宁江经济开发区（园区）", 3)]


def test_add_place_is_explicit_audited_and_checked(ctx: Workspace, register) -> None:
    with pytest.raises(InputErrors, match="地名库中没有「幸福屯」"):
        register(person("甲", seq=1), person("乙", "被申请人", seq=2), place="幸福屯")
    made = add_place(ctx, NewPlace(name="幸福屯", level="村", parent="伯都乡", aliases=("幸福",)))
    assert (made.code, made.display_name, made.parent) == ("220702202901", "幸福屯", "宁江区伯都乡")
    assert "幸福屯" in {p.display_name for p in search_places(ctx, "xft")}  # 幸福屯 and its alias 幸福
    with pytest.raises(InputErrors, match="「幸福」有多处：幸福屯（宁江区伯都乡）、幸福村（长岭县流水镇）"):
        register(person("甲", seq=1), person("乙", "被申请人", seq=2), place="幸福")  # the alias is not unique
    register(person("甲", seq=1), person("乙", "被申请人", seq=2), place="伯都乡幸福")
    with ctx.db.read() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "地名库：添加地点")).all()
    assert len(events) == 1 and "幸福屯" in events[0].after_json
    with pytest.raises(ValidationError, match="伯都乡已有「幸福屯」"):
        add_place(ctx, NewPlace(name="幸福屯", level="村", parent="伯都乡"))
    with pytest.raises(ValidationError, match="村（社区）的上级应为"):
        add_place(ctx, NewPlace(name="某村", level="村", parent="宁江区"))
    with pytest.raises(ValidationError, match="级别"):
        add_place(ctx, NewPlace(name="某村", level="屯子", parent="伯都乡"))
    clerkless = ctx.as_actor("调解员甲", role="mediator")
    with pytest.raises(PermissionDeniedError, match="维护地名库"):
        add_place(clerkless, NewPlace(name="某村", level="村", parent="伯都乡"))


def test_alias_and_retire(ctx: Workspace, register) -> None:
    add_alias(ctx, "海渤日戈镇", "海勃日戈镇")
    assert resolve_place(ctx, "海勃日戈镇").code == resolve_place(ctx, "海渤日戈镇").code
    with pytest.raises(ValidationError, match="已有别名"):
        add_alias(ctx, "海渤日戈镇", "海勃日戈镇")
    register(person("甲", seq=1), person("乙", "被申请人", seq=2), place="伯都村", registered_on=TODAY - timedelta(days=30))
    retire_place(ctx, "伯都村", on=TODAY - timedelta(days=1), note="并入伯都乡永青村")
    with pytest.raises(InputErrors, match=r"已于 .* 停用"):
        register(person("丙", seq=3), person("丁", "被申请人", seq=4), place="伯都村")
    # A case registered before the retirement may still name it.
    register(person("丙", seq=3), person("丁", "被申请人", seq=4), place="伯都村", registered_on=TODAY - timedelta(days=2))
    assert "伯都村" not in {p.display_name for p in search_places(ctx, "伯都村")}
    assert "伯都村" in {p.display_name for p in search_places(ctx, "伯都村", include_retired=True)}


def test_import_is_all_or_nothing_and_names_row_and_column(ctx: Workspace, tmp_path: Path) -> None:
    bad = tmp_path / "places.csv"
    with bad.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerow(["", "幸福屯", "村", "220702202000", "幸福；幸福村", "2026-01-01", "", "新建"])
        writer.writerow(["", "和平屯", "村", "不存在的乡", "", "", "", ""])
        writer.writerow(["", "太平屯", "屯子", "220702202000", "", "", "", ""])
        writer.writerow(["", "安乐屯", "村", "220702202000", "", "2026-13-01", "", ""])
    with pytest.raises(InputErrors) as caught:
        import_places(ctx, bad)
    text = str(caught.value)
    assert "第 3 行「上级代码」列" in text and "第 4 行「级别」列" in text and "第 5 行「启用日期」列" in text
    assert not search_places(ctx, "幸福屯")  # nothing half-imported
    good = tmp_path / "good.csv"
    with good.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerow(["YQ2207-09", "松原新材料产业园", "园区", "220702000000", "新材料园", "", "", ""])
        writer.writerow(["", "幸福屯", "村", "220702202000", "幸福", "", "", ""])
        writer.writerow(["220702202201", "伯都村", "村", "220702202000", "", "", "", ""])  # already there: skipped
    result = import_places(ctx, good)
    assert (result.added, result.skipped) == (2, 1)
    assert resolve_place(ctx, "新材料园").display_name == "松原新材料产业园"
    out = tmp_path / "export.xlsx"
    assert export_places(ctx, out, only_own=True) == 2
    sheet = load_workbook(out).worksheets[0]
    rows = [[c or "" for c in row] for row in sheet.iter_rows(values_only=True)]
    assert tuple(rows[0]) == COLUMNS
    assert {r[1] for r in rows[1:]} == {"松原新材料产业园", "幸福屯"}
    # The export imports back unchanged: every row is already there.
    assert import_places(ctx, out).skipped == 2


def test_legacy_places_map_automatically_or_after_review(ctx: Workspace, register) -> None:
    with ctx.db.write(ctx.actor, "旧数据") as session:
        unique = Place(name="伯都村", kind="village", township="伯都乡", county_code="220702")
        twice = Place(name="新立村", kind="village", township="", county_code="220721")
        session.add_all([unique, twice])
        session.flush()
        for i, place in enumerate((unique, unique, twice)):
            session.add(Dispute(provisional_number=f"临-旧-{i}", court_id=_court_id(session), place_id=place.id,
                                place_text=place.name, category="land_transfer", source="当事人申请",
                                registered_on=TODAY))
        session.add(Dispute(provisional_number="临-旧-9", court_id=_court_id(session), place_text="雅达虹",
                            category="land_transfer", source="当事人申请", registered_on=TODAY))
    assert automap_legacy(ctx) == 3  # 伯都乡伯都村 (two cases) and the text 雅达虹
    assert automap_legacy(ctx) == 0  # nothing new since
    pending = legacy_review(ctx)
    assert [(p.text, p.cases) for p in pending] == [("新立村", 1)]
    assert "长山镇新立村" in pending[0].candidates
    assert map_legacy(ctx, pending[0].key, "长山镇新立村") == 1
    assert legacy_review(ctx) == []
    with ctx.db.read() as session:
        on_registry = session.scalar(select(func.count()).select_from(Dispute).join(Place, Place.id == Dispute.place_id)
                                     .where(Place.source != "legacy"))
    assert on_registry == 4
    assert list_places(ctx, "雅达虹")[0].level == "park"


def _court_id(session) -> str:  # type: ignore[no-untyped-def]
    from fuyuan_desktop.store.models import Court

    return session.scalars(select(Court.id)).first()
