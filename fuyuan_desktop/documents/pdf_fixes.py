"""A small, tested override of reportlab: ToUnicode entries for characters beyond the BMP.

reportlab writes each subset's ToUnicode CMap as ``<code> <%04X>``, which for U+20000 gives the
odd-length ``<20000>``; PDF readers then drop the character from the text layer, so copy, search and
verification lose rare names (CJK Extension B and beyond). PDF wants UTF-16BE there — a surrogate
pair. ``install()`` swaps reportlab's module-level function for one that writes it; everything else
about the CMap is byte-for-byte what reportlab writes. Tested in tests/documents/test_fonts.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfbase import ttfonts


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


def install() -> None:
    """Make reportlab use :func:`to_unicode_cmap` (idempotent)."""
    ttfonts.makeToUnicodeCMap = to_unicode_cmap
