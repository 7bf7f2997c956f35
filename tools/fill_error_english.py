"""Fill the translation file's context "ValidationError" from fuyuan_desktop/ui/error_english.py.

After ``pyside6-lupdate`` (tests/ui/test_i18n.py says how) the Chinese templates of error_english.py appear in the
.ts as unfinished messages; this writes their English from the table into each such message that has none (a
translation someone refined in the .ts is kept), then ``pyside6-lrelease`` compiles the .qm as usual:

    .venv/bin/python tools/fill_error_english.py fuyuan_desktop/resources/i18n/fuyuan_en.ts

Only context "ValidationError" is touched; the file is rewritten by ElementTree, so lupdate's own layout may change
in whitespace only (run lupdate again to normalise it, which keeps the translations).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts: Path) -> int:
    from fuyuan_desktop.ui.error_english import ENGLISH

    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        if context.findtext("name") != "ValidationError":
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if source not in ENGLISH or translation is None:
                continue
            if (translation.text or "").strip() and translation.get("type") != "unfinished":
                continue
            translation.text = ENGLISH[source]
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "fuyuan_desktop/resources/i18n/fuyuan_en.ts")
    print(f"{fill(target)} messages of context ValidationError filled in {target}")
