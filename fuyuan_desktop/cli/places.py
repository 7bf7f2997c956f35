"""``fuyuan place list|add|alias|retire|import|export|review|map``: the places registry (地名库) from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fuyuan_desktop.cli.common import (
    Subparsers,
    add_command,
    add_group,
    emit,
    parse_count,
    parse_date,
    table,
    workspace,
)

HEADERS = ["地点", "级别", "上级", "代码", "别名", "状态"]


def _rows(views: list[Any]) -> list[list[str]]:
    return [[v.display_name, v.level_label, v.parent, v.code, "、".join(a for a in v.aliases if a != v.name)[:40],
             f"{v.valid_to} 停用" if v.valid_to else ""] for v in views]


def cmd_list(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.places import level_of, list_places

    level = level_of(args.level) if args.level else None
    views = list_places(workspace(args), args.query or "", level=level, under=args.under,
                        include_retired=not args.current, limit=args.limit)
    def human() -> None:
        table(_rows(views), HEADERS)
        print(f"共 {len(views)} 处")

    emit(args, views, human)


def cmd_add(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.places import NewPlace, add_place

    view = add_place(workspace(args), NewPlace(
        name=args.name, level=args.level, parent=args.parent, code=args.code or "", aliases=tuple(args.alias or ()),
        valid_from=args.valid_from, note=args.note))
    emit(args, view, lambda: print(f"已添加地点：{view.display_name}（{view.level_label}，上级 {view.parent}，"
                                           f"代码 {view.code}）"))


def cmd_alias(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.places import add_alias

    view = add_alias(workspace(args), args.place, args.alias)
    emit(args, view, lambda: print(f"{view.display_name} 的别名：{'、'.join(view.aliases)}"))


def cmd_retire(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.places import retire_place

    view = retire_place(workspace(args), args.place, on=args.on, note=args.note)
    emit(args, view, lambda: print(f"已停用：{view.display_name}（自 {view.valid_to} 起不再可选；旧案件不变）"))


def cmd_import(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.places import import_places

    result = import_places(workspace(args), Path(args.file))
    emit(args, result, lambda: print(f"已导入 {result.added} 处地点；{result.skipped} 行已在地名库中，未改动"))


def cmd_export(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.places import export_places

    n = export_places(workspace(args), Path(args.out), only_own=args.own)
    emit(args, {"rows": n, "out": args.out}, lambda: print(f"已导出 {n} 处地点到 {args.out}"))


def cmd_review(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.places import automap_legacy, legacy_review

    ctx = workspace(args)
    moved = automap_legacy(ctx, force=True)
    items = legacy_review(ctx)

    def human() -> None:
        if moved:
            print(f"按名称或别名唯一匹配，已自动对应 {moved} 件案件的地点。")
        if not items:
            print("没有待人工对应的旧地点。")
            return
        table([[i.key, i.text, str(i.cases), "、".join(i.candidates[:6]) or "（地名库中无同名地点）"]
                       for i in items], ["ID", "旧地点", "案件", "可能是"])
        print("用 `fuyuan place map ID 地名库地点` 对应（如 `fuyuan place map text:新立村 长山镇新立村`）；"
              "地名库中没有的，先 `fuyuan place add`。")

    emit(args, {"automapped_cases": moved, "pending": items}, human)


def cmd_map(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.places import map_legacy

    n = map_legacy(workspace(args), args.legacy, args.target)
    emit(args, {"cases": n}, lambda: print(f"已把 {n} 件案件的地点对应到「{args.target}」"))


def register(sub: Subparsers) -> None:
    """Add ``place`` to the ``fuyuan`` command."""
    d = parse_date
    group = add_group(sub, "place", "地名库：县区、乡镇、村（社区）、园区")
    p = add_command(group, "list", cmd_list, "列出或查找地点（汉字、别名、上级加名称如 长山镇新立村、拼音首字母如 bd）")
    p.add_argument("query", nargs="?", default="", help="查找词（省略则列出全部）")
    p.add_argument("--level", help="只列一级：县区、乡镇、村、社区、园区")
    p.add_argument("--under", help="只列某地点之下的（如 伯都乡）")
    p.add_argument("--current", action="store_true", help="不列已停用的地点")
    p.add_argument("--limit", type=parse_count, default=200)
    p = add_command(group, "add", cmd_add, "添加地名库中没有的地点（记入审计链）")
    p.add_argument("name", help="名称，如 幸福屯")
    p.add_argument("--level", required=True, help="级别：乡镇、村、社区、园区、县区")
    p.add_argument("--parent", required=True, help="上级地点（名称或代码，如 伯都乡、220702202000）")
    p.add_argument("--code", help="代码（默认自编：村 9 位上级代码 + 901 起，园区 YQ2207-nn）")
    p.add_argument("--alias", action="append", help="别名，可重复")
    p.add_argument("--valid-from", type=d, help="启用日期")
    p.add_argument("--note", default="", help="说明（依据、文号）")
    p = add_command(group, "alias", cmd_alias, "给地点添加别名（如 伯都乡人民政府所在地）")
    p.add_argument("place")
    p.add_argument("alias")
    p = add_command(group, "retire", cmd_retire, "停用地点（撤并、更名）：旧案件不变，登记时不再可选")
    p.add_argument("place")
    p.add_argument("--on", type=d, help="停用日期（默认今天）")
    p.add_argument("--note", default="", help="说明，如 并入某村")
    p = add_command(group, "import", cmd_import, "从 .xlsx 或 .csv 导入地点（列：代码、名称、级别、上级代码、别名、启用日期、停用日期、备注）；"
                                  "任何一行有误则整份不导入")
    p.add_argument("file")
    p = add_command(group, "export", cmd_export, "导出地名库为 .xlsx 或 .csv（与导入的列相同）")
    p.add_argument("--out", required=True)
    p.add_argument("--own", action="store_true", help="只导出本院添加或导入的地点")
    add_command(group, "review", cmd_review, "旧地点对应：名称或别名唯一匹配的自动对应，其余列出待人工确认")
    p = add_command(group, "map", cmd_map, "把一个旧地点（review 列出的 ID 或文字）对应到地名库地点")
    p.add_argument("legacy", help="review 列出的 ID，或 text:地点文字")
    p.add_argument("target", help="地名库地点（如 长山镇新立村）")
