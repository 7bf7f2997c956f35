"""Scratch files that hold no plaintext: sealed with a key that lives only in this process's memory.

Sync and hub work needs files on disk for a while (a tar member must be sized before it is written;
an incoming bundle is read twice — checked, then applied). Written in the clear, a killed run or a
dead battery leaves parties' names, ID numbers and phones in ``tmp/``. Here each scratch file is
AES-256-CTR under a fresh random key and nonce that are never written anywhere: once the process
ends (however it ends) the bytes left behind are noise. CTR keeps the size and allows seeking, so
``tarfile`` can read a sealed file as it reads a plain one. Integrity is not this layer's job: every
member read back is hashed against the signed manifest.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

_BLOCK = 16


class _Keystream:
    def __init__(self) -> None:
        self.key = os.urandom(32)
        self.nonce = int.from_bytes(os.urandom(16), "big")

    def cipher_at(self, offset: int) -> Any:
        """An AES-CTR transformer positioned at byte ``offset`` (whole blocks; the caller skips the rest)."""
        counter = (self.nonce + offset // _BLOCK) % (1 << 128)
        return Cipher(algorithms.AES(self.key), modes.CTR(counter.to_bytes(16, "big"))).encryptor()


class SealedScratch(io.RawIOBase):
    """A temporary file in ``folder`` whose contents are sealed with an in-memory key; removed on ``close``.

    Write it front to back, then ``seek(0)`` (or any offset) and read it back in the clear.
    """

    def __init__(self, folder: Path, prefix: str = ".scratch-") -> None:
        super().__init__()
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=prefix, dir=folder)
        self.path = Path(name)
        self._file = os.fdopen(fd, "w+b", buffering=0)
        self._stream = _Keystream()
        self._pos = 0
        self._size = 0

    # --- io protocol --------------------------------------------------------------------------------

    def readable(self) -> bool:
        return True

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    @property
    def size(self) -> int:
        return self._size

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def _transform(self, data: bytes, offset: int) -> bytes:
        skip = offset % _BLOCK
        cipher = self._stream.cipher_at(offset)
        out: bytes = cipher.update(b"\0" * skip + data)
        return out[skip:]

    def write(self, data: Any) -> int:
        raw = bytes(data)
        self._file.seek(self._pos)
        self._file.write(self._transform(raw, self._pos))
        self._pos += len(raw)
        self._size = max(self._size, self._pos)
        return len(raw)

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        self._file.seek(self._pos)
        sealed = self._file.read(len(view))
        plain = self._transform(sealed, self._pos)
        view[: len(plain)] = plain
        self._pos += len(plain)
        return len(plain)

    def close(self) -> None:
        if not self.closed:
            try:
                self._file.close()
            finally:
                self.path.unlink(missing_ok=True)
        super().close()

    def __del__(self) -> None:  # a scratch file never outlives its object, even when an error skipped close
        try:
            self.close()
        except Exception:
            return
