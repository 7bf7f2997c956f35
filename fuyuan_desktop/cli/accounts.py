"""``fuyuan user …``: the accounts of a protected store (add, list, disable, reset a password with the recovery key)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from fuyuan_desktop.cli.common import Subparsers, add_command, add_group, data_paths, emit, read_password, workspace
from fuyuan_desktop.domain.court_time import ZONE_NAME, court_clock
from fuyuan_desktop.domain.errors import AuthenticationError


def cmd_user_add(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.accounts import add_user
    from fuyuan_desktop.services.permissions import role_from_text

    ws = workspace(args)
    role = role_from_text(args.role)
    new_password = os.environ.get("FUYUAN_NEW_PASSWORD")
    if new_password is None:
        if not sys.stdin.isatty():
            raise AuthenticationError("需要新账户的密码：请在终端中运行，或设置环境变量 FUYUAN_NEW_PASSWORD")
        new_password = getpass.getpass(f"为「{args.name}」设置密码：")
    view = add_user(ws, args.name, role.value, new_password, display_name=args.display_name)
    emit(args, view, lambda: print(f"已添加账户：{view.name}（{view.role_label}）"))


def cmd_user_list(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.accounts import list_users

    rows = list_users(workspace(args))

    def human() -> None:
        print(f"账户\t角色\t状态\t上次登录（{ZONE_NAME}）")
        for r in rows:
            state = "已停用" if r.disabled else "正常"
            last = court_clock(r.last_login_at) if r.last_login_at else "从未登录"
            print(f"{r.name}\t{r.role_label}\t{state}\t{last}")

    emit(args, rows, human)


def cmd_user_disable(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.accounts import disable_user

    view = disable_user(workspace(args), args.name)
    emit(args, view, lambda: print(f"已停用账户：{view.name}（其密钥副本已删除）"))


def cmd_user_reset(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.accounts import reset_password

    recovery = os.environ.get("FUYUAN_RECOVERY_KEY") or (
        getpass.getpass("恢复密钥：") if sys.stdin.isatty() else ""
    )
    if not recovery:
        raise AuthenticationError("需要恢复密钥：请在终端中运行，或设置环境变量 FUYUAN_RECOVERY_KEY")
    reset_password(data_paths(args), args.name, recovery, read_password("新密码：", confirm=True))
    emit(args, {"name": args.name}, lambda: print(f"已为「{args.name}」重设密码"))


def cmd_user_enable(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.accounts import enable_user

    ws = workspace(args)
    new_password = os.environ.get("FUYUAN_NEW_PASSWORD")
    if new_password is None:
        if not sys.stdin.isatty():
            raise AuthenticationError("需要该账户的新密码：请在终端中运行，或设置环境变量 FUYUAN_NEW_PASSWORD")
        new_password = getpass.getpass(f"为「{args.name}」设置新密码：")
    view = enable_user(ws, args.name, new_password)
    emit(args, view, lambda: print(f"已启用账户：{view.name}（已设置新密码）"))


def register(sub: Subparsers) -> None:
    """Add ``user`` to the ``fuyuan`` command."""
    user = add_group(sub, "user", "本机账户：添加、列表、停用、凭恢复密钥重设密码", metavar="子命令")
    p = add_command(user, "add", cmd_user_add, "添加账户（新密码取自 FUYUAN_NEW_PASSWORD 或提示输入）")
    p.add_argument("name")
    p.add_argument("--role", required=True, help="法官、书记员、调解员 或 管理员（judge、clerk、mediator、admin）")
    p.add_argument("--display-name", default="")
    add_command(user, "list", cmd_user_list, "列出账户")
    p = add_command(user, "disable", cmd_user_disable, "停用账户（删除其密钥副本）")
    p.add_argument("name")
    p = add_command(user, "enable", cmd_user_enable,
                    "重新启用已停用的账户并设置新密码（管理员；新密码取自 FUYUAN_NEW_PASSWORD）")
    p.add_argument("name")
    p = add_command(user, "reset-password", cmd_user_reset, "凭恢复密钥为账户重设密码（不会重新启用已停用的账户）")
    p.add_argument("name")
