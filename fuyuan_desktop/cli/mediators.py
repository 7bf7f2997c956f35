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


def cmd_mediator_import(args: argparse.Namespace) -> None:
    from pathlib import Path

    from fuyuan_desktop.services.mediators import import_mediators

    result = import_mediators(workspace(args), Path(args.file))
    emit(args, result, lambda: print(f"已新增 {result.added} 位、修改 {result.updated} 位调解员；{result.unchanged} 位未变"))


def cmd_mediator_export(args: argparse.Namespace) -> None:
    from pathlib import Path

    from fuyuan_desktop.services.mediators import export_mediators

    n = export_mediators(workspace(args), Path(args.out))
    emit(args, {"rows": n, "out": args.out}, lambda: print(f"已导出 {n} 位调解员到 {args.out}"))


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
    p = add_command(med, "import", cmd_mediator_import,
                    "从 .xlsx 或 .csv 导入（列：姓名、角色、调解组织、单位、电话、名册编号、法庭、在册）；"
                    "已在名册中的按名册编号、姓名和电话对上后修改，不重复添加；任何一行有误则整份不导入")
    p.add_argument("file")
    p = add_command(med, "export", cmd_mediator_export, "导出为 .xlsx 或 .csv（列同导入，含不在册的）")
    p.add_argument("--out", required=True, metavar="文件.xlsx|文件.csv")
