"""``fuyuan calendar import|show``: the official holiday arrangements (放假安排) deadlines are counted on."""

from __future__ import annotations

import argparse
from pathlib import Path

from fuyuan_desktop.cli.common import Subparsers, add_command, add_group, emit, hub_option, table, workspace_or_hub

_WEEKDAYS = "一二三四五六日"


def cmd_import(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.calendar import import_calendar

    result = import_calendar(workspace_or_hub(args), Path(args.file), note=args.note)

    def human() -> None:
        years = "、".join(str(y) for y in result.years)
        print(f"已导入 {years} 年官方节假日安排（{result.days} 天）；这些年份的期限不再标“推定”")
        for moved in result.moved:
            print(f"  {moved.what}：{moved.old} → {moved.new}")

    emit(args, result, human)


def cmd_show(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.calendar import show_calendar

    year = show_calendar(workspace_or_hub(args), args.year)

    def human() -> None:
        print(f"{year.year} 年：{year.source_label}")
        if year.note:
            print(f"依据：{year.note}")
        table([[d.day.isoformat(), f"周{_WEEKDAYS[d.day.weekday()]}", d.kind, d.name] for d in year.days],
              ["日期", "星期", "类型", "名称"])

    emit(args, year, human)


def cmd_export(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.calendar import export_calendar

    n = export_calendar(workspace_or_hub(args), args.year, Path(args.out))
    emit(args, {"days": n, "out": args.out}, lambda: print(f"已导出 {args.year} 年官方安排（{n} 天）到 {args.out}"))


def register(sub: Subparsers) -> None:
    """Add ``calendar`` to the ``fuyuan`` command."""
    group = add_group(sub, "calendar", "官方节假日安排：期限按此顺延；未导入的年份，期限标“推定”")
    p = add_command(group, "import", cmd_import, "导入国务院公布的放假安排（.csv 列：日期、类型（休/班）、名称；或 .json）；"
                                                 "任何一行有误则整份不导入")
    p.add_argument("file")
    p.add_argument("--note", default="", help="依据，如 国办发明电〔2026〕X号")
    hub_option(p, "导入到中院端，全市统一")
    p = add_command(group, "show", cmd_show, "显示一年的放假和调休上班日，及其来源（官方或推定）")
    p.add_argument("year", type=int)
    hub_option(p, "看中院端的安排")
    p = add_command(group, "export", cmd_export, "导出一年的官方安排为 .csv 或 .json（可再导入）")
    p.add_argument("year", type=int)
    p.add_argument("--out", required=True, metavar="文件.csv|文件.json")
    hub_option(p, "导出中院端的安排")
