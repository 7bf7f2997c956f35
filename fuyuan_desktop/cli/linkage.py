"""``fuyuan linkage``: record the 府院联动 work without the GUI (centre, hearings, recommendations, programmes)."""

from __future__ import annotations

import argparse
from typing import Any

from fuyuan_desktop.cli import outreach, programmes
from fuyuan_desktop.cli.common import Subparsers, add_command, add_group, emit, parse_date, say, table, workspace


def _admin_view(args: argparse.Namespace, view: Any, head: str) -> None:
    from fuyuan_desktop.services.calendar import marked

    ws = workspace(args)

    def human() -> None:
        print(f"{head}：{view.number}　被申请机关：{view.agency}　{view.act}")
        if view.triage:
            print(f"分流：{view.triage}（{view.triage_reason}）")
        for limit in view.limitations:
            left = f"剩 {limit.days_left} 日" if limit.days_left >= 0 else f"已过 {-limit.days_left} 日"
            print(f"  {limit.label}：{marked(ws, limit.due_on)}（{left}）")
        for warning in view.warnings:
            print(f"  注意：{warning}")

    emit(args, view, human)


def cmd_admin_open(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.admin import AdminCaseInput, open_admin_case

    data = AdminCaseInput(
        agency=args.agency, agency_level=args.level, agency_head=args.head, field=args.field, act_type=args.act_type,
        procedure_state=args.procedure, intake_source=args.source, knew_on=args.knew_on,
        reconsideration_decision_on=args.reconsideration_on, real_property=args.real_property,
        informed_of_right=not args.not_informed, content_type=args.content, group_case=args.group,
        people_count=args.people)
    _admin_view(args, open_admin_case(workspace(args), args.ref, data), "已登记到协调化解中心")


def cmd_admin_triage(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.admin import triage_admin_case

    _admin_view(args, triage_admin_case(workspace(args), args.ref, args.decision, args.reason, args.on), "已分流")


def cmd_admin_outcome(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.admin import update_admin_outcome

    view = update_admin_outcome(workspace(args), args.ref, amount_paid=args.paid, later_case_number=args.later_case,
                                head_participated=args.head_participated)
    _admin_view(args, view, "已登记化解结果")


def cmd_admin_show(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.admin import admin_case

    _admin_view(args, admin_case(workspace(args), args.ref), "行政争议")


def _hearing(args: argparse.Namespace, view: Any, head: str) -> None:
    def human() -> None:
        print(f"{head}：{view.case_number}（{view.instance}）{view.agency}　开庭 {view.hearing_on}　ID：{view.id}")
        if view.appearance:
            print(f"  出庭：{view.appearance} {view.appearer} {view.appearer_post} {view.absence_reason}".rstrip())
        for warning in view.warnings:
            print(f"  注意：{warning}")

    emit(args, view, human)


def cmd_hearing_add(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.hearings import schedule_hearing

    view = schedule_hearing(workspace(args), args.case_number, args.agency, args.on,
                            notice_served_on=args.notice_served, instance=args.instance, mandatory=args.mandatory,
                            agency_level=args.level, county_code=args.county, court=args.court)
    _hearing(args, view, "已登记开庭")


def cmd_hearing_appearance(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.hearings import record_appearance

    view = record_appearance(workspace(args), args.hearing, args.kind, appearer=args.name, post=args.post,
                             absence_reason=args.reason, absence_proof=args.proof, left_early=args.left_early,
                             refused_to_explain=args.refused, spoke_on_resolution=args.spoke,
                             identity_submitted=not args.no_identity)
    _hearing(args, view, "已登记出庭情况")


def cmd_hearing_list(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.hearings import hearings

    rows = hearings(workspace(args), args.date_from, args.date_to, args.court)
    emit(args, rows, lambda: table(
        [[str(r.hearing_on), r.case_number, r.instance, r.agency, r.appearance, r.appearer, r.failure, r.id]
         for r in rows], ["开庭", "案号", "审级", "被诉机关", "出庭", "出庭人", "应提建议", "ID"]))


def cmd_rec_cluster(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.clusters import cluster_key_of
    from fuyuan_desktop.services.linkage.common import linkage_rules
    from fuyuan_desktop.services.linkage.followup import draft_from_cluster

    ctx = workspace(args)
    key = cluster_key_of(args.category, linkage_rules(ctx).cluster_cause_level)  # 案由 names cut to the level in force
    view = draft_from_cluster(ctx, args.scope, key, args.key, args.recipient,
                              problems=args.problems, suggestions=args.suggestions, copy_to=args.copy_to)
    head = "该类案已有司法建议书草稿（每个类案只保留一份草稿），" if view.reopened else "已按类案起草司法建议书草稿"
    say(args, view, f"{head}（{view.subject}），ID：{view.id}；修改：fuyuan recommendation edit {view.id}；"
                     f"签发（此时编号）：fuyuan recommendation issue {view.id} --on 日期")


def _rec_row(args: argparse.Namespace, row: Any, head: str) -> None:
    from fuyuan_desktop.services.calendar import marked

    due = marked(workspace(args), row.reply_due, row.sent_on)
    say(args, row, f"{head}：{row.number}　{row.status}　反馈期限 {due}　采纳：{row.adoption or '—'}"
                    + ("　优秀司法建议" if row.excellent else ""))


def cmd_rec_reply(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.followup import record_reply

    _rec_row(args, record_reply(workspace(args), args.recommendation, args.on, args.text, args.adoption), "已登记反馈")


def cmd_rec_follow(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.followup import record_follow_up

    _rec_row(args, record_follow_up(workspace(args), args.recommendation, args.result, args.on), "已登记跟踪落实")


def cmd_rec_follow_log(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.followup import follow_up_log

    notes = follow_up_log(workspace(args), args.recommendation)
    emit(args, [{"on": day, "text": text} for day, text in notes],
         lambda: table([[str(day), text] for day, text in notes], ["日期", "落实情况"]) if notes
         else print("（尚无跟踪落实记录）"))


def cmd_rec_excellent(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.followup import mark_excellent

    _rec_row(args, mark_excellent(workspace(args), args.recommendation, not args.unset), "已更新")


def cmd_rec_list(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.calendar import marked
    from fuyuan_desktop.services.linkage.followup import recommendation_ledger

    ws = workspace(args)
    rows = recommendation_ledger(ws, args.date_from, args.date_to)
    emit(args, rows, lambda: table(
        [[r.number, r.recipient, r.origin, r.status, marked(ws, r.reply_due, r.sent_on), r.adoption,
          "逾期" if r.overdue else "", "优秀" if r.excellent else ""] for r in rows],
        ["编号", "被建议单位", "来源", "状态", "反馈期限", "采纳", "", ""]))


def cmd_training_add(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.programmes import TrainingInput, add_training

    row_id = add_training(workspace(args), TrainingInput(
        held_on=args.on, observer_orgs=args.orgs, attendees=args.attendees, case_number=args.case_number,
        cause=args.cause, agency=args.agency, head_appeared=args.head_appeared, deputies=args.deputies,
        lecturer=args.lecturer, discussion=args.discussion, feedback=args.feedback), court=args.court)
    say(args, {"id": row_id}, f"已登记以庭代训，ID：{row_id}")


def cmd_training_totals(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.programmes import training_totals

    rows = training_totals(workspace(args))
    emit(args, rows, lambda: table(
        [[str(r.year), str(r.events), str(r.attendees), str(r.deputies), str(r.organisations)] for r in rows],
        ["年度", "场次", "观摩人次", "人大代表、政协委员", "观摩单位"]))


def _relief(args: argparse.Namespace, view: Any, head: str) -> None:
    amount = "" if view.amount_fen is None else f"　救助金额 {view.amount_fen / 100:,.2f} 元"
    say(args, view, f"{head}：{view.applicant}（{view.case_number}）{view.status}{amount}　"
                     f"上限 {view.cap_fen / 100:,.2f} 元　ID：{view.id}")


def cmd_relief_apply(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.programmes import apply_relief

    _relief(args, apply_relief(workspace(args), args.case_number, args.applicant, args.on, reason=args.reason,
                               requested=args.requested, county_code=args.county, court=args.court), "已登记申请")


def cmd_relief_decide(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.programmes import decide_relief

    _relief(args, decide_relief(workspace(args), args.relief, granted=not args.reject, amount=args.amount,
                                decided_on=args.on, note=args.note, relief_number=args.number), "已决定")


def cmd_relief_pay(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.programmes import pay_relief

    _relief(args, pay_relief(workspace(args), args.relief, args.on, from_fund=args.from_fund), "已发放")


def cmd_fund_in(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.programmes import fund_income

    balance = fund_income(workspace(args), args.on, args.source, args.amount, note=args.note, court=args.court)
    say(args, {"balance_fen": balance}, f"已入账；救助基金余额 {balance / 100:,.2f} 元")


def register(sub: Subparsers) -> None:
    """Add ``linkage`` and its groups to the ``fuyuan`` command (the programmes' groups come from programmes.py)."""
    d = parse_date
    groups = add_group(sub, "linkage", "府院联动：协调化解中心、出庭应诉、司法建议跟踪、以庭代训、同堂培训、口头建议、救助、村屯、项目、会议",
                       metavar="类别", dest="group")

    def group(name: str, helptext: str) -> Subparsers:
        return add_group(groups, name, helptext, metavar="子命令")

    admin = group("admin", "行政争议协调化解中心")
    p = add_command(admin, "open", cmd_admin_open, "把一件行政争议登记到协调化解中心，计算并显示起诉、复议期限")
    p.add_argument("ref", help="案件编号")
    p.add_argument("--agency", default="", help="被申请机关（默认取被申请人中的行政机关）")
    p.add_argument("--level", default="", help="机关层级：县级政府、县级部门、乡镇/街道、开发区管委会、市级、其他")
    p.add_argument("--head", default="", help="机关负责人")
    p.add_argument("--field", default="", help="领域：征收补偿、土地、城建规划、公安、人社、市场监管……")
    p.add_argument("--act-type", default="", help="行为种类：处罚、许可、强制、征收征用、不履行法定职责……")
    p.add_argument("--procedure", default="尚未起诉或申请复议", help="程序状态：尚未起诉或申请复议、行政复议中、行政诉讼中")
    p.add_argument("--source", default="当事人申请", help="来源：当事人申请、法院移送、复议机关移送、信访转办")
    p.add_argument("--knew-on", type=d, help="知道行政行为的日期")
    p.add_argument("--reconsideration-on", type=d, help="收到复议决定书的日期")
    p.add_argument("--real-property", action="store_true", help="因不动产提起（最长 20 年）")
    p.add_argument("--not-informed", action="store_true", help="行政机关未告知起诉期限")
    p.add_argument("--content", default="行政补偿", help="调解内容：行政赔偿、行政补偿、自由裁量权、其他")
    p.add_argument("--group", action="store_true", help="群体性纠纷")
    p.add_argument("--people", type=int, default=1, help="涉及人数")
    p = add_command(admin, "triage", cmd_admin_triage, "分流：中心协调化解、重大案件协调、引导申请行政复议、登记立案、转信访渠道、不予受理")
    p.add_argument("ref")
    p.add_argument("decision")
    p.add_argument("--reason", required=True)
    p.add_argument("--on", type=d)
    p = add_command(admin, "outcome", cmd_admin_outcome, "化解结果的补充信息（结案用 fuyuan case close）")
    p.add_argument("ref")
    p.add_argument("--paid", help="兑付金额（元）")
    p.add_argument("--later-case", help="后续诉讼案号")
    p.add_argument("--head-participated", action=argparse.BooleanOptionalAction, default=None)
    p = add_command(admin, "show", cmd_admin_show, "显示协调化解信息和期限")
    p.add_argument("ref")

    hearing = group("hearing", "行政机关负责人出庭应诉")
    p = add_command(hearing, "add", cmd_hearing_add, "登记行政案件开庭（出庭通知书应在开庭 3 日前送达）")
    p.add_argument("case_number")
    p.add_argument("--agency", required=True)
    p.add_argument("--on", type=d, required=True, help="开庭日期")
    p.add_argument("--notice-served", type=d, help="出庭通知书送达日期")
    p.add_argument("--instance", default="一审", help="一审、二审、再审")
    p.add_argument("--mandatory", action="store_true", help="属应当通知负责人出庭的案件（第四条）")
    p.add_argument("--level", default="")
    p.add_argument("--county", default="", help="县级行政区划代码")
    p.add_argument("--court")
    p = add_command(hearing, "appearance", cmd_hearing_appearance, "登记出庭情况：正职负责人、副职负责人、分管负责人、仅工作人员、无人出庭")
    p.add_argument("hearing", help="开庭记录 ID")
    p.add_argument("kind")
    p.add_argument("--name", default="")
    p.add_argument("--post", default="")
    p.add_argument("--reason", default="", help="未出庭理由：不可抗力、意外事件、需要履行他人不能代替的公务、其他正当事由、无正当理由")
    p.add_argument("--proof", action="store_true", help="已提交盖章或签字的书面证明")
    p.add_argument("--left-early", action="store_true")
    p.add_argument("--refused", action="store_true", help="拒绝就实质性解决争议发表意见")
    p.add_argument("--spoke", action="store_true", help="就实质性解决争议发表了意见")
    p.add_argument("--no-identity", action="store_true", help="未提交身份证明（视为未出庭）")
    p = add_command(hearing, "list", cmd_hearing_list, "列出开庭和出庭情况")
    p.add_argument("--from", dest="date_from", type=d)
    p.add_argument("--to", dest="date_to", type=d)
    p.add_argument("--court")

    rec = group("recommendation", "司法建议书跟踪（起草、修改、签发、送达见 fuyuan recommendation）")
    p = add_command(rec, "cluster", cmd_rec_cluster, "按类案预警起草司法建议书")
    p.add_argument("--scope", choices=["township", "agency"], default="township")
    p.add_argument("--cause", "--category", dest="category", required=True,
                   help="类案的案由（名称、代码或 civil_2020:4.10.135）；案由待定的旧案按原纠纷类型代码，如 land_transfer")
    p.add_argument("--key", required=True, help="乡镇（如 伯都乡）或行政机关名称")
    p.add_argument("--recipient", required=True)
    p.add_argument("--problems", default="")
    p.add_argument("--suggestions", default="")
    p.add_argument("--copy-to", default="")
    p = add_command(rec, "reply", cmd_rec_reply, "登记反馈和采纳情况")
    p.add_argument("recommendation", help="ID 或编号")
    p.add_argument("--on", type=d, required=True)
    p.add_argument("--text", required=True)
    p.add_argument("--adoption", required=True, help="采纳、部分采纳、未采纳")
    p = add_command(rec, "follow-up", cmd_rec_follow, "登记跟踪落实情况")
    p.add_argument("recommendation")
    p.add_argument("--result", required=True)
    p.add_argument("--on", type=d)
    p = add_command(rec, "follow-log", cmd_rec_follow_log, "列出历次跟踪落实记录")
    p.add_argument("recommendation")
    p = add_command(rec, "excellent", cmd_rec_excellent, "标记优秀司法建议（--unset 取消）")
    p.add_argument("recommendation")
    p.add_argument("--unset", action="store_true")
    p = add_command(rec, "list", cmd_rec_list, "司法建议台账")
    p.add_argument("--from", dest="date_from", type=d)
    p.add_argument("--to", dest="date_to", type=d)

    training = group("training", "以庭代训")
    p = add_command(training, "add", cmd_training_add, "登记一次以庭代训")
    p.add_argument("--on", type=d, required=True)
    p.add_argument("--orgs", required=True, help="观摩单位，用顿号分隔")
    p.add_argument("--attendees", type=int, required=True)
    p.add_argument("--deputies", type=int, default=0, help="其中人大代表、政协委员人数")
    for name in ("case-number", "cause", "agency", "lecturer", "discussion", "feedback"):
        p.add_argument(f"--{name}", default="")
    p.add_argument("--head-appeared", action="store_true")
    p.add_argument("--court")
    add_command(training, "totals", cmd_training_totals, "按年度合计")

    relief = group("relief", "司法救助")
    p = add_command(relief, "apply", cmd_relief_apply, "登记救助申请（同一案件同一申请人只救助一次）")
    p.add_argument("case_number")
    p.add_argument("--applicant", required=True)
    p.add_argument("--on", type=d, required=True)
    p.add_argument("--reason", default="")
    p.add_argument("--requested", help="申请金额（元）")
    p.add_argument("--county", default="", help="县级行政区划代码（按当地上年度月平均工资计算上限）")
    p.add_argument("--court")
    p = add_command(relief, "decide", cmd_relief_decide, "审查决定（金额不得超过上限）")
    p.add_argument("relief")
    p.add_argument("--amount")
    p.add_argument("--reject", action="store_true")
    p.add_argument("--on", type=d, required=True)
    p.add_argument("--note", default="")
    p.add_argument("--number", default="", help="救助案号，如 （2026）吉0702司救民1号")
    p = add_command(relief, "pay", cmd_relief_pay, "发放救助金")
    p.add_argument("relief")
    p.add_argument("--on", type=d, required=True)
    p.add_argument("--from-fund", action="store_true", help="从慈善救助基金支出")
    p = add_command(relief, "fund-in", cmd_fund_in, "慈善救助基金入账")
    p.add_argument("--on", type=d, required=True)
    p.add_argument("--source", required=True)
    p.add_argument("--amount", required=True)
    p.add_argument("--note", default="")
    p.add_argument("--court")
    programmes.register(group)
    outreach.register(group)
