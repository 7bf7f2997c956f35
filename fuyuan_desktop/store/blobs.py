"""Content-addressed blob store: attachment bytes live in files named by their SHA-256, written atomically.

With a data key the files hold AES-256-GCM chunks (store/crypto.py); they are still named by the
SHA-256 of the plaintext, so deduplication, verification and sync by hash keep working.
"""

from __future__ import annotations

import hashlib
import os
import struct
import tempfile
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path
from typing import BinaryIO

from fuyuan_desktop.store.crypto import BLOB_MAGIC, BlobSealer, WrongSecretError, is_sealed
from fuyuan_desktop.store.disk_space import disk_full_error, is_disk_full

CHUNK = 1024 * 1024


class BlobStore:
    """``blobs/ab/abcdef…``: deduplicated by hash, never rewritten once present."""

    def __init__(self, root: Path, *, key: bytes | None = None) -> None:
        self.root = root
        self._sealer = BlobSealer(key) if key is not None else None

    @property
    def encrypted(self) -> bool:
        return self._sealer is not None

    def path_of(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def __contains__(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()

    def put_stream(self, stream: BinaryIO, *, max_bytes: int | None = None) -> tuple[str, int]:
        """Copy ``stream`` in, hashing as it goes; return (sha256, size). Memory stays flat."""
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        counted = [0]

        def chunks() -> Iterator[bytes]:
            while chunk := stream.read(CHUNK):
                counted[0] += len(chunk)
                if max_bytes is not None and counted[0] > max_bytes:
                    raise ValueError(f"附件超过大小上限 {max_bytes // CHUNK} MB")
                digest.update(chunk)
                yield chunk

        fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.root)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                if self._sealer is not None:
                    self._sealer.seal(chunks(), out)
                else:
                    for chunk in chunks():
                        out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self.path_of(sha)
            if target.exists():
                tmp.unlink()
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp, target)
            return sha, counted[0]
        except BaseException as exc:
            with suppress(FileNotFoundError):
                tmp.unlink()
            if is_disk_full(exc):
                raise disk_full_error(self.root) from exc
            raise

    def put_file(self, path: Path, *, max_bytes: int | None = None) -> tuple[str, int]:
        with path.open("rb") as stream:
            return self.put_stream(stream, max_bytes=max_bytes)

    def read_chunks(self, sha256: str) -> Iterator[bytes]:
        """The plaintext, chunk by chunk (decrypted when the store has a key; plain legacy files pass)."""
        with self.path_of(sha256).open("rb") as stream:
            if self._sealer is not None and is_sealed(stream.peek(4)[:4]):
                yield from self._sealer.open_chunks(stream)
                return
            while chunk := stream.read(CHUNK):
                yield chunk

    def plain_size(self, sha256: str) -> int:
        """The plaintext's size, read from the chunk lengths of a sealed file without decrypting it."""
        path = self.path_of(sha256)
        with path.open("rb") as stream:
            head = stream.read(len(BLOB_MAGIC) + 8)
            if not is_sealed(head[:4]):
                return path.stat().st_size
            total = 0
            while len(size_bytes := stream.read(4)) == 4:
                sealed = struct.unpack(">I", size_bytes)[0]
                total += sealed - 16  # each chunk carries a 16-byte GCM tag
                stream.seek(sealed, os.SEEK_CUR)
            return total

    def export(self, sha256: str, target: Path) -> Path:
        """Write the plaintext to ``target`` (to open it in another program); the store's file stays as it is."""
        with target.open("wb") as out:
            for chunk in self.read_chunks(sha256):
                out.write(chunk)
        return target

    def seal_existing(self) -> int:
        """Encrypt blobs written before the store had a key (in place, atomically); return how many."""
        if self._sealer is None or not self.root.is_dir():
            return 0
        done = 0
        for path in sorted(self.root.glob("??/*")):
            with path.open("rb") as stream:
                if is_sealed(stream.read(4)):
                    continue
            fd, tmp_name = tempfile.mkstemp(prefix=".sealing-", dir=self.root)
            try:
                with os.fdopen(fd, "wb") as out, path.open("rb") as plain:
                    self._sealer.seal(iter(lambda: plain.read(CHUNK), b""), out)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(tmp_name, path)
            except BaseException:
                with suppress(FileNotFoundError):
                    os.unlink(tmp_name)
                raise
            done += 1
        return done

    def verify(self, sha256: str) -> bool:
        """Re-hash a stored blob: false if it is missing or its bytes no longer match its name."""
        try:
            digest = hashlib.sha256()
            for chunk in self.read_chunks(sha256):
                digest.update(chunk)
        except (FileNotFoundError, WrongSecretError):
            return False
        return digest.hexdigest() == sha256
