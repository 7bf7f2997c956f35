"""``fuyuan report`` and ``fuyuan export``: warnings, statistics, appearance rates, the white paper, ledgers."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from fuyuan_desktop.domain.linkage import percent


def _cli() -> ModuleType:
    from fuyuan_desktop import cli

    return cli


def _period(p: argparse.ArgumentParser) -> None:
    date = _cli()._date
    p.add_argument("--from", dest="date_from", type=date, help="起始日期 YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=date, help="截止日期 YYYY-MM-DD")
    p.add_argument("--court", help="法院代字或名称（默认：本库全部法院）")


def cmd_warnings(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.warnings import linkage_warnings

    rows = linkage_warnings(_cli()._context(args))

    def human() -> None:
        if not rows:
            print("没有府院联动预警。")
        for w in rows:
            print(f"【{w.label}】{w.text}")

    _cli()._emit(args, rows, human)


def _print_stats(s: Any) -> None:
    h = s.headline
    print(f"纠纷 {s.disputes} 件，已结 {s.closed} 件，调解成功 {s.successful} 件，调解成功率 {percent(s.success_rate)}，"
          f"平均用时 {'' if s.average_days is None else f'{s.average_days:.1f}'} 日")
    print(f"行政争议：受理 {s.admin_accepted} 件，化解 {s.admin_resolved} 件，化解率 {percent(s.admin_rate)}")
    print(f"负责人出庭应诉：开庭 {s.hearings_heard} 件，出庭 {s.hearings_appeared} 件，出庭率 {percent(s.appearance_rate)}，"
          f"正职出庭率 {percent(s.chief_rate)}")
    print(f"司法建议：发出 {s.recommendations_sent} 份，反馈 {s.recommendations_replied} 份，反馈率 "
          f"{percent(s.recommendation_reply_rate)}，按期 {s.recommendations_in_time} 份，采纳 {s.recommendations_adopted} 份，"
          f"优秀 {s.recommendations_excellent} 份")
    print(f"以庭代训 {s.training_events} 场 {s.training_attendees} 人次（人大代表、政协委员 {s.training_deputies} 人次）")
    print(f"无讼村屯：已达标 {s.villages.get('achieved', 0)} 个，创建中 {s.villages.get('creating', 0)} 个，"
          f"撤销 {s.villages.get('revoked', 0)} 个")
    print(f"重大项目风险评估 {s.projects} 个，研判涉诉案件 {s.project_cases_studied} 件")
    print(f"司法救助 {s.relief_cases} 件，已发放 {s.relief_paid_fen / 100:,.2f} 元；涉企绿色通道 {s.sme_cases} 件")
    print(f"类案建议：最大的一组类案 {h.largest_cluster_with_recommendation} 件并据此发出司法建议")
    print("按类型：" + "；".join(f"{c.label} {c.count}" for c in s.by_category))
    print("按乡镇：" + "；".join(f"{c.label} {c.count}" for c in s.by_place))


def cmd_stats(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.stats import statistics

    stats = statistics(_cli()._context(args), args.date_from, args.date_to, court=args.court, tribunal=args.tribunal)
    data = {**_cli()._jsonable(stats), "headline": _cli()._jsonable(stats.headline)}
    _cli()._emit(args, data, lambda: _print_stats(stats))


def cmd_appearance(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.hearings import agency_flags, appearance_rates

    ctx = _cli()._context(args)
    rows = appearance_rates(ctx, args.by, args.date_from, args.date_to, args.court)
    flags = agency_flags(ctx, args.court)

    def human() -> None:
        _cli()._table([[r.group, str(r.heard), str(r.appeared), str(r.chief), percent(r.rate), percent(r.chief_rate)]
                       for r in rows], ["分组", "开庭案件", "负责人出庭", "正职出庭", "出庭率", "正职出庭率"])
        for f in flags:
            print(f"多次未出庭：{f.agency} {f.failures} 件（{'、'.join(f.cases)}）")

    _cli()._emit(args, {"rates": rows, "flags": flags}, human)


def cmd_white_paper(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.white_paper import print_white_paper

    result = print_white_paper(_cli()._context(args), args.year, Path(args.out), court=args.court)
    _cli()._emit(args, result, lambda: print(f"已生成 {result.year} 年度行政审判白皮书：{result.path}（{result.pages} 页）"))


def cmd_notification(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.white_paper import print_appearance_report

    result = print_appearance_report(_cli()._context(args), Path(args.out), quarter=args.quarter, year=args.year,
                                     court=args.court)
    _cli()._emit(args, result, lambda: print(f"已生成{result.title}：{result.path}（{result.pages} 页）"))


def cmd_export_ledger(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.ledgers import export_ledger, ledger_kinds

    cli = _cli()
    if args.list or not args.kind:
        kinds = ledger_kinds()
        cli._emit(args, kinds, lambda: cli._table([[k.kind, k.title] for k in kinds], ["类型", "台账"]))
        return
    if not args.out:
        from fuyuan_desktop.domain.errors import ValidationError

        raise ValidationError("--out", "请给出输出文件，如 --out 台账.xlsx（.csv 则输出 CSV）")
    result = export_ledger(cli._context(args), args.kind, Path(args.out), start=args.date_from, end=args.date_to,
                           court=args.court)
    cli._emit(args, result, lambda: print(f"已导出{result.title} {result.rows} 行：{result.path}"))


def register(sub: Any, add: Callable[..., argparse.ArgumentParser], parser_class: type) -> None:
    """Add ``report`` and ``export`` to the ``fuyuan`` command."""
    report = sub.add_parser("report", help="府院联动：预警、统计、出庭率、白皮书").add_subparsers(
        dest="sub", required=True, metavar="子命令", parser_class=parser_class)
    add("warnings", cmd_warnings, "类案预警、负责人多次未出庭、司法建议反馈、联席会议事项", report)
    p = add("stats", cmd_stats, "统计：按类型、乡镇、月份，调解成功率、化解率、出庭率、反馈率等", report)
    _period(p)
    p.add_argument("--tribunal", help="法庭简称或名称")
    p = add("appearance", cmd_appearance, "负责人出庭应诉率（按机关、季度、年度）与多次未出庭的机关", report)
    _period(p)
    p.add_argument("--by", default="agency", choices=["agency", "quarter", "year", "all"])
    p = add("white-paper", cmd_white_paper, "年度行政审判白皮书（PDF，含表格和图表）", report)
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--court", help="法院代字或名称（默认：本库全部法院）")
    p = add("appearance-notice", cmd_notification, "负责人出庭应诉季度通报（--quarter）或年度公示（--year），PDF", report)
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--quarter", help="如 2026Q3")
    group.add_argument("--year", type=int)
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--court", help="法院代字或名称")

    export = sub.add_parser("export", help="导出台账（Excel 或 CSV）").add_subparsers(
        dest="sub", required=True, metavar="子命令", parser_class=parser_class)
    p = add("ledger", cmd_export_ledger, "导出台账为 .xlsx（或 .csv）；--list 列出台账类型", export)
    p.add_argument("kind", nargs="?", help="台账类型（fuyuan export ledger --list）")
    p.add_argument("--out", metavar="FILE.xlsx")
    p.add_argument("--list", action="store_true", help="列出台账类型")
    _period(p)
