"""Personal data out of log and crash-report text: ID numbers, credit codes, phones, SQL parameters, quoted names."""

from __future__ import annotations

import re

from fuyuan_desktop.domain.identifiers import normalize_text_digits

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


# Numbers as intake accepts them: grouped with spaces or dashes, full-width digits, +86, an area code in brackets.
_GROUPED_NUMBER = re.compile(
    r"(?<![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])[＋+]?[(（]?[0-9０-９][0-9０-９XxＸｘ \u3000\-－—–()（）]{6,40}[0-9０-９XxＸｘ]"
    r"(?![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])"
)


def _grouped(match: re.Match[str]) -> str:
    raw = match.group(0)
    number = normalize_text_digits(raw).translate({ord("("): None, ord(")"): None}).upper()
    for prefix in ("+86", "0086"):
        if number.startswith(prefix) and len(number) - len(prefix) >= 11:
            number = number[len(prefix):]
    if re.fullmatch(r"\d{17}[\dX]|\d{15}", number):
        return "[身份证号]"
    if re.fullmatch(r"1[3-9]\d{9}|0\d{9,11}", number):
        return "[电话]"
    return raw


def redact_personal(text: str) -> str:
    """``…220702198503120011…`` → ``…[身份证号]…``; credit codes, mobiles, landlines, SQL parameters and quoted
    Chinese text likewise.

    A safety net under the rule that log lines carry only ids and type names: it catches what slips in through
    exception messages (SQLAlchemy quotes row values). A name outside quotes cannot be caught this way.
    """
    text = _GROUPED_NUMBER.sub(_grouped, text)
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text
