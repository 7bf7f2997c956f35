"""``fuyuan linkage village|project|meeting|sme``: the programmes recorded from the command line."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date

from fuyuan_desktop.cli.common import Subparsers, add_command, emit, parse_date, say, table, workspace
from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.domain.linkage import percent


def cmd_village_add(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.community import add_village

    row_id = add_village(workspace(args), args.place, population=args.population, households=args.households,
                         cycle_start=args.cycle_start, status=args.status, achieved_on=args.achieved_on,
                         grid_workers=args.grid_workers, mediators=args.mediators, assessors=args.assessors,
                         reason=args.reason)
    say(args, {"id": row_id}, f"已列入无讼村屯创建名单：{args.place}，ID：{row_id}")


def cmd_village_status(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.community import set_village_status

    set_village_status(workspace(args), args.village, args.status, args.on, reason=args.reason)
    say(args, {"village": args.village, "status": args.status}, f"{args.village}：{args.status}")


def cmd_village_year(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.community import village_year

    village_year(workspace(args), args.village, args.year, lawsuits=args.lawsuits, petitions=args.petitions,
                 group_incidents=args.group_incidents, education_events=args.education)
    say(args, {"village": args.village, "year": args.year}, f"已登记{args.village} {args.year} 年度数据")


def cmd_village_override(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.community import override_village

    override_village(workspace(args), args.village, args.year, args.decision, args.reason)
    say(args, {"village": args.village, "year": args.year, "decision": args.decision},
        f"{args.village} {args.year} 年：人工认定{args.decision}" if args.decision != "按标准"
        else f"{args.village} {args.year} 年：按达标标准判定")


def cmd_village_sheet(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.community import village_sheet

    ws = workspace(args)
    year = args.year or ws.today().year
    rows = village_sheet(ws, year, court=args.court, tribunal=args.tribunal)

    def human() -> None:
        table([[r.name, r.township, r.status, str(r.population), str(r.disputes), str(r.mediated),
                percent(r.success_rate), "" if r.lawsuits is None else str(r.lawsuits),
                "" if r.litigation_rate is None else f"{r.litigation_rate:.2f}", r.judged,
                r.override.removeprefix("人工认定：") or "—"] for r in rows],
              ["村屯/社区", "乡镇", "状态", "人口", "纠纷", "调解成功", "成功率", "新收诉讼", "万人成讼率",
               f"{year}年按标准", "人工认定"])
        for r in rows:
            if r.unmet and r.judged == "未达标":
                print(f"{r.name}未达标：{'；'.join(r.unmet)}")
            if r.override:
                print(f"{r.name}{r.override}，理由：{r.override_reason}")
            if r.status_reason:
                print(f"{r.name}已达标系人工认定，理由：{r.status_reason}")

    emit(args, rows, human)


def cmd_project_add(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.community import add_project

    row_id = add_project(workspace(args), args.name, args.risk, args.on, unit=args.unit, park=args.park,
                         investment=args.investment, people=args.people, cases_studied=args.cases,
                         risk_points=args.points, court_opinion=args.opinion, measures=args.measures, court=args.court)
    say(args, {"id": row_id}, f"已登记重大项目风险评估：{args.name}，ID：{row_id}")


def cmd_meeting_add(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.community import ItemInput, add_meeting

    items = tuple(ItemInput(*parse_item(text)) for text in args.item)
    row_id = add_meeting(workspace(args), args.on, args.title, participants=args.participants,
                         topics=args.topics, decisions=args.decisions, items=items, court=args.court)
    say(args, {"id": row_id, "items": len(items)}, f"已登记联席会议（{len(items)} 项落实事项），ID：{row_id}")


def cmd_meeting_done(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.community import complete_item

    complete_item(workspace(args), args.item, args.on, args.result)
    say(args, {"item": args.item}, "已办结")


def cmd_meeting_open(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.community import open_items

    rows = open_items(workspace(args), args.within)
    emit(args, rows, lambda: table(
        [[str(r.due_on), str(r.days_left), r.owner, r.text, r.meeting, r.id] for r in rows],
        ["期限", "剩余天数", "责任单位", "事项", "会议", "ID"]))


def cmd_sme_flag(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.community import flag_sme

    row_id = flag_sme(workspace(args), args.ref, enterprise=args.enterprise, on=args.on, note=args.note)
    say(args, {"id": row_id}, f"已纳入涉企绿色通道，ID：{row_id}")


def parse_item(text: str) -> tuple[str, str, date]:
    """``事项|责任单位|YYYY-MM-DD`` → parts (for ``--item``)."""
    parts = text.split("|")
    if len(parts) != 3:
        raise ValidationError("--item", f"「{text}」应为 事项|责任单位|YYYY-MM-DD")
    try:
        return parts[0], parts[1], date.fromisoformat(parts[2].strip())
    except ValueError:
        raise ValidationError("--item", f"「{parts[2]}」不是有效日期") from None


def register(group: Callable[[str, str], Subparsers]) -> None:
    """Add the programmes' groups to ``fuyuan linkage``; ``group(name, help)`` makes one and returns its subparsers."""
    d = parse_date
    village = group("village", "无讼村屯")
    p = add_command(village, "add", cmd_village_add, "把村屯或社区列入创建名单")
    p.add_argument("place", help="村屯或社区名称")
    p.add_argument("--population", type=int, required=True)
    p.add_argument("--households", type=int, default=0)
    p.add_argument("--cycle-start", type=int, required=True, help="创建周期起始年度（周期两年）")
    p.add_argument("--status", default="创建中", help="创建中、已达标、已撤销")
    p.add_argument("--achieved-on", type=d)
    p.add_argument("--reason", default="", help="登记为已达标时：人工认定的理由（尚无年度数据可按标准判定）")
    for name in ("grid-workers", "mediators", "assessors"):
        p.add_argument(f"--{name}", type=int, default=0)
    p = add_command(village, "status", cmd_village_status,
                    "变更状态（创建中、已达标、已撤销）；已达标须当年或上一年按达标标准判定达标，否则写明人工认定理由")
    p.add_argument("village")
    p.add_argument("status")
    p.add_argument("--on", type=d, required=True)
    p.add_argument("--reason", default="", help="人工认定已达标的理由")
    p = add_command(village, "override", cmd_village_override,
                    "人工认定某年度是否达标（达标、未达标；按标准 即撤销人工认定），须写明理由，记入审计")
    p.add_argument("village")
    p.add_argument("year", type=int)
    p.add_argument("decision", help="达标、未达标 或 按标准")
    p.add_argument("--reason", default="")
    p = add_command(village, "year", cmd_village_year, "登记年度数据（新收诉讼、信访、群体性事件、法治宣传）")
    p.add_argument("village")
    p.add_argument("year", type=int)
    p.add_argument("--lawsuits", type=int, required=True)
    p.add_argument("--petitions", type=int, default=0)
    p.add_argument("--group-incidents", type=int, default=0)
    p.add_argument("--education", type=int, default=0)
    p = add_command(village, "sheet", cmd_village_sheet, "指标表：纠纷、调解成功率、万人成讼率，按达标标准判定与人工认定")
    p.add_argument("--year", type=int)
    p.add_argument("--court")
    p.add_argument("--tribunal")

    project = group("project", "重大项目社会稳定风险评估")
    p = add_command(project, "add", cmd_project_add, "登记评估（风险等级：高风险、中风险、低风险）")
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
    p = add_command(meeting, "add", cmd_meeting_add, "登记联席会议及落实事项")
    p.add_argument("--on", type=d, required=True)
    p.add_argument("--title", required=True)
    for name in ("participants", "topics", "decisions"):
        p.add_argument(f"--{name}", default="")
    p.add_argument("--item", action="append", default=[], help="落实事项：事项|责任单位|YYYY-MM-DD（可多次）")
    p.add_argument("--court")
    p = add_command(meeting, "done", cmd_meeting_done, "落实事项办结")
    p.add_argument("item")
    p.add_argument("--on", type=d, required=True)
    p.add_argument("--result", default="")
    p = add_command(meeting, "open", cmd_meeting_open, "未办结、即将到期和逾期的事项")
    p.add_argument("--within", type=int, help="天数（默认按参考数据）")

    sme = group("sme", "涉企案件绿色通道")
    p = add_command(sme, "flag", cmd_sme_flag, "把涉企案件纳入绿色通道")
    p.add_argument("ref")
    p.add_argument("--enterprise", default="")
    p.add_argument("--on", type=d)
    p.add_argument("--note", default="")
