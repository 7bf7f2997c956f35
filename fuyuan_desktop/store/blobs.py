"""Content-addressed blob store: attachment bytes live in files named by their SHA-256, written atomically."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path
from typing import BinaryIO

CHUNK = 1024 * 1024


class BlobStore:
    """``blobs/ab/abcdef…``: deduplicated by hash, never rewritten once present."""

    def __init__(self, root: Path) -> None:
        self.root = root

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
        size = 0
        fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.root)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                while chunk := stream.read(CHUNK):
                    size += len(chunk)
                    if max_bytes is not None and size > max_bytes:
                        raise ValueError(f"附件超过大小上限 {max_bytes // CHUNK} MB")
                    digest.update(chunk)
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
            return sha, size
        except BaseException:
            with suppress(FileNotFoundError):
                tmp.unlink()
            raise

    def put_file(self, path: Path, *, max_bytes: int | None = None) -> tuple[str, int]:
        with path.open("rb") as stream:
            return self.put_stream(stream, max_bytes=max_bytes)

    def read_chunks(self, sha256: str) -> Iterator[bytes]:
        with self.path_of(sha256).open("rb") as stream:
            while chunk := stream.read(CHUNK):
                yield chunk

    def verify(self, sha256: str) -> bool:
        """Re-hash a stored blob: false if it is missing or its bytes no longer match its name."""
        try:
            digest = hashlib.sha256()
            for chunk in self.read_chunks(sha256):
                digest.update(chunk)
        except FileNotFoundError:
            return False
        return digest.hexdigest() == sha256
