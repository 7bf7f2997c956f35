"""Characters that have no place in a name: controls, direction overrides, invisible joiners, lone surrogates.

A right-to-left override makes ``张三‮321`` print as something else on paper and in lists; zero-width
characters make two names that look the same differ; C0/C1 controls and lone surrogates break files,
logs and encoders. Names are refused when they carry any; file names have them stripped.
"""

from __future__ import annotations

import unicodedata

# Bidirectional formatting (embeddings, overrides, isolates, marks) and invisible joiners or spaces.
_INVISIBLE = frozenset(
    [0x061C, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF, 0x180E,
     *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)


def is_unsafe(ch: str, *, allow_newlines: bool = False) -> bool:
    """A control (C0, DEL, C1), a direction or invisible formatting character, or a lone surrogate.

    Private-use and not-yet-assigned code points pass: rare characters in names are still typed with
    private-use fonts, and the newest CJK extensions may be newer than this Python's Unicode tables.
    """
    code = ord(ch)
    if allow_newlines and ch in "\n\r\t":
        return False
    if code < 0x20 or 0x7F <= code <= 0x9F or code in _INVISIBLE or 0xD800 <= code <= 0xDFFF:
        return True
    return unicodedata.category(ch) in ("Cc", "Cs")


def unsafe_in(text: str, *, allow_newlines: bool = False) -> list[str]:
    """The unsafe characters of ``text``, each as ``U+XXXX``, in order of first appearance."""
    seen: list[str] = []
    for ch in text:
        if is_unsafe(ch, allow_newlines=allow_newlines):
            label = f"U+{ord(ch):04X}"
            if label not in seen:
                seen.append(label)
    return seen


def describe_unsafe(found: list[str]) -> str:
    return f"含有不可见或控制字符（{'、'.join(found[:5])}），请删去后再输入"


def strip_unsafe(text: str) -> str:
    """``text`` without unsafe characters (for file names, which are shown, stored and joined to paths)."""
    return "".join(ch for ch in text if not is_unsafe(ch))
