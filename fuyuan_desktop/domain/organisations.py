"""Kinds of 调解组织 (mediation organisations) the registry holds, and how a typed kind is read."""

from __future__ import annotations

# code → label, in the order lists offer them.
KINDS: dict[str, str] = {
    "people_committee": "人民调解委员会",
    "administrative": "行政调解组织",
    "lawyer_studio": "律师调解工作室",
    "industry": "行业性专业性调解组织",
    "invited": "其他特邀调解组织",
}
# Short forms people type for a kind.
_ALIASES = {"人调委": "people_committee", "人民调解": "people_committee", "行政调解": "administrative",
            "律师调解": "lawyer_studio", "律师调解室": "lawyer_studio", "行业调解": "industry", "特邀调解组织": "invited",
            "特邀": "invited", "其他": "invited"}
# What a case's paper prints when none of its mediators belongs to a registered organisation.
UNREGISTERED = "（调解组织未登记）"


def kind_code(text: str) -> str | None:
    """The kind code of a code, label or short form; None when it names no kind."""
    cleaned = text.strip()
    if cleaned in KINDS:
        return cleaned
    for code, label in KINDS.items():
        if cleaned == label:
            return code
    return _ALIASES.get(cleaned)


def kind_label(code: str) -> str:
    return KINDS.get(code, code)
