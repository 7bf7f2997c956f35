"""司法确认: the 30-day application period after an agreement takes effect, and the clause types a court
will not confirm (docs/domain.md §7.5).

The period runs from the day the parties signed (the agreement's effective date, not counted) and, like
every period of days, ends on the next working day when its last day is a rest day (CPL art 85). Clause
types are reference data (``confirmation_clause_types.json``): each excluded type names its reason and
basis, and ``inferred`` marks the rules the program reads into the law rather than finds in its words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from fuyuan_desktop.domain.calendar import HolidayCalendar
from fuyuan_desktop.domain.deadlines import DeadlineRules, judicial_confirmation_deadline

WindowState = Literal["open", "due_soon", "overdue"]


@dataclass(frozen=True)
class ClauseType:
    code: str
    label: str
    excluded: bool = False
    reason: str = ""
    basis: str = ""
    inferred: bool = False


@dataclass(frozen=True)
class ClauseTypes:
    """The clause types of the composer, in the order offered."""

    types: tuple[ClauseType, ...]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ClauseTypes:
        """Build from ``{"types": [{"code", "label", "excluded", "reason", "basis", "inferred"}]}``.

        An excluded type without a reason is an error: the user must always be told why.
        """
        types = []
        for item in data.get("types", []):
            kind = ClauseType(
                code=str(item["code"]),
                label=str(item["label"]),
                excluded=bool(item.get("excluded", False)),
                reason=str(item.get("reason", "")),
                basis=str(item.get("basis", "")),
                inferred=bool(item.get("inferred", False)),
            )
            if kind.excluded and not kind.reason:
                raise ValueError(f"excluded clause type {kind.code!r} needs a reason")
            types.append(kind)
        if len({t.code for t in types}) != len(types):
            raise ValueError("clause type codes must be unique")
        return cls(tuple(types))

    def get(self, code: str) -> ClauseType | None:
        return next((t for t in self.types if t.code == code), None)

    def parse(self, text: str) -> str:
        """The code for a code or a label ("" stays ""); ``KeyError`` when neither."""
        text = text.strip()
        if not text:
            return ""
        for t in self.types:
            if text in (t.code, t.label):
                return t.code
        raise KeyError(text)

    def labels(self) -> list[str]:
        return [t.label for t in self.types]

    def label(self, code: str) -> str:
        found = self.get(code)
        return found.label if found else ""


def excluded_clauses(kinds: Iterable[tuple[int, str]], types: ClauseTypes) -> list[str]:
    """Why each clause (position, type code) of an agreement may not go to 司法确认; empty when none."""
    out = []
    for position, code in kinds:
        kind = types.get(code)
        if kind is not None and kind.excluded:
            note = "（依据" + kind.basis + ("，本系统据此推定" if kind.inferred else "") + "）" if kind.basis else ""
            out.append(f"第{position}条为“{kind.label}”条款：{kind.reason}{note}")
    return out


# The second check: words that usually mean a clause settles title or status, whatever type was chosen.
_TITLE_WORDS = re.compile(
    r"(所有权|使用权|产权|物权|专利权|商标权|著作权|宅基地|承包经营权).{0,8}(归|属于|确认|确定)"
    r"|(确认|确定).{0,12}(所有权|产权|物权|专利权|商标权|著作权)"
    r"|(解除|确认|终止).{0,4}(婚姻|收养|亲子)关系|离婚"
)


def keyword_warnings(clauses: Iterable[tuple[int, str, str]], types: ClauseTypes) -> list[str]:
    """Clauses (position, type code, text) whose words look like 确权 or status while the type says otherwise."""
    out = []
    for position, code, text in clauses:
        kind = types.get(code)
        if kind is not None and kind.excluded:
            continue
        if _TITLE_WORDS.search(text):
            chosen = f"条款类型为“{kind.label}”" if kind else "未选条款类型"
            out.append(f"第{position}条{chosen}，但文字像是确认权属或身份关系；确属确权或身份关系的，不能申请司法确认，请核对")
        elif kind is None:
            out.append(f"第{position}条未选条款类型，无法按类型核对能否司法确认")
    return out


@dataclass(frozen=True)
class ConfirmationWindow:
    """The application period of one agreement, as of ``today``."""

    effective_on: date
    due: date
    today: date
    warn_days: int

    @property
    def days_left(self) -> int:
        return (self.due - self.today).days

    @property
    def state(self) -> WindowState:
        if self.days_left < 0:
            return "overdue"
        return "due_soon" if self.days_left <= self.warn_days else "open"

    def text(self) -> str:
        """One line for the case page: the deadline and how it stands."""
        head = f"司法确认申请期限：{self.due.isoformat()}（协议 {self.effective_on.isoformat()} 生效）"
        if self.state == "overdue":
            return f"{head}，已届满 {-self.days_left} 天，不能再申请；可另行起诉或重新调解"
        if self.days_left == 0:
            return f"{head}，今天是最后一天"
        return f"{head}，还剩 {self.days_left} 天" + ("，即将届满" if self.state == "due_soon" else "")


def confirmation_window(
    effective_on: date, today: date, cal: HolidayCalendar, rules: DeadlineRules
) -> ConfirmationWindow:
    """Thirty days (``rules.judicial_confirmation_days``) from ``effective_on``, rolled to a working day."""
    due = judicial_confirmation_deadline(effective_on, cal, rules)
    return ConfirmationWindow(effective_on, due, today, rules.judicial_confirmation_warn_days)


RULINGS = {"confirmed": "确认有效", "rejected": "驳回", "withdrawn": "撤回"}


def parse_ruling(text: str) -> str:
    """``confirmed`` / ``rejected`` / ``withdrawn`` from a code or its label (裁定确认有效 etc.); ``KeyError``."""
    text = text.strip().removeprefix("裁定")
    for code, label in RULINGS.items():
        if text in (code, label) or (code == "rejected" and text == "驳回申请"):
            return code
    raise KeyError(text)
