"""``fuyuan backup …``: take a checked backup now, list backups, restore one (the current data is kept first)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fuyuan_desktop.cli.common import Subparsers, add_command, add_group, data_paths, emit, workspace
from fuyuan_desktop.domain.court_time import ZONE_NAME, court_clock


def cmd_backup_create(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.backups import create_backup

    view = create_backup(workspace(args), to=Path(args.to) if args.to else None)
    if view.warning:
        print(f"警告：{view.warning}", file=sys.stderr)
    state = "已加密" if view.encrypted else "未加密"
    emit(args, view, lambda: print(f"已备份（{state}，已校验）：{view.path}"))


def cmd_backup_list(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.backups import backup_reason, list_backups

    rows = list_backups(data_paths(args), Path(args.folder) if args.folder else None)

    def human() -> None:
        if not rows:
            print("（没有备份）")
            return
        print(f"备份时间（{ZONE_NAME}）\t原因\t大小\t加密\t位置")
        for r in rows:
            print(f"{court_clock(r.taken_at, seconds=True)}\t{backup_reason(r.reason)}\t{r.size:,} 字节\t"
                  f"{'已加密' if r.encrypted else '未加密'}\t{r.path}")

    emit(args, rows, human)


def cmd_backup_restore(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.backups import restore_backup

    previous = restore_backup(workspace(args), Path(args.file))
    emit(args, {"restored": args.file, "previous_state": previous.path},
         lambda: print(f"已从备份恢复：{args.file}\n恢复前的数据已另存：{previous.path}"))


def register(sub: Subparsers) -> None:
    """Add ``backup`` to the ``fuyuan`` command."""
    backup = add_group(sub, "backup", "备份：创建、列表、恢复", metavar="子命令")
    p = add_command(backup, "create", cmd_backup_create, "立即备份（经完整性检查；加密的数据库备份仍是加密的）")
    p.add_argument("--to", help="备份到此文件夹（如 U 盘），默认数据目录下的 backups/")
    p = add_command(backup, "list", cmd_backup_list, "列出备份")
    p.add_argument("--folder", help="列出此文件夹中的备份")
    p = add_command(backup, "restore", cmd_backup_restore, "从备份恢复（先备份当前数据）")
    p.add_argument("file")
