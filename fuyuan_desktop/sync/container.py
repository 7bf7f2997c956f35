"""The bundle container: a tar of members plus a signed manifest, encrypted with age, cut into volumes.

Layout inside (plaintext only in memory; scratch files on disk are sealed with a per-run key, store/scratch.py): ``tables/<name>.ndjson``,
``blobs/<sha256>``, then ``manifest.json`` and ``manifest.sig``. Outside: ``NAME.fyb`` and, past the
volume size, ``NAME.fyb.002``, ``NAME.fyb.003`` … — each written to a temporary name, fsynced,
renamed, then read back and compared with the hash taken while writing (USB sticks lie).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tarfile
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pyrage

from fuyuan_desktop.domain.errors import FuyuanError
from fuyuan_desktop.store.blobs import BlobStore
from fuyuan_desktop.store.scratch import SealedScratch
from fuyuan_desktop.sync import crypto

MAX_VOLUME = 2 * 1024**3 - 64 * 1024  # FAT32 caps a file at 4 GiB − 1; 2 GiB keeps every tool happy
CHUNK = 1024 * 1024
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
# Read before the signature is checked, so capped first: a manifest lists a hash per member (100,000
# attachments need ~12 MB); a signature is 88 characters.
MAX_MANIFEST_BYTES = 32 * 1024 * 1024
MAX_SIGNATURE_BYTES = 1024

Progress = Callable[[int, int], None]


class BundleFault(FuyuanError):
    """A structural fault: the bundle is refused whole. ``code`` names the fault for tests and receipts."""

    exit_code = 2

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)


class Cancelled(Exception):
    """The user cancelled an export; nothing was left on the stick."""


@dataclass
class PlainBundle:
    """Builds the plaintext tar in a local temporary folder, hashing every member as it goes."""

    workdir: Path
    members: dict[str, dict[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".bundle-", suffix=".tar", dir=self.workdir)
        os.close(fd)
        self.path = Path(name)
        self._tar = tarfile.open(self.path, "w", format=tarfile.PAX_FORMAT)  # noqa: SIM115 (closed in seal/discard)

    def add_file(self, name: str, path: Path) -> None:
        digest = hashlib.sha256()
        with path.open("rb") as src:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
        size = path.stat().st_size
        info = tarfile.TarInfo(name)
        info.size = size
        with path.open("rb") as src:
            self._tar.addfile(info, src)
        self.members[name] = {"sha256": digest.hexdigest(), "size": size}

    def add_blob(self, name: str, store: BlobStore, sha256: str) -> None:
        """An attachment's plaintext: the stored file itself, or (sealed at rest) streamed out of its seal."""
        if not store.encrypted:
            self.add_file(name, store.path_of(sha256))
            return
        size = store.plain_size(sha256)
        digest = hashlib.sha256()
        info = tarfile.TarInfo(name)
        info.size = size
        reader = _IterReader(store.read_chunks(sha256), digest)
        self._tar.addfile(info, reader)
        self.members[name] = {"sha256": digest.hexdigest(), "size": size}

    def add_lines(self, name: str, lines: Iterator[bytes]) -> int:
        """Write lines to a sealed scratch file (tar needs the size first), then add it unless empty."""
        count = 0
        digest = hashlib.sha256()
        with SealedScratch(self.workdir, ".member-") as scratch:
            for line in lines:
                scratch.write(line)
                digest.update(line)
                count += 1
            if count:
                info = tarfile.TarInfo(name)
                info.size = scratch.size
                scratch.seek(0)
                self._tar.addfile(info, scratch)
                self.members[name] = {"sha256": digest.hexdigest(), "size": info.size}
        return count

    def add_bytes(self, name: str, data: bytes, *, record: bool = True) -> None:
        info = tarfile.TarInfo(name)
        info.size = len(data)
        self._tar.addfile(info, io.BytesIO(data))
        if record:
            self.members[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}

    def seal(self, manifest: dict[str, Any], signing_key: str) -> None:
        """Add the manifest (with every member's hash) and its signature; close the tar."""
        manifest = {**manifest, "members": self.members}
        body = crypto.canonical(manifest)
        self.add_bytes(MANIFEST, body, record=False)
        self.add_bytes(SIGNATURE, crypto.sign(signing_key, body).encode("ascii"), record=False)
        self._tar.close()

    def discard(self) -> None:
        with suppress(Exception):
            self._tar.close()
        self.path.unlink(missing_ok=True)


class StreamedBundle:
    """The plaintext tar produced while it is being encrypted: no plaintext copy of the attachments on disk,
    and every byte read once. Table members go to scratch files first (a tar header needs the size), hashed
    as they are written; attachments are hashed as they stream. The tar is byte for byte what ``PlainBundle``
    writes (``tarfile``'s PAX headers, block padding and end-of-archive record)."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        workdir.mkdir(parents=True, exist_ok=True)
        self.members: dict[str, dict[str, Any]] = {}
        self._pending: list[tuple[str, SealedScratch | None, BlobStore | None, str]] = []
        self._scratch: list[SealedScratch] = []
        self.error: BaseException | None = None  # what reading a member raised (age reports only its own error)

    def add_lines(self, name: str, lines: Iterator[bytes]) -> int:
        count, size, digest = 0, 0, hashlib.sha256()
        scratch = SealedScratch(self.workdir, ".member-")  # rows of personal data: sealed, never plain on disk
        self._scratch.append(scratch)
        pending: list[bytes] = []
        held = 0
        for line in lines:  # written and hashed a megabyte at a time, not line by line
            pending.append(line)
            held += len(line)
            count += 1
            if held >= CHUNK:
                block = b"".join(pending)
                scratch.write(block)
                digest.update(block)
                size += held
                pending, held = [], 0
        if pending:
            block = b"".join(pending)
            scratch.write(block)
            digest.update(block)
            size += held
        if count:
            self.members[name] = {"sha256": digest.hexdigest(), "size": size}
            self._pending.append((name, scratch, None, ""))
        else:
            scratch.close()
        return count

    def add_blob(self, name: str, store: BlobStore, sha256: str) -> None:
        self._pending.append((name, None, store, sha256))

    def estimated_size(self) -> int:
        """For progress: members, headers and the manifest, as near as is known before streaming."""
        total = 0
        for _name, scratch, store, sha in self._pending:
            with suppress(OSError):
                size = scratch.size if scratch is not None else store.path_of(sha).stat().st_size  # type: ignore[union-attr]
                total += size + 3 * tarfile.BLOCKSIZE
        return total + 200 * len(self._pending) + 4 * tarfile.BLOCKSIZE

    def _member(self, name: str, size: int) -> bytes:
        info = tarfile.TarInfo(name)
        info.size = size
        return info.tobuf(tarfile.PAX_FORMAT, tarfile.ENCODING, "surrogateescape")

    def _file(self, name: str, path: Path, record: bool) -> Iterator[bytes]:
        with path.open("rb") as src:
            yield from self._stream(name, src, os.fstat(src.fileno()).st_size, record)

    def _stream(self, name: str, src: Any, size: int, record: bool) -> Iterator[bytes]:
        yield self._member(name, size)
        digest, left = hashlib.sha256(), size
        while left and (chunk := src.read(min(CHUNK, left))):
            if record:
                digest.update(chunk)
            left -= len(chunk)
            yield chunk
        if left:
            raise OSError(f"读取 {name} 时文件变短了")
        if size % tarfile.BLOCKSIZE:
            yield tarfile.NUL * (tarfile.BLOCKSIZE - size % tarfile.BLOCKSIZE)
        if record:
            self.members[name] = {"sha256": digest.hexdigest(), "size": size}

    def _bytes(self, name: str, data: bytes) -> Iterator[bytes]:
        yield self._member(name, len(data))
        yield data
        if len(data) % tarfile.BLOCKSIZE:
            yield tarfile.NUL * (tarfile.BLOCKSIZE - len(data) % tarfile.BLOCKSIZE)

    def _chunks(self, manifest: dict[str, Any], signing_key: str) -> Iterator[bytes]:
        offset = 0
        for name, scratch, store, sha in self._pending:
            if scratch is not None:
                scratch.seek(0)
                parts = self._stream(name, scratch, scratch.size, record=False)
            elif not store.encrypted:  # type: ignore[union-attr]
                parts = self._file(name, store.path_of(sha), record=True)  # type: ignore[union-attr]
            else:  # sealed at rest: decrypted chunk by chunk straight into the stream, never onto disk
                size = store.plain_size(sha)  # type: ignore[union-attr]
                parts = self._stream(name, _IterReader(store.read_chunks(sha)), size, record=True)  # type: ignore[union-attr]
            for part in parts:
                offset += len(part)
                yield part
        body = crypto.canonical({**manifest, "members": self.members})
        for part in (*self._bytes(MANIFEST, body),
                     *self._bytes(SIGNATURE, crypto.sign(signing_key, body).encode("ascii"))):
            offset += len(part)
            yield part
        offset += 2 * tarfile.BLOCKSIZE
        tail = (tarfile.RECORDSIZE - offset % tarfile.RECORDSIZE) % tarfile.RECORDSIZE
        yield tarfile.NUL * (2 * tarfile.BLOCKSIZE + tail)

    def reader(self, manifest: dict[str, Any], signing_key: str) -> _StreamReader:
        """A file-like ``read`` over the tar; the manifest (with every member's hash) comes last."""
        return _StreamReader(self, self._chunks(manifest, signing_key))

    def discard(self) -> None:
        for scratch in self._scratch:
            scratch.close()


class _IterReader:
    """``read(n)`` over an iterator of byte chunks (an attachment decrypted chunk by chunk), hashing if asked."""

    def __init__(self, chunks: Iterator[bytes], digest: Any = None) -> None:
        self._chunks, self._digest = chunks, digest
        self._buffer = b""

    def read(self, size: int = -1) -> bytes:
        while size < 0 or len(self._buffer) < size:
            chunk = next(self._chunks, None)
            if chunk is None:
                break
            if self._digest is not None:
                self._digest.update(chunk)
            self._buffer += chunk
        if size < 0:
            size = len(self._buffer)
        piece, self._buffer = self._buffer[:size], self._buffer[size:]
        return piece


class _StreamReader:
    def __init__(self, bundle: StreamedBundle, chunks: Iterator[bytes]) -> None:
        self._bundle, self._chunks = bundle, chunks
        self._current, self._at = b"", 0

    def read(self, size: int = -1) -> bytes:
        if self._at >= len(self._current):
            try:
                self._current, self._at = next(self._chunks, b""), 0
            except BaseException as exc:
                self._bundle.error = exc
                raise
        if size is None or size < 0:
            size = len(self._current) - self._at
        piece = self._current[self._at:self._at + size]
        self._at += len(piece)
        return piece


class _VolumeWriter:
    """A file-like sink for ``pyrage.encrypt_io`` that cuts the ciphertext into volumes."""

    def __init__(self, dest: Path, stem: str, volume_size: int, total: int, progress: Progress | None,
                 cancel: threading.Event | None) -> None:
        self.dest, self.stem, self.volume_size = dest, stem, volume_size
        self.total, self.progress, self.cancel = total, progress, cancel
        self.parts: list[Path] = []
        self.digests: list[str] = []
        self._out: IO[bytes] | None = None
        self._digest = hashlib.sha256()
        self._in_volume = 0
        self.written = 0

    def final_name(self, index: int) -> Path:
        return self.dest / (f"{self.stem}.fyb" if index == 0 else f"{self.stem}.fyb.{index + 1:03d}")

    def _open_next(self) -> None:
        self._close_current()
        part = self.dest / f".{self.final_name(len(self.parts)).name}.part"
        self._out = part.open("wb")
        self.parts.append(part)
        self._digest = hashlib.sha256()
        self._in_volume = 0

    def _close_current(self) -> None:
        if self._out is not None:
            self._out.flush()
            os.fsync(self._out.fileno())
            self._out.close()
            self.digests.append(self._digest.hexdigest())
            self._out = None

    def write(self, data: bytes) -> int:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled("已取消导出")
        view = memoryview(data)
        while view:
            if self._out is None or self._in_volume >= self.volume_size:
                self._open_next()
            assert self._out is not None
            room = self.volume_size - self._in_volume
            piece = view[:room]
            self._out.write(piece)
            self._digest.update(piece)
            self._in_volume += len(piece)
            view = view[len(piece):]
        self.written += len(data)
        if self.progress is not None:
            self.progress(min(self.written, self.total), self.total)
        return len(data)

    def flush(self) -> None:
        return None

    def finish(self) -> list[tuple[Path, str]]:
        self._close_current()
        finals = [self.final_name(i) for i in range(len(self.parts))]
        # Later volumes first: ``NAME.fyb`` appears only once every volume is in place.
        for part, final in reversed(list(zip(self.parts, finals, strict=True))):
            os.replace(part, final)
        _fsync_dir(self.dest)
        return list(zip(finals, self.digests, strict=True))

    def abort(self) -> None:
        with suppress(Exception):
            if self._out is not None:
                self._out.close()
        for part in self.parts:
            part.unlink(missing_ok=True)


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as src:
        while chunk := src.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def encrypt_to_volumes(plain: Path | _StreamReader, dest: Path, stem: str, recipients: str, *,
                       volume_size: int = MAX_VOLUME, progress: Progress | None = None,
                       cancel: threading.Event | None = None, total: int | None = None) -> list[Path]:
    """Encrypt ``plain`` (a tar file, or a ``StreamedBundle`` reader) to the recipients into volumes in ``dest``;
    verify them by reading back."""
    if volume_size < 1024:
        raise ValueError("volume size must be at least 1 KiB")
    dest.mkdir(parents=True, exist_ok=True)
    if total is None:
        total = plain.stat().st_size if isinstance(plain, Path) else 0
    sink = _VolumeWriter(dest, stem, volume_size, total, progress, cancel)
    try:
        if isinstance(plain, Path):
            with plain.open("rb") as src:
                pyrage.encrypt_io(src, sink, crypto.age_recipients(recipients))
        else:
            pyrage.encrypt_io(plain, sink, crypto.age_recipients(recipients))
        written = sink.finish()
    except pyrage.EncryptError as exc:
        # pyrage wraps what the sink (cancel, a full or pulled-out stick) or the source raised in its own error.
        sink.abort()
        if cancel is not None and cancel.is_set():
            raise Cancelled("已取消导出") from exc
        source_error = None if isinstance(plain, Path) else plain._bundle.error
        if source_error is not None:
            raise source_error from exc
        raise OSError(f"写入失败（U 盘已满或已拔出？）：{exc}") from exc
    except BaseException:
        sink.abort()
        raise
    for path, digest in written:
        if sha256_file(path) != digest:
            for other, _ in written:
                other.unlink(missing_ok=True)
            raise OSError(f"写入后读回校验失败：{path}（U 盘可能有坏块，请换一个 U 盘）")
    return [path for path, _ in written]


def volumes_of(first: Path) -> list[Path]:
    """The volumes of a bundle given its ``.fyb`` file: that file and its ``.fyb.002`` … siblings."""
    found = [first]
    index = 2
    while (sibling := first.with_name(f"{first.name}.{index:03d}")).exists():
        found.append(sibling)
        index += 1
    return found


class _ChainReader:
    """Reads several volume files as one stream."""

    def __init__(self, paths: list[Path]) -> None:
        self._paths = list(paths)
        self._current: IO[bytes] | None = None

    def read(self, size: int = -1) -> bytes:
        while True:
            if self._current is None:
                if not self._paths:
                    return b""
                self._current = self._paths.pop(0).open("rb")
            data = self._current.read(size if size and size > 0 else CHUNK)
            if data:
                return data
            self._current.close()
            self._current = None

    def close(self) -> None:
        if self._current is not None:
            self._current.close()


class OpenedBundle:
    """A decrypted bundle in a sealed scratch file: its manifest (signature not yet checked) and its members."""

    def __init__(self, plain: SealedScratch) -> None:
        self.plain = plain
        try:
            plain.seek(0)
            self.tar = tarfile.open(fileobj=io.BufferedReader(plain, CHUNK), mode="r:")  # noqa: SIM115
            self.infos = {info.name: info for info in self.tar.getmembers()}
        except (tarfile.TarError, EOFError, OSError) as exc:
            plain.close()
            raise BundleFault("damaged", "数据包内部结构损坏（不是完整的数据包）") from exc
        if MANIFEST not in self.infos or SIGNATURE not in self.infos:
            self.close()
            raise BundleFault("damaged", "数据包缺少清单或签名")
        odd = [name for name, info in self.infos.items() if not info.isreg()]
        if odd:  # links and folders: tarfile would follow a link to another member, or fail on a missing one
            self.close()
            raise BundleFault("damaged", f"数据包含有不是普通文件的成员（链接或文件夹：{odd[0][:60]}），已拒收")
        if self.infos[MANIFEST].size > MAX_MANIFEST_BYTES or self.infos[SIGNATURE].size > MAX_SIGNATURE_BYTES:
            self.close()
            raise BundleFault("manifest", "数据包清单或签名超过大小上限，未读取，已拒收")
        self.manifest_bytes = self.read_member(MANIFEST)
        self.signature = self.read_member(SIGNATURE).decode("ascii", "replace")
        try:
            manifest = json.loads(self.manifest_bytes)
        except ValueError as exc:
            self.close()
            raise BundleFault("damaged", "数据包清单无法解析") from exc
        if not isinstance(manifest, dict):
            self.close()
            raise BundleFault("damaged", "数据包清单格式不对")
        self.manifest: dict[str, Any] = manifest

    def read_member(self, name: str) -> bytes:
        handle = self.tar.extractfile(self.infos[name])
        if handle is None:
            raise BundleFault("damaged", f"数据包成员 {name} 不是文件")
        return handle.read()

    def open_member(self, name: str) -> IO[bytes]:
        handle = self.tar.extractfile(self.infos[name])
        if handle is None:
            raise BundleFault("damaged", f"数据包成员 {name} 不是文件")
        return handle

    def verify_signature(self, public_key: str) -> None:
        if not crypto.verify(public_key, self.manifest_bytes, self.signature):
            raise BundleFault("signature", "数据包签名不符：不是该设备签发的，或内容被改动过，已拒收")

    def verify_members(self) -> None:
        """Every member listed with the right hash and size, and nothing unlisted."""
        listed = self.manifest.get("members")
        if not isinstance(listed, dict):
            raise BundleFault("damaged", "数据包清单缺少成员列表")
        present = set(self.infos) - {MANIFEST, SIGNATURE}
        if present != set(listed):
            raise BundleFault("hash", "数据包成员与清单不一致（多出或缺少文件），已拒收")
        for name, meta in listed.items():
            digest = hashlib.sha256()
            with self.open_member(name) as member:
                while chunk := member.read(CHUNK):
                    digest.update(chunk)
            if digest.hexdigest() != meta.get("sha256") or self.infos[name].size != meta.get("size"):
                raise BundleFault("hash", f"数据包成员 {name} 的校验值不符，已拒收")

    def lines(self, name: str) -> Iterator[bytes]:
        if name not in self.infos:
            return
        with self.open_member(name) as member:
            yield from member

    def close(self) -> None:
        with suppress(Exception):
            self.tar.close()
        self.plain.close()

    def __enter__(self) -> OpenedBundle:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def decrypt_bundle(volumes: list[Path], identities: str, workdir: Path) -> OpenedBundle:
    """Decrypt the volumes to a local scratch file and open it; age refuses truncation and bit flips."""
    for path in volumes:
        if not path.is_file():
            raise BundleFault("missing", f"找不到数据包文件 {path}")
    plain = SealedScratch(workdir, ".incoming-")  # the decrypted bundle never lies on disk in the clear
    reader = _ChainReader(volumes)
    try:
        pyrage.decrypt_io(reader, plain, crypto.age_identities(identities))
    except pyrage.DecryptError as exc:
        plain.close()
        if "No matching keys" in str(exc):
            raise BundleFault("recipient", "数据包不是加密给本中院的（收件人密钥不符），无法解密") from exc
        raise BundleFault("damaged", f"数据包无法解密：{exc}") from exc
    except (OSError, ValueError) as exc:
        plain.close()
        raise BundleFault("damaged", "数据包已损坏或不完整（可能被截断、缺少分卷或被改动），已拒收") from exc
    except BaseException:
        plain.close()
        raise
    finally:
        reader.close()
    return OpenedBundle(plain)
