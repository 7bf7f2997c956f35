"""Keys and the crypto suite: Ed25519 signatures (cryptography), age X25519 encryption (pyrage), SHA-256.

The suite is named in every manifest so national algorithms (SM2/SM3/SM4) can be added as another suite.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

SUITE = "age-x25519+ed25519+sha256"
SUITES = (SUITE,)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def canonical(data: Any) -> bytes:
    """The bytes a signature covers: sorted keys, no spaces, UTF-8."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def new_signing_key() -> str:
    raw = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return b64(raw)


def public_of(signing_key: str) -> str:
    key = Ed25519PrivateKey.from_private_bytes(unb64(signing_key))
    return b64(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


def sign(signing_key: str, message: bytes) -> str:
    return b64(Ed25519PrivateKey.from_private_bytes(unb64(signing_key)).sign(message))


def verify(public_key: str, message: bytes, signature: str) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(unb64(public_key)).verify(unb64(signature), message)
    except (InvalidSignature, ValueError):
        return False
    return True


def key_fingerprint(public_key: str) -> str:
    return hashlib.sha256(public_key.encode("ascii")).hexdigest()[:16]


def new_age_identity() -> str:
    return str(pyrage.x25519.Identity.generate())


def age_public(identity: str) -> str:
    return str(pyrage.x25519.Identity.from_str(identity).to_public())


def age_recipients(lines: str) -> list[Any]:
    return [pyrage.x25519.Recipient.from_str(line.strip()) for line in lines.splitlines() if line.strip()]


def age_identities(lines: str) -> list[Any]:
    return [pyrage.x25519.Identity.from_str(line.strip()) for line in lines.splitlines() if line.strip()]


AGE_MAGIC = b"age-encryption.org/v1\n"


def encrypt_to(recipients: str, data: bytes) -> bytes:
    """Small messages (receipts) encrypted with age to one or more public keys, one a line."""
    return bytes(pyrage.encrypt(data, age_recipients(recipients)))


def decrypt_with(identities: str, data: bytes) -> bytes:
    return bytes(pyrage.decrypt(data, age_identities(identities)))
