"""Official case numbers (案号, docs/domain.md §4) and the provisional numbers a laptop issues offline.

A laptop never issues an official 案号: several devices of one court share the court's counter,
so offline work carries a provisional number (``临-开发区-2026-K7Q2-0007``) until the court's
case-management system supplies the official one on sync (docs/domain.md §4.5).
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.domain.identifiers import ascii_upper, normalize_text_digits

EARLIEST_CASE_YEAR = 1990

# Input may use half-width brackets or the 〔〕 brackets clerks know from agency 文号.
_OPEN_BRACKETS = "(（〔[【"
_CLOSE_BRACKETS = ")）〕]】"
_HEAD_RE = re.compile(r"^[(（〔\[【]?([0-9]+)[)）〕\]】]?(.*)$")
_TAIL_RE = re.compile(r"^(.*?)([0-9]+)号?$")
# Court code as the SPC rule builds it: 最高法, or a province abbreviation plus 0, 2 or 4 digits.
_COURT_SYNTAX_RE = re.compile(r"^(最高法|[^0-9])([0-9]*)")


@dataclass(frozen=True)
class CaseNumberReference:
    """The configurable code tables (court, case-type and specialised-adjudication codes → names)."""

    court_codes: Mapping[str, str]
    type_codes: Mapping[str, str]
    special_codes: Mapping[str, str]
    # the type codes a pre-litigation case of each paper kind (people, invited, administrative) may carry
    type_codes_by_kind: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], courts: Mapping[str, Any] | None = None) -> CaseNumberReference:
        """Build from the shape of ``reference/case_numbers.json`` (extra keys such as notes ignored), with the
        courts of ``courts`` (the shape of ``reference/courts.json``, or 代字 → name) added to its court codes:
        the court table is the one list of 法院代字 (case_numbers.json keeps only courts outside it)."""
        codes = dict(data["court_codes"])
        if courts is not None:
            items = courts.get("courts")
            if isinstance(items, list):
                codes.update({str(c["code"]): str(c["name"]) for c in items})
            else:
                codes.update({str(k): str(v) for k, v in courts.items()})
        return cls(
            court_codes=codes,
            type_codes=dict(data["type_codes"]),
            special_codes=dict(data.get("special_codes", {})),
            type_codes_by_kind={k: tuple(v) for k, v in data.get("type_codes_by_kind", {}).items()
                                if not k.startswith("_")},
        )


@dataclass(frozen=True, order=True)
class CaseNumber:
    """An official case number; ``str()`` gives the canonical form ``（2025）吉0702民诉前调15号``."""

    year: int
    court_code: str
    special_code: str
    type_code: str
    seq: int

    def __str__(self) -> str:
        return f"（{self.year}）{self.court_code}{self.special_code}{self.type_code}{self.seq}号"


def _split_court(rest: str, reference: CaseNumberReference, field: str) -> tuple[str, str]:
    match = _COURT_SYNTAX_RE.match(rest)
    if match is None:
        raise ValidationError(field, "缺少法院代字")
    candidate = match.group(0)
    if candidate in reference.court_codes:
        return candidate, rest[len(candidate) :]
    # A configured code that does not follow the SPC pattern still wins if it is a whole prefix.
    for code in sorted(reference.court_codes, key=len, reverse=True):
        if rest.startswith(code) and not rest[len(code) : len(code) + 1].isdigit():
            return code, rest[len(code) :]
    raise ValidationError(field, f"法院代字 {candidate} 不在代字表中")


def _split_codes(middle: str, reference: CaseNumberReference, field: str) -> tuple[str, str]:
    """Split the text between court code and sequence into (special code, type code).

    The whole middle must be consumed, so 民诉前调 can never be read as a shorter code plus junk.
    """
    if not middle:
        raise ValidationError(field, "缺少类型代字")
    specials = sorted(reference.special_codes, key=len, reverse=True)
    for special in [s for s in specials if middle.startswith(s)] + [""]:
        if middle[len(special) :] in reference.type_codes:
            return special, middle[len(special) :]
    special = next((s for s in specials if middle.startswith(s) and len(middle) > len(s)), "")
    raise ValidationError(field, f"类型代字 {middle[len(special) :]} 不在类型代字表中")


def parse_case_number(text: str, *, reference: CaseNumberReference, today: date, field: str = "案号") -> CaseNumber:
    """Parse an official case number typed or pasted by a clerk.

    Accepted: full- or half-width brackets around the year (or none), spaces anywhere, full-width
    digits, and a missing final 号. Checked: year 1990…this year, court code and type code in the
    reference tables, optional special code, sequence ≥ 1 without leading zeros.
    """
    # Full-width brackets become half-width here; both are accepted below.
    cleaned = normalize_text_digits(text, strip_dashes=False)
    if not cleaned:
        raise ValidationError(field, "不能为空")
    head = _HEAD_RE.match(cleaned)
    if head is None:
        raise ValidationError(field, f"开头应为四位年度，如（{today.year}）")
    if len(head.group(1)) != 4:
        raise ValidationError(field, f"开头应为四位年度，如（{today.year}），实际为 {head.group(1)}")
    year = int(head.group(1))
    if year < EARLIEST_CASE_YEAR:
        raise ValidationError(field, f"年度 {year} 早于{EARLIEST_CASE_YEAR}年")
    if year > today.year:
        raise ValidationError(field, f"年度 {year} 晚于当前年度 {today.year}")

    court_code, rest = _split_court(head.group(2), reference, field)
    tail = _TAIL_RE.match(rest)
    if tail is None:
        raise ValidationError(field, f"结尾应为案件序号加“号”，如“15号”，实际为“{rest[-6:]}”")
    middle, seq_text = tail.groups()
    special_code, type_code = _split_codes(middle, reference, field)
    if seq_text.startswith("0"):
        if set(seq_text) == {"0"}:
            raise ValidationError(field, "案件序号应从1开始")
        raise ValidationError(field, f"案件序号 {seq_text} 不应以0开头")
    return CaseNumber(year, court_code, special_code, type_code, int(seq_text))


def check_for_case(number: CaseNumber, *, court_code: str, court_name: str, kind: str, kind_label: str,
                   reference: CaseNumberReference, field: str = "正式案号") -> None:
    """An official number fits the case it is given to: the case's own court's 代字, and a type code its kind of case
    may carry (``type_codes_by_kind``; a kind the table does not list is not restricted)."""
    if number.court_code != court_code:
        raise ValidationError(field, f"{number} 的法院代字是 {number.court_code}"
                                     f"（{reference.court_codes.get(number.court_code, '未知法院')}），"
                                     f"本案属于{court_name}（{court_code}）：请核对案号")
    allowed = reference.type_codes_by_kind.get(kind)
    if allowed and number.type_code not in allowed:
        shown = "、".join(allowed)
        raise ValidationError(field, f"{number} 的类型代字是 {number.type_code}"
                                     f"（{reference.type_codes.get(number.type_code, '')}）；{kind_label}案件应为 {shown}")


# --- Provisional numbers ---------------------------------------------------------------------

#: Characters of a device tag generated here: no 0/O, 1/I/L, so a tag read aloud or copied by hand
#: off a printed page survives.
DEVICE_TAG_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
PROVISIONAL_PREFIX = "临"
_PROVISIONAL_RE = re.compile(r"^临-([^-]+)-([0-9]{4})-([0-9A-Z]{4})-([0-9]{4,})$")


@dataclass(frozen=True)
class ProvisionalNumber:
    """A number a device gives a case offline, unique per (tribunal, year, device, seq)."""

    tribunal: str
    year: int
    device_tag: str
    seq: int

    def __post_init__(self) -> None:
        if not self.tribunal or re.search(r"[\s\-－]", self.tribunal):
            raise ValueError(f"tribunal short name must be non-empty without dashes: {self.tribunal!r}")
        if not 1000 <= self.year <= 9999:
            raise ValueError(f"year must have 4 digits: {self.year}")
        if not re.fullmatch(r"[0-9A-Z]{4}", self.device_tag):
            raise ValueError(f"device tag must be 4 of [0-9A-Z]: {self.device_tag!r}")
        if self.seq < 1:
            raise ValueError(f"seq must be ≥ 1: {self.seq}")

    def __str__(self) -> str:
        return f"{PROVISIONAL_PREFIX}-{self.tribunal}-{self.year}-{self.device_tag}-{self.seq:04d}"


def parse_provisional_number(text: str, *, field: str = "临时编号") -> ProvisionalNumber:
    """Parse ``临-开发区-2026-K7Q2-0007`` (full-width dashes, digits and lower-case tags accepted)."""
    cleaned = ascii_upper(normalize_text_digits(text, strip_dashes=False)).replace("—", "-")
    match = _PROVISIONAL_RE.match(cleaned)
    if match is None:
        raise ValidationError(field, f"“{text.strip()}”不是临时编号，应形如 临-开发区-2026-K7Q2-0007")
    tribunal, year, tag, seq = match.groups()
    if int(seq) < 1:
        raise ValidationError(field, "序号应从1开始")
    return ProvisionalNumber(tribunal, int(year), tag, int(seq))


def device_tag_from_id(device_uuid_hex: str) -> str:
    """Derive a stable 4-character tag from a device's UUID (hex, dashes allowed).

    The id is hashed first: UUIDv7s begin with a timestamp, so devices enrolled in the same week
    would otherwise share their leading characters.
    """
    raw = uuid.UUID(device_uuid_hex).bytes
    value = int.from_bytes(hashlib.sha256(raw).digest()[:8], "big")
    base = len(DEVICE_TAG_ALPHABET)
    chars = []
    for _ in range(4):
        value, digit = divmod(value, base)
        chars.append(DEVICE_TAG_ALPHABET[digit])
    return "".join(chars)


# --- Search ----------------------------------------------------------------------------------

_BRACKETS_TO_FULL = {ord(o): "（" for o in _OPEN_BRACKETS} | {ord(c): "）" for c in _CLOSE_BRACKETS}


def normalize_number_query(text: str) -> str:
    """Canonicalise what a user typed into the search box, keeping its shape.

    Whitespace is removed, full-width digits and letters become half-width (letters upper-case,
    for provisional numbers), full-width dashes become ``-``, and every bracket style becomes the
    full-width （）. ``(2025)吉0702民诉前调15号`` → ``（2025）吉0702民诉前调15号``.
    """
    cleaned = ascii_upper(normalize_text_digits(text, strip_dashes=False))
    return cleaned.translate(_BRACKETS_TO_FULL)


def number_search_key(text: str) -> str:
    """The key under which the store indexes a case number, and with which it looks one up.

    It is ``normalize_number_query`` without brackets and without the final 号, so
    ``（2025）吉0702民诉前调15号``, ``(2025)吉0702民诉前调15号`` and ``2025吉0702民诉前调15`` all give
    ``2025吉0702民诉前调15``. A partial query (``吉0702民诉前调15``) gives a substring of that key.
    Note a key ending in ``15`` is also a prefix of ``150``'s key: match whole keys when exactness
    matters.
    """
    key = normalize_number_query(text).translate({ord("（"): None, ord("）"): None})
    return key.removesuffix("号")


def case_reference(text: str, *, field: str = "案件编号") -> str:
    """A case (or document) reference as typed, stripped; refused when it is blank or normalises to nothing.

    An empty reference must never reach a lookup: ``""`` equals the empty official-number key of every
    case that has none yet, so ``""``, ``" "``, ``"号"`` or ``"()"`` would otherwise act on an arbitrary case.
    """
    cleaned = text.strip()
    if not any(ch.isalnum() for ch in number_search_key(cleaned)):
        shown = f"「{cleaned}」" if cleaned else ""
        raise ValidationError(field, f"{shown}不能为空或只有标点：请给出案件编号、正式案号或内部 ID")
    return cleaned
