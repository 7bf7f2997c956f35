"""The shipped Songyuan places: well-formed codes, counts as the header says, look-up by name and pinyin, parks."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from fuyuan_desktop.domain.places import Gazetteer, full_code, load_document, songyuan
from fuyuan_desktop.resources import read_text

PARENT_LEVEL = {"county": "city", "township": "county", "village": "township"}
SIGNIFICANT = {"city": 4, "county": 6, "township": 9, "village": 12}


@pytest.fixture(scope="module")
def book() -> Gazetteer:
    return songyuan()


@pytest.fixture(scope="module")
def document() -> dict[str, object]:
    data = json.loads(read_text("reference", "places", "songyuan.json"))
    assert isinstance(data, dict)
    return data


def test_counts_per_level_match_the_header(book: Gazetteer, document: dict[str, object]) -> None:
    header = document["header"]
    assert isinstance(header, dict)
    assert book.counts() == header["counts"]
    assert header["counts"] == {"city": 1, "county": 6, "township": 147, "village": 1312}
    assert header["edition"] == 2023 and book.edition == 2023
    assert header["park_count"] == len(book.parks)
    assert {"source", "terms", "retrieval_notes", "rules"} <= set(header)


def test_codes_are_unique_twelve_digits_and_parents_are_prefixes(book: Gazetteer,
                                                                 document: dict[str, object]) -> None:
    rows = document["places"]
    assert isinstance(rows, list)
    codes = [row["code"] for row in rows]
    assert len(codes) == len(set(codes)) == len(book)
    for place in book:
        assert len(place.code) == 12 and place.code.isdigit(), place
        assert place.code[SIGNIFICANT[place.level]:] == "0" * (12 - SIGNIFICANT[place.level]), place
        if place.level == "city":
            assert place.parent is None and place.code == "220700000000"
            continue
        assert place.parent is not None
        parent = book.place(place.parent)
        assert parent.level == PARENT_LEVEL[place.level], place
        assert place.code.startswith(parent.code[: SIGNIFICANT[parent.level]]), place
        assert place.code != parent.code


def test_every_place_hangs_under_songyuan_and_kinds_follow_the_coding_rule(book: Gazetteer) -> None:
    for place in book:
        assert place.code.startswith("2207")
        if place.level == "township":
            number = int(place.code[6:9])
            expected = "subdistrict" if number < 100 else "town" if number < 200 else (
                "township" if number < 400 else "special")
            assert place.kind == expected, place
        if place.level == "village":
            number = int(place.code[9:12])
            assert place.kind == ("community" if number < 200 else "village" if number < 400 else
                                  "community_like" if number < 600 else "village_like"), place
        assert place.class_code is None  # the 2023 source carries no urban-rural class (docs/places.md)
    counties = {p.name for p in book.children("220700")}
    assert counties == {"宁江区", "前郭尔罗斯蒙古族自治县", "长岭县", "乾安县", "扶余市", "吉林松原经济开发区"}
    assert book.place("220771").kind == "functional_area"


def test_budu_is_found_by_its_short_name_and_its_pinyin_initials(book: Gazetteer) -> None:
    budu = book.place("220702202000")
    assert budu.name == "伯都乡" and "伯都" in budu.aliases
    assert budu in book.by_name("伯都")
    assert book.by_name("伯都乡") == [budu]
    assert book.search("伯都")[0] == budu
    assert book.search("bd")[0] == budu
    assert book.search("bodu")[0] == budu  # 都 read du in a place name, not dou
    assert book.search("changling")[0] == book.place("220722")


def test_aliases_follow_the_documented_rule(book: Gazetteer) -> None:
    tiexi = book.place("220702010")
    assert tiexi.name == "铁西街道" and {"铁西", "铁西街道办事处"} <= set(tiexi.aliases)
    village = book.place("220702202201")
    assert (village.name, village.short_name) == ("伯都村委会", "伯都村")
    assert {"伯都村民委员会", "伯都"} <= set(village.aliases)
    community = book.place("220781001004")
    assert (community.name, community.short_name) == ("富强社区居民委员会", "富强社区")
    assert "富强社区居委会" in community.aliases
    sanjun = book.place("220781200")
    assert {"三骏乡", "三骏"} <= set(sanjun.aliases)
    assert {"前郭县", "前郭"} <= set(book.place("220721").aliases)
    virtual = book.place("220702401598")
    assert virtual.aliases == (virtual.name,)


def test_duplicate_names_are_all_returned_and_told_apart_by_a_parent(book: Gazetteer) -> None:
    xinli = book.by_name("新立村")
    assert len(xinli) == 4
    assert len({p.display_name for p in xinli}) == 4
    assert "长山镇新立村" in {p.display_name for p in xinli}
    (changshan,) = book.by_name("长山镇新立村")
    assert changshan.code == "220721101205"
    assert book.qualified_name(changshan.code) == "前郭尔罗斯蒙古族自治县长山镇新立村"
    assert book.by_name("前郭县新立村") == [changshan]  # an ancestor further up narrows it too
    assert {p.code for p in book.by_name("扶余市新立村")} == {"220781200226", "220781203206"}
    assert book.by_name("新立村", within="220722") == [book.place("220722102203")]
    assert book.by_name("乾安县新立村") == []
    labels = Counter(p.display_name for p in book)
    assert [label for label, n in labels.items() if n > 1] == []


def test_same_township_name_in_two_counties_is_shown_with_its_county(book: Gazetteer) -> None:
    tiexi = book.by_name("铁西街道")
    assert {p.display_name for p in tiexi} == {"宁江区铁西街道", "扶余市铁西街道"}
    assert book.by_name("宁江区铁西街道") == [book.place("220702010")]


def test_ancestors_children_and_qualified_names(book: Gazetteer) -> None:
    assert [p.name for p in book.ancestors("220702202201")] == ["宁江区", "伯都乡"]
    assert [p.name for p in book.ancestors("220702202201", include_city=True)] == ["松原市", "宁江区", "伯都乡"]
    assert book.qualified_name("220702202201") == "宁江区伯都乡伯都村"
    assert book.qualified_name("220702202201", include_city=True) == "松原市宁江区伯都乡伯都村"
    children = book.children("220702202")
    assert len(children) == 14 and all(c.parent == "220702202000" for c in children)
    assert [c.code for c in children] == sorted(c.code for c in children)
    assert book.by_name("松原市宁江区伯都乡伯都村") == [book.place("220702202201")]


def test_codes_may_be_short_and_unknown_codes_are_refused(book: Gazetteer) -> None:
    assert full_code("220702") == "220702000000"
    assert full_code("220702202") == "220702202000"
    with pytest.raises(ValueError):
        full_code("2207")
    assert book.get("220799") is None
    assert book.get("not a code") is None
    with pytest.raises(KeyError):
        book.place("220799")


def test_search_ranks_exact_names_first_and_honours_level_and_limit(book: Gazetteer) -> None:
    found = book.search("新立", limit=50)
    assert {"新立村"} <= {p.short_name for p in found}
    assert found[0].short_name == "新立村"  # exact alias 新立 beats 新立屯村 and names that merely contain it
    assert all(p.level == "village" for p in book.search("新立", level="village"))
    assert len(book.search("村", limit=5)) == 5
    assert book.search("  ") == []


def test_parks_are_present_with_counties_and_aliases(book: Gazetteer) -> None:
    codes = [p.code for p in book.parks]
    assert len(codes) == len(set(codes))
    names = {p.name for p in book.parks}
    assert {"吉林松原经济开发区", "吉林宁江经济开发区", "松原石油化学工业循环经济园区"} <= names
    (yadahong,) = book.parks_named("雅达虹工业集中区")
    assert yadahong.name == "吉林宁江经济开发区" and yadahong.official_code == "220702406000"
    (edz,) = book.parks_named("松原经济技术开发区")
    assert edz.official_code == "220771000000" and edz.county == "220702000000"
    (petrochem,) = book.parks_named("松原石油化学工业循环经济园区")
    assert petrochem.inferred and petrochem.official_code is None
    for park in book.parks:
        assert park.code.startswith("YQ2207-")
        if park.official_code is not None:
            assert book.place(park.official_code).name.startswith(park.name)
        else:
            assert park.inferred
        if park.county is not None:
            assert book.place(park.county).level == "county"
    assert yadahong in book.parks_in("220702")
    assert book.park("YQ2207-01") == edz and book.park("YQ0000-00") is None


def test_a_file_with_two_places_under_one_code_is_refused(document: dict[str, object]) -> None:
    broken = dict(document)
    rows = document["places"]
    assert isinstance(rows, list)
    broken["places"] = [*rows, rows[-1]]
    with pytest.raises(ValueError, match="duplicate code"):
        Gazetteer.from_document(broken)
    with pytest.raises(ValueError, match="format"):
        load_document(json.dumps({**document, "format": 99}))
