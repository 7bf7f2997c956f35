"""Tests for official case numbers, provisional numbers and the search key (docs/domain.md §4)."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fuyuan_desktop.domain.case_numbers import (
    DEVICE_TAG_ALPHABET,
    CaseNumber,
    CaseNumberReference,
    ProvisionalNumber,
    device_tag_from_id,
    normalize_number_query,
    number_search_key,
    parse_case_number,
    parse_provisional_number,
)
from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.resources import read_json

TODAY = date(2026, 11, 27)
REFERENCE = CaseNumberReference.from_dict(read_json("reference", "case_numbers.json"), read_json("reference", "courts.json"))


def parse(text: str) -> CaseNumber:
    return parse_case_number(text, reference=REFERENCE, today=TODAY)


def reason_for(text: str) -> str:
    with pytest.raises(ValidationError) as exc:
        parse(text)
    assert exc.value.field == "案号"
    return exc.value.reason


def test_reference_tables_hold_the_songyuan_courts_and_app_types() -> None:
    assert set(REFERENCE.court_codes) == {"吉", "吉07", "吉0702", "吉0721", "吉0722", "吉0723", "吉0781"}
    for code in ["民诉前调", "行诉前调", "民特", "民初", "行赔初", "司救访", "执恢", "民保令"]:
        assert code in REFERENCE.type_codes
    assert "行诉前调" in read_json("reference", "case_numbers.json")["notes"]


def test_str_is_canonical_full_width() -> None:
    number = CaseNumber(2025, "吉0702", "", "民诉前调", 15)
    assert str(number) == "（2025）吉0702民诉前调15号"


@pytest.mark.parametrize(
    "text",
    [
        "（2025）吉0702民诉前调15号",
        "(2025)吉0702民诉前调15号",
        "  ( 2025 ) 吉0702 民诉前调 15 号 ",
        "（２０２５）吉０７０２民诉前调１５号",
        "〔2025〕吉0702民诉前调15号",
        "2025吉0702民诉前调15",
    ],
)
def test_accepted_spellings_parse_to_the_same_number(text: str) -> None:
    assert parse(text) == CaseNumber(2025, "吉0702", "", "民诉前调", 15)


def test_longest_type_code_wins() -> None:
    # 执恢 must not be read as 执 followed by something else; likewise 民诉前调 vs 民初-like codes.
    assert parse("（2024）吉0781执恢3号").type_code == "执恢"
    assert parse("（2024）吉0781执3号").type_code == "执"
    assert parse("（2024）吉07行赔初1号").type_code == "行赔初"
    assert parse("（2024）吉07司救民2号").type_code == "司救民"


def test_high_court_and_special_code() -> None:
    assert parse("（2023）吉民终100号") == CaseNumber(2023, "吉", "", "民终", 100)
    assert parse("（2023）吉07知民初8号") == CaseNumber(2023, "吉07", "知", "民初", 8)
    assert str(parse("(2023)吉07知民初8号")) == "（2023）吉07知民初8号"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "不能为空"),
        ("（2025）吉0799民初1号", "法院代字 吉0799 不在代字表中"),
        ("（2025）粤0781民初1号", "法院代字 粤0781 不在代字表中"),
        ("（2027）吉0702民初1号", "年度 2027 晚于当前年度 2026"),
        ("（1989）吉0702民初1号", "年度 1989 早于1990年"),
        ("（25）吉0702民初1号", "开头应为四位年度，如（2026），实际为 25"),
        ("吉0702民初1号", "开头应为四位年度，如（2026）"),
        ("（2025）吉0702民初015号", "案件序号 015 不应以0开头"),
        ("（2025）吉0702民初0号", "案件序号应从1开始"),
        ("（2025）吉0702民诉调15号", "类型代字 民诉调 不在类型代字表中"),
        ("（2025）吉0702知刑初15号", "类型代字 刑初 不在类型代字表中"),
        ("（2025）吉0702民初号", "结尾应为案件序号加“号”，如“15号”，实际为“民初号”"),
        ("（2025）吉0702民初十五号", "结尾应为案件序号加“号”，如“15号”，实际为“民初十五号”"),
        ("（2025）吉070215号", "法院代字 吉070215 不在代字表中"),
        ("（2025）吉0702号1", "类型代字 号 不在类型代字表中"),
    ],
)
def test_errors_are_specific(text: str, expected: str) -> None:
    assert reason_for(text) == expected


def test_current_year_is_accepted() -> None:
    assert parse("（2026）吉0702民初1号").year == 2026


def test_case_numbers_sort_by_year_then_court_then_type_then_seq() -> None:
    numbers = [
        CaseNumber(2025, "吉0702", "", "民初", 10),
        CaseNumber(2024, "吉0702", "", "民初", 99),
        CaseNumber(2025, "吉0702", "", "民初", 9),
    ]
    assert [n.seq for n in sorted(numbers)] == [99, 9, 10]


CASE_NUMBERS = st.builds(
    CaseNumber,
    year=st.integers(1990, TODAY.year),
    court_code=st.sampled_from(sorted(REFERENCE.court_codes)),
    special_code=st.sampled_from(["", *sorted(REFERENCE.special_codes)]),
    type_code=st.sampled_from(sorted(REFERENCE.type_codes)),
    seq=st.integers(1, 10**6),
)


@given(CASE_NUMBERS)
def test_str_then_parse_round_trips(number: CaseNumber) -> None:
    assert parse(str(number)) == number
    half_width = str(number).replace("（", "(").replace("）", ")")
    assert parse(half_width) == number


@given(CASE_NUMBERS)
def test_search_key_is_the_same_for_every_spelling(number: CaseNumber) -> None:
    text = str(number)
    key = number_search_key(text)
    assert key == f"{number.year}{number.court_code}{number.special_code}{number.type_code}{number.seq}"
    assert number_search_key(text.replace("（", "(").replace("）", ")")) == key
    assert number_search_key(key) == key


def test_normalize_number_query() -> None:
    assert normalize_number_query(" (2025) 吉0702民诉前调15号") == "（2025）吉0702民诉前调15号"
    assert normalize_number_query("〔２０２５〕吉0702") == "（2025）吉0702"
    assert normalize_number_query("临－开发区－2026－k7q2") == "临-开发区-2026-K7Q2"


def test_search_key_of_a_partial_query_is_a_substring() -> None:
    stored = number_search_key("（2025）吉0702民诉前调15号")
    assert number_search_key("吉0702民诉前调15号") in stored
    assert number_search_key("2025吉0702民诉前调15") == stored


# --- Provisional numbers ----------------------------------------------------------------------


def test_provisional_number_str_and_parse() -> None:
    number = ProvisionalNumber("开发区", 2026, "K7Q2", 7)
    assert str(number) == "临-开发区-2026-K7Q2-0007"
    assert parse_provisional_number("临-开发区-2026-K7Q2-0007") == number
    assert parse_provisional_number(" 临－开发区－2026－k7q2－0007 ") == number
    assert str(ProvisionalNumber("中院诉调", 2026, "AB12", 12345)) == "临-中院诉调-2026-AB12-12345"


@pytest.mark.parametrize(
    "text",
    [
        "临-开发区-2026-K7Q2-007",
        "开发区-2026-K7Q2-0007",
        "临-开发区-26-K7Q2-0007",
        "临-开发区-2026-K7Q-0007",
        "临--2026-K7Q2-0007",
        "临-开发区-2026-K7Q2-0000",
        "（2025）吉0702民初1号",
    ],
)
def test_malformed_provisional_numbers_are_rejected(text: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_provisional_number(text)
    assert exc.value.field == "临时编号"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"tribunal": "开发-区"},
        {"tribunal": ""},
        {"device_tag": "k7q2"},
        {"device_tag": "K7Q"},
        {"seq": 0},
        {"year": 26},
    ],
)
def test_provisional_number_rejects_bad_parts(kwargs: dict[str, object]) -> None:
    fields: dict[str, object] = {"tribunal": "开发区", "year": 2026, "device_tag": "K7Q2", "seq": 1} | kwargs
    with pytest.raises(ValueError):
        ProvisionalNumber(**fields)  # type: ignore[arg-type]


@given(
    tribunal=st.text(alphabet="开发区伯都大洼善友长山前七号", min_size=1, max_size=5),
    year=st.integers(2000, 2099),
    device=st.uuids(),
    seq=st.integers(1, 10**7),
)
def test_provisional_round_trip(tribunal: str, year: int, device: uuid.UUID, seq: int) -> None:
    number = ProvisionalNumber(tribunal, year, device_tag_from_id(device.hex), seq)
    assert parse_provisional_number(str(number)) == number


def test_device_tag_is_deterministic_and_unambiguous() -> None:
    device = "0190f5a4-7c3e-7b2a-9d4e-1f2a3b4c5d6e"
    tag = device_tag_from_id(device)
    assert tag == device_tag_from_id(device.replace("-", "").upper())
    assert len(tag) == 4
    assert set(tag) <= set(DEVICE_TAG_ALPHABET)
    assert not set("01ILO") & set(DEVICE_TAG_ALPHABET)
    with pytest.raises(ValueError):
        device_tag_from_id("not-a-uuid")


def test_device_tags_of_devices_created_together_differ() -> None:
    # UUIDv7s made in the same millisecond share their first 12 hex digits.
    base = "0190f5a47c3e7"
    tags = {device_tag_from_id(base + f"{i:019x}") for i in range(200)}
    assert len(tags) > 190
