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


def keep_damaged_wal(database: Path, backups: Path) -> tuple[WalReport, Path] | None:
    """Before opening: if the WAL has a tail SQLite will drop, copy the WAL aside and say so."""
    wal = Path(str(database) + "-wal")
    report = inspect_wal(wal)
    if report is None or not report.damaged:
        return None
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    copy = backups / f"damaged-wal-{stamp}.wal"
    shutil.copyfile(wal, copy)
    return report, copy
