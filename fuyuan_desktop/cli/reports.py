"""``fuyuan report`` and ``fuyuan export``: warnings, statistics, appearance rates, the white paper, ledgers."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from fuyuan_desktop.cli.common import (
    Subparsers,
    add_command,
    add_group,
    add_period,
    emit,
    jsonable,
    table,
    workspace,
)
from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.domain.linkage import percent


def cmd_warnings(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.warnings import linkage_warnings

    rows = linkage_warnings(workspace(args))

    def human() -> None:
        if not rows:
            print("没有府院联动预警。")
        for w in rows:
            print(f"【{w.label}】{w.text}")

    emit(args, rows, human)


def _rate(value: float | None) -> str:
    """A rate with nothing to divide by (no closed case, no hearing) reads —, never blank."""
    return percent(value) or "—"


def _joined(items: Iterable[str]) -> str:
    return "；".join(items) or "（无）"


def _print_stats(s: Any) -> None:
    h = s.headline
    print(f"纠纷 {s.disputes} 件，已结 {s.closed} 件，调解成功 {s.successful} 件，调解成功率 {_rate(s.success_rate)}，"
          f"平均用时 {_days(s.average_days)} 日")
    print(f"行政争议：受理 {s.admin_accepted} 件，化解 {s.admin_resolved} 件，化解率 {_rate(s.admin_rate)}")
    print(f"负责人出庭应诉：开庭 {s.hearings_heard} 件，出庭 {s.hearings_appeared} 件，出庭率 {_rate(s.appearance_rate)}，"
          f"正职出庭率 {_rate(s.chief_rate)}")
    print(f"出庭又出声 {s.hearings_spoke} 件，出声率 {_rate(s.spoke_rate)}；重点案件 {s.key_heard} 件，正职出庭 "
          f"{s.key_chief} 件，重点案件正职出庭率 {_rate(s.key_chief_rate)}")
    print(f"司法建议：发出 {s.recommendations_sent} 份，反馈 {s.recommendations_replied} 份，反馈率 "
          f"{_rate(s.recommendation_reply_rate)}，按期 {s.recommendations_in_time} 份，采纳 {s.recommendations_adopted} 份，"
          f"优秀 {s.recommendations_excellent} 份")
    print(f"以庭代训 {s.training_events} 场 {s.training_attendees} 人次（人大代表、政协委员 {s.training_deputies} 人次）")
    print(f"同堂培训 {s.joint_trainings} 场 {s.joint_training_attendees} 人次（其中机关负责人 {s.joint_training_heads} 人次）")
    print(f"口头建议 {s.oral_recommendations} 条，已反馈 {s.oral_responded} 条，采纳 {s.oral_adopted} 条")
    print(f"无讼村屯：已达标 {s.villages.get('achieved', 0)} 个，创建中 {s.villages.get('creating', 0)} 个，"
          f"撤销 {s.villages.get('revoked', 0)} 个")
    print(f"重大项目风险评估 {s.projects} 个，研判涉诉案件 {s.project_cases_studied} 件")
    print(f"司法救助 {s.relief_cases} 件，已发放 {s.relief_paid_fen / 100:,.2f} 元；涉企绿色通道 {s.sme_cases} 件")
    print(f"协议自动履行率 {_rate(s.performance_rate)}（到期条款 {s.performance_due} 条，全部履行 {s.performance_full} 条）")
    print(f"类案建议：最大的一组类案 {h.largest_cluster_with_recommendation} 件并据此发出司法建议")
    print(f"按{'一二三四'[s.cause_level - 1]}级案由（件/调解成功）：" + _joined(
        f"{c.label} {c.count}/{c.success}" for c in s.by_cause))
    print("按类型：" + _joined(f"{c.label} {c.count}" for c in s.by_category))
    print("按乡镇：" + _joined(f"{c.label} {c.count}" for c in s.by_place))
    print("按月份（登记，件/调解成功）：" + _joined(f"{c.label} {c.count}/{c.success}" for c in s.by_month))
    print("按法庭（件/调解成功）：" + _joined(f"{c.label} {c.count}/{c.success}" for c in s.by_tribunal))


def _days(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _print_grouped(g: Any) -> None:
    """The grouped table: one row per group, then the total (each case once); empty rates and days as —."""
    from fuyuan_desktop.services.linkage.stats import GROUPING_LABELS

    f = g.filter
    period = f"{f.start or '最早'} 至 {f.end or '今'}" if f.start or f.end else "全部期间"
    print(f"按{GROUPING_LABELS[g.by]}统计（登记日期 {period}）")
    heading = {"mediator": ["调解员", "角色"], "organisation": ["调解组织", "类型"], "method": ["调解方式"]}[g.by]
    rows = [[r.label, r.detail] if g.by != "method" else [r.label] for r in [*g.groups, g.total]]
    for row, r in zip(rows, [*g.groups, g.total], strict=True):
        row += [str(r.accepted), str(r.closed), str(r.successful), str(r.failed), percent(r.success_rate) or "—",
                _days(r.average_days)]
    table(rows, [*heading, "受理", "已结", "调解成功", "调解不成", "成功率", "平均用时（日）"])
    if g.by == "mediator":
        print("注：一案有两名以上调解员的，每名调解员各计一次；合计按案件计，各行之和可能大于合计。")
    elif g.by == "organisation":
        print("注：一案的调解员分属两个调解组织的，每个组织各计一次，同一组织只计一次；合计按案件计。")


def cmd_stats(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.stats import grouped_statistics, statistics

    if args.by:
        grouped = grouped_statistics(workspace(args), args.by, args.date_from, args.date_to, court=args.court,
                                     tribunal=args.tribunal)
        emit(args, grouped, lambda: _print_grouped(grouped))
        return
    ws = workspace(args)
    stats = statistics(ws, args.date_from, args.date_to, court=args.court, tribunal=args.tribunal,
                       cause_level=args.cause_level)
    litigation = _litigation_of_year(ws, args)
    data = {**jsonable(stats), "headline": jsonable(stats.headline), "spoke_rate": stats.spoke_rate,
            "key_chief_rate": stats.key_chief_rate, "litigation": jsonable(litigation)}

    def human() -> None:
        _print_stats(stats)
        if litigation is not None:
            print(f"行政诉讼：收案 {litigation.received} 件，结案 {litigation.closed} 件，败诉率 "
                  f"{_rate(litigation.loss_rate)}，撤诉率 {_rate(litigation.withdrawal_rate)}；{litigation.source}")

    emit(args, data, human)


def _litigation_of_year(ws: Any, args: argparse.Namespace) -> Any:
    """The imported litigation totals when the period is one whole calendar year (they are yearly figures)."""
    from fuyuan_desktop.services.linkage.white_paper_text import litigation_summary

    start, end = args.date_from, args.date_to
    if args.tribunal or start is None or end is None or (start.month, start.day, end.month, end.day) != (1, 1, 12, 31) \
            or start.year != end.year:
        return None
    return litigation_summary(ws, start.year, args.court)


def cmd_appearance(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.hearings import agency_flags, appearance_rates

    ws = workspace(args)
    rows = appearance_rates(ws, args.by, args.date_from, args.date_to, args.court, args.tribunal)
    flags = agency_flags(ws, args.court, as_of=args.date_to)

    def human() -> None:
        table([[r.group, str(r.heard), str(r.appeared), str(r.chief), percent(r.rate), percent(r.chief_rate),
                str(r.spoke), percent(r.spoke_rate), f"{r.key_chief}/{r.key_heard}", percent(r.key_chief_rate)]
               for r in rows], ["分组", "开庭案件", "负责人出庭", "正职出庭", "出庭率", "正职出庭率",
                                "出庭又出声", "出声率", "重点案件正职/件", "重点案件正职出庭率"])
        print("出声率 = 负责人出庭并就实质性化解发表意见的案件 ÷ 开庭案件；重点案件 = 应当通知负责人出庭的案件"
              "或经中心分流为重大案件协调的案件（推定）")
        for f in flags:
            print(f"多次未出庭：{f.agency} {f.failures} 件（{'、'.join(f.cases)}）")

    emit(args, {"rates": rows, "flags": flags}, human)


def cmd_white_paper(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.white_paper import print_white_paper

    result = print_white_paper(workspace(args), args.year, Path(args.out), court=args.court)
    emit(args, result, lambda: print(f"已生成 {result.year} 年度行政审判白皮书：{result.path}（{result.pages} 页）"))


def cmd_narrative_set(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.white_paper_text import set_narrative

    if args.file == "-":
        text = sys.stdin.read()
    else:
        path = Path(args.file)
        if not path.is_file():
            raise ValidationError("--file", f"找不到文件 {path}", field="file")
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationError("--file", "文件应为 UTF-8 编码的文本", field="file") from None
    view = set_narrative(workspace(args), args.year, args.section, text, court=args.court)
    emit(args, view, lambda: print(f"已保存{view.year}年白皮书「{view.heading}」：{len(view.text)} 字"
                                   if view.text else f"已清空{view.year}年白皮书「{view.heading}」（打印时用系统生成的内容或略去）"))


def cmd_narrative_show(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.white_paper_text import narratives

    rows = narratives(workspace(args), args.year, args.court)
    if args.section:
        rows = [r for r in rows if args.section in (r.section, r.heading)]

    def human() -> None:
        for r in rows:
            print(f"【{r.heading}】" + ("" if r.text else "（未填写）"))
            if r.text:
                print(r.text)
            print()

    emit(args, rows, human)


def cmd_litigation_import(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.white_paper_text import import_litigation

    result = import_litigation(workspace(args), Path(args.file))
    emit(args, result, lambda: print(f"已导入 {result.rows} 行：新增 {result.added}，更新 {result.replaced}，"
                                     f"未变 {result.unchanged}"))


def _litigation_rows(rows: list[Any]) -> None:
    table([[str(r.year), r.court, str(r.received), str(r.closed), str(r.lost), str(r.withdrawn), _rate(r.loss_rate),
            _rate(r.withdrawal_rate), r.source] for r in rows],
          ["年度", "法院", "收案", "结案", "判决败诉", "撤诉", "败诉率", "撤诉率", "来源"])


def cmd_litigation_show(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.white_paper_text import litigation_totals

    rows = litigation_totals(workspace(args), args.year, args.court)
    emit(args, rows, lambda: _litigation_rows(rows) if rows else print("（尚未导入行政诉讼收结案数）"))


def cmd_notification(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.white_paper import print_appearance_report

    result = print_appearance_report(workspace(args), Path(args.out), quarter=args.quarter, year=args.year,
                                     court=args.court)
    emit(args, result, lambda: print(f"已生成{result.title}：{result.path}（{result.pages} 页）"))


def cmd_export_ledger(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.ledgers import export_ledger, ledger_kinds

    if args.list or not args.kind:
        kinds = ledger_kinds()
        emit(args, kinds, lambda: table([[k.kind, k.title] for k in kinds], ["类型", "台账"]))
        return
    if not args.out:
        raise ValidationError("--out", "请给出输出文件，如 --out 台账.xlsx（.csv 则输出 CSV）")
    result = export_ledger(workspace(args), args.kind, Path(args.out), start=args.date_from, end=args.date_to,
                           court=args.court)
    emit(args, result, lambda: print(f"已导出{result.title} {result.rows} 行：{result.path}"))


def register(sub: Subparsers) -> None:
    """Add ``report`` and ``export`` to the ``fuyuan`` command."""
    report = add_group(sub, "report", "府院联动：预警、统计、出庭率、白皮书", metavar="子命令")
    add_command(report, "warnings", cmd_warnings, "类案预警、负责人多次未出庭、司法建议反馈、联席会议事项")
    p = add_command(report, "stats", cmd_stats, "统计：按案由、乡镇、月份，调解成功率、化解率、出庭率、反馈率等")
    add_period(p)
    p.add_argument("--tribunal", help="法庭简称或名称")
    p.add_argument("--cause-level", type=int, default=3, metavar="N",
                   help="按第几级案由汇总（1–4，默认 3；无案由的计入“未定案由”）")
    p.add_argument("--by", metavar="分组",
                   help="分组统计受理、已结、调解成功、调解不成、成功率、平均用时：mediator（调解员，一案两名调解员各计一次）、"
                        "organisation（调解组织）或 method（调解方式）")
    p = add_command(report, "appearance", cmd_appearance, "负责人出庭应诉率（按机关、季度、年度）与多次未出庭的机关")
    add_period(p)
    p.add_argument("--by", default="agency", choices=["agency", "quarter", "year", "all"])
    p.add_argument("--tribunal", help="法庭简称或名称：只计该法庭纠纷的开庭")
    p = add_command(report, "white-paper", cmd_white_paper, "年度行政审判白皮书（PDF，含表格和图表）")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--court", help="法院代字或名称（默认：本库全部法院）")
    narrative = add_group(report, "narrative", "白皮书正文：法院自己撰写的前言、主要做法、存在问题、下一步工作",
                          metavar="子命令", dest="narrative_sub")
    p = add_command(narrative, "set", cmd_narrative_set, "保存一个章节的正文（UTF-8 文本文件；空文件即清空）")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--section", required=True, help="章节：前言、主要做法、存在问题、下一步工作（见参考数据）")
    p.add_argument("--file", required=True, metavar="FILE.txt", help="正文文件；- 从标准输入读取")
    p.add_argument("--court", help="法院代字或名称（默认：本库全部法院的白皮书）")
    p = add_command(narrative, "show", cmd_narrative_show, "显示一年白皮书各章节的正文")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--section", help="只显示该章节")
    p.add_argument("--court", help="法院代字或名称（默认：本库全部法院的白皮书）")
    litigation = add_group(report, "litigation", "行政诉讼收结案数（导入自法院案件管理系统，用于白皮书和统计）",
                           metavar="子命令", dest="litigation_sub")
    p = add_command(litigation, "import", cmd_litigation_import,
                    "导入 .xlsx 或 .csv（列：年度、法院、收案、结案、判决败诉、撤诉）；任何一行有误则整份不导入")
    p.add_argument("file")
    p = add_command(litigation, "show", cmd_litigation_show, "显示已导入的行政诉讼收结案数和败诉率、撤诉率")
    p.add_argument("--year", type=int)
    p.add_argument("--court", help="法院代字或名称")
    p = add_command(report, "appearance-notice", cmd_notification,
                    "负责人出庭应诉季度通报（--quarter）或年度公示（--year），PDF")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--quarter", help="如 2026Q3")
    group.add_argument("--year", type=int)
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--court", help="法院代字或名称")

    export = add_group(sub, "export", "导出台账（Excel 或 CSV）", metavar="子命令")
    p = add_command(export, "ledger", cmd_export_ledger, "导出台账为 .xlsx（或 .csv）；--list 列出台账类型")
    p.add_argument("kind", nargs="?", help="台账类型（fuyuan export ledger --list）")
    p.add_argument("--out", metavar="FILE.xlsx")
    p.add_argument("--list", action="store_true", help="列出台账类型")
    add_period(p)
