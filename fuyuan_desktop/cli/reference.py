"""``fuyuan reference show|set|import|export``: thresholds and amounts (参考数据项) — on this laptop, or with ``--hub``
the intermediate court's regional set, which reaches every laptop with its next receipt."""

from __future__ import annotations

import argparse
from pathlib import Path

from fuyuan_desktop.cli.common import Subparsers, add_command, add_group, emit, hub_option, table, workspace_or_hub

HEADERS = ["参考数据项", "名称", "值", "单位", "推定", "版本", "来源"]


def cmd_show(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.reference import list_settings

    views = list_settings(workspace_or_hub(args))
    if args.key:
        from fuyuan_desktop.domain.settings import definition

        wanted = definition(args.key).key
        views = [v for v in views if v.key == wanted]

    def human() -> None:
        table([[v.key, v.label, v.value, v.unit, v.marker, str(v.version) if v.version else "", v.where]
               for v in views], HEADERS)
        print("“推定”为本软件的建议值或占位值，尚待法院确认；`fuyuan reference set 参考数据项 值` 修改。")

    emit(args, views, human)


def cmd_set(args: argparse.Namespace) -> None:
    from fuyuan_desktop.domain.errors import ValidationError
    from fuyuan_desktop.services.reference import set_setting

    if args.default == (args.value is not None):
        raise ValidationError("值", "请给出新值，或用 --default 恢复默认值")
    change = set_setting(workspace_or_hub(args), args.key, None if args.default else args.value, inferred=args.inferred,
                         note=args.note or "")
    where = "中院（随下次回执发到各设备）" if getattr(args, "hub", None) is not None else "本机"
    emit(args, change, lambda: print(f"已修改{where}：{change.sentence}" if change else "值未变，没有修改"))


def cmd_import(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.reference import import_settings

    result = import_settings(workspace_or_hub(args), Path(args.file))

    def human() -> None:
        for change in result.changes:
            print(f"  {change.sentence}")
        print(f"已导入 {args.file}：修改 {len(result.changes)} 项，{result.unchanged} 项未变")

    emit(args, result, human)


def cmd_export(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.reference import export_settings

    n = export_settings(workspace_or_hub(args), Path(args.out))
    emit(args, {"rows": n, "out": args.out}, lambda: print(f"已导出 {n} 项参考数据到 {args.out}"))


def register(sub: Subparsers) -> None:
    """Add ``reference`` to the ``fuyuan`` command."""
    group = add_group(sub, "reference", "参考数据：类案预警阈值、司法救助工资标准、法建编号简称等（管理员）")

    p = add_command(group, "show", cmd_show, "列出参考数据项：值、单位、是否推定、版本、来源")
    p.add_argument("key", nargs="?", help="只看一项（如 linkage.cluster.min_cases 或 类案预警阈值）")
    hub_option(p, "改中院端的全市统一设置")
    p = add_command(group, "set", cmd_set, "修改一项（校验并记入审计链）")
    p.add_argument("key", help="参考数据项，如 linkage.cluster.min_cases 或 类案预警阈值")
    p.add_argument("value", nargs="?", help="新值，如 8；按县区的金额如 默认=6500.00；220702=7100.00")
    p.add_argument("--default", action="store_true", help="恢复默认值")
    p.add_argument("--inferred", action="store_true", help="标为推定（尚待确认的值）")
    p.add_argument("--note", help="来源说明，如 发文号")
    hub_option(p, "改中院端的全市统一设置")
    p = add_command(group, "import", cmd_import, "从 .xlsx 或 .csv 导入（列同导出；有错行则整份不导入）")
    p.add_argument("file")
    hub_option(p, "改中院端的全市统一设置")
    p = add_command(group, "export", cmd_export, "导出为 .xlsx 或 .csv")
    p.add_argument("--out", required=True, metavar="文件.xlsx|文件.csv")
    hub_option(p, "改中院端的全市统一设置")
