"""``fuyuan init``, ``demo``, ``version`` and ``court list``: set up this laptop's data and say what it holds."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict

from fuyuan_desktop import __version__
from fuyuan_desktop.cli.common import (
    Subparsers,
    actor,
    add_command,
    data_paths,
    emit,
    read_password,
    workspace,
)


def cmd_init(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.accounts import is_protected
    from fuyuan_desktop.services.setup import database_path, ensure_device, initialize

    if args.admin:
        return init_protected(args)
    paths = data_paths(args)
    if is_protected(paths):
        ws = workspace(args)
    else:
        ws = initialize(paths, tribunal=args.tribunal, actor=actor())
        print("注意：本机数据未加密，也未启用账户。运行 `fuyuan init --admin 姓名` 可启用加密和账户。", file=sys.stderr)
    device = ensure_device(ws)
    data = {"database": str(database_path(ws)), "device": device.id, "device_tag": device.tag}
    emit(args, data, lambda: print(f"已初始化：{data['database']}\n本机设备：{device.name}（{device.tag}）"))


def init_protected(args: argparse.Namespace) -> None:
    """``fuyuan init --admin NAME``: first account, data key, encryption (in place if data exists)."""
    from fuyuan_desktop.services.accounts import create_protected_store
    from fuyuan_desktop.services.setup import database_path, ensure_device

    paths = data_paths(args)
    password = read_password(f"为管理员「{args.admin}」设置密码（至少 8 个字符）：", confirm=True)
    made = create_protected_store(paths, args.admin, password, tribunal=args.tribunal,
                                  allow_unencrypted=args.allow_unencrypted)
    device = ensure_device(made.ctx)
    data = {
        "database": str(database_path(made.ctx)),
        "device": device.id,
        "device_tag": device.tag,
        "admin": args.admin,
        "encrypted": made.encrypted,
        "migrated_rows": made.migrated.rows if made.migrated else 0,
        "recovery_key": made.recovery_key,
    }

    def human() -> None:
        print(f"已初始化：{data['database']}\n本机设备：{device.name}（{device.tag}）")
        print(f"管理员账户：{args.admin}")
        print("数据库已加密（SQLCipher）。" if made.encrypted else "警告：数据库未加密（管理员已允许，已记入审计链）。")
        if made.migrated:
            print(f"原有数据已就地加密：{made.migrated.tables} 张表，{made.migrated.rows} 行；原有备份也已加密。")
        print("\n恢复密钥（只显示这一次，请打印或抄写后锁进柜子；忘记所有密码时凭它恢复）：")
        print(f"    {made.recovery_key}\n")

    if args.recovery_pdf:
        from pathlib import Path

        from fuyuan_desktop.services.accounts import write_recovery_key_pdf
        from fuyuan_desktop.services.setup import device_info

        info = device_info(made.ctx)
        data["recovery_pdf"] = str(write_recovery_key_pdf(Path(args.recovery_pdf), made.recovery_key, admin=args.admin,
                                                          where=info.tribunal or info.name))
    emit(args, data, human)
    if args.recovery_pdf and not args.json:
        print(f"恢复密钥打印页：{data['recovery_pdf']}（打印后请删除此文件）")


def cmd_demo(args: argparse.Namespace) -> None:
    """Demo data goes into the demo workspace (``<data>/demo``); into the data folder itself only with
    ``--into-this-store`` (the flag is the user's confirmation), and never into a store with real work."""
    from fuyuan_desktop.demo import generate_demo
    from fuyuan_desktop.services.setup import check_demo_target, device_info

    if not args.into_this_store:
        args.demo_workspace = True  # the same folder `fuyuan --demo …` and `fuyuan-desktop --demo` open
    ws = workspace(args)
    check_demo_target(ws, into_this_store=args.into_this_store)
    folder = str(ws.data_paths.root)
    total = args.disputes

    def progress(done: int) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r生成演示数据：{done}/{total}", end="", file=sys.stderr, flush=True)

    # Into this laptop's own store: its demo belongs to the tribunal it is set up for, so it can sync (README).
    tribunal = device_info(ws).tribunal_id if args.into_this_store else None
    summary = generate_demo(ws, disputes=total, seed=args.seed, progress=progress, tribunal=tribunal)
    if not args.json and sys.stderr.isatty():
        print(file=sys.stderr)

    def human() -> None:
        print(f"已生成演示数据：{summary.disputes} 件纠纷，{summary.parties} 名当事人，{summary.sessions} 次调解，"
              f"涉及地名库中 {summary.places} 个村屯、社区和园区。")
        print(f"写入：{folder}")
        if ws.data_paths.is_demo:
            print("这是演示工作区，与正式数据分开。查看：`fuyuan --demo case list`；"
                  "窗口：`fuyuan-desktop --demo`（标题栏标有“演示”）。")

    emit(args, {**asdict(summary), "data_dir": folder, "demo_workspace": ws.data_paths.is_demo}, human)


def cmd_version(args: argparse.Namespace) -> None:
    emit(args, {"version": __version__}, lambda: print(f"Fuyuan Desktop {__version__}"))


def register(sub: Subparsers) -> None:
    """Add ``init``, ``demo`` and ``version`` to the ``fuyuan`` command (``court`` is in courts.py)."""
    p = add_command(sub, "init", cmd_init, "创建或升级数据库，登记本机设备")
    p.add_argument("--tribunal", help="本机所属法庭（简称或全称），默认开发区法庭")
    p.add_argument("--admin", metavar="NAME", help="创建第一个管理员账户并加密数据库（已有数据就地加密），显示一次恢复密钥")
    p.add_argument("--recovery-pdf", metavar="FILE", help="与 --admin 一起：把恢复密钥另存为一页 PDF，供打印后锁存")
    p.add_argument("--allow-unencrypted", action="store_true", help="缺少 sqlcipher3 时由管理员明确允许不加密（记入审计链）")
    p = add_command(sub, "demo", cmd_demo, "在演示工作区（数据目录下的 demo/）生成松原地区演示数据")
    p.add_argument("--into-this-store", action="store_true",
                   help="明确同意写入本数据目录的库本身（仅限空的、未加密、未登记的库）")
    p.add_argument("--disputes", type=int, default=500, help="纠纷件数（默认 500）")
    p.add_argument("--seed", type=int, default=2025, help="随机种子，同一种子生成相同数据")
    add_command(sub, "version", cmd_version, "显示版本")

