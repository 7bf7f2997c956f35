"""``fuyuan recommendation …``: draft a 司法建议书, edit the draft, sign it (numbered then), serve it, print it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fuyuan_desktop.cli.common import Subparsers, add_command, add_group, emit, parse_date, table, workspace


def _print_recommendations(ws: Any, rows: list[Any]) -> None:
    from fuyuan_desktop.services.calendar import marked

    if not rows:
        print("（本案没有司法建议书）")
        return
    table(
        [[r.shown_number, r.recipient, r.status, str(r.sent_on or ""), marked(ws, r.reply_due, r.sent_on), r.id]
         for r in rows],
        ["编号", "被建议单位", "状态", "送达", "反馈期限", "ID"],
    )


def cmd_recommendation_draft(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.recommendations import draft_recommendation

    view = draft_recommendation(
        workspace(args),
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
        judgment_number=args.judgment,
    )
    emit(
        args,
        view,
        lambda: print(
            f"已起草司法建议书草稿（{view.court}关于{view.subject}的司法建议书），ID：{view.id}\n"
            "  草稿不编号；经审判委员会讨论、院长签发后登记签发（此时编号）：fuyuan recommendation issue ID --on 日期\n"
            "  打印草稿（带“草稿”水印）：fuyuan recommendation print ID --out 文件.pdf"
            + "".join(f"\n  注意：{w}" for w in view.warnings)
        ),
    )


def cmd_recommendation_edit(args: argparse.Namespace) -> None:
    from dataclasses import replace

    from fuyuan_desktop.services.recommendations import edit_recommendation, recommendation

    ws = workspace(args)
    current = recommendation(ws, args.recommendation).text
    changes = {key: value for key, value in (
        ("recipient", args.recipient), ("problems", args.problems), ("suggestions", args.suggestions),
        ("background", args.background), ("copy_to", args.copy_to), ("reply_months", args.reply_months),
        ("title", args.title), ("contact", args.contact), ("attachments_note", args.attachments)) if value is not None}
    view = edit_recommendation(ws, args.recommendation, replace(current, **changes))
    emit(args, view, lambda: print(f"已修改草稿（关于{view.subject}的司法建议书），ID：{view.id}"
                                   + "".join(f"\n  注意：{w}" for w in view.warnings)))


def cmd_recommendation_issue(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.recommendations import issue_recommendation

    ws = workspace(args)
    view = issue_recommendation(ws, args.recommendation, args.on or ws.today())
    emit(args, view, lambda: print(f"已签发：{view.number}（{view.signed_on}），内容自此冻结；"
                                   "送达后登记：fuyuan recommendation sent 编号 --on 日期"))


def cmd_recommendation_abandon(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.recommendations import abandon_recommendation

    view = abandon_recommendation(workspace(args), args.recommendation, args.reason)
    emit(args, view, lambda: print(f"已放弃草稿（关于{view.subject}的司法建议书）；草稿未编号，编号不受影响"))


def cmd_recommendation_print(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.recommendations import print_recommendation_of

    printed = print_recommendation_of(workspace(args), args.recommendation, out=args.out)
    emit(args, printed, lambda: print(
        (f"已打印 {args.out}，验证码 {printed.verification_code}" if printed.final
         else f"已打印 {args.out}（草稿，带水印，不具效力）")
        + "".join(f"\n  注意：{w}" for w in printed.warnings)))


def cmd_recommendation_list(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.recommendations import recommendations_of

    ws = workspace(args)
    rows = recommendations_of(ws, args.ref)
    emit(args, rows, lambda: _print_recommendations(ws, rows))


def cmd_recommendation_sent(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.calendar import marked
    from fuyuan_desktop.services.recommendations import mark_sent

    ws = workspace(args)
    view = mark_sent(ws, args.recommendation, args.on or ws.today(), args.to)
    emit(args, view, lambda: print(f"{view.number} 已于 {view.sent_on} 送达{view.served_to}，应于 {marked(ws, view.reply_due, view.sent_on)}"
                                   f" 前书面反馈{_presumed_note(ws, view.reply_due, view.sent_on)}"))


def _presumed_note(ws: Any, due: Any, since: Any) -> str:
    from fuyuan_desktop.services.calendar import presumed

    if not presumed(ws, due, since):
        return ""
    return ("\n  推定：该年的国务院放假安排尚未导入，期限按周末和通常的法定节日推算；"
            "导入后（fuyuan calendar import 文件）自动改正")


def register(sub: Subparsers) -> None:
    """Add ``recommendation`` to the ``fuyuan`` command."""
    rec = add_group(sub, "recommendation", "司法建议书：起草、修改草稿、签发（此时编号）、送达、打印", metavar="子命令")
    p = add_command(rec, "draft", cmd_recommendation_draft,
                    "就本案（或一份行政判决）起草司法建议书草稿；签发时才按法院和年度编号")
    p.add_argument("ref", nargs="?", default="", help="案件编号（来自行政判决时可省略，改用 --judgment）")
    p.add_argument("--judgment", default="", help="来源行政判决的案号（该案不在本系统时）")
    p.add_argument("--recipient", required=True, help="被建议单位全称")
    p.add_argument("--problems", required=True, help="发现的问题（可多行，每行一段）")
    p.add_argument("--suggestions", required=True, help="建议（可多行，与问题一一对应）")
    p.add_argument("--background", default="", help="背景：相关工作的重要性、被建议单位已采取的举措")
    p.add_argument("--copy-to", default="", help="抄送单位")
    p.add_argument("--reply-months", type=int, default=2, help="书面反馈期限（月，一般不超过两个月）")
    p.add_argument("--title", default="", help="标题中“关于……的”部分，默认按纠纷类型")
    p.add_argument("--contact", default="", help="联系人及电话")
    p.add_argument("--attachments", default="", help="附件说明")
    p = add_command(rec, "edit", cmd_recommendation_edit, "修改草稿（只改给出的项；签发后不能再改）")
    p.add_argument("recommendation", help="司法建议书 ID")
    p.add_argument("--recipient")
    p.add_argument("--problems")
    p.add_argument("--suggestions")
    p.add_argument("--background")
    p.add_argument("--copy-to")
    p.add_argument("--reply-months", type=int)
    p.add_argument("--title")
    p.add_argument("--contact")
    p.add_argument("--attachments")
    p = add_command(rec, "issue", cmd_recommendation_issue, "登记院长签发：此时取本院本年度下一个编号，内容冻结")
    p.add_argument("recommendation", help="司法建议书 ID")
    p.add_argument("--on", type=parse_date, help="签发日期（默认今天）")
    p = add_command(rec, "abandon", cmd_recommendation_abandon, "放弃草稿（草稿未编号，不占编号）")
    p.add_argument("recommendation", help="司法建议书 ID")
    p.add_argument("--reason", required=True, help="放弃理由")
    p = add_command(rec, "print", cmd_recommendation_print, "打印一份司法建议书（草稿带水印）")
    p.add_argument("recommendation", help="司法建议书 ID 或编号")
    p.add_argument("--out", type=Path, required=True, help="PDF 文件")
    p = add_command(rec, "list", cmd_recommendation_list, "列出本案的司法建议书")
    p.add_argument("ref")
    p = add_command(rec, "sent", cmd_recommendation_sent, "登记送达日期和受送达单位，计算反馈期限")
    p.add_argument("recommendation", help="司法建议书 ID 或编号")
    p.add_argument("--on", type=parse_date, help="送达日期（默认今天）")
    p.add_argument("--to", default="", help="受送达单位（默认被建议单位）")
