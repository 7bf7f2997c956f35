"""Personal data out of log and crash-report text: ID numbers, credit codes, phones, SQL parameters, quoted names."""

from __future__ import annotations

import re

_CJK = r"[\u3400-\u9fff\U00020000-\U0003134f]"
# Order matters: SQL parameter lists and quoted values go first (they may hold names), then the numbers.
_RULES = [
    (re.compile(r"\[parameters: .*?\](?=\s|$)", re.DOTALL), "[parameters: 已隐去]"),
    (re.compile(r"「[^」]*」"), "「…」"),
    (re.compile(rf"'[^'\n]*{_CJK}[^'\n]*'"), "'…'"),
    (re.compile(rf'"[^"\n]*{_CJK}[^"\n]*"'), '"…"'),
    # An ID number stands alone: digits inside a hex hash or a UUID are not one.
    (re.compile(r"(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])"), "[身份证号]"),
    (re.compile(r"(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])"), "[信用代码]"),
    (re.compile(r"(?<!\d)(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)"), "[电话]"),
    (re.compile(r"(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)"), "[电话]"),
]


def redact_personal(text: str) -> str:
    """``…220702198503120011…`` → ``…[身份证号]…``; credit codes, mobiles, landlines, SQL parameters and quoted
    Chinese text likewise.

    A safety net under the rule that log lines carry only ids and type names: it catches what slips in through
    exception messages (SQLAlchemy quotes row values). A name outside quotes cannot be caught this way.
    """
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text
