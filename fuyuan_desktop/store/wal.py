"""Checking a SQLite write-ahead log left by a crash before SQLite replays it: a cut-off tail is reported.

SQLite replays the WAL up to its last intact commit frame and silently drops the rest. After a
process kill nothing is dropped (the OS has every byte); after a power cut or a lying USB stick the
tail may be partial. This reads the WAL the way SQLite does (header, salts, cumulative checksums),
so the app can say "N bytes of an unfinished write were discarded" and keep a copy of the log,
instead of losing it without a word. SQLCipher leaves frame headers and checksums in the clear.
"""

from __future__ import annotations

import shutil
import struct
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

_MAGIC = {0x377F0682: "<", 0x377F0683: ">"}
_HEADER = 32
_FRAME_HEADER = 24


@dataclass(frozen=True)
class WalReport:
    size: int
    page_size: int
    frames: int  # frames with valid salts and checksums
    committed_frames: int  # frames up to and including the last valid commit frame
    discarded_bytes: int  # bytes SQLite will not replay (partial frame, uncommitted or damaged tail)

    @property
    def damaged(self) -> bool:
        return self.discarded_bytes > 0


def _checksum(data: bytes, order: str, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def inspect_wal(path: Path) -> WalReport | None:
    """None when there is no WAL (or an empty one); otherwise how much of it SQLite will replay."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    if not data:
        return None
    if len(data) < _HEADER:
        return WalReport(len(data), 0, 0, 0, len(data))
    magic, _version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", data[:_HEADER])
    order = _MAGIC.get(magic)
    if order is None or _checksum(data[:24], order, 0, 0) != (c0, c1):
        return WalReport(len(data), 0, 0, 0, len(data))
    s0, s1 = c0, c1
    offset, frames, committed, committed_end = _HEADER, 0, 0, _HEADER
    frame_size = _FRAME_HEADER + page_size
    while offset + frame_size <= len(data):
        head = data[offset : offset + _FRAME_HEADER]
        _pgno, commit_size, f_salt1, f_salt2, f0, f1 = struct.unpack(">6I", head)
        if (f_salt1, f_salt2) != (salt1, salt2):
            break
        s0, s1 = _checksum(head[:8], order, s0, s1)
        s0, s1 = _checksum(data[offset + _FRAME_HEADER : offset + frame_size], order, s0, s1)
        if (s0, s1) != (f0, f1):
            break
        frames += 1
        offset += frame_size
        if commit_size:
            committed, committed_end = frames, offset
    # Frames from an older generation (other salts) after the valid ones are normal leftovers, not loss.
    tail = data[committed_end:]
    stale = len(tail) >= _FRAME_HEADER and struct.unpack(">2I", tail[8:16]) != (salt1, salt2)
    discarded = 0 if stale else len(data) - committed_end
    return WalReport(len(data), page_size, frames, committed, discarded)


def wal_identity(path: Path) -> str:
    """The WAL generation (its salts) and how far it reaches: the same damaged log is reported once."""
    try:
        with path.open("rb") as stream:
            head = stream.read(_HEADER)
        size = path.stat().st_size
    except OSError:
        return ""
    if len(head) < _HEADER:
        return f"short-{size}"
    salt1, salt2 = struct.unpack(">2I", head[16:24])
    return f"{salt1:08x}{salt2:08x}-{size}"


def keep_damaged_wal(database: Path, backups: Path) -> tuple[WalReport, Path | None] | None:
    """Before opening: if the WAL has a tail SQLite will drop, copy the WAL aside and say so — once per log.

    The copy is named by the log's identity, so opening again (a full disk keeps SQLite from resetting
    the log) neither copies nor reports it again. With no room for the copy there is no copy (and no
    half copy left behind); the report still goes out, and the store still opens.
    """
    wal = Path(str(database) + "-wal")
    report = inspect_wal(wal)
    if report is None or not report.damaged:
        return None
    identity = wal_identity(wal)
    if identity and _aborted_marker(database, identity).exists():
        return None  # the tail of a write the app saw fail for space: nothing committed was lost
    if identity and backups.is_dir() and any(backups.glob(f"damaged-wal-*-{identity}.wal")):
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    copy = backups / f"damaged-wal-{stamp}-{identity}.wal"
    try:
        backups.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(wal, copy)
    except OSError:
        copy.unlink(missing_ok=True)
        return report, None
    return report, copy


def _aborted_marker(database: Path, identity: str) -> Path:
    return database.parent / "locks" / f"wal-aborted-{identity}"


def mark_aborted_write(database: Path) -> None:
    """A write just failed for lack of space and was rolled back: its frames stay in the WAL (SQLite cannot
    reset the log on a full disk), and the next opening must not take them for a crash's loss. The marker
    is an empty file (which a full disk still takes), named by the log's identity; older ones are removed."""
    identity = wal_identity(Path(str(database) + "-wal"))
    if not identity:
        return
    marker = _aborted_marker(database, identity)
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        for old in marker.parent.glob("wal-aborted-*"):
            if old != marker:
                old.unlink(missing_ok=True)
        marker.touch()
    except OSError:
        return
