"""A case's 案由 as stored: ``"<catalogue>:<code>"`` (``civil_2020:4.10.84``), read back, typed in, bridged.

A case carries one 案由 from the civil or the administrative catalogue. Users type it as a code, a name or (in old
intake files) one of the 17 home-made categories; ``resolve_cause`` turns all of these into one entry or a clear
error. Rules not yet defined on 案由 codes still read the old ``DisputeCategory``; ``legacy_category_for`` derives
it from the 案由 (the nearest entry the reviewed mapping names), so the two never disagree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from fuyuan_desktop.domain.causes import (
    ADMINISTRATIVE_2020,
    CIVIL_2020,
    PEOPLE_MEDIATION,
    Cause,
    catalogue,
    legacy_mappings,
    search_all,
)
from fuyuan_desktop.domain.enums import DisputeCategory
from fuyuan_desktop.domain.errors import ValidationError

# The catalogues a case's 案由 is taken from (the 人民调解 types are a second, separate field).
CASE_CATALOGUES = (CIVIL_2020, ADMINISTRATIVE_2020)
_PREFIXES = {"civil": CIVIL_2020, "民事": CIVIL_2020, "admin": ADMINISTRATIVE_2020, "行政": ADMINISTRATIVE_2020,
             CIVIL_2020: CIVIL_2020, ADMINISTRATIVE_2020: ADMINISTRATIVE_2020}


def cause_ref(cause: Cause) -> str:
    """How a case stores its 案由: ``civil_2020:4.10.84``."""
    return f"{cause.catalogue}:{cause.code}"


def cause_of(ref: str) -> Cause | None:
    """The entry a stored reference names; ``None`` for an empty or unknown one (never raises)."""
    catalogue_id, _, code = ref.partition(":")
    if catalogue_id not in CASE_CATALOGUES and catalogue_id != PEOPLE_MEDIATION:
        return None
    return catalogue(catalogue_id).find(code)


def cause_name(ref: str) -> str:
    cause = cause_of(ref)
    return cause.name if cause else ""


def cause_or_category(ref: str, category: str) -> str:
    """What papers and ledgers print for a case: its official 案由's name, else the old category's label."""
    name = cause_name(ref) if ref else ""
    if name:
        return name
    try:
        return DisputeCategory.of(category).label if category else ""
    except ValueError:
        return category


def cause_ref_at_level(ref: str, level: int) -> str:
    """A stored reference cut to its first ``level`` code parts (``civil_2020:4.10.135.5`` at 3 is
    ``civil_2020:4.10.135``); one with fewer parts stays whole. The same cut as reports/stats.py ``cause_at_level``."""
    catalogue_id, sep, code = ref.partition(":")
    if not sep:
        return ref
    return f"{catalogue_id}:{'.'.join(code.split('.')[:level])}"


def is_administrative_cause(cause: Cause) -> bool:
    return cause.catalogue == ADMINISTRATIVE_2020


def resolve_cause(text: str, *, field: str = "cause", label: str = "案由", legacy_default: bool = False) -> Cause:
    """The civil or administrative 案由 ``text`` names: a stored reference, a code, a name or an old category.

    Only an unambiguous answer is accepted: a name found in both catalogues is refused with the candidates listed.
    An old category with one official target is taken as it; one with several is refused, or with
    ``legacy_default`` (old intake files) given the mapping's default (``ambiguous_legacy`` tells the caller to
    mark the case for review).
    """
    wanted = text.strip()
    if not wanted:
        raise ValidationError(label, "必须填写（可输入名称、代码或拼音首字母，如 mmht → 买卖合同纠纷）", field=field,
                              code="required")
    prefix, sep, rest = wanted.partition(":")
    if sep and prefix in _PREFIXES:
        found = catalogue(_PREFIXES[prefix]).find(rest.strip())
        if found is None:
            raise ValidationError(label, f"《{catalogue(_PREFIXES[prefix]).header.get('title', prefix)}》中没有代码"
                                  f"「{rest.strip()}」", field=field, code="unknown_cause")
        return found
    by_code = [c for cid in (CIVIL_2020,) if (c := catalogue(cid).find(wanted)) is not None]
    if by_code:
        return by_code[0]
    by_name = [c for cid in CASE_CATALOGUES for c in catalogue(cid).by_name(wanted)]
    if len(by_name) == 1:
        return by_name[0]
    if len(by_name) > 1:
        options = "、".join(f"{cause_ref(c)}（{_path_text(c)}）" for c in by_name)
        raise ValidationError(label, f"「{wanted}」在目录中不止一处，请写代码：{options}", field=field,
                              code="ambiguous_cause")
    legacy = _legacy(wanted)
    if legacy is not None:
        mapping = legacy_mappings()[legacy.value]
        if not mapping.ambiguous or legacy_default:
            return mapping.default
        options = "、".join(t.name for t in mapping.targets)
        raise ValidationError(label, f"旧纠纷类型「{mapping.label}」对应几个案由，请选择其一：{options}", field=field,
                              code="ambiguous_cause")
    near = [c.name for c in search_all(wanted, catalogues=CASE_CATALOGUES, limit=5)]
    hint = f"；相近的有：{'、'.join(near)}" if near else "；可按名称、拼音首字母在案由目录中查找"
    raise ValidationError(label, f"「{wanted}」不是《民事案件案由规定》或《行政案件案由暂行规定》中的案由{hint}",
                          field=field, code="unknown_cause")


def ambiguous_legacy(text: str) -> str:
    """The old category's value if ``text`` is one of the 17 that map to several 案由 ("" otherwise)."""
    stripped = text.strip()
    if any(catalogue(cid).by_name(stripped) for cid in CASE_CATALOGUES):
        return ""  # 劳动争议, 物业服务合同纠纷 … are official names too
    legacy = _legacy(stripped)
    return legacy.value if legacy is not None and legacy_mappings()[legacy.value].ambiguous else ""


def _legacy(text: str) -> DisputeCategory | None:
    try:
        category = DisputeCategory.parse(text)
    except KeyError:
        return None
    return None if category is DisputeCategory.OTHER_CIVIL else category


def _path_text(cause: Cause) -> str:
    return " / ".join(c.name for c in catalogue(cause.catalogue).path(cause.code))


def path_text(ref: str) -> str:
    """"第四部分 合同、准合同纠纷 / 合同纠纷 / 买卖合同纠纷" for a stored reference ("" if unknown)."""
    cause = cause_of(ref)
    return _path_text(cause) if cause else ""


@cache
def _legacy_index() -> Mapping[str, tuple[int, str]]:
    """Each mapped entry → (its position among its category's candidates, the category); best position wins."""
    index: dict[str, tuple[int, str]] = {}
    for value, mapping in legacy_mappings().items():
        for position, target in enumerate(mapping.targets):
            ref = cause_ref(target)
            administrative = DisputeCategory.of(value).is_administrative
            if administrative != is_administrative_cause(target):
                continue  # 房屋征收拆迁补偿纠纷's administrative candidates stay administrative
            if ref not in index or position < index[ref][0]:
                index[ref] = (position, value)
    return index


def legacy_category_for(cause: Cause) -> DisputeCategory:
    """The old category rules not yet on 案由 codes read: from the nearest entry (itself first) the mapping names."""
    index = _legacy_index()
    for entry in reversed(catalogue(cause.catalogue).path(cause.code)):
        hit = index.get(cause_ref(entry))
        if hit is not None:
            return DisputeCategory.of(hit[1])
    return DisputeCategory.ADMIN_OTHER if is_administrative_cause(cause) else DisputeCategory.OTHER_CIVIL


@dataclass(frozen=True)
class MediationType:
    code: str
    name: str


def mediation_types() -> list[MediationType]:
    return [MediationType(c.code, c.name) for c in catalogue(PEOPLE_MEDIATION)]


def resolve_mediation_type(text: str, *, field: str = "mediation_type", label: str = "人民调解纠纷类型") -> Cause:
    wanted = text.strip()
    people = catalogue(PEOPLE_MEDIATION)
    found = people.find(wanted) or next(iter(people.by_name(wanted)), None)
    if found is None:
        options = "、".join(c.name for c in people)
        raise ValidationError(label, f"「{wanted}」不是人民调解纠纷类型；可选：{options}", field=field,
                              code="unknown_mediation_type")
    return found
