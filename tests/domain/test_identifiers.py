"""Tests for ID numbers, unified social credit codes and phone numbers (docs/domain.md §3)."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.domain.identifiers import (
    CREDIT_CHECKSUM_MISMATCH,
    CREDIT_CODE_CHARSET,
    ID_CHECKSUM_MISMATCH,
    ID_PROVINCE_PREFIXES,
    age_on,
    credit_code_check_char,
    id_check_char,
    mask_id_number,
    mask_phone,
    normalize_text_digits,
    org_code_check_char,
    parse_credit_code,
    parse_id_number,
    parse_phone,
    upgrade_15_to_18,
)
from fuyuan_desktop.resources import read_json

TODAY = date(2026, 11, 27)


def reason(exc: pytest.ExceptionInfo[ValidationError]) -> str:
    return exc.value.reason


# --- Known vectors (docs/domain.md §3.1, §3.2) -----------------------------------------------


@pytest.mark.parametrize(
    ("number", "birth", "sex"),
    [
        ("11010519491231002X", date(1949, 12, 31), "女"),
        ("34052419800101001X", date(1980, 1, 1), "男"),
    ],
)
def test_known_id_vectors_parse(number: str, birth: date, sex: str) -> None:
    info = parse_id_number(number, today=TODAY)
    assert (info.number, info.birth_date, info.sex, info.kind) == (number, birth, sex, "居民身份证")
    assert info.region_code == number[:6]
    assert info.warnings == ()


def test_known_vector_born_1880_passes_check_but_fails_birth_bound() -> None:
    # A published vector for the check digit only; the 1900 lower bound is our own rule (docs/domain.md §3.1).
    assert id_check_char("44052418800101001") == "4"
    with pytest.raises(ValidationError) as exc:
        parse_id_number("440524188001010014", today=TODAY)
    assert reason(exc) == "出生日期 18800101 早于1900年1月1日"


@pytest.mark.parametrize("code", ["91330109699830509X", "11330109002514937D", "91440300738816612N"])
def test_known_credit_codes_pass_both_checks(code: str) -> None:
    info = parse_credit_code(code)
    assert info.code == code
    assert info.warnings == ()
    assert info.region_code == code[2:8]


def test_credit_code_authority_and_type() -> None:
    enterprise = parse_credit_code("91330109699830509X")
    agency = parse_credit_code("11330109002514937D")
    assert (enterprise.authority, enterprise.org_type) == ("工商（市场监管）", "企业")
    assert (agency.authority, agency.org_type) == ("机构编制", "机关")


# --- ID number: normalisation and specific errors ---------------------------------------------


def test_id_number_normalisation_full_width_spaces_and_lower_x() -> None:
    raw = " １１０１０５ １９４９１２３１ ００２ｘ "
    assert parse_id_number(raw, today=TODAY).number == "11010519491231002X"
    assert parse_id_number("11010519491231002x", today=TODAY).number == "11010519491231002X"


def test_normalize_text_digits() -> None:
    assert normalize_text_digits("１３８－１２３４\t5678") == "13812345678"
    assert normalize_text_digits("a - b", strip_dashes=False) == "a-b"
    assert normalize_text_digits("（２０２５）") == "(2025)"


def valid_id(region: str, born: date, seq: int) -> str:
    first17 = f"{region}{born:%Y%m%d}{seq:03d}"
    return first17 + id_check_char(first17)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("", "不能为空"),
        ("2207021990010112", "应为18位，实际为16位"),
        ("2207021990010112345", "应为18位，实际为19位"),
        ("22070219900101123A", "第18位“A”不是有效字符，应为数字或X"),
        ("2207021990X101123X", "第11位“X”不是有效字符，应为数字"),
        ("22070219900230123X", "出生日期 19900230 不存在"),
        ("22070218991231123X", "出生日期 18991231 早于1900年1月1日"),
        ("22070220270101123X", "出生日期 20270101 晚于今天（20261127）"),
        ("72070219900101123X", "地址码前两位 72 不是有效的省级代码"),
        ("81000119900101123X", "港澳台居民居住证号码前6位应为810000、820000或830000，实际为 810001"),
        ("22070219904101123X", "出生日期 19904101 不存在"),
        ("22070a19900101123X", "第6位“a”不是有效字符，应为数字"),
        ("22070219900101X23", "应为18位，实际为17位"),
        ("2207029001011X3", "15位旧号码应全部为数字，第14位为“X”"),
    ],
)
def test_id_number_errors_are_specific(raw: str, expected: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_id_number(raw, today=TODAY)
    assert exc.value.field == "身份证号码"
    assert reason(exc) == expected


def test_unicode_digits_are_not_digits() -> None:
    arabic_indic = "٢٢٠٧٠٢١٩٩٠٠١٠١١٢٣X"  # 18 characters, all "digits" to str.isdigit()
    with pytest.raises(ValidationError) as exc:
        parse_id_number(arabic_indic, today=TODAY)
    assert reason(exc) == "第1位“٢”不是有效字符，应为数字"


def test_a_check_char_mismatch_asks_to_check_the_card_and_never_suggests_a_last_digit() -> None:
    """Two swapped digits and a wrong last digit look the same to the check: the message names neither a position
    nor the "expected" character, which would turn a mistyped number into a valid-looking wrong one."""
    good = valid_id("220702", date(1990, 1, 1), 123)
    wrong_last = good[:17] + ("0" if good[17] != "0" else "1")
    swapped = good[:14] + good[15] + good[14] + good[16:]
    assert swapped != good
    for typed in (wrong_last, swapped):
        with pytest.raises(ValidationError) as exc:
            parse_id_number(typed, today=TODAY, field="申请人身份证号码")
        assert str(exc.value) == f"申请人身份证号码：{ID_CHECKSUM_MISMATCH}"
        assert "请对照身份证" in str(exc.value) and "第18位" not in str(exc.value)


def test_birth_today_is_accepted_and_tomorrow_rejected() -> None:
    assert parse_id_number(valid_id("220702", TODAY, 1), today=TODAY).birth_date == TODAY
    with pytest.raises(ValidationError, match="晚于今天"):
        parse_id_number(valid_id("220702", TODAY + timedelta(days=1), 1), today=TODAY)


def test_fifteen_digit_legacy_number_is_upgraded_with_warning() -> None:
    assert upgrade_15_to_18("110105491231002") == "11010519491231002X"
    info = parse_id_number("110105491231002", today=TODAY)
    assert info.number == "11010519491231002X"
    assert info.birth_date == date(1949, 12, 31)
    assert info.warnings == ("15位旧号码 110105491231002 已按规则升级为18位 11010519491231002X，请核对证件",)


def test_fifteen_digit_with_impossible_date_is_rejected() -> None:
    with pytest.raises(ValidationError) as exc:
        parse_id_number("220702900230123", today=TODAY)
    assert reason(exc) == "出生日期 19900230 不存在"


def test_unknown_county_code_is_a_warning_not_an_error() -> None:
    regions = read_json("reference", "divisions.json")["regions"]
    number = valid_id("220799", date(1985, 6, 1), 42)
    info = parse_id_number(number, today=TODAY, known_regions=regions)
    assert info.warnings == ("地址码 220799 不在行政区划表中（可能是已撤销的旧区划代码），请核对",)
    # The historical 扶余县 code is listed, so an old Fuyu number gets no warning.
    assert parse_id_number(valid_id("220724", date(1960, 3, 3), 7), today=TODAY, known_regions=regions).warnings == ()


def test_residence_permits_and_foreign_permanent_resident() -> None:
    hk = parse_id_number(valid_id("810000", date(1990, 1, 1), 1), today=TODAY)
    tw = parse_id_number(valid_id("830000", date(1990, 1, 1), 2), today=TODAY)
    foreign = parse_id_number(valid_id("911840", date(1988, 8, 8), 3), today=TODAY, known_regions={})
    assert (hk.kind, hk.sex, hk.region_code) == ("港澳居民居住证", "男", "810000")
    assert (tw.kind, tw.sex) == ("台湾居民居住证", "女")
    assert (foreign.kind, foreign.region_code) == ("外国人永久居留身份证", "110000")
    assert foreign.birth_date == date(1988, 8, 8)
    assert foreign.warnings == ()


def test_divisions_reference_matches_the_code_prefix_table() -> None:
    data = read_json("reference", "divisions.json")
    assert set(data["province_prefixes"]) == set(ID_PROVINCE_PREFIXES)
    assert {"220702", "220721", "220722", "220723", "220771", "220781", "220724"} <= set(data["regions"])


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        (date(2012, 5, 10), date(2026, 5, 9), 13),
        (date(2012, 5, 10), date(2026, 5, 10), 14),
        (date(2008, 2, 29), date(2026, 2, 28), 17),
        (date(2008, 2, 29), date(2026, 3, 1), 18),
        (date(2008, 2, 29), date(2028, 2, 29), 20),
    ],
)
def test_age_on(birth: date, on: date, age: int) -> None:
    assert age_on(birth, on) == age


def test_age_on_before_birth_is_an_error() -> None:
    with pytest.raises(ValueError):
        age_on(date(2000, 1, 2), date(2000, 1, 1))


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("22070219900101123X", "220702********123X"),
        ("220702900101123", "220702*****1123"),
        ("1234567890", "1234567890"),
        ("123456789", "*******89"),
        ("12", "**"),
        ("", ""),
    ],
)
def test_mask_id_number(number: str, masked: str) -> None:
    assert mask_id_number(number) == masked


# --- Property tests ---------------------------------------------------------------------------

REGION_PREFIXES = sorted(ID_PROVINCE_PREFIXES)


@st.composite
def id_numbers(draw: st.DrawFn) -> tuple[str, date, str]:
    region = draw(st.sampled_from(REGION_PREFIXES)) + draw(st.from_regex(r"[0-9]{4}", fullmatch=True))
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=TODAY))
    seq = draw(st.integers(0, 999))
    return valid_id(region, born, seq), born, "男" if seq % 2 else "女"


@given(id_numbers())
def test_every_generated_id_number_round_trips(case: tuple[str, date, str]) -> None:
    number, born, sex = case
    info = parse_id_number(number, today=TODAY)
    assert (info.number, info.birth_date, info.sex, info.region_code) == (number, born, sex, number[:6])


def _same_after_normalising(replacement: str, original: str) -> bool:
    # Full-width or lower-case forms of the same character are the same number, not a change.
    return unicodedata.normalize("NFKC", replacement).upper() == original


REPLACEMENTS = st.one_of(
    st.sampled_from("0123456789XABCDEFGHIJKLMNOPQRSTUVWXYZx０９Ｘ"),
    st.characters(codec="utf-8"),
)


@given(id_numbers(), st.integers(0, 17), REPLACEMENTS)
def test_any_single_character_change_of_an_id_number_is_rejected(
    case: tuple[str, date, str], pos: int, replacement: str
) -> None:
    number = case[0]
    assume(not _same_after_normalising(replacement, number[pos]))
    mutant = number[:pos] + replacement + number[pos + 1 :]
    with pytest.raises(ValidationError):
        parse_id_number(mutant, today=TODAY)


ORG_BODY = st.text(alphabet=CREDIT_CODE_CHARSET, min_size=8, max_size=8)


@st.composite
def credit_codes(draw: st.DrawFn) -> str:
    head = draw(st.sampled_from(["91", "92", "93", "11", "12", "51", "52", "53", "Y1"]))
    region = draw(st.from_regex(r"[1-6][0-9]{5}", fullmatch=True))
    body = draw(ORG_BODY)
    first17 = head + region + body + org_code_check_char(body)
    return first17 + credit_code_check_char(first17)


@given(credit_codes())
def test_every_generated_credit_code_validates_cleanly(code: str) -> None:
    info = parse_credit_code(code.lower())
    assert info.code == code
    assert info.region_code == code[2:8]
    assert info.warnings == ()


@given(credit_codes(), st.integers(0, 17), REPLACEMENTS)
def test_any_single_character_change_of_a_credit_code_is_rejected(code: str, pos: int, replacement: str) -> None:
    assume(not _same_after_normalising(replacement, code[pos]))
    mutant = code[:pos] + replacement + code[pos + 1 :]
    with pytest.raises(ValidationError):
        parse_credit_code(mutant)


# --- Credit code: specific errors and warnings ------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("", "不能为空"),
        ("9133010969983050", "应为18位，实际为16位"),
        ("91330109699830509O", "第18位为字母 O，统一社会信用代码不使用 I、O、Z、S、V，请核对是否为数字"),
        ("9133010969983050#X", "第17位“#”不是有效字符"),
        ("91330109699830509Y", CREDIT_CHECKSUM_MISMATCH),
    ],
)
def test_credit_code_errors_are_specific(raw: str, expected: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_credit_code(raw)
    assert exc.value.field == "统一社会信用代码"
    assert reason(exc) == expected


def test_bad_embedded_org_code_is_only_a_warning() -> None:
    body = "69983050"
    wrong_org_check = "0" if org_code_check_char(body) != "0" else "1"
    first17 = "91330109" + body + wrong_org_check
    code = first17 + credit_code_check_char(first17)
    info = parse_credit_code(code)
    expected = (
        f"第9–17位组织机构代码的校验位应为 {org_code_check_char(body)}，实际为 {wrong_org_check}"
        "（个体工商户等可能不适用），请核对"
    )
    assert info.warnings == (expected,)


def test_unknown_authority_is_a_warning() -> None:
    first17 = "Q1330109" + "69983050" + org_code_check_char("69983050")
    info = parse_credit_code(first17 + credit_code_check_char(first17))
    assert info.authority == ""
    assert info.warnings == ("登记管理部门代码 Q 未收录，请核对",)


# --- Phones -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "number", "kind", "carrier", "warnings"),
    [
        ("13812345678", "13812345678", "mobile", "移动", ()),
        ("+86 138-1234-5678", "13812345678", "mobile", "移动", ()),
        ("0086 13012345678", "13012345678", "mobile", "联通", ()),
        ("１８９１２３４５６７８", "18912345678", "mobile", "电信", ()),
        ("19212345678", "19212345678", "mobile", "广电", ()),
        ("17012345678", "17012345678", "mobile", "虚拟运营商", ()),
        ("13491234567", "13491234567", "mobile", "卫星通信", ()),
        ("14012345678", "14012345678", "mobile", None, ("号段 140 不在已知号段表中，请核对",)),
        ("0438-1234567", "0438-1234567", "landline", None, ()),
        ("0438 12345678", "0438-12345678", "landline", None, ()),
        ("(0438)6123456", "0438-6123456", "landline", None, ()),
        ("010-87654321", "010-87654321", "landline", None, ("区号 010 不是松原（0438），请核对",)),
        ("0431-88889999", "0431-88889999", "landline", None, ("区号 0431 不是松原（0438），请核对",)),
        ("6123456", "0438-6123456", "landline", None, ("未填区号，已按松原（0438）固定电话处理",)),
    ],
)
def test_parse_phone(raw: str, number: str, kind: str, carrier: str | None, warnings: tuple[str, ...]) -> None:
    info = parse_phone(raw)
    assert (info.number, info.kind, info.carrier, info.warnings) == (number, kind, carrier, warnings)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("", "不能为空"),
        ("+86", "不能为空"),
        ("1381234567", "手机号码应为11位，实际为10位"),
        ("12812345678", "手机号码第2位应为3–9，实际为 2"),
        ("1381234567a", "含有无效字符“a”"),
        ("0438-12345", "松原固定电话（区号0438）后应为7–8位号码，实际为5位"),
        ("0431-123456789", "固定电话区号 0431 后应为7–8位号码，实际为9位"),
        ("612345", "612345 不是有效的手机号码或固定电话（共6位）"),
    ],
)
def test_phone_errors_are_specific(raw: str, expected: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_phone(raw, field="申请人电话")
    assert str(exc.value) == f"申请人电话：{expected}"


@pytest.mark.parametrize(
    ("number", "masked"),
    [("13812345678", "138****5678"), ("0438-1234567", "0438-***4567"), ("0438-12345678", "0438-****5678")],
)
def test_mask_phone(number: str, masked: str) -> None:
    assert mask_phone(number) == masked
