"""Tests for the shipped 案由 catalogues, their lookups and search, and the map from the old dispute categories."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest

from fuyuan_desktop.domain.causes import (
    ADMINISTRATIVE_2020,
    CATALOGUES,
    CIVIL_2020,
    PEOPLE_MEDIATION,
    Catalogue,
    catalogue,
    legacy_mappings,
    search_all,
    suggest_people_mediation_type,
)
from fuyuan_desktop.domain.enums import DisputeCategory
from fuyuan_desktop.domain.errors import NotFoundError


def _raw(filename: str) -> Any:
    node = resources.files("fuyuan_desktop.resources").joinpath("reference").joinpath("causes").joinpath(filename)
    return json.loads(node.read_text(encoding="utf-8"))


@pytest.mark.parametrize("catalogue_id", CATALOGUES)
def test_counts_per_level_match_the_header(catalogue_id: str) -> None:
    header = catalogue(catalogue_id).header
    assert {int(level): count for level, count in header["counts"].items()} == catalogue(catalogue_id).counts()


@pytest.mark.parametrize("catalogue_id", CATALOGUES)
def test_codes_are_unique_and_every_parent_exists_one_level_up(catalogue_id: str) -> None:
    rows = _raw(f"{catalogue_id}.json")["entries"]
    codes = [row["code"] for row in rows]
    assert len(codes) == len(set(codes))
    by_code = {row["code"]: row for row in rows}
    for row in rows:
        if row["parent"] is None:
            assert row["level"] == 1
        else:
            assert by_code[row["parent"]]["level"] == row["level"] - 1
            assert row["code"].startswith(row["parent"] + ".")


@pytest.mark.parametrize("catalogue_id", CATALOGUES)
def test_headers_say_what_the_data_is_and_every_source_is_declared(catalogue_id: str) -> None:
    header = catalogue(catalogue_id).header
    for key in ("title", "edition", "issuing_document", "effective", "sources", "completeness", "counts"):
        assert key in header
    assert header["completeness"]
    for cause in catalogue(catalogue_id):
        assert cause.sources, cause
        assert set(cause.sources) <= set(header["sources"]), cause


def test_civil_header_names_the_2020_revision_and_its_successor() -> None:
    header = catalogue(CIVIL_2020).header
    assert header["issuing_document"] == "法〔2020〕347号"
    assert header["effective"] == "2021-01-01"
    assert header["superseded"]["effective"] == "2026-01-01"


def test_civil_third_level_is_numbered_1_to_473_without_gaps() -> None:
    civil = catalogue(CIVIL_2020)
    numbers = [int(cause.number.rstrip(".")) for cause in civil.at_level(3) if cause.number]
    assert numbers == list(range(1, 474))
    for cause in civil.at_level(3):
        assert cause.code.rsplit(".", 1)[1] + "." == cause.number


def test_civil_fourth_level_entries_are_confirmed_by_two_sources() -> None:
    for cause in catalogue(CIVIL_2020).at_level(4):
        assert {"A", "B"} <= set(cause.sources), cause


def test_the_example_code_of_the_issue_is_instalment_sale() -> None:
    civil = catalogue(CIVIL_2020)
    cause = civil.get("4.10.84.1")
    assert cause.name == "分期付款买卖合同纠纷"
    assert [c.label for c in civil.ancestors(cause.code)] == ["第四部分 合同、准合同纠纷", "十、合同纠纷", "84. 买卖合同纠纷"]
    assert cause.label == "（1）分期付款买卖合同纠纷"


@pytest.mark.parametrize("query", ["买卖合同", "买卖合同纠纷", "mmht", "mmhtjf", "maimaihetong", "84"])
def test_sale_contract_is_found_by_characters_pinyin_initials_and_number(query: str) -> None:
    assert catalogue(CIVIL_2020).search(query)[0].name == "买卖合同纠纷"


@pytest.mark.parametrize("query", ["追索劳动报酬", "追索报酬", "zsldbc", "劳动 报酬"])
def test_unpaid_wages_is_found_under_labour_disputes(query: str) -> None:
    civil = catalogue(CIVIL_2020)
    found = civil.search(query)[0]
    assert found.name == "追索劳动报酬纠纷"
    assert [c.name for c in civil.ancestors(found.code)][1:] == ["劳动争议", "劳动合同纠纷"]


@pytest.mark.parametrize("query", ["土地经营权出租", "tdjyqcz", "土地 出租"])
def test_land_lease_is_found_by_characters_and_pinyin_initials(query: str) -> None:
    civil = catalogue(CIVIL_2020)
    found = civil.search(query)[0]
    assert found.name == "土地经营权出租合同纠纷"
    assert civil.parent(found.code).name == "土地承包经营权合同纠纷"  # type: ignore[union-attr]


def test_the_issues_land_lease_wording_is_not_in_the_2020_text() -> None:
    # issue 21 asked for 土地承包经营权出租纠纷 under 土地承包经营权纠纷; neither source has it (see the header).
    civil = catalogue(CIVIL_2020)
    assert civil.by_name("土地承包经营权出租纠纷") == []
    holding = civil.by_name("土地承包经营权纠纷")[0]
    assert [c.name for c in civil.children(holding.code)] == [
        "土地承包经营权确认纠纷", "承包地征收补偿费用分配纠纷", "土地承包经营权继承纠纷"]


@pytest.mark.parametrize("query", ["行政处罚", "xzcf", "处罚"])
def test_administrative_penalty_is_found(query: str) -> None:
    found = catalogue(ADMINISTRATIVE_2020).search(query)[0]
    assert found.name == "行政处罚"
    assert catalogue(ADMINISTRATIVE_2020).parent(found.code).name == "行政行为"  # type: ignore[union-attr]


def test_lookup_by_code_and_name_and_unknown_codes() -> None:
    civil = catalogue(CIVIL_2020)
    assert civil.by_name("民间借贷纠纷")[0].code == "4.10.103.3"
    assert civil.by_name(" 民间借贷纠纷 ") == civil.by_name("民间借贷纠纷")
    assert civil.find("9.99") is None
    assert "4.10" in civil and "4.99" not in civil
    with pytest.raises(NotFoundError, match=r"4\.99"):
        civil.get("4.99")
    with pytest.raises(NotFoundError):
        catalogue("criminal_2021")


def test_tree_walks() -> None:
    civil = catalogue(CIVIL_2020)
    assert [c.name for c in civil.roots()][:2] == ["人格权纠纷", "婚姻家庭、继承纠纷"]
    assert len(civil.roots()) == 11
    assert civil.level("6.17.186.5") == 4
    assert civil.parent("1") is None
    assert [c.name for c in civil.path("6.17.186.5")] == ["劳动争议、人事争议", "劳动争议", "劳动合同纠纷", "追索劳动报酬纠纷"]
    labour = civil.descendants("6.17")
    assert [c.name for c in labour[:3]] == ["劳动合同纠纷", "确认劳动关系纠纷", "集体合同纠纷"]
    assert {c.level for c in labour} == {3, 4}
    assert all(c.code.startswith("6.17.") for c in labour)
    assert civil.descendants("6.17.188") == []
    everything = [c for root in civil.roots() for c in [root, *civil.descendants(root.code)]]
    assert everything == list(civil)


def test_search_ranks_exact_before_prefix_before_contained_and_filters_levels() -> None:
    civil = catalogue(CIVIL_2020)
    names = [c.name for c in civil.search("合同纠纷")]
    assert names[0] == "合同纠纷"
    assert names.index("合同纠纷") < names.index("买卖合同纠纷")
    assert all(c.level == 3 for c in civil.search("合同", levels=[3]))
    assert len(civil.search("合同", limit=5)) == 5
    assert civil.search("   ") == []
    assert civil.search("不存在的案由名称") == []
    assert civil.search("4.10.84")[0].name == "买卖合同纠纷"


def test_search_all_spans_the_catalogues() -> None:
    found = search_all("物业")
    assert {c.catalogue for c in found} == {CIVIL_2020, PEOPLE_MEDIATION}
    assert search_all("行政处罚", limit=1)[0].catalogue == ADMINISTRATIVE_2020


def test_legacy_mapping_covers_all_17_categories_and_targets_exist() -> None:
    mappings = legacy_mappings()
    # OTHER_CIVIL is not one of the 17: it is what the old rules read for a 案由 none of them covers.
    legacy = [category for category in DisputeCategory if category is not DisputeCategory.OTHER_CIVIL]
    assert set(mappings) == {category.value for category in legacy}
    assert len(mappings) == 17
    raw = {row["category"]: row for row in _raw("legacy_categories.json")["mappings"]}
    for category in legacy:
        mapping = mappings[category.value]
        assert mapping.label == category.label
        assert mapping.note
        for target, row in zip(mapping.targets, raw[category.value]["targets"], strict=True):
            assert target.name == row["name"]  # the name written for reviewers still matches the code
        if category.is_administrative:
            assert {t.catalogue for t in mapping.targets} == {ADMINISTRATIVE_2020}


def test_legacy_mapping_examples() -> None:
    mappings = legacy_mappings()
    assert mappings["traffic_accident"].default.name == "机动车交通事故责任纠纷"
    assert not mappings["traffic_accident"].ambiguous
    assert mappings["admin_penalty"].default.name == "行政处罚"
    assert mappings["land_transfer"].default.name == "土地经营权出租合同纠纷"
    enterprise = mappings["enterprise_contract"]
    assert enterprise.ambiguous
    assert "买卖合同纠纷" in [t.name for t in enterprise.targets]


def test_people_mediation_type_is_suggested_from_the_nearest_listed_ancestor() -> None:
    traffic = suggest_people_mediation_type("9.31.374")
    assert traffic is not None and traffic.type.name == "道路交通事故纠纷" and traffic.basis == "inferred"
    sale = suggest_people_mediation_type("4.10.84.1")
    assert sale is not None
    assert (sale.type.name, sale.via.name, sale.basis) == ("合同纠纷", "合同纠纷", "name")
    wages = suggest_people_mediation_type("6.17.186.5")
    assert wages is not None and wages.type.name == "劳动争议纠纷"
    assert suggest_people_mediation_type("10") is None
    every_litigation_cause = [c for part in catalogue(CIVIL_2020).roots()[:9]
                              for c in catalogue(CIVIL_2020).descendants(part.code)]
    assert all(suggest_people_mediation_type(c.code) is not None for c in every_litigation_cause)


def test_every_mediation_suggestion_row_names_existing_entries() -> None:
    civil, people = catalogue(CIVIL_2020), catalogue(PEOPLE_MEDIATION)
    for row in _raw("people_mediation.json")["from_civil"]:
        assert civil.get(row["civil"]).name == row["civil_name"]
        assert row["type"] in people
        assert row["basis"] in ("name", "inferred")


def _catalogue(entries: list[dict[str, Any]]) -> Catalogue:
    return Catalogue.from_json("test", {"header": {"title": "测试"}, "entries": entries})


def test_catalogue_rejects_broken_data() -> None:
    root = {"code": "1", "name": "甲", "level": 1, "parent": None}
    with pytest.raises(ValueError, match="duplicate"):
        _catalogue([root, root])
    with pytest.raises(ValueError, match="missing"):
        _catalogue([{"code": "1.1", "name": "乙", "level": 2, "parent": "1"}, root])
    with pytest.raises(ValueError, match="level"):
        _catalogue([root, {"code": "1.1", "name": "乙", "level": 3, "parent": "1"}])
    with pytest.raises(ValueError, match="no parent"):
        _catalogue([{"code": "1", "name": "甲", "level": 2, "parent": None}])
