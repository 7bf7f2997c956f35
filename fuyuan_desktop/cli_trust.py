"""``fuyuan`` commands for accounts and backups, and the login every command does on a protected store."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fuyuan_desktop.domain.errors import AuthenticationError
from fuyuan_desktop.store.paths import resolve_data_paths

ENV_PASSWORD = "FUYUAN_PASSWORD"


def read_password(prompt: str, *, confirm: bool = False) -> str:
    """``FUYUAN_PASSWORD`` if set, else a prompt on the terminal (never echoed, never logged)."""
    env = os.environ.get(ENV_PASSWORD)
    if env is not None:
        return env
    if not sys.stdin.isatty():
        raise AuthenticationError(f"需要密码：请在终端中运行，或设置环境变量 {ENV_PASSWORD}")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("再输入一次：") != first:
        raise AuthenticationError("两次输入的密码不一致")
    return first


def open_context(args: argparse.Namespace, fallback_actor: Callable[[], str]) -> Any:
    """The context a command acts in: logged in on a protected store, the open store otherwise."""
    from fuyuan_desktop.services.accounts import is_protected, login
    from fuyuan_desktop.services.backups import daily_backup
    from fuyuan_desktop.services.setup import initialize

    paths = resolve_data_paths(args.data_dir)
    if not is_protected(paths):
        ctx = initialize(paths, actor=fallback_actor())
    else:
        name = getattr(args, "user", None) or os.environ.get("FUYUAN_USER")
        if not name:
            raise AuthenticationError("本机数据已启用账户：请用 --user 姓名 或环境变量 FUYUAN_USER 指定账户")
        ctx = login(paths, name, read_password(f"账户「{name}」的密码："))
    for warning in ctx.db.open_warnings:
        print(f"警告：{warning}", file=sys.stderr)
    daily_backup(ctx, paths)
    return ctx


def init_protected(args: argparse.Namespace, emit: Callable[..., None]) -> None:
    """``fuyuan init --admin NAME``: first account, data key, encryption (in place if data exists)."""
    from fuyuan_desktop.services.accounts import create_protected_store
    from fuyuan_desktop.services.setup import database_path, ensure_device

    paths = resolve_data_paths(args.data_dir)
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

    emit(args, data, human)


def _ctx(args: argparse.Namespace) -> Any:
    from fuyuan_desktop.cli import _actor

    return open_context(args, _actor)


def cmd_user_add(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.accounts import add_user
    from fuyuan_desktop.services.permissions import role_from_text

    ctx = _ctx(args)
    role = role_from_text(args.role)
    new_password = os.environ.get("FUYUAN_NEW_PASSWORD")
    if new_password is None:
        if not sys.stdin.isatty():
            raise AuthenticationError("需要新账户的密码：请在终端中运行，或设置环境变量 FUYUAN_NEW_PASSWORD")
        new_password = getpass.getpass(f"为「{args.name}」设置密码：")
    view = add_user(ctx, resolve_data_paths(args.data_dir), args.name, role.value, new_password,
                    display_name=args.display_name)
    args.emit(args, view, lambda: print(f"已添加账户：{view.name}（{view.role_label}）"))


def cmd_user_list(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.accounts import list_users

    rows = list_users(_ctx(args))

    def human() -> None:
        for r in rows:
            state = "已停用" if r.disabled else "正常"
            last = r.last_login_at.isoformat(timespec="minutes") if r.last_login_at else "从未登录"
            print(f"{r.name}\t{r.role_label}\t{state}\t{last}")

    args.emit(args, rows, human)


def cmd_user_disable(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.accounts import disable_user

    view = disable_user(_ctx(args), resolve_data_paths(args.data_dir), args.name)
    args.emit(args, view, lambda: print(f"已停用账户：{view.name}（其密钥副本已删除）"))


def cmd_user_reset(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.accounts import reset_password

    recovery = os.environ.get("FUYUAN_RECOVERY_KEY") or (
        getpass.getpass("恢复密钥：") if sys.stdin.isatty() else ""
    )
    if not recovery:
        raise AuthenticationError("需要恢复密钥：请在终端中运行，或设置环境变量 FUYUAN_RECOVERY_KEY")
    reset_password(resolve_data_paths(args.data_dir), args.name, recovery, read_password("新密码：", confirm=True))
    args.emit(args, {"name": args.name}, lambda: print(f"已为「{args.name}」重设密码"))


def cmd_backup_create(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.backups import create_backup

    view = create_backup(_ctx(args), resolve_data_paths(args.data_dir), to=Path(args.to) if args.to else None)
    state = "已加密" if view.encrypted else "未加密"
    args.emit(args, view, lambda: print(f"已备份（{state}，已校验）：{view.path}"))


def cmd_backup_list(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.backups import list_backups

    rows = list_backups(resolve_data_paths(args.data_dir), Path(args.folder) if args.folder else None)

    def human() -> None:
        if not rows:
            print("（没有备份）")
        for r in rows:
            print(f"{r.taken_at.isoformat(timespec='seconds')}\t{r.reason}\t{r.size:,} 字节\t"
                  f"{'已加密' if r.encrypted else '未加密'}\t{r.path}")

    args.emit(args, rows, human)


def cmd_backup_restore(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.backups import restore_backup

    previous = restore_backup(_ctx(args), resolve_data_paths(args.data_dir), Path(args.file))
    args.emit(args, {"restored": args.file, "previous_state": previous.path},
              lambda: print(f"已从备份恢复：{args.file}\n恢复前的数据已另存：{previous.path}"))


def register(sub: Any, add: Callable[..., argparse.ArgumentParser], parser_class: type, emit: Callable[..., None]) -> None:
    """Add ``fuyuan user …`` and ``fuyuan backup …`` to the main parser."""

    def add_with_emit(name: str, handler: Callable[[argparse.Namespace], Any], helptext: str, parent: Any) -> Any:
        p = add(name, handler, helptext, parent)
        p.set_defaults(emit=emit)
        return p

    user = sub.add_parser("user", help="本机账户：添加、列表、停用、凭恢复密钥重设密码").add_subparsers(
        dest="sub", required=True, metavar="子命令", parser_class=parser_class
    )
    p = add_with_emit("add", cmd_user_add, "添加账户（新密码取自 FUYUAN_NEW_PASSWORD 或提示输入）", user)
    p.add_argument("name")
    p.add_argument("--role", required=True, help="法官、书记员、调解员 或 管理员（judge、clerk、mediator、admin）")
    p.add_argument("--display-name", default="")
    add_with_emit("list", cmd_user_list, "列出账户", user)
    p = add_with_emit("disable", cmd_user_disable, "停用账户（删除其密钥副本）", user)
    p.add_argument("name")
    p = add_with_emit("reset-password", cmd_user_reset, "凭恢复密钥为账户重设密码", user)
    p.add_argument("name")

    backup = sub.add_parser("backup", help="备份：创建、列表、恢复").add_subparsers(
        dest="sub", required=True, metavar="子命令", parser_class=parser_class
    )
    p = add_with_emit("create", cmd_backup_create, "立即备份（经完整性检查；加密的数据库备份仍是加密的）", backup)
    p.add_argument("--to", help="备份到此文件夹（如 U 盘），默认数据目录下的 backups/")
    p = add_with_emit("list", cmd_backup_list, "列出备份", backup)
    p.add_argument("--folder", help="列出此文件夹中的备份")
    p = add_with_emit("restore", cmd_backup_restore, "从备份恢复（先备份当前数据）", backup)
    p.add_argument("file")
