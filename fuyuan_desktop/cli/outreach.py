"""``fuyuan linkage joint-training|oral``: 同堂培训 events and the 口头建议 ledger from the command line."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from fuyuan_desktop.cli.common import Subparsers, add_command, emit, parse_date, say, table, workspace


def cmd_joint_add(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.outreach import JointTrainingInput, add_joint_training, parse_participants

    view = add_joint_training(workspace(args), JointTrainingInput(
        held_on=args.on, place=args.place, topic=args.topic, participants=parse_participants("\n".join(args.agency)),
        lecturers=args.lecturers, organiser=args.organiser, materials="\n".join(args.material), note=args.note),
        court=args.court)
    say(args, view, f"已登记同堂培训：{view.held_on}　{view.topic}　{len(view.participants)} 个单位 {view.attendees} 人"
                    f"（其中机关负责人 {view.heads} 人）　ID：{view.id}")


def cmd_joint_list(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.outreach import joint_trainings

    rows = joint_trainings(workspace(args), args.date_from, args.date_to, args.court)
    emit(args, rows, lambda: table(
        [[str(r.held_on), r.organiser, r.place, r.topic, str(len(r.participants)), str(r.attendees), str(r.heads), r.id]
         for r in rows], ["日期", "组织单位", "地点", "主题", "单位数", "人数", "负责人", "ID"]) if rows
         else print("（尚无同堂培训记录）"))


def _changes(args: argparse.Namespace, names: tuple[str, ...]) -> dict[str, object]:
    return {name: getattr(args, name) for name in names if getattr(args, name) is not None}


def cmd_joint_edit(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.outreach import (
        joint_training,
        parse_participants,
        training_input,
        update_joint_training,
    )

    ws = workspace(args)
    changes = _changes(args, ("held_on", "place", "topic", "lecturers", "organiser", "note"))
    if args.agency:
        changes["participants"] = parse_participants("\n".join(args.agency))
    if args.material:
        changes["materials"] = "\n".join(args.material)
    view = update_joint_training(ws, args.training, training_input(joint_training(ws, args.training), **changes))
    say(args, view, f"已修改同堂培训：{view.held_on}　{view.topic}　{len(view.participants)} 个单位 {view.attendees} 人"
                    f"（其中机关负责人 {view.heads} 人）")


def cmd_joint_delete(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.outreach import delete_joint_training, joint_training

    ws = workspace(args)
    view = joint_training(ws, args.training)
    delete_joint_training(ws, args.training, args.reason)
    say(args, {"deleted": view.id}, f"已删除同堂培训：{view.held_on}　{view.topic}")


def cmd_oral_edit(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.outreach import oral_input, oral_recommendation, update_oral

    ws = workspace(args)
    changes = _changes(args, ("given_on", "agency", "judge", "occasion", "content", "case_number"))
    view = update_oral(ws, args.oral, oral_input(oral_recommendation(ws, args.oral), **changes))
    say(args, view, f"已修改口头建议：{view.given_on}　{view.agency}（{view.occasion}，{view.judge}）")


def cmd_oral_delete(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.outreach import delete_oral, oral_recommendation

    ws = workspace(args)
    view = oral_recommendation(ws, args.oral)
    delete_oral(ws, args.oral, args.reason)
    say(args, {"deleted": view.id}, f"已删除口头建议：{view.given_on}　{view.agency}")


def cmd_oral_add(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.outreach import OralInput, add_oral

    view = add_oral(workspace(args), OralInput(given_on=args.on, agency=args.agency, judge=args.judge,
                                                occasion=args.occasion, content=args.content,
                                                case_number=args.case_number), court=args.court)

    def human() -> None:
        print(f"已登记口头建议：{view.given_on}　{view.agency}（{view.occasion}，{view.judge}）　ID：{view.id}")
        for warning in view.warnings:
            print(f"  注意：{warning}")

    emit(args, view, human)


def cmd_oral_respond(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.outreach import respond_oral

    view = respond_oral(workspace(args), args.oral, args.response, args.adoption, args.on)
    say(args, view, f"已登记反馈：{view.agency}　{view.adoption}（{view.responded_on}）")


def cmd_oral_list(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.outreach import oral_recommendations

    rows = oral_recommendations(workspace(args), args.date_from, args.date_to, args.court, agency=args.agency)
    emit(args, rows, lambda: table(
        [[str(r.given_on), r.agency, r.judge, r.occasion, r.case_number, r.adoption or "待反馈", r.id] for r in rows],
        ["日期", "被建议单位", "法官", "场合", "关联案号", "采纳", "ID"]) if rows else print("（尚无口头建议记录）"))


def register(group: Callable[[str, str], Subparsers]) -> None:
    d = parse_date
    joint = group("joint-training", "同堂培训（法官与行政机关工作人员同堂培训；观摩庭审见 training）")
    p = add_command(joint, "add", cmd_joint_add, "登记一次同堂培训")
    p.add_argument("--on", type=d, required=True, help="培训日期")
    p.add_argument("--place", required=True, help="地点")
    p.add_argument("--topic", required=True, help="培训主题")
    p.add_argument("--agency", action="append", required=True,
                   help="参训单位：单位:人数[:其中负责人数]，每个单位写一次，如 --agency 宁江区司法局:12:2")
    p.add_argument("--lecturers", default="", help="授课人，用顿号分隔")
    p.add_argument("--organiser", default="", help="组织的人民法庭（默认本院）")
    p.add_argument("--material", action="append", default=[], help="培训材料名称，可写多次")
    p.add_argument("--note", default="")
    p.add_argument("--court")
    p = add_command(joint, "list", cmd_joint_list, "列出同堂培训")
    p.add_argument("--from", dest="date_from", type=d)
    p.add_argument("--to", dest="date_to", type=d)
    p.add_argument("--court")

    p = add_command(joint, "edit", cmd_joint_edit, "修改一次同堂培训（只改给出的项；--agency 给出时替换全部参训单位）")
    p.add_argument("training", help="同堂培训 ID")
    p.add_argument("--on", dest="held_on", type=d, help="培训日期")
    p.add_argument("--place")
    p.add_argument("--topic")
    p.add_argument("--agency", action="append", default=[], help="参训单位：单位:人数[:其中负责人数]，可写多次")
    p.add_argument("--lecturers")
    p.add_argument("--organiser", help="组织的人民法庭（空字符串：本院）")
    p.add_argument("--material", action="append", default=[], help="培训材料名称（给出时替换全部）")
    p.add_argument("--note")
    p = add_command(joint, "delete", cmd_joint_delete, "删除误登的同堂培训（留有删除记录，可同步）")
    p.add_argument("training", help="同堂培训 ID")
    p.add_argument("--reason", default="", help="删除理由")

    oral = group("oral", "口头建议（书面司法建议书见 recommendation）")
    p = add_command(oral, "add", cmd_oral_add, "登记一条口头建议")
    p.add_argument("--on", type=d, required=True, help="提出日期")
    p.add_argument("--agency", required=True, help="被建议单位")
    p.add_argument("--judge", required=True, help="提出建议的法官")
    p.add_argument("--occasion", required=True, help="场合：庭审、联席会议、走访、其他")
    p.add_argument("--content", required=True, help="建议内容")
    p.add_argument("--case-number", default="", help="关联案号（可不填）")
    p.add_argument("--court")
    p = add_command(oral, "edit", cmd_oral_edit, "修改一条口头建议（只改给出的项）")
    p.add_argument("oral", help="口头建议 ID")
    p.add_argument("--on", dest="given_on", type=d, help="提出日期")
    p.add_argument("--agency")
    p.add_argument("--judge")
    p.add_argument("--occasion", help="场合：庭审、联席会议、走访、其他")
    p.add_argument("--content")
    p.add_argument("--case-number")
    p = add_command(oral, "delete", cmd_oral_delete, "删除误登的口头建议（留有删除记录，可同步）")
    p.add_argument("oral", help="口头建议 ID")
    p.add_argument("--reason", default="", help="删除理由")
    p = add_command(oral, "respond", cmd_oral_respond, "登记单位的反馈和采纳情况")
    p.add_argument("oral", help="口头建议 ID")
    p.add_argument("--on", type=d, required=True, help="反馈日期")
    p.add_argument("--response", required=True, help="单位反馈")
    p.add_argument("--adoption", required=True, help="采纳、部分采纳、未采纳")
    p = add_command(oral, "list", cmd_oral_list, "口头建议台账")
    p.add_argument("--from", dest="date_from", type=d)
    p.add_argument("--to", dest="date_to", type=d)
    p.add_argument("--agency", default="", help="只列出该单位的")
    p.add_argument("--court")
