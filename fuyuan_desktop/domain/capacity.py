"""Parties as the law sees them: civil capacity from age and recorded facts, 法定代理人, agents' authority.

Pure rules (docs/domain.md §7.5). Article numbers are not written here: each rule names a citation key of
``resources/templates/citations.json``, which the services turn into words.

- 民法典 arts 17–22: 18 and over, full capacity; 8–17 limited; under 8 none; 16–17 living mainly on their own
  labour income count as full — only a recorded fact can establish that; an adult unable (or not fully able)
  to recognise their acts has no (limited) capacity — again only on a recorded fact.
- 民法典 art 23, 民诉法 art 60: the guardian of a person without full capacity is their 法定代理人 and acts for them.
- 民诉法 art 62: an agent may agree to, change or waive claims, or settle, only with special authority.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fuyuan_desktop.domain.identifiers import age_on

FULL = "full"
LIMITED = "limited"
NONE = "none"

#: What a recorded fact may say (``Party.capacity``): "" leaves it to the age.
RECORDED = {
    "": "按年龄认定",
    "labour": "十六周岁以上、以自己的劳动收入为主要生活来源（视为完全民事行为能力人）",
    "limited": "不能完全辨认自己行为的成年人（限制民事行为能力人）",
    "none": "不能辨认自己行为的成年人（无民事行为能力人）",
}

LABELS = {FULL: "完全民事行为能力人", LIMITED: "限制民事行为能力人", NONE: "无民事行为能力人"}

GENERAL = "一般授权"
SPECIAL = "特别授权"
AUTHORITIES = (GENERAL, SPECIAL)

#: The powers a special authority lists (民诉法第六十二条 and practice); the first ones need special authority.
POWERS = (
    "代为承认、放弃、变更调解请求",
    "进行和解",
    "签署调解协议",
    "代为申请司法确认",
    "代为签收法律文书",
)
SETTLEMENT_POWERS = frozenset(POWERS[:3])

#: Relations a 法定代理人 may have to the ward (民法典第二十七、二十八条), offered in the dialog; free text allowed.
MALE_RELATIONS = frozenset({"父亲", "祖父", "外祖父", "兄", "子"})
FEMALE_RELATIONS = frozenset({"母亲", "祖母", "外祖母", "姐", "女"})
RELATIONS = ("父亲", "母亲", "祖父", "祖母", "外祖父", "外祖母", "兄", "姐", "配偶", "子", "女", "监护人")


@dataclass(frozen=True)
class Capacity:
    """A person's civil capacity on one day: the code, the age (None: unknown) and the rule applied."""

    code: str
    age: int | None
    rule: str  # a citation key

    @property
    def full(self) -> bool:
        return self.code == FULL

    @property
    def label(self) -> str:
        return LABELS[self.code]

    def describe(self) -> str:
        """未满八周岁（六周岁），无民事行为能力人 — the words an error message or a party block uses."""
        age = f"{self.age}周岁，" if self.age is not None and self.age < 18 else ""
        return f"{age}{self.label}"


def capacity_on(birth: date | None, on: date, recorded: str = "") -> Capacity:
    """The capacity of a person born on ``birth`` on the day ``on`` (the signing date), given a recorded fact."""
    if recorded not in RECORDED:
        raise ValueError(f"unknown recorded capacity {recorded!r}")
    age = age_on(birth, on) if birth is not None and birth <= on else None
    if age is not None and age < 8:
        return Capacity(NONE, age, "civil.no_capacity_minor")
    if age is not None and age < 18:
        if recorded == "labour" and age >= 16:
            return Capacity(FULL, age, "civil.labour_income")
        return Capacity(LIMITED, age, "civil.limited_minor")
    if recorded == "none":
        return Capacity(NONE, age, "civil.no_capacity_adult")
    if recorded == "limited":
        return Capacity(LIMITED, age, "civil.limited_adult")
    return Capacity(FULL, age, "civil.full_capacity")


def recorded_problem(birth: date | None, on: date, recorded: str) -> str:
    """Why a recorded fact cannot stand (empty when it can): 'labour' only at 16–17."""
    if recorded == "labour":
        age = age_on(birth, on) if birth is not None and birth <= on else None
        if age is None or not 16 <= age < 18:
            return "“以自己的劳动收入为主要生活来源”只适用于十六周岁以上不满十八周岁的人"
    return ""


def authority_of(text: str) -> str:
    """一般授权 / 特别授权 from the stored authority (older rows hold free text such as “特别授权：代为…”)."""
    cleaned = text.strip()
    for authority in (SPECIAL, GENERAL):
        if cleaned.startswith(authority):
            return authority
    return ""


def may_settle(authority: str, powers: tuple[str, ...]) -> bool:
    """Whether an agent may sign a settlement: special authority, and (when powers are listed) one that settles."""
    if authority_of(authority) != SPECIAL:
        return False
    return not powers or bool(SETTLEMENT_POWERS & set(powers))


def split_powers(text: str) -> tuple[str, ...]:
    """The stored powers (joined by "；", since a power's own words contain "、")."""
    return tuple(p.strip() for p in text.replace(";", "；").split("；") if p.strip())


def join_powers(powers: tuple[str, ...] | list[str]) -> str:
    return "；".join(p.strip() for p in powers if p.strip())
