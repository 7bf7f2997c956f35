"""Rules defined on 案由 codes, not on free strings: what may not go to 司法确认.

民诉法解释 art 355: no 司法确认 of an agreement concerning the validity or dissolution of an identity
relation (婚姻、亲子、收养), a matter of another special procedure, 破产 or 公示催告, or confirmation of title to
物权 or 知识产权. Each rule names civil 案由 codes; an entry covers its descendants. A case whose 案由 stops at a
level where the rule cannot tell (婚姻家庭纠纷 itself: a divorce or a maintenance claim?) is refused until a
specific 案由 is chosen.
"""

from __future__ import annotations

from dataclasses import dataclass

from fuyuan_desktop.domain.cause_refs import cause_of
from fuyuan_desktop.domain.causes import CIVIL_2020, catalogue


@dataclass(frozen=True)
class Exclusion:
    codes: tuple[str, ...]
    reason: str


CONFIRMATION_EXCLUSIONS = (
    Exclusion(("2.2.14", "2.2.17", "2.2.18", "2.2.21", "2.2.25"),
              "涉及婚姻、亲子、收养等身份关系的有效、无效或者解除"),
    Exclusion(("3.5.37",), "涉及物权确权"),
    Exclusion(("5.14",), "涉及知识产权确权"),
    Exclusion(("10", "11"), "属于非讼程序或者特殊诉讼程序审理的事项"),
)
# Too general to tell: the parent of identity-relation 案由 as well as of confirmable ones (赡养、抚养、继承…).
UNDECIDED = {"2", "2.2"}


def confirmation_exclusion(cause: str) -> str | None:
    """Why an agreement of a case with this stored 案由 may not go to 司法确认 (``None``: it may)."""
    found = cause_of(cause)
    if found is None or found.catalogue != CIVIL_2020:
        return None
    path = {c.code for c in catalogue(CIVIL_2020).path(found.code)}
    for rule in CONFIRMATION_EXCLUSIONS:
        if path & set(rule.codes):
            return f"案由“{found.name}”{rule.reason}"
    if found.code in UNDECIDED:
        return f"案由只写到“{found.name}”，无法判断是否涉及身份关系；请先确定具体案由"
    return None
