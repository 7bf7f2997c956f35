"""``fuyuan court list|show|export|import``: the courts and their tribunals (full names, short names, 代字, seats)."""

from __future__ import annotations

import argparse
from pathlib import Path

from fuyuan_desktop.cli.common import Subparsers, add_command, add_group, emit, hub_option, table, workspace_or_hub


def cmd_list(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.courts import list_courts

    views = list_courts(workspace_or_hub(args))

    def human() -> None:
        rows = []
        for v in views:
            rows.append([v.code, v.name, "", v.short_name, ""])
            rows.extend([v.code, v.name, t.name, t.short_name, t.seat] for t in v.tribunals)
        table(rows, ["法院代字", "法院", "法庭", "简称", "驻地"])
        print(f"共 {len(views)} 个法院，{sum(len(v.tribunals) for v in views)} 个法庭")

    emit(args, views, human)


def cmd_show(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.courts import show_court

    view = show_court(workspace_or_hub(args), args.court)

    def human() -> None:
        print(f"{view.name}（{view.short_name}，{view.code}，{view.level_label}）")
        if view.parent_code:
            print(f"上级法院：{view.parent_code}")
        if view.division_code:
            print(f"行政区划代码：{view.division_code}")
        table([[t.name, t.short_name, t.seat, t.address, t.phone] for t in view.tribunals],
              ["法庭全称", "简称", "驻地", "地址", "电话"])

    emit(args, view, human)


def cmd_export(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.courts import export_courts

    n = export_courts(workspace_or_hub(args), Path(args.out))
    emit(args, {"rows": n, "out": args.out}, lambda: print(f"已导出 {n} 行（法院和法庭）到 {args.out}"))


def cmd_import(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.courts import import_courts

    result = import_courts(workspace_or_hub(args), Path(args.file))
    emit(args, result, lambda: print(f"已新增 {result.added} 行、修改 {result.updated} 行；{result.unchanged} 行未变"))


def register(sub: Subparsers) -> None:
    """Add ``court`` to the ``fuyuan`` command."""
    group = add_group(sub, "court", "法院名录：全称、简称、法院代字、人民法庭及其驻地（文书、报表、案号核对都用这里的名称）")
    p = add_command(group, "list", cmd_list, "列出法院和法庭")
    hub_option(p, "列中院端的名录")
    p = add_command(group, "show", cmd_show, "显示一个法院及其法庭")
    p.add_argument("court", help="法院代字、全称或简称")
    hub_option(p, "看中院端的名录")
    p = add_command(group, "export", cmd_export, "导出为 .xlsx 或 .csv（列同导入）")
    p.add_argument("--out", required=True, metavar="文件.xlsx|文件.csv")
    hub_option(p, "导出中院端的名录")
    p = add_command(group, "import", cmd_import,
                    "从 .xlsx 或 .csv 导入（列：类别、法院代字、全称、简称、上级法院代字、行政区划代码、驻地、地址、电话）；"
                    "按法院代字（法庭按所属法院和简称）新增或修改，任何一行有误则整份不导入")
    p.add_argument("file")
    hub_option(p, "导入到中院端，随回执下发到各设备")
