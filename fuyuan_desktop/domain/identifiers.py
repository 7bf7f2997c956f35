"""Checks and parses the numbers that identify parties: 身份证号码, 统一社会信用代码 and phone numbers.

Rules follow docs/domain.md §3.1–§3.3. Every rejection raises ``ValidationError`` naming the field and
a specific Chinese reason; doubtful-but-possible input is accepted with ``warnings`` so a clerk is
never blocked by a historical county code or a new mobile number range.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from fuyuan_desktop.domain.errors import ValidationError

# Full-width ASCII variants (U+FF01–U+FF5E) sit at a fixed offset from ASCII; Chinese IMEs
# produce them when the user forgets to switch to half-width input.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_WHITESPACE_RE = re.compile(r"\s+")  # includes U+3000 ideographic space and NBSP
_DASHES = "-‐‑‒–—―－"

# --- 身份证号码 (GB 11643-1999) ---------------------------------------------------------------

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK_CHARS = "10X98765432"

#: Province-level prefixes of citizen ID numbers (docs/domain.md §3.1 check 4).
ID_PROVINCE_PREFIXES = frozenset(
    str(code)
    for first, last in ((11, 15), (21, 23), (31, 37), (41, 46), (50, 54), (61, 65))
    for code in range(first, last + 1)
)

ID_KIND_CITIZEN = "居民身份证"
ID_KIND_HK_MACAO_PERMIT = "港澳居民居住证"
ID_KIND_TAIWAN_PERMIT = "台湾居民居住证"
ID_KIND_FOREIGN_PERMANENT = "外国人永久居留身份证"

_RESIDENCE_PERMIT_PREFIXES = {
    "810000": ID_KIND_HK_MACAO_PERMIT,
    "820000": ID_KIND_HK_MACAO_PERMIT,
    "830000": ID_KIND_TAIWAN_PERMIT,
}

_EARLIEST_BIRTH = date(1900, 1, 1)


@dataclass(frozen=True)
class IdNumberInfo:
    """A checked ID number and what it tells about its holder."""

    number: str
    kind: str
    birth_date: date
    sex: str
    region_code: str
    warnings: tuple[str, ...] = ()


# A check character that does not match says only that the number is wrong somewhere: one mistyped digit anywhere
# or two neighbours swapped give the same symptom, and nothing in the number tells which. So the message never
# names a position or the "expected" character: a clerk told "第18位应为 6" changes the last digit and turns a
# mistyped number into a valid-looking wrong one that no check will ever catch again (docs/domain.md §3).
ID_CHECKSUM_MISMATCH = "校验码不符：号码中可能有一位输错或相邻两位颠倒，请对照身份证逐位核对（不要只改最后一位）"
CREDIT_CHECKSUM_MISMATCH = ("校验码不符：代码中可能有一位输错或相邻两位颠倒，请对照营业执照（登记证书）逐位核对"
                            "（不要只改最后一位）")

def normalize_text_digits(raw: str, *, strip_dashes: bool = True) -> str:
    """Return ``raw`` with full-width ASCII turned half-width and whitespace removed.

    Dashes (ASCII and the Chinese/full-width variants) are removed too unless ``strip_dashes`` is
    false: people group digits with them, and none of our identifiers contains one.
    """
    text = _WHITESPACE_RE.sub("", raw.translate(_FULL_WIDTH))
    if strip_dashes:
        text = text.translate({ord(dash): None for dash in _DASHES})
    return text


def _is_ascii_digits(text: str) -> bool:
    # str.isdigit() accepts Arabic-Indic and other Unicode digits; identifiers are ASCII only.
    return bool(text) and all("0" <= ch <= "9" for ch in text)


def id_check_char(first17: str) -> str:
    """Return the ISO 7064 MOD 11-2 check character for the first 17 digits of an ID number."""
    if len(first17) != 17 or not _is_ascii_digits(first17):
        raise ValueError(f"need 17 ASCII digits, got {first17!r}")
    total = sum(int(ch) * weight for ch, weight in zip(first17, ID_WEIGHTS, strict=True))
    return _ID_CHECK_CHARS[total % 11]


def upgrade_15_to_18(num15: str) -> str:
    """Convert a 1989-standard 15-digit number to 18 digits: insert "19" before the year, add a check."""
    if len(num15) != 15 or not _is_ascii_digits(num15):
        raise ValueError(f"need 15 ASCII digits, got {num15!r}")
    first17 = num15[:6] + "19" + num15[6:]
    return first17 + id_check_char(first17)


def _parse_birth_date(digits: str, *, today: date, field: str) -> date:
    try:
        born = date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise ValidationError(field, f"出生日期 {digits} 不存在") from None
    if born < _EARLIEST_BIRTH:
        raise ValidationError(field, f"出生日期 {digits} 早于1900年1月1日")
    if born > today:
        raise ValidationError(field, f"出生日期 {digits} 晚于今天（{today:%Y%m%d}）")
    return born


def parse_id_number(
    raw: str,
    *,
    today: date,
    field: str = "身份证号码",
    known_regions: Mapping[str, str] | None = None,
) -> IdNumberInfo:
    """Check an ID number (citizen ID, HK/Macao/Taiwan residence permit or foreigner's permanent
    residence ID) and derive birth date, sex and region.

    ``known_regions`` (division code → name) only adds a warning for unknown county codes: ID
    numbers keep the code of the place of first registration for life (docs/domain.md §3.1 check 7).
    """
    number = normalize_text_digits(raw).replace("x", "X")
    warnings: list[str] = []
    if not number:
        raise ValidationError(field, "不能为空")
    if len(number) == 15:
        bad = next((i for i, ch in enumerate(number) if not "0" <= ch <= "9"), None)
        if bad is not None:
            raise ValidationError(field, f"15位旧号码应全部为数字，第{bad + 1}位为“{number[bad]}”")
        old = number
        number = upgrade_15_to_18(old)
        warnings.append(f"15位旧号码 {old} 已按规则升级为18位 {number}，请核对证件")
    elif len(number) != 18:
        raise ValidationError(field, f"应为18位，实际为{len(number)}位")
    for pos, ch in enumerate(number):
        ok = "0" <= ch <= "9" or (pos == 17 and ch == "X")
        if not ok:
            expected = "数字或X" if pos == 17 else "数字"
            raise ValidationError(field, f"第{pos + 1}位“{ch}”不是有效字符，应为{expected}")

    if number[0] == "9":
        # 2023 format: 9 + province of the receiving office (2) + nationality (3) + birth date.
        kind = ID_KIND_FOREIGN_PERMANENT
        region_code = number[1:3] + "0000"
    elif number[:2] in ("81", "82", "83"):
        region_code = number[:6]
        if region_code not in _RESIDENCE_PERMIT_PREFIXES:
            raise ValidationError(field, f"港澳台居民居住证号码前6位应为810000、820000或830000，实际为 {region_code}")
        kind = _RESIDENCE_PERMIT_PREFIXES[region_code]
    elif number[:2] in ID_PROVINCE_PREFIXES:
        kind = ID_KIND_CITIZEN
        region_code = number[:6]
        if known_regions is not None and region_code not in known_regions:
            warnings.append(f"地址码 {region_code} 不在行政区划表中（可能是已撤销的旧区划代码），请核对")
    else:
        raise ValidationError(field, f"地址码前两位 {number[:2]} 不是有效的省级代码")

    birth_date = _parse_birth_date(number[6:14], today=today, field=field)
    expected_check = id_check_char(number[:17])
    if number[17] != expected_check:
        raise ValidationError(field, ID_CHECKSUM_MISMATCH)
    sex = "男" if int(number[16]) % 2 == 1 else "女"
    return IdNumberInfo(number, kind, birth_date, sex, region_code, tuple(warnings))


def age_on(birth: date, on: date) -> int:
    """Full years (周岁) reached on ``on``; someone born on 29 February turns a year older on 1 March."""
    if on < birth:
        raise ValueError(f"{on} is before the birth date {birth}")
    had_birthday = (on.month, on.day) >= (birth.month, birth.day)
    return on.year - birth.year - (0 if had_birthday else 1)


def mask_id_number(number: str) -> str:
    """Hide the middle of an ID number for lists and exports: ``220702********123X``.

    Keeps the first 6 and last 4 characters when there are at least 10; shorter input keeps only
    the last 2 (and nothing when it has 2 characters or fewer).
    """
    if len(number) >= 10:
        return number[:6] + "*" * (len(number) - 10) + number[-4:]
    if len(number) <= 2:
        return "*" * len(number)
    return "*" * (len(number) - 2) + number[-2:]


# --- 统一社会信用代码 (GB 32100-2015) ----------------------------------------------------------

CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = tuple(pow(3, i, 31) for i in range(17))
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_ORG_VALUES = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# Position 1 (登记管理部门) and position 2 (机构类别) per docs/domain.md §3.2; "A" follows one
# published implementation. Unknown values only warn: the code table grows over time.
_AUTHORITIES = {"1": "机构编制", "5": "民政", "9": "工商（市场监管）", "Y": "其他", "A": "全国组织机构"}
_ORG_TYPES = {
    "1": {"1": "机关", "2": "事业单位", "3": "群众团体", "9": "其他"},
    "5": {"1": "社会团体", "2": "民办非企业单位", "3": "基金会", "9": "其他"},
    "9": {"1": "企业", "2": "个体工商户", "3": "农民专业合作社"},
    "Y": {"1": "其他"},
}


@dataclass(frozen=True)
class CreditCodeInfo:
    """A checked unified social credit code and the registration facts encoded in it."""

    code: str
    authority: str
    org_type: str
    region_code: str
    warnings: tuple[str, ...] = ()


def credit_code_check_char(first17: str) -> str:
    """Return the check character (position 18) for the first 17 characters of a credit code."""
    if len(first17) != 17 or any(ch not in CREDIT_CODE_CHARSET for ch in first17):
        raise ValueError(f"need 17 characters of the credit-code charset, got {first17!r}")
    total = sum(CREDIT_CODE_CHARSET.index(ch) * w for ch, w in zip(first17, CREDIT_WEIGHTS, strict=True))
    return CREDIT_CODE_CHARSET[(31 - total % 31) % 31]


def org_code_check_char(first8: str) -> str:
    """Return the GB 11714 organisation-code check character for 8 characters of 0-9A-Z."""
    if len(first8) != 8 or any(ch not in _ORG_VALUES for ch in first8):
        raise ValueError(f"need 8 characters of 0-9A-Z, got {first8!r}")
    total = sum(_ORG_VALUES.index(ch) * w for ch, w in zip(first8, _ORG_WEIGHTS, strict=True))
    value = 11 - total % 11
    return {10: "X", 11: "0"}.get(value, str(value))


def ascii_upper(text: str) -> str:
    """Upper-case ASCII letters only: ``str.upper()`` would turn "ß" into "SS" and change lengths."""
    return "".join(chr(ord(ch) - 32) if "a" <= ch <= "z" else ch for ch in text)


def parse_credit_code(raw: str, *, field: str = "统一社会信用代码") -> CreditCodeInfo:
    """Check a unified social credit code: charset, position-18 check (error) and the embedded
    organisation-code check on positions 9–17 (warning only, docs/domain.md §3.2)."""
    code = ascii_upper(normalize_text_digits(raw))
    if not code:
        raise ValidationError(field, "不能为空")
    if len(code) != 18:
        raise ValidationError(field, f"应为18位，实际为{len(code)}位")
    for pos, ch in enumerate(code):
        if ch in "IOZSV":
            raise ValidationError(
                field, f"第{pos + 1}位为字母 {ch}，统一社会信用代码不使用 I、O、Z、S、V，请核对是否为数字"
            )
        if ch not in CREDIT_CODE_CHARSET:
            raise ValidationError(field, f"第{pos + 1}位“{ch}”不是有效字符")
    expected = credit_code_check_char(code[:17])
    if code[17] != expected:
        raise ValidationError(field, CREDIT_CHECKSUM_MISMATCH)

    warnings: list[str] = []
    authority = _AUTHORITIES.get(code[0], "")
    if not authority:
        warnings.append(f"登记管理部门代码 {code[0]} 未收录，请核对")
    org_type = _ORG_TYPES.get(code[0], {}).get(code[1], "")
    if authority and not org_type:
        warnings.append(f"机构类别代码 {code[1]} 未收录（登记管理部门：{authority}），请核对")
    region_code = code[2:8]
    if not _is_ascii_digits(region_code):
        warnings.append(f"登记管理机关行政区划码 {region_code} 应全部为数字，请核对")
    org_expected = org_code_check_char(code[8:16])
    if code[16] != org_expected:
        warnings.append(
            f"第9–17位组织机构代码的校验位应为 {org_expected}，实际为 {code[16]}（个体工商户等可能不适用），请核对"
        )
    return CreditCodeInfo(code, authority, org_type, region_code, tuple(warnings))


# --- Phone numbers ---------------------------------------------------------------------------

SONGYUAN_AREA_CODE = "0438"

_MVNO = {"162", "165", "167", "170", "171"}
# Prefixes per carrier, space-separated (docs/domain.md §3.3).
_CARRIER_PREFIXES = {
    "移动": "134 135 136 137 138 139 147 148 150 151 152 157 158 159 172 178 182 183 184 187 188 195 197 198",
    "联通": "130 131 132 145 146 155 156 166 175 176 185 186 196",
    "电信": "133 149 153 173 174 177 180 181 189 190 191 193 199",
    "广电": "192",
}
# MVNO ranges are listed under both a carrier and 虚拟运营商 in the published tables; the virtual label is the
# more useful one (these numbers are the ones most often disposable).
_CARRIER_BY_PREFIX = {
    prefix: carrier for carrier, prefixes in _CARRIER_PREFIXES.items() for prefix in prefixes.split()
} | {prefix: "虚拟运营商" for prefix in _MVNO}


@dataclass(frozen=True)
class PhoneInfo:
    """A checked phone number in its stored form (mobile: 11 digits; landline: ``0438-1234567``)."""

    number: str
    kind: str
    carrier: str | None
    warnings: tuple[str, ...] = ()


def _mobile_carrier(number: str) -> str | None:
    if number.startswith("1349"):
        return "卫星通信"
    return _CARRIER_BY_PREFIX.get(number[:3])


def parse_phone(raw: str, *, field: str = "联系电话") -> PhoneInfo:
    """Check a mainland mobile or landline number; see docs/domain.md §3.3.

    A landline typed without an area code is taken as a Songyuan (0438) number, with a warning.
    """
    number = normalize_text_digits(raw).translate({ord("("): None, ord(")"): None})
    if number.startswith("+86"):
        number = number[3:]
    elif number.startswith("0086"):
        number = number[4:]
    if not number:
        raise ValidationError(field, "不能为空")
    bad = next((ch for ch in number if not "0" <= ch <= "9"), None)
    if bad is not None:
        raise ValidationError(field, f"含有无效字符“{bad}”")

    if number[0] == "1":
        if len(number) != 11:
            raise ValidationError(field, f"手机号码应为11位，实际为{len(number)}位")
        if number[1] in "012":
            raise ValidationError(field, f"手机号码第2位应为3–9，实际为 {number[1]}")
        carrier = _mobile_carrier(number)
        warnings = () if carrier else (f"号段 {number[:3]} 不在已知号段表中，请核对",)
        return PhoneInfo(number, "mobile", carrier, warnings)

    if number[0] == "0":
        # Area codes are 3 digits for Beijing (010) and the 02x cities, 4 digits elsewhere.
        area_len = 3 if number[1:2] in ("1", "2") else 4
        area, local = number[:area_len], number[area_len:]
        if area == SONGYUAN_AREA_CODE and len(local) not in (7, 8):
            raise ValidationError(field, f"松原固定电话（区号0438）后应为7–8位号码，实际为{len(local)}位")
        if len(local) not in (7, 8):
            raise ValidationError(field, f"固定电话区号 {area} 后应为7–8位号码，实际为{len(local)}位")
        warnings = () if area == SONGYUAN_AREA_CODE else (f"区号 {area} 不是松原（0438），请核对",)
        return PhoneInfo(f"{area}-{local}", "landline", None, warnings)

    if len(number) in (7, 8):
        return PhoneInfo(
            f"{SONGYUAN_AREA_CODE}-{number}", "landline", None, ("未填区号，已按松原（0438）固定电话处理",)
        )
    raise ValidationError(field, f"{number} 不是有效的手机号码或固定电话（共{len(number)}位）")


def mask_phone(number: str) -> str:
    """Hide the middle of a phone number: ``138****5678``; ``0438-***4567`` for landlines."""
    if "-" in number:
        area, _, local = number.partition("-")
        return f"{area}-{'*' * max(len(local) - 4, 0)}{local[-4:]}"
    if len(number) >= 8:
        return number[:3] + "*" * (len(number) - 7) + number[-4:]
    return mask_id_number(number)
