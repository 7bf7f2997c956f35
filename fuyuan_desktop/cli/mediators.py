"""``fuyuan mediator …``: the roster of mediators."""

from __future__ import annotations

import argparse

from fuyuan_desktop.cli.common import Subparsers, add_command, add_group, emit, table, workspace


def cmd_mediator_add(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.workflow import add_mediator

    mediator_id = add_mediator(
        workspace(args),
        args.name,
        args.role,
        organization=args.organization,
        phone=args.phone,
        roster_number=args.roster_number,
    )
    emit(args, {"id": mediator_id}, lambda: print(f"已加入调解员名册：{args.name}"))


def cmd_mediator_list(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.workflow import list_mediators

    rows = list_mediators(workspace(args))
    emit(args, rows, lambda: table([[r.name, r.role, r.organization] for r in rows], ["姓名", "角色", "单位"]))


def register(sub: Subparsers) -> None:
    """Add ``mediator`` to the ``fuyuan`` command."""
    med = add_group(sub, "mediator", "调解员名册")
    p = add_command(med, "add", cmd_mediator_add, "加入调解员")
    p.add_argument("name")
    p.add_argument("--role", default="特邀调解员")
    p.add_argument("--organization", default="")
    p.add_argument("--phone", default="")
    p.add_argument("--roster-number", default="")
    add_command(med, "list", cmd_mediator_list, "列出调解员")
