"""Amounts as agreements print them: ¥12,000.00 and 人民币壹万贰仟元整 (docs/domain.md §3.5)."""

from __future__ import annotations

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_BIG_UNITS = ("", "万", "亿", "万亿")


def _group(n: int) -> str:
    """Four digits (0 < n < 10000) in capitals, zeros collapsed."""
    out: list[str] = []
    zero = False
    for pos in range(3, -1, -1):
        digit = n // 10**pos % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(_DIGITS[digit] + _SMALL_UNITS[pos])
    return "".join(out)


def yuan_in_words(fen: int) -> str:
    """``1200000`` fen → ``人民币壹万贰仟元整``; fen and jiao printed when present."""
    if fen < 0:
        raise ValueError("negative amount")
    yuan, rest = divmod(fen, 100)
    jiao, cents = divmod(rest, 10)
    parts: list[str] = []
    if yuan:
        groups = []
        value = yuan
        while value:
            value, g = divmod(value, 10000)
            groups.append(g)
        text = ""
        pending_zero = False
        for index in range(len(groups) - 1, -1, -1):
            g = groups[index]
            if g == 0:
                pending_zero = bool(text)
                continue
            if text and (pending_zero or g < 1000):
                text += "零"
            text += _group(g) + _BIG_UNITS[index]
            pending_zero = False
        parts.append(text + "元")
    if not jiao and not cents:
        return "人民币" + ("".join(parts) if parts else "零元") + "整"
    if jiao:
        parts.append(_DIGITS[jiao] + "角")
    elif parts:
        parts.append("零")
    if cents:
        parts.append(_DIGITS[cents] + "分")
    return "人民币" + "".join(parts)


def yuan_figures(fen: int) -> str:
    """``1200000`` → ``¥12,000.00``."""
    return f"¥{fen / 100:,.2f}"
