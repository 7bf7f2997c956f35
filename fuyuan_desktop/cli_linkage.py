"""``fuyuan linkage``: record the 府院联动 work without the GUI (centre, hearings, recommendations, programmes)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any

from fuyuan_desktop.cli_reports import _cli
from fuyuan_desktop.domain.errors import ValidationError


def _ctx(args: argparse.Namespace) -> Any:
    return _cli()._context(args)


def _say(args: argparse.Namespace, data: Any, text: str) -> None:
    _cli()._emit(args, data, lambda: print(text))


def _admin_view(args: argparse.Namespace, view: Any, head: str) -> None:
    def human() -> None:
        print(f"{head}：{view.number}　被申请机关：{view.agency}　{view.act}")
        if view.triage:
            print(f"分流：{view.triage}（{view.triage_reason}）")
        for limit in view.limitations:
            left = f"剩 {limit.days_left} 日" if limit.days_left >= 0 else f"已过 {-limit.days_left} 日"
            print(f"  {limit.label}：{limit.due_on}（{left}）")
        for warning in view.warnings:
            print(f"  注意：{warning}")

    _cli()._emit(args, view, human)


def cmd_admin_open(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.admin import AdminCaseInput, open_admin_case

    data = AdminCaseInput(
        agency=args.agency, agency_level=args.level, agency_head=args.head, field=args.field, act_type=args.act_type,
        procedure_state=args.procedure, intake_source=args.source, knew_on=args.knew_on,
        reconsideration_decision_on=args.reconsideration_on, real_property=args.real_property,
        informed_of_right=not args.not_informed, content_type=args.content, group_case=args.group,
        people_count=args.people)
    _admin_view(args, open_admin_case(_ctx(args), args.ref, data), "已登记到协调化解中心")


def cmd_admin_triage(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.admin import triage_admin_case

    _admin_view(args, triage_admin_case(_ctx(args), args.ref, args.decision, args.reason, args.on), "已分流")


def cmd_admin_outcome(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.admin import update_admin_outcome

    view = update_admin_outcome(_ctx(args), args.ref, amount_paid=args.paid, later_case_number=args.later_case,
                                head_participated=args.head_participated)
    _admin_view(args, view, "已登记化解结果")


def cmd_admin_show(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.admin import admin_case

    _admin_view(args, admin_case(_ctx(args), args.ref), "行政争议")


def _hearing(args: argparse.Namespace, view: Any, head: str) -> None:
    def human() -> None:
        print(f"{head}：{view.case_number}（{view.instance}）{view.agency}　开庭 {view.hearing_on}　ID：{view.id}")
        if view.appearance:
            print(f"  出庭：{view.appearance} {view.appearer} {view.appearer_post} {view.absence_reason}".rstrip())
        for warning in view.warnings:
            print(f"  注意：{warning}")

    _cli()._emit(args, view, human)


def cmd_hearing_add(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.hearings import schedule_hearing

    view = schedule_hearing(_ctx(args), args.case_number, args.agency, args.on, notice_served_on=args.notice_served,
                            instance=args.instance, mandatory=args.mandatory, agency_level=args.level,
                            county_code=args.county, court=args.court)
    _hearing(args, view, "已登记开庭")


def cmd_hearing_appearance(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.hearings import record_appearance

    view = record_appearance(_ctx(args), args.hearing, args.kind, appearer=args.name, post=args.post,
                             absence_reason=args.reason, absence_proof=args.proof, left_early=args.left_early,
                             refused_to_explain=args.refused, spoke_on_resolution=args.spoke,
                             identity_submitted=not args.no_identity)
    _hearing(args, view, "已登记出庭情况")


def cmd_hearing_list(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.hearings import hearings

    rows = hearings(_ctx(args), args.date_from, args.date_to, args.court)
    _cli()._emit(args, rows, lambda: _cli()._table(
        [[str(r.hearing_on), r.case_number, r.instance, r.agency, r.appearance, r.appearer, r.failure, r.id]
         for r in rows], ["开庭", "案号", "审级", "被诉机关", "出庭", "出庭人", "应提建议", "ID"]))


def cmd_rec_cluster(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.followup import draft_from_cluster

    view = draft_from_cluster(_ctx(args), args.scope, args.category, args.key, args.recipient,
                              problems=args.problems, suggestions=args.suggestions, copy_to=args.copy_to)
    _say(args, view, f"已按类案起草司法建议书 {view.number}（{view.subject}），ID：{view.id}；"
                     f"打印：fuyuan print recommendation {view.case_number} --out 文件.pdf")


def _rec_row(args: argparse.Namespace, row: Any, head: str) -> None:
    _say(args, row, f"{head}：{row.number}　{row.status}　反馈期限 {row.reply_due or ''}　采纳：{row.adoption or '—'}"
                    + ("　优秀司法建议" if row.excellent else ""))


def cmd_rec_reply(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.followup import record_reply

    _rec_row(args, record_reply(_ctx(args), args.recommendation, args.on, args.text, args.adoption), "已登记反馈")


def cmd_rec_follow(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.followup import record_follow_up

    _rec_row(args, record_follow_up(_ctx(args), args.recommendation, args.result, args.on), "已登记跟踪落实")


def cmd_rec_excellent(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.followup import mark_excellent

    _rec_row(args, mark_excellent(_ctx(args), args.recommendation, not args.unset), "已更新")


def cmd_rec_list(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.followup import recommendation_ledger

    rows = recommendation_ledger(_ctx(args), args.date_from, args.date_to)
    _cli()._emit(args, rows, lambda: _cli()._table(
        [[r.number, r.recipient, r.origin, r.status, str(r.reply_due or ""), r.adoption,
          "逾期" if r.overdue else "", "优秀" if r.excellent else ""] for r in rows],
        ["编号", "被建议单位", "来源", "状态", "反馈期限", "采纳", "", ""]))


def cmd_training_add(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.programmes import TrainingInput, add_training

    row_id = add_training(_ctx(args), TrainingInput(
        held_on=args.on, observer_orgs=args.orgs, attendees=args.attendees, case_number=args.case_number,
        cause=args.cause, agency=args.agency, head_appeared=args.head_appeared, deputies=args.deputies,
        lecturer=args.lecturer, discussion=args.discussion, feedback=args.feedback), court=args.court)
    _say(args, {"id": row_id}, f"已登记以庭代训，ID：{row_id}")


def cmd_training_totals(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.programmes import training_totals

    rows = training_totals(_ctx(args))
    _cli()._emit(args, rows, lambda: _cli()._table(
        [[str(r.year), str(r.events), str(r.attendees), str(r.deputies), str(r.organisations)] for r in rows],
        ["年度", "场次", "观摩人次", "人大代表、政协委员", "观摩单位"]))


def _relief(args: argparse.Namespace, view: Any, head: str) -> None:
    amount = "" if view.amount_fen is None else f"　救助金额 {view.amount_fen / 100:,.2f} 元"
    _say(args, view, f"{head}：{view.applicant}（{view.case_number}）{view.status}{amount}　"
                     f"上限 {view.cap_fen / 100:,.2f} 元　ID：{view.id}")


def cmd_relief_apply(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.programmes import apply_relief

    _relief(args, apply_relief(_ctx(args), args.case_number, args.applicant, args.on, reason=args.reason,
                               requested=args.requested, county_code=args.county, court=args.court), "已登记申请")


def cmd_relief_decide(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.programmes import decide_relief

    _relief(args, decide_relief(_ctx(args), args.relief, granted=not args.reject, amount=args.amount,
                                decided_on=args.on, note=args.note, relief_number=args.number), "已决定")


def cmd_relief_pay(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.programmes import pay_relief

    _relief(args, pay_relief(_ctx(args), args.relief, args.on, from_fund=args.from_fund), "已发放")


def cmd_fund_in(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.linkage.programmes import fund_income

    balance = fund_income(_ctx(args), args.on, args.source, args.amount, note=args.note, court=args.court)
    _say(args, {"balance_fen": balance}, f"已入账；救助基金余额 {balance / 100:,.2f} 元")


def register(sub: Any, add: Callable[..., argparse.ArgumentParser], parser_class: type) -> None:
    """Add ``linkage`` (and its groups) to the ``fuyuan`` command."""
    from fuyuan_desktop.cli_programmes import register_programmes

    d = _cli()._date
    top = sub.add_parser("linkage", help="府院联动：协调化解中心、出庭应诉、司法建议跟踪、以庭代训、救助、村屯、项目、会议")
    groups = top.add_subparsers(dest="group", required=True, metavar="类别", parser_class=parser_class)

    def group(name: str, helptext: str) -> Any:
        return groups.add_parser(name, help=helptext).add_subparsers(dest="sub", required=True, metavar="子命令",
                                                                      parser_class=parser_class)

    admin = group("admin", "行政争议协调化解中心")
    p = add("open", cmd_admin_open, "把一件行政争议登记到协调化解中心，计算并显示起诉、复议期限", admin)
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
    p = add("triage", cmd_admin_triage, "分流：中心协调化解、重大案件协调、引导申请行政复议、登记立案、转信访渠道、不予受理", admin)
    p.add_argument("ref")
    p.add_argument("decision")
    p.add_argument("--reason", required=True)
    p.add_argument("--on", type=d)
    p = add("outcome", cmd_admin_outcome, "化解结果的补充信息（结案用 fuyuan case close）", admin)
    p.add_argument("ref")
    p.add_argument("--paid", help="兑付金额（元）")
    p.add_argument("--later-case", help="后续诉讼案号")
    p.add_argument("--head-participated", action=argparse.BooleanOptionalAction, default=None)
    p = add("show", cmd_admin_show, "显示协调化解信息和期限", admin)
    p.add_argument("ref")

    hearing = group("hearing", "行政机关负责人出庭应诉")
    p = add("add", cmd_hearing_add, "登记行政案件开庭（出庭通知书应在开庭 3 日前送达）", hearing)
    p.add_argument("case_number")
    p.add_argument("--agency", required=True)
    p.add_argument("--on", type=d, required=True, help="开庭日期")
    p.add_argument("--notice-served", type=d, help="出庭通知书送达日期")
    p.add_argument("--instance", default="一审", help="一审、二审、再审")
    p.add_argument("--mandatory", action="store_true", help="属应当通知负责人出庭的案件（第四条）")
    p.add_argument("--level", default="")
    p.add_argument("--county", default="", help="县级行政区划代码")
    p.add_argument("--court")
    p = add("appearance", cmd_hearing_appearance, "登记出庭情况：正职负责人、副职负责人、分管负责人、仅工作人员、无人出庭", hearing)
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
    p = add("list", cmd_hearing_list, "列出开庭和出庭情况", hearing)
    p.add_argument("--from", dest="date_from", type=d)
    p.add_argument("--to", dest="date_to", type=d)
    p.add_argument("--court")

    rec = group("recommendation", "司法建议书跟踪（起草、送达见 fuyuan recommendation）")
    p = add("cluster", cmd_rec_cluster, "按类案预警起草司法建议书", rec)
    p.add_argument("--scope", choices=["township", "agency"], default="township")
    p.add_argument("--category", required=True, help="纠纷类型代码，如 land_transfer")
    p.add_argument("--key", required=True, help="乡镇（如 伯都乡）或行政机关名称")
    p.add_argument("--recipient", required=True)
    p.add_argument("--problems", default="")
    p.add_argument("--suggestions", default="")
    p.add_argument("--copy-to", default="")
    p = add("reply", cmd_rec_reply, "登记反馈和采纳情况", rec)
    p.add_argument("recommendation", help="ID 或编号")
    p.add_argument("--on", type=d, required=True)
    p.add_argument("--text", required=True)
    p.add_argument("--adoption", required=True, help="采纳、部分采纳、未采纳")
    p = add("follow-up", cmd_rec_follow, "登记跟踪落实情况", rec)
    p.add_argument("recommendation")
    p.add_argument("--result", required=True)
    p.add_argument("--on", type=d)
    p = add("excellent", cmd_rec_excellent, "标记优秀司法建议（--unset 取消）", rec)
    p.add_argument("recommendation")
    p.add_argument("--unset", action="store_true")
    p = add("list", cmd_rec_list, "司法建议台账", rec)
    p.add_argument("--from", dest="date_from", type=d)
    p.add_argument("--to", dest="date_to", type=d)

    training = group("training", "以庭代训")
    p = add("add", cmd_training_add, "登记一次以庭代训", training)
    p.add_argument("--on", type=d, required=True)
    p.add_argument("--orgs", required=True, help="观摩单位，用顿号分隔")
    p.add_argument("--attendees", type=int, required=True)
    p.add_argument("--deputies", type=int, default=0, help="其中人大代表、政协委员人数")
    for name in ("case-number", "cause", "agency", "lecturer", "discussion", "feedback"):
        p.add_argument(f"--{name}", default="")
    p.add_argument("--head-appeared", action="store_true")
    p.add_argument("--court")
    add("totals", cmd_training_totals, "按年度合计", training)

    relief = group("relief", "司法救助")
    p = add("apply", cmd_relief_apply, "登记救助申请（同一案件同一申请人只救助一次）", relief)
    p.add_argument("case_number")
    p.add_argument("--applicant", required=True)
    p.add_argument("--on", type=d, required=True)
    p.add_argument("--reason", default="")
    p.add_argument("--requested", help="申请金额（元）")
    p.add_argument("--county", default="", help="县级行政区划代码（按当地上年度月平均工资计算上限）")
    p.add_argument("--court")
    p = add("decide", cmd_relief_decide, "审查决定（金额不得超过上限）", relief)
    p.add_argument("relief")
    p.add_argument("--amount")
    p.add_argument("--reject", action="store_true")
    p.add_argument("--on", type=d, required=True)
    p.add_argument("--note", default="")
    p.add_argument("--number", default="", help="救助案号，如 （2026）吉0702司救民1号")
    p = add("pay", cmd_relief_pay, "发放救助金", relief)
    p.add_argument("relief")
    p.add_argument("--on", type=d, required=True)
    p.add_argument("--from-fund", action="store_true", help="从慈善救助基金支出")
    p = add("fund-in", cmd_fund_in, "慈善救助基金入账", relief)
    p.add_argument("--on", type=d, required=True)
    p.add_argument("--source", required=True)
    p.add_argument("--amount", required=True)
    p.add_argument("--note", default="")
    p.add_argument("--court")
    register_programmes(group, add, d)


def parse_item(text: str) -> tuple[str, str, date]:
    """``事项|责任单位|YYYY-MM-DD`` → parts (for ``--item``)."""
    parts = text.split("|")
    if len(parts) != 3:
        raise ValidationError("--item", f"「{text}」应为 事项|责任单位|YYYY-MM-DD")
    try:
        return parts[0], parts[1], date.fromisoformat(parts[2].strip())
    except ValueError:
        raise ValidationError("--item", f"「{parts[2]}」不是有效日期") from None
