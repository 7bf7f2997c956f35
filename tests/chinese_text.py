"""English left in Chinese output: words of Latin letters that are neither an allowed code or unit nor part of a
file name, path, flag, command, hash or id. Shared by the tests of what commands print."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Codes, units and names that stay as they are in Chinese text.
ALLOWED = frozenset({
    "ID", "PDF", "QR", "JSON", "CSV", "NDJSON", "HLC", "SHA", "UTC", "WAL", "URL", "USB", "HTTP", "HTTPS", "IP", "CA",
    "MB", "KB", "GB", "TB", "B", "pt", "mm", "cm", "x", "X", "age", "Ed25519", "SQLite", "PostgreSQL", "SQLCipher",
    "Fuyuan", "Desktop", "Qt", "QtPdf", "U", "PIN",
})
_SKIP = (
    r"`[^`]*`",  # a command or value quoted for the reader
    r"(?<![\w.])--?[A-Za-z][\w-]*",  # a flag
    r"(?:[A-Za-z]:)?[\w.\-~]*[/\\][^\s，。；：、（）()]*",  # a path (anything with a slash)
    r"[\w\-]+\.(?:json|fyb|fyr|pdf|sqlite3|jpg|png|txt|csv|tar|ndjson|log|pem|sig)\b",  # a file name
    r"\bage1[0-9a-z]+",  # an age recipient
    r"\b[A-Z0-9]{4}\b",  # a device code (2BDW, VWJC)
    r"\b[\w]*\d[\w]*\b",  # anything with a digit: ids, hashes, codes (civil_2020, 4.10.84, 2BDW), dates
    r"https?://\S+",
    r"\bfuyuan(?:-desktop)?\b[^\n，。；]*",  # a command line named for the reader
)
_WORD = re.compile(r"[A-Za-z][A-Za-z_']*")


def english_words(text: str, *, names: Iterable[str] = ()) -> list[str]:
    """The English words (and table or column names) in ``text`` that are not allowed there; ``names`` are names
    the output may quote as they are (the machine's name, which a device is called by)."""
    for pattern in _SKIP:
        text = re.sub(pattern, " ", text)
    allowed = ALLOWED | {w for name in names for w in _WORD.findall(name)}
    return [w for w in _WORD.findall(text) if w not in allowed]
