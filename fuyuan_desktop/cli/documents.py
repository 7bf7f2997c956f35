"""``fuyuan print`` and ``fuyuan verify-document``: court documents as PDF, and checking paper against the archive."""

from __future__ import annotations

import argparse
from pathlib import Path

from fuyuan_desktop.cli.common import Subparsers, add_command, emit, table, workspace
from fuyuan_desktop.domain.errors import ValidationError


def cmd_print(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.documents import PRINTERS, printable_kinds

    if args.list or not args.kind:
        rows = [{"kind": k.code, "name": k.label, "needs": k.needs} for k in printable_kinds()]
        emit(args, rows, lambda: table([[r["kind"], r["name"], r["needs"]] for r in rows], ["类型", "文书", "需要"]))
        return
    if not args.case or not args.out:
        raise ValidationError("print", "用法：fuyuan print 类型 案件编号 --out 文件.pdf [--version N]")
    printer = PRINTERS.get(args.kind)
    if printer is None:
        raise ValidationError("文书类型", f"「{args.kind}」无效；可选：{'、'.join(PRINTERS)}（fuyuan print --list）")
    extra: dict[str, str] = {}
    if args.served or args.to or args.method or args.service:
        if args.kind != "service_proof":
            raise ValidationError("print", "--for、--to、--method、--service 只用于送达回证：fuyuan print service_proof 案件编号 --for 验证码")
        extra = {k: v for k, v in (("served", args.served), ("to", args.to), ("method", args.method),
                                   ("service", args.service)) if v}
    doc = printer(workspace(args), args.case, version=args.version, out=Path(args.out), **extra)

    def human() -> None:
        state = f"验证码 {doc.verification_code}" if doc.final else "草稿（未定稿，带水印，不具效力）"
        print(f"已生成：{doc.path}（{doc.pages} 页，第 {doc.version} 版，{state}）")
        for warning in doc.warnings:
            print(f"  注意：{warning}")

    emit(args, doc, human)


def cmd_verify_document(args: argparse.Namespace) -> int:
    from fuyuan_desktop.services.documents import verify_code, verify_pdf

    ws = workspace(args)
    if args.code:
        report = verify_code(ws, args.code)
    elif args.file:
        path = Path(args.file)
        if not path.is_file():
            raise ValidationError("文件", f"不存在：{path}")
        report = verify_pdf(ws, path)
    else:
        raise ValidationError("verify-document", "请给出 PDF 文件，或用 --code 输入纸面上的验证码")
    emit(args, report, lambda: print(("✔ " if report.ok else "✘ ") + report.message))
    return 0 if report.ok else 1


def register(sub: Subparsers) -> None:
    """Add ``print`` and ``verify-document`` to the ``fuyuan`` command."""
    p = add_command(sub, "print", cmd_print, "打印文书为 PDF（fuyuan print --list 查看类型）")
    p.add_argument("kind", nargs="?")
    p.add_argument("case", nargs="?")
    p.add_argument("--out", metavar="FILE.pdf")
    p.add_argument(
        "--version",
        type=int,
        help="协议、申请书：协议版本；笔录：第几次调解；司法建议书：本案第几份；"
        "通知书、告知书、送达回证、送达地址确认书、卷宗封面：重印存档的第 N 版原件（默认按现有资料打印）",
    )
    p.add_argument("--list", action="store_true", help="列出可打印的文书")
    p.add_argument(
        "--for",
        dest="served",
        metavar="验证码",
        help="送达回证：所送达文书的验证码（或文书编号），回证上写明该文书名称、版本和验证码",
    )
    p.add_argument("--to", metavar="当事人", help="送达回证：受送达人姓名或名称（默认每位当事人一页）")
    p.add_argument("--method", metavar="方式", help="送达回证：送达方式（直接、留置、电子、邮寄、委托、转交），在回证上勾选")
    p.add_argument("--service", metavar="送达记录", help="送达回证：按已登记的送达（fuyuan case served 列出的记录）填好打印")
    p = add_command(sub, "verify-document", cmd_verify_document, "核验纸面文书或 PDF 是否与存档一致、是否已被取代")
    p.add_argument("file", nargs="?")
    p.add_argument("--code", help="纸面上的验证码，如 NENTQ-AXBNE")
