"""Small, tested overrides of reportlab: ToUnicode beyond the BMP, and Chinese punctuation at line starts.

reportlab writes each subset's ToUnicode CMap as ``<code> <%04X>``, which for U+20000 gives the
odd-length ``<20000>``; PDF readers then drop the character from the text layer, so copy, search and
verification lose rare names (CJK Extension B and beyond). PDF wants UTF-16BE there — a surrogate
pair. ``install()`` swaps reportlab's module-level function for one that writes it; everything else
about the CMap is byte-for-byte what reportlab writes.

reportlab's CJK line breaking keeps a closing mark off the start of a line only for the marks in its
(Japanese) list: 、。）」 and the like, but not the full-width comma, semicolon, colon, ! and ?, closing
quotes and book-title marks, or the middle dot of minority names. A line of a legal paper that begins
with "，" looks broken; ``install()`` adds them, so the mark hangs at the end of the line before, as
reportlab already does for its own list. Both are tested in tests/documents/test_fonts.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import textsplit
from reportlab.pdfbase import ttfonts
from reportlab.platypus import paragraph

# reportlab's own function, captured before install(): tests compare against it, and a check that needs
# reportlab's unfixed behaviour can put it back.
reportlab_to_unicode_cmap = ttfonts.makeToUnicodeCMap


def utf16_hex(codepoint: int) -> str:
    """UTF-16BE hex of one code point, as a ToUnicode destination string."""
    if codepoint > 0xFFFF:
        offset = codepoint - 0x10000
        return f"{0xD800 + (offset >> 10):04X}{0xDC00 + (offset & 0x3FF):04X}"
    return f"{codepoint:04X}"


def to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ``makeToUnicodeCMap`` with correct entries for supplementary-plane characters."""
    cmap = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{utf16_hex(v)}>" for i, v in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(cmap)


# 行首禁则 (GB/T 15834): marks that may not begin a line and are missing from reportlab's list.
CANNOT_START_LINE_ZH = "，；：！？”’》〉」』】〕·"


def install() -> None:
    """Make reportlab use :func:`to_unicode_cmap` and Chinese line-start rules (idempotent)."""
    ttfonts.makeToUnicodeCMap = to_unicode_cmap
    # one-run paragraphs break in textsplit.wordSplit, mixed-font ones in paragraph.cjkFragSplit
    for module in (textsplit, paragraph):
        current: str = module.ALL_CANNOT_START
        missing = "".join(c for c in CANNOT_START_LINE_ZH if c not in current)
        module.ALL_CANNOT_START = current + missing  # type: ignore[attr-defined]
