"""Personal numbers out of log text: ID numbers (18 and 15 digits) and phone numbers become placeholders."""

from __future__ import annotations

import re

_ID = re.compile(r"(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<!\d)(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)")
_LANDLINE = re.compile(r"(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)")


def redact_personal(text: str) -> str:
    """``…220702198503120011…`` → ``…[身份证号]…``; mobiles and landlines → ``[电话]``.

    A safety net under the rule that log lines carry only ids and type names: it catches numbers
    that slip in through exception messages. Names and addresses cannot be caught this way.
    """
    text = _ID.sub("[身份证号]", text)
    text = _MOBILE.sub("[电话]", text)
    return _LANDLINE.sub("[电话]", text)
