"""``fuyuan org add|list|show|retire|import|join``: the registry of 调解组织 from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fuyuan_desktop.cli.common import (
    Subparsers,
    add_command,
    add_group,
    emit,
    hub_option,
    parse_date,
    table,
    workspace,
    workspace_or_hub,
)

HEADERS = ["名称", "类型", "地点", "特邀", "状态"]


def _rows(views: list[Any]) -> list[list[str]]:
    return [[v.name, v.kind_label, v.place, "是" if v.invited else "", f"{v.valid_to} 停用" if v.valid_to else ""]
            for v in views]


def cmd_add(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.organisations import NewOrganisation, add_organisation

    view = add_organisation(workspace_or_hub(args), NewOrganisation(
        name=args.name, kind=args.kind, place=args.place or "", invited=args.invited, valid_from=args.valid_from,
        note=args.note))
    emit(args, view, lambda: print(f"已登记调解组织：{view.label}" + (f"（{view.place}）" if view.place else "")))


def cmd_list(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.organisations import list_organisations

    views = list_organisations(workspace_or_hub(args), args.query or "", include_retired=not args.current,
                               invited_only=args.invited)

    def human() -> None:
        table(_rows(views), HEADERS)
        print(f"共 {len(views)} 个调解组织")

    emit(args, views, human)


def cmd_show(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.organisations import show_organisation

    view = show_organisation(workspace_or_hub(args), args.org)

    def human() -> None:
        print(view.name)
        print(f"类型：{view.kind_label}　特邀调解组织名册：{'是' if view.invited else '否'}")
        print(f"地点：{view.place or '—'}　启用：{view.valid_from or '—'}　停用：{view.valid_to or '—'}")
        if view.note:
            print(f"备注：{view.note}")
        print(f"调解员：{'、'.join(view.mediators) or '（尚无）'}")

    emit(args, view, human)


def cmd_retire(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.organisations import retire_organisation

    view = retire_organisation(workspace_or_hub(args), args.org, on=args.on, note=args.note)
    emit(args, view, lambda: print(f"已停用：{view.name}（自 {view.valid_to} 起不再可选；旧案件不变）"))


def cmd_import(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.organisations import import_organisations

    result = import_organisations(workspace_or_hub(args), Path(args.file))
    emit(args, result, lambda: print(f"已登记 {result.added} 个调解组织；{result.skipped} 行已在名录中，未改动"))


def cmd_join(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.organisations import link_mediator

    view = link_mediator(workspace(args), args.mediator, None if args.org == "-" else args.org)
    emit(args, view, lambda: print(f"{args.mediator} 已归入 {view.name}" if view else f"{args.mediator} 已不属任何调解组织"))


def cmd_export(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.organisations import export_organisations

    n = export_organisations(workspace_or_hub(args), Path(args.out))
    emit(args, {"rows": n, "out": args.out}, lambda: print(f"已导出 {n} 个调解组织到 {args.out}"))


def register(sub: Subparsers) -> None:
    """Add ``org`` to the ``fuyuan`` command."""
    group = add_group(sub, "org", "调解组织名录：人民调解委员会、行政调解组织、律师调解工作室、特邀调解组织")
    p = add_command(group, "add", cmd_add, "登记调解组织（登记全称；文书按此打印，记入审计链）")
    p.add_argument("name", help="登记全称，如 松原市宁江区伯都乡人民调解委员会")
    p.add_argument("--kind", required=True, help="类型：人民调解委员会、行政调解组织、律师调解工作室、行业性专业性调解组织、其他特邀调解组织")
    p.add_argument("--place", help="所在地点（地名库中的乡镇、村、社区或园区，如 伯都乡）")
    p.add_argument("--invited", action="store_true", help="列入本院特邀调解组织名册")
    p.add_argument("--valid-from", type=parse_date, help="启用日期")
    p.add_argument("--note", default="", help="说明（批准文号等）")
    hub_option(p, "在中院端登记，全市统一")
    p = add_command(group, "list", cmd_list, "列出调解组织")
    p.add_argument("query", nargs="?", default="", help="名称或类型中的字")
    p.add_argument("--invited", action="store_true", help="只列特邀调解组织名册中的")
    p.add_argument("--current", action="store_true", help="不列已停用的")
    hub_option(p, "列中院端的名录")
    p = add_command(group, "show", cmd_show, "显示一个调解组织及其调解员")
    p.add_argument("org", help="登记全称或 ID")
    hub_option(p, "看中院端的名录")
    p = add_command(group, "retire", cmd_retire, "停用调解组织：旧案件不变，不再可选")
    p.add_argument("org")
    p.add_argument("--on", type=parse_date, help="停用日期（默认今天）")
    p.add_argument("--note", default="", help="说明")
    hub_option(p, "在中院端停用，全市统一")
    p = add_command(group, "import", cmd_import, "从 .xlsx 或 .csv 导入（列：名称、类型、地点、特邀、启用日期、停用日期、备注）；"
                                                 "任何一行有误则整份不导入")
    p.add_argument("file")
    hub_option(p, "导入到中院端，全市统一")
    p = add_command(group, "export", cmd_export, "导出为 .xlsx 或 .csv（列同导入，含已停用的）")
    p.add_argument("--out", required=True, metavar="文件.xlsx|文件.csv")
    hub_option(p, "导出中院端的名录")
    p = add_command(group, "join", cmd_join, "把调解员归入调解组织（组织写 - 则移出）")
    p.add_argument("org", help="登记全称或 ID，或 -")
    p.add_argument("mediator", help="调解员姓名或 ID")
