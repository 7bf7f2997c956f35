"""Pinyin search keys for party names, so a clerk can find 张三 by typing "zhangsan" or "zs".

pypinyin reads each character by its commonest reading, which is wrong for many surnames
(单 dan → shan, 曾 ceng → zeng). It has no surname mode, so a small table of surname readings
is applied to the first character of a person's name.
"""

from __future__ import annotations

import re
import unicodedata

# Surname readings that differ from pypinyin's default reading of the character.
SURNAME_READINGS: dict[str, str] = {
    "单": "shan",
    "曾": "zeng",
    "解": "xie",
    "仇": "qiu",
    "区": "ou",
    "朴": "piao",
    "查": "zha",
    "翟": "zhai",
    "覃": "qin",
    "缪": "miao",
    "盖": "ge",
    "乐": "yue",
    "召": "shao",
    "种": "chong",
    "秘": "bi",
    "繁": "po",
    "员": "yun",
    "薄": "bo",
    "洗": "xian",
    "句": "gou",
    "都": "du",
    "黑": "he",
    "阚": "kan",
    "眭": "sui",
    "隗": "wei",
    "郇": "huan",
}
# Compound surnames whose reading differs from the two characters' single readings.
COMPOUND_SURNAME_READINGS: dict[str, tuple[str, str]] = {
    "单于": ("chan", "yu"),
    "尉迟": ("yu", "chi"),
    "万俟": ("mo", "qi"),
    "长孙": ("zhang", "sun"),
}

# CJK Unified Ideographs, Extension A, Compatibility, Extensions B–H, and 〇.
_HAN_RE = re.compile(r"[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
_KEEP_RE = re.compile(r"[a-z0-9]+")


def _looks_like_person(name: str) -> bool:
    # Personal names are 2–4 Han characters; longer ones are organisations (查干湖旅游公司 must
    # keep cha). Longer minority names with 间隔号 (·) carry no Han surname to fix anyway.
    return 2 <= len(name) <= 4 and _HAN_RE.fullmatch(name) is not None


def _one_item_per_char(chars: str) -> list[str]:
    # Characters pypinyin does not know (rare Extension characters) are kept as themselves, one
    # item each, so syllables stay aligned with characters.
    return list(chars)


def _han_syllables(run: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin  # its phrase dictionary takes ~0.15 s: only when a name is keyed

    # pypinyin accepts a list from the errors callback at runtime; its stub only allows str.
    syllables = lazy_pinyin(run, style=Style.NORMAL, errors=_one_item_per_char)  # type: ignore[arg-type]
    return [s.lower() for s in syllables]


def name_keys(name: str, *, person: bool | None = None) -> tuple[str, str]:
    """Return (full pinyin, initials) for a name, e.g. "张三" → ("zhangsan", "zs").

    Lower case, no tones, ü written "v" (吕 → "lv"), as people type it. Latin letters and digits
    are kept lower-cased, and a run of them counts whole in the initials too, so "TCL科技" gives
    ("tclkeji", "tclkj"). Other characters (spaces, ·, punctuation) are dropped.
    ``person`` chooses surname readings for the first character; ``None`` guesses from the shape
    of the name (2–4 Han characters). Callers that know the party kind should say so: the guess
    reads a short organisation name such as 区政府 as a person (ou).
    """
    text = unicodedata.normalize("NFKC", name).strip()
    if person is None:
        person = _looks_like_person(text)
    full: list[str] = []
    initials: list[str] = []

    def add_latin(chunk: str) -> None:
        runs = _KEEP_RE.findall(chunk.lower())
        full.extend(runs)
        initials.extend(runs)

    pos = 0
    for match in _HAN_RE.finditer(text):
        add_latin(text[pos : match.start()])
        run = match.group(0)
        han = _han_syllables(run)
        if person and match.start() == 0 and len(han) == len(run):
            compound = COMPOUND_SURNAME_READINGS.get(run[:2])
            if compound is not None:
                han[:2] = compound
            elif run[0] in SURNAME_READINGS:
                han[0] = SURNAME_READINGS[run[0]]
        full.extend(han)
        initials.extend(syllable[0] for syllable in han)
        pos = match.end()
    add_latin(text[pos:])
    return "".join(full), "".join(initials)
