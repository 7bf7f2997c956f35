"""Key material for encryption at rest: the data key, argon2id key wrapping, the recovery key, blob chunks."""

from __future__ import annotations

import base64
import hashlib
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

DATA_KEY_BYTES = 32
SUITE = "argon2id+aes256gcm+sqlcipher4"  # named so a second suite (SM3/SM4) can sit beside it
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: it is read off paper


class WrongSecretError(Exception):
    """A password or recovery key did not unwrap the data key (or the wrapped key was altered)."""


def new_data_key() -> bytes:
    return os.urandom(DATA_KEY_BYTES)


def sqlcipher_key(data_key: bytes) -> str:
    """The raw-key form of ``PRAGMA key``: SQLCipher then runs no PBKDF2 per connection."""
    return f"x'{data_key.hex()}'"


@dataclass(frozen=True)
class Argon2Params:
    time_cost: int
    memory_kib: int
    parallelism: int

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Argon2Params:
        return cls(int(data["time_cost"]), int(data["memory_kib"]), int(data["parallelism"]))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def password_kek(password: str, salt: bytes, params: Argon2Params) -> bytes:
    """A key-encryption key from a password: argon2id (RFC 9106) via argon2-cffi's low-level API."""
    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def recovery_kek(recovery_key: str, salt: bytes) -> bytes:
    """The recovery key already has 160 random bits: HKDF is enough, no slow KDF needed."""
    normal = normalize_recovery_key(recovery_key).encode("ascii")
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"fuyuan recovery kek").derive(normal)


def wrap(kek: bytes, data_key: bytes, *, context: str) -> str:
    """AES-256-GCM of the data key; ``context`` (e.g. the user name) is bound as associated data."""
    nonce = os.urandom(12)
    return _b64(nonce + AESGCM(kek).encrypt(nonce, data_key, context.encode("utf-8")))


def unwrap(kek: bytes, wrapped: str, *, context: str) -> bytes:
    raw = _unb64(wrapped)
    try:
        return AESGCM(kek).decrypt(raw[:12], raw[12:], context.encode("utf-8"))
    except InvalidTag:
        raise WrongSecretError(context) from None


def new_salt() -> str:
    return _b64(os.urandom(16))


def salt_bytes(text: str) -> bytes:
    return _unb64(text)


def new_recovery_key() -> str:
    """32 symbols from a 32-letter alphabet (160 bits), in 8 groups of 4 for printing."""
    raw = os.urandom(20)
    number = int.from_bytes(raw, "big")
    symbols = []
    for _ in range(32):
        number, index = divmod(number, 32)
        symbols.append(_RECOVERY_ALPHABET[index])
    text = "".join(symbols)
    return "-".join(text[i : i + 4] for i in range(0, 32, 4))


def normalize_recovery_key(text: str) -> str:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I")
    return cleaned


def key_check(data_key: bytes) -> str:
    """A short public fingerprint of the data key, to tell a keyring and a database apart."""
    return hashlib.sha256(b"fuyuan key check" + data_key).hexdigest()[:16]


# --- blobs ---------------------------------------------------------------------------------------
# An encrypted blob file: MAGIC, an 8-byte nonce prefix, then records of (4-byte length, ciphertext+tag).
# Each chunk's nonce is prefix + chunk number; the associated data carries the chunk number and whether
# it is the last, so chunks cannot be reordered or cut off. The name (plaintext SHA-256) is checked by
# re-hashing on read, so a chunk moved between blobs is caught too.

BLOB_MAGIC = b"FYE1"


def _blob_key(data_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"fuyuan blob key").derive(data_key)


def _aad(index: int, last: bool) -> bytes:
    return struct.pack(">IB", index, 1 if last else 0)


class BlobSealer:
    """AES-256-GCM over a blob's chunks, with a key derived from the data key."""

    def __init__(self, data_key: bytes) -> None:
        self._aead = AESGCM(_blob_key(data_key))

    def seal(self, chunks: Iterator[bytes], out: BinaryIO) -> None:
        prefix = os.urandom(8)
        out.write(BLOB_MAGIC + prefix)
        index = 0
        current = next(chunks, b"")
        while True:
            following = next(chunks, None)
            last = following is None
            sealed = self._aead.encrypt(prefix + struct.pack(">I", index), current, _aad(index, last))
            out.write(struct.pack(">I", len(sealed)) + sealed)
            if following is None:
                return
            current, index = following, index + 1

    def open_chunks(self, stream: BinaryIO) -> Iterator[bytes]:
        head = stream.read(len(BLOB_MAGIC) + 8)
        if head[:4] != BLOB_MAGIC or len(head) < 12:
            raise WrongSecretError("not an encrypted blob")
        prefix = head[4:]
        index = 0
        size_bytes = stream.read(4)
        while True:
            if len(size_bytes) < 4:
                raise WrongSecretError("encrypted blob is truncated")
            sealed = stream.read(struct.unpack(">I", size_bytes)[0])
            size_bytes = stream.read(4)
            last = not size_bytes
            try:
                plain = self._aead.decrypt(prefix + struct.pack(">I", index), sealed, _aad(index, last))
            except InvalidTag:
                raise WrongSecretError("encrypted blob was altered or the key is wrong") from None
            yield plain
            if last:
                return
            index += 1


def is_sealed(head: bytes) -> bool:
    return head[:4] == BLOB_MAGIC
