"""``fuyuan linkage village|project|meeting|sme``: the programmes recorded from the command line."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from fuyuan_desktop.cli_reports import _cli
from fuyuan_desktop.domain.linkage import percent


def _say(args: argparse.Namespace, data: Any, text: str) -> None:
    _cli()._emit(args, data, lambda: print(text))


def cmd_village_add(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.community import add_village

    row_id = add_village(_cli()._context(args), args.place, population=args.population, households=args.households,
                         cycle_start=args.cycle_start, status=args.status, achieved_on=args.achieved_on,
                         grid_workers=args.grid_workers, mediators=args.mediators, assessors=args.assessors)
    _say(args, {"id": row_id}, f"已列入无讼村屯创建名单：{args.place}，ID：{row_id}")


def cmd_village_status(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.community import set_village_status

    set_village_status(_cli()._context(args), args.village, args.status, args.on)
    _say(args, {"village": args.village, "status": args.status}, f"{args.village}：{args.status}")


def cmd_village_year(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.community import village_year

    village_year(_cli()._context(args), args.village, args.year, lawsuits=args.lawsuits, petitions=args.petitions,
                 group_incidents=args.group_incidents, education_events=args.education)
    _say(args, {"village": args.village, "year": args.year}, f"已登记{args.village} {args.year} 年度数据")


def cmd_village_sheet(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.community import village_sheet

    ctx = _cli()._context(args)
    rows = village_sheet(ctx, args.year or ctx.today().year)
    _cli()._emit(args, rows, lambda: _cli()._table(
        [[r.name, r.township, r.status, str(r.population), str(r.disputes), str(r.mediated), percent(r.success_rate),
          "" if r.lawsuits is None else str(r.lawsuits),
          "" if r.litigation_rate is None else f"{r.litigation_rate:.2f}"] for r in rows],
        ["村屯/社区", "乡镇", "状态", "人口", "纠纷", "调解成功", "成功率", "新收诉讼", "万人成讼率"]))


def cmd_project_add(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.community import add_project

    row_id = add_project(_cli()._context(args), args.name, args.risk, args.on, unit=args.unit, park=args.park,
                         investment=args.investment, people=args.people, cases_studied=args.cases,
                         risk_points=args.points, court_opinion=args.opinion, measures=args.measures, court=args.court)
    _say(args, {"id": row_id}, f"已登记重大项目风险评估：{args.name}，ID：{row_id}")


def cmd_meeting_add(args: argparse.Namespace) -> None:
    from fuyuan_desktop.cli_linkage import parse_item
    from fuyuan_desktop.services.linkage.community import ItemInput, add_meeting

    items = tuple(ItemInput(*parse_item(text)) for text in args.item)
    row_id = add_meeting(_cli()._context(args), args.on, args.title, participants=args.participants,
                         topics=args.topics, decisions=args.decisions, items=items, court=args.court)
    _say(args, {"id": row_id, "items": len(items)}, f"已登记联席会议（{len(items)} 项落实事项），ID：{row_id}")


def cmd_meeting_done(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.community import complete_item

    complete_item(_cli()._context(args), args.item, args.on, args.result)
    _say(args, {"item": args.item}, "已办结")


def cmd_meeting_open(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.community import open_items

    rows = open_items(_cli()._context(args), args.within)
    _cli()._emit(args, rows, lambda: _cli()._table(
        [[str(r.due_on), str(r.days_left), r.owner, r.text, r.meeting, r.id] for r in rows],
        ["期限", "剩余天数", "责任单位", "事项", "会议", "ID"]))


def cmd_sme_flag(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.community import flag_sme

    row_id = flag_sme(_cli()._context(args), args.ref, enterprise=args.enterprise, on=args.on, note=args.note)
    _say(args, {"id": row_id}, f"已纳入涉企绿色通道，ID：{row_id}")


def register_programmes(group: Callable[[str, str], Any], add: Callable[..., argparse.ArgumentParser],
                        d: Callable[[str], Any]) -> None:
    village = group("village", "无讼村屯")
    p = add("add", cmd_village_add, "把村屯或社区列入创建名单", village)
    p.add_argument("place", help="村屯或社区名称")
    p.add_argument("--population", type=int, required=True)
    p.add_argument("--households", type=int, default=0)
    p.add_argument("--cycle-start", type=int, required=True, help="创建周期起始年度（周期两年）")
    p.add_argument("--status", default="创建中", help="创建中、已达标、已撤销")
    p.add_argument("--achieved-on", type=d)
    for name in ("grid-workers", "mediators", "assessors"):
        p.add_argument(f"--{name}", type=int, default=0)
    p = add("status", cmd_village_status, "变更状态（创建中、已达标、已撤销）", village)
    p.add_argument("village")
    p.add_argument("status")
    p.add_argument("--on", type=d, required=True)
    p = add("year", cmd_village_year, "登记年度数据（新收诉讼、信访、群体性事件、法治宣传）", village)
    p.add_argument("village")
    p.add_argument("year", type=int)
    p.add_argument("--lawsuits", type=int, required=True)
    p.add_argument("--petitions", type=int, default=0)
    p.add_argument("--group-incidents", type=int, default=0)
    p.add_argument("--education", type=int, default=0)
    p = add("sheet", cmd_village_sheet, "指标表：纠纷、调解成功率、万人成讼率", village)
    p.add_argument("--year", type=int)

    project = group("project", "重大项目社会稳定风险评估")
    p = add("add", cmd_project_add, "登记评估（风险等级：高风险、中风险、低风险）", project)
    p.add_argument("name")
    p.add_argument("--risk", required=True)
    p.add_argument("--on", type=d, required=True, help="评估日期")
    for name in ("unit", "park", "points", "opinion", "measures"):
        p.add_argument(f"--{name}", default="")
    p.add_argument("--investment", help="投资额（元）")
    p.add_argument("--people", type=int, default=0)
    p.add_argument("--cases", type=int, default=0, help="研判的涉诉案件数")
    p.add_argument("--court")

    meeting = group("meeting", "联席会议")
    p = add("add", cmd_meeting_add, "登记联席会议及落实事项", meeting)
    p.add_argument("--on", type=d, required=True)
    p.add_argument("--title", required=True)
    for name in ("participants", "topics", "decisions"):
        p.add_argument(f"--{name}", default="")
    p.add_argument("--item", action="append", default=[], help="落实事项：事项|责任单位|YYYY-MM-DD（可多次）")
    p.add_argument("--court")
    p = add("done", cmd_meeting_done, "落实事项办结", meeting)
    p.add_argument("item")
    p.add_argument("--on", type=d, required=True)
    p.add_argument("--result", default="")
    p = add("open", cmd_meeting_open, "未办结、即将到期和逾期的事项", meeting)
    p.add_argument("--within", type=int, help="天数（默认按参考数据）")

    sme = group("sme", "涉企案件绿色通道")
    p = add("flag", cmd_sme_flag, "把涉企案件纳入绿色通道", sme)
    p.add_argument("ref")
    p.add_argument("--enterprise", default="")
    p.add_argument("--on", type=d)
    p.add_argument("--note", default="")
