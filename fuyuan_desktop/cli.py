"""The ``fuyuan`` command: set up a store, load demo data, take in, list, search and close cases, verify."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from fuyuan_desktop import __version__
from fuyuan_desktop.domain.enums import DisputeCategory, DisputeStatus, Outcome
from fuyuan_desktop.domain.errors import FuyuanError, InputErrors, ValidationError
from fuyuan_desktop.store.paths import resolve_data_paths

Handler = Callable[[argparse.Namespace], Any]


def _actor() -> str:
    try:
        return os.environ.get("FUYUAN_USER") or getpass.getuser()
    except Exception:  # getuser fails without a login name (containers, services)
        return "unknown"


def _context(args: argparse.Namespace) -> Any:
    from fuyuan_desktop.cli_trust import open_context

    return open_context(args, _actor)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"「{text}」不是有效日期，应为 YYYY-MM-DD") from None


def _jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return _jsonable(asdict(value))
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return value


def _emit(args: argparse.Namespace, data: Any, human: Callable[[], None]) -> None:
    if args.json:
        json.dump(_jsonable(data), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        human()


def _table(rows: Sequence[Sequence[str]], headers: Sequence[str]) -> None:
    import unicodedata

    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

    widths = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    for line in [headers, *rows]:
        print("  ".join(cell + " " * (widths[i] - width(cell)) for i, cell in enumerate(line)).rstrip())


# --- commands -------------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.setup import database_path, ensure_device, initialize

    if args.admin:
        from fuyuan_desktop.cli_trust import init_protected

        return init_protected(args, _emit)
    from fuyuan_desktop.services.accounts import is_protected

    paths = resolve_data_paths(args.data_dir)
    if is_protected(paths):
        ctx = _context(args)
    else:
        ctx = initialize(paths, tribunal=args.tribunal, actor=_actor())
        print("注意：本机数据未加密，也未启用账户。运行 `fuyuan init --admin 姓名` 可启用加密和账户。", file=sys.stderr)
    device = ensure_device(ctx)
    data = {"database": str(database_path(ctx)), "device": device.id, "device_tag": device.tag}
    _emit(args, data, lambda: print(f"已初始化：{data['database']}\n本机设备：{device.name}（{device.tag}）"))


def cmd_demo(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.demo import generate_demo

    ctx = _context(args)
    total = args.disputes

    def progress(done: int) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r生成演示数据：{done}/{total}", end="", file=sys.stderr, flush=True)

    summary = generate_demo(ctx, disputes=total, seed=args.seed, progress=progress)
    if not args.json and sys.stderr.isatty():
        print(file=sys.stderr)
    _emit(
        args,
        summary,
        lambda: print(
            f"已生成演示数据：{summary.disputes} 件纠纷，{summary.parties} 名当事人，{summary.sessions} 次调解，"
            f"{summary.places} 个村屯/园区。"
        ),
    )


def cmd_court_list(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.reference import courts_and_tribunals

    rows = courts_and_tribunals(_context(args))
    _emit(
        args,
        rows,
        lambda: _table(
            [[r["court_code"], r["court"], r["tribunal"], r["short_name"]] for r in rows],
            ["法院代字", "法院", "法庭", "简称"],
        ),
    )


def cmd_categories(args: argparse.Namespace) -> None:
    rows = [{"code": c.value, "name": c.label, "administrative": c.is_administrative} for c in DisputeCategory]
    _emit(args, rows, lambda: print("\n".join(c.label for c in DisputeCategory)))


def _print_cases(rows: list[Any]) -> None:
    if not rows:
        print("（没有找到案件）")
        return
    _table(
        [[r.number, r.registered_on.isoformat(), r.category, r.status, r.tribunal, r.place, r.parties] for r in rows],
        ["案件编号", "登记日期", "纠纷类型", "状态", "法庭", "地点", "当事人"],
    )


def cmd_case_list(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.cases import CaseFilter, list_cases

    flt = CaseFilter(
        status=args.status,
        category=args.category,
        tribunal=args.tribunal,
        place=args.place,
        mediator=args.mediator,
        registered_from=args.date_from,
        registered_to=args.date_to,
        overdue=args.overdue,
    )
    rows = list_cases(
        _context(args), flt, limit=args.limit, offset=args.offset, sort=args.sort, descending=not args.ascending
    )
    _emit(args, rows, lambda: _print_cases(rows))


def cmd_case_search(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.cases import search_cases

    rows = search_cases(_context(args), args.query, limit=args.limit)
    _emit(args, rows, lambda: _print_cases(rows))


def cmd_case_show(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.cases import get_case

    case = get_case(_context(args), args.ref, unmasked=args.unmask)

    from fuyuan_desktop.services.context import COURT_TZ

    def human() -> None:
        s = case.summary
        print(f"{s.number}　{s.category}　{s.status}")
        if s.official_number:
            print(f"临时编号：{s.provisional_number}")
        print(f"法庭：{s.tribunal}　地点：{s.place}　来源：{case.source}　调解方式：{case.mediation_kind}")
        print(f"登记：{s.registered_on}　调解期限：{s.due_on or '未起算'}")
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
                f"调解：{sess.scheduled_at.astimezone(COURT_TZ):%Y-%m-%d %H:%M} {sess.place}（笔录 {sess.record_chars} 字，第 {sess.record_revision} 版）"
            )
        if case.outcome:
            print(f"结果：{case.outcome}（{case.closed_on}）{case.outcome_note}")
        for due, kind, status in case.follow_ups:
            print(f"回访：{due} {kind}（{status}）")

    _emit(args, case, human)


def cmd_case_intake(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.intake import intake_dispute, intake_from_json

    path = Path(args.from_file)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ValidationError("--from", f"文件不存在：{path}") from None
    except UnicodeDecodeError:
        raise ValidationError("--from", f"{path} 不是 UTF-8 编码的文本文件") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "--from", f"{path} 不是有效的 JSON：第 {exc.lineno} 行第 {exc.colno} 列，{exc.msg}"
        ) from None
    intake = intake_from_json(data)
    result = intake_dispute(_context(args), intake)

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
        "linked": _jsonable(list(result.linked)),
        "suggestions": _jsonable(list(result.suggestions)),
        "warnings": list(result.warnings),
    }
    _emit(args, payload, human)


def cmd_case_assign(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.workflow import assign_mediators

    change = assign_mediators(_context(args), args.ref, args.mediator, accepted_on=args.accepted_on)
    _emit(args, change, lambda: print(f"{change.number}：{change.status}，调解期限 {change.due_on or '未起算'}"))


def cmd_case_close(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.workflow import close_case

    change = close_case(_context(args), args.ref, args.outcome, note=args.note, closed_on=args.on)
    _emit(args, change, lambda: print(f"{change.number}：{change.status}"))


def cmd_case_status(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.workflow import set_status

    change = set_status(_context(args), args.ref, args.status, note=args.note)
    _emit(args, change, lambda: print(f"{change.number}：{change.status}"))


def cmd_case_official(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.workflow import set_official_number

    change = set_official_number(_context(args), args.ref, args.number)
    _emit(args, change, lambda: print(f"已登记正式案号：{change.number}"))


def cmd_case_attach(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.attachments import attach_file
    from fuyuan_desktop.store.blobs import BlobStore

    ctx = _context(args)
    blobs = BlobStore(resolve_data_paths(args.data_dir).blobs, key=ctx.db.data_key)
    view = attach_file(ctx, blobs, args.ref, Path(args.file), note=args.note)
    _emit(args, view, lambda: print(f"已添加附件：{view.filename}（{view.size:,} 字节，SHA-256 {view.sha256[:12]}…）"))


def cmd_agreement_draft(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.agreements import AgreementInput, ClauseInput, draft_agreement

    data = _read_json_file(args.from_file)
    if not isinstance(data, dict) or not isinstance(data.get("clauses"), list):
        raise ValidationError("--from", "应为一个对象，含 kind、facts 和 clauses 数组")
    clauses = []
    for i, raw in enumerate(data["clauses"]):
        if not isinstance(raw, dict):
            raise ValidationError(f"clauses[{i}]", "应为一个对象")
        deadline = raw.get("deadline")
        try:
            parsed = date.fromisoformat(deadline) if deadline else None
        except (TypeError, ValueError):
            raise ValidationError(f"clauses[{i}].deadline", f"「{deadline}」不是有效日期，应为 YYYY-MM-DD") from None
        clauses.append(
            ClauseInput(
                obligor=str(raw.get("obligor", "")),
                text=str(raw.get("text", "")),
                performance_method=str(raw.get("performance_method", "")),
                deadline=parsed,
                amount=None if raw.get("amount") is None else str(raw["amount"]),
            )
        )
    view = draft_agreement(
        _context(args),
        args.ref,
        AgreementInput(
            kind=str(data.get("kind", "诉前调解协议书（特邀/委派）")),
            facts=str(data.get("facts", "")),
            clauses=clauses,
            responsibilities=str(data.get("responsibilities", "")),
            breach_terms=str(data.get("breach_terms", "")),
            confirmation_clause=bool(data.get("confirmation_clause", True)),
        ),
    )
    _emit(
        args,
        view,
        lambda: print(
            f"已起草第 {view.version} 版调解协议（{view.kind}），协议 ID：{view.id}"
            + "".join(f"\n  注意：{w}" for w in view.warnings)
        ),
    )


def cmd_agreement_finalize(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.agreements import finalize_agreement

    view = finalize_agreement(_context(args), args.agreement_id)
    _emit(
        args,
        view,
        lambda: print(f"第 {view.version} 版调解协议已定稿，此后不能修改（内容哈希 {view.content_sha256[:12]}…）"),
    )


def cmd_agreement_correct(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.agreements import correct_agreement

    view = correct_agreement(_context(args), args.agreement_id)
    _emit(args, view, lambda: print(f"已创建更正版本：第 {view.version} 版草稿，协议 ID：{view.id}"))


def cmd_agreement_list(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.agreements import agreements_of

    rows = agreements_of(_context(args), args.ref)
    _emit(
        args,
        rows,
        lambda: _table(
            [[str(r.version), r.kind, r.status, str(len(r.clauses)), r.id] for r in rows],
            ["版本", "类型", "状态", "条款数", "协议 ID"],
        ),
    )


def cmd_print(args: argparse.Namespace) -> None:
    from fuyuan_desktop.documents.registry import KINDS

    if args.list or not args.kind:
        rows = [{"kind": k.code, "name": k.label, "needs": k.needs} for k in KINDS.values()]
        _emit(args, rows, lambda: _table([[r["kind"], r["name"], r["needs"]] for r in rows], ["类型", "文书", "需要"]))
        return
    if not args.case or not args.out:
        raise ValidationError("print", "用法：fuyuan print 类型 案件编号 --out 文件.pdf [--version N]")
    from fuyuan_desktop.services.documents import PRINTERS
    from fuyuan_desktop.store.blobs import BlobStore

    printer = PRINTERS.get(args.kind)
    if printer is None:
        raise ValidationError("文书类型", f"「{args.kind}」无效；可选：{'、'.join(PRINTERS)}（fuyuan print --list）")
    ctx = _context(args)
    doc = printer(
        ctx, BlobStore(resolve_data_paths(args.data_dir).blobs, key=ctx.db.data_key), args.case, version=args.version, out=Path(args.out)
    )

    def human() -> None:
        state = f"验证码 {doc.verification_code}" if doc.final else "草稿（未定稿，带水印，不具效力）"
        print(f"已生成：{doc.path}（{doc.pages} 页，第 {doc.version} 版，{state}）")
        for warning in doc.warnings:
            print(f"  注意：{warning}")

    _emit(args, doc, human)


def _print_recommendations(rows: list[Any]) -> None:
    if not rows:
        print("（本案没有司法建议书）")
        return
    _table(
        [[r.number, r.recipient, r.status, str(r.sent_on or ""), str(r.reply_due or ""), r.id] for r in rows],
        ["编号", "被建议单位", "状态", "送达", "反馈期限", "ID"],
    )


def cmd_recommendation_draft(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.recommendations import draft_recommendation

    view = draft_recommendation(
        _context(args),
        args.ref,
        args.recipient,
        args.problems,
        args.suggestions,
        background=args.background,
        copy_to=args.copy_to,
        reply_months=args.reply_months,
        title=args.title,
        contact=args.contact,
        attachments_note=args.attachments,
    )
    _emit(
        args,
        view,
        lambda: print(
            f"已起草司法建议书 {view.number}（{view.court}关于{view.subject}的司法建议书），ID：{view.id}\n"
            "  须经审判委员会讨论、院长签发后送达；打印：fuyuan print recommendation 案件编号 --out 文件.pdf"
            + "".join(f"\n  注意：{w}" for w in view.warnings)
        ),
    )


def cmd_recommendation_list(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.recommendations import recommendations_of

    rows = recommendations_of(_context(args), args.ref)
    _emit(args, rows, lambda: _print_recommendations(rows))


def cmd_recommendation_sent(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.recommendations import mark_sent

    ctx = _context(args)
    view = mark_sent(ctx, args.recommendation, args.on or ctx.today())
    _emit(args, view, lambda: print(f"{view.number} 已于 {view.sent_on} 送达，应于 {view.reply_due} 前书面反馈"))


def cmd_verify_document(args: argparse.Namespace) -> int:
    from fuyuan_desktop.services.documents import verify_code, verify_pdf

    ctx = _context(args)
    if args.code:
        report = verify_code(ctx, args.code)
    elif args.file:
        path = Path(args.file)
        if not path.is_file():
            raise ValidationError("文件", f"不存在：{path}")
        report = verify_pdf(ctx, path)
    else:
        raise ValidationError("verify-document", "请给出 PDF 文件，或用 --code 输入纸面上的验证码")
    _emit(args, report, lambda: print(("✔ " if report.ok else "✘ ") + report.message))
    return 0 if report.ok else 1


def _read_json_file(name: str) -> Any:
    path = Path(name)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ValidationError("--from", f"文件不存在：{path}") from None
    except UnicodeDecodeError:
        raise ValidationError("--from", f"{path} 不是 UTF-8 编码的文本文件") from None
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "--from", f"{path} 不是有效的 JSON：第 {exc.lineno} 行第 {exc.colno} 列，{exc.msg}"
        ) from None


def cmd_case_history(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.audit import case_history

    rows = case_history(_context(args), args.ref)
    _emit(
        args,
        rows,
        lambda: _table(
            [[str(r.seq), r.at[:19], r.actor, r.action, r.entity] for r in rows],
            ["序号", "时间(UTC)", "操作人", "操作", "对象"],
        ),
    )


def cmd_mediator_add(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.workflow import add_mediator

    mediator_id = add_mediator(
        _context(args),
        args.name,
        args.role,
        organization=args.organization,
        phone=args.phone,
        roster_number=args.roster_number,
    )
    _emit(args, {"id": mediator_id}, lambda: print(f"已加入调解员名册：{args.name}"))


def cmd_mediator_list(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.workflow import list_mediators

    rows = list_mediators(_context(args))
    _emit(args, rows, lambda: _table([[r.name, r.role, r.organization] for r in rows], ["姓名", "角色", "单位"]))


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from fuyuan_desktop.services.audit import verify_audit

    report = verify_audit(_context(args))

    def human() -> None:
        if report.ok:
            print(f"审计链完整：共 {report.events} 条事件，逐条校验通过。")
        else:
            print(f"审计链发现 {len(report.problems)} 处问题（共 {report.events} 条事件）：")
            for problem in report.problems:
                print(f"  {problem.message}")

    _emit(
        args,
        {
            "ok": report.ok,
            "events": report.events,
            "problems": [{"seq": p.seq, "message": p.message} for p in report.problems],
        },
        human,
    )
    return 0 if report.ok else 1


def cmd_bench(args: argparse.Namespace) -> int:
    from fuyuan_desktop.bench import run_bench

    return run_bench(args.area, size=args.size, json_path=args.json_file, quick=args.quick)


def cmd_version(args: argparse.Namespace) -> None:
    _emit(args, {"version": __version__}, lambda: print(f"Fuyuan Desktop {__version__}"))


# --- parser -----------------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse's own usage errors: exit 2 in the user's words
        self.print_usage(sys.stderr)
        print(f"错误：{_translate_argparse(message)}", file=sys.stderr)
        raise SystemExit(2)


def _translate_argparse(message: str) -> str:
    replacements = {
        "the following arguments are required": "缺少必需的参数",
        "invalid choice": "无效的选项",
        "unrecognized arguments": "无法识别的参数",
        "expected one argument": "需要一个参数值",
        "argument": "参数",
        "invalid int value": "不是整数",
    }
    for en, zh in replacements.items():
        message = message.replace(en, zh)
    return message


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", default=argparse.SUPPRESS, help="数据目录（默认按系统惯例；也可用 FUYUAN_DATA_DIR）"
    )
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="以 JSON 输出，供程序读取")
    common.add_argument("--user", default=argparse.SUPPRESS, help="以此账户操作（也可用 FUYUAN_USER；密码取自 FUYUAN_PASSWORD 或提示输入）")
    parser = _Parser(prog="fuyuan", description="府院联动·诉前调解工作台 命令行", parents=[common])
    sub = parser.add_subparsers(dest="command", required=True, metavar="命令", parser_class=_Parser)

    def add(
        name: str,
        handler: Handler,
        helptext: str,
        parent: Any = sub,
        parents: list[argparse.ArgumentParser] | None = None,
    ) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = parent.add_parser(
            name, help=helptext, description=helptext, parents=[common] if parents is None else parents
        )
        p.set_defaults(handler=handler)
        return p

    p = add("init", cmd_init, "创建或升级数据库，登记本机设备")
    p.add_argument("--tribunal", help="本机所属法庭（简称或全称），默认开发区法庭")
    p.add_argument("--admin", metavar="NAME", help="创建第一个管理员账户并加密数据库（已有数据就地加密），显示一次恢复密钥")
    p.add_argument("--allow-unencrypted", action="store_true", help="缺少 sqlcipher3 时由管理员明确允许不加密（记入审计链）")
    p = add("demo", cmd_demo, "生成松原地区演示数据")
    p.add_argument("--disputes", type=int, default=500, help="纠纷件数（默认 500）")
    p.add_argument("--seed", type=int, default=2025, help="随机种子，同一种子生成相同数据")
    add("version", cmd_version, "显示版本")

    court = sub.add_parser("court", help="法院与法庭").add_subparsers(dest="sub", required=True, parser_class=_Parser)
    add("list", cmd_court_list, "列出法院和法庭", court)

    case = sub.add_parser("case", help="案件：登记、列表、查询、结案").add_subparsers(
        dest="sub", required=True, metavar="子命令", parser_class=_Parser
    )
    add("categories", cmd_categories, "列出纠纷类型", case)
    p = add("list", cmd_case_list, "列出案件（可筛选）", case)
    p.add_argument("--status", help=f"状态：{'、'.join(DisputeStatus.labels())}")
    p.add_argument("--category", help="纠纷类型（见 case categories）")
    p.add_argument("--tribunal", help="法庭简称")
    p.add_argument("--place", help="地点（村屯、园区名称的一部分）")
    p.add_argument("--mediator", help="调解员姓名")
    p.add_argument("--from", dest="date_from", type=_date, help="登记日期起（YYYY-MM-DD）")
    p.add_argument("--to", dest="date_to", type=_date, help="登记日期止（YYYY-MM-DD）")
    p.add_argument("--overdue", action="store_true", help="只列调解期限已过的案件")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--sort", default="registered_on", help="排序：registered_on、number、status、category、due_on")
    p.add_argument("--ascending", action="store_true", help="升序（默认降序）")
    p = add("search", cmd_case_search, "按姓名、身份证号（或末几位）、电话、案号、地点或拼音首字母查找", case)
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=50)
    p = add("show", cmd_case_show, "显示一件案件", case)
    p.add_argument("ref", help="案件编号、正式案号或 ID")
    p.add_argument("--unmask", action="store_true", help="显示完整身份证号和电话（记入审计）")
    p = add("intake", cmd_case_intake, "从 JSON 文件登记一件纠纷", case)
    p.add_argument("--from", dest="from_file", required=True, metavar="FILE.json")
    p = add("assign", cmd_case_assign, "指派调解员", case)
    p.add_argument("ref")
    p.add_argument("--mediator", action="append", required=True, help="调解员姓名（可多次）")
    p.add_argument("--accepted-on", type=_date, help="调解员接受委派日期，30 日调解期自次日起算")
    p = add("close", cmd_case_close, "以调解结果结束调解", case)
    p.add_argument("ref")
    p.add_argument("--outcome", required=True, help=f"结果：{'、'.join(Outcome.labels())}")
    p.add_argument("--note", default="")
    p.add_argument("--on", type=_date, help="结束日期（默认今天）")
    p = add("status", cmd_case_status, "变更案件状态（按流程检查）", case)
    p.add_argument("ref")
    p.add_argument("status")
    p.add_argument("--note", default="")
    p = add("official", cmd_case_official, "登记法院分配的正式案号（保留与临时编号的关联）", case)
    p.add_argument("ref")
    p.add_argument("number", help="如 （2026）吉0702民诉前调15号")
    p = add("attach", cmd_case_attach, "添加附件（照片、扫描件），按 SHA-256 存储", case)
    p.add_argument("ref")
    p.add_argument("file")
    p.add_argument("--note", default="")
    p = add("history", cmd_case_history, "本案的审计记录", case)
    p.add_argument("ref")

    agr = sub.add_parser("agreement", help="调解协议：起草、定稿、更正").add_subparsers(
        dest="sub", required=True, metavar="子命令", parser_class=_Parser
    )
    p = add("draft", cmd_agreement_draft, "从 JSON 文件起草调解协议", agr)
    p.add_argument("ref", help="案件编号")
    p.add_argument("--from", dest="from_file", required=True, metavar="FILE.json")
    p = add("finalize", cmd_agreement_finalize, "定稿（此后不可修改）", agr)
    p.add_argument("agreement_id")
    p = add("correct", cmd_agreement_correct, "为已定稿协议创建更正版本", agr)
    p.add_argument("agreement_id")
    p = add("list", cmd_agreement_list, "列出本案各版本协议", agr)
    p.add_argument("ref")

    p = add("print", cmd_print, "打印文书为 PDF（fuyuan print --list 查看类型）")
    p.add_argument("kind", nargs="?")
    p.add_argument("case", nargs="?")
    p.add_argument("--out", metavar="FILE.pdf")
    p.add_argument(
        "--version",
        type=int,
        help="协议、申请书：协议版本；笔录：第几次调解；司法建议书：本案第几份；"
        "通知书、送达回证、送达地址确认书、卷宗封面：重印存档的第 N 版原件（默认按现有资料打印）",
    )
    p.add_argument("--list", action="store_true", help="列出可打印的文书")
    p = add("verify-document", cmd_verify_document, "核验纸面文书或 PDF 是否与存档一致、是否已被取代")
    p.add_argument("file", nargs="?")
    p.add_argument("--code", help="纸面上的验证码，如 NENTQ-AXBNE")

    rec = sub.add_parser("recommendation", help="司法建议书：起草（自动编号）、列表、登记送达").add_subparsers(
        dest="sub", required=True, metavar="子命令", parser_class=_Parser
    )
    p = add("draft", cmd_recommendation_draft, "就本案起草司法建议书，按法院和年度编号（如 宁法建〔2026〕1号）", rec)
    p.add_argument("ref", help="案件编号")
    p.add_argument("--recipient", required=True, help="被建议单位全称")
    p.add_argument("--problems", required=True, help="发现的问题（可多行，每行一段）")
    p.add_argument("--suggestions", required=True, help="建议（可多行，与问题一一对应）")
    p.add_argument("--background", default="", help="背景：相关工作的重要性、被建议单位已采取的举措")
    p.add_argument("--copy-to", default="", help="抄送单位")
    p.add_argument("--reply-months", type=int, default=2, help="书面反馈期限（月，一般不超过两个月）")
    p.add_argument("--title", default="", help="标题中“关于……的”部分，默认按纠纷类型")
    p.add_argument("--contact", default="", help="联系人及电话")
    p.add_argument("--attachments", default="", help="附件说明")
    p = add("list", cmd_recommendation_list, "列出本案的司法建议书", rec)
    p.add_argument("ref")
    p = add("sent", cmd_recommendation_sent, "登记送达日期，计算反馈期限", rec)
    p.add_argument("recommendation", help="司法建议书 ID 或编号")
    p.add_argument("--on", type=_date, help="送达日期（默认今天）")

    med = sub.add_parser("mediator", help="调解员名册").add_subparsers(dest="sub", required=True, parser_class=_Parser)
    p = add("add", cmd_mediator_add, "加入调解员", med)
    p.add_argument("name")
    p.add_argument("--role", default="特邀调解员")
    p.add_argument("--organization", default="")
    p.add_argument("--phone", default="")
    p.add_argument("--roster-number", default="")
    add("list", cmd_mediator_list, "列出调解员", med)

    audit = sub.add_parser("audit", help="审计链").add_subparsers(dest="sub", required=True, parser_class=_Parser)
    add("verify", cmd_audit_verify, "校验审计链是否完整、未被篡改", audit)

    from fuyuan_desktop import cli_linkage, cli_reports
    from fuyuan_desktop.cli_sync import register as register_sync
    from fuyuan_desktop.cli_trust import register as register_trust

    register_sync(sub, add, _Parser)
    cli_reports.register(sub, add, _Parser)
    cli_linkage.register(sub, add, _Parser)
    register_trust(sub, add, _Parser, _emit)

    p = add("bench", cmd_bench, "性能基准（与同次运行的基线对比）", parents=[])
    p.add_argument("area", choices=["store", "documents", "gui", "sync", "linkage", "trust", "frozen", "all"],
                   help="基准领域（frozen 需先打包）")
    p.add_argument("--size", type=int, default=100_000)
    p.add_argument("--json", dest="json_file", metavar="FILE", help="把结果写入 JSON 文件")
    p.add_argument("--quick", action="store_true", help="少量重复，用于冒烟测试")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.data_dir = getattr(args, "data_dir", None)
    args.json = getattr(args, "json", False) is True
    args.user = getattr(args, "user", None)
    try:
        result = args.handler(args)
    except InputErrors as exc:
        print("输入有误，未作任何保存：", file=sys.stderr)
        for error in exc.errors:
            print(f"  {error}", file=sys.stderr)
        return exc.exit_code
    except FuyuanError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return 130
    except IsADirectoryError as exc:
        print(f"错误：{exc.filename} 是文件夹，不是文件。", file=sys.stderr)
        return 2
    except PermissionError as exc:
        print(
            f"错误：没有权限访问 {exc.filename or '数据文件'}。请检查文件权限或换一个数据目录（--data-dir）。",
            file=sys.stderr,
        )
        return 1
    except OSError as exc:
        print(f"错误：读写文件失败（{exc.strerror or exc}）：{exc.filename or ''}", file=sys.stderr)
        return 1
    except Exception as exc:  # last resort: never a bare traceback for a clerk
        from sqlalchemy.exc import OperationalError

        if isinstance(exc, OperationalError) and "locked" in str(exc):
            print("错误：数据库正被另一个程序占用（例如已打开的工作台）。请稍后再试。", file=sys.stderr)
            return 1
        import traceback

        print(f"内部错误：{type(exc).__name__}: {exc}", file=sys.stderr)
        if os.environ.get("FUYUAN_DEBUG"):
            traceback.print_exc()
        else:
            print("（设置环境变量 FUYUAN_DEBUG=1 可查看详细信息。）", file=sys.stderr)
        return 1
    return int(result) if isinstance(result, int) else 0


if __name__ == "__main__":
    raise SystemExit(main())
