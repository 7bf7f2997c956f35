"""What a killed or crashed run left in a data folder — scratch files, half backups, half copies — found and removed.

A battery dying during a USB export, a killed backup or import leaves temporary files that nothing
else would ever remove: sealed scratch files in ``tmp/`` (noise without the key that died with the
process, but still megabytes), ``.partial`` backups as large as the database, half-copied attachments.
They are removed when a store is opened by the only process that has the folder open
(store/folder_lock.py) — never while another program may be writing them — and the opening lists them.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

# Scratch files of the app's own making, by folder (relative to the data folder) and name pattern.
_PATTERNS: tuple[tuple[str, str], ...] = (
    ("tmp", "*"),  # scratch only: bundles being built or read, outboxes
    ("blobs", ".incoming-*"),  # an attachment being stored
    ("blobs", ".sealing-*"),  # an attachment being sealed in place
    (".", "*.restoring"),  # a backup being put in place of the database
    (".", ".keyring-*"),  # a keyring being saved
    ("backups", "*.partial*"),  # a backup being written (with the journal or WAL its copy keeps beside it)
    ("backups", "blobs/??/*.part"),
)


@dataclass(frozen=True)
class Leftover:
    path: Path
    size: int


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size


def find_leftovers(root: Path, extra: tuple[tuple[Path, str], ...] = ()) -> list[Leftover]:
    """Leftovers of killed runs under ``root`` (and in ``extra`` folders, such as a backup stick)."""
    found: list[Leftover] = []
    places = [(root / folder, pattern) for folder, pattern in _PATTERNS] + list(extra)
    for folder, pattern in places:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob(pattern)):
            try:
                found.append(Leftover(path, _size(path)))
            except OSError:
                continue
    return found


def remove_leftovers(found: list[Leftover]) -> list[Leftover]:
    """Remove what ``find_leftovers`` found; returns what is gone."""
    removed = []
    for item in found:
        try:
            if item.path.is_dir():
                shutil.rmtree(item.path)
            else:
                item.path.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            continue
        removed.append(item)
    return removed


def describe(removed: list[Leftover], root: Path) -> str:
    """The start-up report's line: how many, how large, which (a few names)."""
    total = sum(item.size for item in removed)
    names = []
    for item in removed[:5]:
        try:
            names.append(str(item.path.relative_to(root)))
        except ValueError:
            names.append(str(item.path))
    more = f" 等 {len(removed)} 项" if len(removed) > len(names) else ""
    size = f"{total / 1024 / 1024:.1f} MB" if total >= 1024 * 1024 else f"{total:,} 字节"
    return (f"上次未正常结束的操作（被终止的导出、导入或备份）留下 {len(removed)} 个临时文件（共 {size}），"
            f"已清除：{'、'.join(names)}{more}。")
