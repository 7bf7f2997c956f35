"""Tying paper to record: canonical-content hashes, short verification codes, QR payloads, PDF keywords."""

from __future__ import annotations

import hashlib
import json
from typing import Any

# Crockford base32: no I, L, O or U, so a code read off paper and typed back survives the usual slips.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
KEYWORDS_PREFIX = "fuyuan-document:"


def canonical_json(content: dict[str, Any]) -> str:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def content_sha256(content: dict[str, Any]) -> str:
    """SHA-256 of a document's canonical content (what it says, not how the PDF encodes it)."""
    return hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()


def verification_code(sha256_hex: str) -> str:
    """Ten symbols (50 bits) of the hash, as ``XXXXX-XXXXX``."""
    value = int(sha256_hex[:13], 16) >> 2  # 52 bits → 50 bits
    symbols = []
    for _ in range(10):
        symbols.append(CODE_ALPHABET[value & 31])
        value >>= 5
    text = "".join(reversed(symbols))
    return f"{text[:5]}-{text[5:]}"


def normalize_code(typed: str) -> str:
    """Accept codes typed in lower case, with spaces, or with O for 0 and I/L for 1 (Crockford rules)."""
    cleaned = "".join(typed.split()).upper().replace("-", "").replace("－", "")
    cleaned = cleaned.translate(str.maketrans("OIL", "011"))
    return f"{cleaned[:5]}-{cleaned[5:]}" if len(cleaned) == 10 else cleaned


def qr_payload(*, case_id: str, document_id: str, version: int, sha256_hex: str) -> str:
    return f"FYDOC/1;case={case_id};doc={document_id};v={version};sha256={sha256_hex}"


def parse_qr_payload(text: str) -> dict[str, str] | None:
    """The fields of a ``qr_payload`` as a scanner types it (surrounding blanks and a trailing Enter allowed)."""
    text = text.strip()
    if not text.startswith("FYDOC/1;"):
        return None
    fields = dict(part.split("=", 1) for part in text.split(";")[1:] if "=" in part)
    return fields if {"doc", "sha256"} <= fields.keys() else None


def keywords(*, document_id: str, version: int, sha256_hex: str, kind: str) -> str:
    """The PDF /Keywords entry that lets ``verify-document`` find the record behind a file."""
    data = {"doc": document_id, "v": version, "sha256": sha256_hex, "kind": kind}
    return KEYWORDS_PREFIX + json.dumps(data, separators=(",", ":"))


def parse_keywords(text: str | None) -> dict[str, Any] | None:
    if not text or not text.startswith(KEYWORDS_PREFIX):
        return None
    try:
        data = json.loads(text.removeprefix(KEYWORDS_PREFIX))
    except json.JSONDecodeError:
        return None
    return data if isinstance(data, dict) and {"doc", "v", "sha256"} <= data.keys() else None
