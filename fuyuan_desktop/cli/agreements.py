"""``fuyuan agreement …``: draft a mediation agreement from JSON, finalise it, correct it, list its versions."""

from __future__ import annotations

import argparse
from datetime import date

from fuyuan_desktop.cli.common import (
    Subparsers,
    add_command,
    add_group,
    emit,
    parse_date,
    read_json_file,
    table,
    workspace,
)
from fuyuan_desktop.domain.errors import ValidationError


def cmd_agreement_draft(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.agreements import AgreementInput, ClauseInput, draft_agreement

    data = read_json_file(args.from_file)
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
                kind=str(raw.get("type", "")),
            )
        )
    view = draft_agreement(
        workspace(args),
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
    emit(
        args,
        view,
        lambda: print(
            f"已起草第 {view.version} 版调解协议（{view.kind}），协议 ID：{view.id}"
            + "".join(f"\n  注意：{w}" for w in view.warnings)
        ),
    )


def cmd_agreement_finalize(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.agreements import finalize_agreement

    view = finalize_agreement(workspace(args), args.agreement_id, signed_on=args.signed_on)
    emit(
        args,
        view,
        lambda: print(f"第 {view.version} 版调解协议已定稿，此后不能修改（内容哈希 {view.content_sha256[:12]}…）"),
    )


def cmd_agreement_correct(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.agreements import correct_agreement

    view = correct_agreement(workspace(args), args.agreement_id)
    emit(args, view, lambda: print(f"已创建更正版本：第 {view.version} 版草稿，协议 ID：{view.id}"))


def cmd_agreement_list(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.agreements import agreements_of

    rows = agreements_of(workspace(args), args.ref)
    emit(
        args,
        rows,
        lambda: table(
            [[str(r.version), r.kind, r.status, str(len(r.clauses)), r.id] for r in rows],
            ["版本", "类型", "状态", "条款数", "协议 ID"],
        ),
    )


def register(sub: Subparsers) -> None:
    """Add ``agreement`` to the ``fuyuan`` command."""
    agr = add_group(sub, "agreement", "调解协议：起草、定稿、更正", metavar="子命令")
    p = add_command(agr, "draft", cmd_agreement_draft, "从 JSON 文件起草调解协议")
    p.add_argument("ref", help="案件编号")
    p.add_argument("--from", dest="from_file", required=True, metavar="FILE.json")
    p = add_command(agr, "finalize", cmd_agreement_finalize, "定稿（此后不可修改）；检查当事人签署资格")
    p.add_argument("agreement_id")
    p.add_argument("--signed-on", type=parse_date, help="当事人签署日期，即协议生效日（默认今天）")
    p = add_command(agr, "correct", cmd_agreement_correct, "为已定稿协议创建更正版本")
    p.add_argument("agreement_id")
    p = add_command(agr, "list", cmd_agreement_list, "列出本案各版本协议")
    p.add_argument("ref")
