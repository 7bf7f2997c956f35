"""``fuyuan case …``: register, list, search, show, assign, close and follow a case."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fuyuan_desktop.cli import case_edits, confirmation, parties, service
from fuyuan_desktop.cli.common import (
    Subparsers,
    add_command,
    add_group,
    emit,
    jsonable,
    parse_count,
    parse_date,
    read_json_file,
    table,
    workspace,
)
from fuyuan_desktop.domain.court_time import ZONE_NAME, court_clock
from fuyuan_desktop.domain.enums import DisputeStatus, Outcome


def cmd_categories(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.causes import SHORT_TITLES, catalogue_editions, list_catalogue

    rows = list_catalogue(args.catalogue or "", level=args.level, search=args.search or "", ctx=workspace(args))
    shown = rows if args.limit is None else rows[: args.limit]

    def human() -> None:
        if not shown:
            print("（没有符合条件的案由）")
            return
        table([[SHORT_TITLES[r.catalogue], r.code, str(r.level), ("  " * (r.level - 1) if not args.search else "")
                + (f"{r.number} " if r.number and not r.number.endswith(("、", "）")) else r.number) + r.name
               + ("（已停用）" if r.retired else "") + ("*" if r.amended else "")]
               for r in shown], ["目录", "代码", "级", "案由"])
        if len(shown) < len(rows):
            print(f"（共 {len(rows)} 条，只列出前 {len(shown)} 条；用 --limit 调整）")
        if any(r.amended for r in shown):
            print("* 管理员增补或更名的条目（fuyuan cause list-amendments）")
        if not args.search and args.level is None and not args.catalogue:
            print("目录版本：" + "；".join(catalogue_editions()))

    emit(args, [jsonable(r) for r in shown], human)


def cmd_cause_stats(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.causes import SHORT_TITLES, count_by_cause

    rows = count_by_cause(workspace(args), args.level, registered_from=args.date_from, registered_to=args.date_to)

    def human() -> None:
        if not rows:
            print("（没有案件）")
            return
        table([[SHORT_TITLES[r.catalogue], r.code, r.name + ("" if r.level == args.level else f"（{r.level}级）"),
                str(r.cases)] for r in rows], ["目录", "代码", f"{args.level}级案由", "件数"])

    emit(args, rows, human)


def cmd_review_causes(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.causes import review_causes

    rows = review_causes(workspace(args))

    def human() -> None:
        if not rows:
            print("没有待复核案由的案件。")
            return
        print(f"以下 {len(rows)} 件案件由旧纠纷类型迁移而来，旧类型对应几个案由，已暂用默认案由，请逐件确认"
              "（fuyuan case set-cause 案件编号 --cause 案由）：")
        for r in rows:
            print(f"{r.number}　旧类型：{r.old_category}　暂定：{r.cause.partition(':')[2]} "
                  f"{r.candidates[0].name if r.candidates else ''}")
            print(f"  事实：{r.summary}")
            print("  候选：" + "、".join(f"{c.name}（{c.code}）" for c in r.candidates))

    emit(args, rows, human)


def cmd_set_cause(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.causes import set_case_cause

    choice = set_case_cause(workspace(args), args.ref, args.cause, mediation_type=args.mediation_type)
    emit(args, choice, lambda: print(f"已确定案由：{choice.path}（{choice.ref}）"))


def _print_cases(rows: list[Any]) -> None:
    if not rows:
        print("（没有找到案件）")
        return
    table(
        [[r.number, r.registered_on.isoformat(), r.cause or r.category, r.status, r.tribunal, r.place, r.parties] for r in rows],
        ["案件编号", "登记日期", "案由", "状态", "法庭", "地点", "当事人"],
    )


def cmd_case_list(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.cases import CaseFilter, list_cases

    flt = CaseFilter(
        status=args.status,
        category=args.category,
        cause=args.cause,
        tribunal=args.tribunal,
        place=args.place,
        mediator=args.mediator,
        registered_from=args.date_from,
        registered_to=args.date_to,
        overdue=args.overdue,
    )
    rows = list_cases(
        workspace(args), flt, limit=args.limit, offset=args.offset, sort=args.sort, descending=not args.ascending
    )
    emit(args, rows, lambda: _print_cases(rows))


def cmd_case_search(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.cases import search_cases

    rows = search_cases(workspace(args), args.query, limit=args.limit)
    emit(args, rows, lambda: _print_cases(rows))


def cmd_case_show(args: argparse.Namespace) -> None:
    from fuyuan_desktop.domain.court_time import COURT_TZ
    from fuyuan_desktop.services.calendar import marked
    from fuyuan_desktop.services.cases import get_case
    from fuyuan_desktop.services.confirmation import confirmation_state

    ws = workspace(args)
    case = get_case(ws, args.ref, unmasked=args.unmask)
    confirmation = confirmation_state(ws, args.ref)

    def human() -> None:
        s = case.summary
        print(f"{s.number}　{s.cause or s.category}　{s.status}")
        if s.cause_code:
            from fuyuan_desktop.domain.cause_refs import path_text

            print(f"案由：{path_text(s.cause_code)}（{s.cause_code}）{'　待复核' if s.cause_review else ''}")
        if s.mediation_type:
            print(f"人民调解纠纷类型：{s.mediation_type}")
        if s.official_number:
            print(f"临时编号：{s.provisional_number}")
        print(f"法庭：{s.tribunal}　地点：{s.place}　来源：{case.source}　调解方式：{case.mediation_kind}")
        print(f"登记：{s.registered_on}　调解期限：{marked(ws, s.due_on) or '未起算'}")
        if case.suspended_on is not None:
            days = (ws.today() - case.suspended_on).days
            print(f"已中止：自 {case.suspended_on} 起（{case.suspension_reason}），已中止 {days} 日，期限待恢复后顺延")
        if case.paused_days:
            print(f"中止后恢复：调解期限已顺延 {case.paused_days} 日")
        if case.extension_days:
            print(f"经各方当事人同意：调解期限已延长 {case.extension_days} 日")
        if case.amount_fen is not None:
            print(f"标的额：{case.amount_fen / 100:,.2f} 元")
        print("当事人：")
        for p in case.parties:
            ident = p.id_number or p.credit_code
            title = f"（{p.representative_title}）" if p.representative_title else ""
            label = "负责人" if p.kind == "行政机关" else "法定代表人"
            extra = f"，{label} {p.representative}{title}" if p.representative else ""
            print(f"  {p.role}：{p.name}（{p.kind}）{' '.join(x for x in (ident, p.phone) if x)}{extra}")
        if case.disputed_act:
            print(f"争议行政行为：{case.disputed_act}")
        print(f"纠纷事实：{case.dispute_summary}")
        if case.claims:
            print(f"调解请求：{case.claims}")
        if case.mediators:
            print(f"调解员：{'、'.join(case.mediators)}")
        for sess in case.sessions:
            print(
                f"调解：{sess.scheduled_at.astimezone(COURT_TZ):%Y-%m-%d %H:%M} {sess.place}"
                f"（笔录 {sess.record_chars} 字，第 {sess.record_revision} 版）"
            )
        if case.outcome:
            print(f"结果：{case.outcome}（{case.closed_on}）{case.outcome_note}")
        for i, fact in enumerate(case.undisputed_facts, start=1):
            print(f"无争议事实 {i}：{fact}")
        for due, kind, status in case.follow_ups:
            print(f"回访：{due} {kind}（{status}）")
        if confirmation.state != "none" or confirmation.applications:
            for line in confirmation.lines():
                print(line)

    emit(args, case, human)


def cmd_case_intake(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.intake import intake_dispute, intake_from_json

    intake = intake_from_json(read_json_file(args.from_file))
    result = intake_dispute(workspace(args), intake)

    def human() -> None:
        print(f"已登记：{result.number}")
        print(f"案件 ID：{result.id}")
        for link in result.linked:
            print(f"  当事人{link.index + 1}「{link.name}」：{link.reason}")
        for sug in result.suggestions:
            print(f"  提示：当事人{sug.index + 1}「{sug.name}」{sug.reason}（party_id: {sug.party_id}）")
        for warning in result.warnings:
            print(f"  注意：{warning}")

    payload = {
        "id": result.id,
        "number": result.number,
        "linked": jsonable(list(result.linked)),
        "suggestions": jsonable(list(result.suggestions)),
        "warnings": list(result.warnings),
    }
    emit(args, payload, human)


def cmd_case_assign(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.calendar import marked
    from fuyuan_desktop.services.workflow import assign_mediators

    ws = workspace(args)
    change = assign_mediators(ws, args.ref, args.mediator, accepted_on=args.accepted_on)
    emit(args, change, lambda: print(f"{change.number}：{change.status}，调解期限 {marked(ws, change.due_on) or '未起算'}"))


def cmd_case_close(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.workflow import close_case

    change = close_case(workspace(args), args.ref, args.outcome, note=args.note, closed_on=args.on)
    emit(args, change, lambda: print(f"{change.number}：{change.status}"))


def cmd_case_status(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.workflow import set_status

    change = set_status(workspace(args), args.ref, args.status, note=args.note)
    emit(args, change, lambda: print(f"{change.number}：{change.status}"))


def cmd_case_suspend(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.workflow import suspend_mediation

    result = suspend_mediation(workspace(args), args.ref, args.reason, on=args.on)
    emit(args, result, lambda: print(
        f"{result.number}：调解已于 {result.suspended_on} 中止（{result.reason}），中止期间调解期限不计算；"
        f"恢复后期限顺延（fuyuan case resume {args.ref}）"))


def cmd_case_resume(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.calendar import marked
    from fuyuan_desktop.services.workflow import resume_mediation

    ws = workspace(args)
    result = resume_mediation(ws, args.ref, on=args.on)
    emit(args, result, lambda: print(
        f"{result.number}：调解已恢复，中止 {result.days} 日（累计 {result.paused_days} 日），"
        f"调解期限顺延至 {marked(ws, result.due_on) or '未起算'}"))


def cmd_case_extend(args: argparse.Namespace) -> None:
    from fuyuan_desktop.domain.errors import ValidationError
    from fuyuan_desktop.services.calendar import marked
    from fuyuan_desktop.services.cases import get_case
    from fuyuan_desktop.services.workflow import CONSENT_ROLES, extend_mediation

    ws = workspace(args)
    parties = [p for p in get_case(ws, args.ref).parties if p.role_code in CONSENT_ROLES]
    if args.all_consent:
        consenting = [p.id for p in parties]
    else:
        consenting = []
        for given in args.consent or []:
            found = [p.id for p in parties if given.strip() in (p.id, p.name)]
            if not found:
                raise ValidationError("同意延长的当事人", f"本案当事人中没有「{given}」", field="consent",
                                      code="unknown_party")
            consenting.extend(found)
    change = extend_mediation(ws, args.ref, args.days, consenting_party_ids=consenting)
    emit(args, change, lambda: print(
        f"{change.number}：经各方当事人同意，调解期限延长 {args.days} 日，延长至 {marked(ws, change.due_on) or '未起算'}"))


def cmd_case_docket(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.handoff import docket_case

    result = docket_case(workspace(args), args.ref, args.fact or [], none_agreed=args.no_facts)

    def human() -> None:
        print(f"{result.number}：{result.status}，记载无争议事实 {len(result.facts)} 项")
        for i, fact in enumerate(result.facts, start=1):
            print(f"  {i}. {fact}")
        print(f"打印无争议事实记载表供各方签名：fuyuan print handoff {args.ref} --out 文件.pdf")

    emit(args, result, human)


def cmd_case_official(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.workflow import correct_official_number, set_official_number

    if args.correct is not None:
        change = correct_official_number(workspace(args), args.ref, args.number, reason=args.correct)
        emit(args, change, lambda: print(f"已更正正式案号：{change.number}（原因记入审计日志）"))
        return
    change = set_official_number(workspace(args), args.ref, args.number)
    emit(args, change, lambda: print(f"已登记正式案号：{change.number}"))


def cmd_case_attach(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.attachments import attach_file

    view = attach_file(workspace(args), args.ref, Path(args.file), note=args.note)
    emit(args, view, lambda: print(f"已添加附件：{view.filename}（{view.size:,} 字节，SHA-256 {view.sha256[:12]}…）"))


def cmd_case_history(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.audit import case_history, entity_label

    rows = case_history(workspace(args), args.ref)
    emit(
        args,
        rows,
        lambda: table(
            [[str(r.seq), court_clock(r.at, seconds=True), r.actor, r.action, entity_label(r.entity)] for r in rows],
            ["序号", f"时间（{ZONE_NAME}）", "操作人", "操作", "对象"],
        ),
    )


def cmd_case_performance(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.followups import case_performance

    perf = case_performance(workspace(args), args.ref)

    def human() -> None:
        table([[str(i.position), i.obligor, "" if i.amount_fen is None else f"{i.amount_fen / 100:,.2f}",
                i.deadline.isoformat(), i.status, "" if i.paid_fen is None else f"{i.paid_fen / 100:,.2f}",
                i.visit_due.isoformat(), i.visit_status, i.follow_up_id] for i in perf.items],
              ["条", "义务人", "金额(元)", "履行期限", "履行情况", "已履行(元)", "回访日期", "回访", "回访ID"])
        rate = "" if perf.rate is None else f"{100 * perf.rate:.2f}%"
        print(f"自动履行率 {rate or '—'}（全部履行 {perf.full} 条 ÷ 已到期或已回访 {perf.due} 条）")

    emit(args, {"items": perf.items, "due": perf.due, "full": perf.full, "rate": perf.rate}, human)


def cmd_case_visit_done(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.followups import complete_follow_up

    complete_follow_up(workspace(args), args.follow_up, result=args.result, done_on=args.on,
                       performance=args.performance, paid=args.paid)
    emit(args, {"id": args.follow_up, "done": True}, lambda: print("已完成回访"))


def register(sub: Subparsers) -> None:
    """Add ``case`` to the ``fuyuan`` command."""
    case = add_group(sub, "case", "案件：登记、列表、查询、结案", metavar="子命令")
    p = add_command(case, "categories", cmd_categories, "列出案由目录（民事、行政案由和人民调解纠纷类型）")
    p.add_argument("--catalogue", help="只列一个目录：civil（民事）、admin（行政）、people（人民调解）")
    p.add_argument("--level", type=int, help="只列这一级（1–4）")
    p.add_argument("--search", help="查找：汉字、拼音首字母（如 mmht）、编号或代码")
    p.add_argument("--limit", type=int, help="最多列出几条")
    p = add_command(case, "cause-stats", cmd_cause_stats, "按案由统计件数（一级至四级）")
    p.add_argument("--level", type=int, default=3, help="按第几级案由汇总（1–4，默认 3）")
    p.add_argument("--from", dest="date_from", type=parse_date, help="登记日期起（YYYY-MM-DD）")
    p.add_argument("--to", dest="date_to", type=parse_date, help="登记日期止（YYYY-MM-DD）")
    p = add_command(case, "review-causes", cmd_review_causes, "列出迁移时暂用默认案由、需人工确认的案件")
    p = add_command(case, "set-cause", cmd_set_cause, "确定一件案件的案由（清除待复核标记）")
    p.add_argument("ref", help="案件编号、正式案号或 ID")
    p.add_argument("--cause", required=True, help="案由：名称、代码或拼音首字母可先用 case categories --search 查")
    p.add_argument("--mediation-type", help="人民调解纠纷类型（人民调解案件；默认按案由建议）")
    p = add_command(case, "list", cmd_case_list, "列出案件（可筛选）")
    p.add_argument("--status", help=f"状态：{'、'.join(DisputeStatus.labels())}")
    p.add_argument("--category", help="纠纷类型（见 case categories）")
    p.add_argument("--cause", help="案由（名称、代码或拼音首字母）：列出该案由及其下级案由的案件")
    p.add_argument("--tribunal", help="法庭简称")
    p.add_argument("--place", help="地点（村屯、园区名称的一部分）")
    p.add_argument("--mediator", help="调解员姓名")
    p.add_argument("--from", dest="date_from", type=parse_date, help="登记日期起（YYYY-MM-DD）")
    p.add_argument("--to", dest="date_to", type=parse_date, help="登记日期止（YYYY-MM-DD）")
    p.add_argument("--overdue", action="store_true", help="只列调解期限已过的案件")
    p.add_argument("--limit", type=parse_count, default=50)
    p.add_argument("--offset", type=parse_count, default=0)
    p.add_argument("--sort", default="registered_on", help="排序：registered_on、number、status、category、due_on")
    p.add_argument("--ascending", action="store_true", help="升序（默认降序）")
    p = add_command(case, "search", cmd_case_search, "按姓名、身份证号（或末几位）、电话、案号、地点或拼音首字母查找")
    p.add_argument("query")
    p.add_argument("--limit", type=parse_count, default=50)
    p = add_command(case, "show", cmd_case_show, "显示一件案件")
    p.add_argument("ref", help="案件编号、正式案号或 ID")
    p.add_argument("--unmask", action="store_true", help="显示完整身份证号和电话（记入审计）")
    p = add_command(case, "intake", cmd_case_intake, "从 JSON 文件登记一件纠纷")
    p.add_argument("--from", dest="from_file", required=True, metavar="FILE.json")
    p = add_command(case, "assign", cmd_case_assign, "指派调解员")
    p.add_argument("ref")
    p.add_argument("--mediator", action="append", required=True, help="调解员姓名（可多次）")
    p.add_argument("--accepted-on", type=parse_date, help="调解员接受委派日期，30 日调解期自次日起算")
    p = add_command(case, "close", cmd_case_close, "以调解结果结束调解")
    p.add_argument("ref")
    p.add_argument("--outcome", required=True, help=f"结果：{'、'.join(Outcome.labels())}")
    p.add_argument("--note", default="")
    p.add_argument("--on", type=parse_date, help="结束日期（默认今天）")
    p = add_command(case, "status", cmd_case_status, "变更案件状态（按流程检查）")
    p.add_argument("ref")
    p.add_argument("status")
    p.add_argument("--note", default="")
    p = add_command(case, "suspend", cmd_case_suspend, "中止调解：写明原因，中止期间调解期限不计算（推定规则，见 deadlines.json）")
    p.add_argument("ref")
    p.add_argument("--reason", required=True, help="中止原因，如 一方当事人患病、等待鉴定结果、一方当事人暂时无法联系")
    p.add_argument("--on", type=parse_date, help="中止日期（默认今天）")
    p = add_command(case, "resume", cmd_case_resume, "恢复已中止的调解：调解期限按中止天数顺延")
    p.add_argument("ref")
    p.add_argument("--on", type=parse_date, help="恢复日期（默认今天）")
    p = add_command(case, "extend", cmd_case_extend, "经全部当事人同意，延长调解期限（代理人不计）")
    p.add_argument("ref")
    p.add_argument("days", type=parse_count, help="延长天数（1 到 365）")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--consent", action="append", metavar="当事人", help="已记录同意的当事人姓名或 ID（可多次）")
    who.add_argument("--all-consent", action="store_true", help="全部当事人均已同意")
    p = add_command(case, "docket", cmd_case_docket, "调解终结的案件转立案，记载各方当事人无争议的事实")
    p.add_argument("ref")
    p.add_argument("--fact", action="append", help="一项无争议事实（可多次，按顺序编号）")
    p.add_argument("--no-facts", action="store_true", help="各方当事人对事实均有争议，没有无争议事实")
    p = add_command(case, "official", cmd_case_official, "登记法院分配的正式案号（保留与临时编号的关联）")
    p.add_argument("ref")
    p.add_argument("number", help="如 （2026）吉0702民诉前调15号；须为本案法院的代字和本类案件的类型代字")
    p.add_argument("--correct", metavar="原因", default=None,
                   help="更正已登记的正式案号（仅管理员；原因与原案号记入审计日志并同步）")
    p = add_command(case, "attach", cmd_case_attach, "添加附件（照片、扫描件），按 SHA-256 存储")
    p.add_argument("ref")
    p.add_argument("file")
    p.add_argument("--note", default="")
    p = add_command(case, "history", cmd_case_history, "本案的审计记录")
    p.add_argument("ref")
    p = add_command(case, "performance", cmd_case_performance, "协议履行：每个有期限的条款一项，履行情况、回访和自动履行率")
    p.add_argument("ref")
    p = add_command(case, "visit-done", cmd_case_visit_done, "完成回访并登记结果（履行回访须写明履行情况）")
    p.add_argument("follow_up", help="回访ID（见 case performance）")
    p.add_argument("--result", required=True, help="回访结果")
    p.add_argument("--performance", default="", help="履行情况：全部履行、部分履行或未履行")
    p.add_argument("--paid", help="已履行金额（元）")
    p.add_argument("--on", type=parse_date, help="回访日期（默认今天）")
    parties.register(case)
    case_edits.register(case)
    confirmation.register(case)
    service.register(case)
