"""``fuyuan cause add|rename|retire|list-amendments|export|import``: an administrator's amendments to the 案由
catalogues (docs/catalogues.md); ``--hub`` makes them at the intermediate court, whence every laptop receives them."""

from __future__ import annotations

import argparse
from pathlib import Path

from fuyuan_desktop.cli.common import Subparsers, add_command, add_group, emit, hub_option, table, workspace_or_hub

CATALOGUE_HELP = "目录：civil（民事）、admin（行政）、people（人民调解）"


def cmd_add(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.causes import add_cause

    view = add_cause(workspace_or_hub(args), args.catalogue, args.parent, args.name, code=args.code or "",
                     level=args.level, number=args.number or "")
    emit(args, view, lambda: print(f"已{view.what}"))


def cmd_rename(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.causes import rename_cause

    view = rename_cause(workspace_or_hub(args), args.catalogue, args.code, args.name)
    emit(args, view, lambda: print(f"已{view.what}（已登记的案件随之显示新名称）"))


def cmd_retire(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.causes import retire_cause

    view = retire_cause(workspace_or_hub(args), args.catalogue, args.code, args.reason)
    emit(args, view, lambda: print(f"已{view.what}（新案件不能再选；已登记的案件不变，标注已停用）"))


def cmd_list(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.causes import SHORT_TITLES, list_amendments

    views = list_amendments(workspace_or_hub(args), args.catalogue or "")

    def human() -> None:
        if not views:
            print("（案由目录没有修订：与随程序发布的目录相同）")
            return
        table([[SHORT_TITLES[v.catalogue], v.what, v.made_by, v.made_at] for v in views],
              ["目录", "修订", "修订人", "时间"])

    emit(args, views, human)


def cmd_export(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.causes import export_amendments

    n = export_amendments(workspace_or_hub(args), Path(args.out))
    emit(args, {"rows": n, "out": args.out}, lambda: print(f"已导出 {n} 条案由目录修订到 {args.out}"))


def cmd_import(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.causes import import_amendments

    result = import_amendments(workspace_or_hub(args), Path(args.file))
    emit(args, result, lambda: print(f"已导入 {result.added} 条案由目录修订；{result.skipped} 行已生效，未改动"))


def register(sub: Subparsers) -> None:
    """Add ``cause`` to the ``fuyuan`` command."""
    group = add_group(sub, "cause", "案由目录的修订（管理员）：增补、更名、停用案由；中院修订后随回执发到各设备")
    p = add_command(group, "add", cmd_add, "在上级案由之下增补案由")
    p.add_argument("parent", help="上级案由的代码，如 4.10.84（买卖合同纠纷）")
    p.add_argument("name", help="新案由的名称")
    p.add_argument("--catalogue", default="civil", help=CATALOGUE_HELP + "；默认 civil")
    p.add_argument("--code", help="代码（上级代码加一段，如 4.10.84.9；默认取下一个序号）")
    p.add_argument("--level", type=int, help="层级（1–4，须为上级的下一级；可不写）")
    p.add_argument("--number", help="原文编号文字，如（9）")
    hub_option(p, "在中院端修订，全市统一")
    p = add_command(group, "rename", cmd_rename, "更正案由名称（代码不变）")
    p.add_argument("code", help="案由代码，如 4.10.84.1")
    p.add_argument("name", help="新名称")
    p.add_argument("--catalogue", default="civil", help=CATALOGUE_HELP + "；默认 civil")
    hub_option(p, "在中院端修订，全市统一")
    p = add_command(group, "retire", cmd_retire, "停用案由：新案件不能再选，已登记的案件保留并标注已停用")
    p.add_argument("code", help="案由代码")
    p.add_argument("--reason", required=True, help="停用原因（登记时告诉选它的人）")
    p.add_argument("--catalogue", default="civil", help=CATALOGUE_HELP + "；默认 civil")
    hub_option(p, "在中院端修订，全市统一")
    p = add_command(group, "list-amendments", cmd_list, "列出案由目录的修订（按修订先后）")
    p.add_argument("--catalogue", help=CATALOGUE_HELP)
    hub_option(p, "列中院端的修订")
    p = add_command(group, "export", cmd_export, "导出修订为 .xlsx 或 .csv（列：目录、操作、代码、上级代码、名称、编号、原因、版本）")
    p.add_argument("--out", required=True, metavar="文件.xlsx|文件.csv")
    hub_option(p, "导出中院端的修订")
    p = add_command(group, "import", cmd_import, "从 .xlsx 或 .csv 导入修订（列同导出）；任何一行有误则整份不导入")
    p.add_argument("file")
    hub_option(p, "导入到中院端，全市统一")
