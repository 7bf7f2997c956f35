"""Line breaking for Chinese text by the rules of Chinese typesetting (禁则), in the paragraphs every paper uses.

reportlab's ``wordWrap='CJK'`` breaks after any character. Its only rule lets one closing mark that would
start a line hang in the right margin; it leaves an opening bracket at the end of a line, breaks inside a
number (a masked ID, an amount, a phone number) and does not know every Chinese mark. ``Paragraph`` here
breaks the same glyph list by these rules:

* a closing mark (，。、；：？！）」》…) never starts a line: one that would hangs in the margin, as Word's
  default "允许标点溢出边界" does; a second one pulls the character before it down with it;
* an opening mark (（「《“…) never ends a line: it moves down with what it opens;
* a blank left for handwriting (``　　月　　日``, set as no-break spaces) stays with the words around it;
* a run of Latin letters, digits and the marks inside numbers (``220702********1234``, ``12,000.00``,
  ``0438-1234567``) is never split, nor a number from the unit after it (3000元, 2026年); only a run
  longer than the line is cut, at the line's end.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus import paragraph as _rl
from reportlab.platypus.paragraph import ParaLines

cjkU: Any = getattr(_rl, "cjkU")  # noqa: B009 (not in reportlab's stubs)
makeCJKParaLine: Any = getattr(_rl, "makeCJKParaLine")  # noqa: B009

CANNOT_START = set("，。、；：？！）」』》〉】〕〗〙］｝’”…‥·—～％‰，．,.;:?!)]}%々ゝゞ〃")
CANNOT_END = set("（「『《〈【〔〖〘［｛‘“([{￥$＄£")
UNITS = set("元万亿角分年月日号时岁份条次件页")
_FUZZ = 1e-6
NBSP = "\u00a0"


def _tight(ch: str) -> bool:
    """Part of a run that stays on one line: Latin letters, digits, the marks inside numbers and codes."""
    return (ch.isascii() and not ch.isspace() and ch not in "([{") or ch in "＊×"


def may_break(before: str, after: str) -> bool:
    """Whether a line may end after ``before`` and the next begin with ``after``."""
    if not before or not after:
        return True
    if after in CANNOT_START or before in CANNOT_END:
        return False
    if NBSP in (before, after):  # a blank left for handwriting (「　　月　　日」) stays with its words
        return False
    if _tight(before) and _tight(after):
        return False
    if before.isdigit() and after in UNITS:
        return False
    return not (before == after and before in "—…")


def split_lines(glyphs: list[str], widths: list[float], max_widths: list[float]) -> list[tuple[int, int, bool]]:
    """Where the lines of ``glyphs`` start and end: (start, end, hangs) for each line.

    Pure (no reportlab), so the rules are tested on their own. ``hangs`` marks a line whose last glyph is a
    closing mark let into the margin.
    """
    lines: list[tuple[int, int, bool]] = []
    start, used, i, n = 0, 0.0, 0, len(glyphs)
    while i < n:
        limit = max_widths[min(len(lines), len(max_widths) - 1)]
        if used + widths[i] <= limit + _FUZZ or i == start:
            used += widths[i]
            i += 1
            continue
        # glyphs[i] does not fit on the line [start, i).
        if glyphs[i] in CANNOT_START and may_break(glyphs[i], glyphs[i + 1] if i + 1 < n else "") and (
            i - 1 <= start or glyphs[i - 1] not in CANNOT_START
        ):
            lines.append((start, i + 1, True))  # one closing mark hangs in the margin
            start, used, i = i + 1, 0.0, i + 1
            continue
        cut = next((k for k in range(i, start, -1) if may_break(glyphs[k - 1], glyphs[k])), start)
        if cut == start:
            cut = i  # an unbreakable run longer than the line: cut it where the line is full
        lines.append((start, cut, False))
        start, used, i = cut, 0.0, cut
    if start < n:
        lines.append((start, n, False))
    return lines


def kinsoku_frag_split(frags: list[Any], max_widths: list[float], calc_bounds: bool) -> Any:
    """``reportlab.platypus.paragraph.cjkFragSplit`` with the breaking rules above."""
    units: list[Any] = []
    for f in frags:
        text = f.text.decode("utf8") if isinstance(f.text, bytes) else f.text
        if text:
            units.extend(cjkU(t, f, "utf8") for t in text)
        else:
            units.append(cjkU(text, f, "utf8"))
    lines: list[Any] = []
    # A forced break (<br/>) ends a line where it stands; the text between breaks is split by the rules.
    segment_start = 0
    for index, unit in enumerate([*units, None]):
        if unit is not None and not hasattr(unit.frag, "lineBreak"):
            continue
        end = index + 1 if unit is not None else index
        segment = units[segment_start:end]
        widths = [float(u.width) for u in segment]
        remaining = max_widths[len(lines) :] or [max_widths[-1]]
        spans = split_lines([str(u) for u in segment], widths, remaining)
        for j, (a, b, _hangs) in enumerate(spans):
            used = sum(widths[a:b])
            limit = remaining[min(j, len(remaining) - 1)]
            forced = unit is not None and j == len(spans) - 1
            lines.append(makeCJKParaLine(segment[a:b], limit, used, limit - used, forced, calc_bounds))
        if unit is not None and not spans:
            limit = remaining[0]
            lines.append(makeCJKParaLine([unit], limit, 0, limit, True, calc_bounds))
        segment_start = end
    return ParaLines(kind=1, lines=lines)


class Paragraph(_Paragraph):
    """reportlab's Paragraph; with ``wordWrap='CJK'`` (every paper style) lines break by the 禁则 above."""

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        frags = self.frags
        if not frags or getattr(self.style, "endDots", None):
            return super().breakLinesCJK(maxWidths)
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara
        auto = getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
        self.height = 0
        return kinsoku_frag_split(list(frags), list(maxWidths), auto not in ("", "off"))
